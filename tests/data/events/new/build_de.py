#!/usr/bin/env python3
"""Build the hand-annotated German event set in new/: de_tune.jsonl (odd ids) and
de_heldout.jsonl (even ids).

Every article was written and annotated by hand; nothing here calls extraction code.
The helpers (ev, art, build, dump) and the validation come from ../build_gold.py.

Usage:
    python tests/data/events/new/build_de.py          # validate + write
    python tests/data/events/new/build_de.py --check  # validate, compare with disk
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from build_gold import ev, art, build, dump, A, N, H, R, COUNTRIES, GoldError  # noqa: E402

HERE = Path(__file__).resolve().parent

COUNTRIES.update({"SD": "Sudan", "SA": "Saudi Arabia", "RS": "Serbia"})

# Convention decisions specific to this set (see report):
# * "Wochenende" (a specific past/next weekend) -> ISO week of that weekend, granularity week.
# * a relative clause whose verb realises the head noun's event ("der Prozess, der Anfang
#   Oktober begonnen hatte", "das Treffen, das am Montag stattgefunden hat") gives that
#   noun the clause's time.
# * life.death: the one who dies is the patient; casualties of an accident/attack/disaster
#   named in the same sentence are not annotated.

DE = [
    art("de-e-101", "2025-03-07", "EZB senkt Leitzins erneut", [
        "Die Europäische Zentralbank hat am Donnerstag in Frankfurt den Leitzins erneut um 0,25 Prozentpunkte gesenkt.",
        "Notenbankchefin Christine Lagarde begründete den Schritt auf einer Pressekonferenz mit der nachlassenden Inflation.",
        "Die nächste Zinsentscheidung steht Mitte April an.",
        "Die Bundesregierung will unterdessen die Steuern für Unternehmen senken.",
        "Finanzminister Jörg Kukies begrüßte die Zinssenkung der Notenbank.",
    ], [
        ev("economy.rate_decision", "gesenkt", "senken", agents=["Europäische Zentralbank"],
           loc=("Frankfurt", "DE"), time=("Donnerstag", "2025-03-06", "day")),
        ev("diplomacy.press_conference", "Pressekonferenz", "Pressekonferenz",
           agents=["Christine Lagarde"], loc=("Frankfurt", "DE")),
        # scheduled, plain indicative -> asserted
        ev("economy.rate_decision", "Zinsentscheidung", "Zinsentscheidung",
           agents=["Europäische Zentralbank"], time=("Mitte April", "2025-04", "month")),
        # "die Steuern ... senken": no rate decision
        ev("politics.statement", "begrüßte", "begrüßen", agents=["Jörg Kukies"]),
        ev("economy.rate_decision", "Zinssenkung", "Zinssenkung",
           agents=["Europäische Zentralbank"], loc=("Frankfurt", "DE")),
    ]),
    art("de-e-102", "2025-01-20", "Schauspieler Heinrich Falkenberg gestorben", [
        "Der Schauspieler Heinrich Falkenberg ist im Alter von 87 Jahren gestorben.",
        "Er starb am Samstag in seiner Wohnung in Hamburg, wie seine Familie am Montag mitteilte.",
        "Kulturstaatsministerin Claudia Roth würdigte Falkenberg als einen der prägendsten Darsteller seiner Generation.",
        "Bekannt wurde er in den 70er Jahren durch die Fernsehserie „Hafenlichter“.",
        "Erst im vergangenen Herbst hatte Falkenberg seine Autobiografie „Zwischen den Szenen“ vorgelegt.",
        "Die Trauerfeier soll Anfang Februar im Hamburger Michel stattfinden.",
    ], [
        ev("life.death", "gestorben", "sterben", patients=["Heinrich Falkenberg"],
           loc=("Hamburg", "DE")),
        ev("life.death", "starb", "sterben", patients=["Heinrich Falkenberg"],
           loc=("Hamburg", "DE"), time=("Samstag", "2025-01-18", "day"), mod=R),
        ev("politics.statement", "würdigte", "würdigen", agents=["Claudia Roth"],
           patients=["Falkenberg"]),
        # light verb "vorgelegt" -> the document noun; "Herbst" is a season -> no time
        ev("publication.book", "Autobiografie", "Autobiografie", agents=["Falkenberg"]),
    ]),
    art("de-e-104", "2025-02-24", "Union gewinnt Bundestagswahl", [
        "Bei der Bundestagswahl am Sonntag ist die Union mit Kanzlerkandidat Friedrich Merz stärkste Kraft geworden.",
        "CDU und CSU kamen auf 28,5 Prozent, die AfD erreichte 20,8 Prozent.",
        "Merz kündigte am Abend in Berlin an, rasch Koalitionsgespräche mit der SPD aufnehmen zu wollen.",
        "Bundeskanzler Olaf Scholz sprach von einem bitteren Ergebnis für die Sozialdemokraten.",
        "Die Wahlbeteiligung lag bei rund 83 Prozent.",
    ], [
        ev("politics.election", "Bundestagswahl", "Bundestagswahl",
           agents=["Union", "Friedrich Merz"], time=("Sonntag", "2025-02-23", "day")),
        # "am Abend" is vague; the talks are intended
        ev("diplomacy.negotiation", "Koalitionsgespräche", "Koalitionsgespräch",
           agents=["Union", "SPD"], loc=("Berlin", "DE"), mod=H),
        ev("politics.statement", "sprach", "sprechen", agents=["Olaf Scholz"]),
    ]),
    art("de-e-103", "2025-03-13", "Verdi ruft zu Warnstreik an Flughäfen auf", [
        "Die Gewerkschaft Verdi hat für Montag zu einem ganztägigen Warnstreik an den Flughäfen Hamburg und Hannover aufgerufen.",
        "Nach Angaben des Hamburger Flughafens fallen dadurch alle rund 280 Abflüge aus.",
        "Die Tarifverhandlungen zwischen Verdi, dem Bund und den Kommunen waren vergangene Woche in Potsdam ohne Ergebnis vertagt worden.",
        "Die dritte Verhandlungsrunde ist für Mitte März angesetzt.",
        "Der Ausstand beginnt in der Nacht zum Montag um Mitternacht.",
    ], [
        # organiser's own call -> asserted
        ev("labor.strike", "Warnstreik", "Warnstreik", agents=["Verdi"], loc=("Hamburg", "DE"),
           time=("Montag", "2025-03-17", "day")),
        ev("transport.disruption", "fallen", "ausfallen", loc=("Hamburg", "DE"), mod=R),
        ev("diplomacy.negotiation", "Tarifverhandlungen", "Tarifverhandlung",
           agents=["Verdi", "Bund", "Kommunen"], loc=("Potsdam", "DE"),
           time=("vergangene Woche", "2025-W10", "week")),
        ev("diplomacy.negotiation", "Verhandlungsrunde", "Verhandlungsrunde",
           agents=["Verdi", "Bund", "Kommunen"], time=("Mitte März", "2025-03", "month")),
        ev("labor.strike", "Ausstand", "Ausstand", agents=["Verdi"], loc=("Hamburg", "DE"),
           time=("Nacht zum Montag", "2025-03-17", "day")),
    ]),
    art("de-e-106", "2025-04-10", "Schweres Erdbeben im Südwesten der Türkei", [
        "Ein schweres Erdbeben der Stärke 6,8 hat in der Nacht zum Donnerstag den Südwesten der Türkei erschüttert.",
        "Das Zentrum des Bebens lag nach Angaben der Katastrophenschutzbehörde Afad nahe der Stadt Denizli.",
        "Mindestens zwölf Menschen kamen ums Leben, zahlreiche Gebäude stürzten ein.",
        "Ein starkes Nachbeben in der Nacht versetzte die Menschen erneut in Angst.",
        "Präsident Recep Tayyip Erdoğan kündigte an, am Freitag in die Region zu reisen.",
        "Bundesaußenministerin Annalena Baerbock sicherte der Türkei Hilfe zu.",
    ], [
        ev("disaster.earthquake", "Erdbeben", "Erdbeben", loc=("Türkei", "TR"),
           time=("Nacht zum Donnerstag", "2025-04-10", "day")),
        ev("disaster.earthquake", "Bebens", "Beben", loc=("Denizli", "TR"), mod=R),
        # "in der Nacht" is vague -> null
        ev("disaster.earthquake", "Nachbeben", "Nachbeben", loc=("Denizli", "TR")),
        ev("diplomacy.visit", "reisen", "reisen", agents=["Recep Tayyip Erdoğan"],
           loc=("Denizli", "TR"), time=("Freitag", "2025-04-11", "day"), mod=H),
        ev("politics.statement", "sicherte", "zusichern", agents=["Annalena Baerbock"],
           patients=["Türkei"]),
    ]),
    art("de-e-105", "2025-05-08", "Henkel kauft US-Klebstoffspezialisten", [
        "Der Düsseldorfer Konsumgüterkonzern Henkel übernimmt den US-Klebstoffspezialisten Bondtec für rund 1,4 Milliarden Euro.",
        "Das teilte Henkel am Mittwoch mit.",
        "Die Übernahme soll bis Ende 2025 abgeschlossen werden, die Kartellbehörden müssen noch zustimmen.",
        "Zugleich kündigte Henkel einen Stellenabbau mit 600 Arbeitsplätzen in Deutschland an.",
        "Der Betriebsrat kritisierte die Pläne scharf.",
        "Im Herbst will Henkel zudem einen Plan zur Neuordnung seiner Sparten vorstellen.",
    ], [
        ev("economy.acquisition", "übernimmt", "übernehmen", agents=["Henkel"],
           patients=["Bondtec"]),
        ev("economy.acquisition", "Übernahme", "Übernahme", agents=["Henkel"],
           patients=["Bondtec"], time=("Ende 2025", "2025", "year"), mod=H),
        ev("economy.layoffs", "Stellenabbau", "Stellenabbau", agents=["Henkel"],
           loc=("Deutschland", "DE"), mod=H),
        ev("politics.statement", "kritisierte", "kritisieren", agents=["Betriebsrat"]),
        # "einen Plan ... vorstellen": no product launch
    ]),
    art("de-e-107", "2025-06-02", "Unwetter richtet schwere Schäden in Baden-Württemberg an", [
        "Ein heftiges Unwetter hat am Wochenende in Teilen Baden-Württembergs schwere Schäden angerichtet.",
        "In Stuttgart stürzten zahlreiche Bäume um, mehrere Straßen wurden nach Angaben der Polizei gesperrt.",
        "Auf der Bahnstrecke zwischen Stuttgart und Ulm fielen am Sonntag zahlreiche Züge aus.",
        "Auf der A8 bei Ulm prallte ein Auto gegen einen umgestürzten Baum, der Fahrer wurde leicht verletzt.",
        "Der Deutsche Wetterdienst erwartet für Dienstag wieder ruhigeres Wetter.",
    ], [
        ev("disaster.storm", "Unwetter", "Unwetter", loc=("Baden-Württemberg", "DE"),
           time=("Wochenende", "2025-W22", "week")),
        ev("transport.obstruction", "gesperrt", "sperren", loc=("Stuttgart", "DE"), mod=R),
        ev("transport.disruption", "fielen", "ausfallen", loc=("Stuttgart", "DE"),
           time=("Sonntag", "2025-06-01", "day")),
        ev("transport.accident", "prallte", "prallen", agents=["Auto"], patients=["Baum"],
           loc=("Ulm", "DE")),
    ]),
    art("de-e-108", "2025-06-27", "BGH kippt Negativzinsen auf Sparkonten", [
        "Der Bundesgerichtshof hat am Donnerstag ein Grundsatzurteil zu Negativzinsen auf Sparkonten gefällt.",
        "Karlsruhe verurteilte die Sparkasse Rhein-Nahe zur Rückzahlung der Verwahrentgelte an ihre Kunden.",
        "Geklagt hatte der Verbraucherzentrale Bundesverband.",
        "Die Verbraucherschützer sprachen von einem wichtigen Signal für Millionen Sparer.",
        "Die Sparkasse Rhein-Nahe kündigte an, das Urteil genau zu prüfen.",
    ], [
        ev("justice.verdict", "Grundsatzurteil", "Grundsatzurteil", agents=["Bundesgerichtshof"],
           patients=["Sparkasse Rhein-Nahe"], loc=("Karlsruhe", "DE"),
           time=("Donnerstag", "2025-06-26", "day")),
        ev("justice.verdict", "verurteilte", "verurteilen", agents=["Karlsruhe"],
           patients=["Sparkasse Rhein-Nahe"], loc=("Karlsruhe", "DE")),
        ev("justice.lawsuit", "Geklagt", "klagen", agents=["Verbraucherzentrale Bundesverband"],
           patients=["Sparkasse Rhein-Nahe"]),
        ev("politics.statement", "sprachen", "sprechen",
           agents=["Verbraucherzentrale Bundesverband"]),
        ev("justice.verdict", "Urteil", "Urteil", agents=["Bundesgerichtshof"],
           patients=["Sparkasse Rhein-Nahe"], loc=("Karlsruhe", "DE")),
    ]),
    art("de-e-109", "2025-07-15", "Weimarer Dreieck berät über Ukraine-Hilfe", [
        "Die Außenminister des Weimarer Dreiecks, Johann Wadephul, Jean-Noël Barrot und Radosław Sikorski, haben sich am Montag in Weimar getroffen.",
        "Bei dem Treffen ging es vor allem um die weitere Unterstützung der Ukraine.",
        "Es müsse mehr Druck auf Moskau ausgeübt werden, sagte Wadephul nach dem Treffen.",
        "Eine Entscheidung über weitere Sanktionen gegen Russland sei aber noch nicht getroffen worden, sagte Sikorski.",
        "Barrot kündigte ein weiteres Treffen in Paris für den Herbst an.",
    ], [
        ev("diplomacy.meeting", "getroffen", "treffen",
           agents=["Johann Wadephul", "Jean-Noël Barrot", "Radosław Sikorski"],
           loc=("Weimar", "DE"), time=("Montag", "2025-07-14", "day")),
        ev("diplomacy.meeting", "Treffen", "Treffen",
           agents=["Johann Wadephul", "Jean-Noël Barrot", "Radosław Sikorski"],
           loc=("Weimar", "DE")),
        # Moskau is no agent of the statement
        ev("politics.statement", "sagte", "sagen", agents=["Wadephul"], loc=("Weimar", "DE")),
        ev("diplomacy.meeting", "Treffen", "Treffen", occ=1,
           agents=["Johann Wadephul", "Jean-Noël Barrot", "Radosław Sikorski"],
           loc=("Weimar", "DE")),
        # "eine Entscheidung ... getroffen": no meeting; sanctions not yet decided -> possible
        ev("economy.sanctions", "Sanktionen", "Sanktion", patients=["Russland"], mod=H),
        ev("politics.statement", "sagte", "sagen", occ=1, agents=["Sikorski"],
           loc=("Weimar", "DE")),
        # "Herbst" is a season -> no time
        ev("diplomacy.meeting", "Treffen", "Treffen", occ=2,
           agents=["Johann Wadephul", "Jean-Noël Barrot", "Radosław Sikorski"],
           loc=("Paris", "FR"), mod=H),
    ]),
    art("de-e-110", "2025-08-22", "Busunglück auf der A9 bei Leipzig", [
        "Bei einem schweren Busunglück auf der A9 bei Leipzig sind am Donnerstagmorgen mehr als 20 Menschen verletzt worden.",
        "Der Fernbus war nach Angaben der Polizei von der Fahrbahn abgekommen und auf die Seite gekippt.",
        "Bei dem Unfall starben zudem eine 67-jährige Frau und ein 19-jähriger Mann.",
        "Die Autobahn war in Richtung Berlin bis zum Abend voll gesperrt, es bildete sich ein Stau von 15 Kilometern.",
        "Die Staatsanwaltschaft Leipzig ermittelt gegen den 48-jährigen Fahrer wegen fahrlässiger Tötung.",
        "Die Polizei will am Freitag auf einer Pressekonferenz in Leipzig weitere Einzelheiten nennen.",
    ], [
        ev("transport.accident", "Busunglück", "Busunglück", loc=("Leipzig", "DE"),
           time=("Donnerstagmorgen", "2025-08-21", "day")),
        ev("transport.accident", "abgekommen", "abkommen", agents=["Fernbus"],
           loc=("Leipzig", "DE"), mod=R),
        # deaths of the accident named in the same sentence -> only the accident
        ev("transport.accident", "Unfall", "Unfall", agents=["Fernbus"], loc=("Leipzig", "DE")),
        ev("transport.obstruction", "gesperrt", "sperren", loc=("Leipzig", "DE")),
        ev("transport.traffic_jam", "Stau", "Stau", loc=("Leipzig", "DE")),
        ev("politics.investigation", "ermittelt", "ermitteln",
           agents=["Staatsanwaltschaft Leipzig"], patients=["48-jährigen Fahrer"]),
        ev("diplomacy.press_conference", "Pressekonferenz", "Pressekonferenz",
           agents=["Polizei"], loc=("Leipzig", "DE"), time=("Freitag", "2025-08-22", "day"),
           mod=H),
    ]),
    art("de-e-111", "2025-09-05", "VW zeigt günstigen Elektro-Kleinwagen auf der IAA", [
        "Volkswagen stellte am Donnerstag auf der IAA in München den Elektro-Kleinwagen „Volta“ vor.",
        "Die Markteinführung ist für Anfang 2026 geplant, der Einstiegspreis soll unter 25.000 Euro liegen.",
        "Konzernchef Oliver Blume sprach von einem Auto für alle.",
        "Der Konkurrent BMW präsentierte auf der Messe eine neue Generation seines Modells iX3.",
        "Vor der Messehalle demonstrierten am Donnerstag mehrere Hundert Klimaaktivisten gegen die Autoindustrie.",
    ], [
        ev("economy.product_launch", "stellte", "vorstellen", agents=["Volkswagen"],
           patients=["Volta"], loc=("München", "DE"), time=("Donnerstag", "2025-09-04", "day")),
        ev("economy.product_launch", "Markteinführung", "Markteinführung", agents=["Volkswagen"],
           patients=["Volta"], time=("Anfang 2026", "2026", "year"), mod=H),
        # CEO speech: no politics.statement
        ev("economy.product_launch", "präsentierte", "präsentieren", agents=["BMW"],
           patients=["iX3"], loc=("München", "DE")),
        ev("politics.protest", "demonstrierten", "demonstrieren", agents=["Klimaaktivisten"],
           loc=("München", "DE"), time=("Donnerstag", "2025-09-04", "day")),
    ]),
    art("de-e-112", "2025-10-06", "Mutmaßlicher russischer Spion in Dresden festgenommen", [
        "Die Bundesanwaltschaft hat am Samstag in Dresden den Deutsch-Russen Dmitri K. festnehmen lassen.",
        "Dem 41-Jährigen wird vorgeworfen, für einen russischen Geheimdienst Informationen über Bundeswehrtransporte gesammelt zu haben.",
        "Bei einer Durchsuchung seiner Wohnung stellten Ermittler Laptops und Mobiltelefone sicher.",
        "Sein Anwalt wies die Vorwürfe am Sonntag zurück.",
        "Die russische Botschaft in Berlin sprach von einer Provokation.",
    ], [
        ev("justice.arrest", "festnehmen", "festnehmen", agents=["Bundesanwaltschaft"],
           patients=["Dmitri K."], loc=("Dresden", "DE"), time=("Samstag", "2025-10-04", "day")),
        ev("politics.accusation", "vorgeworfen", "vorwerfen", agents=["Bundesanwaltschaft"],
           patients=["Dmitri K."]),
        ev("politics.investigation", "Durchsuchung", "Durchsuchung", agents=["Ermittler"],
           patients=["Dmitri K."], loc=("Dresden", "DE")),
        ev("politics.denial", "wies", "zurückweisen", agents=["Anwalt"],
           time=("Sonntag", "2025-10-05", "day")),
        ev("politics.accusation", "Vorwürfe", "Vorwurf", agents=["Bundesanwaltschaft"],
           patients=["Dmitri K."]),
        ev("politics.statement", "sprach", "sprechen", agents=["russische Botschaft"],
           loc=("Berlin", "DE")),
    ]),
    art("de-e-113", "2025-01-29", "Hintergrund: Woher der Kölner Karneval kommt", [
        "Der Kölner Karneval zieht jedes Jahr Hunderttausende Besucher an.",
        "Seine Wurzeln reichen bis ins Mittelalter zurück.",
        "Die heutigen Rosenmontagszüge gehen auf eine Reform im frühen 19. Jahrhundert zurück.",
        "Viele Vereine arbeiten das ganze Jahr über an ihren Wagen und Kostümen.",
    ], []),
    art("de-e-114", "2025-02-12", "Russland greift Ukraine mit Drohnen und Raketen an", [
        "Russland hat die Ukraine in der Nacht zum Mittwoch mit Dutzenden Drohnen und Raketen angegriffen.",
        "In Kiew wurde ein Wohnhaus von einer Rakete getroffen, nach Angaben der Behörden starben drei Menschen.",
        "Präsident Wolodymyr Selenskyj forderte vom Westen mehr Flugabwehrsysteme.",
        "Kremlsprecher Dmitri Peskow drohte Kiew mit einer harten Antwort auf ukrainische Drohnenangriffe.",
        "Militärexperten befürchten eine weitere Eskalation der Kämpfe im Osten des Landes.",
    ], [
        ev("conflict.attack", "angegriffen", "angreifen", agents=["Russland"],
           patients=["Ukraine"], loc=("Ukraine", "UA"),
           time=("Nacht zum Mittwoch", "2025-02-12", "day")),
        # "von einer Rakete getroffen" = the attack (no meeting); casualties not annotated
        ev("conflict.attack", "getroffen", "treffen", agents=["Russland"],
           patients=["Wohnhaus"], loc=("Kiew", "UA")),
        ev("politics.statement", "forderte", "fordern", agents=["Wolodymyr Selenskyj"]),
        ev("conflict.threat", "drohte", "drohen", agents=["Dmitri Peskow"], patients=["Kiew"]),
        ev("conflict.attack", "Drohnenangriffe", "Drohnenangriff", agents=["Ukraine"]),
        ev("conflict.escalation", "Eskalation", "Eskalation", loc=("Ukraine", "UA"), mod=H),
    ]),
    art("de-e-115", "2025-03-21", "UN verurteilen Angriff auf Flüchtlingslager in Darfur", [
        "Im Sudan droht nach Angaben der Vereinten Nationen in mehreren Regionen eine Hungersnot.",
        "Bei einem Angriff der RSF-Miliz auf ein Flüchtlingslager in Nord-Darfur wurden am Dienstag mindestens 40 Menschen getötet.",
        "UN-Generalsekretär António Guterres verurteilte den Angriff scharf.",
        "Er forderte die Armee und die RSF-Miliz auf, eine Waffenruhe zu vereinbaren.",
        "Gespräche in Dschidda waren im vergangenen Jahr gescheitert.",
        "Beobachter berichten von einem Truppenaufmarsch der Armee rund um die Stadt El Fasher.",
    ], [
        # "droht eine Hungersnot": no threat
        ev("conflict.attack", "Angriff", "Angriff", agents=["RSF-Miliz"],
           patients=["Flüchtlingslager"], loc=("Nord-Darfur", "SD"),
           time=("Dienstag", "2025-03-18", "day")),
        ev("politics.statement", "verurteilte", "verurteilen", agents=["António Guterres"]),
        ev("conflict.attack", "Angriff", "Angriff", occ=1, agents=["RSF-Miliz"],
           patients=["Flüchtlingslager"], loc=("Nord-Darfur", "SD")),
        # third-party call: only the ceasefire, hypothetical
        ev("conflict.ceasefire", "Waffenruhe", "Waffenruhe", agents=["Armee", "RSF-Miliz"],
           mod=H),
        ev("diplomacy.negotiation", "Gespräche", "Gespräch", agents=["Armee", "RSF-Miliz"],
           loc=("Dschidda", "SA"), time=("vergangenen Jahr", "2024", "year")),
        ev("conflict.escalation", "Truppenaufmarsch", "Truppenaufmarsch", agents=["Armee"],
           loc=("El Fasher", "SD"), mod=R),
    ]),
    art("de-e-116", "2025-04-28", "Hessischer Verkehrsminister tritt zurück", [
        "Der hessische Verkehrsminister Lukas Brandner ist am Freitag zurückgetreten.",
        "Hintergrund sind Vorwürfe, er habe bei der Vergabe von Aufträgen einen früheren Geschäftspartner bevorzugt.",
        "Brandner wies die Anschuldigungen zurück, sprach aber von einer unerträglichen Belastung für seine Familie.",
        "Ministerpräsident Boris Rhein ernannte noch am Wochenende den bisherigen Staatssekretär Jan Kessler zum Nachfolger.",
        "Kessler soll am Mittwoch im Landtag in Wiesbaden vereidigt werden.",
        "Die Staatsanwaltschaft Wiesbaden prüft die Einleitung eines Ermittlungsverfahrens.",
    ], [
        ev("politics.resignation", "zurückgetreten", "zurücktreten", agents=["Lukas Brandner"],
           time=("Freitag", "2025-04-25", "day")),
        ev("politics.accusation", "Vorwürfe", "Vorwurf", patients=["Lukas Brandner"]),
        ev("politics.denial", "wies", "zurückweisen", agents=["Brandner"]),
        ev("politics.accusation", "Anschuldigungen", "Anschuldigung", patients=["Brandner"]),
        ev("politics.statement", "sprach", "sprechen", agents=["Brandner"]),
        ev("politics.appointment", "ernannte", "ernennen", agents=["Boris Rhein"],
           patients=["Jan Kessler"], time=("Wochenende", "2025-W17", "week")),
        ev("politics.appointment", "vereidigt", "vereidigen", patients=["Kessler"],
           loc=("Wiesbaden", "DE"), time=("Mittwoch", "2025-04-30", "day"), mod=H),
        ev("politics.investigation", "Ermittlungsverfahrens", "Ermittlungsverfahren",
           agents=["Staatsanwaltschaft Wiesbaden"], patients=["Brandner"], mod=H),
    ]),
    art("de-e-117", "2025-05-19", "Hochwasser in Niederbayern", [
        "Nach tagelangem Starkregen ist es in Teilen Bayerns zu schweren Überschwemmungen gekommen.",
        "Im Landkreis Passau erreichte das Hochwasser der Ilz am Sonntag seinen Höchststand.",
        "Die Bahnstrecke zwischen Passau und Regensburg ist wegen überfluteter Gleise gesperrt.",
        "Ministerpräsident Markus Söder besuchte am Montag die betroffenen Gebiete.",
        "Er sprach von der schlimmsten Flut seit Jahrzehnten.",
    ], [
        ev("disaster.flood", "Überschwemmungen", "Überschwemmung", loc=("Bayern", "DE")),
        ev("disaster.flood", "Hochwasser", "Hochwasser", loc=("Passau", "DE"),
           time=("Sonntag", "2025-05-18", "day")),
        ev("transport.obstruction", "gesperrt", "sperren", loc=("Passau", "DE")),
        ev("diplomacy.visit", "besuchte", "besuchen", agents=["Markus Söder"],
           loc=("Passau", "DE"), time=("Montag", "2025-05-19", "day")),
        ev("politics.statement", "sprach", "sprechen", agents=["Markus Söder"]),
        ev("disaster.flood", "Flut", "Flut", loc=("Bayern", "DE")),
    ]),
    art("de-e-118", "2025-06-12", "Sturm Logistik streicht 800 Stellen", [
        "Der Spediteur Sturm Logistik streicht bis Ende 2026 rund 800 Stellen.",
        "Das teilte das Unternehmen mit Sitz in Bremen am Mittwoch mit.",
        "Betroffen sind vor allem die Lager in Bremen und Kassel, das Lager in Kassel wird ganz geschlossen.",
        "Die ersten Kündigungen sollen Ende Juni ausgesprochen werden.",
        "Die Gewerkschaft Verdi drohte mit Warnstreiks.",
        "Sturm Logistik begründete den Stellenabbau mit dem Einbruch der Frachtmengen.",
    ], [
        # "Sturm" is part of a company name: no storm
        ev("economy.layoffs", "streicht", "streichen", agents=["Sturm Logistik"],
           time=("Ende 2026", "2026", "year")),
        ev("economy.facility", "geschlossen", "schließen", agents=["Sturm Logistik"],
           loc=("Kassel", "DE")),
        ev("economy.layoffs", "Kündigungen", "Kündigung", agents=["Sturm Logistik"],
           time=("Ende Juni", "2025-06", "month"), mod=H),
        ev("labor.strike", "Warnstreiks", "Warnstreik", agents=["Verdi"],
           patients=["Sturm Logistik"], mod=H),
        ev("economy.layoffs", "Stellenabbau", "Stellenabbau", agents=["Sturm Logistik"]),
    ]),
    art("de-e-120", "2025-07-04", "Massenproteste gegen Regierung in Belgrad", [
        "Tausende Menschen haben am Donnerstagabend in Belgrad gegen die Regierung von Präsident Aleksandar Vučić demonstriert.",
        "Die Polizei nahm nach eigenen Angaben 79 Menschen fest.",
        "Die Demonstranten blockierten mehrere Kreuzungen im Stadtzentrum.",
        "Vučić warf ausländischen Geheimdiensten vor, die Proteste zu steuern.",
        "Die Proteste hatten im November nach dem Einsturz eines Bahnhofsvordachs in Novi Sad begonnen.",
    ], [
        ev("politics.protest", "demonstriert", "demonstrieren", loc=("Belgrad", "RS"),
           time=("Donnerstagabend", "2025-07-03", "day")),
        ev("justice.arrest", "nahm", "festnehmen", agents=["Polizei"], patients=["79 Menschen"],
           loc=("Belgrad", "RS"), mod=R),
        ev("transport.obstruction", "blockierten", "blockieren", agents=["Demonstranten"],
           loc=("Belgrad", "RS")),
        ev("politics.accusation", "warf", "vorwerfen", agents=["Vučić"],
           patients=["ausländischen Geheimdiensten"]),
        # inside the content of the accusation -> reported
        ev("politics.protest", "Proteste", "Protest", loc=("Belgrad", "RS"), mod=R),
        ev("politics.protest", "Proteste", "Protest", occ=1,
           time=("November", "2024-11", "month")),
        ev("disaster.other", "Einsturz", "Einsturz", loc=("Novi Sad", "RS")),
    ]),
    art("de-e-119", "2025-08-11", "Trump und Putin wollen sich in Alaska treffen", [
        "US-Präsident Donald Trump und Kremlchef Wladimir Putin wollen sich am Freitag in Alaska treffen.",
        "Das Gipfeltreffen in Anchorage wurde vom Weißen Haus am Samstag bestätigt.",
        "Der ukrainische Präsident Wolodymyr Selenskyj ist zu dem Treffen nicht eingeladen.",
        "Bundeskanzler Friedrich Merz warnte davor, über die Köpfe der Ukrainer hinweg zu verhandeln.",
        "Am Mittwoch will Merz eine Videokonferenz mit Trump und europäischen Staats- und Regierungschefs ausrichten.",
    ], [
        ev("diplomacy.meeting", "treffen", "treffen", agents=["Donald Trump", "Wladimir Putin"],
           loc=("Alaska", "US"), time=("Freitag", "2025-08-15", "day"), mod=H),
        # confirmation does not realise the meeting -> no time
        ev("diplomacy.meeting", "Gipfeltreffen", "Gipfeltreffen",
           agents=["Donald Trump", "Wladimir Putin"], loc=("Anchorage", "US")),
        # the negation targets the invitation
        ev("diplomacy.meeting", "Treffen", "Treffen", agents=["Donald Trump", "Wladimir Putin"],
           loc=("Anchorage", "US")),
        ev("diplomacy.negotiation", "verhandeln", "verhandeln",
           agents=["Donald Trump", "Wladimir Putin"], mod=H),
        ev("diplomacy.meeting", "Videokonferenz", "Videokonferenz",
           agents=["Merz", "Trump"], time=("Mittwoch", "2025-08-13", "day"), mod=H),
    ]),
    art("de-e-121", "2025-09-15", "CDU gewinnt Kommunalwahl in NRW", [
        "In Nordrhein-Westfalen sind am Sonntag die Kommunalparlamente neu gewählt worden.",
        "Die CDU wurde nach vorläufigem Ergebnis mit rund 33 Prozent stärkste Kraft.",
        "In Köln, Dortmund und Duisburg müssen die Oberbürgermeister in zwei Wochen in einer Stichwahl bestimmt werden.",
        "Die AfD verdreifachte ihr Ergebnis im Vergleich zur Wahl 2020.",
        "Ministerpräsident Hendrik Wüst sprach am Abend von einem starken Signal der Mitte.",
    ], [
        ev("politics.election", "gewählt", "wählen", patients=["Kommunalparlamente"],
           loc=("Nordrhein-Westfalen", "DE"), time=("Sonntag", "2025-09-14", "day")),
        ev("politics.election", "Stichwahl", "Stichwahl", patients=["Oberbürgermeister"],
           loc=("Köln", "DE"), time=("in zwei Wochen", "2025-W40", "week"), mod=H),
        ev("politics.election", "Wahl", "Wahl", loc=("Nordrhein-Westfalen", "DE"),
           time=("2020", "2020", "year")),
        ev("politics.statement", "sprach", "sprechen", agents=["Hendrik Wüst"]),
    ]),
    art("de-e-122", "2025-10-17", "Apfelernte im Alten Land fällt durchschnittlich aus", [
        "Die Apfelernte im Alten Land fällt in diesem Jahr eher durchschnittlich aus.",
        "Nach dem warmen Frühjahr hatten viele Obstbauern auf deutlich mehr Früchte gehofft.",
        "Besonders gefragt sind nach wie vor die Sorten Elstar und Jonagold.",
        "Ein großer Teil der Äpfel wird in Kühlhäusern gelagert und bis zum Frühsommer verkauft.",
    ], []),
    art("de-e-124", "2025-11-07", "Bank of England lässt Leitzins unverändert", [
        "Die Bank of England hat den Leitzins am Donnerstag in London unverändert bei 4,0 Prozent belassen.",
        "Vier der neun Mitglieder des geldpolitischen Ausschusses stimmten für eine Zinssenkung.",
        "Gouverneur Andrew Bailey stellte eine Senkung im Dezember in Aussicht.",
        "Die US-Notenbank Fed hatte ihren Leitzins vergangene Woche erneut gesenkt.",
        "Die britische Regierung will im Haushalt Ende November die Steuern erhöhen.",
        "Belastet wird die britische Wirtschaft zudem von den US-Zöllen auf Stahl.",
    ], [
        ev("economy.rate_decision", "belassen", "belassen", agents=["Bank of England"],
           loc=("London", "GB"), time=("Donnerstag", "2025-11-06", "day")),
        ev("politics.vote", "stimmten", "stimmen", agents=["geldpolitischen Ausschusses"],
           loc=("London", "GB")),
        ev("economy.rate_decision", "Zinssenkung", "Zinssenkung", agents=["Bank of England"],
           mod=H),
        # "stellte ... in Aussicht": no product launch
        ev("economy.rate_decision", "Senkung", "Senkung", agents=["Bank of England"],
           time=("Dezember", "2025-12", "month"), mod=H),
        ev("economy.rate_decision", "gesenkt", "senken", agents=["Fed"],
           time=("vergangene Woche", "2025-W44", "week")),
        # "die Steuern erhöhen": no rate decision
        ev("economy.trade", "US-Zöllen", "US-Zoll", agents=["US"]),
    ]),
    art("de-e-123", "2025-12-01", "Oppositionspolitiker Orlov in Straflager gestorben", [
        "Nach dem Tod des früheren Oppositionspolitikers Viktor Orlov in einem russischen Straflager haben in mehreren Städten Menschen Blumen niedergelegt.",
        "Der Strafvollzugsdienst hatte am Freitag mitgeteilt, Orlov sei nach einem Spaziergang zusammengebrochen und gestorben.",
        "Die Bundesregierung forderte eine unabhängige Untersuchung der Todesumstände.",
        "Ein Sprecher des Auswärtigen Amts sagte, man stehe in engem Kontakt mit den europäischen Partnern.",
        "Orlov war 2022 wegen angeblichen Extremismus zu 19 Jahren Haft verurteilt worden.",
    ], [
        ev("life.death", "Tod", "Tod", patients=["Viktor Orlov"]),
        # "am Freitag" governs "mitgeteilt", not the embedded death
        ev("life.death", "gestorben", "sterben", patients=["Orlov"], mod=R),
        ev("politics.investigation", "Untersuchung", "Untersuchung", mod=H),
        ev("politics.statement", "sagte", "sagen", agents=["Auswärtigen Amts"]),
        ev("justice.verdict", "verurteilt", "verurteilen", patients=["Orlov"],
           time=("2022", "2022", "year")),
    ]),
    art("de-e-125", "2025-02-06", "Zwei Volksbanken wollen fusionieren", [
        "Die Volksbank Lüneburger Heide und die Volksbank Uelzen-Salzwedel wollen fusionieren.",
        "Die Vertreterversammlungen stimmten am Dienstag mit großer Mehrheit für den Zusammenschluss.",
        "Die neue Bank soll ihren Sitz in Lüneburg haben und rund 900 Mitarbeiter beschäftigen.",
        "Betriebsbedingte Kündigungen soll es nach Angaben der Vorstände nicht geben.",
        "Die Fusion soll rückwirkend zum 1. Januar wirksam werden.",
    ], [
        ev("economy.merger", "fusionieren", "fusionieren",
           agents=["Volksbank Lüneburger Heide", "Volksbank Uelzen-Salzwedel"], mod=H),
        ev("politics.vote", "stimmten", "stimmen", agents=["Vertreterversammlungen"],
           time=("Dienstag", "2025-02-04", "day")),
        # approval does not realise the merger; approved merger -> asserted (cf. de-e-052)
        ev("economy.merger", "Zusammenschluss", "Zusammenschluss",
           agents=["Volksbank Lüneburger Heide", "Volksbank Uelzen-Salzwedel"]),
        ev("economy.layoffs", "Kündigungen", "Kündigung", mod=N),
        ev("economy.merger", "Fusion", "Fusion",
           agents=["Volksbank Lüneburger Heide", "Volksbank Uelzen-Salzwedel"],
           time=("1. Januar", "2025-01-01", "day"), mod=H),
    ]),
    art("de-e-126", "2025-03-31", "Großbrand in Duisburger Lagerhalle", [
        "In einer Lagerhalle in Duisburg ist in der Nacht zum Sonntag ein Großbrand ausgebrochen.",
        "Die Feuerwehr war mit mehr als 150 Einsatzkräften vor Ort, verletzt wurde niemand.",
        "Wegen der starken Rauchentwicklung wurde die A59 zeitweise gesperrt.",
        "Die Ursache des Feuers ist noch unklar.",
        "Die Kriminalpolizei hat Ermittlungen aufgenommen.",
    ], [
        ev("disaster.fire", "Großbrand", "Großbrand", loc=("Duisburg", "DE"),
           time=("Nacht zum Sonntag", "2025-03-30", "day")),
        ev("transport.obstruction", "gesperrt", "sperren", loc=("A59", "DE")),
        ev("disaster.fire", "Feuers", "Feuer", loc=("Duisburg", "DE")),
        ev("politics.investigation", "Ermittlungen", "Ermittlung", agents=["Kriminalpolizei"]),
    ]),
    art("de-e-127", "2025-04-16", "US-Zölle treffen deutsche Autobauer", [
        "Die US-Zölle auf Autos aus der EU belasten die deutschen Hersteller zunehmend.",
        "Präsident Donald Trump hatte Anfang April Zölle von 25 Prozent auf importierte Fahrzeuge verhängt.",
        "Die EU-Kommission kündigte Gegenzölle auf amerikanische Produkte im Wert von 21 Milliarden Euro an.",
        "Handelskommissar Maroš Šefčovič reist am Montag nach Washington.",
        "Dort sind Verhandlungen mit US-Handelsminister Howard Lutnick geplant.",
        "Das Ifo-Institut veröffentlichte am Dienstag eine Studie zu den Folgen des Handelsstreits für die deutsche Industrie.",
    ], [
        # compound prefix names the actor; actor text as it appears
        ev("economy.trade", "US-Zölle", "US-Zoll", agents=["US"], patients=["EU"]),
        ev("economy.trade", "Zölle", "Zoll", agents=["Donald Trump"],
           time=("Anfang April", "2025-04", "month")),
        ev("economy.trade", "Gegenzölle", "Gegenzoll", agents=["EU-Kommission"], mod=H),
        ev("diplomacy.visit", "reist", "reisen", agents=["Maroš Šefčovič"],
           loc=("Washington", "US"), time=("Montag", "2025-04-21", "day")),
        ev("diplomacy.negotiation", "Verhandlungen", "Verhandlung",
           agents=["Maroš Šefčovič", "Howard Lutnick"], loc=("Washington", "US"), mod=H),
        # the document noun is not the trigger: the specific verb names the act
        ev("publication.report", "veröffentlichte", "veröffentlichen", agents=["Ifo-Institut"],
           time=("Dienstag", "2025-04-15", "day")),
        ev("economy.trade", "Handelsstreits", "Handelsstreit", agents=["US", "EU"]),
    ]),
    art("de-e-128", "2025-05-26", "EU einigt sich auf Verteidigungsprogramm", [
        "Die Staats- und Regierungschefs der EU haben sich am Freitag in Brüssel auf ein gemeinsames Verteidigungsprogramm geeinigt.",
        "Der EU-Gipfel, der am Donnerstag begonnen hatte, war von Streit über die Finanzierung geprägt.",
        "Berlin und Paris hatten sich zuvor auf einen Kompromiss bei den gemeinsamen Krediten verständigt.",
        "Die Grünen im Europaparlament kritisierten die Einigung als unzureichend.",
        "Ungarns Regierungschef Viktor Orbán trug den Beschluss nur unter Vorbehalt mit.",
        "Zudem beschlossen die Staats- und Regierungschefs ein weiteres Sanktionspaket gegen Russland.",
    ], [
        ev("diplomacy.agreement", "geeinigt", "einigen",
           agents=["Staats- und Regierungschefs der EU"], loc=("Brüssel", "BE"),
           time=("Freitag", "2025-05-23", "day")),
        # time from the relative clause that realises the summit
        ev("diplomacy.summit", "EU-Gipfel", "EU-Gipfel", agents=["EU"], loc=("Brüssel", "BE"),
           time=("Donnerstag", "2025-05-22", "day")),
        ev("diplomacy.agreement", "verständigt", "verständigen", agents=["Berlin", "Paris"]),
        ev("politics.statement", "kritisierten", "kritisieren", agents=["Grünen"]),
        # the agreement's agents are the parties that agreed, not the critics
        ev("diplomacy.agreement", "Einigung", "Einigung",
           agents=["Staats- und Regierungschefs der EU"], loc=("Brüssel", "BE")),
        ev("economy.sanctions", "Sanktionspaket", "Sanktionspaket",
           agents=["Staats- und Regierungschefs der EU"], patients=["Russland"],
           loc=("Brüssel", "BE")),
    ]),
    art("de-e-129", "2025-06-16", "Georgischer Oppositionspolitiker festgenommen", [
        "In Tiflis ist der Oppositionspolitiker Giorgi Beridse am Samstag von maskierten Polizisten festgenommen worden.",
        "Die Staatsanwaltschaft wirft ihm vor, zur Gewalt gegen Sicherheitskräfte aufgerufen zu haben.",
        "Am Sonntag demonstrierten Tausende vor dem Parlament in Tiflis für seine Freilassung.",
        "Die EU verurteilte die Festnahme und forderte die sofortige Freilassung des Politikers.",
        "Ein Prozess gegen Beridse könnte bereits im Juli beginnen.",
        "Das Parlament hatte vergangene Woche ein umstrittenes Gesetz über ausländische Einflussnahme verabschiedet.",
    ], [
        ev("justice.arrest", "festgenommen", "festnehmen", agents=["Polizisten"],
           patients=["Giorgi Beridse"], loc=("Tiflis", "GE"), time=("Samstag", "2025-06-14", "day")),
        ev("politics.accusation", "wirft", "vorwerfen", agents=["Staatsanwaltschaft"],
           patients=["Giorgi Beridse"]),
        ev("politics.protest", "demonstrierten", "demonstrieren", loc=("Tiflis", "GE"),
           time=("Sonntag", "2025-06-15", "day")),
        ev("politics.statement", "verurteilte", "verurteilen", agents=["EU"]),
        ev("justice.arrest", "Festnahme", "Festnahme", agents=["Polizisten"],
           patients=["Giorgi Beridse"], loc=("Tiflis", "GE")),
        ev("justice.trial", "Prozess", "Prozess", patients=["Beridse"],
           time=("Juli", "2025-07", "month"), mod=H),
        # specific verb names the act -> "verabschiedet", not "Gesetz"
        ev("politics.legislation", "verabschiedet", "verabschieden", agents=["Parlament"],
           loc=("Tiflis", "GE"), time=("vergangene Woche", "2025-W24", "week")),
    ]),
    art("de-e-130", "2025-07-24", "Fahrradhersteller Radwerk ist insolvent", [
        "Der Chemnitzer Fahrradhersteller Radwerk hat Insolvenz angemeldet.",
        "Der Insolvenzantrag wurde am Dienstag beim Amtsgericht Chemnitz gestellt.",
        "Erst im vergangenen Jahr hatte Radwerk ein neues Werk in Zwickau eröffnet.",
        "Ein Investor aus den Niederlanden soll Interesse an einer Übernahme signalisiert haben.",
        "Die rund 450 Beschäftigten erhalten für drei Monate Insolvenzgeld.",
    ], [
        ev("economy.insolvency", "Insolvenz", "Insolvenz", agents=["Radwerk"]),
        ev("economy.insolvency", "Insolvenzantrag", "Insolvenzantrag", agents=["Radwerk"],
           loc=("Chemnitz", "DE"), time=("Dienstag", "2025-07-22", "day")),
        ev("economy.facility", "eröffnet", "eröffnen", agents=["Radwerk"],
           loc=("Zwickau", "DE"), time=("vergangenen Jahr", "2024", "year")),
        # interest in a takeover: possible -> hypothetical (beats reported "soll")
        ev("economy.acquisition", "Übernahme", "Übernahme", patients=["Radwerk"], mod=H),
        # "Insolvenzgeld" is a benefit, not an insolvency mention
    ]),
    art("de-e-131", "2025-08-29", "Bodensee: Wo sich drei Länder ein Ufer teilen", [
        "Der Bodensee grenzt an Deutschland, Österreich und die Schweiz.",
        "Rund um den See führt ein gut ausgebauter Radweg von etwa 260 Kilometern Länge.",
        "Viele Besucher verbinden die Tour mit einem Abstecher auf die Blumeninsel Mainau.",
        "Im Spätsommer ist das Wasser oft noch warm genug zum Baden.",
    ], []),
    art("de-e-132", "2025-09-26", "Vorwerk bringt neuen Thermomix auf den Markt", [
        "Der Küchengerätehersteller Vorwerk bringt im Oktober eine neue Version seines Thermomix auf den Markt.",
        "Das Unternehmen präsentierte das Gerät am Mittwoch in Wuppertal.",
        "Zugleich eröffnete Vorwerk am Firmensitz ein neues Entwicklungszentrum.",
        "Konkurrent Bosch hatte Anfang September auf der IFA in Berlin eine eigene Küchenmaschine vorgestellt.",
        "Vorwerk-Chef Thomas Stoffmehl will im kommenden Jahr zudem eine neue Strategie vorstellen.",
    ], [
        ev("economy.product_launch", "bringt", "auf den Markt bringen", agents=["Vorwerk"],
           patients=["Thermomix"], time=("Oktober", "2025-10", "month")),
        ev("economy.product_launch", "präsentierte", "präsentieren", agents=["Vorwerk"],
           patients=["Thermomix"], loc=("Wuppertal", "DE"),
           time=("Mittwoch", "2025-09-24", "day")),
        ev("economy.facility", "eröffnete", "eröffnen", agents=["Vorwerk"],
           loc=("Wuppertal", "DE")),
        ev("economy.product_launch", "vorgestellt", "vorstellen", agents=["Bosch"],
           patients=["Küchenmaschine"], loc=("Berlin", "DE"),
           time=("Anfang September", "2025-09", "month")),
        # "eine neue Strategie vorstellen": no product launch
    ]),
    art("de-e-133", "2025-10-13", "Waffenruhe in Gaza hält", [
        "Im Gazastreifen ist am Freitag eine Waffenruhe zwischen Israel und der Hamas in Kraft getreten.",
        "US-Präsident Donald Trump reiste am Montag nach Israel.",
        "Vor der Knesset sprach er von einem historischen Tag für den Nahen Osten.",
        "Anschließend sollte er zu einem Gipfel im ägyptischen Scharm el-Scheich weiterfliegen.",
        "Das israelische Militär warf der Hamas vor, die Übergabe von Leichen zu verzögern.",
        "Die Hamas wies dies zurück.",
    ], [
        ev("conflict.ceasefire", "Waffenruhe", "Waffenruhe", agents=["Israel", "Hamas"],
           loc=("Gazastreifen", "PS"), time=("Freitag", "2025-10-10", "day")),
        ev("diplomacy.visit", "reiste", "reisen", agents=["Donald Trump"], loc=("Israel", "IL"),
           time=("Montag", "2025-10-13", "day")),
        ev("politics.statement", "sprach", "sprechen", agents=["Donald Trump"],
           loc=("Knesset", "IL")),
        ev("diplomacy.summit", "Gipfel", "Gipfel", loc=("Scharm el-Scheich", "EG"), mod=H),
        ev("diplomacy.visit", "weiterfliegen", "weiterfliegen", agents=["Donald Trump"],
           loc=("Scharm el-Scheich", "EG"), mod=H),
        ev("politics.accusation", "warf", "vorwerfen", agents=["israelische Militär"],
           patients=["Hamas"]),
        ev("politics.denial", "wies", "zurückweisen", agents=["Hamas"]),
    ]),
    art("de-e-134", "2025-11-19", "Zwölf Jahre Haft nach Messerangriff auf Stadtfest", [
        "Im Prozess um den Messerangriff vom 24. August in Wuppertal hat das Landgericht Wuppertal am Dienstag ein Urteil gefällt.",
        "Der 27-jährige Angeklagte wurde wegen versuchten Mordes zu zwölf Jahren Haft verurteilt.",
        "Er hatte bei einem Stadtfest einen 35-Jährigen niedergestochen.",
        "Die Verteidigung kündigte an, Revision einzulegen.",
        "Der Prozess, der Anfang Oktober begonnen hatte, umfasste sieben Verhandlungstage.",
    ], [
        ev("justice.trial", "Prozess", "Prozess", agents=["Landgericht Wuppertal"],
           patients=["27-jährige Angeklagte"], loc=("Wuppertal", "DE")),
        ev("conflict.attack", "Messerangriff", "Messerangriff", agents=["27-jährige Angeklagte"],
           patients=["35-Jährigen"], loc=("Wuppertal", "DE"),
           time=("24. August", "2025-08-24", "day")),
        ev("justice.verdict", "Urteil", "Urteil", agents=["Landgericht Wuppertal"],
           patients=["27-jährige Angeklagte"], loc=("Wuppertal", "DE"),
           time=("Dienstag", "2025-11-18", "day")),
        ev("justice.verdict", "verurteilt", "verurteilen", agents=["Landgericht Wuppertal"],
           patients=["27-jährige Angeklagte"], loc=("Wuppertal", "DE")),
        ev("conflict.attack", "niedergestochen", "niederstechen",
           agents=["27-jährige Angeklagte"], patients=["35-Jährigen"], loc=("Wuppertal", "DE")),
        ev("justice.lawsuit", "Revision", "Revision", agents=["Verteidigung"], mod=H),
        # time from the relative clause that realises the trial
        ev("justice.trial", "Prozess", "Prozess", occ=1, agents=["Landgericht Wuppertal"],
           patients=["27-jährige Angeklagte"], loc=("Wuppertal", "DE"),
           time=("Anfang Oktober", "2025-10", "month")),
    ]),
    art("de-e-136", "2025-12-10", "Geflügelpest im Landkreis Vechta", [
        "Im Landkreis Vechta ist die Geflügelpest in einem Putenbetrieb ausgebrochen.",
        "Rund 20.000 Tiere mussten getötet werden, teilte der Landkreis am Dienstag mit.",
        "Es ist bereits der vierte Ausbruch in Niedersachsen in diesem Herbst.",
        "Agrarministerin Miriam Staudte rief Geflügelhalter auf, ihre Tiere in den Ställen zu halten.",
        "Ein Masernausbruch an einer Schule in Bremen ist unterdessen für beendet erklärt worden.",
    ], [
        ev("health.outbreak", "ausgebrochen", "ausbrechen", loc=("Vechta", "DE")),
        ev("health.outbreak", "Ausbruch", "Ausbruch", loc=("Niedersachsen", "DE")),
        ev("politics.statement", "rief", "aufrufen", agents=["Miriam Staudte"]),
        ev("health.outbreak", "Masernausbruch", "Masernausbruch", loc=("Bremen", "DE")),
    ]),
    art("de-e-135", "2025-01-09", "Hackerangriff legt Potsdamer Stadtverwaltung lahm", [
        "Die Stadtverwaltung von Potsdam ist Ziel eines Hackerangriffs geworden.",
        "Seit Montag ist das Bürgerportal der Stadt ausgefallen.",
        "Nach Angaben des Landeskriminalamts steckt eine kriminelle Gruppe hinter dem Angriff.",
        "Bereits am 12. Dezember 2024 war die Stadtverwaltung von Cottbus Opfer eines ähnlichen Angriffs geworden.",
        "Oberbürgermeisterin Noosha Aubel kündigte an, kein Lösegeld zu zahlen.",
    ], [
        ev("conflict.attack", "Hackerangriffs", "Hackerangriff",
           patients=["Stadtverwaltung von Potsdam"], loc=("Potsdam", "DE")),
        # "seit Montag" -> the anchor
        ev("transport.disruption", "ausgefallen", "ausfallen", loc=("Potsdam", "DE"),
           time=("Montag", "2025-01-06", "day")),
        ev("conflict.attack", "Angriff", "Angriff", agents=["kriminelle Gruppe"],
           patients=["Stadtverwaltung von Potsdam"], loc=("Potsdam", "DE"), mod=R),
        ev("conflict.attack", "Angriffs", "Angriff", patients=["Stadtverwaltung von Cottbus"],
           loc=("Cottbus", "DE"), time=("12. Dezember 2024", "2024-12-12", "day")),
        ev("politics.statement", "kündigte", "ankündigen", agents=["Noosha Aubel"]),
    ]),
    art("de-e-137", "2025-02-17", "Vance kritisiert Europa in München", [
        "US-Vizepräsident JD Vance hat auf der Sicherheitskonferenz in München am Freitag scharfe Kritik an Europa geübt.",
        "Europa müsse mehr für seine eigene Verteidigung tun, sagte Vance.",
        "Verteidigungsminister Boris Pistorius nannte die Äußerungen nicht akzeptabel.",
        "Vance traf am Rande der Konferenz auch den ukrainischen Präsidenten Wolodymyr Selenskyj.",
        "Ein Treffen mit Bundeskanzler Olaf Scholz fand dagegen nicht statt.",
    ], [
        ev("politics.statement", "Kritik", "Kritik", agents=["JD Vance"], patients=["Europa"],
           loc=("München", "DE"), time=("Freitag", "2025-02-14", "day")),
        # Konjunktiv I: Europa is no agent
        ev("politics.statement", "sagte", "sagen", agents=["Vance"], loc=("München", "DE")),
        ev("politics.statement", "nannte", "nennen", agents=["Boris Pistorius"]),
        ev("diplomacy.meeting", "traf", "treffen", agents=["Vance", "Wolodymyr Selenskyj"],
           loc=("München", "DE")),
        ev("diplomacy.meeting", "Treffen", "Treffen", agents=["Vance", "Olaf Scholz"],
           loc=("München", "DE"), mod=N),
    ]),
    art("de-e-138", "2025-03-26", "Stellwerksstörung legt Bahnverkehr in Köln lahm", [
        "Eine Störung im Stellwerk hat am Dienstag den Bahnverkehr im Raum Köln stundenlang lahmgelegt.",
        "Zahlreiche Fernzüge fielen aus oder wurden umgeleitet, teilte die Deutsche Bahn mit.",
        "Auf den Autobahnen rund um Köln staute sich der Verkehr im Berufsverkehr auf mehr als 40 Kilometer.",
        "Auf der A1 bei Leverkusen fuhr ein Lastwagen auf ein Stauende auf.",
        "Ursache der Störung war nach Angaben der Bahn ein Kabelbrand.",
        "Die Bundespolizei ermittelt wegen möglicher Sabotage.",
    ], [
        ev("transport.disruption", "Störung", "Störung", loc=("Köln", "DE"),
           time=("Dienstag", "2025-03-25", "day")),
        ev("transport.disruption", "fielen", "ausfallen", loc=("Köln", "DE"), mod=R),
        ev("transport.traffic_jam", "staute", "stauen", loc=("Köln", "DE")),
        ev("transport.accident", "fuhr", "auffahren", agents=["Lastwagen"],
           loc=("Leverkusen", "DE")),
        ev("transport.disruption", "Störung", "Störung", occ=1, loc=("Köln", "DE"), mod=R),
        ev("disaster.fire", "Kabelbrand", "Kabelbrand", loc=("Köln", "DE"), mod=R),
        ev("politics.investigation", "ermittelt", "ermitteln", agents=["Bundespolizei"]),
        ev("conflict.attack", "Sabotage", "Sabotage", mod=H),
    ]),
    art("de-e-139", "2025-11-28", "Führungswechsel bei Evonik", [
        "Beim Essener Chemiekonzern Evonik kommt es zu einem Führungswechsel.",
        "Vorstandschef Christian Kullmann tritt zum Jahresende ab, wie das Unternehmen am Donnerstag mitteilte.",
        "Der Aufsichtsrat berief Finanzvorständin Maike Schuh mit Wirkung zum 1. Januar zur Nachfolgerin.",
        "Zugleich will Evonik sein Geschäft mit Spezialadditiven abspalten und an die Börse bringen.",
        "Die Abspaltung soll bis Mitte 2026 abgeschlossen sein.",
    ], [
        ev("organization.leadership_change", "Führungswechsel", "Führungswechsel",
           agents=["Evonik"]),
        # "am Donnerstag" governs "mitteilte"
        ev("organization.leadership_change", "tritt", "abtreten", agents=["Evonik"],
           patients=["Christian Kullmann"], time=("Jahresende", "2025", "year"), mod=R),
        ev("organization.leadership_change", "berief", "berufen", agents=["Aufsichtsrat"],
           patients=["Maike Schuh"]),
        ev("economy.spin_off", "abspalten", "abspalten", agents=["Evonik"],
           patients=["Geschäft mit Spezialadditiven"], mod=H),
        ev("economy.spin_off", "Abspaltung", "Abspaltung", agents=["Evonik"],
           patients=["Geschäft mit Spezialadditiven"], time=("Mitte 2026", "2026", "year"),
           mod=H),
    ]),
    art("de-e-140", "2025-12-22", "Explosion im Chemiewerk Burghausen", [
        "Im Werk des Chemiekonzerns Wacker in Burghausen hat sich am Samstag eine Explosion ereignet.",
        "Nach Angaben der Werksfeuerwehr wurden zwei Mitarbeiter leicht verletzt.",
        "Am Sonntag wurde der anschließende Brand vollständig gelöscht.",
        "Die Staatsanwaltschaft Traunstein hat Ermittlungen eingeleitet.",
        "Wacker kündigte an, rund 200 Millionen Euro in die Modernisierung der Anlage zu investieren.",
    ], [
        ev("disaster.explosion", "Explosion", "Explosion", loc=("Burghausen", "DE"),
           time=("Samstag", "2025-12-20", "day")),
        # extinguishing does not realise the fire -> no time
        ev("disaster.fire", "Brand", "Brand", loc=("Burghausen", "DE")),
        ev("politics.investigation", "Ermittlungen", "Ermittlung",
           agents=["Staatsanwaltschaft Traunstein"]),
        ev("economy.investment", "investieren", "investieren", agents=["Wacker"],
           loc=("Burghausen", "DE"), mod=H),
    ]),
]

# ids were rebalanced between the splits after writing; keep the list in id order
DE.sort(key=lambda spec: spec["id"])


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="validate and compare with the files on disk; write nothing")
    ap.add_argument("-v", "--verbose", action="store_true", help="print per-type counts")
    args = ap.parse_args(argv)
    try:
        records = build("de", DE)
    except GoldError as exc:
        print(f"ERROR: {exc}", file=sys.stderr)
        return 1
    ids = [int(r["id"].rsplit("-", 1)[1]) for r in records]
    if sorted(ids) != list(range(101, 141)):
        print("ERROR: ids must be de-e-101 .. de-e-140", file=sys.stderr)
        return 1
    splits = {
        "de_tune.jsonl": [r for r in records if int(r["id"][-3:]) % 2 == 1],
        "de_heldout.jsonl": [r for r in records if int(r["id"][-3:]) % 2 == 0],
    }
    status = 0
    for name, recs in splits.items():
        evs = [e for r in recs for e in r["events"]]
        print(f"{name}: articles={len(recs)} events={len(evs)} "
              f"no-event articles={sum(1 for r in recs if not r['events'])}")
        if args.verbose:
            for t, c in sorted(Counter(e["type"] for e in evs).items()):
                print(f"    {t:34s} {c}")
        out = HERE / name
        content = dump(recs)
        if args.check:
            if not out.exists() or out.read_text(encoding="utf-8") != content:
                print(f"ERROR: {name} is missing or out of date; rerun without --check",
                      file=sys.stderr)
                status = 1
        else:
            out.write_text(content, encoding="utf-8")
            print(f"wrote {out}")
    return status


if __name__ == "__main__":
    sys.exit(main())
