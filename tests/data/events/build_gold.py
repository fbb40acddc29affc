#!/usr/bin/env python3
"""Build the hand-annotated event gold files de.jsonl / en.jsonl.

Every article below was written and annotated by hand.  Nothing in this file
calls an extraction component: the specs name each trigger by its surface
string plus an occurrence index (0 = first whole-word occurrence in the
article text) and this script only turns them into character offsets
(str.find-style, whole-word) and validates them.

Usage:
    python tests/data/events/build_gold.py          # validate + write jsonl
    python tests/data/events/build_gold.py --check  # validate only, and
                                                    # compare with files on disk

See README.md in this directory for the annotation rules.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent

TAXONOMY = [
    "diplomacy.meeting", "diplomacy.summit", "diplomacy.press_conference",
    "diplomacy.visit", "diplomacy.agreement", "diplomacy.negotiation",
    "politics.election", "politics.vote", "politics.statement",
    "politics.denial", "politics.accusation", "politics.investigation",
    "politics.resignation", "politics.appointment", "politics.protest",
    "politics.legislation", "economy.sanctions", "economy.acquisition",
    "economy.merger", "economy.insolvency", "economy.layoffs",
    "economy.investment", "economy.spin_off", "economy.facility",
    "economy.trade", "labor.strike", "conflict.attack", "conflict.escalation",
    "conflict.ceasefire", "conflict.threat", "justice.arrest", "justice.trial",
    "justice.verdict", "justice.lawsuit", "disaster.earthquake",
    "disaster.flood", "disaster.storm", "disaster.fire", "disaster.explosion",
    "disaster.other", "transport.accident", "transport.traffic_jam",
    "transport.disruption", "transport.obstruction",
    "organization.leadership_change", "publication.book",
    "publication.report", "health.outbreak",
    # added 2026-12-04 (issue 12); the sets in this folder predate them, new/ uses them
    "life.death", "economy.rate_decision", "economy.product_launch",
]
MODALITIES = ("asserted", "negated", "hypothetical", "reported")
GRANULARITIES = ("day", "week", "month", "year", "decade")

# ISO 3166-1 alpha-2 codes used in this gold set (validation whitelist).
COUNTRIES = {
    "AZ": "Azerbaijan", "BE": "Belgium", "BH": "Bahrain", "CD": "DR Congo",
    "CH": "Switzerland", "CN": "China", "DE": "Germany", "EG": "Egypt",
    "ES": "Spain", "FI": "Finland", "FR": "France", "GB": "United Kingdom",
    "GE": "Georgia", "GR": "Greece", "IE": "Ireland", "IL": "Israel",
    "IN": "India", "IR": "Iran", "IT": "Italy", "JP": "Japan",
    "LB": "Lebanon", "MA": "Morocco", "NL": "Netherlands", "NZ": "New Zealand",
    "PG": "Papua New Guinea", "PL": "Poland", "PS": "Palestine", "QA": "Qatar",
    "RU": "Russia", "SE": "Sweden", "TR": "Turkey", "TW": "Taiwan",
    "UA": "Ukraine", "US": "United States", "UY": "Uruguay", "YE": "Yemen",
}

A, N, H, R = "asserted", "negated", "hypothetical", "reported"

WEEKDAYS = {
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4,
    "samstag": 5, "sonntag": 6, "monday": 0, "tuesday": 1, "wednesday": 2,
    "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}

# A time "text" never starts with a bare preposition / article (see README).
LEADING_FORBIDDEN = re.compile(
    r"^(am|im|an|ab|seit|bis|zum|vom|für|der|die|das|den|dem|des|on|at|"
    r"the|since|from|until|by|during|noch)\s", re.IGNORECASE)


def ev(type_, trigger, lemma, occ=0, agents=(), patients=(), loc=None,
       time=None, mod=A):
    """One event mention.

    trigger: surface string of the single trigger word
    occ:     which whole-word occurrence of `trigger` in the article text
    loc:     (place text, ISO country) or None
    time:    (time text, ISO value, granularity) or None
    """
    return {"type": type_, "trigger": trigger, "lemma": lemma, "occ": occ,
            "agents": list(agents), "patients": list(patients), "loc": loc,
            "time": time, "mod": mod}


def art(id_, published_at, title, sentences, events):
    return {"id": id_, "published_at": published_at, "title": title,
            "sentences": sentences, "events": events}


# --------------------------------------------------------------------------
# German articles
# --------------------------------------------------------------------------
DE = [
    art("de-e-001", "2024-10-24", "Putin empfängt Staatschefs zum BRICS-Gipfel in Kasan", [
        "Im russischen Kasan hat am Dienstag der BRICS-Gipfel begonnen.",
        "Kremlchef Wladimir Putin traf am Rande des Gipfels den indischen Premierminister Narendra Modi.",
        "Am Donnerstag gab Putin zum Abschluss eine Pressekonferenz.",
        "Dabei kritisierte er den Westen scharf.",
    ], [
        ev("diplomacy.summit", "BRICS-Gipfel", "BRICS-Gipfel", loc=("Kasan", "RU"),
           time=("Dienstag", "2024-10-22", "day")),
        ev("diplomacy.meeting", "traf", "treffen", agents=["Wladimir Putin", "Narendra Modi"],
           loc=("Kasan", "RU")),
        ev("diplomacy.summit", "Gipfels", "Gipfel", loc=("Kasan", "RU")),
        ev("diplomacy.press_conference", "Pressekonferenz", "Pressekonferenz", agents=["Putin"],
           loc=("Kasan", "RU"), time=("Donnerstag", "2024-10-24", "day")),
        ev("politics.statement", "kritisierte", "kritisieren", agents=["Putin"],
           patients=["Westen"], loc=("Kasan", "RU")),
    ]),
    art("de-e-002", "2024-10-31", "Siemens kauft US-Softwarefirma Altair", [
        "Der Münchner Technologiekonzern Siemens übernimmt den US-Softwareanbieter Altair Engineering für rund zehn Milliarden US-Dollar.",
        "Das gab Siemens am Mittwoch bekannt.",
        "Mit der Übernahme will der Konzern sein Geschäft mit Industriesoftware stärken.",
        "Die Siemens-Aktie gab am Donnerstag leicht nach.",
    ], [
        ev("economy.acquisition", "übernimmt", "übernehmen", agents=["Siemens"],
           patients=["Altair Engineering"]),
        # "will" scopes over "stärken", not over the takeover itself
        ev("economy.acquisition", "Übernahme", "Übernahme", agents=["Siemens"],
           patients=["Altair Engineering"]),
    ]),
    art("de-e-003", "2023-09-05", "Gigaset stellt Insolvenzantrag", [
        "Der Telefonhersteller Gigaset hat beim Amtsgericht Münster Insolvenz beantragt.",
        "Das teilte das Unternehmen am Montag in Bocholt mit.",
        "Grund seien die stark gesunkene Nachfrage und gestiegene Kosten.",
        "Ein Stellenabbau am Standort Bocholt mit rund 850 Beschäftigten sei nicht ausgeschlossen, hieß es.",
    ], [
        ev("economy.insolvency", "Insolvenz", "Insolvenz", agents=["Gigaset"],
           loc=("Münster", "DE")),
        # "nicht ausgeschlossen" = possible -> hypothetical (beats reported)
        ev("economy.layoffs", "Stellenabbau", "Stellenabbau", agents=["Gigaset"],
           loc=("Bocholt", "DE"), mod=H),
    ]),
    art("de-e-004", "2024-07-26", "ZF will bis zu 14.000 Stellen streichen", [
        "Der Autozulieferer ZF will in Deutschland bis Ende 2028 bis zu 14.000 Stellen streichen.",
        "Das kündigte der Konzern am Freitag in Friedrichshafen an.",
        "Besonders betroffen seien die Standorte Saarbrücken und Schweinfurt.",
        "Die IG Metall rief für die kommende Woche zu Protesten vor den Werkstoren auf.",
    ], [
        ev("economy.layoffs", "streichen", "streichen", agents=["ZF"], loc=("Deutschland", "DE"),
           time=("Ende 2028", "2028", "year"), mod=H),
        # an organiser's call to protest/strike counts as scheduling -> asserted
        ev("politics.protest", "Protesten", "Protest", agents=["IG Metall"],
           time=("kommende Woche", "2024-W31", "week")),
    ]),
    art("de-e-005", "2024-03-11", "GDL ruft erneut zum Bahnstreik auf", [
        "Die Lokführergewerkschaft GDL hat erneut zu einem Streik bei der Deutschen Bahn aufgerufen.",
        "Der Ausstand im Personenverkehr beginnt am Dienstag um 2 Uhr und dauert 24 Stunden.",
        "Die Bahn rechnet bundesweit mit massiven Zugausfällen.",
        "Ein Eilantrag des Konzerns beim Arbeitsgericht war zuvor gescheitert.",
    ], [
        ev("labor.strike", "Streik", "Streik", agents=["GDL"], patients=["Deutschen Bahn"]),
        ev("labor.strike", "Ausstand", "Ausstand", agents=["GDL"], patients=["Deutschen Bahn"],
           time=("Dienstag", "2024-03-12", "day")),
        ev("transport.disruption", "Zugausfällen", "Zugausfall", mod=H),
        ev("justice.lawsuit", "Eilantrag", "Eilantrag", agents=["Deutschen Bahn"],
           patients=["GDL"]),
    ]),
    art("de-e-006", "2024-11-15", "Lkw-Unfall auf der A3 bei Würzburg", [
        "Auf der A3 bei Würzburg ist am Donnerstagmorgen ein Lastwagen auf einen stehenden Sattelzug aufgefahren.",
        "Der 54-jährige Fahrer wurde schwer verletzt, teilte die Polizei mit.",
        "Die Autobahn war in Richtung Frankfurt stundenlang gesperrt.",
        "Der Rückstau wuchs zeitweise auf zwölf Kilometer an.",
    ], [
        ev("transport.accident", "aufgefahren", "auffahren", agents=["Lastwagen"],
           patients=["Sattelzug"], loc=("Würzburg", "DE"),
           time=("Donnerstagmorgen", "2024-11-14", "day")),
        ev("transport.obstruction", "gesperrt", "sperren", loc=("Würzburg", "DE")),
        ev("transport.traffic_jam", "Rückstau", "Rückstau", loc=("Würzburg", "DE")),
    ]),
    art("de-e-007", "2024-02-19", "Umgestürzter Baum blockiert Bahnstrecke", [
        "Ein umgestürzter Baum hat am Sonntagabend die Bahnstrecke zwischen Hamburg und Bremen blockiert.",
        "Ein Regionalexpress konnte rechtzeitig bremsen, verletzt wurde niemand.",
        "Bis in die Nacht fielen zahlreiche Verbindungen aus.",
        "Die Deutsche Bahn richtete einen Ersatzverkehr mit Bussen ein.",
    ], [
        ev("transport.obstruction", "blockiert", "blockieren", agents=["Baum"],
           time=("Sonntagabend", "2024-02-18", "day")),
        ev("transport.disruption", "fielen", "ausfallen"),
    ]),
    art("de-e-008", "2024-09-23", "SPD gewinnt Landtagswahl in Brandenburg knapp", [
        "Bei der Landtagswahl in Brandenburg ist die SPD von Ministerpräsident Dietmar Woidke am Sonntag knapp stärkste Kraft geworden.",
        "Sie kam auf 30,9 Prozent, die AfD auf 29,2 Prozent.",
        "Woidke sprach in Potsdam von einem „großartigen Sieg“.",
        "Die Grünen scheiterten an der Fünf-Prozent-Hürde.",
    ], [
        ev("politics.election", "Landtagswahl", "Landtagswahl", agents=["SPD", "Dietmar Woidke"],
           loc=("Brandenburg", "DE"), time=("Sonntag", "2024-09-22", "day")),
        ev("politics.statement", "sprach", "sprechen", agents=["Woidke"], loc=("Potsdam", "DE")),
    ]),
    art("de-e-009", "2024-12-16", "Scholz verliert die Vertrauensfrage", [
        "Bundeskanzler Olaf Scholz hat im Bundestag wie geplant die Vertrauensfrage verloren.",
        "Bei der Abstimmung am Montag sprachen ihm nur 207 Abgeordnete das Vertrauen aus, 394 stimmten dagegen.",
        "Damit ist der Weg frei für eine Neuwahl am 23. Februar.",
        "Bundespräsident Frank-Walter Steinmeier muss nun über die Auflösung des Parlaments entscheiden.",
    ], [
        ev("politics.vote", "Vertrauensfrage", "Vertrauensfrage", agents=["Bundestag"],
           patients=["Olaf Scholz"]),
        # "Abstimmung" and "stimmten" name the same vote: first word only
        ev("politics.vote", "Abstimmung", "Abstimmung", agents=["Bundestag"],
           patients=["Olaf Scholz"], time=("Montag", "2024-12-16", "day")),
        ev("politics.election", "Neuwahl", "Neuwahl", time=("23. Februar", "2025-02-23", "day"),
           mod=H),
    ]),
    art("de-e-010", "2024-09-25", "Grünen-Spitze tritt zurück", [
        "Die Grünen-Vorsitzenden Ricarda Lang und Omid Nouripour treten zurück.",
        "Das kündigten beide am Mittwoch in Berlin an.",
        "Nouripour sprach von der „tiefsten Krise“ der Partei seit einem Jahrzehnt.",
        "Der gesamte Bundesvorstand soll beim Parteitag im November neu gewählt werden.",
    ], [
        ev("politics.resignation", "treten", "zurücktreten",
           agents=["Ricarda Lang", "Omid Nouripour"]),
        ev("politics.statement", "sprach", "sprechen", agents=["Nouripour"]),
        ev("politics.election", "gewählt", "wählen", patients=["Bundesvorstand"],
           time=("November", "2024-11", "month"), mod=H),
    ]),
    art("de-e-011", "2023-01-17", "Pistorius wird Verteidigungsminister", [
        "Der niedersächsische Innenminister Boris Pistorius wird neuer Bundesverteidigungsminister.",
        "Bundeskanzler Olaf Scholz benannte den SPD-Politiker am Dienstag als Nachfolger von Christine Lambrecht.",
        "Lambrecht war am Montag nach anhaltender Kritik zurückgetreten.",
        "Pistorius soll bereits am Donnerstag vereidigt werden.",
    ], [
        ev("politics.appointment", "benannte", "benennen", agents=["Olaf Scholz"],
           patients=["Boris Pistorius"], time=("Dienstag", "2023-01-17", "day")),
        ev("politics.resignation", "zurückgetreten", "zurücktreten", agents=["Lambrecht"],
           time=("Montag", "2023-01-16", "day")),
        ev("politics.appointment", "vereidigt", "vereidigen", patients=["Pistorius"],
           time=("Donnerstag", "2023-01-19", "day"), mod=H),
    ]),
    art("de-e-012", "2023-06-01", "Bill Anderson übernimmt die Führung bei Bayer", [
        "Beim Pharma- und Agrarkonzern Bayer ist am Donnerstag der Führungswechsel vollzogen worden.",
        "Der US-Amerikaner Bill Anderson folgt auf Werner Baumann, der das Unternehmen sieben Jahre lang geleitet hatte.",
        "Anderson kündigte an, in der Zentrale in Leverkusen Managementstellen abzubauen.",
        "Anleger hoffen auf eine Erholung des Aktienkurses.",
    ], [
        ev("organization.leadership_change", "Führungswechsel", "Führungswechsel",
           agents=["Bayer"], time=("Donnerstag", "2023-06-01", "day")),
        ev("organization.leadership_change", "folgt", "folgen", agents=["Bayer"],
           patients=["Bill Anderson", "Werner Baumann"]),
        # company announcement: no politics.statement; the announced cut is hypothetical
        ev("economy.layoffs", "abzubauen", "abbauen", agents=["Bayer"],
           loc=("Leverkusen", "DE"), mod=H),
    ]),
    art("de-e-013", "2024-06-24", "EU beschließt neues Sanktionspaket gegen Russland", [
        "Die EU-Staaten haben am Montag ein neues Sanktionspaket gegen Russland beschlossen.",
        "Erstmals richten sich die Strafmaßnahmen auch gegen russisches Flüssiggas.",
        "Ungarn hatte seinen Widerstand zuvor aufgegeben.",
        "Moskau kündigte Gegensanktionen an.",
    ], [
        ev("economy.sanctions", "Sanktionspaket", "Sanktionspaket", agents=["EU-Staaten"],
           patients=["Russland"], time=("Montag", "2024-06-24", "day")),
        ev("economy.sanctions", "Strafmaßnahmen", "Strafmaßnahme", agents=["EU-Staaten"],
           patients=["Russland"]),
        ev("economy.sanctions", "Gegensanktionen", "Gegensanktion", agents=["Moskau"], mod=H),
    ]),
    art("de-e-014", "2023-05-04", "Moskau wirft Kiew Drohnenangriff auf den Kreml vor", [
        "Russland wirft der Ukraine vor, in der Nacht zum Mittwoch einen Drohnenangriff auf den Kreml verübt zu haben.",
        "Der Angriff sei ein Mordanschlag auf Präsident Wladimir Putin gewesen, erklärte der Kreml.",
        "Kiew wies jede Beteiligung zurück.",
        "Präsident Wolodymyr Selenskyj sagte bei einem Besuch in Helsinki: „Wir haben Putin oder Moskau nicht angegriffen.“",
    ], [
        ev("politics.accusation", "wirft", "vorwerfen", agents=["Russland"], patients=["Ukraine"]),
        ev("conflict.attack", "Drohnenangriff", "Drohnenangriff", agents=["Ukraine"],
           patients=["Kreml"], loc=("Kreml", "RU"),
           time=("Nacht zum Mittwoch", "2023-05-03", "day"), mod=R),
        ev("conflict.attack", "Angriff", "Angriff", agents=["Ukraine"], patients=["Kreml"],
           loc=("Kreml", "RU"), mod=R),
        ev("politics.denial", "wies", "zurückweisen", agents=["Kiew"]),
        ev("diplomacy.visit", "Besuch", "Besuch", agents=["Wolodymyr Selenskyj"],
           loc=("Helsinki", "FI")),
        ev("conflict.attack", "angegriffen", "angreifen", agents=["Ukraine"],
           patients=["Putin", "Moskau"], mod=N),
    ]),
    art("de-e-015", "2024-04-10", "Razzia bei Frankfurter Immobilienentwickler", [
        "Die Staatsanwaltschaft Frankfurt ermittelt gegen drei Manager eines Immobilienentwicklers wegen des Verdachts auf Betrug.",
        "Am Dienstag durchsuchten Ermittler Büros in Frankfurt und Wiesbaden.",
        "Ein 52-jähriger Geschäftsführer wurde dabei festgenommen.",
        "Das Unternehmen wies die Vorwürfe zurück.",
    ], [
        ev("politics.investigation", "ermittelt", "ermitteln",
           agents=["Staatsanwaltschaft Frankfurt"], patients=["drei Manager"]),
        ev("politics.investigation", "durchsuchten", "durchsuchen", agents=["Ermittler"],
           loc=("Frankfurt", "DE"), time=("Dienstag", "2024-04-09", "day")),
        ev("justice.arrest", "festgenommen", "festnehmen", patients=["52-jähriger Geschäftsführer"]),
        ev("politics.denial", "wies", "zurückweisen", agents=["Unternehmen"]),
        ev("politics.accusation", "Vorwürfe", "Vorwurf", agents=["Staatsanwaltschaft Frankfurt"],
           patients=["drei Manager"]),
    ]),
    art("de-e-016", "2024-08-19", "Zwei Tonnen Kokain im Hamburger Hafen entdeckt", [
        "Zollfahnder haben im Hamburger Hafen rund zwei Tonnen Kokain sichergestellt.",
        "Nach Angaben der Staatsanwaltschaft wurden am Samstag vier Verdächtige festgenommen.",
        "Die Männer sollen einer international agierenden Bande angehören.",
        "Gegen sie wird wegen bandenmäßigen Drogenhandels ermittelt.",
    ], [
        ev("justice.arrest", "festgenommen", "festnehmen", patients=["vier Verdächtige"],
           time=("Samstag", "2024-08-17", "day"), mod=R),
        ev("politics.investigation", "ermittelt", "ermitteln", patients=["Männer"]),
    ]),
    art("de-e-017", "2024-05-15", "Haftstrafen für Einbrecherbande", [
        "Das Landgericht Osnabrück hat am Mittwoch drei Männer wegen einer Einbruchsserie zu langjährigen Haftstrafen verurteilt.",
        "Die Angeklagten waren zwischen 2021 und 2022 in mehr als 20 Juweliergeschäfte in Niedersachsen eingebrochen.",
        "Der Prozess hatte im Januar begonnen.",
        "Das Urteil ist noch nicht rechtskräftig.",
    ], [
        ev("justice.verdict", "verurteilt", "verurteilen", agents=["Landgericht Osnabrück"],
           patients=["drei Männer"], loc=("Osnabrück", "DE"),
           time=("Mittwoch", "2024-05-15", "day")),
        ev("justice.trial", "Prozess", "Prozess", agents=["Landgericht Osnabrück"],
           patients=["drei Männer"], loc=("Osnabrück", "DE"),
           time=("Januar", "2024-01", "month")),
        # "nicht" negates finality, not the verdict
        ev("justice.verdict", "Urteil", "Urteil", agents=["Landgericht Osnabrück"],
           patients=["drei Männer"], loc=("Osnabrück", "DE")),
    ]),
    art("de-e-018", "2024-11-20", "Verbraucherschützer verklagen Energieversorger", [
        "Der Verbraucherzentrale Bundesverband hat den Energieversorger Nordgas verklagt.",
        "Die Verbraucherschützer werfen dem Unternehmen vor, Preiserhöhungen nicht rechtzeitig angekündigt zu haben.",
        "Die Musterfeststellungsklage wurde beim Oberlandesgericht Hamburg eingereicht.",
        "Nordgas wies die Vorwürfe am Dienstag zurück.",
    ], [
        ev("justice.lawsuit", "verklagt", "verklagen",
           agents=["Verbraucherzentrale Bundesverband"], patients=["Nordgas"]),
        ev("politics.accusation", "werfen", "vorwerfen",
           agents=["Verbraucherzentrale Bundesverband"], patients=["Nordgas"]),
        ev("justice.lawsuit", "Musterfeststellungsklage", "Musterfeststellungsklage",
           agents=["Verbraucherzentrale Bundesverband"], patients=["Nordgas"],
           loc=("Hamburg", "DE")),
        ev("politics.denial", "wies", "zurückweisen", agents=["Nordgas"],
           time=("Dienstag", "2024-11-19", "day")),
        ev("politics.accusation", "Vorwürfe", "Vorwurf",
           agents=["Verbraucherzentrale Bundesverband"], patients=["Nordgas"]),
    ]),
    art("de-e-019", "2024-01-02", "Schweres Erdbeben erschüttert Japan", [
        "Ein schweres Erdbeben der Stärke 7,5 hat am Neujahrstag die Westküste Japans erschüttert.",
        "Besonders betroffen war die Halbinsel Noto in der Präfektur Ishikawa.",
        "Mehrere Häuser stürzten ein, in der Stadt Wajima brach ein Großfeuer aus.",
        "Die Behörden gaben eine Tsunami-Warnung heraus.",
    ], [
        ev("disaster.earthquake", "Erdbeben", "Erdbeben", loc=("Noto", "JP"),
           time=("Neujahrstag", "2024-01-01", "day")),
        ev("disaster.fire", "Großfeuer", "Großfeuer", loc=("Wajima", "JP")),
    ]),
    art("de-e-020", "2024-06-03", "Hochwasser in Süddeutschland", [
        "Nach tagelangem Dauerregen kämpfen Bayern und Baden-Württemberg mit schwerem Hochwasser.",
        "In Schrobenhausen und Pfaffenhofen wurden Hunderte Menschen in Sicherheit gebracht.",
        "Am Sonntag besuchte Ministerpräsident Markus Söder das überflutete Schrobenhausen.",
        "Wegen überfluteter Gleise stellte die Bahn den Fernverkehr zwischen München und Stuttgart ein.",
    ], [
        ev("disaster.flood", "Hochwasser", "Hochwasser", loc=("Bayern", "DE")),
        ev("diplomacy.visit", "besuchte", "besuchen", agents=["Markus Söder"],
           loc=("Schrobenhausen", "DE"), time=("Sonntag", "2024-06-02", "day")),
        ev("transport.disruption", "stellte", "einstellen", agents=["Bahn"]),
    ]),
    art("de-e-021", "2023-10-20", "Sturm richtet an der Ostsee schwere Schäden an", [
        "Ein schwerer Sturm hat in der Nacht zum Freitag an der Ostseeküste Schleswig-Holsteins große Schäden angerichtet.",
        "In Flensburg und Eckernförde wurden Straßen und Keller überflutet.",
        "Umgestürzte Bäume blockierten mehrere Bundesstraßen.",
        "Der Deutsche Wetterdienst warnt für Samstag vor einem weiteren Sturm.",
    ], [
        ev("disaster.storm", "Sturm", "Sturm", loc=("Schleswig-Holstein", "DE"),
           time=("Nacht zum Freitag", "2023-10-20", "day")),
        ev("disaster.flood", "überflutet", "überfluten", loc=("Flensburg", "DE")),
        ev("transport.obstruction", "blockierten", "blockieren", agents=["Bäume"]),
        ev("disaster.storm", "Sturm", "Sturm", occ=1, time=("Samstag", "2023-10-21", "day"),
           mod=H),
    ]),
    art("de-e-022", "2024-03-18", "Großbrand in Ludwigshafener Lagerhalle", [
        "In einer Lagerhalle in Ludwigshafen ist am Sonntagabend ein Großbrand ausgebrochen.",
        "Nach Angaben der Feuerwehr kam es dabei zu mehreren Explosionen von Gasflaschen.",
        "Die Anwohner wurden aufgefordert, Fenster und Türen geschlossen zu halten.",
        "Die Polizei ermittelt zur Brandursache.",
    ], [
        ev("disaster.fire", "Großbrand", "Großbrand", loc=("Ludwigshafen", "DE"),
           time=("Sonntagabend", "2024-03-17", "day")),
        ev("disaster.explosion", "Explosionen", "Explosion", loc=("Ludwigshafen", "DE"), mod=R),
        ev("politics.investigation", "ermittelt", "ermitteln", agents=["Polizei"]),
    ]),
    art("de-e-023", "2024-09-05", "Gasexplosion in Bochumer Mehrfamilienhaus", [
        "Bei einer Gasexplosion in einem Mehrfamilienhaus in Bochum sind am Mittwoch zwei Menschen verletzt worden.",
        "Das Gebäude ist nach Angaben der Stadt einsturzgefährdet.",
        "Die Feuerwehr schloss einen Anschlag aus.",
        "Die Staatsanwaltschaft hat Ermittlungen zur Ursache aufgenommen.",
    ], [
        ev("disaster.explosion", "Gasexplosion", "Gasexplosion", loc=("Bochum", "DE"),
           time=("Mittwoch", "2024-09-04", "day")),
        ev("conflict.attack", "Anschlag", "Anschlag", mod=N),
        ev("politics.investigation", "Ermittlungen", "Ermittlung", agents=["Staatsanwaltschaft"]),
    ]),
    art("de-e-024", "2024-03-06", "Masernausbruch an Berliner Schulen", [
        "In Berlin ist an mehreren Schulen ein Masernausbruch festgestellt worden.",
        "Seit Jahresbeginn wurden nach Angaben des Gesundheitsamts 24 Fälle registriert.",
        "Die Behörde ruft Eltern dazu auf, den Impfstatus ihrer Kinder zu prüfen.",
        "Bereits im Februar hatte es an einer Kita in Neukölln einen Ausbruch gegeben.",
    ], [
        ev("health.outbreak", "Masernausbruch", "Masernausbruch", loc=("Berlin", "DE")),
        ev("health.outbreak", "Ausbruch", "Ausbruch", loc=("Neukölln", "DE"),
           time=("Februar", "2024-02", "month")),
    ]),
    art("de-e-025", "2024-11-26", "Merkels Memoiren sind erschienen", [
        "Die Memoiren von Altkanzlerin Angela Merkel sind am Dienstag erschienen.",
        "Das rund 700 Seiten starke Buch trägt den Titel „Freiheit“ und entstand gemeinsam mit ihrer langjährigen Beraterin Beate Baumann.",
        "Am Dienstagabend stellt Merkel das Werk im Deutschen Theater in Berlin vor.",
        "Der Verlag Kiepenheuer & Witsch rechnet mit hohen Verkaufszahlen.",
    ], [
        ev("publication.book", "erschienen", "erscheinen", agents=["Angela Merkel"],
           time=("Dienstag", "2024-11-26", "day")),
        ev("publication.book", "stellt", "vorstellen", agents=["Merkel"], loc=("Berlin", "DE"),
           time=("Dienstagabend", "2024-11-26", "day")),
    ]),
    art("de-e-026", "2024-11-13", "Wirtschaftsweise senken ihre Prognose", [
        "Die Wirtschaftsweisen haben am Mittwoch ihr Jahresgutachten vorgelegt.",
        "Darin senken sie ihre Wachstumsprognose für 2024 deutlich.",
        "Für das laufende Jahr erwarten die Ökonomen einen Rückgang der Wirtschaftsleistung um 0,1 Prozent.",
        "Das Gutachten wurde Bundeskanzler Olaf Scholz in Berlin übergeben.",
    ], [
        ev("publication.report", "Jahresgutachten", "Jahresgutachten",
           agents=["Wirtschaftsweisen"], time=("Mittwoch", "2024-11-13", "day")),
        ev("publication.report", "Gutachten", "Gutachten", agents=["Wirtschaftsweisen"],
           patients=["Olaf Scholz"], loc=("Berlin", "DE")),
    ]),
    art("de-e-027", "2024-08-26", "Massiver russischer Luftangriff auf die Ukraine", [
        "Russland hat die Ukraine in der Nacht zum Montag mit einem der größten Luftangriffe seit Kriegsbeginn überzogen.",
        "Nach ukrainischen Angaben wurden mehr als 100 Raketen und ebenso viele Drohnen abgefeuert.",
        "In Kiew und Lwiw wurden Explosionen gemeldet.",
        "Präsident Wolodymyr Selenskyj forderte erneut mehr Flugabwehrsysteme vom Westen.",
    ], [
        ev("conflict.attack", "Luftangriffe", "Luftangriff", agents=["Russland"],
           patients=["Ukraine"], loc=("Ukraine", "UA"),
           time=("Nacht zum Montag", "2024-08-26", "day")),
        ev("conflict.attack", "abgefeuert", "abfeuern", agents=["Russland"], mod=R),
        ev("disaster.explosion", "Explosionen", "Explosion", loc=("Kiew", "UA"), mod=R),
        ev("politics.statement", "forderte", "fordern", agents=["Wolodymyr Selenskyj"]),
    ]),
    art("de-e-028", "2025-01-20", "Waffenruhe im Gazastreifen in Kraft", [
        "Im Gazastreifen ist am Sonntag nach mehr als 15 Monaten Krieg eine Waffenruhe in Kraft getreten.",
        "Die Vereinbarung zwischen Israel und der Hamas war in wochenlangen Verhandlungen in Katar erzielt worden.",
        "In einer ersten Phase sollen 33 israelische Geiseln freikommen.",
        "Beobachter halten die Feuerpause für brüchig.",
    ], [
        ev("conflict.ceasefire", "Waffenruhe", "Waffenruhe", agents=["Israel", "Hamas"],
           loc=("Gazastreifen", "PS"), time=("Sonntag", "2025-01-19", "day")),
        ev("diplomacy.agreement", "Vereinbarung", "Vereinbarung", agents=["Israel", "Hamas"],
           loc=("Katar", "QA")),
        ev("diplomacy.negotiation", "Verhandlungen", "Verhandlung", agents=["Israel", "Hamas"],
           loc=("Katar", "QA")),
        ev("conflict.ceasefire", "Feuerpause", "Feuerpause", agents=["Israel", "Hamas"],
           loc=("Gazastreifen", "PS")),
    ]),
    art("de-e-029", "2024-10-15", "Nordkorea sprengt Straßen zum Süden", [
        "Nordkorea hat am Dienstag Teile zweier Straßenverbindungen nach Südkorea gesprengt.",
        "Südkoreas Armee reagierte mit Warnschüssen auf der eigenen Seite der Grenze.",
        "Machthaber Kim Jong Un hatte zuvor gedroht, im Fall eines Angriffs Atomwaffen einzusetzen.",
        "Beobachter sprechen von einer gefährlichen Eskalation.",
    ], [
        ev("disaster.explosion", "gesprengt", "sprengen", agents=["Nordkorea"],
           time=("Dienstag", "2024-10-15", "day")),
        ev("conflict.threat", "Warnschüssen", "Warnschuss", agents=["Südkoreas Armee"]),
        ev("conflict.threat", "gedroht", "drohen", agents=["Kim Jong Un"]),
        ev("conflict.attack", "Angriffs", "Angriff", mod=H),
        ev("conflict.attack", "einzusetzen", "einsetzen", agents=["Kim Jong Un"], mod=H),
        ev("conflict.escalation", "Eskalation", "Eskalation", mod=R),
    ]),
    art("de-e-030", "2024-10-25", "Scholz zu Besuch in Indien", [
        "Bundeskanzler Olaf Scholz ist zu einem dreitägigen Besuch in Indien eingetroffen.",
        "In Neu-Delhi traf er am Freitag Premierminister Narendra Modi.",
        "Beide Regierungen unterzeichneten Abkommen zur Migration und zum Klimaschutz.",
        "Am Samstag reist Scholz weiter nach Goa.",
    ], [
        ev("diplomacy.visit", "Besuch", "Besuch", agents=["Olaf Scholz"], loc=("Indien", "IN")),
        ev("diplomacy.meeting", "traf", "treffen", agents=["Olaf Scholz", "Narendra Modi"],
           loc=("Neu-Delhi", "IN"), time=("Freitag", "2024-10-25", "day")),
        ev("diplomacy.agreement", "unterzeichneten", "unterzeichnen",
           agents=["Olaf Scholz", "Narendra Modi"], loc=("Neu-Delhi", "IN")),
        ev("diplomacy.visit", "reist", "reisen", agents=["Scholz"], loc=("Goa", "IN"),
           time=("Samstag", "2024-10-26", "day")),
    ]),
    art("de-e-031", "2024-12-07", "EU und Mercosur schließen Freihandelsabkommen", [
        "Nach mehr als 20 Jahren Verhandlungen haben die EU und die Mercosur-Staaten am Freitag in Montevideo ein Freihandelsabkommen abgeschlossen.",
        "EU-Kommissionspräsidentin Ursula von der Leyen sprach von einem „historischen Meilenstein“.",
        "Frankreich lehnt den Vertrag weiterhin ab.",
        "In Paris protestierten Landwirte gegen das Abkommen.",
    ], [
        # "am Freitag" governs the conclusion, not the 20 years of talks
        ev("diplomacy.negotiation", "Verhandlungen", "Verhandlung",
           agents=["EU", "Mercosur-Staaten"]),
        ev("diplomacy.agreement", "Freihandelsabkommen", "Freihandelsabkommen",
           agents=["EU", "Mercosur-Staaten"], loc=("Montevideo", "UY"),
           time=("Freitag", "2024-12-06", "day")),
        ev("politics.statement", "sprach", "sprechen", agents=["Ursula von der Leyen"]),
        ev("politics.protest", "protestierten", "protestieren", agents=["Landwirte"],
           loc=("Paris", "FR")),
    ]),
    art("de-e-032", "2023-03-27", "Warnstreik legt Verkehr lahm", [
        "Ein großangelegter Warnstreik hat am Montag den Verkehr in weiten Teilen Deutschlands lahmgelegt.",
        "Die Gewerkschaften Verdi und EVG hatten zu dem Ausstand im Fern-, Regional- und Nahverkehr sowie an Flughäfen aufgerufen.",
        "Die Tarifverhandlungen für den öffentlichen Dienst gehen am Montag in Potsdam in die dritte Runde.",
        "Die Arbeitgeber lehnen die Forderungen der Gewerkschaften bislang ab.",
    ], [
        ev("labor.strike", "Warnstreik", "Warnstreik", agents=["Verdi", "EVG"],
           loc=("Deutschland", "DE"), time=("Montag", "2023-03-27", "day")),
        ev("transport.disruption", "lahmgelegt", "lahmlegen", loc=("Deutschland", "DE"),
           time=("Montag", "2023-03-27", "day")),
        ev("labor.strike", "Ausstand", "Ausstand", agents=["Verdi", "EVG"]),
        ev("diplomacy.negotiation", "Tarifverhandlungen", "Tarifverhandlung",
           agents=["Verdi", "Arbeitgeber"], loc=("Potsdam", "DE"),
           time=("Montag", "2023-03-27", "day")),
    ]),
    art("de-e-033", "2024-09-17", "Intel legt Chipfabrik in Magdeburg auf Eis", [
        "Der US-Chipkonzern Intel legt den geplanten Bau seiner Chipfabrik in Magdeburg auf Eis.",
        "Das Projekt werde um etwa zwei Jahre verschoben, teilte Intel-Chef Pat Gelsinger am Montag mit.",
        "Der Bund hatte Subventionen von fast zehn Milliarden Euro zugesagt.",
        "Eine endgültige Absage der Investition gebe es nicht, betonte das Unternehmen.",
    ], [
        ev("economy.facility", "Bau", "Bau", agents=["Intel"], loc=("Magdeburg", "DE"), mod=H),
        ev("economy.investment", "Investition", "Investition", agents=["Intel"],
           loc=("Magdeburg", "DE"), mod=H),
    ]),
    art("de-e-034", "2024-03-06", "Brandanschlag legt Tesla-Werk lahm", [
        "Nach einem Brandanschlag auf einen Strommast steht die Produktion im Tesla-Werk in Grünheide still.",
        "Die linksextreme „Vulkangruppe“ bekannte sich in einem Schreiben zu der Tat.",
        "Der Generalbundesanwalt übernahm am Mittwoch die Ermittlungen.",
        "Brandenburgs Ministerpräsident Dietmar Woidke verurteilte die Tat scharf.",
    ], [
        ev("conflict.attack", "Brandanschlag", "Brandanschlag", patients=["Strommast"],
           loc=("Grünheide", "DE")),
        ev("politics.investigation", "Ermittlungen", "Ermittlung", agents=["Generalbundesanwalt"],
           time=("Mittwoch", "2024-03-06", "day")),
        # "verurteilte" = condemned (statement), not a court verdict
        ev("politics.statement", "verurteilte", "verurteilen", agents=["Dietmar Woidke"]),
    ]),
    art("de-e-035", "2023-05-02", "Infineon baut neue Chipfabrik in Dresden", [
        "Der Chiphersteller Infineon hat am Dienstag in Dresden mit dem Bau einer neuen Halbleiterfabrik begonnen.",
        "Der Konzern investiert rund fünf Milliarden Euro in das Werk, das 2026 in Betrieb gehen soll.",
        "Zum Spatenstich kamen Bundeskanzler Olaf Scholz und EU-Kommissionspräsidentin Ursula von der Leyen.",
        "Es ist die größte Einzelinvestition in der Firmengeschichte.",
        "Den Standort Dresden hatte Siemens bereits in den 1990er Jahren gegründet.",
    ], [
        ev("economy.facility", "Bau", "Bau", agents=["Infineon"], loc=("Dresden", "DE"),
           time=("Dienstag", "2023-05-02", "day")),
        # "2026" governs "in Betrieb gehen", not "investiert"
        ev("economy.investment", "investiert", "investieren", agents=["Infineon"],
           loc=("Dresden", "DE")),
        ev("economy.facility", "Spatenstich", "Spatenstich", agents=["Infineon"],
           loc=("Dresden", "DE")),
        ev("economy.investment", "Einzelinvestition", "Einzelinvestition", agents=["Infineon"]),
        ev("economy.facility", "gegründet", "gründen", agents=["Siemens"], loc=("Dresden", "DE"),
           time=("1990er Jahren", "199", "decade")),
    ]),
    art("de-e-036", "2024-09-24", "Unicredit stockt bei der Commerzbank auf", [
        "Die italienische Großbank Unicredit hat ihren Anteil an der Commerzbank auf rund 21 Prozent aufgestockt.",
        "Unicredit-Chef Andrea Orcel schließt eine Fusion der beiden Institute nicht aus.",
        "Die Bundesregierung lehnt eine Übernahme ab, wie ein Regierungssprecher am Montag in Berlin erklärte.",
        "Der Betriebsrat der Commerzbank warnte vor einem massiven Stellenabbau.",
    ], [
        ev("economy.acquisition", "aufgestockt", "aufstocken", agents=["Unicredit"],
           patients=["Commerzbank"]),
        ev("economy.merger", "Fusion", "Fusion", agents=["Unicredit", "Commerzbank"], mod=H),
        # "am Montag" governs "erklärte" (not annotated: it reports an annotated event)
        ev("economy.acquisition", "Übernahme", "Übernahme", agents=["Unicredit"],
           patients=["Commerzbank"], mod=H),
        ev("economy.layoffs", "Stellenabbau", "Stellenabbau", agents=["Commerzbank"], mod=H),
    ]),
    art("de-e-037", "2024-12-11", "Continental will Autozuliefersparte abspalten", [
        "Der Dax-Konzern Continental will sein Autozuliefergeschäft bis Ende 2025 abspalten.",
        "Das teilte das Unternehmen am Dienstag in Hannover mit.",
        "Im Konzern sollen künftig nur noch das Reifengeschäft und die Sparte ContiTech verbleiben.",
        "Die Abspaltung muss noch von den Aktionären gebilligt werden.",
    ], [
        ev("economy.spin_off", "abspalten", "abspalten", agents=["Continental"],
           patients=["Autozuliefergeschäft"], time=("Ende 2025", "2025", "year"), mod=H),
        ev("economy.spin_off", "Abspaltung", "Abspaltung", agents=["Continental"],
           patients=["Autozuliefergeschäft"], mod=H),
    ]),
    art("de-e-038", "2024-01-08", "Bauernproteste legen Verkehr lahm", [
        "Mit Traktoren haben Landwirte am Montag in ganz Deutschland gegen die geplanten Subventionskürzungen protestiert.",
        "In vielen Regionen blockierten sie Autobahnauffahrten.",
        "In Bayern und Brandenburg bildeten sich lange Staus.",
        "Für den 15. Januar ist eine Großkundgebung in Berlin geplant.",
    ], [
        ev("politics.protest", "protestiert", "protestieren", agents=["Landwirte"],
           loc=("Deutschland", "DE"), time=("Montag", "2024-01-08", "day")),
        ev("transport.obstruction", "blockierten", "blockieren", agents=["Landwirte"]),
        ev("transport.traffic_jam", "Staus", "Stau", loc=("Bayern", "DE")),
        ev("politics.protest", "Großkundgebung", "Großkundgebung", loc=("Berlin", "DE"),
           time=("15. Januar", "2024-01-15", "day"), mod=H),
    ]),
    art("de-e-039", "2024-02-23", "Bundestag beschließt Cannabisgesetz", [
        "Der Bundestag hat am Freitag das Cannabisgesetz beschlossen.",
        "In namentlicher Abstimmung stimmten 407 Abgeordnete für das Gesetz, 226 dagegen.",
        "Der Bundesrat muss sich im März noch mit dem Vorhaben befassen.",
        "Die Union kündigte an, das Gesetz im Fall eines Wahlsiegs wieder abzuschaffen.",
    ], [
        ev("politics.legislation", "beschlossen", "beschließen", agents=["Bundestag"],
           time=("Freitag", "2024-02-23", "day")),
        ev("politics.vote", "Abstimmung", "Abstimmung", agents=["Bundestag"]),
        ev("politics.legislation", "befassen", "befassen", agents=["Bundesrat"],
           time=("März", "2024-03", "month"), mod=H),
        ev("politics.election", "Wahlsiegs", "Wahlsieg", agents=["Union"], mod=H),
        ev("politics.legislation", "abzuschaffen", "abschaffen", agents=["Union"], mod=H),
    ]),
    art("de-e-040", "2024-07-04", "Untersuchungsausschuss zum Atomausstieg eingesetzt", [
        "Der Bundestag hat am Donnerstag einen Untersuchungsausschuss zum Atomausstieg eingesetzt.",
        "Die Union wirft Wirtschaftsminister Robert Habeck vor, interne Bedenken gegen den Atomausstieg ignoriert zu haben.",
        "Habeck wies die Vorwürfe zurück.",
    ], [
        ev("politics.investigation", "Untersuchungsausschuss", "Untersuchungsausschuss",
           agents=["Bundestag"], time=("Donnerstag", "2024-07-04", "day")),
        ev("politics.accusation", "wirft", "vorwerfen", agents=["Union"],
           patients=["Robert Habeck"]),
        ev("politics.denial", "wies", "zurückweisen", agents=["Habeck"]),
        ev("politics.accusation", "Vorwürfe", "Vorwurf", agents=["Union"],
           patients=["Habeck"]),
    ]),
    art("de-e-041", "2024-05-13", "Regionalzug kollidiert mit Traktor", [
        "An einem Bahnübergang bei Lüneburg ist am Sonntagnachmittag ein Regionalzug mit einem Traktor zusammengestoßen.",
        "Der Traktorfahrer wurde schwer verletzt, die 80 Fahrgäste blieben unverletzt.",
        "Die Strecke zwischen Lüneburg und Uelzen war bis zum Abend gesperrt.",
        "Die Bundespolizei ermittelt, warum der Fahrer das Warnsignal übersah.",
    ], [
        ev("transport.accident", "zusammengestoßen", "zusammenstoßen",
           agents=["Regionalzug", "Traktor"], loc=("Lüneburg", "DE"),
           time=("Sonntagnachmittag", "2024-05-12", "day")),
        ev("transport.obstruction", "gesperrt", "sperren"),
        ev("politics.investigation", "ermittelt", "ermitteln", agents=["Bundespolizei"]),
    ]),
    art("de-e-042", "2024-07-29", "Lange Staus zum Ferienbeginn", [
        "Zum Ferienbeginn in Baden-Württemberg ist es auf den Autobahnen im Süden zu langen Staus gekommen.",
        "Am Samstag staute sich der Verkehr auf der A8 bei Rosenheim auf bis zu 25 Kilometer.",
        "Auf der A7 bei Kempten fuhr ein Wohnmobil auf einen Pkw auf, vier Menschen wurden leicht verletzt.",
        "Der ADAC rechnet auch am kommenden Wochenende mit starkem Reiseverkehr.",
    ], [
        ev("transport.traffic_jam", "Staus", "Stau"),
        ev("transport.traffic_jam", "staute", "stauen", loc=("Rosenheim", "DE"),
           time=("Samstag", "2024-07-27", "day")),
        ev("transport.accident", "fuhr", "auffahren", agents=["Wohnmobil"], patients=["Pkw"],
           loc=("Kempten", "DE")),
    ]),
    art("de-e-043", "2024-07-19", "Computerpanne legt Flugverkehr lahm", [
        "Wegen eines weltweiten Computerproblems ist am Freitag der Flugverkehr in Deutschland massiv gestört worden.",
        "Am Flughafen Berlin-Brandenburg wurden bis zum Mittag alle Starts und Landungen ausgesetzt.",
        "Auslöser war ein fehlerhaftes Update der Sicherheitsfirma Crowdstrike.",
        "Ein Hackerangriff liege nicht vor, erklärte das Unternehmen.",
    ], [
        ev("transport.disruption", "gestört", "stören", loc=("Deutschland", "DE"),
           time=("Freitag", "2024-07-19", "day")),
        ev("transport.disruption", "ausgesetzt", "aussetzen",
           loc=("Flughafen Berlin-Brandenburg", "DE")),
        ev("conflict.attack", "Hackerangriff", "Hackerangriff", mod=N),
    ]),
    art("de-e-044", "2024-04-02", "Lawinenunglück bei Zermatt", [
        "Bei einem Lawinenunglück in der Nähe von Zermatt sind am Ostermontag drei Menschen ums Leben gekommen.",
        "Die Lawine erfasste die Skifahrer abseits der Pisten am Riffelberg, teilte die Kantonspolizei Wallis mit.",
        "Eine vierte Person wurde per Helikopter ins Spital geflogen.",
        "Wegen starker Schneefälle ist die Zufahrt nach Zermatt derzeit gesperrt.",
    ], [
        ev("disaster.other", "Lawinenunglück", "Lawinenunglück", loc=("Zermatt", "CH"),
           time=("Ostermontag", "2024-04-01", "day")),
        ev("disaster.other", "Lawine", "Lawine", loc=("Riffelberg", "CH"), mod=R),
        ev("transport.obstruction", "gesperrt", "sperren", loc=("Zermatt", "CH")),
    ]),
    art("de-e-045", "2024-10-24", "Mildes Herbstwetter zum Wochenende", [
        "Das Wochenende wird in weiten Teilen Deutschlands sonnig und mild.",
        "Am Samstag steigen die Temperaturen auf bis zu 19 Grad.",
        "Erst in der kommenden Woche ziehen von Westen Wolken auf.",
        "Nachts kann es in Tälern neblig werden.",
    ], []),
    art("de-e-046", "2024-02-01", "Kommentar: Warum Wählen wichtig ist", [
        "Wahlen sind das Herzstück jeder Demokratie.",
        "Wer nicht wählt, überlässt anderen die Entscheidung.",
        "Politikwissenschaftler beobachten seit Jahren, dass die Beteiligung bei Kommunalwahlen niedriger ist als bei Bundestagswahlen.",
        "Auch Streiks und Proteste gehören zum demokratischen Alltag.",
    ], []),
    art("de-e-047", "2023-06-15", "Deutsches Museum zeigt Luftfahrt in neuem Licht", [
        "Das Deutsche Museum in München zeigt seine Luftfahrtsammlung in neuem Licht.",
        "Besucher können in der renovierten Halle historische Flugzeuge aus der Nähe betrachten.",
        "Besonders beliebt ist ein Nachbau des Lilienthal-Gleiters.",
        "Die Ausstellung ist täglich von 9 bis 17 Uhr geöffnet.",
    ], []),
    art("de-e-048", "2024-01-10", "Galeria erneut insolvent", [
        "Die Warenhauskette Galeria hat zum dritten Mal innerhalb von vier Jahren Insolvenz angemeldet.",
        "Der Insolvenzantrag wurde am Dienstag beim Amtsgericht Essen eingereicht.",
        "Hintergrund ist die Pleite des Mutterkonzerns Signa des österreichischen Investors René Benko.",
        "Wie viele der 92 Filialen geschlossen werden, ist noch offen.",
    ], [
        ev("economy.insolvency", "Insolvenz", "Insolvenz", agents=["Galeria"]),
        ev("economy.insolvency", "Insolvenzantrag", "Insolvenzantrag", agents=["Galeria"],
           loc=("Essen", "DE"), time=("Dienstag", "2024-01-09", "day")),
        ev("economy.insolvency", "Pleite", "Pleite", agents=["Signa"]),
        ev("economy.facility", "geschlossen", "schließen", agents=["Galeria"], mod=H),
    ]),
    art("de-e-049", "2024-07-04", "EU erhebt Strafzölle auf E-Autos aus China", [
        "Die EU erhebt ab Freitag vorläufige Strafzölle auf Elektroautos aus China.",
        "Die Aufschläge betragen je nach Hersteller bis zu 37,6 Prozent.",
        "Peking warf Brüssel Protektionismus vor und drohte mit Vergeltungszöllen.",
        "Die deutschen Autobauer hatten vor einem Handelskrieg gewarnt.",
    ], [
        ev("economy.trade", "Strafzölle", "Strafzoll", agents=["EU"], patients=["China"],
           time=("Freitag", "2024-07-05", "day")),
        ev("economy.trade", "Aufschläge", "Aufschlag", agents=["EU"], patients=["China"]),
        ev("politics.accusation", "warf", "vorwerfen", agents=["Peking"], patients=["Brüssel"]),
        ev("economy.trade", "Vergeltungszöllen", "Vergeltungszoll", agents=["Peking"], mod=H),
        ev("economy.trade", "Handelskrieg", "Handelskrieg", mod=H),
    ]),
    art("de-e-050", "2023-02-07", "Tausende Tote nach Erdbeben in der Türkei und Syrien", [
        "Nach dem verheerenden Erdbeben im Südosten der Türkei und im Norden Syriens ist die Zahl der Toten auf mehr als 5000 gestiegen.",
        "Das Beben der Stärke 7,8 hatte die Region am Montag in den frühen Morgenstunden erschüttert.",
        "Am Nachmittag folgte ein zweites schweres Beben.",
        "Bundesinnenministerin Nancy Faeser kündigte an, weitere Helfer des Technischen Hilfswerks in die Türkei zu schicken.",
    ], [
        ev("disaster.earthquake", "Erdbeben", "Erdbeben", loc=("Türkei", "TR")),
        ev("disaster.earthquake", "Beben", "Beben", loc=("Türkei", "TR"),
           time=("Montag", "2023-02-06", "day")),
        ev("disaster.earthquake", "Beben", "Beben", occ=1, loc=("Türkei", "TR")),
        ev("politics.statement", "kündigte", "ankündigen", agents=["Nancy Faeser"]),
    ]),
    art("de-e-051", "2024-06-14", "G7 einigen sich auf Kredit für die Ukraine", [
        "Beim G7-Gipfel im süditalienischen Apulien haben sich die Staats- und Regierungschefs auf einen Kredit über 50 Milliarden US-Dollar für die Ukraine geeinigt.",
        "Das Geld soll aus Zinserträgen eingefrorener russischer Vermögen finanziert werden.",
        "Gastgeberin Giorgia Meloni sprach am Freitag von einem starken Signal.",
        "Bundeskanzler Olaf Scholz will am Freitagabend eine Pressekonferenz geben.",
    ], [
        ev("diplomacy.summit", "G7-Gipfel", "G7-Gipfel", agents=["Staats- und Regierungschefs"],
           loc=("Apulien", "IT")),
        ev("diplomacy.agreement", "geeinigt", "einigen", agents=["Staats- und Regierungschefs"],
           loc=("Apulien", "IT")),
        ev("politics.statement", "sprach", "sprechen", agents=["Giorgia Meloni"],
           loc=("Apulien", "IT"), time=("Freitag", "2024-06-14", "day")),
        ev("diplomacy.press_conference", "Pressekonferenz", "Pressekonferenz",
           agents=["Olaf Scholz"], loc=("Apulien", "IT"),
           time=("Freitagabend", "2024-06-14", "day"), mod=H),
    ]),
    art("de-e-052", "2024-11-28", "Sparkassen Göttingen und Northeim fusionieren", [
        "Die Sparkassen in Göttingen und Northeim schließen sich zusammen.",
        "Die Verwaltungsräte beider Institute gaben am Mittwoch grünes Licht für die Fusion.",
        "Die neue Sparkasse wird ihren Sitz in Göttingen haben und rund 1.300 Mitarbeiter beschäftigen.",
        "Betriebsbedingte Kündigungen soll es nicht geben.",
    ], [
        ev("economy.merger", "schließen", "zusammenschließen",
           agents=["Sparkassen in Göttingen und Northeim"]),
        # "am Mittwoch" governs the approval, not the merger
        ev("economy.merger", "Fusion", "Fusion", agents=["Sparkassen in Göttingen und Northeim"]),
        ev("economy.layoffs", "Kündigungen", "Kündigung", mod=N),
    ]),
    art("de-e-053", "2024-10-02", "Iran greift Israel mit Raketen an", [
        "Iran hat Israel am Dienstagabend mit rund 180 ballistischen Raketen angegriffen.",
        "Die meisten Geschosse wurden nach israelischen Angaben abgefangen.",
        "Regierungschef Benjamin Netanjahu drohte Teheran mit Vergeltung.",
        "Die Bundesregierung warnte vor einer weiteren Eskalation im Nahen Osten.",
    ], [
        ev("conflict.attack", "angegriffen", "angreifen", agents=["Iran"], patients=["Israel"],
           loc=("Israel", "IL"), time=("Dienstagabend", "2024-10-01", "day")),
        ev("conflict.threat", "drohte", "drohen", agents=["Benjamin Netanjahu"],
           patients=["Teheran"]),
        ev("conflict.attack", "Vergeltung", "Vergeltung", agents=["Israel"], patients=["Teheran"],
           mod=H),
        # "warnte vor" introduces an annotated event -> no separate statement
        ev("conflict.escalation", "Eskalation", "Eskalation", mod=H),
    ]),
    art("de-e-054", "2024-02-20", "Prozess gegen Klimaaktivisten beginnt", [
        "Vor dem Amtsgericht München hat am Dienstag der Prozess gegen fünf Klimaaktivisten begonnen.",
        "Die Staatsanwaltschaft wirft ihnen vor, im vergangenen Jahr mehrfach Straßen blockiert zu haben.",
        "Die Angeklagten hatten sich im April 2023 auf der Luise-Kiesselbach-Straße festgeklebt.",
        "Ein Urteil wird für Ende März erwartet.",
    ], [
        ev("justice.trial", "Prozess", "Prozess", agents=["Amtsgericht München"],
           patients=["fünf Klimaaktivisten"], loc=("München", "DE"),
           time=("Dienstag", "2024-02-20", "day")),
        ev("politics.accusation", "wirft", "vorwerfen", agents=["Staatsanwaltschaft"],
           patients=["Klimaaktivisten"]),
        ev("transport.obstruction", "blockiert", "blockieren", agents=["Klimaaktivisten"],
           time=("vergangenen Jahr", "2023", "year"), mod=R),
        ev("politics.protest", "festgeklebt", "festkleben", agents=["Klimaaktivisten"],
           loc=("Luise-Kiesselbach-Straße", "DE"), time=("April 2023", "2023-04", "month")),
        ev("justice.verdict", "Urteil", "Urteil", agents=["Amtsgericht München"],
           patients=["Klimaaktivisten"], loc=("München", "DE"),
           time=("Ende März", "2024-03", "month"), mod=H),
    ]),
    art("de-e-055", "2025-02-10", "Sturmtief zieht über Norddeutschland", [
        "Das Sturmtief „Jana“ ist in der Nacht zum Montag über Norddeutschland hinweggezogen.",
        "In Hamburg wurden Windgeschwindigkeiten von bis zu 120 Kilometern pro Stunde gemessen.",
        "Die Feuerwehr rückte zu mehr als 300 Einsätzen aus, meist wegen umgestürzter Bäume.",
        "Am Hamburger Hauptbahnhof fielen zahlreiche Fernzüge aus.",
    ], [
        ev("disaster.storm", "Sturmtief", "Sturmtief", loc=("Norddeutschland", "DE"),
           time=("Nacht zum Montag", "2025-02-10", "day")),
        ev("transport.disruption", "fielen", "ausfallen", loc=("Hamburger Hauptbahnhof", "DE")),
    ]),
    art("de-e-056", "2022-07-23", "Volkswagen tauscht Konzernchef aus", [
        "Volkswagen tauscht überraschend seinen Vorstandschef aus.",
        "Herbert Diess verlässt den Konzern zum 1. September, sein Nachfolger wird Porsche-Chef Oliver Blume.",
        "Das teilte der Aufsichtsrat am Freitagabend in Wolfsburg mit.",
        "Blume soll beide Ämter parallel ausüben.",
    ], [
        ev("organization.leadership_change", "tauscht", "austauschen", agents=["Volkswagen"],
           patients=["Herbert Diess", "Oliver Blume"]),
        ev("organization.leadership_change", "verlässt", "verlassen", agents=["Volkswagen"],
           patients=["Herbert Diess", "Oliver Blume"],
           time=("1. September", "2022-09-01", "day")),
    ]),
    art("de-e-057", "2024-11-29", "Vogelgrippe in Geflügelbetrieb ausgebrochen", [
        "In einem Geflügelbetrieb im Landkreis Cloppenburg ist die Vogelgrippe ausgebrochen.",
        "Das bestätigte das Friedrich-Loeffler-Institut am Donnerstag.",
        "Rund 20.000 Puten müssen getötet werden.",
        "Bereits Anfang November hatte es einen Ausbruch in einem Betrieb in Mecklenburg-Vorpommern gegeben.",
    ], [
        ev("health.outbreak", "ausgebrochen", "ausbrechen", loc=("Cloppenburg", "DE")),
        ev("health.outbreak", "Ausbruch", "Ausbruch", loc=("Mecklenburg-Vorpommern", "DE"),
           time=("Anfang November", "2024-11", "month")),
    ]),
    art("de-e-058", "2023-09-12", "Gauck stellt neues Buch vor", [
        "Altbundespräsident Joachim Gauck hat ein neues Buch vorgelegt.",
        "In „Erschütterungen“ setzt er sich mit der deutschen Russlandpolitik auseinander.",
        "Am Montagabend stellte Gauck das Buch in Hamburg vor.",
        "Die erste Auflage ist nach Angaben des Verlags bereits vergriffen.",
    ], [
        ev("publication.book", "Buch", "Buch", agents=["Joachim Gauck"]),
        ev("publication.book", "stellte", "vorstellen", agents=["Gauck"], loc=("Hamburg", "DE"),
           time=("Montagabend", "2023-09-11", "day")),
    ]),
    art("de-e-059", "2024-04-24", "Amnesty veröffentlicht Jahresbericht", [
        "Amnesty International hat am Mittwoch seinen Jahresbericht zur Lage der Menschenrechte veröffentlicht.",
        "Die Organisation wirft darin zahlreichen Regierungen vor, das Völkerrecht zu missachten.",
        "Besonders ausführlich behandelt der Bericht die Lage im Gazastreifen und in der Ukraine.",
        "Die Vorstellung des Berichts fand in London statt.",
    ], [
        ev("publication.report", "veröffentlicht", "veröffentlichen",
           agents=["Amnesty International"], loc=("London", "GB"),
           time=("Mittwoch", "2024-04-24", "day")),
        ev("politics.accusation", "wirft", "vorwerfen", agents=["Amnesty International"],
           patients=["Regierungen"]),
        ev("publication.report", "Vorstellung", "Vorstellung", agents=["Amnesty International"],
           loc=("London", "GB")),
    ]),
    art("de-e-060", "2024-02-24", "USA verhängen Sanktionen nach Nawalnys Tod", [
        "Die USA haben nach dem Tod des Kremlkritikers Alexej Nawalny mehr als 500 neue Sanktionen gegen Russland verhängt.",
        "Die Strafmaßnahmen richten sich unter anderem gegen Banken und Rüstungsfirmen.",
        "US-Präsident Joe Biden beschuldigte Kremlchef Wladimir Putin, für Nawalnys Tod verantwortlich zu sein.",
        "Moskau wies die Vorwürfe zurück.",
    ], [
        ev("economy.sanctions", "Sanktionen", "Sanktion", agents=["USA"], patients=["Russland"]),
        ev("economy.sanctions", "Strafmaßnahmen", "Strafmaßnahme", agents=["USA"],
           patients=["Banken", "Rüstungsfirmen"]),
        ev("politics.accusation", "beschuldigte", "beschuldigen", agents=["Joe Biden"],
           patients=["Wladimir Putin"]),
        ev("politics.denial", "wies", "zurückweisen", agents=["Moskau"]),
        ev("politics.accusation", "Vorwürfe", "Vorwurf", agents=["Joe Biden"],
           patients=["Wladimir Putin"]),
    ]),
    art("de-e-061", "2024-11-27", "Waffenruhe zwischen Israel und Hisbollah", [
        "Im Libanon ist am Mittwochmorgen eine Waffenruhe zwischen Israel und der Hisbollah in Kraft getreten.",
        "Die Vereinbarung war unter Vermittlung der USA und Frankreichs zustande gekommen.",
        "Israels Regierungschef Benjamin Netanjahu drohte, bei Verstößen sofort wieder anzugreifen.",
        "Tausende Vertriebene machten sich auf den Weg zurück in den Süden des Landes.",
    ], [
        ev("conflict.ceasefire", "Waffenruhe", "Waffenruhe", agents=["Israel", "Hisbollah"],
           loc=("Libanon", "LB"), time=("Mittwochmorgen", "2024-11-27", "day")),
        ev("diplomacy.agreement", "Vereinbarung", "Vereinbarung", agents=["Israel", "Hisbollah"]),
        ev("diplomacy.negotiation", "Vermittlung", "Vermittlung", agents=["USA", "Frankreich"]),
        ev("conflict.threat", "drohte", "drohen", agents=["Benjamin Netanjahu"]),
        ev("conflict.attack", "anzugreifen", "angreifen", agents=["Israel"], mod=H),
    ]),
    art("de-e-062", "2021-12-10", "Daimler Truck startet an der Börse", [
        "Die Lastwagensparte Daimler Truck ist am Freitag an der Frankfurter Börse gestartet.",
        "Der Mutterkonzern Daimler hatte das Geschäft zuvor abgespalten und heißt künftig Mercedes-Benz Group.",
        "Die Aktionäre hatten der Abspaltung im Oktober zugestimmt.",
        "Der erste Kurs lag bei 28 Euro.",
    ], [
        ev("economy.spin_off", "abgespalten", "abspalten", agents=["Daimler"],
           patients=["Daimler Truck"]),
        # "im Oktober" governs the shareholder approval, not the spin-off
        ev("economy.spin_off", "Abspaltung", "Abspaltung", agents=["Daimler"],
           patients=["Daimler Truck"]),
    ]),
    art("de-e-063", "2023-07-04", "China beschränkt Export von Gallium und Germanium", [
        "China verhängt ab dem 1. August Exportbeschränkungen für die Metalle Gallium und Germanium.",
        "Das kündigte das Handelsministerium in Peking am Montag an.",
        "Beide Rohstoffe sind für die Chipproduktion wichtig.",
        "Die EU-Kommission prüft nach eigenen Angaben eine Beschwerde bei der Welthandelsorganisation.",
    ], [
        ev("economy.trade", "Exportbeschränkungen", "Exportbeschränkung", agents=["China"],
           time=("1. August", "2023-08-01", "day")),
        ev("justice.lawsuit", "Beschwerde", "Beschwerde", agents=["EU-Kommission"],
           patients=["China"], mod=H),
    ]),
    art("de-e-064", "2024-06-13", "Hitzewelle in Griechenland", [
        "Griechenland leidet unter einer frühen Hitzewelle mit Temperaturen von mehr als 40 Grad.",
        "In Athen blieb die Akropolis am Donnerstag über Mittag geschlossen.",
        "Auf der Insel Kreta brachen mehrere Waldbrände aus.",
        "Die Behörden warnen vor weiteren Bränden.",
    ], [
        ev("disaster.other", "Hitzewelle", "Hitzewelle", loc=("Griechenland", "GR")),
        ev("disaster.fire", "Waldbrände", "Waldbrand", loc=("Kreta", "GR")),
        ev("disaster.fire", "Bränden", "Brand", mod=H),
    ]),
    art("de-e-065", "2024-11-08", "Kukies wird Finanzminister", [
        "Bundespräsident Frank-Walter Steinmeier hat Jörg Kukies am Donnerstag zum neuen Bundesfinanzminister ernannt.",
        "Kukies ist Nachfolger von Christian Lindner, den Bundeskanzler Olaf Scholz am Mittwochabend entlassen hatte.",
        "Zwei weitere FDP-Minister traten daraufhin zurück.",
        "Scholz will im Januar die Vertrauensfrage stellen.",
    ], [
        ev("politics.appointment", "ernannt", "ernennen", agents=["Frank-Walter Steinmeier"],
           patients=["Jörg Kukies"], time=("Donnerstag", "2024-11-07", "day")),
        # dismissals of office holders are filed under politics.appointment
        ev("politics.appointment", "entlassen", "entlassen", agents=["Olaf Scholz"],
           patients=["Christian Lindner"], time=("Mittwochabend", "2024-11-06", "day")),
        ev("politics.resignation", "traten", "zurücktreten", agents=["FDP-Minister"]),
        ev("politics.vote", "Vertrauensfrage", "Vertrauensfrage", patients=["Scholz"],
           time=("Januar", "2025-01", "month"), mod=H),
    ]),
    art("de-e-066", "2024-05-24", "EU-Staaten billigen Lieferkettengesetz", [
        "Die EU-Staaten haben am Freitag das europäische Lieferkettengesetz endgültig gebilligt.",
        "Bei der Abstimmung in Brüssel enthielt sich Deutschland wegen eines Streits in der Ampel-Koalition.",
        "Unternehmen müssen künftig Menschenrechtsverstöße bei ihren Zulieferern verhindern.",
        "Die Regeln sollen schrittweise ab 2027 gelten.",
    ], [
        ev("politics.legislation", "gebilligt", "billigen", agents=["EU-Staaten"],
           loc=("Brüssel", "BE"), time=("Freitag", "2024-05-24", "day")),
        ev("politics.vote", "Abstimmung", "Abstimmung", agents=["EU-Staaten"],
           loc=("Brüssel", "BE")),
    ]),
]

# --------------------------------------------------------------------------
# English articles
# --------------------------------------------------------------------------
EN = [
    art("en-e-001", "2024-11-06", "Trump wins US presidential election", [
        "Donald Trump has won the US presidential election, defeating Vice President Kamala Harris.",
        "The Associated Press called the race early on Wednesday after Trump carried Pennsylvania and Wisconsin.",
        "Harris is expected to concede in a speech at Howard University in Washington later today.",
        "Trump told supporters in West Palm Beach that America had given him an “unprecedented and powerful mandate”.",
    ], [
        ev("politics.election", "election", "election", agents=["Donald Trump", "Kamala Harris"],
           loc=("US", "US")),
        # "early on Wednesday" governs "called", not the election itself
        ev("politics.election", "race", "race", agents=["Trump"]),
        ev("politics.statement", "concede", "concede", agents=["Harris"],
           loc=("Washington", "US"), time=("today", "2024-11-06", "day"), mod=H),
        ev("politics.statement", "told", "tell", agents=["Trump"],
           loc=("West Palm Beach", "US")),
    ]),
    art("en-e-002", "2024-07-11", "NATO leaders meet in Washington", [
        "NATO leaders gathered in Washington on Wednesday for the alliance's 75th anniversary summit.",
        "In a joint declaration, they described Ukraine's path to membership as “irreversible”.",
        "On the sidelines, German Chancellor Olaf Scholz met President Joe Biden to discuss the planned deployment of US long-range missiles in Germany.",
        "Biden will hold a solo press conference on Thursday evening.",
    ], [
        ev("diplomacy.summit", "summit", "summit", agents=["NATO leaders"],
           loc=("Washington", "US"), time=("Wednesday", "2024-07-10", "day")),
        ev("politics.statement", "declaration", "declaration", agents=["NATO leaders"]),
        ev("diplomacy.meeting", "met", "meet", agents=["Olaf Scholz", "Joe Biden"],
           loc=("Washington", "US")),
        # English open compound "press conference": head noun is the trigger
        ev("diplomacy.press_conference", "conference", "conference", agents=["Biden"],
           loc=("Washington", "US"), time=("Thursday evening", "2024-07-11", "day")),
    ]),
    art("en-e-003", "2023-08-25", "Kremlin denies role in Prigozhin plane crash", [
        "The Kremlin on Friday rejected allegations that it was behind the plane crash that reportedly killed Wagner chief Yevgeny Prigozhin.",
        "The private jet crashed in the Tver region on Wednesday evening.",
        "Russian investigators have opened a criminal case into the crash.",
    ], [
        ev("politics.denial", "rejected", "reject", agents=["Kremlin"],
           time=("Friday", "2023-08-25", "day")),
        ev("politics.accusation", "allegations", "allegation", patients=["Kremlin"]),
        ev("transport.accident", "crash", "crash", loc=("Tver region", "RU")),
        ev("transport.accident", "crashed", "crash", loc=("Tver region", "RU"),
           time=("Wednesday evening", "2023-08-23", "day")),
        ev("politics.investigation", "case", "case", agents=["Russian investigators"]),
        ev("transport.accident", "crash", "crash", occ=1, loc=("Tver region", "RU")),
    ]),
    art("en-e-004", "2024-01-10", "Blinken meets Netanyahu in Tel Aviv", [
        "US Secretary of State Antony Blinken met Israeli Prime Minister Benjamin Netanyahu in Tel Aviv on Tuesday.",
        "It was Blinken's fourth visit to the region since the Hamas attack on October 7.",
        "He urged Israel to do more to protect civilians in Gaza.",
        "Blinken is due to travel to Bahrain on Wednesday.",
    ], [
        ev("diplomacy.meeting", "met", "meet", agents=["Antony Blinken", "Benjamin Netanyahu"],
           loc=("Tel Aviv", "IL"), time=("Tuesday", "2024-01-09", "day")),
        ev("diplomacy.visit", "visit", "visit", agents=["Blinken"]),
        # "October 7" governs the attack, not the visit
        ev("conflict.attack", "attack", "attack", agents=["Hamas"],
           time=("October 7", "2023-10-07", "day")),
        ev("politics.statement", "urged", "urge", agents=["Antony Blinken"], patients=["Israel"]),
        ev("diplomacy.visit", "travel", "travel", agents=["Blinken"], loc=("Bahrain", "BH"),
           time=("Wednesday", "2024-01-10", "day")),
    ]),
    art("en-e-005", "2023-07-17", "UK signs treaty to join Pacific trade bloc", [
        "Britain on Sunday formally signed the treaty to join the Comprehensive and Progressive Agreement for Trans-Pacific Partnership.",
        "Business and Trade Secretary Kemi Badenoch signed the accession protocol at a ceremony in Auckland.",
        "The government says membership of the trade bloc will boost exports to Asia.",
        "Critics argue that the economic gains will be small.",
    ], [
        ev("diplomacy.agreement", "signed", "sign", agents=["Britain"], loc=("Auckland", "NZ"),
           time=("Sunday", "2023-07-16", "day")),
        ev("diplomacy.agreement", "signed", "sign", occ=1, agents=["Kemi Badenoch"],
           loc=("Auckland", "NZ")),
        ev("politics.statement", "says", "say", agents=["government"]),
    ]),
    art("en-e-006", "2024-05-06", "Gaza ceasefire talks resume in Cairo", [
        "Negotiators from Hamas, Egypt and Qatar resumed talks in Cairo on Sunday on a possible ceasefire in Gaza.",
        "CIA Director William Burns joined the negotiations.",
        "Israel did not send a delegation.",
        "Hamas said it would only accept a deal that ended the war for good.",
    ], [
        ev("diplomacy.negotiation", "talks", "talk", agents=["Hamas", "Egypt", "Qatar"],
           loc=("Cairo", "EG"), time=("Sunday", "2024-05-05", "day")),
        ev("conflict.ceasefire", "ceasefire", "ceasefire", loc=("Gaza", "PS"), mod=H),
        ev("diplomacy.negotiation", "negotiations", "negotiation", agents=["William Burns"],
           loc=("Cairo", "EG")),
        # "said" introduces an annotated event -> no separate statement
        ev("diplomacy.agreement", "deal", "deal", agents=["Hamas"], mod=H),
    ]),
    art("en-e-007", "2024-11-30", "MPs back assisted dying bill", [
        "MPs in the House of Commons voted on Friday to back a bill that would legalise assisted dying in England and Wales.",
        "The proposal passed its second reading by 330 votes to 275 after a five-hour debate.",
        "Prime Minister Keir Starmer voted in favour.",
        "The bill will now be scrutinised by a committee before a further vote next year.",
    ], [
        ev("politics.vote", "voted", "vote", agents=["House of Commons"],
           time=("Friday", "2024-11-29", "day")),
        ev("politics.legislation", "legalise", "legalise", loc=("England", "GB"), mod=H),
        ev("politics.legislation", "passed", "pass", agents=["House of Commons"]),
        ev("politics.vote", "voted", "vote", occ=1, agents=["Keir Starmer"]),
        ev("politics.vote", "vote", "vote", agents=["House of Commons"],
           time=("next year", "2025", "year")),
    ]),
    art("en-e-008", "2024-04-25", "China accuses US of interference over Taiwan", [
        "China's foreign ministry on Thursday accused Washington of interfering in its internal affairs over Taiwan.",
        "A ministry spokesman told a regular press conference in Beijing that US support for the island violated earlier commitments.",
        "The State Department denied any change in US policy.",
        "The exchange came as Secretary of State Antony Blinken arrived in Shanghai for a three-day visit.",
    ], [
        ev("politics.accusation", "accused", "accuse", agents=["China's foreign ministry"],
           patients=["Washington"], time=("Thursday", "2024-04-25", "day")),
        ev("politics.statement", "told", "tell", agents=["ministry spokesman"],
           loc=("Beijing", "CN")),
        ev("diplomacy.press_conference", "conference", "conference",
           agents=["ministry spokesman"], loc=("Beijing", "CN")),
        ev("politics.denial", "denied", "deny", agents=["State Department"]),
        ev("diplomacy.visit", "visit", "visit", agents=["Antony Blinken"],
           loc=("Shanghai", "CN")),
    ]),
    art("en-e-009", "2024-01-08", "Boeing 737 MAX 9 jets grounded after mid-air blowout", [
        "US regulators have grounded 171 Boeing 737 MAX 9 aircraft after a cabin panel blew out on an Alaska Airlines flight on Friday.",
        "The plane made an emergency landing in Portland, Oregon, and no one was seriously injured.",
        "The National Transportation Safety Board has launched an investigation.",
        "Alaska Airlines and United Airlines cancelled hundreds of flights on Sunday.",
    ], [
        # "on Friday" sits in the after-clause and governs the blowout only
        ev("transport.disruption", "grounded", "ground", agents=["US regulators"]),
        ev("transport.accident", "blew", "blow out", loc=("Portland", "US"),
           time=("Friday", "2024-01-05", "day")),
        ev("politics.investigation", "investigation", "investigation",
           agents=["National Transportation Safety Board"]),
        ev("transport.disruption", "cancelled", "cancel",
           agents=["Alaska Airlines", "United Airlines"], time=("Sunday", "2024-01-07", "day")),
    ]),
    art("en-e-010", "2024-01-03", "Harvard president Claudine Gay resigns", [
        "Harvard University President Claudine Gay resigned on Tuesday after weeks of criticism over her congressional testimony on antisemitism and allegations of plagiarism.",
        "Her tenure of just over six months was the shortest in the university's history.",
        "Provost Alan Garber will serve as interim president.",
        "The Harvard Corporation said it had accepted her resignation “with sorrow”.",
    ], [
        ev("politics.resignation", "resigned", "resign", agents=["Claudine Gay"],
           time=("Tuesday", "2024-01-02", "day")),
        ev("politics.accusation", "allegations", "allegation", patients=["Claudine Gay"]),
        ev("politics.resignation", "resignation", "resignation", agents=["Claudine Gay"], mod=R),
    ]),
    art("en-e-011", "2024-11-14", "Trump picks Marco Rubio as secretary of state", [
        "President-elect Donald Trump has nominated Florida Senator Marco Rubio as his secretary of state.",
        "Trump announced the nomination on Wednesday evening, praising Rubio as a “fearless warrior”.",
        "Rubio's appointment must still be confirmed by the Senate.",
        "Rubio would become the first Latino to serve as the country's top diplomat.",
    ], [
        ev("politics.appointment", "nominated", "nominate", agents=["Donald Trump"],
           patients=["Marco Rubio"]),
        ev("politics.appointment", "nomination", "nomination", agents=["Donald Trump"],
           patients=["Marco Rubio"], time=("Wednesday evening", "2024-11-13", "day")),
        ev("politics.appointment", "appointment", "appointment", patients=["Marco Rubio"], mod=H),
        ev("politics.vote", "confirmed", "confirm", agents=["Senate"], patients=["Marco Rubio"],
           mod=H),
    ]),
    art("en-e-012", "2024-02-01", "Farmers bring tractors to EU summit in Brussels", [
        "Thousands of farmers protested in Brussels on Thursday against EU agricultural policy as EU leaders gathered for a summit.",
        "Protesters blocked roads around the European Parliament and set fires near the building.",
        "Police used water cannon to disperse the crowd.",
        "At the summit, EU leaders agreed a 50-billion-euro aid package for Ukraine.",
    ], [
        ev("politics.protest", "protested", "protest", agents=["farmers"], loc=("Brussels", "BE"),
           time=("Thursday", "2024-02-01", "day")),
        # "on Thursday" belongs to the main clause; the summit is in the "as"-clause
        ev("diplomacy.summit", "summit", "summit", agents=["EU leaders"], loc=("Brussels", "BE")),
        ev("transport.obstruction", "blocked", "block", agents=["Protesters"],
           loc=("European Parliament", "BE")),
        ev("disaster.fire", "fires", "fire", agents=["Protesters"],
           loc=("European Parliament", "BE")),
        ev("diplomacy.summit", "summit", "summit", occ=1, agents=["EU leaders"],
           loc=("Brussels", "BE")),
        ev("diplomacy.agreement", "agreed", "agree", agents=["EU leaders"],
           loc=("Brussels", "BE")),
    ]),
    art("en-e-013", "2024-03-13", "European Parliament approves AI Act", [
        "The European Parliament on Wednesday approved the world's first comprehensive law regulating artificial intelligence.",
        "The AI Act passed with 523 votes in favour, 46 against and 49 abstentions.",
        "The rules will ban certain uses of AI, such as social scoring.",
        "Member states still have to formally endorse the legislation.",
    ], [
        ev("politics.legislation", "approved", "approve", agents=["European Parliament"],
           time=("Wednesday", "2024-03-13", "day")),
        ev("politics.legislation", "passed", "pass", agents=["European Parliament"]),
        ev("politics.legislation", "endorse", "endorse", agents=["Member states"], mod=H),
    ]),
    art("en-e-014", "2024-10-15", "EU sanctions Iranian airlines over missile transfers", [
        "The European Union on Monday imposed sanctions on Iranian airlines and officials over the transfer of ballistic missiles to Russia.",
        "The sanctions include an asset freeze and a ban on flights by Iran Air to EU airports.",
        "Tehran condemned the decision and denied supplying missiles to Moscow.",
        "Britain announced similar sanctions last month.",
    ], [
        ev("economy.sanctions", "sanctions", "sanction", agents=["European Union"],
           patients=["Iranian airlines"], time=("Monday", "2024-10-14", "day")),
        ev("economy.trade", "transfer", "transfer", patients=["Russia"]),
        ev("economy.sanctions", "sanctions", "sanction", occ=1, agents=["European Union"],
           patients=["Iran Air"]),
        ev("politics.statement", "condemned", "condemn", agents=["Tehran"]),
        ev("politics.denial", "denied", "deny", agents=["Tehran"]),
        # the content of a denial is annotated as negated
        ev("economy.trade", "supplying", "supply", agents=["Tehran"], patients=["Moscow"], mod=N),
        ev("economy.sanctions", "sanctions", "sanction", occ=2, agents=["Britain"],
           time=("last month", "2024-09", "month")),
    ]),
    art("en-e-015", "2023-10-14", "Microsoft completes Activision Blizzard takeover", [
        "Microsoft has completed its $69 billion takeover of video game publisher Activision Blizzard.",
        "The deal closed on Friday after Britain's competition regulator gave its approval.",
        "The acquisition is the largest in the tech giant's history.",
        "To win over regulators, Microsoft agreed to sell the cloud streaming rights for Activision games to Ubisoft.",
    ], [
        ev("economy.acquisition", "takeover", "takeover", agents=["Microsoft"],
           patients=["Activision Blizzard"]),
        ev("economy.acquisition", "deal", "deal", agents=["Microsoft"],
           patients=["Activision Blizzard"], time=("Friday", "2023-10-13", "day")),
        ev("economy.acquisition", "acquisition", "acquisition", agents=["Microsoft"],
           patients=["Activision Blizzard"]),
        ev("economy.acquisition", "sell", "sell", agents=["Ubisoft"],
           patients=["cloud streaming rights"], mod=H),
    ]),
    art("en-e-016", "2024-12-05", "Regulator clears Vodafone-Three merger", [
        "Britain's competition watchdog on Thursday cleared the merger of Vodafone and Three UK, creating the country's largest mobile operator.",
        "The £15 billion deal had been under review for more than a year.",
        "As a condition, the companies agreed to invest £11 billion in 5G networks over eight years.",
        "The Communication Workers Union welcomed the decision but warned against job cuts.",
    ], [
        # "on Thursday" governs the clearance, not the merger
        ev("economy.merger", "merger", "merger", agents=["Vodafone", "Three UK"]),
        ev("economy.merger", "deal", "deal", agents=["Vodafone", "Three UK"]),
        ev("economy.investment", "invest", "invest", agents=["Vodafone", "Three UK"], mod=H),
        ev("politics.statement", "welcomed", "welcome", agents=["Communication Workers Union"]),
        ev("economy.layoffs", "cuts", "cut", agents=["Vodafone", "Three UK"], mod=H),
    ]),
    art("en-e-017", "2024-11-22", "Northvolt files for bankruptcy protection in the US", [
        "Swedish battery maker Northvolt has filed for Chapter 11 bankruptcy protection in the United States.",
        "The company said on Thursday that it had secured $245 million in new financing to keep operating during the restructuring.",
        "In September, Northvolt had announced plans to cut 1,600 jobs in Sweden.",
        "Co-founder Peter Carlsson stepped down as chief executive.",
    ], [
        ev("economy.insolvency", "bankruptcy", "bankruptcy", agents=["Northvolt"],
           loc=("United States", "US")),
        # "In September" governs the announcement, not the job cuts
        ev("economy.layoffs", "cut", "cut", agents=["Northvolt"], loc=("Sweden", "SE"), mod=H),
        ev("organization.leadership_change", "stepped", "step down", agents=["Northvolt"],
           patients=["Peter Carlsson"]),
    ]),
    art("en-e-018", "2024-08-02", "Intel to cut 15,000 jobs", [
        "Intel will cut more than 15,000 jobs as part of a $10 billion cost-reduction plan, the chipmaker said on Thursday.",
        "The layoffs amount to roughly 15 percent of its workforce.",
        "Intel also suspended its dividend after a second-quarter loss of $1.6 billion.",
        "Its shares fell more than 20 percent in after-hours trading.",
    ], [
        # embedded under "said"; "on Thursday" governs "said"
        ev("economy.layoffs", "cut", "cut", agents=["Intel"], mod=R),
        ev("economy.layoffs", "layoffs", "layoff", agents=["Intel"]),
    ]),
    art("en-e-019", "2023-11-30", "Microsoft to invest £2.5bn in UK AI data centres", [
        "Microsoft will invest £2.5 billion in the UK over the next three years to expand its data centre infrastructure for artificial intelligence.",
        "The company announced the plan on Thursday ahead of a visit by its president, Brad Smith, to London.",
        "Microsoft said it would build new data centres in London and Cardiff.",
        "Chancellor Jeremy Hunt welcomed the investment as a vote of confidence in the British economy.",
    ], [
        ev("economy.investment", "invest", "invest", agents=["Microsoft"], loc=("UK", "GB")),
        ev("diplomacy.visit", "visit", "visit", agents=["Brad Smith"], loc=("London", "GB")),
        # backshifted "would" after a reporting verb = reported future
        ev("economy.facility", "build", "build", agents=["Microsoft"], loc=("London", "GB"),
           mod=R),
        ev("politics.statement", "welcomed", "welcome", agents=["Jeremy Hunt"]),
        ev("economy.investment", "investment", "investment", agents=["Microsoft"],
           loc=("UK", "GB")),
    ]),
    art("en-e-020", "2024-04-02", "GE completes spin-off of GE Vernova", [
        "General Electric completed the spin-off of its energy business GE Vernova on Tuesday, ending its history as a sprawling conglomerate.",
        "GE Vernova began trading on the New York Stock Exchange under the ticker GEV.",
        "The remaining company, GE Aerospace, will focus on jet engines.",
        "GE had already spun off its healthcare unit in January 2023.",
    ], [
        ev("economy.spin_off", "spin-off", "spin-off", agents=["General Electric"],
           patients=["GE Vernova"], time=("Tuesday", "2024-04-02", "day")),
        ev("economy.spin_off", "spun", "spin off", agents=["GE"], patients=["healthcare unit"],
           time=("January 2023", "2023-01", "month")),
    ]),
    art("en-e-021", "2023-09-29", "Intel opens EUV chip plant in Ireland", [
        "Intel on Friday opened its new chip factory in Leixlip, Ireland, the first in Europe to use extreme ultraviolet lithography.",
        "The $18.5 billion plant will produce processors for laptops and data centres.",
        "Irish Prime Minister Leo Varadkar attended the opening ceremony.",
        "Intel first opened a factory in Ireland in the 1980s.",
        "The company also plans to build a plant in Magdeburg, Germany.",
    ], [
        ev("economy.facility", "opened", "open", agents=["Intel"], loc=("Leixlip", "IE"),
           time=("Friday", "2023-09-29", "day")),
        ev("economy.facility", "opening", "opening", agents=["Intel"], loc=("Leixlip", "IE")),
        ev("economy.facility", "opened", "open", occ=1, agents=["Intel"], loc=("Ireland", "IE"),
           time=("1980s", "198", "decade")),
        ev("economy.facility", "build", "build", agents=["Intel"], loc=("Magdeburg", "DE"),
           mod=H),
    ]),
    art("en-e-022", "2024-05-14", "US quadruples tariffs on Chinese electric vehicles", [
        "The Biden administration on Tuesday quadrupled tariffs on Chinese electric vehicles to 100 percent.",
        "Duties on Chinese semiconductors, solar cells and steel will also rise.",
        "Beijing vowed to retaliate.",
        "Analysts warned of a new round of retaliatory tariffs.",
    ], [
        ev("economy.trade", "tariffs", "tariff", agents=["Biden administration"],
           time=("Tuesday", "2024-05-14", "day")),
        ev("economy.trade", "Duties", "duty", agents=["Biden administration"]),
        # "vowed" introduces the annotated (non-military) retaliation -> no statement
        ev("economy.trade", "retaliate", "retaliate", agents=["Beijing"], mod=H),
        ev("economy.trade", "tariffs", "tariff", occ=1, mod=H),
    ]),
    art("en-e-023", "2024-09-13", "Boeing machinists go on strike", [
        "More than 30,000 Boeing machinists went on strike on Friday after rejecting a contract offer.",
        "The walkout halts production of the 737 MAX and other aircraft at plants near Seattle.",
        "Union members had voted 94.6 percent against the offer on Thursday night.",
        "Boeing said it wanted to resume negotiations with the union.",
    ], [
        ev("labor.strike", "strike", "strike", agents=["Boeing machinists"], patients=["Boeing"],
           loc=("Seattle", "US"), time=("Friday", "2024-09-13", "day")),
        ev("labor.strike", "walkout", "walkout", agents=["Boeing machinists"],
           patients=["Boeing"], loc=("Seattle", "US")),
        ev("politics.vote", "voted", "vote", agents=["Union members"],
           time=("Thursday night", "2024-09-12", "day")),
        ev("diplomacy.negotiation", "negotiations", "negotiation", agents=["Boeing", "union"],
           mod=H),
    ]),
    art("en-e-024", "2023-04-11", "Junior doctors in England begin four-day strike", [
        "Junior doctors in England began a four-day strike on Tuesday in a dispute over pay.",
        "The walkout by members of the British Medical Association is expected to lead to the cancellation of hundreds of thousands of appointments.",
        "Health Secretary Steve Barclay called the strike “extremely disappointing”.",
        "The BMA wants a pay rise of 35 percent.",
    ], [
        ev("labor.strike", "strike", "strike", agents=["Junior doctors"], loc=("England", "GB"),
           time=("Tuesday", "2023-04-11", "day")),
        ev("labor.strike", "walkout", "walkout", agents=["British Medical Association"],
           loc=("England", "GB")),
        ev("politics.statement", "called", "call", agents=["Steve Barclay"]),
        ev("labor.strike", "strike", "strike", occ=1, agents=["Junior doctors"],
           loc=("England", "GB")),
    ]),
    art("en-e-025", "2024-03-13", "Ukrainian drones hit Russian refinery", [
        "Ukrainian drones attacked an oil refinery in the Russian city of Ryazan on Wednesday, setting off a fire, according to the regional governor.",
        "According to Russia's defence ministry, 58 drones were shot down over several regions overnight.",
        "Kyiv has stepped up strikes on Russian energy infrastructure in recent weeks.",
        "The Kremlin warned that the attacks would not go unanswered.",
    ], [
        ev("conflict.attack", "attacked", "attack", agents=["Kyiv"], patients=["oil refinery"],
           loc=("Ryazan", "RU"), time=("Wednesday", "2024-03-13", "day"), mod=R),
        ev("disaster.fire", "fire", "fire", loc=("Ryazan", "RU"),
           time=("Wednesday", "2024-03-13", "day"), mod=R),
        # military "strikes", not labor.strike
        ev("conflict.attack", "strikes", "strike", agents=["Kyiv"]),
        ev("conflict.threat", "warned", "warn", agents=["Kremlin"]),
        ev("conflict.attack", "attacks", "attack", agents=["Kyiv"], mod=R),
    ]),
    art("en-e-026", "2024-10-26", "Israel strikes military targets in Iran", [
        "Israel carried out air strikes on military targets in Iran early on Saturday in retaliation for Tehran's missile attack on October 1.",
        "Explosions were heard in Tehran, according to Iranian state media.",
        "Iran said its air defences had intercepted most of the missiles and that damage was limited.",
        "The United States urged both sides to avoid a further escalation.",
    ], [
        ev("conflict.attack", "strikes", "strike", agents=["Israel"], loc=("Iran", "IR"),
           time=("Saturday", "2024-10-26", "day")),
        ev("conflict.attack", "attack", "attack", agents=["Tehran"], patients=["Israel"],
           time=("October 1", "2024-10-01", "day")),
        ev("disaster.explosion", "Explosions", "explosion", loc=("Tehran", "IR"), mod=R),
        ev("politics.statement", "said", "say", agents=["Iran"]),
        ev("conflict.escalation", "escalation", "escalation", mod=H),
    ]),
    art("en-e-027", "2025-04-20", "Putin declares Easter ceasefire in Ukraine", [
        "Russian President Vladimir Putin declared a 30-hour Easter ceasefire in Ukraine on Saturday.",
        "Ukrainian President Volodymyr Zelensky said Russian forces had continued shelling in several areas overnight.",
        "Kyiv proposed a 30-day truce instead.",
        "Moscow has not responded to the proposal.",
    ], [
        ev("conflict.ceasefire", "ceasefire", "ceasefire", agents=["Vladimir Putin"],
           loc=("Ukraine", "UA"), time=("Saturday", "2025-04-19", "day")),
        ev("conflict.attack", "shelling", "shelling", agents=["Russian forces"], mod=R),
        ev("conflict.ceasefire", "truce", "truce", agents=["Kyiv"], mod=H),
    ]),
    art("en-e-028", "2024-06-06", "Putin threatens the West with retaliation", [
        "Russian President Vladimir Putin has threatened the West with retaliation over its support for Ukraine.",
        "Putin said on Wednesday that Russia could supply long-range weapons to countries hostile to the West.",
        "He also warned that Moscow would respond to any attack on Russian territory with Western missiles.",
        "NATO Secretary General Jens Stoltenberg called the remarks an attempt at intimidation.",
    ], [
        ev("conflict.threat", "threatened", "threaten", agents=["Vladimir Putin"],
           patients=["West"]),
        ev("conflict.attack", "retaliation", "retaliation", agents=["Russia"], patients=["West"],
           mod=H),
        # "on Wednesday" governs "said"; the supply itself is only possible
        ev("economy.trade", "supply", "supply", agents=["Russia"], mod=H),
        ev("conflict.threat", "warned", "warn", agents=["Vladimir Putin"]),
        ev("conflict.attack", "attack", "attack", mod=H),
        ev("politics.statement", "called", "call", agents=["Jens Stoltenberg"]),
    ]),
    art("en-e-029", "2024-08-12", "Man arrested after Manchester stabbing", [
        "Police in Manchester have arrested a 34-year-old man after a stabbing in the city centre on Sunday night.",
        "A 22-year-old woman was taken to hospital with serious injuries.",
        "Greater Manchester Police said the attack was not terror-related.",
        "Officers are appealing for witnesses.",
    ], [
        ev("justice.arrest", "arrested", "arrest", agents=["Police"],
           patients=["34-year-old man"], loc=("Manchester", "GB")),
        ev("conflict.attack", "stabbing", "stabbing", patients=["22-year-old woman"],
           loc=("Manchester", "GB"), time=("Sunday night", "2024-08-11", "day")),
        ev("conflict.attack", "attack", "attack", patients=["22-year-old woman"],
           loc=("Manchester", "GB"), mod=R),
    ]),
    art("en-e-030", "2024-10-08", "Former fund manager goes on trial over £40m losses", [
        "A former pension fund manager went on trial at Southwark Crown Court in London on Monday over the alleged loss of £40 million of investors' money.",
        "Prosecutors told the jury that the 58-year-old had used client money to fund a luxury lifestyle.",
        "The defendant denies all charges.",
        "The trial is expected to last six weeks.",
    ], [
        ev("justice.trial", "trial", "trial", agents=["Southwark Crown Court"],
           patients=["former pension fund manager"], loc=("London", "GB"),
           time=("Monday", "2024-10-07", "day")),
        ev("politics.denial", "denies", "deny", agents=["defendant"]),
        ev("politics.accusation", "charges", "charge", agents=["Prosecutors"],
           patients=["defendant"]),
        # the trial is under way; only its length is "expected"
        ev("justice.trial", "trial", "trial", occ=1, agents=["Southwark Crown Court"],
           patients=["defendant"], loc=("London", "GB")),
    ]),
    art("en-e-031", "2023-11-03", "Sam Bankman-Fried convicted of fraud", [
        "A New York jury on Thursday convicted FTX founder Sam Bankman-Fried on seven counts of fraud and conspiracy.",
        "The verdict came after a month-long trial in federal court in Manhattan.",
        "Bankman-Fried, who had pleaded not guilty, faces decades in prison.",
        "Sentencing is scheduled for March 28.",
    ], [
        ev("justice.verdict", "convicted", "convict", agents=["New York jury"],
           patients=["Sam Bankman-Fried"], loc=("Manhattan", "US"),
           time=("Thursday", "2023-11-02", "day")),
        ev("justice.verdict", "verdict", "verdict", agents=["New York jury"],
           patients=["Sam Bankman-Fried"], loc=("Manhattan", "US")),
        ev("justice.trial", "trial", "trial", patients=["Sam Bankman-Fried"],
           loc=("Manhattan", "US")),
        ev("politics.denial", "pleaded", "plead", agents=["Bankman-Fried"]),
        ev("justice.verdict", "Sentencing", "sentencing", patients=["Bankman-Fried"],
           loc=("Manhattan", "US"), time=("March 28", "2024-03-28", "day")),
    ]),
    art("en-e-032", "2023-12-28", "New York Times sues OpenAI and Microsoft", [
        "The New York Times has sued OpenAI and Microsoft for copyright infringement, opening a new front in the battle over the use of published work to train artificial intelligence.",
        "The lawsuit, filed in federal court in Manhattan on Wednesday, claims that millions of Times articles were used without permission.",
        "OpenAI said it was surprised and disappointed by the lawsuit.",
        "The newspaper is seeking billions of dollars in damages.",
    ], [
        ev("justice.lawsuit", "sued", "sue", agents=["New York Times"],
           patients=["OpenAI", "Microsoft"]),
        ev("justice.lawsuit", "lawsuit", "lawsuit", agents=["New York Times"],
           patients=["OpenAI", "Microsoft"], loc=("Manhattan", "US"),
           time=("Wednesday", "2023-12-27", "day")),
        ev("justice.lawsuit", "lawsuit", "lawsuit", occ=1, agents=["New York Times"],
           patients=["OpenAI", "Microsoft"], mod=R),
    ]),
    art("en-e-033", "2024-04-03", "Strongest earthquake in 25 years hits Taiwan", [
        "The strongest earthquake to hit Taiwan in 25 years struck off the eastern county of Hualien on Wednesday morning, killing at least nine people.",
        "The magnitude 7.4 quake damaged buildings and triggered landslides that trapped dozens of people in a national park.",
        "Train services across the island were suspended for several hours.",
        "Chipmaker TSMC said it had evacuated some production lines as a precaution.",
    ], [
        ev("disaster.earthquake", "earthquake", "earthquake", loc=("Hualien", "TW"),
           time=("Wednesday morning", "2024-04-03", "day")),
        ev("disaster.earthquake", "quake", "quake", loc=("Hualien", "TW")),
        ev("disaster.other", "landslides", "landslide", loc=("Taiwan", "TW")),
        ev("transport.disruption", "suspended", "suspend", loc=("Taiwan", "TW")),
    ]),
    art("en-e-034", "2024-10-31", "Flash floods kill dozens in Spain", [
        "At least 95 people have died in flash floods in the Spanish region of Valencia after torrential rain on Tuesday.",
        "Rescue teams were still searching for missing people on Thursday.",
        "The flooding swept away cars and cut off roads and rail lines.",
        "Spain declared three days of national mourning.",
    ], [
        # "on Tuesday" attaches to the rain (not annotated), not to the floods
        ev("disaster.flood", "floods", "flood", loc=("Valencia", "ES")),
        ev("disaster.flood", "flooding", "flooding", loc=("Valencia", "ES")),
        ev("transport.obstruction", "cut", "cut off", loc=("Valencia", "ES")),
        # official declaration by a named political actor (cf. WHO in en-e-062)
        ev("politics.statement", "declared", "declare", agents=["Spain"]),
    ]),
    art("en-e-035", "2024-10-10", "Hurricane Milton slams into Florida", [
        "Hurricane Milton made landfall near Siesta Key on Florida's Gulf Coast on Wednesday evening as a Category 3 storm.",
        "The hurricane spawned a series of tornadoes that destroyed homes on the state's east coast.",
        "More than three million homes and businesses lost power.",
        "Tampa International Airport remained closed on Thursday.",
    ], [
        ev("disaster.storm", "Hurricane", "hurricane", loc=("Siesta Key", "US"),
           time=("Wednesday evening", "2024-10-09", "day")),
        ev("disaster.storm", "hurricane", "hurricane", loc=("Florida", "US")),
        ev("disaster.storm", "tornadoes", "tornado", loc=("Florida", "US")),
        ev("transport.disruption", "closed", "close", loc=("Tampa International Airport", "US"),
           time=("Thursday", "2024-10-10", "day")),
    ]),
    art("en-e-036", "2025-01-08", "Wildfire destroys homes in Los Angeles", [
        "A fast-moving wildfire has destroyed hundreds of homes in the Pacific Palisades neighbourhood of Los Angeles.",
        "The blaze broke out on Tuesday morning and was fanned by hurricane-force Santa Ana winds.",
        "More than 30,000 residents were ordered to evacuate.",
        "A second fire erupted overnight near Pasadena.",
    ], [
        ev("disaster.fire", "wildfire", "wildfire", loc=("Pacific Palisades", "US")),
        ev("disaster.fire", "blaze", "blaze", loc=("Pacific Palisades", "US"),
           time=("Tuesday morning", "2025-01-07", "day")),
        ev("disaster.fire", "fire", "fire", loc=("Pasadena", "US")),
    ]),
    art("en-e-037", "2024-12-09", "Deadly explosion at apartment block in The Hague", [
        "An explosion destroyed part of an apartment block in The Hague early on Saturday, killing six people.",
        "The blast tore through three floors of the building.",
        "Police arrested a 32-year-old man on Sunday.",
        "A car was seen leaving the scene shortly before the explosion.",
        "Dutch Prime Minister Dick Schoof visited the site on Saturday afternoon.",
    ], [
        ev("disaster.explosion", "explosion", "explosion", loc=("The Hague", "NL"),
           time=("Saturday", "2024-12-07", "day")),
        ev("disaster.explosion", "blast", "blast", loc=("The Hague", "NL")),
        ev("justice.arrest", "arrested", "arrest", agents=["Police"],
           patients=["32-year-old man"], loc=("The Hague", "NL"),
           time=("Sunday", "2024-12-08", "day")),
        ev("disaster.explosion", "explosion", "explosion", occ=1, loc=("The Hague", "NL")),
        ev("diplomacy.visit", "visited", "visit", agents=["Dick Schoof"],
           loc=("The Hague", "NL"), time=("Saturday afternoon", "2024-12-07", "day")),
    ]),
    art("en-e-038", "2024-05-27", "Landslide buries village in Papua New Guinea", [
        "More than 670 people are feared dead after a massive landslide buried a village in Papua New Guinea's Enga province on Friday.",
        "The estimate came from the UN migration agency.",
        "Rescuers are digging with spades and bare hands.",
        "Officials warned that further slides could threaten rescue teams.",
    ], [
        ev("disaster.other", "landslide", "landslide", loc=("Enga province", "PG"),
           time=("Friday", "2024-05-24", "day")),
        ev("disaster.other", "slides", "slide", loc=("Enga province", "PG"), mod=H),
    ]),
    art("en-e-039", "2024-03-27", "Ship strikes Baltimore bridge, causing collapse", [
        "A container ship lost power and struck the Francis Scott Key Bridge in Baltimore early on Tuesday, causing the bridge to collapse into the Patapsco River.",
        "Six construction workers are presumed dead.",
        "The collapse has blocked the shipping channel to the Port of Baltimore, one of the busiest on the US East Coast.",
        "President Joe Biden said the federal government would pay to rebuild the bridge.",
    ], [
        # "struck" = collision here, not labor.strike
        ev("transport.accident", "struck", "strike", agents=["container ship"],
           patients=["Francis Scott Key Bridge"], loc=("Baltimore", "US"),
           time=("Tuesday", "2024-03-26", "day")),
        ev("disaster.other", "collapse", "collapse", patients=["Francis Scott Key Bridge"],
           loc=("Baltimore", "US"), time=("Tuesday", "2024-03-26", "day")),
        ev("disaster.other", "collapse", "collapse", occ=1,
           patients=["Francis Scott Key Bridge"], loc=("Baltimore", "US")),
        ev("transport.obstruction", "blocked", "block", loc=("Baltimore", "US")),
        ev("politics.statement", "said", "say", agents=["Joe Biden"]),
    ]),
    art("en-e-040", "2024-03-18", "M25 closure causes fewer problems than feared", [
        "The first daytime closure of the M25 in its history caused fewer problems than feared.",
        "The motorway was shut between junctions 10 and 11 in Surrey from Friday night.",
        "Queues of up to five miles built up on diversion routes on Saturday.",
        "A crash on the A3 near Guildford caused further congestion.",
    ], [
        ev("transport.obstruction", "closure", "closure", loc=("M25", "GB")),
        ev("transport.obstruction", "shut", "shut", loc=("Surrey", "GB"),
           time=("Friday night", "2024-03-15", "day")),
        ev("transport.traffic_jam", "Queues", "queue", time=("Saturday", "2024-03-16", "day")),
        ev("transport.accident", "crash", "crash", loc=("Guildford", "GB")),
        ev("transport.traffic_jam", "congestion", "congestion", loc=("Guildford", "GB")),
    ]),
    art("en-e-041", "2023-08-29", "UK air traffic control failure strands thousands", [
        "Hundreds of flights to and from the UK were cancelled on Monday after a technical fault hit the country's air traffic control system.",
        "The fault was fixed within hours, but the disruption continued into Tuesday.",
        "Thousands of passengers were stranded at airports across Europe.",
        "Transport Secretary Mark Harper ruled out a cyberattack.",
    ], [
        ev("transport.disruption", "cancelled", "cancel", loc=("UK", "GB"),
           time=("Monday", "2023-08-28", "day")),
        ev("transport.disruption", "disruption", "disruption", loc=("UK", "GB"),
           time=("Tuesday", "2023-08-29", "day")),
        # "ruled out" is a negation cue, not a statement
        ev("conflict.attack", "cyberattack", "cyberattack", mod=N),
    ]),
    art("en-e-042", "2021-03-24", "Giant container ship blocks Suez Canal", [
        "A giant container ship ran aground in the Suez Canal on Tuesday, blocking one of the world's busiest trade routes.",
        "The 400-metre Ever Given became wedged across the waterway during a sandstorm.",
        "A traffic jam of more than 100 ships has formed at either end of the canal.",
        "Tugboats and diggers are working to free the vessel, which could take days.",
    ], [
        ev("transport.accident", "ran", "run aground", agents=["Ever Given"],
           loc=("Suez Canal", "EG"), time=("Tuesday", "2021-03-23", "day")),
        ev("transport.obstruction", "blocking", "block", agents=["Ever Given"],
           loc=("Suez Canal", "EG"), time=("Tuesday", "2021-03-23", "day")),
        ev("disaster.storm", "sandstorm", "sandstorm", loc=("Suez Canal", "EG")),
        ev("transport.traffic_jam", "jam", "jam", loc=("Suez Canal", "EG")),
    ]),
    art("en-e-043", "2024-04-02", "Texas dairy worker catches bird flu", [
        "A dairy worker in Texas has tested positive for bird flu after contact with infected cattle, health officials said on Monday.",
        "It is only the second known human case of H5N1 in the United States.",
        "The outbreak among dairy herds has spread to at least six states since March.",
        "Texas health officials have opened an investigation into how the worker was infected.",
    ], [
        ev("health.outbreak", "outbreak", "outbreak", loc=("United States", "US"),
           time=("March", "2024-03", "month")),
        ev("politics.investigation", "investigation", "investigation",
           agents=["Texas health officials"], loc=("Texas", "US")),
    ]),
    art("en-e-044", "2023-01-10", "Prince Harry's memoir goes on sale", [
        "Prince Harry's memoir “Spare” went on sale in Britain on Tuesday, with some bookshops opening at midnight.",
        "The book had already leaked in Spain last week after it was mistakenly put on sale there.",
        "In it, Harry accuses his brother William of physically attacking him during an argument in 2019.",
        "Kensington Palace declined to comment.",
    ], [
        ev("publication.book", "memoir", "memoir", agents=["Prince Harry"], loc=("Britain", "GB"),
           time=("Tuesday", "2023-01-10", "day")),
        ev("publication.book", "leaked", "leak", loc=("Spain", "ES"),
           time=("last week", "2023-W01", "week")),
        ev("politics.accusation", "accuses", "accuse", agents=["Harry"], patients=["William"]),
        ev("conflict.attack", "attacking", "attack", agents=["William"], patients=["Harry"],
           time=("2019", "2019", "year"), mod=R),
    ]),
    art("en-e-045", "2024-10-22", "IMF keeps global growth forecast unchanged", [
        "The International Monetary Fund on Tuesday published its latest World Economic Outlook, keeping its global growth forecast for 2024 at 3.2 percent.",
        "The report warned that rising geopolitical tensions and trade barriers posed growing risks.",
        "The IMF cut its forecast for German growth this year to zero.",
        "The findings were presented in Washington.",
    ], [
        ev("publication.report", "published", "publish", agents=["International Monetary Fund"],
           loc=("Washington", "US"), time=("Tuesday", "2024-10-22", "day")),
        ev("publication.report", "presented", "present", agents=["International Monetary Fund"],
           loc=("Washington", "US")),
    ]),
    art("en-e-046", "2024-08-14", "Starbucks replaces CEO with Chipotle boss", [
        "Starbucks has replaced its chief executive Laxman Narasimhan with Chipotle boss Brian Niccol after little more than a year in the job.",
        "The coffee chain announced the move on Tuesday, sending its shares up 24 percent.",
        "Niccol will take over on September 9.",
        "Chipotle's shares fell after the news.",
    ], [
        ev("organization.leadership_change", "replaced", "replace", agents=["Starbucks"],
           patients=["Laxman Narasimhan", "Brian Niccol"]),
        ev("organization.leadership_change", "take", "take over", agents=["Starbucks"],
           patients=["Brian Niccol"], time=("September 9", "2024-09-09", "day")),
    ]),
    art("en-e-047", "2024-10-24", "Dry and mild weekend ahead", [
        "Britain can look forward to a dry and mild weekend, with temperatures reaching 17C in London on Saturday.",
        "Cloud will spread from the west on Sunday.",
        "Forecasters say the settled spell is likely to continue into next week.",
        "Gardeners are advised to make the most of the conditions.",
    ], []),
    art("en-e-048", "2024-03-01", "Comment: why voting matters", [
        "Elections are the cornerstone of any democracy.",
        "Voters who stay at home leave the decision to others.",
        "Political scientists have long observed that turnout in local elections is lower than in national ones.",
        "Strikes and protests are also part of everyday democratic life.",
    ], []),
    art("en-e-049", "2023-06-15", "British Museum opens new window on ancient Egypt", [
        "The British Museum's new Egyptian gallery invites visitors to take a closer look at everyday life along the Nile.",
        "Highlights include painted coffins, jewellery and a reconstructed workshop.",
        "The gallery is open daily from 10am to 5pm.",
        "Admission is free.",
    ], []),
    art("en-e-050", "2024-07-05", "Labour wins UK election by a landslide", [
        "Labour has won a landslide victory in Britain's general election, ending 14 years of Conservative government.",
        "Keir Starmer was appointed prime minister by King Charles at Buckingham Palace on Friday.",
        "Outgoing prime minister Rishi Sunak resigned earlier in the day, saying he took responsibility for the defeat.",
        "Voters had gone to the polls on Thursday.",
    ], [
        # "landslide" = electoral victory here, not disaster.other
        ev("politics.election", "election", "election", agents=["Labour"],
           loc=("Britain", "GB")),
        ev("politics.appointment", "appointed", "appoint", agents=["King Charles"],
           patients=["Keir Starmer"], loc=("Buckingham Palace", "GB"),
           time=("Friday", "2024-07-05", "day")),
        ev("politics.resignation", "resigned", "resign", agents=["Rishi Sunak"]),
        ev("politics.statement", "saying", "say", agents=["Rishi Sunak"]),
        ev("politics.election", "polls", "poll", agents=["Voters"], loc=("Britain", "GB"),
           time=("Thursday", "2024-07-04", "day")),
    ]),
    art("en-e-051", "2024-05-15", "Mass protests in Tbilisi over “foreign agents” law", [
        "Tens of thousands of people protested in the Georgian capital Tbilisi on Tuesday after parliament passed a controversial “foreign agents” law.",
        "Critics say the legislation mirrors a Russian law used to silence opponents of the Kremlin.",
        "President Salome Zourabichvili said she would veto the bill.",
        "The European Union warned that the law could harm Georgia's bid for membership.",
    ], [
        ev("politics.protest", "protested", "protest", agents=["Tens of thousands of people"],
           loc=("Tbilisi", "GE"), time=("Tuesday", "2024-05-14", "day")),
        ev("politics.legislation", "passed", "pass", agents=["parliament"],
           loc=("Tbilisi", "GE")),
        ev("politics.legislation", "veto", "veto", agents=["Salome Zourabichvili"], mod=R),
        ev("politics.statement", "warned", "warn", agents=["European Union"]),
    ]),
    art("en-e-052", "2024-02-02", "US sanctions Israeli settlers over West Bank violence", [
        "President Joe Biden on Thursday signed an executive order imposing sanctions on four Israeli settlers accused of attacking Palestinians in the occupied West Bank.",
        "The sanctions freeze any US assets of those targeted.",
        "Israeli Prime Minister Benjamin Netanyahu's office said the move was unnecessary.",
        "Britain and France are considering similar sanctions.",
    ], [
        ev("politics.legislation", "signed", "sign", agents=["Joe Biden"],
           time=("Thursday", "2024-02-01", "day")),
        ev("economy.sanctions", "sanctions", "sanction", agents=["Joe Biden"],
           patients=["four Israeli settlers"], time=("Thursday", "2024-02-01", "day")),
        ev("politics.accusation", "accused", "accuse", patients=["four Israeli settlers"]),
        ev("conflict.attack", "attacking", "attack", agents=["four Israeli settlers"],
           patients=["Palestinians"], loc=("West Bank", "PS"), mod=R),
        ev("economy.sanctions", "sanctions", "sanction", occ=1, agents=["Joe Biden"],
           patients=["four Israeli settlers"]),
        ev("politics.statement", "said", "say", agents=["Benjamin Netanyahu's office"]),
        ev("economy.sanctions", "sanctions", "sanction", occ=2, agents=["Britain", "France"],
           mod=H),
    ]),
    art("en-e-053", "2023-08-25", "The Range buys Wilko brand", [
        "Discount retailer The Range has bought the Wilko brand for £5 million, but none of its 400 stores.",
        "Wilko collapsed into administration on August 10, putting 12,000 jobs at risk.",
        "Administrators at PwC said talks with other potential buyers for some of the shops were continuing.",
        "The GMB union called the deal “a kick in the teeth” for workers.",
    ], [
        ev("economy.acquisition", "bought", "buy", agents=["The Range"], patients=["Wilko brand"]),
        ev("economy.insolvency", "collapsed", "collapse", agents=["Wilko"],
           time=("August 10", "2023-08-10", "day")),
        ev("diplomacy.negotiation", "talks", "talk", agents=["PwC"], mod=R),
        ev("politics.statement", "called", "call", agents=["GMB union"]),
        ev("economy.acquisition", "deal", "deal", agents=["The Range"], patients=["Wilko brand"]),
    ]),
    art("en-e-054", "2024-07-08", "Paramount agrees to merge with Skydance", [
        "Paramount Global has agreed to merge with David Ellison's Skydance Media, ending months of uncertainty over the future of the Hollywood studio.",
        "Paramount's special committee approved the terms on Sunday.",
        "The combined company will be led by Ellison.",
        "The merger is expected to close next year, subject to regulatory approval.",
    ], [
        ev("economy.merger", "merge", "merge", agents=["Paramount Global", "Skydance Media"],
           mod=H),
        ev("economy.merger", "merger", "merger", agents=["Paramount Global", "Skydance Media"],
           time=("next year", "2025", "year"), mod=H),
    ]),
    art("en-e-055", "2023-10-02", "Kellogg splits in two", [
        "Kellogg completed the spin-off of its North American cereal business on Monday, splitting the 117-year-old company in two.",
        "The new firm, WK Kellogg Co, began trading on the New York Stock Exchange.",
        "The remaining snacks business has been renamed Kellanova.",
        "Analysts expect more deals in the packaged food industry.",
    ], [
        ev("economy.spin_off", "spin-off", "spin-off", agents=["Kellogg"],
           patients=["North American cereal business"], time=("Monday", "2023-10-02", "day")),
    ]),
    art("en-e-056", "2024-01-12", "US and UK strike Houthi targets in Yemen", [
        "The United States and Britain launched air strikes against Houthi targets in Yemen early on Friday in response to repeated attacks on shipping in the Red Sea.",
        "The Houthis vowed to retaliate, and Iran condemned the strikes.",
        "Analysts fear a wider escalation of the conflict in the Middle East.",
        "Oil prices rose by more than two percent.",
    ], [
        ev("conflict.attack", "strikes", "strike", agents=["United States", "Britain"],
           patients=["Houthi targets"], loc=("Yemen", "YE"), time=("Friday", "2024-01-12", "day")),
        ev("conflict.attack", "attacks", "attack", agents=["Houthis"]),
        ev("conflict.threat", "vowed", "vow", agents=["Houthis"]),
        ev("conflict.attack", "retaliate", "retaliate", agents=["Houthis"], mod=H),
        ev("politics.statement", "condemned", "condemn", agents=["Iran"]),
        ev("conflict.attack", "strikes", "strike", occ=1, agents=["United States", "Britain"],
           loc=("Yemen", "YE")),
        ev("conflict.escalation", "escalation", "escalation", mod=H),
    ]),
    art("en-e-057", "2024-08-06", "Judge rules Google illegally maintained search monopoly", [
        "A US federal judge ruled on Monday that Google had illegally maintained a monopoly in online search.",
        "The ruling by Judge Amit Mehta in Washington is a major victory for the Justice Department, which sued the company in 2020.",
        "Google said it would appeal.",
        "Remedies will be determined at a later hearing.",
    ], [
        ev("justice.verdict", "ruled", "rule", agents=["Amit Mehta"], patients=["Google"],
           loc=("Washington", "US"), time=("Monday", "2024-08-05", "day")),
        ev("justice.verdict", "ruling", "ruling", agents=["Amit Mehta"], patients=["Google"],
           loc=("Washington", "US")),
        ev("justice.lawsuit", "sued", "sue", agents=["Justice Department"], patients=["Google"],
           time=("2020", "2020", "year")),
        ev("justice.lawsuit", "appeal", "appeal", agents=["Google"], mod=R),
        ev("justice.trial", "hearing", "hearing", loc=("Washington", "US")),
    ]),
    art("en-e-058", "2023-09-09", "Powerful earthquake strikes Morocco", [
        "A powerful earthquake struck Morocco late on Friday, with its epicentre in the High Atlas mountains southwest of Marrakesh.",
        "According to the interior ministry, more than 800 people were killed.",
        "Many old buildings in Marrakesh were damaged.",
        "The magnitude 6.8 quake was the strongest to hit the country in more than a century.",
    ], [
        ev("disaster.earthquake", "earthquake", "earthquake", loc=("High Atlas", "MA"),
           time=("Friday", "2023-09-08", "day")),
        ev("disaster.earthquake", "quake", "quake", loc=("Morocco", "MA")),
    ]),
    art("en-e-059", "2024-09-16", "Storm Boris brings deadly floods to central Europe", [
        "Storm Boris has brought catastrophic flooding to central Europe, killing at least 15 people.",
        "In the Polish town of Klodzko, the river burst its banks on Sunday and swept through the streets.",
        "Austria's Lower Austria province was declared a disaster zone.",
        "Rail services between Vienna and Salzburg were suspended.",
    ], [
        ev("disaster.storm", "Storm", "storm"),
        ev("disaster.flood", "flooding", "flooding"),
        ev("disaster.flood", "burst", "burst", loc=("Klodzko", "PL"),
           time=("Sunday", "2024-09-15", "day")),
        ev("transport.disruption", "suspended", "suspend"),
    ]),
    art("en-e-060", "2024-10-10", "Boris Johnson publishes memoir", [
        "Former British prime minister Boris Johnson has published his memoir, “Unleashed”.",
        "The book, which went on sale on Thursday, covers his time in Downing Street from 2019 to 2022.",
        "Johnson defended his record in several interviews this week.",
        "He will present the book at an event in London next Tuesday.",
    ], [
        ev("publication.book", "published", "publish", agents=["Boris Johnson"]),
        ev("publication.book", "book", "book", agents=["Boris Johnson"],
           time=("Thursday", "2024-10-10", "day")),
        ev("politics.statement", "defended", "defend", agents=["Boris Johnson"],
           time=("this week", "2024-W41", "week")),
        ev("publication.book", "present", "present", agents=["Boris Johnson"],
           loc=("London", "GB"), time=("next Tuesday", "2024-10-15", "day")),
    ]),
    art("en-e-061", "2024-10-24", "UN report warns of up to 3.1C of warming", [
        "The world is on track for up to 3.1C of warming this century unless governments take far more ambitious action, according to a United Nations report released on Thursday.",
        "The annual Emissions Gap Report found that global emissions rose 1.3 percent last year.",
        "UN Secretary-General António Guterres called for a “massive” cut in emissions.",
        "The findings come ahead of the COP29 climate summit in Baku next month.",
    ], [
        ev("publication.report", "released", "release", agents=["United Nations"],
           time=("Thursday", "2024-10-24", "day")),
        ev("politics.statement", "called", "call", agents=["António Guterres"]),
        ev("diplomacy.summit", "summit", "summit", loc=("Baku", "AZ"),
           time=("next month", "2024-11", "month")),
    ]),
    art("en-e-062", "2024-08-15", "WHO declares mpox a global health emergency", [
        "The World Health Organization on Wednesday declared the mpox outbreak in Africa a public health emergency of international concern.",
        "The outbreak in the Democratic Republic of Congo has caused more than 15,000 cases this year.",
        "A new variant has also been detected in Sweden.",
        "WHO chief Tedros Adhanom Ghebreyesus called for a coordinated international response.",
    ], [
        ev("politics.statement", "declared", "declare", agents=["World Health Organization"],
           time=("Wednesday", "2024-08-14", "day")),
        # continent only -> no location
        ev("health.outbreak", "outbreak", "outbreak"),
        ev("health.outbreak", "outbreak", "outbreak", occ=1,
           loc=("Democratic Republic of Congo", "CD"), time=("this year", "2024", "year")),
        ev("politics.statement", "called", "call", agents=["Tedros Adhanom Ghebreyesus"]),
    ]),
    art("en-e-063", "2024-04-29", "Scotland's First Minister Humza Yousaf resigns", [
        "Scotland's First Minister Humza Yousaf announced his resignation on Monday, days before he was due to face two votes of no confidence at Holyrood.",
        "Yousaf had ended the power-sharing agreement with the Scottish Greens last week.",
        "The Scottish National Party must now choose a new leader.",
        "Former deputy first minister John Swinney is seen as the frontrunner.",
    ], [
        ev("politics.resignation", "resignation", "resignation", agents=["Humza Yousaf"],
           time=("Monday", "2024-04-29", "day")),
        ev("politics.vote", "votes", "vote", patients=["Humza Yousaf"], loc=("Holyrood", "GB")),
        ev("politics.election", "choose", "choose", agents=["Scottish National Party"], mod=H),
    ]),
    art("en-e-064", "2024-07-06", "Starmer appoints Reeves as first female chancellor", [
        "Prime Minister Keir Starmer has appointed Rachel Reeves as Britain's first female chancellor of the exchequer.",
        "Angela Rayner was named deputy prime minister, while David Lammy became foreign secretary.",
        "Starmer held his first cabinet meeting on Saturday.",
        "Lammy will travel to Germany on Sunday.",
    ], [
        ev("politics.appointment", "appointed", "appoint", agents=["Keir Starmer"],
           patients=["Rachel Reeves"]),
        ev("politics.appointment", "named", "name", agents=["Keir Starmer"],
           patients=["Angela Rayner"]),
        ev("diplomacy.meeting", "meeting", "meeting", agents=["Keir Starmer"],
           time=("Saturday", "2024-07-06", "day")),
        ev("diplomacy.visit", "travel", "travel", agents=["David Lammy"], loc=("Germany", "DE"),
           time=("Sunday", "2024-07-07", "day")),
    ]),
]


# --------------------------------------------------------------------------
# Offset computation and validation
# --------------------------------------------------------------------------
VALUE_RE = {
    "day": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    "week": re.compile(r"^\d{4}-W\d{2}$"),
    "month": re.compile(r"^\d{4}-\d{2}$"),
    "year": re.compile(r"^\d{4}$"),
    "decade": re.compile(r"^\d{3}$"),
}


class GoldError(ValueError):
    pass


def word_spans(text: str, word: str):
    """All whole-word occurrences of `word` (letters, digits, '_' and '-'
    count as word characters, so 'Beben' is not found inside 'Erdbeben' and
    'hurricane' is not found inside 'hurricane-force')."""
    pat = re.compile(r"(?<![\w-])" + re.escape(word) + r"(?![\w-])")
    return [(m.start(), m.end()) for m in pat.finditer(text)]


def check_value(value: str, gran: str, where: str):
    if gran not in GRANULARITIES:
        raise GoldError(f"{where}: bad granularity {gran!r}")
    if not VALUE_RE[gran].match(value):
        raise GoldError(f"{where}: value {value!r} does not match granularity {gran}")
    if gran == "day":
        dt.date.fromisoformat(value)
    elif gran == "month":
        y, m = value.split("-")
        if not 1 <= int(m) <= 12:
            raise GoldError(f"{where}: bad month in {value!r}")
    elif gran == "week":
        y, w = value.split("-W")
        last = dt.date(int(y), 12, 28).isocalendar()[1]
        if not 1 <= int(w) <= last:
            raise GoldError(f"{where}: ISO week out of range in {value!r}")


def build_article(spec: dict, lang: str) -> dict:
    aid = spec["id"]
    if not re.fullmatch(rf"{lang}-e-\d{{3}}", aid):
        raise GoldError(f"{aid}: id does not match language {lang}")
    pub = dt.date.fromisoformat(spec["published_at"])
    sents = spec["sentences"]
    if not 2 <= len(sents) <= 7:
        raise GoldError(f"{aid}: {len(sents)} sentences (need 2-7)")
    for s in sents:
        if s != s.strip() or not s:
            raise GoldError(f"{aid}: sentence with stray whitespace: {s!r}")
        if re.search(r"[\u200b-\u200f\u00ad]", s):
            raise GoldError(f"{aid}: invisible character in {s!r}")
    text = " ".join(sents)
    bounds, pos = [], 0
    for s in sents:
        bounds.append((pos, pos + len(s)))
        pos += len(s) + 1

    events, seen = [], set()
    for i, e in enumerate(spec["events"]):
        where = f"{aid} event {i} ({e['trigger']!r})"
        if e["type"] not in TAXONOMY:
            raise GoldError(f"{where}: unknown type {e['type']!r}")
        if e["mod"] not in MODALITIES:
            raise GoldError(f"{where}: bad modality {e['mod']!r}")
        trig = e["trigger"]
        if not trig or re.search(r"\s", trig):
            raise GoldError(f"{where}: trigger must be a single word")
        spans = word_spans(text, trig)
        if e["occ"] >= len(spans):
            raise GoldError(f"{where}: occurrence {e['occ']} not found "
                            f"({len(spans)} whole-word hits)")
        start, end = spans[e["occ"]]
        assert text[start:end] == trig
        if (start, end) in seen:
            raise GoldError(f"{where}: same trigger span annotated twice")
        seen.add((start, end))
        if not e["lemma"].strip():
            raise GoldError(f"{where}: empty lemma")
        sent = next(text[a:b] for a, b in bounds if a <= start < b)

        actors = []
        for role, names in (("agent", e["agents"]), ("patient", e["patients"])):
            for name in names:
                if not name or name not in text:
                    raise GoldError(f"{where}: actor {name!r} not in text")
                actors.append({"role": role, "text": name})

        location = None
        if e["loc"] is not None:
            ltext, cc = e["loc"]
            if ltext not in text:
                raise GoldError(f"{where}: location {ltext!r} not in text")
            if cc not in COUNTRIES:
                raise GoldError(f"{where}: country {cc!r} not in whitelist")
            location = {"text": ltext, "country": cc}

        time = None
        if e["time"] is not None:
            ttext, value, gran = e["time"]
            if ttext not in sent:
                raise GoldError(f"{where}: time {ttext!r} not in the trigger's sentence")
            if LEADING_FORBIDDEN.match(ttext):
                raise GoldError(f"{where}: time text {ttext!r} starts with a preposition/article")
            check_value(value, gran, where)
            # weekday sanity: a named weekday must match the normalised date
            for name, wd in WEEKDAYS.items():
                if re.search(rf"(?i)(?<![a-zäöü]){name}", ttext) and gran == "day":
                    if dt.date.fromisoformat(value).weekday() != wd:
                        raise GoldError(f"{where}: {ttext!r} -> {value} is not a {name}")
            if gran == "day" and abs((dt.date.fromisoformat(value) - pub).days) > 400 \
                    and not re.search(r"\d{4}", ttext):
                raise GoldError(f"{where}: relative day {value} far from published_at")
            time = {"text": ttext, "value": value, "granularity": gran}

        events.append({
            "type": e["type"],
            "trigger": {"text": trig, "lemma": e["lemma"], "start": start, "end": end},
            "actors": actors,
            "location": location,
            "time": time,
            "modality": e["mod"],
        })

    events.sort(key=lambda x: x["trigger"]["start"])
    return {
        "id": aid,
        "language": lang,
        "title": spec["title"],
        "published_at": pub.isoformat(),
        "text": text,
        "events": events,
    }


def build(lang: str, specs: list) -> list:
    ids = [s["id"] for s in specs]
    if len(ids) != len(set(ids)):
        raise GoldError(f"{lang}: duplicate ids")
    return [build_article(s, lang) for s in specs]


def dump(records: list) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def stats(lang: str, records: list) -> None:
    evs = [e for r in records for e in r["events"]]
    types = Counter(e["type"] for e in evs)
    mods = Counter(e["modality"] for e in evs)
    print(f"[{lang}] articles={len(records)} "
          f"no-event articles={sum(1 for r in records if not r['events'])} events={len(evs)}")
    print(f"[{lang}] with time={sum(1 for e in evs if e['time'])} "
          f"with location={sum(1 for e in evs if e['location'])} modality={dict(mods)}")
    missing = [t for t in TAXONOMY if t not in types]
    print(f"[{lang}] types covered {len(types)}/{len(TAXONOMY)}"
          + (f"; missing: {missing}" if missing else ""))
    print(f"[{lang}] min/max per type: {min(types.values())}/{max(types.values())}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="validate and compare with the files on disk; write nothing")
    ap.add_argument("-v", "--verbose", action="store_true", help="print per-type counts")
    args = ap.parse_args(argv)
    status = 0
    for lang, specs in (("de", DE), ("en", EN)):
        try:
            records = build(lang, specs)
        except GoldError as exc:
            print(f"ERROR: {exc}", file=sys.stderr)
            return 1
        stats(lang, records)
        if args.verbose:
            types = Counter(e["type"] for r in records for e in r["events"])
            for t in TAXONOMY:
                print(f"    {t:34s} {types.get(t, 0)}")
        out = HERE / f"{lang}.jsonl"
        content = dump(records)
        if args.check:
            if not out.exists() or out.read_text(encoding="utf-8") != content:
                print(f"ERROR: {out.name} is missing or out of date; rerun without --check",
                      file=sys.stderr)
                status = 1
        else:
            out.write_text(content, encoding="utf-8")
            print(f"wrote {out}")
    return status


if __name__ == "__main__":
    sys.exit(main())
