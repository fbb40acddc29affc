#!/usr/bin/env python3
"""Build the fifth hand-annotated event TUNING set: de_tune5.jsonl (German only).

12 invented German wire-style articles, written and annotated by hand before
any extraction code ran on them.  Nothing in this file calls newsflow, spaCy
or any other extraction component, and no system output was looked at while
writing it; the held-out files and their builders were not opened.  The specs
name each trigger by its surface string plus an occurrence index (0 = first
whole-word occurrence in the article text); this script only turns them into
character offsets and validates them (standard library only).  Layout,
validation and offset computation are those of build_tune2.py.

Usage:
    python tests/data/events/new/build_tune5.py           # validate + write de_tune5.jsonl
    python tests/data/events/new/build_tune5.py --check   # validate only, write nothing
                                                          # (exit 1 if the file on disk is stale)
    python tests/data/events/new/build_tune5.py -v        # also print per-type counts

Conventions: ../README.md (guidelines) and ./README.md (added types, decisions,
"Second tuning set" … "Fourth tuning set" sections).  Only the 48 original
types plus life.death, economy.rate_decision and economy.product_launch are
used, but validation accepts every type in event_types.json.

The set concentrates on German constructions for *who did what* that the
earlier sets have few of: extended participle attributes with a „von“ phrase
(„Der … vom Logistikkonzern Brenntal übernommene Onlinehändler Pakora
streicht …“, „In den von Verdi bestreikten Häusern“, „Die vom
Bundeskartellamt geprüfte Übernahme des Versandhändlers durch …“, „Das von
der CDU beantragte und für Freitag geplante Misstrauensvotum“), „seitens“ /
„vonseiten“ agents („Seitens der Klinikleitung hieß es, man habe …“,
„Vonseiten der CDU-Fraktion wurde kritisiert …“), „lassen“ causatives („ließ
die Polizei die Stadtautobahn … sperren“, „Die Autobahn ließ die Polizei …
sperren“, „wollte ihn … anklagen lassen“), role nouns and plural descriptions
referring back („die Ermittler“, „die Fahnder“, „die Richter“, „die Kammer“,
„die Anklagebehörde“, „der Autobauer“, „die Notenbanker“, „die Streikenden“,
„die Beamten“), coordinated clauses sharing or switching subjects, long
fronted phrases and objects before the verb, „es“ placeholders („Es streikten
… rund 3.000 Beschäftigte“, „Es stauten sich die Fahrzeuge“),
nachdem/bevor/als clauses, Konjunktiv I with „man“ and „sie“, event nouns
with a genitive patient and a „durch“ agent („Die Festnahme des Verdächtigen
durch die niederländischen Fahnder“), events announced by a spokesperson of
the doer („Ein Sprecher des Autobauers sagte, man werde …“), passives with and
without agents („von einer Mure verschüttet“, „werde … geschlossen“), „laut“
after the verb, relative clauses whose pronoun is subject or object („Zwei
Aktivistinnen, die …“, „Voltwerk Sachsen, das Lunor im März übernommen
hatte“, „dessen Büros … die Fahnder … durchsucht hatten“), and sentences
with traps (event words used for non-events: „Gebaut werden soll der Wagen“,
„Abbau von Lithium“, „sie habe sich nichts vorzuwerfen“, „Sabotagezwecken“,
„Auslieferung“, „Insolvenzgeld“, „Streiks in Kliniken“ as a generic).

Decisions recorded here (besides those of ../README.md and ./README.md):
* Extended participle attributes are attributive participles and are not
  annotated, also when they carry a „von“ agent and a time („Der im
  vergangenen Herbst vom Logistikkonzern Brenntal übernommene Onlinehändler“,
  „die von Verdi bestreikten Häuser“), as „Die im Mai in Genf vereinbarte
  Waffenruhe“ in tune4.  Their „von“ phrase is no actor of the main clause's
  event (Pakora, not Brenntal, „streicht“) nor of the noun they modify („Die
  vom Bundeskartellamt geprüfte Übernahme“ → buyer Brenntal from „durch“;
  „Das von der CDU beantragte … Misstrauensvotum“ → voting body Landtag).
* A participle attribute that schedules its own noun's event („den für
  Mittwoch geplanten zweiten Streiktag“, „das … für Freitag geplante
  Misstrauensvotum“) gives that noun the time, like a relative clause that
  realises it; „geplant“ makes it hypothetical (negated wins when the event is
  called off: „entfällt damit“).
* „Seitens/Vonseiten X hieß es …“ and „Vonseiten X wurde kritisiert …“ are
  speech acts of X: a politics.statement when X is a political speaker (works
  council, party group) and the content holds no annotated event (trigger =
  the speech verb, „hieß“ → heißen); when X is a company or a prosecuting
  authority, or the content is an annotated event, only that event is
  annotated.
* „die Streikenden“ refer back to the strikers, whose doer is the organising
  union (tune3), so „eine Kundgebung der Streikenden“ has the union as agent.
  The organising union named in the next sentence is also the agent of „Es
  streikten … Beschäftigte“.
* Activists of a named group („Klimaaktivisten der Gruppe „Letzte
  Ausfahrt““, „die Gruppe“) take the group's name as agent, like strikers the
  union and vehicles their operator; people not identified as members keep
  their own description („Zwei Aktivistinnen, die …“).
* „Nach Überzeugung der Richter“ is an attribution like „nach Angaben“ →
  `reported`.
* A conviction attributes the attack it punishes: the attack in „Wegen eines
  Brandanschlags … hat das Oberlandesgericht … zwei Männer … verurteilt“ has
  the convicted men as agents; „nach dem Anschlag“ in a later sentence that
  attributes nothing carries no agent (tune4 rule for suspects).
* A court's „über den Antrag entscheiden“ is a ruling (`justice.verdict`);
  „Antrag“ stays unannotated (tune4).
* „wollte …, scheiterte … aber“ and „hatten … eine Fusion vereinbart, die …
  gescheitert war“ state that the event did not happen → `negated`;
  „vereinbart“ does not realise the merger, and the month of the failure is
  not its time.
* „anklagen (lassen)“ (to indict) is `politics.accusation`; with causative
  „lassen“ the causer is the agent (tune3 „ließ … zurückweisen“), also for
  „ließ die Polizei … sperren“.  Clearing a blockade („räumen“) is not in the
  taxonomy.
* A noun referring back to an authority's closure („erst am Nachmittag wurde
  die Sperrung wieder aufgehoben“ after „ließ die Polizei … sperren“) takes
  the authority as agent, like „die Sperrung … durch X“ in tune4.
* A time in an als-clause governs that clause's verb, not an event noun that
  is only its argument („Als Einsatzkräfte am Sonntagvormittag … aus dem
  Hochwasser retten wollten“ → the flood has no time).
* An event noun inside Konjunktiv I speech is `reported` even when it is a
  scheduled event („sie gefährde den Aufschwung vor der Parlamentswahl im
  Oktober“); the date attached to the noun is its time.
* „die erste Zinserhöhung seit September 2022“: the „seit“ bound of an
  ordinal is no time of the hike (like en_tune3's "this year" bound).
* Members of a council voting („stimmten … sieben der zehn Mitglieder“) are
  the vote's agents (as „Vertreter“ in tune2); „für den Schritt“ and „für
  eine Pause“ are no rate-decision mentions.
* Car production („Gebaut werden soll der Wagen“) is no `economy.facility`;
  building the plant („ein zweites Werk errichtet“) is.  „Abbau von Lithium“
  (mining) is no layoffs.  Getting into payment difficulties is no
  insolvency.
* An organiser's own call „rief … zu Protesten … auf“ is `asserted`.
* A minister's visit to a site during a trip („will … ein
  Wasserstoff-Forschungszentrum besuchen“) and „nach Buenos Aires
  weiterreisen“ are `diplomacy.visit`; the opening trip („Zum Auftakt ihrer
  Südamerikareise …“) takes the day and the one place of its first sentence
  (tune3 „Asienreise“).
* A later mention of the same arrest or insolvency keeps the place its first
  mention states (Rotterdam; the insolvency court's Dessau-Roßlau).
* A search of a ministry has the ministry as patient („ihr Ministerium“).
* A rate-decision's council session and a government's expulsion of
  diplomats („ausgewiesen“) are not annotated; neither is extradition
  („Auslieferung“) nor the reflexive idiom „sich nichts vorzuwerfen haben“.
"""
from __future__ import annotations

