#!/usr/bin/env python3
"""Build the sixth hand-annotated event TUNING set: de_tune6.jsonl (German only).

12 invented German wire-style articles, written and annotated by hand before
any extraction code ran on them.  Nothing in this file calls newsflow, spaCy
or any other extraction component, and no system output was looked at while
writing it; the held-out files and their builders were not opened.  The specs
name each trigger by its surface string plus an occurrence index (0 = first
whole-word occurrence in the article text); this script only turns them into
character offsets and validates them (standard library only).  Layout,
validation and offset computation are those of build_tune2.py.

Usage:
    python tests/data/events/new/build_tune6.py           # validate + write de_tune6.jsonl
    python tests/data/events/new/build_tune6.py --check   # validate only, write nothing
                                                          # (exit 1 if the file on disk is stale)
    python tests/data/events/new/build_tune6.py -v        # also print per-type counts

Conventions: ../README.md (guidelines) and ./README.md (added types, decisions,
"Second tuning set" … "Fifth tuning set" sections).  Only the 48 original
types plus life.death, economy.rate_decision and economy.product_launch are
used, but validation accepts every type in event_types.json.

Unlike tune2–tune5, this set was not built around particular constructions:
the articles are written the way dpa / Reuters-Deutsch write such stories and
every event they contain is annotated.  Topics (all new): a Federal Labour
Court ruling on the mass dismissal at an insolvent holiday airline, a state
election in Mecklenburg-Vorpommern, a methane explosion in a Polish coal mine,
a port strike, a Swiss National Bank rate cut, a merger prohibited by the
Bundeskartellamt, an Iranian plot and the expulsion of diplomats, a ransomware
attack on a hospital, forest fires with evacuations, a cheese recall after a
listeria outbreak, a state premier dismissing his interior minister, and
border fighting between Kyrgyzstan and Tajikistan.  Patients (the acted-on
party) were written into every article.  Event-free sentences: the results
of an election, casualty and rescue reports, a recall, a regulator's market
figures, an executive's admission, "Ähnliche Fälle sind … anhängig".

Decisions recorded here (besides those of ../README.md and ./README.md):
* „für unwirksam erklären“ by a court is a ruling (`justice.verdict`, trigger
  the participle, lemma „erklären“), not a statement; „gaben … statt“
  (stattgeben) names the ruling again.  Dismissals a court declares invalid
  stay `asserted` (they happened; only their legal effect is annulled).
* The patient of a civil or labour-court ruling on a suit or motion is the
  party the suit is directed against (the defendant or respondent), whatever
  the outcome, as „über den Antrag entscheiden“ → Verdi in tune5: the
  rulings on the pilots' suits → Alpina Air, „wies einen Eilantrag des
  Terminalbetreibers Hansaport gegen den Streik ab“ → Verdi.
* Dismissals carried out by an insolvency administrator keep the insolvent
  company as the layoffs' agent.  An airline halting all flights („den
  Flugbetrieb eingestellt“) is `transport.disruption` with the airline as
  agent; its own vague time („wenige Wochen später“) gives null and the time
  of the first conjunct does not reach it.
* „Nach Auffassung der Richter“ is an attribution like „Nach Überzeugung der
  Richter“ (tune5) → `reported`.
* A state election: the parties and candidates the sentence names as running
  are agents, the winner and the runner-up alike (as candidates in tune4).
  A parliament electing the head of government („soll Sievert … zur
  Ministerpräsidentin wählen“) is `politics.appointment` with the parliament
  as agent.  „kündigte … seinen Rücktritt an“ is `asserted` with the
  announcement's time (as "announced his resignation on Monday" in en.jsonl);
  a party's state chair stepping down is `politics.resignation` (as de-e-010).
  Exploratory coalition talks announced by the winner („kündigte
  Sondierungsgespräche mit CDU und Linken an“) are a hypothetical
  `diplomacy.negotiation` with the announcer and the named parties as agents.
* „Grubenunglück“ in a later sentence re-describes the methane explosion; it
  is annotated as a `disaster.other` mention (mining accident) with the
  explosion's place.
* A mine operator dismissing its chief executive („Der Betreiber berief …
  seinen Vorstandschef … ab“) is `organization.leadership_change` with the
  company as agent.  A union's accusation against „dem Management“ has the
  management as patient.  A union's own call „rief für Mittwoch zu einem …
  Streik … auf“ is `asserted` (as in tune5), with the employer as patient.
* A strike named as the object of a motion („Eilantrag … gegen den Streik“)
  is a strike mention of its own.  A union's wage demand („Verdi fordert …
  eine Lohnerhöhung“) is a `politics.statement` (the content holds no
  annotated event).
* The Bundeskartellamt („die Behörde“, „die Wettbewerbshüter“) is a regulator,
  not a political speaker.  Its prohibition („untersagt“) is not annotated
  (like approvals) and makes the prohibited merger `negated` (negated wins
  over „geplante“); the prohibition's time is not the merger's time.
  „Fusionspläne“ is a hypothetical merger mention; a merger review
  („Hauptprüfverfahren“) is `politics.investigation` with the merging firms as
  patients and takes the time of the light verb („unterzogen“).  An appeal
  against the prohibition („Beschwerde beim Oberlandesgericht Düsseldorf“) is
  `justice.lawsuit` with the authority as patient and the court's city as
  place.
* A central bank's directorate members hold a public office: their
  appointment by the government is `politics.appointment` (tune4 rule for
  governors); „tritt ihr Amt … an und folgt auf …“ is one appointment mention
  (the first word), and „teilte die SNB mit, der Bundesrat habe … ernannt“ is
  `reported`.  Tariffs „auf Waren aus der Schweiz“ have Switzerland as
  patient; the time in a seit-clause governs that clause's event.
* Expelling diplomats („ausgewiesen“), summoning an ambassador („bestellte
  … ein“) and threatening to expel diplomats („drohte mit der Ausweisung“)
  are not annotated; the last is no `conflict.threat` (no military threat).
  An arrest named first in a „nach der Festnahme“ phrase takes the agent,
  patient and place of the later sentence that reports it.  Attacks an
  accused is said to have prepared („Anschläge … vorbereitet zu haben“) are
  `hypothetical` (not yet happened; hypothetical > reported) with the accused
  as agent; „im Auftrag der Revolutionsgarden“ names no agent (tune5).
  „Teheran wies die Vorwürfe … zurück“ after the minister accused Tehran:
  the accusation mention takes the minister as agent and Tehran as patient.
* A hacker group's claim of responsibility reported „Nach Angaben des
  Landeskriminalamts“ gives the group as agent of that attack mention
  (`reported`); the first mention, where only unnamed „Hacker“ act, has no
  agent.  „der sie … einen Angriff auf … zuschreibt“ is an attribution →
  `reported`, not an accusation.  A place that is only part of the victim's
  name („Kreisklinikum Lindenfels“, „Stadtwerke Gießen“) is no location;
  the region („im Odenwald“) is.  A minister's pledge after a visit
  („besuchte am Montag … und sagte … zu“) is a statement; the time inside the
  first conjunct does not reach the second (tune5 „Beide waren im Oktober 2026
  … festgenommen worden und hatten …“).  A data-protection review
  („Prüfverfahren gegen das Klinikum“) is `politics.investigation`.
* Arson: the fire mention whose clause attributes it to a suspect („der
  mehrere der Feuer gelegt haben soll“) takes the suspect as agent and is
  `reported` (hearsay „soll … haben“, tune4); evacuations are not annotated.
  A warrant („erließ ein Richter Haftbefehl“) is a `justice.arrest` of its
  own next to the arrest, without agent (unnamed judge).  „seit X“ on a
  continuing closure gives X, like „bis X“ (tune3): „ist seit Samstag
  gesperrt“ → Saturday.
* A product recall („ruft … zurück“) is not annotated; a listeria outbreak is
  `health.outbreak`; the death of one described person from the infection
  („Eine 81-jährige Frau … ist … gestorben“) is `life.death` (no accident,
  disaster or attack is named in that sentence).  „aus Augsburg“ (where a
  person comes from) is no location of her death.  „Ermittler“ in an article
  whose only investigating authority is a public prosecutor refer to it; a
  search of a company's plant has the company as patient.
* Unnamed sources of accusations reported by the media („Medienberichten,
  wonach …“) give no agent (en_tune4); „politische Hinrichtung“ is a metaphor.
  An appointment and the appointee's swearing-in in a relative clause of the
  same sentence are two appointment mentions (en_tune3); the agentless
  passive „vereidigt werden soll“ has no agent.  A motion of no confidence
  („Misstrauensantrag“) is not annotated, the vote on it („abstimmen“) is.
* „Gefechte zwischen Kirgisistan und Tadschikistan“ names both parties: a
  symmetric fight with both as agents (unlike tune4's clashes merely located
  at a border); the border region spanning both countries gives no location,
  and „seit drei Jahren“ bounding a superlative is no time.  Both sides
  massing artillery („zogen … Artillerie … zusammen“) is
  `conflict.escalation`.  „drohte Duschanbe mit „Konsequenzen““ by a head of
  state is `conflict.threat`; the attacks in its conditional clause („sollte
  es erneut zu Angriffen … kommen“) are hypothetical, „Konsequenzen“ is no
  attack.  „Unter Vermittlung Russlands vereinbarten … am Montagabend in
  Batken eine Waffenruhe“: a negotiation (mediator and both parties) and a
  ceasefire sharing the clause's time and place; „vereinbarten“ realises the
  ceasefire and is no separate `diplomacy.agreement`.
"""
from __future__ import annotations

