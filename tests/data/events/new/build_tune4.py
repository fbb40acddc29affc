#!/usr/bin/env python3
"""Build the fourth hand-annotated event TUNING set: de_tune4.jsonl (German only).

12 invented German wire-style articles, written and annotated by hand before
any extraction code ran on them.  Nothing in this file calls newsflow, spaCy
or any other extraction component, and no system output was looked at while
writing it; the held-out files and their builders were not opened.  The specs
name each trigger by its surface string plus an occurrence index (0 = first
whole-word occurrence in the article text); this script only turns them into
character offsets and validates them (standard library only).  Layout,
validation and offset computation are those of build_tune2.py.

Usage:
    python tests/data/events/new/build_tune4.py           # validate + write de_tune4.jsonl
    python tests/data/events/new/build_tune4.py --check   # validate only, write nothing
                                                          # (exit 1 if the file on disk is stale)
    python tests/data/events/new/build_tune4.py -v        # also print per-type counts

Conventions: ../README.md (guidelines) and ./README.md (added types, decisions,
"Second tuning set", "Third tuning set" and "Fourth tuning set" sections).
Only the 48 original types plus life.death, economy.rate_decision and
economy.product_launch are used, but validation accepts every type in
event_types.json.

The set concentrates on German constructions where *who did what* is hard:
object-first order („Den Armaturenhersteller Kessbach übernimmt der
Sanitärkonzern …“, „Den Leitzins senkte die Tschechische Nationalbank …“),
perfect tense with the subject after the auxiliary, modal verbs, Konjunktiv I
reported speech, hearsay „soll … haben“, relative clauses with their own
events and times, appositions, laut / nach Angaben sources, compounds and
genitives as participants, role nouns and pronouns referring back, passives
with „von“ and nouns with a „durch“ agent (and „durch“ phrases that are no
agent), „es kam zu“, events in nachdem/weil/während clauses and „nach“
phrases, coordinated verbs sharing a subject, courts, prosecutors, police, a
central bank and unions as doers, and event-free sentences with lexical traps.

Decisions recorded here (besides those of ../README.md and ./README.md):
* The main clause's time does not reach an event inside a „nach dem X“ phrase
  (like a nachdem clause); an instrument phrase („Mit ganztägigen
  Warnstreiks hat Verdi am Montag …“) shares its clause's time.
* A suspect is the attacker only in mentions whose clause attributes the act
  to him; those are hearsay („soll … gestochen haben“ = soll + perfect
  infinitive) and therefore `reported`, not `hypothetical`.  Mentions of the
  attack stated as fact carry no agent.
* The place of a crime does not carry over to the arrest or search when the
  article does not say where those happened.
* A search (durchsuchen) has the person or firm whose premises are searched as
  its patient.
* Candidates are the agents of an election (as in de.jsonl / en.jsonl): the
  run-off has its two candidates, the first round the named ones.
* A transitive closure by an authority („sperrte die Polizei die …“, „die
  Sperrung … durch die Wasserstraßenverwaltung“) takes the authority as agent,
  like a transitive cancellation by its operator (en_tune3); intransitive and
  stative closures carry none.
* Consequences of an explosion or collision named in a following clause (a
  façade falling, a tanker holed) are part of that happening and not
  annotated separately.
* A fronted time in a coordination whose conjuncts share the subject
  („Erst im April war … auf Grund gelaufen und hatte den Rhein … blockiert“)
  governs both conjuncts.
* Generic nouns that do not name a type are not annotated: „Gegenmaßnahmen“,
  „Antwort“ (in a threat), „Antrag“ (referring back to an Eilantrag),
  „Verfahren“, „Gewalt“, „Entscheidung“.
* Clashes whose instigator is disputed by both sides carry no agent.
* A central bank governor holds a public office: stepping down is
  `politics.resignation`, naming the successor `politics.appointment` (agent =
  the appointing head of state), and „ihr Amt antreten“ names the appointment
  again.
* A court naming a provisional insolvency administrator is neither an
  appointment (no public office) nor a leadership change; not annotated.
* Two speech verbs of one speaker in one sentence („begrüßte …, verlangte
  aber …“) are one statement: only the first is annotated.
* A wished-for takeover by an unnamed group of bidders has no agent, even when
  one bidder is named later.
* „prüft …, ob sie … Rechtsmittel einlegt“ is a hypothetical
  `justice.lawsuit`; the verdict it targets is asserted.
* „Die Anklage“ as the prosecuting party is no trial mention; the accuser is
  the Staatsanwaltschaft named in the next sentence.
* Moving to the head of the supervisory board is a leadership change of the
  company (agent = the company), like the CEO succession.
"""
from __future__ import annotations

import sys

# the machinery (spec helpers, validation, offsets, --check) is build_tune2's; run as a script,
# this file's folder is on sys.path
from build_tune2 import A, H, N, R, art, ev, main  # noqa: F401 (A is the default modality)

# the article sentences stay one string per line so that they can be read and diffed
# ruff: noqa: E501

COUNTRIES = {
    "AM": "Armenia", "AZ": "Azerbaijan", "BE": "Belgium", "CZ": "Czechia",
    "DE": "Germany", "LU": "Luxembourg",
}