import sys

# the machinery (spec helpers, validation, offsets, --check) is build_tune2's; run as a script,
# this file's folder is on sys.path
from build_tune2 import A, H, N, R, art, ev, main  # noqa: F401 (A is the default modality)

# the article sentences stay one string per line so that they can be read and diffed
# ruff: noqa: E501

COUNTRIES = {
    "AR": "Argentina", "AT": "Austria", "CL": "Chile", "DE": "Germany",
    "NL": "Netherlands", "PL": "Poland", "SK": "Slovakia",
}

DE = [
    # published Tue 2027-02-02
    art("de-t5-01", "2027-02-02", "Pakora streicht nach Übernahme durch Brenntal 400 Stellen", [
        "Der im vergangenen Herbst vom Logistikkonzern Brenntal übernommene Onlinehändler Pakora streicht rund 400 Stellen.",
        "Das Lager in Gera mit 260 Beschäftigten werde bis Ende Juni geschlossen, sagte ein Sprecher des Versandhändlers am Montag in Erfurt.",
        "Brenntal hatte Pakora im Oktober für rund 310 Millionen Euro gekauft.",
        "Die vom Bundeskartellamt geprüfte Übernahme des Versandhändlers durch den Leipziger Konzern war erst im Dezember abgeschlossen worden.",
        "Vonseiten des Betriebsrats hieß es, man werde gegen die Schließung des Lagers klagen.",
        "Die Gewerkschaft Verdi warf Brenntal vor, die Beschäftigten bei der Übernahme über die Sanierungspläne getäuscht zu haben.",
        "Pakora-Gründerin Nele Ruppert war bereits im Januar aus der Geschäftsführung ausgeschieden.",
    ], [
        # the extended participle attribute ("vom ... Brenntal übernommene") is not annotated;
        # the subject Pakora, not the buyer in the "vom" phrase, cuts the jobs
        ev("economy.layoffs", "streicht", "streichen", agents=["Pakora"]),
        # agentless passive in Konjunktiv I = the company's own closure; "bis Ende Juni" -> the
        # month; "am Montag in Erfurt" governs "sagte" (a company spokesman, no statement)
        ev("economy.facility", "geschlossen", "schließen", agents=["Pakora"], loc=("Gera", "DE"),
           time=("Ende Juni", "2027-06", "month"), mod=R),
        ev("economy.acquisition", "gekauft", "kaufen", agents=["Brenntal"], patients=["Pakora"],
           time=("Oktober", "2026-10", "month")),
        # genitive = what is bought, "durch den Leipziger Konzern" = Brenntal; the participle
        # "vom Bundeskartellamt geprüfte" names no actor; "abgeschlossen" realises the takeover
        ev("economy.acquisition", "Übernahme", "Übernahme", agents=["Brenntal"],
           patients=["Pakora"], time=("Dezember", "2026-12", "month")),
        # "Vonseiten des Betriebsrats hieß es, man werde ...": the speech verb announces an
        # annotated event -> no statement; "werde" after a past reporting verb -> reported
        ev("justice.lawsuit", "klagen", "klagen", agents=["Betriebsrats"], patients=["Pakora"],
           mod=R),
        ev("economy.facility", "Schließung", "Schließung", agents=["Pakora"], loc=("Gera", "DE"),
           mod=R),
        ev("politics.accusation", "warf", "vorwerfen", agents=["Verdi"], patients=["Brenntal"]),
        # content of the accusation -> reported
        ev("economy.acquisition", "Übernahme", "Übernahme", occ=1, agents=["Brenntal"],
           patients=["Pakora"], mod=R),
        # founder leaving the management = leadership change of the company (compound prefix)
        ev("organization.leadership_change", "ausgeschieden", "ausscheiden", agents=["Pakora"],
           patients=["Nele Ruppert"], time=("Januar", "2027-01", "month")),
    ]),
    # published Wed 2027-03-10
    art("de-t5-02", "2027-03-10", "Warnstreik an den Kliniken des Verbunds Oberrhein", [
        "Es streikten am Dienstag nach Angaben von Verdi rund 3.000 Beschäftigte in sieben Krankenhäusern in Südbaden.",
        "Zu dem zweitägigen Warnstreik hatte die Gewerkschaft aufgerufen, nachdem der Klinikverbund Oberrhein auch in der dritten Verhandlungsrunde kein Angebot vorgelegt hatte.",
        "In den von Verdi bestreikten Häusern in Freiburg, Lörrach und Offenburg wurden planbare Operationen verschoben, die Notversorgung sicherte eine Notdienstvereinbarung, wie sie bei Streiks in Kliniken üblich ist.",
        "Seitens der Klinikleitung hieß es, man habe beim Arbeitsgericht Freiburg eine einstweilige Verfügung gegen den für Mittwoch geplanten zweiten Streiktag beantragt.",
        "Die Kammer will noch am Mittwochmorgen über den Antrag entscheiden.",
        "Bei einer Kundgebung der Streikenden vor dem Sozialministerium in Stuttgart warf Verdi-Verhandlungsführerin Hanna Ostertag dem Klinikverbund vor, die Beschäftigten seit Monaten hinzuhalten.",
    ], [
        # "es" placeholder, the strikers after the verb; the organising union (next sentence)
        # is the agent; the union as source still makes it reported (mechanical rule)
        ev("labor.strike", "streikten", "streiken", agents=["Verdi"],
           patients=["Klinikverbund Oberrhein"], loc=("Südbaden", "DE"),
           time=("Dienstag", "2027-03-09", "day"), mod=R),
        # fronted PP, subject after the auxiliary; the organiser's own call -> asserted
        ev("labor.strike", "Warnstreik", "Warnstreik", agents=["Verdi"],
           patients=["Klinikverbund Oberrhein"], loc=("Südbaden", "DE")),
        # event in a nachdem clause, no time
        ev("diplomacy.negotiation", "Verhandlungsrunde", "Verhandlungsrunde",
           agents=["Verdi", "Klinikverbund Oberrhein"]),
        # sentence 3: "bestreikten" is an attributive participle, "Streiks in Kliniken" generic,
        # "Notdienstvereinbarung" no agreement between states
        # "Seitens der Klinikleitung" = Klinikverbund Oberrhein (a company: no statement);
        # Konjunktiv I with "man" -> reported; filed at the court in Freiburg
        ev("justice.lawsuit", "Verfügung", "Verfügung", agents=["Klinikverbund Oberrhein"],
           patients=["Verdi"], loc=("Freiburg", "DE"), mod=R),
        # participle attribute scheduling its own noun: its time; "geplanten" -> hypothetical
        ev("labor.strike", "Streiktag", "Streiktag", agents=["Verdi"],
           patients=["Klinikverbund Oberrhein"], loc=("Südbaden", "DE"),
           time=("Mittwoch", "2027-03-10", "day"), mod=H),
        # "Die Kammer" = Arbeitsgericht Freiburg; ruling on the injunction; "will" -> hypothetical
        ev("justice.verdict", "entscheiden", "entscheiden", agents=["Arbeitsgericht Freiburg"],
           patients=["Verdi"], loc=("Freiburg", "DE"), time=("Mittwochmorgen", "2027-03-10", "day"),
           mod=H),
        # "der Streikenden" -> the organising union
        ev("politics.protest", "Kundgebung", "Kundgebung", agents=["Verdi"],
           loc=("Stuttgart", "DE")),
        ev("politics.accusation", "warf", "vorwerfen", agents=["Hanna Ostertag"],
           patients=["Klinikverbund Oberrhein"], loc=("Stuttgart", "DE")),
    ]),
    # published Fri 2027-04-16
    art("de-t5-03", "2027-04-16", "Klimaaktivisten blockieren Frankenschnellweg", [
        "Rund 150 Klimaaktivisten der Gruppe „Letzte Ausfahrt“ haben am Donnerstagmorgen den Frankenschnellweg in Nürnberg blockiert.",
        "Kurz nach Beginn der Aktion ließ die Polizei die Stadtautobahn in beide Richtungen sperren, gegen Mittag ließ sie die Sitzblockade räumen.",
        "Die Beamten nahmen laut einem Polizeisprecher 23 Aktivisten vorübergehend fest.",
        "Mit der Protestaktion wollte die Gruppe gegen den geplanten Ausbau des Schnellwegs demonstrieren, den die Stadt seit Jahren vorantreibt.",
        "Oberbürgermeisterin Claudia Reindl (CSU) verurteilte die Blockade als „gefährlich und rücksichtslos“.",
        "Zwei Aktivistinnen, die im Februar in Erlangen eine Kreuzung blockiert hatten, verurteilte das Amtsgericht Erlangen am Montag zu Geldstrafen.",
    ], [
        # activists of a named group -> the group as agent
        ev("transport.obstruction", "blockiert", "blockieren", agents=["Letzte Ausfahrt"],
           loc=("Frankenschnellweg", "DE"), time=("Donnerstagmorgen", "2027-04-15", "day")),
        # causative "ließ ... sperren": the causer is the agent; "die Stadtautobahn" = the
        # Frankenschnellweg; "räumen" (clearing) is no taxonomy event, "Aktion" is generic
        ev("transport.obstruction", "sperren", "sperren", agents=["Polizei"],
           loc=("Frankenschnellweg", "DE")),
        ev("transport.obstruction", "Sitzblockade", "Sitzblockade", agents=["Letzte Ausfahrt"],
           loc=("Frankenschnellweg", "DE")),
        # "Die Beamten" = die Polizei; "laut" after the verb -> reported; the arrest's place
        # is not stated
        ev("justice.arrest", "nahmen", "festnehmen", agents=["Polizei"], patients=["Aktivisten"],
           mod=R),
        # "demonstrieren" names the same protest; "Ausbau" (road building) is no event; the
        # relative clause's pronoun "den" is the object
        ev("politics.protest", "Protestaktion", "Protestaktion", agents=["Letzte Ausfahrt"],
           loc=("Frankenschnellweg", "DE")),
        # "verurteilte" = condemned: a mayor's statement; the condemned blockade is annotated
        ev("politics.statement", "verurteilte", "verurteilen", agents=["Claudia Reindl"]),
        ev("transport.obstruction", "Blockade", "Blockade", agents=["Letzte Ausfahrt"],
           loc=("Frankenschnellweg", "DE")),
        # relative clause whose pronoun is the subject, with its own time; not said to be
        # members of the group -> their own description
        ev("transport.obstruction", "blockiert", "blockieren", occ=1, agents=["Aktivistinnen"],
           loc=("Erlangen", "DE"), time=("Februar", "2027-02", "month")),
        # fronted object, subject after the verb; "verurteilte" = convicted
        ev("justice.verdict", "verurteilte", "verurteilen", occ=1, agents=["Amtsgericht Erlangen"],
           patients=["Aktivistinnen"], loc=("Erlangen", "DE"),
           time=("Montag", "2027-04-12", "day")),
    ]),
    # published Thu 2027-05-20
    art("de-t5-04", "2027-05-20", "Anschlag auf Bahnanlage: Haftstrafen für zwei Männer", [
        "Wegen eines Brandanschlags auf eine Signalanlage der Bahn bei Verden hat das Oberlandesgericht Celle am Mittwoch zwei Männer zu Haftstrafen von sechs und siebeneinhalb Jahren verurteilt.",
        "Nach Überzeugung der Richter hatten der 34-jährige Artem S. und der 29-jährige Dmitri W. die Anlage im August 2026 im Auftrag eines russischen Geheimdienstes angezündet.",
        "Die Anklagebehörde hatte den beiden Agententätigkeit zu Sabotagezwecken vorgeworfen und jeweils neun Jahre Haft gefordert.",
        "Beide waren im Oktober 2026 in Bremen festgenommen worden und hatten während des fünfmonatigen Prozesses geschwiegen.",
        "Das Urteil ist noch nicht rechtskräftig: Seitens der Bundesanwaltschaft hieß es, man prüfe eine Revision.",
        "Die Bundesregierung hatte nach dem Anschlag zwei russische Diplomaten ausgewiesen.",
    ], [
        # long fronted "wegen" phrase; the conviction attributes the attack to the two men
        # (named in the next sentence); "am Mittwoch" dates the verdict only
        ev("conflict.attack", "Brandanschlags", "Brandanschlag", agents=["Artem S.", "Dmitri W."],
           patients=["Signalanlage"], loc=("Verden", "DE")),
        ev("justice.verdict", "verurteilt", "verurteilen", agents=["Oberlandesgericht Celle"],
           patients=["Artem S.", "Dmitri W."], loc=("Celle", "DE"),
           time=("Mittwoch", "2027-05-19", "day")),
        # "Nach Überzeugung der Richter" = attribution -> reported; "die Anlage" = the
        # Signalanlage; "im Auftrag" names no agent
        ev("conflict.attack", "angezündet", "anzünden", agents=["Artem S.", "Dmitri W."],
           patients=["Signalanlage"], loc=("Verden", "DE"),
           time=("August 2026", "2026-08", "month"), mod=R),
        # "Die Anklagebehörde" = Bundesanwaltschaft (sentence 5); "Sabotagezwecken" is part of
        # the charge's name, no separate attack mention; "gefordert" (a sentence) no event
        ev("politics.accusation", "vorgeworfen", "vorwerfen", agents=["Bundesanwaltschaft"],
           patients=["Artem S.", "Dmitri W."]),
        # coordination sharing the subject "Beide"; "im Oktober 2026" sits in the first
        # conjunct only; the duration "fünfmonatigen" gives no time
        ev("justice.arrest", "festgenommen", "festnehmen", patients=["Artem S.", "Dmitri W."],
           loc=("Bremen", "DE"), time=("Oktober 2026", "2026-10", "month")),
        ev("justice.trial", "Prozesses", "Prozess", agents=["Oberlandesgericht Celle"],
           patients=["Artem S.", "Dmitri W."], loc=("Celle", "DE")),
        # the negation targets "rechtskräftig", not the verdict
        ev("justice.verdict", "Urteil", "Urteil", agents=["Oberlandesgericht Celle"],
           patients=["Artem S.", "Dmitri W."], loc=("Celle", "DE")),
        # prosecutors are no political speakers; "prüfe" -> hypothetical (> reported)
        ev("justice.lawsuit", "Revision", "Revision", agents=["Bundesanwaltschaft"], mod=H),
        # "ausgewiesen" (expulsion) is no taxonomy event; the attack in a "nach dem" phrase
        # attributes nothing -> no agent
        ev("conflict.attack", "Anschlag", "Anschlag", patients=["Signalanlage"],
           loc=("Verden", "DE")),
    ]),
    # published Tue 2027-06-08
    art("de-t5-05", "2027-06-08", "Brandenburgs Verkehrsministerin Wendland tritt zurück", [
        "Brandenburgs Verkehrsministerin Katja Wendland (SPD) ist am Montag zurückgetreten, knapp zwei Wochen nachdem Ermittler der Staatsanwaltschaft Neuruppin ihr Ministerium in Potsdam durchsucht hatten.",
        "Die Ermittler werfen der Ministerin vor, einem befreundeten Bauunternehmer Aufträge über 14 Millionen Euro ohne Ausschreibung zugeschanzt zu haben.",
        "Wendland weist die Vorwürfe zurück, sie habe sich nichts vorzuwerfen.",
        "Vonseiten der CDU-Fraktion wurde kritisiert, die Konsequenzen kämen viel zu spät.",
        "Das von der CDU beantragte und für Freitag geplante Misstrauensvotum gegen die Ministerin im Landtag entfällt damit.",
        "Ministerpräsident Dietmar Holm will den Posten bereits am Mittwoch mit dem bisherigen Staatssekretär Uwe Kaminski besetzen.",
        "Die Staatsanwaltschaft ermittelt auch gegen den Bauunternehmer, dessen Büros in Cottbus die Fahnder ebenfalls durchsucht hatten.",
    ], [
        ev("politics.resignation", "zurückgetreten", "zurücktreten", agents=["Katja Wendland"],
           time=("Montag", "2027-06-07", "day")),
        # nachdem clause: no time ("zwei Wochen" is relative to the resignation); doers in a
        # genitive; the ministry searched is the patient
        ev("politics.investigation", "durchsucht", "durchsuchen",
           agents=["Staatsanwaltschaft Neuruppin"], patients=["Ministerium"],
           loc=("Potsdam", "DE")),
        # "Die Ermittler" = Staatsanwaltschaft Neuruppin; "der Ministerin" = Wendland
        ev("politics.accusation", "werfen", "vorwerfen", agents=["Staatsanwaltschaft Neuruppin"],
           patients=["Katja Wendland"]),
        # "sie habe sich nichts vorzuwerfen" is a reflexive idiom, no accusation
        ev("politics.denial", "weist", "zurückweisen", agents=["Katja Wendland"]),
        ev("politics.accusation", "Vorwürfe", "Vorwurf", agents=["Staatsanwaltschaft Neuruppin"],
           patients=["Katja Wendland"]),
        # passive with a "vonseiten" agent; a party group is a political speaker;
        # "Konsequenzen" names no type
        ev("politics.statement", "kritisiert", "kritisieren", agents=["CDU-Fraktion"]),
        # participle attributes: "von der CDU" is the motion's initiator, not the voting body;
        # "für Freitag geplante" gives the time; "entfällt" -> negated (> hypothetical)
        ev("politics.vote", "Misstrauensvotum", "Misstrauensvotum", agents=["Landtag"],
           patients=["Katja Wendland"], loc=("Landtag", "DE"),
           time=("Freitag", "2027-06-11", "day"), mod=N),
        # filling a ministerial post = appointment; "will" -> hypothetical
        ev("politics.appointment", "besetzen", "besetzen", agents=["Dietmar Holm"],
           patients=["Uwe Kaminski"], time=("Mittwoch", "2027-06-09", "day"), mod=H),
        ev("politics.investigation", "ermittelt", "ermitteln",
           agents=["Staatsanwaltschaft Neuruppin"], patients=["Bauunternehmer"]),
        # relative clause with the object fronted ("dessen Büros"), subject "die Fahnder" =
        # the investigators of sentence 1
        ev("politics.investigation", "durchsucht", "durchsuchen", occ=1,
           agents=["Staatsanwaltschaft Neuruppin"], patients=["Bauunternehmer"],
           loc=("Cottbus", "DE")),
    ]),
    # published Thu 2027-06-24
    art("de-t5-06", "2027-06-24", "Polnische Notenbank erhöht überraschend den Leitzins", [
        "Die Polnische Nationalbank hat am Mittwoch in Warschau ihren Leitzins überraschend um einen halben Prozentpunkt auf 4,25 Prozent angehoben.",
        "Im Geldpolitischen Rat stimmten nach Angaben der Notenbank sieben der zehn Mitglieder für den Schritt, drei für eine Pause.",
        "Die Notenbanker begründeten die erste Zinserhöhung seit September 2022 mit der hartnäckig hohen Inflation.",
        "Weitere Zinserhöhungen in diesem Jahr schloss Notenbankchef Marek Dąbrowski nicht aus.",
        "Finanzminister Paweł Nowicki kritisierte die Entscheidung scharf, sie gefährde den Aufschwung vor der Parlamentswahl im Oktober.",
        "Dąbrowski steht seit Monaten unter Druck: Die Regierungskoalition wollte ihn vor dem Staatsgerichtshof anklagen lassen, scheiterte im März aber bei einer Abstimmung im Sejm.",
    ], [
        ev("economy.rate_decision", "angehoben", "anheben", agents=["Polnische Nationalbank"],
           loc=("Warschau", "PL"), time=("Mittwoch", "2027-06-23", "day")),
        # council members voting = agents; "nach Angaben" -> reported; "den Schritt" is a
        # generic anaphor and "eine Pause" no decision that happened
        ev("politics.vote", "stimmten", "stimmen", agents=["Mitglieder"], loc=("Warschau", "PL"),
           mod=R),
        # "Die Notenbanker" = the central bank; "seit September 2022" bounds the ordinal
        ev("economy.rate_decision", "Zinserhöhung", "Zinserhöhung",
           agents=["Polnische Nationalbank"], loc=("Warschau", "PL")),
        # fronted object, "nicht ausschließen" -> hypothetical; central bankers are no
        # political speakers
        ev("economy.rate_decision", "Zinserhöhungen", "Zinserhöhung",
           agents=["Polnische Nationalbank"], time=("diesem Jahr", "2027", "year"), mod=H),
        # "die Entscheidung" is a generic anaphor
        ev("politics.statement", "kritisierte", "kritisieren", agents=["Paweł Nowicki"]),
        # inside Konjunktiv I speech ("sie gefährde") -> reported; candidates not named
        ev("politics.election", "Parlamentswahl", "Parlamentswahl",
           time=("Oktober", "2027-10", "month"), mod=R),
        # causative "anklagen lassen": the causer is the agent; "scheiterte" -> the indictment
        # did not happen (negated > hypothetical); "im März" governs the second conjunct
        ev("politics.accusation", "anklagen", "anklagen", agents=["Regierungskoalition"],
           patients=["Marek Dąbrowski"], mod=N),
        ev("politics.vote", "Abstimmung", "Abstimmung", agents=["Sejm"], loc=("Sejm", "PL"),
           time=("März", "2027-03", "month")),
    ]),
    # published Tue 2027-09-14
    art("de-t5-07", "2027-09-14", "Lunor zeigt Elektro-Kleinwagen und baut Stellen ab", [
        "Der Autobauer Lunor hat am Montag auf der IAA in München seinen ersten elektrischen Kleinwagen vorgestellt, den „Lunor Pico“.",
        "Gebaut werden soll der Wagen ab 2028 im slowakischen Nitra, wo der Autobauer derzeit für rund 900 Millionen Euro ein zweites Werk errichtet.",
        "Zugleich will Lunor im Stammwerk in Heilbronn bis Ende 2028 rund 1.500 Stellen abbauen.",
        "Ein Sprecher des Autobauers sagte, man werde auf betriebsbedingte Kündigungen verzichten, der Abbau solle über Altersteilzeit und Abfindungen laufen.",
        "Seitens des Betriebsrats hieß es, man sei über die Pläne erst am Freitag informiert worden; die IG Metall rief für Donnerstag zu Protesten vor dem Werk in Heilbronn auf.",
        "Die Batteriezellen für den Pico stammen von Voltwerk Sachsen, das Lunor im März übernommen hatte, nachdem der Zellhersteller in Zahlungsschwierigkeiten geraten war.",
        "Die Markteinführung des Pico ist für Mitte 2028 geplant, der Preis soll bei rund 22.000 Euro liegen.",
    ], [
        # the apposition after the participle names the product
        ev("economy.product_launch", "vorgestellt", "vorstellen", agents=["Lunor"],
           patients=["Lunor Pico"], loc=("München", "DE"), time=("Montag", "2027-09-13", "day")),
        # "Gebaut" = car production, no facility event; "der Autobauer" = Lunor builds the plant
        ev("economy.facility", "errichtet", "errichten", agents=["Lunor"], loc=("Nitra", "SK")),
        ev("economy.layoffs", "abbauen", "abbauen", agents=["Lunor"], loc=("Heilbronn", "DE"),
           time=("Ende 2028", "2028", "year"), mod=H),
        # spokesperson of the doer, Konjunktiv I with "man": "verzichten" -> negated;
        # "solle" (plan) -> hypothetical
        ev("economy.layoffs", "Kündigungen", "Kündigung", agents=["Lunor"], mod=N),
        ev("economy.layoffs", "Abbau", "Abbau", agents=["Lunor"], loc=("Heilbronn", "DE"), mod=H),
        # works council = political speaker, content holds no annotated event -> statement;
        # "am Freitag" sits in the reported clause
        ev("politics.statement", "hieß", "heißen", agents=["Betriebsrats"]),
        # the organiser's own call -> asserted
        ev("politics.protest", "Protesten", "Protest", agents=["IG Metall"],
           loc=("Heilbronn", "DE"), time=("Donnerstag", "2027-09-16", "day")),
        # relative clause whose pronoun "das" is the object (= Voltwerk Sachsen), subject
        # Lunor; the nachdem clause holds no event (payment difficulties are no insolvency)
        ev("economy.acquisition", "übernommen", "übernehmen", agents=["Lunor"],
           patients=["Voltwerk Sachsen"], time=("März", "2027-03", "month")),
        ev("economy.product_launch", "Markteinführung", "Markteinführung", agents=["Lunor"],
           patients=["Lunor Pico"], time=("Mitte 2028", "2028", "year"), mod=H),
    ]),
    # published Mon 2027-08-02
    art("de-t5-08", "2027-08-02", "Busunfall auf der A9: Zwei Tote bei Hof", [
        "Auf der A9 bei Hof ist am Sonntagmorgen ein Reisebus des Dresdner Unternehmens Elbtal-Reisen auf einen liegen gebliebenen Lastwagen aufgefahren.",
        "Zwei Fahrgäste kamen laut Polizei ums Leben, 19 weitere wurden verletzt.",
        "Die Autobahn ließ die Polizei in Richtung Berlin sperren, damit ein Rettungshubschrauber auf der Fahrbahn landen konnte.",
        "Es stauten sich die Fahrzeuge zeitweise auf 18 Kilometern; erst am Nachmittag wurde die Sperrung wieder aufgehoben.",
        "Gegen den 57 Jahre alten Busfahrer, der nach ersten Erkenntnissen viel zu spät gebremst hatte, ermittelt die Staatsanwaltschaft Hof wegen fahrlässiger Tötung.",
        "Elbtal-Reisen stellte seine Fahrten zwischen Dresden und München vorerst ein, nachdem bereits im Juni ein Bus der Firma bei Leipzig verunglückt war.",
        "Erst vor drei Wochen war auf der A9 bei Bayreuth ein Kleinbus mit einem Wildschwein kollidiert, der Fahrer starb noch an der Unfallstelle.",
    ], [
        # the bus takes its operator's name (tune2); "liegen gebliebenen" is attributive
        ev("transport.accident", "aufgefahren", "auffahren", agents=["Elbtal-Reisen"],
           patients=["Lastwagen"], loc=("A9", "DE"), time=("Sonntagmorgen", "2027-08-01", "day")),
        # sentence 2: casualties belong to the accident
        # fronted object, causative "ließ ... sperren": the causer is the agent
        ev("transport.obstruction", "sperren", "sperren", agents=["Polizei"], loc=("A9", "DE")),
        # "es" placeholder; "am Nachmittag" is vague
        ev("transport.traffic_jam", "stauten", "stauen", loc=("A9", "DE")),
        # the noun refers back to the police closure -> the police as agent
        ev("transport.obstruction", "Sperrung", "Sperrung", agents=["Polizei"], loc=("A9", "DE")),
        # fronted PP = the investigated; the relative clause holds no event
        ev("politics.investigation", "ermittelt", "ermitteln", agents=["Staatsanwaltschaft Hof"],
           patients=["Busfahrer"]),
        # transitive cancellation by the operator -> agent; two places -> the first
        ev("transport.disruption", "stellte", "einstellen", agents=["Elbtal-Reisen"],
           loc=("Dresden", "DE")),
        # nachdem clause with its own time; "ein Bus der Firma" -> the operator
        ev("transport.accident", "verunglückt", "verunglücken", agents=["Elbtal-Reisen"],
           loc=("Leipzig", "DE"), time=("Juni", "2027-06", "month")),
        # symmetric "mit X kollidieren"; "vor drei Wochen" -> ISO week of pub-21; the driver's
        # death in the same sentence belongs to the accident
        ev("transport.accident", "kollidiert", "kollidieren", agents=["Kleinbus", "Wildschwein"],
           loc=("A9", "DE"), time=("vor drei Wochen", "2027-W28", "week")),
    ]),
    # published Tue 2027-09-21
    art("de-t5-09", "2027-09-21", "Hochwasser und Muren in der Obersteiermark", [
        "Nach tagelangem Regen ist in der Nacht zum Sonntag in der Obersteiermark die Mur über die Ufer getreten.",
        "In Leoben standen Hunderte Keller unter Wasser, bei Trofaiach wurde die Landesstraße nach Eisenerz von einer Mure verschüttet.",
        "Als Einsatzkräfte am Sonntagvormittag in Leoben einen Autofahrer aus dem Hochwasser retten wollten, wurde ein Feuerwehrmann von der Strömung mitgerissen; er wird seither vermisst.",
        "Die ÖBB stellten den Zugverkehr zwischen Leoben und Bruck an der Mur am Sonntag ein, ein Sprecher der Bahn sagte, die Strecke bleibe mindestens bis Donnerstag gesperrt.",
        "Am Montag besuchte Bundeskanzlerin Eva Lindner das Katastrophengebiet und sagte den Betroffenen rasche Hilfe aus dem Katastrophenfonds zu.",
        "Für Mittwoch warnen die Meteorologen vor neuen Unwettern in der Region.",
    ], [
        # rain is ordinary weather; "über die Ufer treten" -> the finite/main verb token
        ev("disaster.flood", "getreten", "über die Ufer treten", loc=("Obersteiermark", "AT"),
           time=("Nacht zum Sonntag", "2027-09-19", "day")),
        # debris flow = disaster.other; passive with a "von" agent: the blocking obstacle
        ev("disaster.other", "Mure", "Mure", loc=("Trofaiach", "AT")),
        ev("transport.obstruction", "verschüttet", "verschütten", agents=["Mure"],
           loc=("Trofaiach", "AT")),
        # event noun as an argument in an als-clause: the clause's time is not its time;
        # "mitgerissen" / "vermisst" are no events
        ev("disaster.flood", "Hochwasser", "Hochwasser", loc=("Leoben", "AT")),
        ev("transport.disruption", "stellten", "einstellen", agents=["ÖBB"], loc=("Leoben", "AT"),
           time=("Sonntag", "2027-09-19", "day")),
        # spokesperson of the operator, Konjunktiv I -> reported; stative, no agent;
        # "bis X" -> X (future)
        ev("transport.obstruction", "gesperrt", "sperren", loc=("Leoben", "AT"),
           time=("Donnerstag", "2027-09-23", "day"), mod=R),
        # fronted time governs both conjuncts sharing the subject; the disaster area =
        # Obersteiermark (context)
        ev("diplomacy.visit", "besuchte", "besuchen", agents=["Eva Lindner"],
           loc=("Obersteiermark", "AT"), time=("Montag", "2027-09-20", "day")),
        ev("politics.statement", "sagte", "zusagen", occ=1, agents=["Eva Lindner"],
           loc=("Obersteiermark", "AT"), time=("Montag", "2027-09-20", "day")),
        # "warnen vor" -> hypothetical; meteorologists are no political speakers
        ev("disaster.storm", "Unwettern", "Unwetter", loc=("Obersteiermark", "AT"),
           time=("Mittwoch", "2027-09-22", "day"), mod=H),
    ]),
    # published Fri 2027-10-15
    art("de-t5-10", "2027-10-15", "Achterberg in Chile: Wasserstoffabkommen unterzeichnet", [
        "Zum Auftakt ihrer Südamerikareise ist Bundesaußenministerin Miriam Achterberg am Donnerstag in Santiago de Chile mit Präsident Tomás Herrera zusammengetroffen.",
        "Beide unterzeichneten eine Vereinbarung über die Zusammenarbeit bei grünem Wasserstoff.",
        "Achterberg sagte, Deutschland wolle in Chile bis 2032 rund vier Milliarden Euro in Wasserstoffprojekte investieren.",
        "Vor dem Präsidentenpalast protestierten am Donnerstag mehrere hundert Angehörige indigener Gemeinden gegen den Abbau von Lithium in der Atacama-Wüste.",
        "Bevor sie am Samstag nach Buenos Aires weiterreist, will Achterberg in der Hafenstadt Valparaíso ein Wasserstoff-Forschungszentrum besuchen.",
        "In Buenos Aires will sie mit Außenminister Diego Ferrán über ein Rohstoffabkommen verhandeln.",
        "Die Grünen kritisierten, die Bundesregierung ordne die Menschenrechte deutschen Wirtschaftsinteressen unter.",
    ], [
        # the trip's start: the day and the one place of the sentence (tune3 "Asienreise")
        ev("diplomacy.visit", "Südamerikareise", "Südamerikareise", agents=["Miriam Achterberg"],
           loc=("Santiago de Chile", "CL"), time=("Donnerstag", "2027-10-14", "day")),
        ev("diplomacy.meeting", "zusammengetroffen", "zusammentreffen",
           agents=["Miriam Achterberg", "Tomás Herrera"], loc=("Santiago de Chile", "CL"),
           time=("Donnerstag", "2027-10-14", "day")),
        # "Beide" = Achterberg and Herrera; document noun yields to the specific verb
        ev("diplomacy.agreement", "unterzeichneten", "unterzeichnen",
           agents=["Miriam Achterberg", "Tomás Herrera"], loc=("Santiago de Chile", "CL")),
        # "sagte" reports an annotated event -> no statement; "wolle" -> hypothetical
        ev("economy.investment", "investieren", "investieren", agents=["Deutschland"],
           loc=("Chile", "CL"), time=("2032", "2032", "year"), mod=H),
        # "Abbau von Lithium" = mining, no layoffs; "vor dem Präsidentenpalast" -> the city
        ev("politics.protest", "protestierten", "protestieren",
           agents=["Angehörige indigener Gemeinden"], loc=("Santiago de Chile", "CL"),
           time=("Donnerstag", "2027-10-14", "day")),
        # bevor clause with its own time, scheduled indicative -> asserted
        ev("diplomacy.visit", "weiterreist", "weiterreisen", agents=["Miriam Achterberg"],
           loc=("Buenos Aires", "AR"), time=("Samstag", "2027-10-16", "day")),
        # the bevor clause's time does not reach the main clause; "will" -> hypothetical
        ev("diplomacy.visit", "besuchen", "besuchen", agents=["Miriam Achterberg"],
           loc=("Valparaíso", "CL"), mod=H),
        # "sie" = Achterberg; the agreement is only talked about -> not annotated
        ev("diplomacy.negotiation", "verhandeln", "verhandeln",
           agents=["Miriam Achterberg", "Diego Ferrán"], loc=("Buenos Aires", "AR"), mod=H),
        ev("politics.statement", "kritisierten", "kritisieren", agents=["Grünen"]),
    ]),
    # published Wed 2027-11-10
    art("de-t5-11", "2027-11-10", "Hackerangriff auf Nordhessen Energie: Festnahme in Rotterdam", [
        "Nach dem Hackerangriff auf den Energieversorger Nordhessen Energie haben Fahnder der niederländischen Polizei am Dienstag in Rotterdam einen 26-jährigen Deutschen festgenommen.",
        "Der Mann soll laut Bundeskriminalamt der Hackergruppe „Black Fenrir“ angehören, die im August die IT-Systeme des Versorgers in Kassel angegriffen und verschlüsselt hatte.",
        "Die Ermittler werfen der Gruppe vor, von dem Unternehmen fünf Millionen Euro Lösegeld erpresst zu haben.",
        "Seitens der Generalstaatsanwaltschaft Frankfurt hieß es, man habe die Auslieferung des Verdächtigen bereits beantragt.",
        "Bundesinnenminister Stefan Albers sprach von einem „Anschlag auf die Daseinsvorsorge“ und forderte EU-Sanktionen gegen die Hintermänner der Gruppe, die er in Russland vermutet.",
        "Bereits im Frühjahr war das Klinikum in Göttingen Ziel eines ähnlichen Angriffs geworden, zu dem sich Black Fenrir bekannt hatte.",
        "Die Festnahme des Verdächtigen durch die niederländischen Fahnder war nach Angaben des Bundeskriminalamts durch die Auswertung von Kryptowährungs-Zahlungen möglich geworden.",
    ], [
        # "nach dem" phrase: "am Dienstag" dates the arrest only; the suspect is not said to
        # be the attacker here; the place from sentence 2
        ev("conflict.attack", "Hackerangriff", "Hackerangriff", patients=["Nordhessen Energie"],
           loc=("Kassel", "DE")),
        # doers in a genitive ("Fahnder der niederländischen Polizei")
        ev("justice.arrest", "festgenommen", "festnehmen", agents=["niederländischen Polizei"],
           patients=["26-jährigen Deutschen"], loc=("Rotterdam", "NL"),
           time=("Dienstag", "2027-11-09", "day")),
        # relative clause whose pronoun is the subject (= the group); "laut" scopes over the
        # sentence -> reported; "verschlüsselt" names the same happening
        ev("conflict.attack", "angegriffen", "angreifen", agents=["Black Fenrir"],
           patients=["Nordhessen Energie"], loc=("Kassel", "DE"),
           time=("August", "2027-08", "month"), mod=R),
        # "Die Ermittler" = Bundeskriminalamt; extortion itself is outside the taxonomy
        ev("politics.accusation", "werfen", "vorwerfen", agents=["Bundeskriminalamt"],
           patients=["Black Fenrir"]),
        # sentence 4: prosecutors are no political speakers, extradition is no event
        ev("politics.statement", "sprach", "sprechen", agents=["Stefan Albers"]),
        ev("conflict.attack", "Anschlag", "Anschlag", patients=["Nordhessen Energie"],
           loc=("Kassel", "DE")),
        # compound prefix gives the actor; demanded -> hypothetical
        ev("economy.sanctions", "EU-Sanktionen", "EU-Sanktion", agents=["EU"],
           patients=["Hintermänner"], mod=H),
        # the claim of responsibility in the relative clause attributes the attack
        ev("conflict.attack", "Angriffs", "Angriff", agents=["Black Fenrir"],
           patients=["Klinikum"], loc=("Göttingen", "DE")),
        # genitive = the arrested, "durch die niederländischen Fahnder" = the agent, the second
        # "durch" phrase names the means; "nach Angaben" -> reported
        ev("justice.arrest", "Festnahme", "Festnahme", agents=["niederländischen Polizei"],
           patients=["26-jährigen Deutschen"], loc=("Rotterdam", "NL"), mod=R),
    ]),
    # published Thu 2027-12-09
    art("de-t5-12", "2027-12-09", "Solarmodulhersteller Heliosun ist insolvent", [
        "Der Solarmodulhersteller Heliosun aus Bitterfeld-Wolfen hat am Mittwoch beim Amtsgericht Dessau-Roßlau Insolvenz beantragt.",
        "Die rund 900 von der Insolvenz betroffenen Beschäftigten erhalten bis Ende Februar Insolvenzgeld.",
        "Zum vorläufigen Insolvenzverwalter bestellte das Gericht den Leipziger Anwalt Jens Tiedemann, der nach eigenen Angaben bereits mit drei Investoren über eine Übernahme von Heliosun verhandelt.",
        "Heliosun und der Freiburger Konkurrent Sonnwerk hatten im März eine Fusion vereinbart, die im Juni am Widerstand der Banken gescheitert war.",
        "Firmengründer Walter Kessing war im Oktober im Alter von 81 Jahren gestorben.",
        "Sachsen-Anhalts Ministerpräsident Karsten Lemke sicherte den Beschäftigten Unterstützung zu und kündigte an, sich am Freitag mit den Interessenten zu treffen.",
        "Vor dem Werk in Bitterfeld-Wolfen hielten am Mittwochabend rund 400 Beschäftigte eine Mahnwache ab.",
    ], [
        # light verb -> noun; it realises the insolvency -> its day; filed at the court
        ev("economy.insolvency", "Insolvenz", "Insolvenz", agents=["Heliosun"],
           loc=("Dessau-Roßlau", "DE"), time=("Mittwoch", "2027-12-08", "day")),
        # the event noun inside a participle attribute names the insolvency itself;
        # "Insolvenzgeld" is no event; "bis Ende Februar" belongs to the payment
        ev("economy.insolvency", "Insolvenz", "Insolvenz", occ=1, agents=["Heliosun"],
           loc=("Dessau-Roßlau", "DE")),
        # naming the administrator is not annotated (tune4); "von Heliosun" = what is bought;
        # the bidders are unnamed -> no agent; a takeover under negotiation -> hypothetical
        ev("economy.acquisition", "Übernahme", "Übernahme", patients=["Heliosun"], mod=H),
        # relative clause (subject pronoun); "nach eigenen Angaben" -> reported
        ev("diplomacy.negotiation", "verhandelt", "verhandeln", agents=["Jens Tiedemann"], mod=R),
        # the merger failed -> negated; neither month is its time
        ev("economy.merger", "Fusion", "Fusion", agents=["Heliosun", "Sonnwerk"], mod=N),
        ev("life.death", "gestorben", "sterben", patients=["Walter Kessing"],
           time=("Oktober", "2027-10", "month")),
        # "sicherte ... zu" is a statement; "kündigte an" introduces the annotated meeting;
        # the bidders are unnamed -> omitted
        ev("politics.statement", "sicherte", "zusichern", agents=["Karsten Lemke"]),
        ev("diplomacy.meeting", "treffen", "treffen", agents=["Karsten Lemke"],
           time=("Freitag", "2027-12-10", "day"), mod=H),
        # light verb "hielten ... ab" -> the noun
        ev("politics.protest", "Mahnwache", "Mahnwache", agents=["Beschäftigte"],
           loc=("Bitterfeld-Wolfen", "DE"), time=("Mittwochabend", "2027-12-08", "day")),
    ]),
]

# --------------------------------------------------------------------------
# builder / validator
# --------------------------------------------------------------------------


if __name__ == "__main__":
    sys.exit(main(sets=(("de", DE),), tag="t5", countries=COUNTRIES, doc=__doc__))