import sys

# the machinery (spec helpers, validation, offsets, --check) is build_tune2's; run as a script,
# this file's folder is on sys.path
from build_tune2 import A, H, N, R, art, ev, main  # noqa: F401 (A is the default modality)

# the article sentences stay one string per line so that they can be read and diffed
# ruff: noqa: E501

COUNTRIES = {
    "CH": "Switzerland", "DE": "Germany", "KG": "Kyrgyzstan", "PL": "Poland",
    "TJ": "Tajikistan",
}

DE = [
    # published Fri 2026-03-13
    art("de-t6-01", "2026-03-13", "Bundesarbeitsgericht kippt Kündigungen bei Alpina Air", [
        "Das Bundesarbeitsgericht hat am Donnerstag in Erfurt die Kündigungen von rund 280 Piloten und Flugbegleitern des insolventen Ferienfliegers Alpina Air für unwirksam erklärt.",
        "Die Richter gaben damit den Klagen von drei Piloten statt, die sich gegen ihre Entlassung gewehrt hatten.",
        "Alpina Air hatte im Mai 2025 beim Amtsgericht München Insolvenz beantragt und wenige Wochen später den Flugbetrieb eingestellt.",
        "Nach Auffassung der Erfurter Richter hatte Insolvenzverwalter Markus Thalhammer die Massenentlassung nicht ordnungsgemäß bei der Agentur für Arbeit angezeigt.",
        "Die Vereinigung Cockpit sprach von einem „wegweisenden Urteil“ für Beschäftigte insolventer Unternehmen.",
        "Thalhammer kündigte an, gegen das Urteil Verfassungsbeschwerde einzulegen.",
        "Ähnliche Fälle sind derzeit an mehreren Landesarbeitsgerichten anhängig.",
    ], [
        # the court's "für unwirksam erklärt" is the ruling; the defendant employer is the
        # patient; "insolventen" is an attributive adjective
        ev("justice.verdict", "erklärt", "erklären", agents=["Bundesarbeitsgericht"],
           patients=["Alpina Air"], loc=("Erfurt", "DE"), time=("Donnerstag", "2026-03-12", "day")),
        # the dismissals happened (declared invalid, not undone); "am Donnerstag" dates the
        # ruling, not its object
        ev("economy.layoffs", "Kündigungen", "Kündigung", agents=["Alpina Air"]),
        # "Die Richter" = the court; "gaben ... statt" names the ruling again
        ev("justice.verdict", "gaben", "stattgeben", agents=["Bundesarbeitsgericht"],
           patients=["Alpina Air"], loc=("Erfurt", "DE")),
        ev("justice.lawsuit", "Klagen", "Klage", agents=["drei Piloten"], patients=["Alpina Air"]),
        # relative clause; "Entlassung" = the job cuts (not a release from prison)
        ev("economy.layoffs", "Entlassung", "Entlassung", agents=["Alpina Air"]),
        # light verb "beantragt" realises the insolvency; filed at the court in München
        ev("economy.insolvency", "Insolvenz", "Insolvenz", agents=["Alpina Air"],
           loc=("München", "DE"), time=("Mai 2025", "2025-05", "month")),
        # second conjunct with its own vague time -> null
        ev("transport.disruption", "eingestellt", "einstellen", agents=["Alpina Air"]),
        # "Nach Auffassung der Richter" -> reported; the negation targets the notification;
        # the administrator acts for the company
        ev("economy.layoffs", "Massenentlassung", "Massenentlassung", agents=["Alpina Air"], mod=R),
        # a union is a political speaker; the ruling it talks about is a mention of its own
        ev("politics.statement", "sprach", "sprechen", agents=["Vereinigung Cockpit"]),
        ev("justice.verdict", "Urteil", "Urteil", agents=["Bundesarbeitsgericht"],
           patients=["Alpina Air"], loc=("Erfurt", "DE")),
        # "kündigte an" of a future step -> hypothetical; the object of the appeal is a
        # verdict mention (en_tune3)
        ev("justice.verdict", "Urteil", "Urteil", occ=1, agents=["Bundesarbeitsgericht"],
           patients=["Alpina Air"], loc=("Erfurt", "DE")),
        ev("justice.lawsuit", "Verfassungsbeschwerde", "Verfassungsbeschwerde",
           agents=["Markus Thalhammer"], mod=H),
        # sentence 7: generic pending cases, no event
    ]),
    # published Mon 2026-09-21
    art("de-t6-02", "2026-09-21", "SPD gewinnt Wahl in Mecklenburg-Vorpommern vor der AfD", [
        "Die SPD von Ministerpräsidentin Anja Sievert hat die Landtagswahl in Mecklenburg-Vorpommern am Sonntag knapp vor der AfD gewonnen.",
        "Nach dem vorläufigen Endergebnis kamen die Sozialdemokraten auf 29,4 Prozent, die AfD auf 27,8 Prozent und die CDU auf 16,1 Prozent.",
        "Sievert sprach am Abend in Schwerin von einem „klaren Auftrag“ und kündigte Sondierungsgespräche mit CDU und Linken an.",
        "AfD-Spitzenkandidat Torsten Lübbe warf Sievert vor, Steuergeld für Parteiwerbung der SPD eingesetzt zu haben, was die Staatskanzlei als „absurd“ zurückwies.",
        "CDU-Landeschef Henning Bahr kündigte noch am Sonntagabend seinen Rücktritt an.",
        "Der neue Landtag soll Sievert am 13. Oktober erneut zur Ministerpräsidentin wählen.",
        "In Rostock griffen Unbekannte am Sonntagabend einen Wahlhelfer an, der Stimmzettel ins Rathaus bringen wollte; der Staatsschutz ermittelt.",
    ], [
        # the parties (and the candidate) named as running: winner and runner-up
        ev("politics.election", "Landtagswahl", "Landtagswahl", agents=["SPD", "Anja Sievert", "AfD"],
           loc=("Mecklenburg-Vorpommern", "DE"), time=("Sonntag", "2026-09-20", "day")),
        # sentence 2: results, no event
        # "am Abend" is vague
        ev("politics.statement", "sprach", "sprechen", agents=["Anja Sievert"],
           loc=("Schwerin", "DE")),
        # announced coalition talks -> hypothetical; the place of "sprach" is not theirs
        ev("diplomacy.negotiation", "Sondierungsgespräche", "Sondierungsgespräch",
           agents=["Anja Sievert", "CDU", "Linken"], mod=H),
        ev("politics.accusation", "warf", "vorwerfen", agents=["Torsten Lübbe"],
           patients=["Anja Sievert"]),
        # relative "was" clause; the denied content holds no annotated event
        ev("politics.denial", "zurückwies", "zurückweisen", agents=["Staatskanzlei"]),
        # "kündigte ... seinen Rücktritt an" realises the resignation (its time)
        ev("politics.resignation", "Rücktritt", "Rücktritt", agents=["Henning Bahr"],
           time=("Sonntagabend", "2026-09-20", "day")),
        # election into office by a body = appointment; "soll" (plan) -> hypothetical
        ev("politics.appointment", "wählen", "wählen", agents=["Landtag"], patients=["Anja Sievert"],
           time=("13. Oktober", "2026-10-13", "day"), mod=H),
        # attackers unknown -> no agent
        ev("conflict.attack", "griffen", "angreifen", patients=["Wahlhelfer"], loc=("Rostock", "DE"),
           time=("Sonntagabend", "2026-09-20", "day")),
        # the fronted "In Rostock" governs the first clause only
        ev("politics.investigation", "ermittelt", "ermitteln", agents=["Staatsschutz"]),
    ]),
    # published Tue 2025-11-18
    art("de-t6-03", "2025-11-18", "Grubenunglück in Schlesien: Zwölf Bergleute tot", [
        "Bei einer Methangasexplosion in der Steinkohlegrube „Maria-Krystyna“ im südpolnischen Ruda Śląska sind in der Nacht zum Montag zwölf Bergleute ums Leben gekommen.",
        "Nach Angaben des staatlichen Betreibers Śląska Spółka Węglowa wurden 31 weitere Kumpel verletzt, vier gelten noch als vermisst.",
        "Das Grubenunglück ereignete sich rund 1.050 Meter unter Tage, wo eine Schicht mit 47 Bergleuten einen neuen Abbaustreb vorbereitete.",
        "Die Staatsanwaltschaft Gliwice leitete am Montag Ermittlungen gegen den Betriebsleiter der Grube, Tomasz Wilk, und zwei Sicherheitsingenieure ein; sie sollen Warnungen vor erhöhten Methanwerten ignoriert haben.",
        "Regierungschef Marek Zawada besuchte am Montag die Unglücksstelle und ordnete eine dreitägige Staatstrauer an.",
        "Der Betreiber berief am Dienstag seinen Vorstandschef Andrzej Malinowski ab.",
        "Die Bergarbeitergewerkschaft Górnik rief für Mittwoch zu einem 24-stündigen Streik in allen Gruben des Konzerns auf und warf dem Management vor, jahrelang bei der Sicherheit gespart zu haben.",
    ], [
        # casualties belong to the explosion
        ev("disaster.explosion", "Methangasexplosion", "Methangasexplosion",
           loc=("Ruda Śląska", "PL"), time=("Nacht zum Montag", "2025-11-17", "day")),
        # sentence 2: casualty report, no event
        # the mining accident re-described: disaster.other, the explosion's place
        ev("disaster.other", "Grubenunglück", "Grubenunglück", loc=("Ruda Śląska", "PL")),
        # "leitete ... ein" realises the investigation; apposition gives the name
        ev("politics.investigation", "Ermittlungen", "Ermittlung", agents=["Staatsanwaltschaft Gliwice"],
           patients=["Tomasz Wilk", "zwei Sicherheitsingenieure"],
           time=("Montag", "2025-11-17", "day")),
        # "die Unglücksstelle" = the mine in Ruda Śląska; national mourning is no event
        ev("diplomacy.visit", "besuchte", "besuchen", agents=["Marek Zawada"],
           loc=("Ruda Śląska", "PL"), time=("Montag", "2025-11-17", "day")),
        # "Der Betreiber" = Śląska Spółka Węglowa; same weekday as published_at
        ev("organization.leadership_change", "berief", "abberufen",
           agents=["Śląska Spółka Węglowa"], patients=["Andrzej Malinowski"],
           time=("Dienstag", "2025-11-18", "day")),
        # the organiser's own call -> asserted; "des Konzerns" = the operator
        ev("labor.strike", "Streik", "Streik", agents=["Górnik"], patients=["Śląska Spółka Węglowa"],
           time=("Mittwoch", "2025-11-19", "day")),
        ev("politics.accusation", "warf", "vorwerfen", agents=["Górnik"], patients=["Management"]),
    ]),
    # published Wed 2026-06-10
    art("de-t6-04", "2026-06-10", "Warnstreik legt Containerterminals in den Seehäfen lahm", [
        "Ein 36-stündiger Warnstreik der Hafenarbeiter hat am Dienstag den Containerumschlag in Hamburg, Bremerhaven und Wilhelmshaven weitgehend lahmgelegt.",
        "Zu dem Ausstand hatte die Gewerkschaft Verdi aufgerufen, nachdem die vierte Verhandlungsrunde mit dem Arbeitgeberverband Seehäfen Nord in der vergangenen Woche ohne Ergebnis geblieben war.",
        "Vor der Elbmündung und in der Deutschen Bucht stauten sich am Mittwochmorgen mehr als 40 Containerschiffe, die auf einen Liegeplatz warteten.",
        "Das Arbeitsgericht Hamburg hatte am Montag einen Eilantrag des Terminalbetreibers Hansaport gegen den Streik abgewiesen.",
        "Verdi fordert für die rund 12.000 Beschäftigten der Seehafenbetriebe eine Lohnerhöhung von 3,50 Euro pro Stunde, die Arbeitgeber bieten sechs Prozent mehr Lohn über zwei Jahre.",
        "Verdi-Verhandlungsführerin Maren Ohlsen warf den Arbeitgebern vor, die Beschäftigten mit einem „Almosen“ abspeisen zu wollen.",
        "Die fünfte Verhandlungsrunde ist für den 18. Juni in Bremen angesetzt.",
    ], [
        # "der Hafenarbeiter" -> the organising union (sentence 2); employer = the association;
        # three places -> the first
        ev("labor.strike", "Warnstreik", "Warnstreik", agents=["Verdi"],
           patients=["Arbeitgeberverband Seehäfen Nord"], loc=("Hamburg", "DE"),
           time=("Dienstag", "2026-06-09", "day")),
        ev("labor.strike", "Ausstand", "Ausstand", agents=["Verdi"],
           patients=["Arbeitgeberverband Seehäfen Nord"], loc=("Hamburg", "DE")),
        # nachdem clause with its own time: ISO week before published_at
        ev("diplomacy.negotiation", "Verhandlungsrunde", "Verhandlungsrunde",
           agents=["Verdi", "Arbeitgeberverband Seehäfen Nord"],
           time=("vergangenen Woche", "2026-W23", "week")),
        # a jam of ships; two places -> the first
        ev("transport.traffic_jam", "stauten", "stauen", loc=("Elbmündung", "DE"),
           time=("Mittwochmorgen", "2026-06-10", "day")),
        # the motion is directed against the union (respondent = patient of suit and ruling);
        # "am Montag" dates the ruling, not the motion
        ev("justice.lawsuit", "Eilantrag", "Eilantrag", agents=["Hansaport"], patients=["Verdi"],
           loc=("Hamburg", "DE")),
        ev("labor.strike", "Streik", "Streik", agents=["Verdi"],
           patients=["Arbeitgeberverband Seehäfen Nord"], loc=("Hamburg", "DE")),
        ev("justice.verdict", "abgewiesen", "abweisen", agents=["Arbeitsgericht Hamburg"],
           patients=["Verdi"], loc=("Hamburg", "DE"), time=("Montag", "2026-06-08", "day")),
        # a union's wage demand, no annotated event in it; the employers' offer is no event
        ev("politics.statement", "fordert", "fordern", agents=["Verdi"]),
        # "den Arbeitgebern" = the association
        ev("politics.accusation", "warf", "vorwerfen", agents=["Maren Ohlsen"],
           patients=["Arbeitgeberverband Seehäfen Nord"]),
        # scheduled, indicative -> asserted
        ev("diplomacy.negotiation", "Verhandlungsrunde", "Verhandlungsrunde", occ=1,
           agents=["Verdi", "Arbeitgeberverband Seehäfen Nord"], loc=("Bremen", "DE"),
           time=("18. Juni", "2026-06-18", "day")),
    ]),
    # published Fri 2026-06-19
    art("de-t6-05", "2026-06-19", "SNB kehrt zu Negativzinsen zurück", [
        "Die Schweizerische Nationalbank (SNB) hat ihren Leitzins am Donnerstag in Zürich um einen Viertelprozentpunkt auf minus 0,25 Prozent gesenkt.",
        "Die Notenbank begründete den Schritt mit dem starken Franken und einer Teuerung von zuletzt 0,1 Prozent.",
        "SNB-Präsident Reto Imhof schloss weitere Zinssenkungen nicht aus und bekräftigte die Bereitschaft, bei Bedarf am Devisenmarkt zu intervenieren.",
        "Der Franken steht unter Aufwertungsdruck, seit die US-Regierung im April Zölle von 31 Prozent auf Waren aus der Schweiz verhängt hat.",
        "Wirtschaftsministerin Corinne Favre begrüßte den Zinsentscheid, die Exportindustrie brauche dringend Entlastung.",
        "Zugleich teilte die SNB mit, der Bundesrat habe die frühere Finanzmarktaufseherin Lea Brunner zur neuen Vizepräsidentin des Direktoriums ernannt.",
        "Brunner tritt ihr Amt am 1. August an und folgt auf Thomas Lüthi, der im März überraschend zurückgetreten war.",
    ], [
        ev("economy.rate_decision", "gesenkt", "senken", agents=["Schweizerische Nationalbank"],
           loc=("Zürich", "CH"), time=("Donnerstag", "2026-06-18", "day")),
        # sentence 2: "den Schritt" is a generic anaphor, a central bank is no political speaker
        # "nicht ausschließen" -> hypothetical; currency interventions are no event
        ev("economy.rate_decision", "Zinssenkungen", "Zinssenkung",
           agents=["Schweizerische Nationalbank"], mod=H),
        # seit-clause with its own time; "verhängt" realises the tariffs
        ev("economy.trade", "Zölle", "Zoll", agents=["US-Regierung"], patients=["Schweiz"],
           time=("April", "2026-04", "month")),
        # evaluative verb stays a statement; the decision it welcomes is a mention of its own
        ev("politics.statement", "begrüßte", "begrüßen", agents=["Corinne Favre"]),
        ev("economy.rate_decision", "Zinsentscheid", "Zinsentscheid",
           agents=["Schweizerische Nationalbank"], loc=("Zürich", "CH")),
        # Konjunktiv I after "teilte ... mit" -> reported; a directorate seat is a public office
        ev("politics.appointment", "ernannt", "ernennen", agents=["Bundesrat"],
           patients=["Lea Brunner"], mod=R),
        # "ihr Amt antreten" names the appointment again; "folgt auf" is the same happening in
        # the same sentence -> first word only
        ev("politics.appointment", "tritt", "antreten", agents=["Bundesrat"],
           patients=["Lea Brunner"], time=("1. August", "2026-08-01", "day")),
        ev("politics.resignation", "zurückgetreten", "zurücktreten", agents=["Thomas Lüthi"],
           time=("März", "2026-03", "month")),
    ]),
    # published Thu 2027-01-21
    art("de-t6-06", "2027-01-21", "Kartellamt untersagt Fusion von Hollerbach und Stemmer", [
        "Das Bundeskartellamt hat am Mittwoch die geplante Fusion der Landtechnikhersteller Hollerbach und Stemmer untersagt.",
        "Gemeinsam hätten die beiden Familienunternehmen bei Kartoffelerntemaschinen in Deutschland einen Marktanteil von mehr als 70 Prozent erreicht, teilte die Behörde in Bonn mit.",
        "Die Wettbewerbshüter hatten die Fusionspläne im August 2026 einem vertieften Hauptprüfverfahren unterzogen.",
        "Hollerbach und Stemmer kündigten an, beim Oberlandesgericht Düsseldorf Beschwerde gegen die Entscheidung einzulegen.",
        "Stemmer-Chef Florian Aigner warf dem Kartellamt vor, die Konkurrenz durch Hersteller aus China und den USA auszublenden.",
        "Hollerbach aus Cloppenburg hatte erst im vergangenen Jahr den niederländischen Sätechnik-Spezialisten Vredeveld übernommen.",
        "Stemmer hatte bereits im Herbst angekündigt, in seinem Stammwerk in Landshut 400 Stellen zu streichen.",
    ], [
        # prohibited -> negated (> "geplante"); the prohibition itself is not annotated and
        # its day is not the merger's time
        ev("economy.merger", "Fusion", "Fusion", agents=["Hollerbach", "Stemmer"], mod=N),
        # sentence 2: a regulator's market figures, no event
        ev("economy.merger", "Fusionspläne", "Fusionsplan", agents=["Hollerbach", "Stemmer"], mod=H),
        # "Die Wettbewerbshüter" = Bundeskartellamt; the light verb's time
        ev("politics.investigation", "Hauptprüfverfahren", "Hauptprüfverfahren",
           agents=["Bundeskartellamt"], patients=["Hollerbach", "Stemmer"],
           time=("August 2026", "2026-08", "month")),
        # "die Entscheidung" is a generic anaphor; announced -> hypothetical
        ev("justice.lawsuit", "Beschwerde", "Beschwerde", agents=["Hollerbach", "Stemmer"],
           patients=["Bundeskartellamt"], loc=("Düsseldorf", "DE"), mod=H),
        ev("politics.accusation", "warf", "vorwerfen", agents=["Florian Aigner"],
           patients=["Bundeskartellamt"]),
        ev("economy.acquisition", "übernommen", "übernehmen", agents=["Hollerbach"],
           patients=["Vredeveld"], time=("vergangenen Jahr", "2026", "year")),
        # announced future cut -> hypothetical; "im Herbst" governs "angekündigt" (and is a
        # season)
        ev("economy.layoffs", "streichen", "streichen", agents=["Stemmer"], loc=("Landshut", "DE"),
           mod=H),
    ]),
    # published Wed 2027-03-17
    art("de-t6-07", "2027-03-17", "Anschlagspläne: Berlin weist iranische Diplomaten aus", [
        "Die Bundesregierung hat nach der Festnahme eines mutmaßlichen iranischen Agenten vier Diplomaten der iranischen Botschaft in Berlin ausgewiesen.",
        "Spezialkräfte der Bundespolizei hatten den 41-jährigen Ali R. am Freitag in Hamburg festgenommen.",
        "Die Bundesanwaltschaft wirft dem Deutsch-Iraner vor, im Auftrag der iranischen Revolutionsgarden Anschläge auf jüdische Einrichtungen in Hamburg und Berlin vorbereitet zu haben.",
        "Bei der Durchsuchung seiner Wohnung stellten die Ermittler Grundrisse mehrerer Synagogen und eine Pistole sicher.",
        "Außenministerin Clara Dürrbeck warf Teheran am Dienstag „Staatsterrorismus auf deutschem Boden“ vor und bestellte den iranischen Botschafter ein.",
        "Teheran wies die Vorwürfe als „politisch motivierte Erfindung“ zurück und drohte mit der Ausweisung deutscher Diplomaten.",
        "Erst im Februar hatte das Oberlandesgericht Düsseldorf einen 52-jährigen Iraner wegen der Ausspähung jüdischer Einrichtungen zu vier Jahren Haft verurteilt.",
    ], [
        # the expulsion is not annotated; the arrest takes agent, patient and place of
        # sentence 2 (en_tune4)
        ev("justice.arrest", "Festnahme", "Festnahme", agents=["Bundespolizei"], patients=["Ali R."],
           loc=("Hamburg", "DE")),
        ev("justice.arrest", "festgenommen", "festnehmen", agents=["Bundespolizei"],
           patients=["Ali R."], loc=("Hamburg", "DE"), time=("Freitag", "2027-03-12", "day")),
        ev("politics.accusation", "wirft", "vorwerfen", agents=["Bundesanwaltschaft"],
           patients=["Ali R."]),
        # prepared, not carried out -> hypothetical (> reported); "im Auftrag" names no agent;
        # two places -> the first
        ev("conflict.attack", "Anschläge", "Anschlag", agents=["Ali R."],
           patients=["jüdische Einrichtungen"], loc=("Hamburg", "DE"), mod=H),
        # "die Ermittler" = Bundesanwaltschaft; the person whose flat is searched is the
        # patient; place not stated; the seizure is no event
        ev("politics.investigation", "Durchsuchung", "Durchsuchung", agents=["Bundesanwaltschaft"],
           patients=["Ali R."]),
        # the summons in the second conjunct is not annotated
        ev("politics.accusation", "warf", "vorwerfen", agents=["Clara Dürrbeck"],
           patients=["Teheran"], time=("Dienstag", "2027-03-16", "day")),
        # capital for the government; the threat of expelling diplomats is no event
        ev("politics.denial", "wies", "zurückweisen", agents=["Teheran"]),
        ev("politics.accusation", "Vorwürfe", "Vorwurf", agents=["Clara Dürrbeck"],
           patients=["Teheran"]),
        # "Ausspähung" (spying) is outside the taxonomy
        ev("justice.verdict", "verurteilt", "verurteilen", agents=["Oberlandesgericht Düsseldorf"],
           patients=["52-jährigen Iraner"], loc=("Düsseldorf", "DE"),
           time=("Februar", "2027-02", "month")),
    ]),
    # published Tue 2025-12-09
    art("de-t6-08", "2025-12-09", "Hackerangriff legt Kreisklinikum Lindenfels lahm", [
        "Bei einem Cyberangriff auf das Kreisklinikum Lindenfels im Odenwald haben Hacker am Wochenende große Teile der IT-Systeme verschlüsselt.",
        "Die Notaufnahme ist seit Sonntag von der Rettungsleitstelle abgemeldet, geplante Operationen wurden verschoben und Patienten in Kliniken in Darmstadt und Heidelberg verlegt.",
        "Nach Angaben des Landeskriminalamts bekannte sich eine Hackergruppe namens „NoxLock“ zu der Attacke und verlangt ein Lösegeld in Millionenhöhe.",
        "Die Generalstaatsanwaltschaft Frankfurt ermittelt gegen die Gruppe, der sie bereits einen Angriff auf die Stadtwerke Gießen im Juli zuschreibt.",
        "Hessens Gesundheitsministerin Petra Hollmann besuchte am Montag das Klinikum und sagte dem Haus Unterstützung bei der Wiederherstellung der Systeme zu.",
        "Der Hessische Datenschutzbeauftragte leitete zudem ein Prüfverfahren gegen das Klinikum ein, weil Patientendaten im Darknet aufgetaucht sein sollen.",
        "Klinikgeschäftsführer Bernd Kaltwasser räumte ein, das Haus habe wichtige Sicherheitsupdates nicht rechtzeitig eingespielt.",
    ], [
        # "Hacker" unnamed -> no agent; "verschlüsselt" is the same happening; the place inside
        # the hospital's name does not count, the region does; past weekend -> ISO week
        ev("conflict.attack", "Cyberangriff", "Cyberangriff", patients=["Kreisklinikum Lindenfels"],
           loc=("Odenwald", "DE"), time=("Wochenende", "2025-W49", "week")),
        # sentence 2: consequences (deregistered emergency room, postponed operations), no event
        # the claim attributes the attack; "Nach Angaben" -> reported; ransom is no event
        ev("conflict.attack", "Attacke", "Attacke", agents=["NoxLock"],
           patients=["Kreisklinikum Lindenfels"], loc=("Odenwald", "DE"), mod=R),
        ev("politics.investigation", "ermittelt", "ermitteln",
           agents=["Generalstaatsanwaltschaft Frankfurt"], patients=["NoxLock"]),
        # attribution "zuschreibt" -> reported; "Gießen" only inside the victim's name
        ev("conflict.attack", "Angriff", "Angriff", agents=["NoxLock"], patients=["Stadtwerke Gießen"],
           time=("Juli", "2025-07", "month"), mod=R),
        ev("diplomacy.visit", "besuchte", "besuchen", agents=["Petra Hollmann"],
           loc=("Odenwald", "DE"), time=("Montag", "2025-12-08", "day")),
        # the pledge is a statement; "am Montag" sits in the first conjunct only
        ev("politics.statement", "sagte", "zusagen", agents=["Petra Hollmann"],
           loc=("Odenwald", "DE")),
        ev("politics.investigation", "Prüfverfahren", "Prüfverfahren",
           agents=["Hessische Datenschutzbeauftragte"], patients=["Kreisklinikum Lindenfels"]),
        # sentence 7: a hospital manager's admission, no event
    ]),
    # published Mon 2026-07-27
    art("de-t6-09", "2026-07-27", "Waldbrände in Südbrandenburg: 1.800 Menschen evakuiert", [
        "Mehrere Waldbrände im Landkreis Elbe-Elster im Süden Brandenburgs haben am Wochenende die Evakuierung von rund 1.800 Menschen aus vier Dörfern erzwungen.",
        "Rund 600 Einsatzkräfte und mehrere Löschhubschrauber der Bundeswehr waren am Sonntag im Einsatz.",
        "Die Bundesstraße 101 zwischen Herzberg und Elsterwerda ist seit Samstag gesperrt, der Zugverkehr zwischen Falkenberg und Cottbus wurde eingestellt.",
        "Die Polizei nahm am Sonntagabend einen 34-jährigen Mann fest, der mehrere der Feuer gelegt haben soll; am Montag erließ ein Richter Haftbefehl.",
        "Ministerpräsident Jörg Reinholz will am Montag die Einsatzleitung in Herzberg besuchen.",
        "Der Landesbetrieb Forst warnte vor weiteren Bränden, für die kommenden Tage werden Temperaturen von bis zu 38 Grad erwartet.",
        "Umweltverbände werfen der Landesregierung seit Jahren vor, den Umbau der Kiefernwälder zu Mischwäldern zu verschleppen.",
    ], [
        # the evacuation is not annotated; past weekend -> ISO week
        ev("disaster.fire", "Waldbrände", "Waldbrand", loc=("Elbe-Elster", "DE"),
           time=("Wochenende", "2026-W30", "week")),
        # sentence 2: firefighting, no event
        # stative closure, no agent; "seit Samstag" -> Saturday (like "bis X")
        ev("transport.obstruction", "gesperrt", "sperren", loc=("Bundesstraße 101", "DE"),
           time=("Samstag", "2026-07-25", "day")),
        # agentless passive; two places -> the first
        ev("transport.disruption", "eingestellt", "einstellen", loc=("Falkenberg", "DE")),
        # the arrest's place is not stated
        ev("justice.arrest", "nahm", "festnehmen", agents=["Polizei"], patients=["34-jährigen Mann"],
           time=("Sonntagabend", "2026-07-26", "day")),
        # arson attributed in the relative clause; hearsay "soll ... haben" -> reported
        ev("disaster.fire", "Feuer", "Feuer", agents=["34-jährigen Mann"], loc=("Elbe-Elster", "DE"),
           mod=R),
        # the warrant: a second happening; unnamed judge -> no agent; same weekday as
        # published_at
        ev("justice.arrest", "Haftbefehl", "Haftbefehl", patients=["34-jährigen Mann"],
           time=("Montag", "2026-07-27", "day")),
        ev("diplomacy.visit", "besuchen", "besuchen", agents=["Jörg Reinholz"], loc=("Herzberg", "DE"),
           time=("Montag", "2026-07-27", "day"), mod=H),
        # "warnte vor" -> hypothetical; a forestry agency is no political speaker;
        # forecast temperatures are no heatwave mention
        ev("disaster.fire", "Bränden", "Brand", mod=H),
        # "seit Jahren" is a duration; "verschleppen" = delay (no kidnapping), "Umbau" no event
        ev("politics.accusation", "werfen", "vorwerfen", agents=["Umweltverbände"],
           patients=["Landesregierung"]),
    ]),
    # published Fri 2027-05-14
    art("de-t6-10", "2027-05-14", "Listerien: Käserei Bergweide ruft Weichkäse zurück", [
        "Die Allgäuer Käserei Bergweide ruft bundesweit mehrere Sorten Weichkäse zurück, nachdem in Proben Listerien nachgewiesen wurden.",
        "Nach Angaben des Robert Koch-Instituts steht ein Listerien-Ausbruch mit bislang 14 Erkrankten in fünf Bundesländern im Zusammenhang mit den Produkten.",
        "Eine 81-jährige Frau aus Augsburg ist nach einer Infektion gestorben.",
        "Die Staatsanwaltschaft Kempten hat Ermittlungen gegen zwei Geschäftsführer der Käserei wegen fahrlässiger Tötung eingeleitet; am Mittwoch durchsuchten Ermittler den Betrieb in Wertach.",
        "Die Verbraucherzentrale Bayern kündigte eine Sammelklage gegen das Unternehmen an.",
        "Bayerns Verbraucherschutzministerin Gisela Unterhuber warf der Käserei vor, die Behörden erst Tage nach den ersten positiven Proben informiert zu haben.",
        "Bergweide-Chef Anton Rietzler wies den Vorwurf zurück; die Produktion in Wertach bleibe bis zu einer vollständigen Reinigung gestoppt.",
    ], [
        # sentence 1: a recall is no taxonomy event
        # "Nach Angaben" -> reported; no place name
        ev("health.outbreak", "Listerien-Ausbruch", "Listerien-Ausbruch", mod=R),
        # a described individual's death; "aus Augsburg" is her origin, not the place
        ev("life.death", "gestorben", "sterben", patients=["81-jährige Frau"]),
        ev("politics.investigation", "Ermittlungen", "Ermittlung", agents=["Staatsanwaltschaft Kempten"],
           patients=["zwei Geschäftsführer"]),
        # "Ermittler" = the prosecutors' investigators; the company whose plant is searched
        ev("politics.investigation", "durchsuchten", "durchsuchen",
           agents=["Staatsanwaltschaft Kempten"], patients=["Bergweide"], loc=("Wertach", "DE"),
           time=("Mittwoch", "2027-05-12", "day")),
        # announced future suit -> hypothetical
        ev("justice.lawsuit", "Sammelklage", "Sammelklage", agents=["Verbraucherzentrale Bayern"],
           patients=["Bergweide"], mod=H),
        ev("politics.accusation", "warf", "vorwerfen", agents=["Gisela Unterhuber"],
           patients=["Bergweide"]),
        # denial + accusation; the halted production is no event
        ev("politics.denial", "wies", "zurückweisen", agents=["Anton Rietzler"]),
        ev("politics.accusation", "Vorwurf", "Vorwurf", agents=["Gisela Unterhuber"],
           patients=["Bergweide"]),
    ]),
    # published Wed 2027-09-08
    art("de-t6-11", "2027-09-08", "Sachsens Regierungschef entlässt Innenministerin Kühnel", [
        "Sachsens Ministerpräsident Matthias Gerber hat Innenministerin Sandra Kühnel am Dienstag entlassen.",
        "Der CDU-Politiker zog damit die Konsequenz aus Medienberichten, wonach Kühnel einem befreundeten Bauunternehmer vertrauliche Unterlagen des Landeskriminalamts überlassen haben soll.",
        "Die Staatsanwaltschaft Dresden ermittelt gegen Kühnel und den Unternehmer Ralf Schindler wegen Verletzung des Dienstgeheimnisses; am Montag hatten Ermittler ihr Wohnhaus in Radebeul durchsucht.",
        "Kühnel bestreitet die Vorwürfe und sprach von einer „politischen Hinrichtung“.",
        "Zum Nachfolger ernannte Gerber den Leipziger Polizeipräsidenten Uwe Brenner, der am Donnerstag im Landtag vereidigt werden soll.",
        "Die Grünen-Fraktion kündigte einen Misstrauensantrag gegen Gerber an, über den der Landtag in der kommenden Woche abstimmen könnte.",
        "Kühnel war erst im Februar 2026 ins Amt gekommen, nachdem ihr Vorgänger Jörg Matthes wegen einer Datenaffäre bei der Polizei zurückgetreten war.",
    ], [
        # dismissal from a public office = appointment ("entlassen" is no layoffs here)
        ev("politics.appointment", "entlassen", "entlassen", agents=["Matthias Gerber"],
           patients=["Sandra Kühnel"], time=("Dienstag", "2027-09-07", "day")),
        # sentence 2: media reports are no publication event; passing on documents is no type
        ev("politics.investigation", "ermittelt", "ermitteln", agents=["Staatsanwaltschaft Dresden"],
           patients=["Sandra Kühnel", "Ralf Schindler"]),
        # "Ermittler" = the prosecutors'; "ihr Wohnhaus" -> the person searched
        ev("politics.investigation", "durchsucht", "durchsuchen", agents=["Staatsanwaltschaft Dresden"],
           patients=["Sandra Kühnel"], loc=("Radebeul", "DE"), time=("Montag", "2027-09-06", "day")),
        ev("politics.denial", "bestreitet", "bestreiten", agents=["Sandra Kühnel"]),
        # the source of the allegations (media reports) is not named -> no agent
        ev("politics.accusation", "Vorwürfe", "Vorwurf", patients=["Sandra Kühnel"]),
        # "politische Hinrichtung" is a metaphor
        ev("politics.statement", "sprach", "sprechen", agents=["Sandra Kühnel"]),
        # fronted PP, subject after the verb
        ev("politics.appointment", "ernannte", "ernennen", agents=["Matthias Gerber"],
           patients=["Uwe Brenner"]),
        # swearing-in = a second appointment mention; agentless passive; "soll" -> hypothetical
        ev("politics.appointment", "vereidigt", "vereidigen", patients=["Uwe Brenner"],
           loc=("Landtag", "DE"), time=("Donnerstag", "2027-09-09", "day"), mod=H),
        # the motion is not annotated, the vote is; relative clause with its own time
        ev("politics.vote", "abstimmen", "abstimmen", agents=["Landtag"], patients=["Matthias Gerber"],
           time=("kommenden Woche", "2027-W37", "week"), mod=H),
        # "ins Amt gekommen" is no trigger; the main clause's time does not reach the
        # nachdem clause
        ev("politics.resignation", "zurückgetreten", "zurücktreten", agents=["Jörg Matthes"]),
    ]),
    # published Tue 2025-09-16
    art("de-t6-12", "2025-09-16", "Tote bei Grenzgefechten zwischen Kirgisistan und Tadschikistan", [
        "Tadschikische Truppen haben nach Angaben der kirgisischen Regierung am Sonntag mehrere Grenzposten in der Region Batken mit Mörsern und Drohnen angegriffen.",
        "Bei den schwersten Gefechten zwischen Kirgisistan und Tadschikistan seit drei Jahren wurden nach offiziellen Angaben mindestens sieben Menschen getötet.",
        "Die Regierung in Duschanbe bestritt jede Verantwortung und warf Bischkek ihrerseits vor, zuerst ein tadschikisches Dorf bei Isfara beschossen zu haben.",
        "Nach Angaben unabhängiger Beobachter zogen beide Seiten am Montag schwere Artillerie an der Grenze zusammen.",
        "Der kirgisische Präsident Asylbek Dschumabajew drohte Duschanbe mit „Konsequenzen“, sollte es erneut zu Angriffen auf kirgisisches Gebiet kommen.",
        "Unter Vermittlung Russlands vereinbarten die Grenzschutzchefs beider Länder am Montagabend in Batken eine Waffenruhe.",
        "Bei ähnlichen Kämpfen waren im September 2022 mehr als 100 Menschen getötet worden.",
    ], [
        ev("conflict.attack", "angegriffen", "angreifen", agents=["Tadschikische Truppen"],
           patients=["Grenzposten"], loc=("Batken", "KG"), time=("Sonntag", "2025-09-14", "day"),
           mod=R),
        # both parties named -> both agents; the border region spans two countries; "seit drei
        # Jahren" bounds the superlative; casualties belong to the fighting; "nach Angaben" ->
        # reported
        ev("conflict.attack", "Gefechten", "Gefecht", agents=["Kirgisistan", "Tadschikistan"],
           mod=R),
        # the denied "Verantwortung" is no accusation noun
        ev("politics.denial", "bestritt", "bestreiten", agents=["Regierung in Duschanbe"]),
        ev("politics.accusation", "warf", "vorwerfen", agents=["Regierung in Duschanbe"],
           patients=["Bischkek"]),
        # counter-claim inside the accusation -> reported, roles reversed
        ev("conflict.attack", "beschossen", "beschießen", agents=["Bischkek"],
           patients=["tadschikisches Dorf"], loc=("Isfara", "TJ"), mod=R),
        # troop/artillery build-up; "beide Seiten" = the two states
        ev("conflict.escalation", "zogen", "zusammenziehen", agents=["Kirgisistan", "Tadschikistan"],
           time=("Montag", "2025-09-15", "day"), mod=R),
        # military threat by a head of state; "Konsequenzen" is no attack
        ev("conflict.threat", "drohte", "drohen", agents=["Asylbek Dschumabajew"],
           patients=["Duschanbe"]),
        # conditional -> hypothetical; attacker not named
        ev("conflict.attack", "Angriffen", "Angriff", patients=["kirgisisches Gebiet"], mod=H),
        # mediation: mediator and both parties; the PP shares the clause's time and place
        ev("diplomacy.negotiation", "Vermittlung", "Vermittlung",
           agents=["Russland", "Kirgisistan", "Tadschikistan"], loc=("Batken", "KG"),
           time=("Montagabend", "2025-09-15", "day")),
        # "vereinbarten" realises the ceasefire; no separate agreement mention
        ev("conflict.ceasefire", "Waffenruhe", "Waffenruhe", agents=["Kirgisistan", "Tadschikistan"],
           loc=("Batken", "KG"), time=("Montagabend", "2025-09-15", "day")),
        # the 2022 clashes: parties not named in the sentence, the border spans two countries
        ev("conflict.attack", "Kämpfen", "Kampf", time=("September 2022", "2022-09", "month")),
    ]),
]

# --------------------------------------------------------------------------
# builder / validator
# --------------------------------------------------------------------------


if __name__ == "__main__":
    sys.exit(main(sets=(("de", DE),), tag="t6", countries=COUNTRIES, doc=__doc__))
