#!/usr/bin/env python3
"""Build the third hand-annotated event TUNING set: de_tune3.jsonl (German only).

12 invented German wire-style articles, written and annotated by hand on
2026-12-04, before any extraction code ran on them.  Nothing in this file
calls newsflow, spaCy or any other extraction component, and no system output
was looked at while writing it.  The specs name each trigger by its surface
string plus an occurrence index (0 = first whole-word occurrence in the
article text); this script only turns them into character offsets and
validates them (standard library only).  Layout, validation and offset
computation are those of build_tune2.py.

Usage:
    python tests/data/events/new/build_tune3.py           # validate + write de_tune3.jsonl
    python tests/data/events/new/build_tune3.py --check   # validate only, write nothing
                                                          # (exit 1 if the file on disk is stale)
    python tests/data/events/new/build_tune3.py -v        # also print per-type counts

Conventions: ../README.md (guidelines) and ./README.md (added types, decisions,
"Second tuning set" and "Third tuning set" sections).  Only the 48 original
types plus life.death, economy.rate_decision and economy.product_launch are
used, but validation accepts every type in event_types.json.

The set concentrates on German constructions where *who did what* is hard:
fronted objects and adverbials, perfect tense with the subject after the
auxiliary, modal verbs, Konjunktiv I reported speech, relative clauses,
appositions, laut / nach Angaben sources, compounds and genitives as
participants, pronouns and role nouns referring back, passives with and
without "von", "es kam zu", and events in nachdem/weil clauses.
"""
from __future__ import annotations

import sys

# the machinery (spec helpers, validation, offsets, --check) is build_tune2's; run as a script,
# this file's folder is on sys.path
from build_tune2 import A, H, N, R, art, ev, main  # noqa: F401 (A/N/R used by specs)

COUNTRIES = {
    "CD": "DR Congo", "DE": "Germany", "ID": "Indonesia", "IT": "Italy",
    "VN": "Vietnam",
}