DE = [
    # published Wed 2027-01-20
    art("de-t4-01", "2027-01-20", "Lindauer Bad übernimmt Armaturenhersteller Kessbach", [
        "Den Armaturenhersteller Kessbach aus dem sauerländischen Iserlohn übernimmt der Sanitärkonzern Lindauer Bad für rund 620 Millionen Euro.",
        "Das teilten beide Unternehmen am Dienstag in Lindau mit.",
        "Kessbach, das rund 2.100 Menschen beschäftigt, war erst 2021 von der Beteiligungsgesellschaft Corvana gekauft worden.",
        "Lindauer-Bad-Chef Matthias Roeder sagte, man wolle alle drei Kessbach-Werke erhalten; der Konzern werde jedoch in der Verwaltung in Iserlohn rund 180 Stellen streichen.",
        "Die IG Metall kritisierte den geplanten Stellenabbau scharf.",
        "Das Bundeskartellamt muss noch zustimmen; den Abschluss der Übernahme erwartet Roeder für Juli.",
    ], [
        # object first, subject after the verb; Iserlohn is where the bought firm sits, not
        # where the purchase happens; "am Dienstag" (next sentence) dates the announcement
        ev("economy.acquisition", "übernimmt", "übernehmen", agents=["Lindauer Bad"],
           patients=["Kessbach"]),
        # passive with "von": the earlier buyer is the agent; the relative clause holds no event
        ev("economy.acquisition", "gekauft", "kaufen", agents=["Corvana"], patients=["Kessbach"],
           time=("2021", "2021", "year")),
        # "der Konzern" = Lindauer Bad; Konjunktiv I after "sagte" -> reported; keeping the
        # plants ("erhalten") is no event; a CEO is no political speaker
        ev("economy.layoffs", "streichen", "streichen", agents=["Lindauer Bad"],
           loc=("Iserlohn", "DE"), mod=R),
        # union = political speaker; evaluative verb stays a statement
        ev("politics.statement", "kritisierte", "kritisieren", agents=["IG Metall"]),
        # attributive "geplanten" -> hypothetical
        ev("economy.layoffs", "Stellenabbau", "Stellenabbau", agents=["Lindauer Bad"],
           loc=("Iserlohn", "DE"), mod=H),
        # regulator approval is not annotated; the completion realises the takeover, so its
        # expected month is the takeover's time; "erwartet" -> hypothetical
        ev("economy.acquisition", "Übernahme", "Übernahme", agents=["Lindauer Bad"],
           patients=["Kessbach"], time=("Juli", "2027-07", "month"), mod=H),
    ]),
    # published Tue 2027-02-09
    art("de-t4-02", "2027-02-09", "Verdi-Warnstreiks legen Nahverkehr in Halle lahm", [
        "Mit ganztägigen Warnstreiks hat die Gewerkschaft Verdi am Montag Busse und Straßenbahnen der Saale-Verkehrsbetriebe in Halle weitgehend stillstehen lassen.",
        "Betroffen waren nach Angaben des Unternehmens rund 120.000 Fahrgäste.",
        "Weil viele Pendler auf das Auto umstiegen, kam es auf den Einfallstraßen zu langen Staus.",
        "Die Arbeitgeberseite, die in der zweiten Verhandlungsrunde Ende Januar eine Lohnerhöhung von vier Prozent angeboten hatte, nannte die Verdi-Streiks „völlig überzogen“.",
        "Verdi-Verhandlungsführerin Anke Moll kündigte an, die Gewerkschaft werde den Ausstand am Mittwoch fortsetzen, falls bis dahin kein besseres Angebot vorliege.",
        "Einen Eilantrag gegen die Streiks hat das Unternehmen beim Arbeitsgericht Halle bereits eingereicht.",
        "Über den Antrag soll am Donnerstag verhandelt werden.",
    ], [
        # fronted instrument phrase, subject after the auxiliary; the phrase shares the
        # clause's time; the employer in a genitive
        ev("labor.strike", "Warnstreiks", "Warnstreik", agents=["Verdi"],
           patients=["Saale-Verkehrsbetriebe"], loc=("Halle", "DE"),
           time=("Montag", "2027-02-08", "day")),
        # causative "stillstehen lassen": the service halt; disruptions carry no agent
        ev("transport.disruption", "stillstehen", "stillstehen", loc=("Halle", "DE"),
           time=("Montag", "2027-02-08", "day")),
        # "es kam zu"; the weil clause holds no event; the roads into Halle
        ev("transport.traffic_jam", "Staus", "Stau", loc=("Halle", "DE")),
        # relative clause with its own time; "die Arbeitgeberseite" = Saale-Verkehrsbetriebe
        ev("diplomacy.negotiation", "Verhandlungsrunde", "Verhandlungsrunde",
           agents=["Verdi", "Saale-Verkehrsbetriebe"], time=("Ende Januar", "2027-01", "month")),
        # compound prefix gives the actor; the employer's "nannte" is no statement
        ev("labor.strike", "Verdi-Streiks", "Verdi-Streik", agents=["Verdi"],
           patients=["Saale-Verkehrsbetriebe"], loc=("Halle", "DE")),
        # conditional (falls) > Konjunktiv I; "kündigte an" introduces the annotated event
        ev("labor.strike", "Ausstand", "Ausstand", agents=["Verdi"],
           patients=["Saale-Verkehrsbetriebe"], loc=("Halle", "DE"),
           time=("Mittwoch", "2027-02-10", "day"), mod=H),
        # fronted object; "das Unternehmen" = Saale-Verkehrsbetriebe; light verb -> noun
        ev("justice.lawsuit", "Eilantrag", "Eilantrag", agents=["Saale-Verkehrsbetriebe"],
           patients=["Verdi"], loc=("Halle", "DE")),
        ev("labor.strike", "Streiks", "Streik", agents=["Verdi"],
           patients=["Saale-Verkehrsbetriebe"], loc=("Halle", "DE")),
        # "Antrag" refers back without naming the type -> not annotated; "verhandelt" is the
        # court hearing (not a negotiation), impersonal passive; "soll" -> hypothetical
        ev("justice.trial", "verhandelt", "verhandeln", agents=["Arbeitsgericht Halle"],
           patients=["Verdi"], loc=("Halle", "DE"), time=("Donnerstag", "2027-02-11", "day"),
           mod=H),
    ]),
    # published Thu 2027-02-25
    art("de-t4-03", "2027-02-25", "Messerangriff in Chemnitzer Straßenbahn: Verdächtiger in Haft", [
        "Nach dem Messerangriff auf einen Fahrgast in einer Straßenbahn in Chemnitz hat die Polizei am Mittwochabend einen Tatverdächtigen festgenommen.",
        "Den 27-jährigen Dennis K. fassten die Beamten nach Angaben der Staatsanwaltschaft in der Wohnung seiner Freundin und durchsuchten anschließend auch seine eigene Wohnung.",
        "Er soll dem 41 Jahre alten Fahrgast am Dienstagnachmittag nach einem Streit um einen Sitzplatz mehrfach in den Oberkörper gestochen haben.",
        "Das Opfer schwebt nach Angaben der Ärzte nicht mehr in Lebensgefahr.",
        "Die Staatsanwaltschaft Chemnitz ermittelt gegen ihn wegen versuchten Totschlags; ein Haftrichter schickte ihn am Donnerstag in Untersuchungshaft.",
        "Möglich geworden war die Festnahme des Verdächtigen durch Aufnahmen einer Überwachungskamera.",
        "Für Donnerstagabend ist vor dem Rathaus eine Kundgebung gegen Gewalt im Nahverkehr angemeldet.",
    ], [
        # event in a "nach dem" phrase: "Mittwochabend" dates the arrest only; the suspect
        # is not established as the attacker here -> no agent
        ev("conflict.attack", "Messerangriff", "Messerangriff", patients=["Fahrgast"],
           loc=("Chemnitz", "DE")),
        # the arrest's place is not stated (the tram's place does not carry over)
        ev("justice.arrest", "festgenommen", "festnehmen", agents=["Polizei"],
           patients=["Dennis K."], time=("Mittwochabend", "2027-02-24", "day")),
        # fronted object; "die Beamten" = die Polizei; "nach Angaben" scopes over both
        # coordinated verbs
        ev("justice.arrest", "fassten", "fassen", agents=["Polizei"], patients=["Dennis K."],
           mod=R),
        ev("politics.investigation", "durchsuchten", "durchsuchen", agents=["Polizei"],
           patients=["Dennis K."], mod=R),
        # "Er" = Dennis K.; hearsay "soll ... gestochen haben" -> reported; "Streit" is no event
        ev("conflict.attack", "gestochen", "stechen", agents=["Dennis K."], patients=["Fahrgast"],
           loc=("Chemnitz", "DE"), time=("Dienstagnachmittag", "2027-02-23", "day"), mod=R),
        # "ihn" = Dennis K.; place only inside the organisation name -> no location
        ev("politics.investigation", "ermittelt", "ermitteln", agents=["Staatsanwaltschaft Chemnitz"],
           patients=["Dennis K."]),
        ev("justice.arrest", "Untersuchungshaft", "Untersuchungshaft", agents=["Haftrichter"],
           patients=["Dennis K."], time=("Donnerstag", "2027-02-25", "day")),
        # genitive = the arrested; "durch Aufnahmen" names the means, not the agent
        ev("justice.arrest", "Festnahme", "Festnahme", agents=["Polizei"], patients=["Dennis K."]),
        # scheduled, plain indicative -> asserted; the Rathaus of Chemnitz (context)
        ev("politics.protest", "Kundgebung", "Kundgebung", loc=("Chemnitz", "DE"),
           time=("Donnerstagabend", "2027-02-25", "day")),
    ]),
    # published Tue 2027-03-16
    art("de-t4-04", "2027-03-16", "Pflegedienst-Inhaberin muss wegen Betrugs in Haft", [
        "Wegen Abrechnungsbetrugs in Millionenhöhe hat das Landgericht Dortmund am Montag die Inhaberin eines ambulanten Pflegedienstes zu vier Jahren und neun Monaten Haft verurteilt.",
        "Nach Überzeugung der Kammer hatte die 58-jährige Renate W. zwischen 2019 und 2024 Leistungen abgerechnet, die nie erbracht worden waren.",
        "Ihren mitangeklagten Sohn sprach das Gericht aus Mangel an Beweisen frei.",
        "Die Anklage hatte der Frau vorgeworfen, die Krankenkassen um rund 2,3 Millionen Euro geschädigt zu haben.",
        "Die Staatsanwaltschaft, die fünfeinhalb Jahre Haft gefordert hatte, prüft noch, ob sie gegen das Urteil Rechtsmittel einlegt; die Verteidigung will in Revision gehen.",
        "Die Ermittlungen hatten 2023 begonnen, nachdem sich eine frühere Mitarbeiterin an die AOK gewandt hatte.",
        "Im Mai 2024 hatten Fahnder der Polizei die Büros des Pflegedienstes in Dortmund-Hörde durchsucht.",
    ], [
        # fronted adverbial, subject after the auxiliary; the convicted woman is named in the
        # next sentence; fraud itself is outside the taxonomy
        ev("justice.verdict", "verurteilt", "verurteilen", agents=["Landgericht Dortmund"],
           patients=["Renate W."], loc=("Dortmund", "DE"), time=("Montag", "2027-03-15", "day")),
        # fronted object; "das Gericht" = Landgericht Dortmund
        ev("justice.verdict", "sprach", "freisprechen", agents=["Landgericht Dortmund"],
           patients=["mitangeklagten Sohn"], loc=("Dortmund", "DE")),
        # "Die Anklage" = the prosecution as a party, no trial mention; "der Frau" = Renate W.
        ev("politics.accusation", "vorgeworfen", "vorwerfen", agents=["Staatsanwaltschaft"],
           patients=["Renate W."]),
        # the verdict happened; "prüft, ob" scopes over the appeal only
        ev("justice.verdict", "Urteil", "Urteil", agents=["Landgericht Dortmund"],
           patients=["Renate W."], loc=("Dortmund", "DE")),
        ev("justice.lawsuit", "Rechtsmittel", "Rechtsmittel", agents=["Staatsanwaltschaft"], mod=H),
        ev("justice.lawsuit", "Revision", "Revision", agents=["Verteidigung"], mod=H),
        # "begonnen" realises the investigation -> 2023; the nachdem clause holds no event
        ev("politics.investigation", "Ermittlungen", "Ermittlung", agents=["Staatsanwaltschaft"],
           patients=["Renate W."], time=("2023", "2023", "year")),
        # doers in a genitive ("Fahnder der Polizei"); the searched firm is the patient
        ev("politics.investigation", "durchsucht", "durchsuchen", agents=["Polizei"],
           patients=["Pflegedienstes"], loc=("Dortmund-Hörde", "DE"),
           time=("Mai 2024", "2024-05", "month")),
    ]),
    # published Mon 2027-03-29
    art("de-t4-05", "2027-03-29", "Kiel: Falk und Oltmann in der Stichwahl", [
        "Bei der Oberbürgermeisterwahl in Kiel hat sich am Sonntag keiner der fünf Kandidaten im ersten Wahlgang durchsetzen können.",
        "Die Wahl war nötig geworden, nachdem Amtsinhaber Ulrich Brammer im Januar überraschend gestorben war.",
        "Die Grünen-Kandidatin Miriam Falk, die auf 38,4 Prozent der Stimmen kam, sprach von einem „klaren Auftrag für den Wechsel“.",
        "Bürgermeister Jens Oltmann (SPD) erreichte 31,2 Prozent; beide treten am 11. April in einer Stichwahl gegeneinander an.",
        "Gegen Oltmann hatte die Staatsanwaltschaft Kiel im vergangenen Herbst wegen der umstrittenen Vergabe eines Hafengrundstücks ermittelt, das Verfahren aber im Januar eingestellt.",
        "Mit dem drittplatzierten CDU-Kandidaten Lars Behrendt will sich Falk am Dienstag treffen; eine Wahlempfehlung für die Stichwahl hat Behrendt bislang nicht abgegeben.",
        "Die Wahlbeteiligung lag mit 41 Prozent deutlich unter der bei der Wahl 2021.",
    ], [
        # candidates are agents; the first round: the three named ones (one named only in
        # sentence 6); "Wahlgang" is the same happening in the same sentence
        ev("politics.election", "Oberbürgermeisterwahl", "Oberbürgermeisterwahl",
           agents=["Miriam Falk", "Jens Oltmann", "Lars Behrendt"], loc=("Kiel", "DE"),
           time=("Sonntag", "2027-03-28", "day")),
        ev("politics.election", "Wahl", "Wahl", agents=["Miriam Falk", "Jens Oltmann", "Lars Behrendt"],
           loc=("Kiel", "DE")),
        # death in a nachdem clause, with its own time
        ev("life.death", "gestorben", "sterben", patients=["Ulrich Brammer"],
           time=("Januar", "2027-01", "month")),
        # candidate = named political actor; the relative clause holds no event
        ev("politics.statement", "sprach", "sprechen", agents=["Miriam Falk"]),
        # "beide" = Falk and Oltmann; scheduled, indicative -> asserted
        ev("politics.election", "Stichwahl", "Stichwahl", agents=["Miriam Falk", "Jens Oltmann"],
           loc=("Kiel", "DE"), time=("11. April", "2027-04-11", "day")),
        # fronted PP = the investigated; seasons give no time; "im Januar" belongs to the
        # second conjunct (the dropped case, "Verfahren" = generic, not annotated)
        ev("politics.investigation", "ermittelt", "ermitteln", agents=["Staatsanwaltschaft Kiel"],
           patients=["Jens Oltmann"]),
        # fronted PP, subject after the modal
        ev("diplomacy.meeting", "treffen", "treffen", agents=["Miriam Falk", "Lars Behrendt"],
           time=("Dienstag", "2027-03-30", "day"), mod=H),
        # the negation targets the recommendation, not the run-off
        ev("politics.election", "Stichwahl", "Stichwahl", occ=1,
           agents=["Miriam Falk", "Jens Oltmann"], loc=("Kiel", "DE")),
        # "Wahlbeteiligung" (turnout) is no event
        ev("politics.election", "Wahl", "Wahl", occ=1, loc=("Kiel", "DE"),
           time=("2021", "2021", "year")),
    ]),
    # published Tue 2027-04-13
    art("de-t4-06", "2027-04-13", "EU verschärft Sanktionen gegen Belarus", [
        "Die Außenminister der EU haben am Montag in Luxemburg neue Sanktionen gegen Belarus beschlossen.",
        "Betroffen sind 23 Personen und neun Unternehmen, die an der Schleusung von Migranten an die Grenze zu Litauen beteiligt sein sollen.",
        "Litauen wirft der Regierung in Minsk vor, gezielt Migranten über die Grenze zu bringen, um die EU zu destabilisieren.",
        "Das belarussische Außenministerium wies die Vorwürfe als „haltlos“ zurück und kündigte Gegenmaßnahmen an.",
        "Am Rande des Treffens traf Bundesaußenminister Tobias Wehrle seine litauische Amtskollegin Rūta Vaitkutė.",
        "Beide unterzeichneten eine Vereinbarung über den Einsatz zusätzlicher Bundespolizisten an der Grenze zu Belarus; Wehrle sprach von einem „Zeichen der Solidarität“.",
        "Ungarn hatte die Sanktionen zunächst blockiert und erst nach Zusagen bei der Energieversorgung eingelenkt.",
    ], [
        # the sanctions are the EU's (ministers "der EU"); light verb -> noun
        ev("economy.sanctions", "Sanktionen", "Sanktion", agents=["EU"], patients=["Belarus"],
           loc=("Luxemburg", "LU"), time=("Montag", "2027-04-12", "day")),
        # sentence 2: smuggling is outside the taxonomy
        ev("politics.accusation", "wirft", "vorwerfen", agents=["Litauen"],
           patients=["Regierung in Minsk"]),
        ev("politics.denial", "wies", "zurückweisen", agents=["belarussische Außenministerium"]),
        ev("politics.accusation", "Vorwürfe", "Vorwurf", agents=["Litauen"],
           patients=["Regierung in Minsk"]),
        # "Gegenmaßnahmen" does not name a type -> not annotated
        # the ministers' meeting (genitive anaphor) and a bilateral one on its margin
        ev("diplomacy.meeting", "Treffens", "Treffen", agents=["Außenminister der EU"],
           loc=("Luxemburg", "LU")),
        ev("diplomacy.meeting", "traf", "treffen", agents=["Tobias Wehrle", "Rūta Vaitkutė"],
           loc=("Luxemburg", "LU")),
        # "Beide" = Wehrle and Vaitkutė; document noun yields to the specific verb
        ev("diplomacy.agreement", "unterzeichneten", "unterzeichnen",
           agents=["Tobias Wehrle", "Rūta Vaitkutė"], loc=("Luxemburg", "LU")),
        ev("politics.statement", "sprach", "sprechen", agents=["Tobias Wehrle"],
           loc=("Luxemburg", "LU")),
        # "blockiert" = held up a decision, no transport.obstruction
        ev("economy.sanctions", "Sanktionen", "Sanktion", occ=1, agents=["EU"],
           patients=["Belarus"]),
    ]),
    # published Thu 2027-05-06
    art("de-t4-07", "2027-05-06", "Gasexplosion in Wuppertaler Mehrfamilienhaus", [
        "Bei einer Gasexplosion in einem Mehrfamilienhaus in Wuppertal sind in der Nacht zum Donnerstag zwei Menschen schwer verletzt worden.",
        "Durch die Wucht der Detonation stürzte ein Teil der Fassade auf die Straße, anschließend geriet der Dachstuhl in Brand.",
        "Während die Feuerwehr den Brand bekämpfte, sperrte die Polizei die Friedrich-Engels-Allee in beiden Richtungen.",
        "Die Straße bleibt nach Angaben der Stadt bis Montag gesperrt, weil Einsturzgefahr besteht.",
        "Die Staatsanwaltschaft Wuppertal hat ein Ermittlungsverfahren gegen einen 52-jährigen Bewohner eingeleitet, der an der Gasleitung in seiner Wohnung hantiert haben soll.",
        "Hinweise auf einen Anschlag gebe es nicht, sagte ein Polizeisprecher.",
        "Erst im März war in Solingen ein Wohnhaus nach einem Defekt an der Heizungsanlage vollständig ausgebrannt.",
    ], [
        # injuries belong to the explosion, so the clause's time is its time
        ev("disaster.explosion", "Gasexplosion", "Gasexplosion", loc=("Wuppertal", "DE"),
           time=("Nacht zum Donnerstag", "2027-05-06", "day")),
        # "durch" names the cause, not an agent; the falling façade is part of the explosion
        ev("disaster.explosion", "Detonation", "Detonation", loc=("Wuppertal", "DE")),
        ev("disaster.fire", "Brand", "Brand", loc=("Wuppertal", "DE")),
        # event in a während clause
        ev("disaster.fire", "Brand", "Brand", occ=1, loc=("Wuppertal", "DE")),
        # transitive closure by an authority -> agent
        ev("transport.obstruction", "sperrte", "sperren", agents=["Polizei"],
           loc=("Friedrich-Engels-Allee", "DE")),
        # stative closure, no agent; "bis Montag" -> Montag (future); "Einsturzgefahr" no event
        ev("transport.obstruction", "gesperrt", "sperren", loc=("Friedrich-Engels-Allee", "DE"),
           time=("Montag", "2027-05-10", "day"), mod=R),
        # light verb -> noun; the relative clause holds no event
        ev("politics.investigation", "Ermittlungsverfahren", "Ermittlungsverfahren",
           agents=["Staatsanwaltschaft Wuppertal"], patients=["52-jährigen Bewohner"]),
        # "keine Hinweise" rules the attack out -> negated (> reported); police is no speaker
        ev("conflict.attack", "Anschlag", "Anschlag", loc=("Wuppertal", "DE"), mod=N),
        ev("disaster.fire", "ausgebrannt", "ausbrennen", loc=("Solingen", "DE"),
           time=("März", "2027-03", "month")),
    ]),
    # published Thu 2027-05-27
    art("de-t4-08", "2027-05-27", "Velotec zeigt Lastenrad mit Wasserstoffantrieb", [
        "Der Bamberger Fahrradhersteller Velotec hat am Mittwoch auf der Messe Eurobike in Frankfurt den „Kanto H2“ vorgestellt, sein erstes Lastenrad mit Wasserstoffantrieb.",
        "Die Markteinführung ist für März 2028 geplant, der Preis soll bei rund 9.000 Euro liegen.",
        "Vorgestellt wurde das Rad nicht von Firmengründer Klaus Bittner, sondern von der neuen Vorstandschefin Sandra Kuhnert, die am 1. Mai auf Bittner gefolgt war.",
        "Bittner, der das Unternehmen seit 1994 geführt hatte, wechselt an die Spitze des Aufsichtsrats.",
        "Zugleich will Velotec das Werk in Forchheim mit 140 Beschäftigten bis Jahresende schließen.",
        "Betriebsbedingte Kündigungen werde es nicht geben, allen Mitarbeitern werde ein Arbeitsplatz in Bamberg angeboten, sagte die Managerin.",
        "Betriebsratschefin Petra Wendel begrüßte die Zusage, verlangte aber einen Sozialplan.",
    ], [
        # the apposition after the participle names the product
        ev("economy.product_launch", "vorgestellt", "vorstellen", agents=["Velotec"],
           patients=["Kanto H2"], loc=("Frankfurt", "DE"), time=("Mittwoch", "2027-05-26", "day")),
        ev("economy.product_launch", "Markteinführung", "Markteinführung", agents=["Velotec"],
           patients=["Kanto H2"], time=("März 2028", "2028-03", "month"), mod=H),
        # fronted participle; "von" names the presenter, but the launch's agent is the
        # company; the negation targets the presenter, not the launch
        ev("economy.product_launch", "Vorgestellt", "vorstellen", agents=["Velotec"],
           patients=["Kanto H2"], loc=("Frankfurt", "DE")),
        # relative clause with its own time; succession: new and old chief are patients
        ev("organization.leadership_change", "gefolgt", "folgen", agents=["Velotec"],
           patients=["Sandra Kuhnert", "Klaus Bittner"], time=("1. Mai", "2027-05-01", "day")),
        ev("organization.leadership_change", "wechselt", "wechseln", agents=["Velotec"],
           patients=["Klaus Bittner"]),
        ev("economy.facility", "schließen", "schließen", agents=["Velotec"],
           loc=("Forchheim", "DE"), time=("Jahresende", "2027", "year"), mod=H),
        # "die Managerin" = Kuhnert (a CEO: no statement)
        ev("economy.layoffs", "Kündigungen", "Kündigung", agents=["Velotec"], mod=N),
        # works council = political speaker; "verlangte" is the same statement
        ev("politics.statement", "begrüßte", "begrüßen", agents=["Petra Wendel"]),
    ]),
    # published Tue 2027-06-15
    art("de-t4-09", "2027-06-15", "Schiffsunfall bei Bingen: Rhein stundenlang gesperrt", [
        "In Höhe von Bingen am Rhein ist am Montagmorgen ein Tankschiff mit einem Containerschiff zusammengestoßen.",
        "Laut Wasserschutzpolizei schlug das Tankschiff, das rund 1.500 Tonnen Diesel geladen hatte, leck; verletzt wurde niemand.",
        "Die Sperrung des Flusses zwischen Bingen und Oberwesel durch die Wasserstraßenverwaltung dauerte bis Dienstagmorgen, weil Öl ausgetreten war.",
        "Vor der Unglücksstelle stauten sich am Abend mehr als 40 Frachtschiffe.",
        "Die Staatsanwaltschaft Koblenz ermittelt gegen den Kapitän des Containerschiffs, der das Tankschiff beim Überholen gerammt haben soll.",
        "Die Ausflugsreederei Loreley-Linie stellte ihre Fahrten zwischen Bingen und Koblenz vorerst ein.",
        "Erst im April war bei Koblenz ein Frachter auf Grund gelaufen und hatte den Rhein zwei Tage lang blockiert.",
    ], [
        # symmetric "mit X zusammenstoßen": both vehicles are agents
        ev("transport.accident", "zusammengestoßen", "zusammenstoßen",
           agents=["Tankschiff", "Containerschiff"], loc=("Bingen am Rhein", "DE"),
           time=("Montagmorgen", "2027-06-14", "day")),
        # sentence 2: the leak is part of the collision
        # noun with a "durch" agent; "bis X" on a continuing event gives X
        ev("transport.obstruction", "Sperrung", "Sperrung", agents=["Wasserstraßenverwaltung"],
           loc=("Bingen", "DE"), time=("Dienstagmorgen", "2027-06-15", "day")),
        # ships' congestion = traffic_jam; "am Abend" is vague
        ev("transport.traffic_jam", "stauten", "stauen", loc=("Bingen am Rhein", "DE")),
        ev("politics.investigation", "ermittelt", "ermitteln", agents=["Staatsanwaltschaft Koblenz"],
           patients=["Kapitän"]),
        # relative clause, hearsay -> reported; the colliding vehicle is the agent
        ev("transport.accident", "gerammt", "rammen", agents=["Containerschiff"],
           patients=["Tankschiff"], loc=("Bingen am Rhein", "DE"), mod=R),
        # transitive cancellation with the operator as subject -> agent
        ev("transport.disruption", "stellte", "einstellen", agents=["Loreley-Linie"],
           loc=("Bingen", "DE")),
        # coordinated verbs sharing the subject: the fronted time governs both
        ev("transport.accident", "gelaufen", "auf Grund laufen", agents=["Frachter"],
           loc=("Koblenz", "DE"), time=("April", "2027-04", "month")),
        ev("transport.obstruction", "blockiert", "blockieren", agents=["Frachter"],
           loc=("Koblenz", "DE"), time=("April", "2027-04", "month")),
    ]),
    # published Thu 2027-07-08
    art("de-t4-10", "2027-07-08", "Bäckereikette Kornhaus ist insolvent", [
        "Die Bäckereikette Kornhaus hat beim Amtsgericht Hannover einen Insolvenzantrag gestellt.",
        "Wie ein Sprecher am Mittwoch mitteilte, sind die Gehälter der rund 1.300 Beschäftigten bis Ende September über das Insolvenzgeld gesichert.",
        "Zum vorläufigen Insolvenzverwalter bestellte das Gericht den Hannoveraner Anwalt Philipp Sander.",
        "Sander sagte, er führe bereits Gespräche mit mehreren Interessenten, die einzelne Filialen oder die gesamte Kette übernehmen wollten.",
        "Bereits im Frühjahr hatte Kornhaus laut einer Firmensprecherin 35 seiner 210 Filialen geschlossen, weil die Energie- und Rohstoffkosten stark gestiegen waren.",
        "Die Gewerkschaft NGG warf der Geschäftsführung vor, die Krise zu lange verschwiegen zu haben.",
        "Zu den Interessenten gehört auch die Großbäckerei Heller aus Celle, die erst im Juni die insolvente Kette Brotzeit Nord übernommen hat.",
    ], [
        # light verb -> noun; filed at the court in Hannover
        ev("economy.insolvency", "Insolvenzantrag", "Insolvenzantrag", agents=["Kornhaus"],
           loc=("Hannover", "DE")),
        # sentence 2: "Insolvenzgeld", "Ende September" -> no event
        # sentence 3: naming the administrator is not annotated
        # sale talks by the administrator; Konjunktiv I -> reported; the bidders are unnamed
        ev("diplomacy.negotiation", "Gespräche", "Gespräch", agents=["Philipp Sander"], mod=R),
        # relative clause, "wollten" -> hypothetical; "die gesamte Kette" = Kornhaus
        ev("economy.acquisition", "übernehmen", "übernehmen", patients=["Kornhaus"], mod=H),
        # "laut" -> reported; seasons give no time; the weil clause holds no event
        ev("economy.facility", "geschlossen", "schließen", agents=["Kornhaus"], mod=R),
        # "der Geschäftsführung" = Kornhaus's management
        ev("politics.accusation", "warf", "vorwerfen", agents=["NGG"], patients=["Kornhaus"]),
        # relative clause with its own time; "insolvente" is attributive
        ev("economy.acquisition", "übernommen", "übernehmen", agents=["Heller"],
           patients=["Brotzeit Nord"], time=("Juni", "2027-06", "month")),
    ]),
    # published Tue 2027-08-24
    art("de-t4-11", "2027-08-24", "Neue Gefechte an der armenisch-aserbaidschanischen Grenze", [
        "An der Grenze zwischen Armenien und Aserbaidschan ist es in der Nacht zum Montag erneut zu schweren Gefechten gekommen.",
        "Nach Angaben des armenischen Verteidigungsministeriums beschossen aserbaidschanische Einheiten mehrere Dörfer in der Provinz Sjunik; dabei seien zwei Zivilisten getötet worden.",
        "Baku wies die Darstellung zurück und warf Eriwan seinerseits vor, Stellungen im Bezirk Latschin angegriffen zu haben.",
        "Der armenische Regierungschef Aram Sarkissjan drohte Baku mit einer „entschlossenen Antwort“.",
        "Die EU, die seit 2023 eine Beobachtermission in Armenien unterhält, verurteilte die Gewalt und rief beide Seiten zur Zurückhaltung auf.",
        "Die im Mai in Genf vereinbarte Waffenruhe war bereits im Juli mehrfach gebrochen worden.",
        "Unter Vermittlung der EU sollen Unterhändler beider Länder am Donnerstag in Brüssel zu Gesprächen zusammenkommen.",
    ], [
        # "es kam zu"; the border spans two countries -> no location; instigator disputed
        ev("conflict.attack", "Gefechten", "Gefecht",
           time=("Nacht zum Montag", "2027-08-23", "day")),
        # casualties belong to the shelling; "nach Angaben" -> reported
        ev("conflict.attack", "beschossen", "beschießen", agents=["aserbaidschanische Einheiten"],
           patients=["Dörfer"], loc=("Sjunik", "AM"), mod=R),
        # capitals stand for governments; coordinated verbs share "Baku"; the denied
        # "Darstellung" is no accusation noun; the counter-claim is a reported attack
        ev("politics.denial", "wies", "zurückweisen", agents=["Baku"]),
        ev("politics.accusation", "warf", "vorwerfen", agents=["Baku"], patients=["Eriwan"]),
        ev("conflict.attack", "angegriffen", "angreifen", agents=["Eriwan"],
           patients=["Stellungen"], loc=("Latschin", "AZ"), mod=R),
        # military threat by a head of government; the vague "Antwort" is not an attack
        ev("conflict.threat", "drohte", "drohen", agents=["Aram Sarkissjan"], patients=["Baku"]),
        # "rief ... auf" is the same statement; "Gewalt" names no type
        ev("politics.statement", "verurteilte", "verurteilen", agents=["EU"]),
        # "im Mai in Genf" sits in the attributive participle; "im Juli" governs the breach
        ev("conflict.ceasefire", "Waffenruhe", "Waffenruhe", agents=["Armenien", "Aserbaidschan"],
           time=("Juli", "2027-07", "month")),
        # mediation: mediator and both parties; "Gesprächen" is the same happening
        ev("diplomacy.negotiation", "Vermittlung", "Vermittlung",
           agents=["EU", "Armenien", "Aserbaidschan"], loc=("Brüssel", "BE"),
           time=("Donnerstag", "2027-08-26", "day"), mod=H),
    ]),
    # published Thu 2027-09-30
    art("de-t4-12", "2027-09-30", "Tschechische Notenbank senkt Leitzins – Gouverneur Dvořák geht", [
        "Den Leitzins senkte die Tschechische Nationalbank am Mittwoch in Prag überraschend um einen halben Prozentpunkt auf 2,75 Prozent.",
        "Es war zugleich die letzte Zinsentscheidung unter Notenbankgouverneur Pavel Dvořák, der sein Amt Ende Oktober vorzeitig niederlegt.",
        "Dvořák begründete seinen Rücktritt mit gesundheitlichen Problemen.",
        "Zur Nachfolgerin hat Staatspräsident Martin Vrba am Dienstag die bisherige Vizegouverneurin Lenka Novotná ernannt.",
        "Novotná, die als Verfechterin einer lockeren Geldpolitik gilt, soll ihr Amt am 1. November antreten.",
        "Finanzminister Jan Machala kritisierte die Zinssenkung als verfrüht, die Inflation liege noch immer über dem Ziel von zwei Prozent.",
        "Die Krone gab nach der Entscheidung deutlich nach.",
    ], [
        # object first, subject after the verb
        ev("economy.rate_decision", "senkte", "senken", agents=["Tschechische Nationalbank"],
           loc=("Prag", "CZ"), time=("Mittwoch", "2027-09-29", "day")),
        ev("economy.rate_decision", "Zinsentscheidung", "Zinsentscheidung",
           agents=["Tschechische Nationalbank"], loc=("Prag", "CZ")),
        # public office -> resignation; relative clause with its own (scheduled) time
        ev("politics.resignation", "niederlegt", "niederlegen", agents=["Pavel Dvořák"],
           time=("Ende Oktober", "2027-10", "month")),
        ev("politics.resignation", "Rücktritt", "Rücktritt", agents=["Pavel Dvořák"]),
        # fronted PP, subject after the auxiliary; the place is not stated
        ev("politics.appointment", "ernannt", "ernennen", agents=["Martin Vrba"],
           patients=["Lenka Novotná"], time=("Dienstag", "2027-09-28", "day")),
        # taking office names the appointment again; "soll" -> hypothetical
        ev("politics.appointment", "antreten", "antreten", agents=["Martin Vrba"],
           patients=["Lenka Novotná"], time=("1. November", "2027-11-01", "day"), mod=H),
        ev("politics.statement", "kritisierte", "kritisieren", agents=["Jan Machala"]),
        ev("economy.rate_decision", "Zinssenkung", "Zinssenkung",
           agents=["Tschechische Nationalbank"], loc=("Prag", "CZ")),
        # "nach der Entscheidung" is a generic anaphor -> not annotated
    ]),
]

# --------------------------------------------------------------------------
# builder / validator
# --------------------------------------------------------------------------


if __name__ == "__main__":
    sys.exit(main(sets=(("de", DE),), tag="t4", countries=COUNTRIES, doc=__doc__))
