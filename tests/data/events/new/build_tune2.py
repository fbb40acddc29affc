#!/usr/bin/env python3
"""Build the second hand-annotated event TUNING set: de_tune2.jsonl / en_tune2.jsonl.

12 German and 12 English invented wire-style articles, written and annotated by
hand on 2026-12-04, before any extraction code ran on them.  Nothing in this
file calls newsflow, spaCy or any other extraction component.  The specs name
each trigger by its surface string plus an occurrence index (0 = first
whole-word occurrence in the article text); this script only turns them into
character offsets and validates them (standard library only).

Usage:
    python tests/data/events/new/build_tune2.py           # validate + write both jsonl files
    python tests/data/events/new/build_tune2.py --check   # validate only, write nothing
                                                          # (exit 1 if the files on disk are stale)
    python tests/data/events/new/build_tune2.py -v        # also print per-type counts

Conventions: ../README.md (guidelines) and ./README.md (added types, decisions).
Only the 48 original types plus life.death, economy.rate_decision and
economy.product_launch are used (the other types added to event_types.json,
e.g. politics.criticism or politics.demand, are folded into politics.statement
by the guidelines), but validation accepts every type in event_types.json.
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
REPO = HERE.parents[3]
TYPES_JSON = REPO / "service" / "extract" / "lexicons" / "event_types.json"

MODALITIES = ("asserted", "negated", "hypothetical", "reported")
ROLES = ("agent", "patient")
GRANULARITIES = ("day", "week", "month", "year", "decade")
VALUE_RE = {
    "day": re.compile(r"^\d{4}-\d{2}-\d{2}$"),
    "week": re.compile(r"^\d{4}-W\d{2}$"),
    "month": re.compile(r"^\d{4}-\d{2}$"),
    "year": re.compile(r"^\d{4}$"),
    "decade": re.compile(r"^\d{3}$"),
}

# ISO 3166-1 alpha-2 codes used in this set (validation whitelist).
COUNTRIES = {
    "BE": "Belgium", "CD": "DR Congo", "DE": "Germany", "ES": "Spain",
    "FR": "France", "GB": "United Kingdom", "GR": "Greece", "JP": "Japan",
    "KR": "South Korea", "PL": "Poland", "TR": "Turkey", "UA": "Ukraine",
    "US": "United States",
}

A, N, H, R = "asserted", "negated", "hypothetical", "reported"

WEEKDAYS = {
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4,
    "samstag": 5, "sonntag": 6, "monday": 0, "tuesday": 1, "wednesday": 2,
    "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}

# A time "text" never starts with a bare preposition / article (see ../README.md).
LEADING_FORBIDDEN = re.compile(
    r"^(am|im|an|ab|seit|bis|zum|vom|für|der|die|das|den|dem|des|on|at|in|"
    r"the|since|from|until|by|during|noch)\s", re.IGNORECASE)

# Pronouns are never actor texts (a name or role noun exists in every article).
PRONOUNS = {
    "er", "sie", "es", "ihn", "ihm", "ihr", "man", "wir", "he", "she", "it",
    "they", "him", "her", "them", "we", "its", "his", "their",
}


class GoldError(Exception):
    pass


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
    # published Tue 2025-09-16
    art("de-t2-01", "2025-09-16", "Halvora will Faserhersteller Vendrik kaufen", [
        "Der Chemiekonzern Halvora will den niederländischen Spezialfaserhersteller Vendrik übernehmen.",
        "Vendrik beschäftigt rund 1.800 Mitarbeiter an drei Standorten in den Niederlanden und Belgien.",
        "Am Montag hatte der Vorstand des Ludwigshafener Konzerns die Pläne bekanntgegeben; die Übernahme soll bis Mitte 2026 abgeschlossen sein.",
        "Die Gewerkschaft IG BCE befürchtet, dass der Käufer nach dem Zukauf Stellen in der Verwaltung streichen könnte.",
        "Halvora hatte bereits 2023 den Klebstoffspezialisten Ortec gekauft.",
    ], [
        ev("economy.acquisition", "übernehmen", "übernehmen", agents=["Halvora"],
           patients=["Vendrik"], mod=H),
        # "Am Montag" governs "bekanntgegeben" (announcement, not annotated);
        # "abgeschlossen" realises the takeover, so "Mitte 2026" is its time
        ev("economy.acquisition", "Übernahme", "Übernahme", agents=["Halvora"],
           patients=["Vendrik"], time=("Mitte 2026", "2026", "year"), mod=H),
        # "der Käufer" refers back to Halvora; "befürchtet" introduces annotated events
        ev("economy.acquisition", "Zukauf", "Zukauf", agents=["Halvora"],
           patients=["Vendrik"], mod=H),
        ev("economy.layoffs", "streichen", "streichen", agents=["Halvora"], mod=H),
        ev("economy.acquisition", "gekauft", "kaufen", agents=["Halvora"],
           patients=["Ortec"], time=("2023", "2023", "year")),
    ]),
    # published Thu 2025-11-13
    art("de-t2-02", "2025-11-13", "Warnstreik legt Nordbahn lahm", [
        "Ein Warnstreik bei der Nordbahn hat am Donnerstag den Regionalverkehr zwischen Bremen und Oldenburg weitgehend lahmgelegt.",
        "Mit dem Ausstand erhöht die Eisenbahnergewerkschaft EVG den Druck in den festgefahrenen Tarifverhandlungen.",
        "Nach Angaben des Unternehmens fielen wegen des Nordbahn-Streiks bis zum Mittag mehr als 300 Verbindungen aus.",
        "Die Nordbahn bezeichnete den Streik als unverhältnismäßig und kündigte an, vor dem Arbeitsgericht Bremen eine einstweilige Verfügung zu beantragen.",
        "Ein Gespräch zwischen beiden Seiten ist für kommenden Dienstag geplant.",
    ], [
        ev("labor.strike", "Warnstreik", "Warnstreik", agents=["EVG"], patients=["Nordbahn"],
           loc=("Bremen", "DE"), time=("Donnerstag", "2025-11-13", "day")),
        ev("transport.disruption", "lahmgelegt", "lahmlegen", loc=("Bremen", "DE"),
           time=("Donnerstag", "2025-11-13", "day")),
        # inverted order: the agent EVG follows the verb, the trigger comes first
        ev("labor.strike", "Ausstand", "Ausstand", agents=["EVG"], patients=["Nordbahn"],
           loc=("Bremen", "DE")),
        ev("diplomacy.negotiation", "Tarifverhandlungen", "Tarifverhandlung",
           agents=["EVG", "Nordbahn"]),
        # "Nach Angaben des Unternehmens" scopes over the whole clause
        ev("labor.strike", "Nordbahn-Streiks", "Nordbahn-Streik", agents=["EVG"],
           patients=["Nordbahn"], loc=("Bremen", "DE"), mod=R),
        ev("transport.disruption", "fielen", "ausfallen", loc=("Bremen", "DE"), mod=R),
        ev("labor.strike", "Streik", "Streik", agents=["EVG"], patients=["Nordbahn"],
           loc=("Bremen", "DE")),
        # "einstweilige Verfügung ... beantragen": light verb, the noun is the trigger;
        # announced future measure -> hypothetical
        ev("justice.lawsuit", "Verfügung", "Verfügung", agents=["Nordbahn"], patients=["EVG"],
           loc=("Bremen", "DE"), mod=H),
        ev("diplomacy.negotiation", "Gespräch", "Gespräch", agents=["EVG", "Nordbahn"],
           time=("kommenden Dienstag", "2025-11-18", "day"), mod=H),
    ]),
    # published Tue 2026-03-24
    art("de-t2-03", "2026-03-24", "Brandt in Warschau: Streit um Reparationen", [
        "Am Montag traf Bundesaußenministerin Helga Brandt in Warschau ihren polnischen Amtskollegen Piotr Zieliński.",
        "Bei dem Treffen ging es vor allem um den Ausbau der Grenzübergänge und um Reparationsforderungen aus dem Zweiten Weltkrieg.",
        "Warschau wirft Berlin seit Jahren vor, die Frage zu verschleppen.",
        "Brandt wies den Vorwurf zurück und kündigte an, im Mai zu Regierungskonsultationen nach Warschau zurückzukehren.",
        "Zuvor hatte Zieliński am Rande eines Treffens der EU-Außenminister in Brüssel erklärt, Polen werde in der Frage nicht nachgeben.",
    ], [
        ev("diplomacy.meeting", "traf", "treffen", agents=["Helga Brandt", "Piotr Zieliński"],
           loc=("Warschau", "PL"), time=("Montag", "2026-03-23", "day")),
        ev("diplomacy.meeting", "Treffen", "Treffen", agents=["Helga Brandt", "Piotr Zieliński"],
           loc=("Warschau", "PL")),
        # capitals stand for governments and are annotated as written;
        # "seit Jahren" is vague -> no time; "verschleppen" = delay (no kidnapping)
        ev("politics.accusation", "wirft", "vorwerfen", agents=["Warschau"], patients=["Berlin"]),
        ev("politics.denial", "wies", "zurückweisen", agents=["Helga Brandt"]),
        ev("politics.accusation", "Vorwurf", "Vorwurf", agents=["Warschau"], patients=["Berlin"]),
        # the parties of the consultations are the two governments (Berlin, Warschau)
        ev("diplomacy.meeting", "Regierungskonsultationen", "Regierungskonsultation",
           agents=["Berlin", "Warschau"], loc=("Warschau", "PL"),
           time=("Mai", "2026-05", "month"), mod=H),
        # participants in a genitive: "eines Treffens der EU-Außenminister"
        ev("diplomacy.meeting", "Treffens", "Treffen", agents=["EU-Außenminister"],
           loc=("Brüssel", "BE")),
        ev("politics.statement", "erklärt", "erklären", agents=["Piotr Zieliński"],
           loc=("Brüssel", "BE")),
    ]),
    # published Thu 2025-10-02
    art("de-t2-04", "2025-10-02", "Haftstrafe für Kölner Bauunternehmer", [
        "Der frühere Geschäftsführer eines Kölner Bauunternehmens ist am Mittwoch vom Landgericht Köln wegen Bestechung zu drei Jahren Haft verurteilt worden.",
        "Nach Überzeugung der Kammer hatte Markus H. zwischen 2017 und 2021 Mitarbeiter der Stadtverwaltung mit insgesamt mehr als 400.000 Euro bestochen.",
        "Zwei mitangeklagte Beamte wurden freigesprochen.",
        "Der Prozess hatte im Februar begonnen.",
        "Die Verteidigung kündigte Revision an.",
        "Die Ermittlungen gegen weitere Beschuldigte dauern nach Angaben der Staatsanwaltschaft Köln an.",
    ], [
        # passive with "vom"; the convicted man is named only in the next sentence
        ev("justice.verdict", "verurteilt", "verurteilen", agents=["Landgericht Köln"],
           patients=["Markus H."], loc=("Köln", "DE"), time=("Mittwoch", "2025-10-01", "day")),
        # passive without agent phrase: the court is clear from context
        ev("justice.verdict", "freigesprochen", "freisprechen", agents=["Landgericht Köln"],
           patients=["mitangeklagte Beamte"], loc=("Köln", "DE")),
        ev("justice.trial", "Prozess", "Prozess", agents=["Landgericht Köln"],
           patients=["Markus H."], loc=("Köln", "DE"), time=("Februar", "2025-02", "month")),
        # appeal = justice.lawsuit; announced future measure -> hypothetical
        ev("justice.lawsuit", "Revision", "Revision", agents=["Verteidigung"], mod=H),
        # place only inside an organisation name -> no location
        ev("politics.investigation", "Ermittlungen", "Ermittlung",
           agents=["Staatsanwaltschaft Köln"], patients=["weitere Beschuldigte"], mod=R),
    ]),
    # published Wed 2026-02-11
    art("de-t2-05", "2026-02-11", "Sturmtief „Lutz“ wütet im Norden", [
        "Sturmtief „Lutz“ hat in der Nacht zum Dienstag in Norddeutschland schwere Schäden angerichtet.",
        "Auf der A7 bei Hamburg wurde ein Lastwagen von einer Böe erfasst und stürzte um.",
        "Die Autobahn war danach in Richtung Norden für fünf Stunden gesperrt.",
        "Die Deutsche Bahn stellte den Fernverkehr zwischen Hamburg und Berlin am Dienstag bis zum Nachmittag ein.",
        "Ein Sprecher des Deutschen Wetterdienstes sagte, der Sturm sei der stärkste in der Region seit 2013 gewesen.",
        "Für Donnerstag rechnen die Meteorologen mit einem weiteren Sturm an der Küste.",
    ], [
        ev("disaster.storm", "Sturmtief", "Sturmtief", loc=("Norddeutschland", "DE"),
           time=("Nacht zum Dienstag", "2026-02-10", "day")),
        # "erfasst" does not by itself denote an accident; "stürzte um" does
        ev("transport.accident", "stürzte", "umstürzen", agents=["Lastwagen"],
           loc=("A7", "DE")),
        # duration "für fünf Stunden" -> no time
        ev("transport.obstruction", "gesperrt", "sperren", loc=("A7", "DE")),
        ev("transport.disruption", "stellte", "einstellen", agents=["Deutsche Bahn"],
           loc=("Hamburg", "DE"), time=("Dienstag", "2026-02-10", "day")),
        # DWD is a scientific agency: "sagte" is no statement; Konjunktiv I -> reported;
        # "seit 2013" is part of the comparison, not the storm's time
        ev("disaster.storm", "Sturm", "Sturm", loc=("Norddeutschland", "DE"), mod=R),
        ev("disaster.storm", "Sturm", "Sturm", occ=1, loc=("Küste", "DE"),
           time=("Donnerstag", "2026-02-12", "day"), mod=H),
    ]),
    # published Tue 2025-06-03
    art("de-t2-06", "2025-06-03", "Kessler Antriebstechnik streicht 1.200 Stellen", [
        "Der Autozulieferer Kessler Antriebstechnik streicht in Deutschland bis Ende 2027 rund 1.200 Stellen.",
        "Das Werk in Schweinfurt mit 450 Beschäftigten werde geschlossen, teilte der Konzern am Montag in Stuttgart mit.",
        "Als Gründe nannte Vorstandschef Thomas Reiter die schwache Nachfrage nach Elektroantrieben und hohe Energiekosten.",
        "Die IG Metall drohte mit Warnstreiks an allen deutschen Standorten des Unternehmens.",
        "Bereits im vergangenen Jahr hatte das Unternehmen, das seit 2019 zum schwedischen Finanzinvestor Norrvik gehört, 300 Arbeitsplätze abgebaut.",
        "Betriebsratschef Uwe Hartl sprach von einem „schwarzen Tag für die Region“.",
    ], [
        ev("economy.layoffs", "streicht", "streichen", agents=["Kessler Antriebstechnik"],
           loc=("Deutschland", "DE"), time=("Ende 2027", "2027", "year")),
        # "der Konzern" = Kessler; "am Montag" governs "teilte mit", not the closure
        ev("economy.facility", "geschlossen", "schließen", agents=["Kessler Antriebstechnik"],
           loc=("Schweinfurt", "DE"), mod=R),
        # threat of a strike -> the strike is hypothetical, no conflict.threat
        ev("labor.strike", "Warnstreiks", "Warnstreik", agents=["IG Metall"],
           patients=["Kessler Antriebstechnik"], mod=H),
        # subject far from the trigger; "seit 2019" belongs to the relative clause
        ev("economy.layoffs", "abgebaut", "abbauen", agents=["Kessler Antriebstechnik"],
           time=("vergangenen Jahr", "2024", "year")),
        # works council = political speaker
        ev("politics.statement", "sprach", "sprechen", agents=["Uwe Hartl"]),
    ]),
    # published Tue 2025-10-21
    art("de-t2-07", "2025-10-21", "Drohnenangriff auf Sumy – Gespräche in Istanbul geplant", [
        "Bei einem Drohnenangriff auf die nordostukrainische Stadt Sumy sind in der Nacht zum Montag nach ukrainischen Angaben drei Menschen getötet worden.",
        "Kiew machte Moskau für den Angriff verantwortlich und forderte neue Sanktionen gegen Russland.",
        "Das russische Verteidigungsministerium erklärte, man habe in der Region militärische Ziele angegriffen.",
        "Unterdessen sollen am Donnerstag in Istanbul Gespräche über eine Waffenruhe beginnen.",
        "Die Türkei vermittelt seit Monaten zwischen beiden Seiten.",
    ], [
        # casualties belong to the attack, so the clause's time is the attack's time;
        # "nach ukrainischen Angaben" -> reported
        ev("conflict.attack", "Drohnenangriff", "Drohnenangriff", agents=["Russland"],
           patients=["Sumy"], loc=("Sumy", "UA"),
           time=("Nacht zum Montag", "2025-10-20", "day"), mod=R),
        # "verantwortlich machen" = blame: trigger is the finite verb (like "wies ... zurück")
        ev("politics.accusation", "machte", "verantwortlich machen", agents=["Kiew"],
           patients=["Moskau"]),
        # content of the accusation -> reported
        ev("conflict.attack", "Angriff", "Angriff", agents=["Russland"], patients=["Sumy"],
           loc=("Sumy", "UA"), mod=R),
        # "forderte" introduces an annotated event -> no statement
        ev("economy.sanctions", "Sanktionen", "Sanktion", patients=["Russland"], mod=H),
        # "erklärte" reports an annotated event -> no statement; Konjunktiv I -> reported
        ev("conflict.attack", "angegriffen", "angreifen", agents=["Russland"],
           loc=("Sumy", "UA"), mod=R),
        ev("diplomacy.negotiation", "Gespräche", "Gespräch", agents=["Kiew", "Moskau"],
           loc=("Istanbul", "TR"), time=("Donnerstag", "2025-10-23", "day"), mod=H),
        ev("conflict.ceasefire", "Waffenruhe", "Waffenruhe", agents=["Kiew", "Moskau"], mod=H),
        # mediation: mediator and both parties are agents
        ev("diplomacy.negotiation", "vermittelt", "vermitteln",
           agents=["Türkei", "Kiew", "Moskau"]),
    ]),
    # published Thu 2026-05-07
    art("de-t2-08", "2026-05-07", "Niedersachsens Wissenschaftsministerin tritt zurück", [
        "Die niedersächsische Wissenschaftsministerin Anja Lorenz ist am Mittwoch zurückgetreten.",
        "Sie zog damit die Konsequenzen aus der Affäre um überhöhte Beraterhonorare an der Universität Göttingen.",
        "Gegen die Ministerin ermittelt die Staatsanwaltschaft Hannover seit April wegen des Verdachts der Untreue.",
        "Lorenz bestreitet die Vorwürfe.",
        "Nach dem Willen von Ministerpräsident Olaf Lies soll Staatssekretärin Miriam Okafor bereits am Freitag im Landtag vereidigt werden.",
        "Die Opposition hatte schon im März den Rücktritt der Ministerin gefordert.",
    ], [
        ev("politics.resignation", "zurückgetreten", "zurücktreten", agents=["Anja Lorenz"],
           time=("Mittwoch", "2026-05-06", "day")),
        # inverted order, patient named by role noun "die Ministerin"; "seit April" -> April
        ev("politics.investigation", "ermittelt", "ermitteln",
           agents=["Staatsanwaltschaft Hannover"], patients=["Anja Lorenz"],
           time=("April", "2026-04", "month")),
        ev("politics.denial", "bestreitet", "bestreiten", agents=["Anja Lorenz"]),
        ev("politics.accusation", "Vorwürfe", "Vorwurf", agents=["Staatsanwaltschaft Hannover"],
           patients=["Anja Lorenz"]),
        # appointing authority in a "von" phrase; "soll" (plan) -> hypothetical
        ev("politics.appointment", "vereidigt", "vereidigen", agents=["Olaf Lies"],
           patients=["Miriam Okafor"], loc=("Landtag", "DE"),
           time=("Freitag", "2026-05-08", "day"), mod=H),
        # demanded -> hypothetical; "im März" governs "gefordert", not the resignation
        ev("politics.resignation", "Rücktritt", "Rücktritt", agents=["Anja Lorenz"], mod=H),
    ]),
    # published Thu 2026-06-18
    art("de-t2-09", "2026-06-18", "Volksbank Dillgrund und Raiffeisenbank Solmsbach fusionieren", [
        "Die Vertreterversammlungen der Volksbank Dillgrund und der Raiffeisenbank Solmsbach haben am Dienstag der Fusion beider Institute zugestimmt.",
        "In Wetzlar stimmten 91 Prozent der Vertreter für den Zusammenschluss.",
        "Das fusionierte Institut wird eine Bilanzsumme von rund 4,8 Milliarden Euro haben und seinen Sitz in Wetzlar nehmen.",
        "Betriebsbedingte Kündigungen schließen die Vorstände aus; allerdings sollen bis 2029 zwölf der 38 Filialen geschlossen werden.",
        "Die rechtliche Verschmelzung ist für den 1. September geplant.",
    ], [
        # approval ("zugestimmt") is no vote word and does not realise the merger:
        # "am Dienstag" is not the merger's time
        ev("economy.merger", "Fusion", "Fusion",
           agents=["Volksbank Dillgrund", "Raiffeisenbank Solmsbach"]),
        ev("politics.vote", "stimmten", "stimmen", agents=["Vertreter"], loc=("Wetzlar", "DE")),
        ev("economy.merger", "Zusammenschluss", "Zusammenschluss",
           agents=["Volksbank Dillgrund", "Raiffeisenbank Solmsbach"]),
        # "schließen ... aus" = rule out (negation cue, no facility closure)
        ev("economy.layoffs", "Kündigungen", "Kündigung",
           agents=["Volksbank Dillgrund", "Raiffeisenbank Solmsbach"], mod=N),
        ev("economy.facility", "geschlossen", "schließen",
           agents=["Volksbank Dillgrund", "Raiffeisenbank Solmsbach"],
           time=("2029", "2029", "year"), mod=H),
        ev("economy.merger", "Verschmelzung", "Verschmelzung",
           agents=["Volksbank Dillgrund", "Raiffeisenbank Solmsbach"],
           time=("1. September", "2026-09-01", "day"), mod=H),
    ]),
    # published Wed 2026-08-26
    art("de-t2-10", "2026-08-26", "Güterzüge kollidieren in Hagen", [
        "Bei einem Zusammenstoß zweier Güterzüge ist am Dienstagabend im Bahnhof Hagen-Vorhalle ein Lokführer schwer verletzt worden.",
        "Nach Angaben der Bundespolizei war ein Zug der Rail Cargo Nord auf einen stehenden Zug der DB Cargo aufgefahren.",
        "Die Strecke zwischen Hagen und Wuppertal ist seitdem gesperrt.",
        "Im Fernverkehr kommt es deshalb zu Verspätungen von bis zu einer Stunde.",
        "Die Bundesstelle für Eisenbahnunfalluntersuchung hat die Ermittlungen zur Unfallursache aufgenommen.",
        "Den Sachschaden schätzt die Bahn auf mehrere Millionen Euro.",
    ], [
        # participants in a genitive; the injury belongs to the accident -> its time
        ev("transport.accident", "Zusammenstoß", "Zusammenstoß", agents=["Güterzüge"],
           loc=("Hagen-Vorhalle", "DE"), time=("Dienstagabend", "2026-08-25", "day")),
        # trains identified by their operators (genitive "der Rail Cargo Nord")
        ev("transport.accident", "aufgefahren", "auffahren", agents=["Rail Cargo Nord"],
           patients=["DB Cargo"], loc=("Hagen-Vorhalle", "DE"), mod=R),
        ev("transport.obstruction", "gesperrt", "sperren", loc=("Hagen", "DE")),
        ev("transport.disruption", "Verspätungen", "Verspätung"),
        ev("politics.investigation", "Ermittlungen", "Ermittlung",
           agents=["Bundesstelle für Eisenbahnunfalluntersuchung"]),
    ]),
    # published Fri 2026-04-17
    art("de-t2-11", "2026-04-17", "EU kündigt Gegenzölle an", [
        "Die EU will auf neue US-Zölle auf Stahl und Aluminium mit Gegenzöllen antworten.",
        "Die Zölle von 25 Prozent sollen ab dem 1. Mai gelten, wie das Weiße Haus in der Nacht zum Donnerstag mitgeteilt hatte.",
        "Handelskommissar Maroš Šefčovič sagte am Donnerstag in Brüssel, die EU lasse sich nicht erpressen.",
        "Das Thema steht auch auf der Tagesordnung des G7-Gipfels im Juni im französischen Evian.",
        "Der Verband der Automobilindustrie warnte vor einem Handelskrieg.",
    ], [
        # compound prefix gives the actor ("US" from "US-Zölle"); no cue scopes over it
        ev("economy.trade", "US-Zölle", "US-Zoll", agents=["US"]),
        ev("economy.trade", "Gegenzöllen", "Gegenzoll", agents=["EU"], patients=["US"], mod=H),
        # "sollen" (plan) > "wie ... mitgeteilt" (reported); "Nacht zum Donnerstag"
        # governs the announcement, "1. Mai" the tariffs
        ev("economy.trade", "Zölle", "Zoll", agents=["US"],
           time=("1. Mai", "2026-05-01", "day"), mod=H),
        ev("politics.statement", "sagte", "sagen", agents=["Maroš Šefčovič"],
           loc=("Brüssel", "BE"), time=("Donnerstag", "2026-04-16", "day")),
        ev("diplomacy.summit", "G7-Gipfels", "G7-Gipfel", loc=("Evian", "FR"),
           time=("Juni", "2026-06", "month")),
        # industry association warns of an annotated event -> no statement
        ev("economy.trade", "Handelskrieg", "Handelskrieg", mod=H),
    ]),
    # published Thu 2026-09-10
    art("de-t2-12", "2026-09-10", "Elbchip plant zweite Chipfabrik in Sachsen", [
        "Der Dresdner Halbleiterhersteller Elbchip will in Sachsen eine zweite Chipfabrik bauen.",
        "Die Investition von rund drei Milliarden Euro soll zu einem Drittel von Bund und Freistaat gefördert werden.",
        "Der Spatenstich ist für Anfang 2027 geplant, die Produktion soll 2029 anlaufen.",
        "Bereits im März hatte das Unternehmen einen neuen Leistungschip für Elektroautos vorgestellt.",
        "Firmengründer Wolfgang Reimann war im Juli im Alter von 81 Jahren gestorben.",
        "Sachsens Ministerpräsident Michael Kretschmer begrüßte die Pläne des Unternehmens.",
    ], [
        ev("economy.facility", "bauen", "bauen", agents=["Elbchip"], loc=("Sachsen", "DE"), mod=H),
        ev("economy.investment", "Investition", "Investition", agents=["Elbchip"],
           loc=("Sachsen", "DE"), mod=H),
        # the subsidy is a second happening of the same type; agents in a "von" phrase
        ev("economy.investment", "gefördert", "fördern", agents=["Bund", "Freistaat"],
           patients=["Elbchip"], mod=H),
        # start of production ("anlaufen") is not annotated
        ev("economy.facility", "Spatenstich", "Spatenstich", agents=["Elbchip"],
           loc=("Sachsen", "DE"), time=("Anfang 2027", "2027", "year"), mod=H),
        ev("economy.product_launch", "vorgestellt", "vorstellen", agents=["Elbchip"],
           patients=["Leistungschip"], time=("März", "2026-03", "month")),
        ev("life.death", "gestorben", "sterben", patients=["Wolfgang Reimann"],
           time=("Juli", "2026-07", "month")),
        ev("politics.statement", "begrüßte", "begrüßen", agents=["Michael Kretschmer"]),
    ]),
]

# --------------------------------------------------------------------------
# English articles
# --------------------------------------------------------------------------
EN = [
    # published Thu 2025-11-06
    art("en-t2-01", "2025-11-06", "Brightwater Foods to cut 500 jobs, eyes Danish snack maker", [
        "Brightwater Foods said on Wednesday it would cut 500 jobs at its plants in northern England.",
        "The company cited weak demand and US tariffs on British food exports.",
        "It also plans to acquire Danish snack maker Kolding Crisps for about 300 million euros.",
        "The deal, which still needs approval from competition regulators, is expected to close early next year.",
        "The Unite union condemned the job cuts and called for urgent talks with management.",
        "Brightwater employs about 6,000 people in Britain and Ireland.",
    ], [
        # "would" after past "said" -> reported; "on Wednesday" governs "said"
        ev("economy.layoffs", "cut", "cut", agents=["Brightwater Foods"],
           loc=("England", "GB"), mod=R),
        ev("economy.trade", "tariffs", "tariff", agents=["US"]),
        ev("economy.acquisition", "acquire", "acquire", agents=["Brightwater Foods"],
           patients=["Kolding Crisps"], mod=H),
        # "close" realises the deal -> "early next year" is its time
        ev("economy.acquisition", "deal", "deal", agents=["Brightwater Foods"],
           patients=["Kolding Crisps"], time=("early next year", "2026", "year"), mod=H),
        ev("politics.statement", "condemned", "condemn", agents=["Unite"]),
        ev("economy.layoffs", "cuts", "cut", agents=["Brightwater Foods"], loc=("England", "GB")),
        # "called for" introduces the annotated talks -> no second statement
        ev("diplomacy.negotiation", "talks", "talks", agents=["Unite", "Brightwater Foods"], mod=H),
    ]),
    # published Thu 2026-01-15
    art("en-t2-02", "2026-01-15", "Cyberattack cripples Leeds council systems", [
        "The computer systems of Leeds City Council were crippled by a cyberattack on Tuesday, forcing the authority to cancel hundreds of appointments.",
        "The attack was claimed by a ransomware group calling itself BlackFen, which said it had stolen the personal data of 40,000 residents.",
        "Police arrested two teenagers in Nottingham on Wednesday in connection with the incident.",
        "The National Crime Agency has opened an investigation.",
        "Council leader Sarah Whitfield told reporters that some services could take weeks to recover.",
    ], [
        # passive with "by"; the victim sits in an of-phrase; agent from the next sentence
        ev("conflict.attack", "cyberattack", "cyberattack", agents=["BlackFen"],
           patients=["Leeds City Council"], loc=("Leeds", "GB"),
           time=("Tuesday", "2026-01-13", "day")),
        ev("conflict.attack", "attack", "attack", agents=["BlackFen"],
           patients=["Leeds City Council"], loc=("Leeds", "GB")),
        ev("justice.arrest", "arrested", "arrest", agents=["Police"], patients=["two teenagers"],
           loc=("Nottingham", "GB"), time=("Wednesday", "2026-01-14", "day")),
        ev("politics.investigation", "investigation", "investigation",
           agents=["National Crime Agency"]),
        ev("politics.statement", "told", "tell", agents=["Sarah Whitfield"]),
    ]),
    # published Thu 2026-03-05
    art("en-t2-03", "2026-03-05", "Scottish health secretary quits after losing confidence vote", [
        "Scotland's health secretary, Morag Baillie, resigned on Wednesday after MSPs backed a motion of no confidence in her.",
        "The motion, tabled by the Scottish Conservatives, passed by 65 votes to 61.",
        "She had faced months of criticism over long waiting times at hospitals in the Highlands.",
        "First Minister John Swinney said he would appoint a successor by Friday.",
        "The Scottish Parliament is also due to vote next week on a bill to cut hospital waiting lists.",
    ], [
        ev("politics.resignation", "resigned", "resign", agents=["Morag Baillie"],
           time=("Wednesday", "2026-03-04", "day")),
        # "Wednesday" does not reach into the after-clause
        ev("politics.vote", "motion", "motion", agents=["MSPs"], patients=["Morag Baillie"]),
        # the by-phrase names who tabled the motion, not the voting body
        ev("politics.vote", "motion", "motion", occ=1, agents=["MSPs"],
           patients=["Morag Baillie"]),
        # "would" after past "said" -> reported; "by Friday" -> Friday
        ev("politics.appointment", "appoint", "appoint", agents=["John Swinney"],
           time=("Friday", "2026-03-06", "day"), mod=R),
        # "is due to" -> asserted; the bill is only talked about; "cut" is no rate decision
        ev("politics.vote", "vote", "vote", agents=["Scottish Parliament"],
           time=("next week", "2026-W11", "week")),
    ]),
    # published Thu 2025-07-10
    art("en-t2-04", "2025-07-10", "Wildfire near Patras destroys homes", [
        "A wildfire that broke out on Tuesday near the Greek port city of Patras has destroyed dozens of homes and forced the evacuation of several villages.",
        "The fire was fanned by strong winds, the fire service said.",
        "An 82-year-old man died after he became trapped in his house in the village of Kato Achaia, police said.",
        "Prime Minister Kyriakos Mitsotakis visited the area on Wednesday.",
        "He said the state would cover the full cost of rebuilding the damaged homes.",
        "Firefighters from Italy and Cyprus have been sent to help under the EU's civil protection mechanism.",
    ], [
        # date in a relative clause that realises the noun's event
        ev("disaster.fire", "wildfire", "wildfire", loc=("Patras", "GR"),
           time=("Tuesday", "2025-07-08", "day")),
        ev("disaster.fire", "fire", "fire", loc=("Patras", "GR"), mod=R),
        # the fire is not named in this sentence -> the death is annotated
        ev("life.death", "died", "die", patients=["82-year-old man"],
           loc=("Kato Achaia", "GR"), mod=R),
        ev("diplomacy.visit", "visited", "visit", agents=["Kyriakos Mitsotakis"],
           loc=("Patras", "GR"), time=("Wednesday", "2025-07-09", "day")),
        # third "said" (the first two belong to the fire service and the police)
        ev("politics.statement", "said", "say", occ=2, agents=["Kyriakos Mitsotakis"]),
    ]),
    # published Thu 2026-05-28
    art("en-t2-05", "2026-05-28", "Tube drivers to strike for 48 hours", [
        "London Underground drivers will walk out for 48 hours from Tuesday after talks over pay and working hours broke down, the RMT union said.",
        "It will be the first Tube strike since 2023.",
        "Transport for London warned of severe disruption across the network on both days.",
        "Mayor Sadiq Khan criticised the union for refusing to put the latest pay offer to its members.",
        "The RMT last staged a walkout on the Underground in March 2023.",
    ], [
        # attribution scopes over the whole sentence -> reported (mechanical rule)
        ev("labor.strike", "walk", "walk out", agents=["RMT"], patients=["London Underground"],
           loc=("London", "GB"), time=("Tuesday", "2026-06-02", "day"), mod=R),
        ev("diplomacy.negotiation", "talks", "talks", agents=["RMT", "London Underground"],
           loc=("London", "GB"), mod=R),
        # compound "Tube strike": head noun; "since 2023" refers to the previous strike
        ev("labor.strike", "strike", "strike", agents=["RMT"], patients=["London Underground"],
           loc=("London", "GB")),
        ev("transport.disruption", "disruption", "disruption", loc=("London", "GB"), mod=H),
        ev("politics.statement", "criticised", "criticise", agents=["Sadiq Khan"],
           patients=["RMT"]),
        ev("labor.strike", "walkout", "walkout", agents=["RMT"], patients=["London Underground"],
           loc=("London", "GB"), time=("March 2023", "2023-03", "month")),
    ]),
    # published Fri 2025-09-26
    art("en-t2-06", "2025-09-26", "Former Penwick finance director jailed for fraud", [
        "A former finance director of the Manchester-based retailer Penwick Group was jailed for six years on Thursday for defrauding the company of £4.2 million.",
        "Judge Helen Carter told Manchester Crown Court that David Orme had abused the trust placed in him.",
        "Orme, 54, was convicted in July after a three-week trial.",
        "Penwick Group is also suing its former auditor, Harlow & Finch, accusing the firm of failing to spot the fraud.",
        "Harlow & Finch denied the allegations.",
    ], [
        # the convicted man is named only in the next sentence; courts are no speakers
        ev("justice.verdict", "jailed", "jail", agents=["Manchester Crown Court"],
           patients=["David Orme"], loc=("Manchester", "GB"),
           time=("Thursday", "2025-09-25", "day")),
        ev("justice.verdict", "convicted", "convict", agents=["Manchester Crown Court"],
           patients=["David Orme"], loc=("Manchester", "GB"), time=("July", "2025-07", "month")),
        ev("justice.trial", "trial", "trial", agents=["Manchester Crown Court"],
           patients=["David Orme"], loc=("Manchester", "GB")),
        ev("justice.lawsuit", "suing", "sue", agents=["Penwick Group"],
           patients=["Harlow & Finch"]),
        # "the firm" refers back to Harlow & Finch
        ev("politics.accusation", "accusing", "accuse", agents=["Penwick Group"],
           patients=["Harlow & Finch"]),
        ev("politics.denial", "denied", "deny", agents=["Harlow & Finch"]),
        ev("politics.accusation", "allegations", "allegation", agents=["Penwick Group"],
           patients=["Harlow & Finch"]),
    ]),
    # published Wed 2026-07-08
    art("en-t2-07", "2026-07-08", "Takaichi visits Seoul, signs intelligence pact", [
        "Japanese Prime Minister Sanae Takaichi arrived in Seoul on Tuesday for a two-day visit, the first by a Japanese leader in three years.",
        "On Wednesday she held talks with President Lee Jae-myung at the presidential office.",
        "The two leaders signed an agreement on sharing military intelligence.",
        "Tokyo and Seoul have long been at odds over compensation for wartime forced labour.",
        "Pyongyang condemned the visit as a step towards a military alliance.",
        "Lee is due to travel to Tokyo in the autumn.",
    ], [
        # "arrived" alone does not denote a visit; the arrival day is the visit's time
        ev("diplomacy.visit", "visit", "visit", agents=["Sanae Takaichi"], loc=("Seoul", "KR"),
           time=("Tuesday", "2026-07-07", "day")),
        # bilateral leaders' talks = meeting; "she" -> Sanae Takaichi
        ev("diplomacy.meeting", "talks", "talks", agents=["Sanae Takaichi", "Lee Jae-myung"],
           loc=("Seoul", "KR"), time=("Wednesday", "2026-07-08", "day")),
        # specific verb names the act -> "signed", not the document noun
        ev("diplomacy.agreement", "signed", "sign", agents=["Sanae Takaichi", "Lee Jae-myung"],
           loc=("Seoul", "KR")),
        # capital standing for a government is annotated as written
        ev("politics.statement", "condemned", "condemn", agents=["Pyongyang"]),
        ev("diplomacy.visit", "visit", "visit", occ=1, agents=["Sanae Takaichi"],
           loc=("Seoul", "KR")),
        # "is due to" -> asserted; seasons are out of scope -> no time
        ev("diplomacy.visit", "travel", "travel", agents=["Lee Jae-myung"], loc=("Tokyo", "JP")),
    ]),
    # published Fri 2025-06-20
    art("en-t2-08", "2025-06-20", "Marlow & Pike collapses into administration", [
        "British fashion chain Marlow & Pike has fallen into administration, putting 2,300 jobs at risk.",
        "The retailer filed for administration on Thursday after US investor Castlegate Partners pulled out of talks to buy the business.",
        "Administrators said all 140 stores would keep trading while they look for a buyer.",
        "The chain, which opened its first store in Leeds in 1962, had struggled with rising rents and the shift to online shopping.",
        "Last year it closed 35 stores and cut 600 jobs.",
    ], [
        # light verbs ("fallen into", "filed for") -> the noun is the trigger
        ev("economy.insolvency", "administration", "administration", agents=["Marlow & Pike"]),
        ev("economy.insolvency", "administration", "administration", occ=1,
           agents=["Marlow & Pike"], time=("Thursday", "2025-06-19", "day")),
        ev("diplomacy.negotiation", "talks", "talks", agents=["Castlegate Partners", "Marlow & Pike"]),
        # pulled out of talks to buy -> the purchase will not happen: negated > hypothetical
        ev("economy.acquisition", "buy", "buy", agents=["Castlegate Partners"],
           patients=["Marlow & Pike"], mod=N),
        # date in a relative clause that realises the event
        ev("economy.facility", "opened", "open", agents=["Marlow & Pike"], loc=("Leeds", "GB"),
           time=("1962", "1962", "year")),
        # "it" -> Marlow & Pike; two events share "Last year"
        ev("economy.facility", "closed", "close", agents=["Marlow & Pike"],
           time=("Last year", "2024", "year")),
        ev("economy.layoffs", "cut", "cut", agents=["Marlow & Pike"],
           time=("Last year", "2024", "year")),
    ]),
    # published Wed 2026-10-14
    art("en-t2-09", "2026-10-14", "Overturned lorry closes M6 for hours", [
        "A lorry overturned on the M6 near Stoke-on-Trent on Tuesday morning, spilling its load of timber across all three northbound lanes.",
        "The motorway was closed between junctions 15 and 16 for most of the day.",
        "Tailbacks stretched for eight miles, and some drivers were stuck in queues for more than four hours.",
        "National Highways said the driver had been taken to hospital with minor injuries.",
        "In a separate incident, a cyclist was killed in a collision with a bus in central Birmingham on Monday evening.",
        "West Midlands Police have appealed for witnesses.",
    ], [
        ev("transport.accident", "overturned", "overturn", agents=["lorry"], loc=("M6", "GB"),
           time=("Tuesday morning", "2026-10-13", "day")),
        ev("transport.obstruction", "closed", "close", loc=("M6", "GB")),
        # "queues" names the same jam in the same sentence -> only "Tailbacks"
        ev("transport.traffic_jam", "Tailbacks", "tailback", loc=("M6", "GB")),
        # the death is part of the collision named in the same sentence
        ev("transport.accident", "collision", "collision", agents=["cyclist", "bus"],
           loc=("Birmingham", "GB"), time=("Monday evening", "2026-10-12", "day")),
    ]),
    # published Wed 2025-05-14
    art("en-t2-10", "2025-05-14", "M23 rebels attack Walikale despite ceasefire", [
        "M23 rebels attacked the town of Walikale in eastern Congo on Tuesday, days after the group and the government in Kinshasa had declared a ceasefire.",
        "The government accused the rebels and their backers in Rwanda of breaking the truce.",
        "Rwanda has repeatedly denied supporting M23.",
        "Aid agencies said thousands of civilians had fled towards the provincial capital, Goma.",
        "The United Nations Security Council will hold an emergency meeting on the crisis on Thursday.",
        "Washington threatened to impose sanctions on commanders responsible for the offensive.",
    ], [
        ev("conflict.attack", "attacked", "attack", agents=["M23"], patients=["Walikale"],
           loc=("Walikale", "CD"), time=("Tuesday", "2025-05-13", "day")),
        # "Tuesday" does not reach into the after-clause
        ev("conflict.ceasefire", "ceasefire", "ceasefire", agents=["M23", "Kinshasa"]),
        # "The government" / "the rebels" refer back to Kinshasa / M23
        ev("politics.accusation", "accused", "accuse", agents=["Kinshasa"],
           patients=["M23", "Rwanda"]),
        # content of an accusation -> reported
        ev("conflict.ceasefire", "truce", "truce", agents=["M23", "Kinshasa"], mod=R),
        # the denied content ("supporting") is no taxonomy event
        ev("politics.denial", "denied", "deny", agents=["Rwanda"]),
        ev("diplomacy.meeting", "meeting", "meeting", agents=["United Nations Security Council"],
           time=("Thursday", "2025-05-15", "day")),
        # threat of sanctions -> hypothetical sanctions, no conflict.threat
        ev("economy.sanctions", "sanctions", "sanction", agents=["Washington"],
           patients=["commanders"], mod=H),
        ev("conflict.attack", "offensive", "offensive", agents=["M23"], patients=["Walikale"],
           loc=("Walikale", "CD")),
    ]),
    # published Tue 2025-04-08
    art("en-t2-11", "2025-04-08", "Measles outbreak at Bristol primary school", [
        "Health officials have confirmed an outbreak of measles at a primary school in Bristol, where 14 pupils have fallen ill.",
        "The UK Health Security Agency said most of the children had not been vaccinated.",
        "A report published on Monday by the agency found that vaccination rates among five-year-olds in England had fallen for the sixth year in a row.",
        "Health Secretary Wes Streeting called the figures “deeply worrying”.",
        "Last year England recorded more than 2,000 measles cases.",
        "The agency will publish its next quarterly report on Thursday.",
    ], [
        ev("health.outbreak", "outbreak", "outbreak", loc=("Bristol", "GB")),
        # specific verb "published"; agent in a by-phrase with a role noun
        ev("publication.report", "published", "publish", agents=["UK Health Security Agency"],
           time=("Monday", "2025-04-07", "day")),
        ev("politics.statement", "called", "call", agents=["Wes Streeting"]),
        # case counts are not outbreaks; scheduled publication -> asserted
        ev("publication.report", "publish", "publish", agents=["UK Health Security Agency"],
           time=("Thursday", "2025-04-10", "day")),
    ]),
    # published Thu 2026-11-19
    art("en-t2-12", "2026-11-19", "Veltrax names Anna Lindqvist chief executive", [
        "Carmaker Veltrax named Anna Lindqvist as its new chief executive on Wednesday, replacing Mark Doyle, who stepped down in September after a series of profit warnings.",
        "Lindqvist, 52, previously ran the group's truck division.",
        "She takes over at a difficult time: the company said last month it would shut its plant in Valencia and cut 2,000 jobs.",
        "Hundreds of workers at the Valencia site held a protest on Monday against the planned closure.",
        "Veltrax also unveiled its first fully electric pickup, the Arvo E, at the Los Angeles Auto Show on Thursday.",
    ], [
        # "replacing" names the same change -> not annotated again
        ev("organization.leadership_change", "named", "name", agents=["Veltrax"],
           patients=["Anna Lindqvist"], time=("Wednesday", "2026-11-18", "day")),
        ev("organization.leadership_change", "stepped", "step down", agents=["Veltrax"],
           patients=["Mark Doyle"], time=("September", "2026-09", "month")),
        ev("organization.leadership_change", "takes", "take over", agents=["Veltrax"],
           patients=["Anna Lindqvist"]),
        # "would" after past "said" -> reported; "last month" governs "said"
        ev("economy.facility", "shut", "shut", agents=["Veltrax"], loc=("Valencia", "ES"), mod=R),
        ev("economy.layoffs", "cut", "cut", agents=["Veltrax"], mod=R),
        ev("politics.protest", "protest", "protest", agents=["workers"], loc=("Valencia", "ES"),
           time=("Monday", "2026-11-16", "day")),
        # plant closure, not transport.obstruction; "planned" -> hypothetical
        ev("economy.facility", "closure", "closure", agents=["Veltrax"], loc=("Valencia", "ES"),
           mod=H),
        ev("economy.product_launch", "unveiled", "unveil", agents=["Veltrax"],
           patients=["Arvo E"], loc=("Los Angeles", "US"),
           time=("Thursday", "2026-11-19", "day")),
    ]),
]


# --------------------------------------------------------------------------
# builder / validator
# --------------------------------------------------------------------------
def load_types() -> list:
    data = json.loads(TYPES_JSON.read_text(encoding="utf-8"))
    return [t["type"] for t in data["types"]]


def word_spans(text: str, word: str):
    """All whole-word occurrences of `word` (letters, digits, '_' and '-'
    count as word characters, so 'Sturm' is not found inside 'Sturmtief' and
    'Streik' is not found inside 'Nordbahn-Streiks')."""
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
        _, m = value.split("-")
        if not 1 <= int(m) <= 12:
            raise GoldError(f"{where}: bad month in {value!r}")
    elif gran == "week":
        y, w = value.split("-W")
        last = dt.date(int(y), 12, 28).isocalendar()[1]
        if not 1 <= int(w) <= last:
            raise GoldError(f"{where}: ISO week out of range in {value!r}")


def build_article(spec: dict, lang: str, taxonomy: list, tag: str = "t2",
                  countries: dict = COUNTRIES) -> dict:
    aid = spec["id"]
    if not re.fullmatch(rf"{lang}-{tag}-\d{{2}}", aid):
        raise GoldError(f"{aid}: id does not match language {lang}")
    pub = dt.date.fromisoformat(spec["published_at"])
    sents = spec["sentences"]
    if not 4 <= len(sents) <= 7:
        raise GoldError(f"{aid}: {len(sents)} sentences (need 4-7)")
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
        if e["type"] not in taxonomy:
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
            if role not in ROLES:
                raise GoldError(f"{where}: bad role {role!r}")
            for name in names:
                if not name or name not in text:
                    raise GoldError(f"{where}: actor {name!r} not in text")
                if name.lower() in PRONOUNS:
                    raise GoldError(f"{where}: pronoun {name!r} as actor")
                actors.append({"role": role, "text": name})
        if len({a["text"] for a in actors}) != len(actors):
            raise GoldError(f"{where}: actor listed twice")

        location = None
        if e["loc"] is not None:
            ltext, cc = e["loc"]
            if ltext not in text:
                raise GoldError(f"{where}: location {ltext!r} not in text")
            if cc not in countries:
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


def build(lang: str, specs: list, taxonomy: list, tag: str = "t2",
          countries: dict = COUNTRIES) -> list:
    ids = [s["id"] for s in specs]
    if len(ids) != len(set(ids)):
        raise GoldError(f"{lang}: duplicate ids")
    return [build_article(s, lang, taxonomy, tag, countries) for s in specs]


def dump(records: list) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)


def stats(lang: str, records: list, verbose: bool) -> None:
    evs = [e for r in records for e in r["events"]]
    types = Counter(e["type"] for e in evs)
    mods = Counter(e["modality"] for e in evs)
    print(f"[{lang}] articles={len(records)} "
          f"no-event articles={sum(1 for r in records if not r['events'])} events={len(evs)}")
    print(f"[{lang}] with time={sum(1 for e in evs if e['time'])} "
          f"with location={sum(1 for e in evs if e['location'])} modality={dict(mods)}")
    print(f"[{lang}] types used: {len(types)}")
    if verbose:
        for t, n in sorted(types.items()):
            print(f"    {t:34s} {n}")


def main(argv=None, sets=None, tag: str = "t2", countries: dict = COUNTRIES,
         doc: str = __doc__) -> int:
    """Validate and write (or --check) ``<lang>_tune<N>.jsonl`` for each (lang, specs) of
    ``sets``; build_tune3.py calls this with its own articles, tag and countries."""
    ap = argparse.ArgumentParser(description=doc.split("\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="validate only; write nothing (exit 1 if files on disk are stale)")
    ap.add_argument("-v", "--verbose", action="store_true", help="print per-type counts")
    args = ap.parse_args(argv)
    taxonomy = load_types()
    status = 0
    for lang, specs in sets or (("de", DE), ("en", EN)):
        try:
            records = build(lang, specs, taxonomy, tag, countries)
        except GoldError as exc:
            print(f"ERROR: {exc}", file=sys.stderr)
            return 1
        stats(lang, records, args.verbose)
        out = HERE / f"{lang}_tune{tag[1:]}.jsonl"
        content = dump(records)
        if args.check:
            if not out.exists() or out.read_text(encoding="utf-8") != content:
                print(f"ERROR: {out.name} is missing or out of date; rerun without --check",
                      file=sys.stderr)
                status = 1
            else:
                print(f"{out.name} is up to date")
        else:
            out.write_text(content, encoding="utf-8")
            print(f"wrote {out}")
    return status


if __name__ == "__main__":
    sys.exit(main())