DE = [
    # published Wed 2026-01-14
    art("de-t3-01", "2026-01-14", "Rheinwerk Energie kauft Netzbetreiber Alvenstedt", [
        "Die Übernahme des Stromnetzbetreibers Alvenstedt durch den Essener Versorger Rheinwerk Energie ist besiegelt.",
        "Den Kaufvertrag unterzeichneten am Dienstag in Essen Rheinwerk-Chefin Katrin Olschewski und Vertreter des kanadischen Pensionsfonds Maple Ridge, der Alvenstedt 2017 übernommen hatte.",
        "Alvenstedt betreibt rund 9.000 Kilometer Stromleitungen in Sachsen-Anhalt und beschäftigt etwa 1.400 Menschen.",
        "Das Bundeskartellamt hatte den Zukauf bereits im Dezember freigegeben.",
        "Der Konzern will nach Angaben von Olschewski bis 2030 rund 800 Millionen Euro in das Netz investieren.",
        "Zugleich sollen in den Verwaltungen beider Unternehmen rund 250 Stellen wegfallen; betriebsbedingte Kündigungen schloss die Managerin aus.",
    ], [
        # "die Übernahme X durch Y": genitive = what is bought, "durch" = buyer
        ev("economy.acquisition", "Übernahme", "Übernahme", agents=["Rheinwerk Energie"],
           patients=["Alvenstedt"]),
        # fronted object; "Kaufvertrag" names the transaction itself (like "deal"/
        # "Geschäft") and comes before the signing verb, so it is the trigger; the
        # signing realises the purchase -> its time and place; the seller (Maple
        # Ridge) has no role in the buyer/bought scheme
        ev("economy.acquisition", "Kaufvertrag", "Kaufvertrag", agents=["Rheinwerk Energie"],
           patients=["Alvenstedt"], loc=("Essen", "DE"),
           time=("Dienstag", "2026-01-13", "day")),
        # relative clause: "der" = Maple Ridge (singular, the plural "Vertreter" would be "die")
        ev("economy.acquisition", "übernommen", "übernehmen", agents=["Maple Ridge"],
           patients=["Alvenstedt"], time=("2017", "2017", "year")),
        # regulator approval is not annotated and does not realise the purchase
        ev("economy.acquisition", "Zukauf", "Zukauf", agents=["Rheinwerk Energie"],
           patients=["Alvenstedt"]),
        # "der Konzern" = Rheinwerk Energie; "das Netz" is Alvenstedt's grid in
        # Sachsen-Anhalt (unambiguous from context); "bis 2030" -> 2030; will > nach Angaben
        ev("economy.investment", "investieren", "investieren", agents=["Rheinwerk Energie"],
           loc=("Sachsen-Anhalt", "DE"), time=("2030", "2030", "year"), mod=H),
        # after the takeover both administrations belong to the buyer
        ev("economy.layoffs", "wegfallen", "wegfallen", agents=["Rheinwerk Energie"], mod=H),
        # "schloss ... aus" = rule out -> negated; "die Managerin" = Olschewski
        ev("economy.layoffs", "Kündigungen", "Kündigung", agents=["Rheinwerk Energie"], mod=N),
    ]),
    # published Mon 2026-03-02
    art("de-t3-02", "2026-03-02", "Lokführer-Streik legt Güterverkehr im Süden lahm", [
        "Der Streik der Lokführer bei der Güterbahn Transalpin Cargo hat am Montag den Schienengüterverkehr in Süddeutschland weitgehend lahmgelegt.",
        "Zu dem Ausstand hatte die Gewerkschaft Deutscher Lokomotivführer (GDL) aufgerufen, nachdem die dritte Verhandlungsrunde am Freitag ohne Ergebnis geendet hatte.",
        "Nach Angaben des Unternehmens fielen wegen des GDL-Streiks bis zum Abend rund 70 Prozent der geplanten Güterzüge aus.",
        "Auf der A8 zwischen München und Salzburg kam es nach Angaben der Polizei zu kilometerlangen Staus, weil Speditionen kurzfristig auf Lastwagen umstiegen.",
        "Transalpin Cargo hat beim Arbeitsgericht Frankfurt eine einstweilige Verfügung gegen den Streik beantragt.",
        "Die Verhandlung ist für Mittwoch angesetzt.",
        "Die GDL will den Ausstand nach eigenen Angaben bis Donnerstagmorgen fortsetzen.",
    ], [
        # genitive "der Lokführer" names the strikers; the organising union (named in
        # the next sentence) is the agent of every strike mention; "bei" = employer
        ev("labor.strike", "Streik", "Streik", agents=["GDL"], patients=["Transalpin Cargo"],
           loc=("Süddeutschland", "DE"), time=("Montag", "2026-03-02", "day")),
        ev("transport.disruption", "lahmgelegt", "lahmlegen", loc=("Süddeutschland", "DE"),
           time=("Montag", "2026-03-02", "day")),
        # fronted PP, subject after the auxiliary; the organiser's own call -> asserted
        ev("labor.strike", "Ausstand", "Ausstand", agents=["GDL"], patients=["Transalpin Cargo"],
           loc=("Süddeutschland", "DE")),
        # event in a nachdem clause; "am Freitag" is inside that clause and governs it
        ev("diplomacy.negotiation", "Verhandlungsrunde", "Verhandlungsrunde",
           agents=["GDL", "Transalpin Cargo"], time=("Freitag", "2026-02-27", "day")),
        # compound prefix gives the actor ("GDL" from "GDL-Streiks")
        ev("labor.strike", "GDL-Streiks", "GDL-Streik", agents=["GDL"],
           patients=["Transalpin Cargo"], loc=("Süddeutschland", "DE"), mod=R),
        # service disruptions carry no agent (as in tune2)
        ev("transport.disruption", "fielen", "ausfallen", loc=("Süddeutschland", "DE"), mod=R),
        # "es kam zu" + noun; the weil clause holds no event
        ev("transport.traffic_jam", "Staus", "Stau", loc=("A8", "DE"), mod=R),
        ev("justice.lawsuit", "Verfügung", "Verfügung", agents=["Transalpin Cargo"],
           patients=["GDL"], loc=("Frankfurt", "DE")),
        ev("labor.strike", "Streik", "Streik", occ=1, agents=["GDL"],
           patients=["Transalpin Cargo"], loc=("Süddeutschland", "DE")),
        # "Verhandlung" here is the court hearing, not a negotiation; scheduled -> asserted
        ev("justice.trial", "Verhandlung", "Verhandlung", agents=["Arbeitsgericht Frankfurt"],
           patients=["GDL"], loc=("Frankfurt", "DE"), time=("Mittwoch", "2026-03-04", "day")),
        # "bis X" -> the value of X; will (intention) > nach eigenen Angaben
        ev("labor.strike", "Ausstand", "Ausstand", occ=1, agents=["GDL"],
           patients=["Transalpin Cargo"], loc=("Süddeutschland", "DE"),
           time=("Donnerstagmorgen", "2026-03-05", "day"), mod=H),
    ]),
    # published Thu 2026-05-21
    art("de-t3-03", "2026-05-21", "Kabinett bringt Pflegereform auf den Weg", [
        "Am Mittwoch hat die Bundesregierung den Entwurf für eine Reform der Pflegeversicherung beschlossen.",
        "Demnach sollen die Beiträge zum 1. Januar um 0,3 Prozentpunkte steigen.",
        "Gesundheitsministerin Petra Lindqvist sprach in Berlin von einem „notwendigen Kraftakt“.",
        "Die Ministerin, die den Entwurf gemeinsam mit dem Finanzressort erarbeitet hatte, will das Gesetz noch vor der Sommerpause vom Bundestag verabschieden lassen.",
        "Der Bundesregierung warfen die Grünen vor, die Kosten einseitig auf die Beitragszahler abzuwälzen.",
        "Der Sozialverband VdK kritisierte die Pläne als unsozial.",
        "Der Bundesrat soll sich im Juli mit dem Entwurf befassen; zustimmungspflichtig ist das Gesetz nach Einschätzung des Ministeriums nicht.",
    ], [
        # fronted adverbial, subject after the auxiliary, participle at the end;
        # "Entwurf" is a document noun and the specific verb is the trigger
        ev("politics.legislation", "beschlossen", "beschließen", agents=["Bundesregierung"],
           time=("Mittwoch", "2026-05-20", "day")),
        # "sollen ... steigen" (contribution rise) is no event
        ev("politics.statement", "sprach", "sprechen", agents=["Petra Lindqvist"],
           loc=("Berlin", "DE")),
        # relative clause ("erarbeitet") holds no event; the passing body is in the
        # "vom" phrase under "lassen"; a parliament is a place like "European Parliament";
        # "vor der Sommerpause" is vague -> no time
        ev("politics.legislation", "verabschieden", "verabschieden", agents=["Bundestag"],
           loc=("Bundestag", "DE"), mod=H),
        # fronted dative object = the accused
        ev("politics.accusation", "warfen", "vorwerfen", agents=["Grünen"],
           patients=["Bundesregierung"]),
        # social association = NGO -> political speaker
        ev("politics.statement", "kritisierte", "kritisieren", agents=["VdK"]),
        # Bundesrat deliberation counts as legislation; "soll" (schedule/plan) -> hypothetical
        ev("politics.legislation", "befassen", "befassen", agents=["Bundesrat"],
           time=("Juli", "2026-07", "month"), mod=H),
    ]),
    # published Fri 2025-11-28
    art("de-t3-04", "2025-11-28", "Wendt unterzeichnet Rohstoffabkommen in Hanoi", [
        "Zum Auftakt ihrer dreitägigen Asienreise ist Bundeswirtschaftsministerin Carola Wendt am Donnerstag in Hanoi eingetroffen.",
        "Dort unterzeichneten sie und ihr vietnamesischer Amtskollege Nguyen Van Long ein Abkommen über die Zusammenarbeit beim Abbau seltener Erden.",
        "Das Abkommen solle deutschen Unternehmen den Zugang zu wichtigen Rohstoffen sichern und die Abhängigkeit von China verringern, sagte Wendt.",
        "Vietnam verfügt nach Schätzungen über die zweitgrößten Vorkommen seltener Erden weltweit.",
        "Am Freitag soll Wendt in Jakarta mit dem indonesischen Handelsminister Agus Santoso zusammentreffen.",
        "Die Linke kritisierte die Reise als „Symbolpolitik ohne Substanz“.",
    ], [
        # arrival day = time of the trip (tune2 decision); one place named -> Hanoi
        ev("diplomacy.visit", "Asienreise", "Asienreise", agents=["Carola Wendt"],
           loc=("Hanoi", "VN"), time=("Donnerstag", "2025-11-27", "day")),
        # "sie" = Wendt; document noun "Abkommen" yields to the specific verb
        ev("diplomacy.agreement", "unterzeichneten", "unterzeichnen",
           agents=["Carola Wendt", "Nguyen Van Long"], loc=("Hanoi", "VN")),
        # the agreement is only talked about in the Konjunktiv clause -> not annotated;
        # the minister's "sagte" is a statement (place from "Dort" in the previous sentence)
        ev("politics.statement", "sagte", "sagen", agents=["Carola Wendt"], loc=("Hanoi", "VN")),
        ev("diplomacy.meeting", "zusammentreffen", "zusammentreffen",
           agents=["Carola Wendt", "Agus Santoso"], loc=("Jakarta", "ID"),
           time=("Freitag", "2025-11-28", "day"), mod=H),
        ev("politics.statement", "kritisierte", "kritisieren", agents=["Linke"]),
        # the trip spans several countries -> no location
        ev("diplomacy.visit", "Reise", "Reise", agents=["Carola Wendt"]),
    ]),
    # published Tue 2026-06-09
    art("de-t3-05", "2026-06-09", "Prozess gegen früheren Paylinq-Chef begonnen", [
        "Vor dem Landgericht München I hat am Montag der Prozess gegen den früheren Chef des Zahlungsdienstleisters Paylinq, Jonas Berger, begonnen.",
        "Die Staatsanwaltschaft wirft dem 46-Jährigen vor, Anleger um mehr als 180 Millionen Euro betrogen zu haben.",
        "Berger, der seit Oktober in Untersuchungshaft sitzt, ließ über seine Anwälte alle Vorwürfe zurückweisen.",
        "Er habe von den manipulierten Bilanzen nichts gewusst, erklärte einer seiner Verteidiger.",
        "Paylinq war im Juli 2024 zusammengebrochen, nachdem Wirtschaftsprüfer Lücken von rund 200 Millionen Euro in der Bilanz entdeckt hatten.",
        "Das Gericht hat bis Ende Juli 20 Verhandlungstage angesetzt; mit einem Urteil wird im Herbst gerechnet.",
    ], [
        # apposition "den früheren Chef ..., Jonas Berger," -> the name is the patient
        ev("justice.trial", "Prozess", "Prozess", agents=["Landgericht München I"],
           patients=["Jonas Berger"], loc=("München", "DE"), time=("Montag", "2026-06-08", "day")),
        # "dem 46-Jährigen" = Berger; fraud itself is outside the taxonomy
        ev("politics.accusation", "wirft", "vorwerfen", agents=["Staatsanwaltschaft"],
           patients=["Jonas Berger"]),
        # relative clause: custody since October -> "seit X" gives X (past -> 2025-10)
        ev("justice.arrest", "Untersuchungshaft", "Untersuchungshaft", patients=["Jonas Berger"],
           time=("Oktober", "2025-10", "month")),
        ev("politics.accusation", "Vorwürfe", "Vorwurf", agents=["Staatsanwaltschaft"],
           patients=["Jonas Berger"]),
        # causative "ließ ... zurückweisen": the main verb is the trigger
        ev("politics.denial", "zurückweisen", "zurückweisen", agents=["Jonas Berger"]),
        # the defence lawyer's Konjunktiv sentence holds no event; collapse of a
        # company = insolvency; the nachdem clause holds no event
        ev("economy.insolvency", "zusammengebrochen", "zusammenbrechen", agents=["Paylinq"],
           time=("Juli 2024", "2024-07", "month")),
        # "Das Gericht" = Landgericht München I; "bis Ende Juli" -> the month
        ev("justice.trial", "Verhandlungstage", "Verhandlungstag",
           agents=["Landgericht München I"], patients=["Jonas Berger"], loc=("München", "DE"),
           time=("Ende Juli", "2026-07", "month")),
        # "rechnen mit" -> hypothetical; seasons are no time expressions
        ev("justice.verdict", "Urteil", "Urteil", agents=["Landgericht München I"],
           patients=["Jonas Berger"], loc=("München", "DE"), mod=H),
    ]),
    # published Sun 2026-01-18
    art("de-t3-06", "2026-01-18", "Ost-Kongo: Kämpfe trotz Waffenruhe", [
        "Im Osten der Demokratischen Republik Kongo ist eine erst vor zwei Wochen vereinbarte Waffenruhe nach Angaben der Vereinten Nationen gebrochen worden.",
        "Kämpfer der Miliz M23 griffen am Samstag Stellungen der kongolesischen Armee nahe der Stadt Sake an.",
        "Laut Armee wurden bei den Gefechten mindestens zwölf Soldaten getötet.",
        "Die M23 wies die Darstellung zurück: Die Armee habe zuerst angegriffen.",
        "In der Provinzhauptstadt Goma kam es am Sonntag zu Protesten gegen die UN-Mission.",
        "Katar will in der kommenden Woche erneut zwischen der Regierung in Kinshasa und der M23 vermitteln.",
    ], [
        # broken ceasefire; parties = government and M23 (named later); "vor zwei
        # Wochen" belongs to the attributive participle "vereinbarte" -> no time
        ev("conflict.ceasefire", "Waffenruhe", "Waffenruhe",
           agents=["Regierung in Kinshasa", "M23"], loc=("Demokratischen Republik Kongo", "CD"),
           mod=R),
        # participants in genitives: "Kämpfer der Miliz M23", "Stellungen der ... Armee"
        ev("conflict.attack", "griffen", "angreifen", agents=["M23"],
           patients=["kongolesischen Armee"], loc=("Sake", "CD"),
           time=("Samstag", "2026-01-17", "day")),
        # casualties belong to the fighting; "Laut Armee" -> reported
        ev("conflict.attack", "Gefechten", "Gefecht", agents=["M23"],
           patients=["kongolesischen Armee"], loc=("Sake", "CD"), mod=R),
        # the denied "Darstellung" is no accusation noun; the counter-claim in
        # Konjunktiv I is a reported attack with the roles reversed
        ev("politics.denial", "wies", "zurückweisen", agents=["M23"]),
        ev("conflict.attack", "angegriffen", "angreifen", agents=["kongolesischen Armee"],
           patients=["M23"], loc=("Sake", "CD"), mod=R),
        # "es kam zu"; protesters unnamed
        ev("politics.protest", "Protesten", "Protest", loc=("Goma", "CD"),
           time=("Sonntag", "2026-01-18", "day")),
        # mediation: mediator and both parties are agents; "kommenden Woche" -> ISO week
        ev("diplomacy.negotiation", "vermitteln", "vermitteln",
           agents=["Katar", "Regierung in Kinshasa", "M23"],
           time=("kommenden Woche", "2026-W04", "week"), mod=H),
    ]),
    # published Wed 2026-07-15
    art("de-t3-07", "2026-07-15", "Mure verschüttet Straße im Passeiertal", [
        "Nach tagelangem Starkregen ist in der Nacht zum Dienstag im Südtiroler Passeiertal eine Mure abgegangen.",
        "Die Geröllmassen verschütteten die Landesstraße zwischen Meran und St. Leonhard auf einer Länge von rund 200 Metern.",
        "Verletzt wurde nach Angaben der Feuerwehr niemand.",
        "Die Straße bleibt nach Angaben der Landesverwaltung mindestens bis Freitag gesperrt.",
        "Rund 3.000 Bewohner des hinteren Tals sind damit von der Außenwelt abgeschnitten.",
        "Im benachbarten Vinschgau war bereits vor einer Woche eine Brücke eingestürzt, nachdem Hochwasser die Pfeiler unterspült hatte.",
        "Der Zivilschutz warnte vor weiteren Murenabgängen, falls der Regen nicht nachlässt.",
    ], [
        # rain is ordinary weather (not annotated); a debris flow = disaster.other
        ev("disaster.other", "Mure", "Mure", loc=("Passeiertal", "IT"),
           time=("Nacht zum Dienstag", "2026-07-14", "day")),
        # the blocking obstacle is the agent; two places listed -> the first
        ev("transport.obstruction", "verschütteten", "verschütten", agents=["Geröllmassen"],
           loc=("Meran", "IT")),
        # "niemand" sentence: injuries are no event
        # "bis Freitag" -> Freitag (future); "nach Angaben" -> reported
        ev("transport.obstruction", "gesperrt", "sperren", loc=("Meran", "IT"),
           time=("Freitag", "2026-07-17", "day"), mod=R),
        ev("transport.obstruction", "abgeschnitten", "abschneiden", loc=("Passeiertal", "IT")),
        # structural collapse = disaster.other; "vor einer Woche" -> ISO week of pub-7
        ev("disaster.other", "eingestürzt", "einstürzen", loc=("Vinschgau", "IT"),
           time=("vor einer Woche", "2026-W28", "week")),
        # event in the nachdem clause: the main clause's time does not carry over
        ev("disaster.flood", "Hochwasser", "Hochwasser", loc=("Vinschgau", "IT")),
        # "warnte vor" -> hypothetical; the negation targets the rain, not the event
        ev("disaster.other", "Murenabgängen", "Murenabgang", mod=H),
    ]),
    # published Thu 2026-10-08
    art("de-t3-08", "2026-10-08", "Küchenhersteller Sandhof ist insolvent", [
        "Der ostwestfälische Küchenhersteller Sandhof hat beim Amtsgericht Bielefeld Insolvenz in Eigenverwaltung beantragt.",
        "Das teilte das Unternehmen am Mittwoch in Herford mit.",
        "Bereits im Frühjahr hatte es angekündigt, rund 200 Stellen in der Verwaltung streichen zu wollen.",
        "Der Geschäftsbetrieb laufe vorerst uneingeschränkt weiter, Löhne und Gehälter seien über das Insolvenzgeld bis Ende Dezember gesichert, sagte Firmenchef Henrik Stolle.",
        "Zugleich werde der Konzern das Werk in Löhne mit 380 Beschäftigten Ende des Jahres schließen, sagte Stolle.",
        "Die IG Metall, die seit Wochen mit der Geschäftsführung über einen Sozialtarifvertrag verhandelt, kritisierte die Pläne scharf.",
    ], [
        # light verb "beantragt" -> the noun; filed at the court in Bielefeld;
        # "am Mittwoch" in the next sentence governs the announcement only
        ev("economy.insolvency", "Insolvenz", "Insolvenz", agents=["Sandhof"],
           loc=("Bielefeld", "DE")),
        # "es" = das Unternehmen = Sandhof; announced future cut -> hypothetical;
        # seasons are no time expressions
        ev("economy.layoffs", "streichen", "streichen", agents=["Sandhof"], mod=H),
        # Konjunktiv I + "sagte" -> reported; "Löhne" is the town (the earlier "Löhne"
        # means wages); "Ende des Jahres" -> 2026
        ev("economy.facility", "schließen", "schließen", agents=["Sandhof"],
           loc=("Löhne", "DE"), time=("Ende des Jahres", "2026", "year"), mod=R),
        # relative clause; "seit Wochen" vague; "die Geschäftsführung" = Sandhof
        ev("diplomacy.negotiation", "verhandelt", "verhandeln", agents=["IG Metall", "Sandhof"]),
        # union = political speaker
        ev("politics.statement", "kritisierte", "kritisieren", agents=["IG Metall"]),
    ]),
    # published Sat 2026-04-18
    art("de-t3-09", "2026-04-18", "Regionalzug stößt bei Lüneburg mit Lastwagen zusammen", [
        "An einem Bahnübergang bei Lüneburg ist am Freitagmorgen ein Regionalzug der Heidebahn Nord mit einem Lastwagen zusammengestoßen.",
        "Nach Angaben der Polizei wurden 14 Fahrgäste verletzt, zwei von ihnen schwer.",
        "Den 52 Jahre alten Lkw-Fahrer, der die geschlossenen Schranken umfahren haben soll, nahmen die Beamten noch an der Unfallstelle vorläufig fest.",
        "Die Staatsanwaltschaft Lüneburg ermittelt gegen ihn wegen gefährlichen Eingriffs in den Bahnverkehr.",
        "Die Strecke zwischen Lüneburg und Uelzen blieb bis zum Abend gesperrt.",
        "Im Fernverkehr zwischen Hamburg und Hannover kam es zu Verspätungen von bis zu 90 Minuten.",
        "Erst im Februar war an demselben Übergang ein Auto von einem Güterzug gerammt worden.",
    ], [
        # symmetric "mit X zusammenstoßen": both vehicles are agents; the train takes
        # its operator's name (tune2 decision)
        ev("transport.accident", "zusammengestoßen", "zusammenstoßen",
           agents=["Heidebahn Nord", "Lastwagen"], loc=("Lüneburg", "DE"),
           time=("Freitagmorgen", "2026-04-17", "day")),
        # fronted object = the arrested; "die Beamten" = die Polizei (previous sentence)
        ev("justice.arrest", "nahmen", "festnehmen", agents=["Polizei"],
           patients=["Lkw-Fahrer"], loc=("Lüneburg", "DE")),
        # "ihn" -> the role noun; place only in the organisation name -> no location
        ev("politics.investigation", "ermittelt", "ermitteln",
           agents=["Staatsanwaltschaft Lüneburg"], patients=["Lkw-Fahrer"]),
        # "bis zum Abend" is vague -> no time
        ev("transport.obstruction", "gesperrt", "sperren", loc=("Lüneburg", "DE")),
        ev("transport.disruption", "Verspätungen", "Verspätung", loc=("Hamburg", "DE")),
        # passive with "von": the train is the agent, the car the patient
        ev("transport.accident", "gerammt", "rammen", agents=["Güterzug"], patients=["Auto"],
           loc=("Lüneburg", "DE"), time=("Februar", "2026-02", "month")),
    ]),
    # published Mon 2026-09-21
    art("de-t3-10", "2026-09-21", "Elbkai-Chefin Voß hört auf – Petersen wird Wirtschaftssenator", [
        "Elbkai-Chefin Sabine Voß legt ihr Amt zum Jahresende nieder.",
        "Den Vorstandsvorsitz des Hamburger Hafenlogistikers soll Finanzvorstand Tobias Krämer übernehmen, wie der Aufsichtsrat am Sonntag mitteilte.",
        "Voß hatte den Konzern seit 2019 geführt und ihn durch die Übernahme des Rotterdamer Terminalbetreibers Maasport zum zweitgrößten Hafenlogistiker Europas gemacht.",
        "Die Entscheidung sei aus persönlichen Gründen gefallen, sagte sie.",
        "Unterdessen hat Hamburgs Erste Bürgermeisterin Lena Hansen am Freitag den bisherigen Staatsrat Jan Petersen zum neuen Wirtschaftssenator ernannt.",
        "Petersen folgt auf Melanie Kuhl, die im August zurückgetreten war, weil gegen sie wegen des Verdachts der Vetternwirtschaft ermittelt wird.",
    ], [
        # CEO stepping down = leadership change; agent = the organisation (compound
        # prefix of the apposition "Elbkai-Chefin"); scheduled indicative -> asserted
        ev("organization.leadership_change", "legt", "niederlegen", agents=["Elbkai"],
           patients=["Sabine Voß"], time=("Jahresende", "2026", "year")),
        # fronted object; "übernehmen" of a post is no acquisition; "soll" -> hypothetical;
        # "am Sonntag" governs "mitteilte"
        ev("organization.leadership_change", "übernehmen", "übernehmen", agents=["Elbkai"],
           patients=["Tobias Krämer"], mod=H),
        # "den Konzern" / "ihn" = Elbkai; "Rotterdamer" is an adjective, no place text
        ev("economy.acquisition", "Übernahme", "Übernahme", agents=["Elbkai"],
           patients=["Maasport"]),
        # "Die Entscheidung" is a generic anaphor; a CEO is no political speaker
        # subject after the auxiliary with an apposition
        ev("politics.appointment", "ernannt", "ernennen", agents=["Lena Hansen"],
           patients=["Jan Petersen"], loc=("Hamburg", "DE"),
           time=("Freitag", "2026-09-18", "day")),
        # succession verb names the appointment again (cf. "folgt" in de.jsonl)
        ev("politics.appointment", "folgt", "folgen", agents=["Lena Hansen"],
           patients=["Jan Petersen"], loc=("Hamburg", "DE")),
        # relative clause with its own time
        ev("politics.resignation", "zurückgetreten", "zurücktreten", agents=["Melanie Kuhl"],
           time=("August", "2026-08", "month")),
        # weil clause, impersonal passive without agent; "sie" = Kuhl
        ev("politics.investigation", "ermittelt", "ermitteln", patients=["Melanie Kuhl"]),
    ]),
    # published Wed 2026-11-11
    art("de-t3-11", "2026-11-11", "EU verhängt Strafzölle auf chinesische Stahlrohre", [
        "Die EU-Kommission hat am Dienstag vorläufige Antidumpingzölle auf Stahlrohre aus China verhängt.",
        "Laut Amtsblatt liegen die Sätze je nach Hersteller zwischen 18 und 47 Prozent.",
        "Brüssel wirft Peking vor, den europäischen Markt mit künstlich verbilligten Rohren zu überschwemmen.",
        "Das chinesische Handelsministerium kündigte Vergeltungszölle an, sollte die EU die Zölle dauerhaft erheben.",
        "Der CDU-Europaabgeordnete Markus Feld begrüßte den Schritt.",
        "Über endgültige Zölle müssen die Mitgliedstaaten bis Mai abstimmen.",
    ], [
        # light verb "verhängt" realises the tariffs -> its time
        ev("economy.trade", "Antidumpingzölle", "Antidumpingzoll", agents=["EU-Kommission"],
           patients=["China"], time=("Dienstag", "2026-11-10", "day")),
        # "Laut Amtsblatt" sentence: rates only, no event
        # capitals stand for governments, annotated as written
        ev("politics.accusation", "wirft", "vorwerfen", agents=["Brüssel"], patients=["Peking"]),
        # announced future measure + condition -> hypothetical; the ministry speaks
        # for the Chinese state; the retaliation targets the EU as a bloc
        ev("economy.trade", "Vergeltungszölle", "Vergeltungszoll", agents=["China"],
           patients=["EU"], mod=H),
        # conditional "sollte" -> hypothetical; light verb "erheben"
        ev("economy.trade", "Zölle", "Zoll", agents=["EU-Kommission"], patients=["China"], mod=H),
        # "den Schritt" is a generic anaphor; evaluative verb stays a statement
        ev("politics.statement", "begrüßte", "begrüßen", agents=["Markus Feld"]),
        # fronted PP; "müssen" (must still) -> hypothetical; "bis Mai" governs the vote
        ev("economy.trade", "Zölle", "Zoll", occ=1, agents=["EU-Kommission"], patients=["China"],
           mod=H),
        ev("politics.vote", "abstimmen", "abstimmen", agents=["Mitgliedstaaten"],
           time=("Mai", "2027-05", "month"), mod=H),
    ]),
    # published Fri 2026-10-30
    art("de-t3-12", "2026-10-30", "EZB lässt Leitzins unverändert", [
        "Bei ihrer Zinsentscheidung am Donnerstag in Frankfurt hat die Europäische Zentralbank den Leitzins zum dritten Mal in Folge unverändert gelassen.",
        "Der Einlagensatz bleibt damit bei 2,0 Prozent.",
        "EZB-Präsidentin Christine Lagarde sagte am Donnerstag, die Inflation im Euroraum liege nahe am Ziel von zwei Prozent.",
        "Eine Zinssenkung im Dezember schloss sie nicht aus.",
        "Am Mittwoch hatte die Bundesbank ihren Finanzstabilitätsbericht vorgestellt, in dem sie vor Risiken durch hohe Staatsschulden warnt.",
        "Die Gewerkschaft Verdi forderte die Notenbank auf, die Zinsen rasch zu senken, um die Konjunktur zu stützen.",
        "An der Frankfurter Börse gab der Dax nach der Entscheidung leicht nach.",
    ], [
        # fronted PP with the event noun; subject after the auxiliary
        ev("economy.rate_decision", "Zinsentscheidung", "Zinsentscheidung",
           agents=["Europäische Zentralbank"], loc=("Frankfurt", "DE"),
           time=("Donnerstag", "2026-10-29", "day")),
        # central banks are no political speakers -> "sagte" is no statement
        # "nicht ausschließen" -> hypothetical; "sie" = Lagarde / the ECB
        ev("economy.rate_decision", "Zinssenkung", "Zinssenkung",
           agents=["Europäische Zentralbank"], time=("Dezember", "2026-12", "month"), mod=H),
        # "stellte ... vor" = presentation of a report; the specific verb is the trigger;
        # "warnt" in the relative clause is what the report says (not annotated)
        ev("publication.report", "vorgestellt", "vorstellen", agents=["Bundesbank"],
           time=("Mittwoch", "2026-10-28", "day")),
        # demanded by a third party -> hypothetical; "forderte ... auf" introduces an
        # annotated event -> no statement; "die Notenbank" = the ECB
        ev("economy.rate_decision", "senken", "senken", agents=["Europäische Zentralbank"],
           mod=H),
        # "nach der Entscheidung" is a generic anaphor -> not annotated
    ]),
]

# --------------------------------------------------------------------------
# builder / validator
# --------------------------------------------------------------------------


if __name__ == "__main__":
    sys.exit(main(sets=(("de", DE),), tag="t3", countries=COUNTRIES, doc=__doc__))
