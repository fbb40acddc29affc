#!/usr/bin/env python3
"""Build the new hand-annotated English event gold files en_tune.jsonl / en_heldout.jsonl.

All 40 articles (en-e-101 .. en-e-140) are invented and were annotated by hand
following ../README.md plus the conventions for the three new types
(life.death, economy.rate_decision, economy.product_launch).  No extraction
code is called; this script only uses the offset computation and validation
helpers of ../build_gold.py.

Odd ids go to en_tune.jsonl, even ids to en_heldout.jsonl.

Usage:
    python tests/data/events/new/build_en.py          # validate + write
    python tests/data/events/new/build_en.py --check  # validate + compare with disk
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from build_gold import ev, art, build, dump, A, N, H, R, COUNTRIES, GoldError  # noqa: E402

HERE = Path(__file__).resolve().parent

COUNTRIES.update({
    "PE": "Peru", "EE": "Estonia", "LT": "Lithuania", "HU": "Hungary",
    "MD": "Moldova", "RO": "Romania", "VN": "Vietnam", "CZ": "Czechia",
    "CA": "Canada", "UG": "Uganda", "CO": "Colombia", "KR": "South Korea",
    "BG": "Bulgaria",
})

EN = [
    art("en-e-101", "2025-02-06", "Bank of England cuts rates to 4.5%", [
        "The Bank of England cut its key interest rate by a quarter point to 4.5 percent on Thursday, its third reduction since the summer.",
        "Seven of the nine members of the Monetary Policy Committee voted for the cut, while two backed a larger move.",
        "The central bank also halved its growth forecast for this year to 0.75 percent.",
        "Chancellor Rachel Reeves welcomed the decision, saying it would ease pressure on mortgage holders.",
        "Markets expect two more cuts this year.",
    ], [
        # "its third reduction" is an apposition naming the same cut: first word only
        ev("economy.rate_decision", "cut", "cut", agents=["Bank of England"],
           time=("Thursday", "2025-02-06", "day")),
        ev("politics.vote", "voted", "vote", agents=["Monetary Policy Committee"]),
        ev("economy.rate_decision", "cut", "cut", occ=1, agents=["Bank of England"]),
        # "halved its growth forecast": no event; "the decision" is a generic anaphor
        ev("politics.statement", "welcomed", "welcome", agents=["Rachel Reeves"]),
        ev("economy.rate_decision", "cuts", "cut", agents=["Bank of England"],
           time=("this year", "2025", "year"), mod=H),
    ]),
    art("en-e-102", "2025-03-11", "Hanul unveils its first tri-fold phone", [
        "South Korean electronics maker Hanul Electronics unveiled its first tri-fold smartphone at an event in Seoul on Monday.",
        "Hanul said it would roll out the Hanul Trio in the United States next month at a price of about $2,400.",
        "The launch comes weeks after Chinese rival Veyra introduced a similar device.",
        "Separately, South Korea's Fair Trade Commission launched an investigation into Hanul's pricing of replacement parts.",
        "Hanul's shares rose 3 percent in Seoul.",
    ], [
        ev("economy.product_launch", "unveiled", "unveil", agents=["Hanul Electronics"],
           patients=["Hanul Trio"], loc=("Seoul", "KR"), time=("Monday", "2025-03-10", "day")),
        # backshifted "would" after "said" -> reported
        ev("economy.product_launch", "roll", "roll out", agents=["Hanul Electronics"],
           patients=["Hanul Trio"], loc=("United States", "US"),
           time=("next month", "2025-04", "month"), mod=R),
        ev("economy.product_launch", "launch", "launch", agents=["Hanul Electronics"],
           patients=["Hanul Trio"]),
        ev("economy.product_launch", "introduced", "introduce", agents=["Veyra"],
           patients=["similar device"]),
        # "launched an investigation": investigation only, no product launch
        ev("politics.investigation", "investigation", "investigation",
           agents=["Fair Trade Commission"], patients=["Hanul"]),
    ]),
    art("en-e-103", "2025-01-13", "Broadcaster Sir Alan Hartley dies at 87", [
        "Sir Alan Hartley, the broadcaster who presented election night coverage on British television for three decades, has died at the age of 87.",
        "His family said he died peacefully at his home in Bath late on Saturday.",
        "Prime Minister Keir Starmer called him “a trusted voice in every living room”.",
        "Hartley's death comes a year after he published his memoir, “Counting the Votes”.",
        "A memorial service will be held in London next month.",
    ], [
        # habitual "election night coverage": no election event
        ev("life.death", "died", "die", patients=["Sir Alan Hartley"]),
        ev("life.death", "died", "die", occ=1, patients=["Sir Alan Hartley"],
           loc=("Bath", "GB"), time=("Saturday", "2025-01-11", "day"), mod=R),
        ev("politics.statement", "called", "call", agents=["Keir Starmer"]),
        ev("life.death", "death", "death", patients=["Sir Alan Hartley"]),
        ev("publication.book", "published", "publish", agents=["Sir Alan Hartley"]),
    ]),
    art("en-e-104", "2025-04-04", "French rail workers stage 48-hour strike", [
        "French rail workers began a 48-hour strike on Thursday, forcing the national operator SNCF to cancel more than half of its high-speed trains.",
        "The walkout was called by the CGT and SUD-Rail unions in a dispute over pay and working hours.",
        "Traffic jams stretched for more than 300 kilometres around Paris as commuters switched to their cars.",
        "Transport Minister Philippe Tabarot urged the unions to resume talks with SNCF.",
        "Union leaders said further stoppages were planned for later this month.",
    ], [
        ev("labor.strike", "strike", "strike", agents=["French rail workers"], patients=["SNCF"],
           time=("Thursday", "2025-04-03", "day")),
        # participial adjunct shares the main clause's time
        ev("transport.disruption", "cancel", "cancel", agents=["SNCF"],
           time=("Thursday", "2025-04-03", "day")),
        ev("labor.strike", "walkout", "walkout", agents=["CGT", "SUD-Rail"], patients=["SNCF"]),
        ev("transport.traffic_jam", "jams", "jam", loc=("Paris", "FR")),
        # "urged" calls for an annotated event -> no statement
        ev("diplomacy.negotiation", "talks", "talk", agents=["CGT", "SUD-Rail", "SNCF"], mod=H),
        ev("labor.strike", "stoppages", "stoppage", agents=["CGT", "SUD-Rail"],
           patients=["SNCF"], time=("this month", "2025-04", "month"), mod=H),
    ]),
    art("en-e-105", "2025-05-19", "Summit Ridge to buy cybersecurity firm Tornado Labs", [
        "Private equity firm Summit Ridge Capital has agreed to buy cybersecurity startup Tornado Labs for $1.8 billion, the companies said on Sunday.",
        "The deal values Tornado Labs at nearly twice the amount raised in its last funding round in 2023.",
        "Competition regulators in the United States and the European Union will review the acquisition before it can close.",
        "Tornado Labs, which has offices in Tel Aviv and Austin, employs about 600 people.",
        "Summit Ridge said it plans no job cuts.",
    ], [
        # "on Sunday" governs "said"; "agreed to" -> hypothetical (beats reported)
        ev("economy.acquisition", "buy", "buy", agents=["Summit Ridge Capital"],
           patients=["Tornado Labs"], mod=H),
        ev("economy.acquisition", "deal", "deal", agents=["Summit Ridge Capital"],
           patients=["Tornado Labs"]),
        ev("economy.investment", "round", "round", patients=["Tornado Labs"],
           time=("2023", "2023", "year")),
        # "review" is no report publication; "Summit" / "Tornado" inside names are no events
        ev("economy.acquisition", "acquisition", "acquisition",
           agents=["Summit Ridge Capital"], patients=["Tornado Labs"]),
        ev("economy.layoffs", "cuts", "cut", agents=["Summit Ridge Capital"], mod=N),
    ]),
    art("en-e-106", "2025-06-23", "Magnitude 6.1 earthquake hits eastern Turkey", [
        "An earthquake of magnitude 6.1 struck eastern Turkey early on Sunday, damaging dozens of buildings in the province of Malatya.",
        "At least four people were killed and more than 70 injured, the disaster management agency AFAD said.",
        "A five-storey building collapsed in the town of Yesilyurt.",
        "President Recep Tayyip Erdogan is due to visit the region on Tuesday.",
        "The area was devastated by twin earthquakes in February 2023.",
    ], [
        ev("disaster.earthquake", "earthquake", "earthquake", loc=("Turkey", "TR"),
           time=("Sunday", "2025-06-22", "day")),
        # building collapse caused by the quake is part of the earthquake
        ev("diplomacy.visit", "visit", "visit", agents=["Recep Tayyip Erdogan"],
           loc=("Malatya", "TR"), time=("Tuesday", "2025-06-24", "day")),
        ev("disaster.earthquake", "earthquakes", "earthquake", loc=("Malatya", "TR"),
           time=("February 2023", "2023-02", "month")),
    ]),
    art("en-e-107", "2025-07-04", "Storm Elara batters west of Ireland", [
        "Storm Elara battered the west of Ireland on Thursday, bringing gusts of up to 130 kilometres per hour and cutting power to 200,000 homes.",
        "Flooding forced the closure of the N17 road near Galway, and ferries to the Aran Islands were cancelled.",
        "Met Éireann had issued a red warning for counties Galway and Mayo late on Wednesday.",
        "Taoiseach Micheál Martin said he would visit Galway on Saturday.",
        "Forecasters expect calmer weather from Sunday.",
    ], [
        ev("disaster.storm", "Storm", "storm", loc=("Ireland", "IE"),
           time=("Thursday", "2025-07-03", "day")),
        ev("disaster.flood", "Flooding", "flooding", loc=("Galway", "IE")),
        ev("transport.obstruction", "closure", "closure", loc=("N17", "IE")),
        ev("transport.disruption", "cancelled", "cancel", loc=("Aran Islands", "IE")),
        # warnings are outside the taxonomy
        ev("diplomacy.visit", "visit", "visit", agents=["Micheál Martin"],
           loc=("Galway", "IE"), time=("Saturday", "2025-07-05", "day"), mod=R),
    ]),
    art("en-e-108", "2025-08-14", "Former Fresno mayor gets six years for bribery", [
        "A former mayor of Fresno, California, was sentenced Wednesday to six years in federal prison for taking bribes from a developer.",
        "Marco Delgado, 61, pleaded guilty in March to accepting more than $300,000 in exchange for city contracts.",
        "U.S. District Judge Helen Park said Delgado had betrayed the trust of voters.",
        "The developer, Ray Tolliver, has denied the charges and is due to stand trial in October.",
        "Delgado's lawyer said his client would appeal the sentence.",
    ], [
        ev("justice.verdict", "sentenced", "sentence", agents=["Helen Park"],
           patients=["Marco Delgado"], time=("Wednesday", "2025-08-13", "day")),
        # a guilty plea is entered at a court hearing -> justice.trial
        ev("justice.trial", "pleaded", "plead", patients=["Marco Delgado"],
           time=("March", "2025-03", "month")),
        # judges are not political actors -> no statement
        ev("politics.denial", "denied", "deny", agents=["Ray Tolliver"]),
        ev("politics.accusation", "charges", "charge", patients=["Ray Tolliver"]),
        ev("justice.trial", "trial", "trial", patients=["Ray Tolliver"],
           time=("October", "2025-10", "month")),
        ev("justice.lawsuit", "appeal", "appeal", agents=["Marco Delgado"], mod=R),
        ev("justice.verdict", "sentence", "sentence", agents=["Helen Park"],
           patients=["Marco Delgado"], mod=R),
    ]),
    art("en-e-109", "2025-09-09", "Social Democrats win Lithuanian election", [
        "Lithuania's opposition Social Democrats won Sunday's parliamentary election, according to preliminary results.",
        "Party leader Ingrida Vaitkute claimed victory at party headquarters in Vilnius late on Sunday and said she would seek talks with two smaller parties on forming a coalition.",
        "Turnout was 54 percent.",
        "Prime Minister Andrius Kelmas conceded defeat and announced that he would step down as leader of the Homeland Union.",
        "The new parliament will hold its first session in November.",
    ], [
        ev("politics.election", "election", "election", agents=["Social Democrats"],
           loc=("Lithuania", "LT"), time=("Sunday", "2025-09-07", "day"), mod=R),
        ev("politics.statement", "claimed", "claim", agents=["Ingrida Vaitkute"],
           loc=("Vilnius", "LT"), time=("Sunday", "2025-09-07", "day")),
        # "said she would seek" introduces the talks -> no separate statement
        ev("diplomacy.negotiation", "talks", "talk", agents=["Social Democrats"], mod=H),
        ev("politics.statement", "conceded", "concede", agents=["Andrius Kelmas"]),
        # announce + future measure -> hypothetical
        ev("politics.resignation", "step", "step down", agents=["Andrius Kelmas"], mod=H),
    ]),
    art("en-e-110", "2025-10-22", "Velden Automotive to cut 4,000 German jobs", [
        "German car parts supplier Velden Automotive will cut 4,000 jobs at its domestic plants by 2027, the company said on Tuesday.",
        "It also cut its sales forecast for this year, citing weak demand from European carmakers.",
        "The layoffs will hit sites in Stuttgart and Chemnitz hardest, while a plant in Saarlouis will close at the end of 2026.",
        "The IG Metall union called the plans “a slap in the face” and threatened strikes.",
        "Velden's shares fell 6 percent in Frankfurt.",
    ], [
        ev("economy.layoffs", "cut", "cut", agents=["Velden Automotive"],
           time=("2027", "2027", "year"), mod=R),
        # "cut its sales forecast": no event
        ev("economy.layoffs", "layoffs", "layoff", agents=["Velden Automotive"],
           loc=("Stuttgart", "DE")),
        ev("economy.facility", "close", "close", agents=["Velden Automotive"],
           loc=("Saarlouis", "DE"), time=("end of 2026", "2026", "year")),
        ev("politics.statement", "called", "call", agents=["IG Metall"]),
        # a threat of strikes is no conflict.threat: the strike is hypothetical
        ev("labor.strike", "strikes", "strike", agents=["IG Metall"],
           patients=["Velden Automotive"], mod=H),
    ]),
    art("en-e-111", "2025-11-17", "Tens of thousands march in Sofia against judicial reform", [
        "Tens of thousands of people marched through the Bulgarian capital Sofia on Saturday to protest against a controversial judicial reform.",
        "Police said 14 people were arrested near the parliament building.",
        "The reform, which parliament passed earlier this month, gives the government more say over the appointment of senior prosecutors.",
        "Opposition leader Petar Valchev accused the government of trying to take control of the judiciary.",
        "More protests are planned for this weekend.",
    ], [
        ev("politics.protest", "marched", "march", agents=["Tens of thousands of people"],
           loc=("Sofia", "BG"), time=("Saturday", "2025-11-15", "day")),
        ev("justice.arrest", "arrested", "arrest", patients=["14 people"], loc=("Sofia", "BG"),
           mod=R),
        # "earlier this month" -> "this month" ("earlier" does not change the value)
        ev("politics.legislation", "passed", "pass", agents=["parliament"], loc=("Sofia", "BG"),
           time=("this month", "2025-11", "month")),
        # "the appointment of senior prosecutors" is generic
        ev("politics.accusation", "accused", "accuse", agents=["Petar Valchev"],
           patients=["government"]),
        # "this weekend" -> the reference's ISO week
        ev("politics.protest", "protests", "protest", loc=("Sofia", "BG"),
           time=("this weekend", "2025-W47", "week"), mod=H),
    ]),
    art("en-e-112", "2025-12-19", "Bank of Japan raises rates to 30-year high", [
        "The Bank of Japan raised its short-term policy rate to 0.75 percent on Friday, the highest level in three decades.",
        "The decision by the nine-member board was unanimous.",
        "Governor Kazuo Ueda told a press conference in Tokyo that further hikes were possible if wages kept rising.",
        "The yen strengthened against the dollar after the announcement.",
        "The US Federal Reserve held its benchmark rate steady earlier this month.",
    ], [
        ev("economy.rate_decision", "raised", "raise", agents=["Bank of Japan"],
           time=("Friday", "2025-12-19", "day")),
        # "The decision" = generic anaphor; "unanimous" is no vote word
        ev("diplomacy.press_conference", "conference", "conference", agents=["Kazuo Ueda"],
           loc=("Tokyo", "JP")),
        ev("economy.rate_decision", "hikes", "hike", agents=["Bank of Japan"], mod=H),
        ev("economy.rate_decision", "held", "hold", agents=["US Federal Reserve"],
           time=("this month", "2025-12", "month")),
    ]),
    art("en-e-113", "2025-02-14", "The quiet revival of Birmingham's canal boats", [
        "On a grey morning in Birmingham, a narrowboat glides past converted warehouses that once stored coal and cotton.",
        "The city has more miles of canal than Venice, a fact local guides never tire of repeating.",
        "Boat ownership has grown steadily over the past decade, according to the Canal and River Trust.",
        "Many new owners are young professionals priced out of the housing market.",
        "Living afloat is not for everyone, they admit: winters are cold and the toilets need emptying.",
    ], []),
    art("en-e-114", "2025-03-24", "Bus plunges into ravine in Peru, killing 18", [
        "At least 18 people died when a bus plunged into a ravine in the southern region of Ayacucho early on Sunday, police said.",
        "The vehicle, operated by the company Expreso Sol, was travelling from Lima to Cusco with 46 passengers on board.",
        "Survivors said the driver had lost control on a sharp bend.",
        "Peru's transport ministry said it had opened an investigation into Expreso Sol.",
        "Road accidents kill more than 3,000 people in Peru every year.",
    ], [
        # casualties of the accident in the same sentence: no life.death
        ev("transport.accident", "plunged", "plunge", agents=["bus"], loc=("Ayacucho", "PE"),
           time=("Sunday", "2025-03-23", "day"), mod=R),
        ev("politics.investigation", "investigation", "investigation",
           agents=["Peru's transport ministry"], patients=["Expreso Sol"], mod=R),
        # generic "Road accidents ... every year": not annotated
    ]),
    art("en-e-115", "2025-04-16", "Washington sanctions shipping firms over Iranian oil", [
        "Washington imposed sanctions on Tuesday on three shipping companies accused of helping Iran evade US restrictions.",
        "The Treasury Department said the firms, registered in the United Arab Emirates and Hong Kong, operated a fleet of 12 tankers.",
        "Tehran condemned Washington's sanctions as “economic terrorism”.",
        "EU sanctions against the same network took effect last week.",
        "Brussels also opened an investigation on Monday into whether the Chinese online marketplace Dazhong Mall breached EU rules on illegal products.",
    ], [
        ev("economy.sanctions", "sanctions", "sanction", agents=["Washington"],
           patients=["three shipping companies"], time=("Tuesday", "2025-04-15", "day")),
        ev("politics.accusation", "accused", "accuse", patients=["three shipping companies"]),
        ev("politics.statement", "said", "say", agents=["Treasury Department"]),
        ev("politics.statement", "condemned", "condemn", agents=["Tehran"]),
        ev("economy.sanctions", "sanctions", "sanction", occ=1, agents=["Washington"],
           patients=["three shipping companies"]),
        ev("economy.sanctions", "sanctions", "sanction", occ=2, agents=["EU"],
           time=("last week", "2025-W15", "week")),
        ev("politics.investigation", "investigation", "investigation", agents=["Brussels"],
           patients=["Dazhong Mall"], time=("Monday", "2025-04-14", "day")),
    ]),
    art("en-e-116", "2025-05-06", "Nordic and Baltic ministers meet in Tallinn", [
        "Estonian Foreign Minister Mart Leppik hosted his Nordic and Baltic counterparts in Tallinn on Monday for a meeting on security in the Baltic Sea.",
        "More pressure must be put on Russia's so-called shadow fleet of ageing oil tankers, Leppik told reporters after the meeting.",
        "Finnish Foreign Minister Elina Saarinen called for tighter inspections of vessels passing through the Gulf of Finland.",
        "The ministers agreed to meet again in Vilnius in September.",
    ], [
        ev("diplomacy.meeting", "meeting", "meeting", agents=["Mart Leppik", "Elina Saarinen"],
           loc=("Tallinn", "EE"), time=("Monday", "2025-05-05", "day")),
        # reported speech: the speaker is the agent; Russia is no participant
        ev("politics.statement", "told", "tell", agents=["Mart Leppik"], loc=("Tallinn", "EE")),
        ev("diplomacy.meeting", "meeting", "meeting", occ=1,
           agents=["Mart Leppik", "Elina Saarinen"], loc=("Tallinn", "EE")),
        ev("politics.statement", "called", "call", agents=["Elina Saarinen"]),
        # "agreed to" is a modal cue here, not a diplomacy.agreement
        ev("diplomacy.meeting", "meet", "meet", agents=["Mart Leppik", "Elina Saarinen"],
           loc=("Vilnius", "LT"), time=("September", "2025-09", "month"), mod=H),
    ]),
    art("en-e-117", "2025-06-10", "Dutch health minister resigns over vaccine contract", [
        "Dutch Health Minister Anouk de Vries resigned on Monday after a parliamentary inquiry found her ministry had mishandled a 400-million-euro vaccine contract.",
        "Prime Minister Dick Schoof accepted her resignation and said he would name a successor within days.",
        "On Tuesday, King Willem-Alexander swore in Jeroen Bakker, a former hospital director, as her successor at Huis ten Bosch palace in The Hague.",
        "The opposition GreenLeft-Labour alliance called for a no-confidence vote against the whole cabinet.",
    ], [
        ev("politics.resignation", "resigned", "resign", agents=["Anouk de Vries"],
           time=("Monday", "2025-06-09", "day")),
        ev("politics.investigation", "inquiry", "inquiry"),
        ev("politics.resignation", "resignation", "resignation", agents=["Anouk de Vries"]),
        ev("politics.appointment", "name", "name", agents=["Dick Schoof"], patients=["Jeroen Bakker"],
           mod=R),
        ev("politics.appointment", "swore", "swear in", agents=["King Willem-Alexander"],
           patients=["Jeroen Bakker"], loc=("Huis ten Bosch", "NL"),
           time=("Tuesday", "2025-06-10", "day")),
        # a third party's call -> hypothetical; "called for" introduces it -> no statement
        ev("politics.vote", "vote", "vote", patients=["cabinet"], mod=H),
    ]),
    art("en-e-118", "2025-07-16", "Aava Bank and Norrland Sparbank agree to merge", [
        "Finnish lender Aava Bank and Sweden's Norrland Sparbank have agreed to merge, creating the fifth-largest bank in the Nordic region.",
        "The boards of both banks approved the deal on Tuesday, the companies said in a joint statement.",
        "The merger still needs the approval of shareholders and regulators in Finland and Sweden.",
        "The combined group will have its headquarters in Helsinki.",
        "Unions warned that up to 800 jobs could be lost in overlapping branch networks.",
    ], [
        ev("economy.merger", "merge", "merge", agents=["Aava Bank", "Norrland Sparbank"], mod=H),
        # board approval is not annotated and does not give the deal its time
        ev("economy.merger", "deal", "deal", agents=["Aava Bank", "Norrland Sparbank"], mod=R),
        ev("economy.merger", "merger", "merger", agents=["Aava Bank", "Norrland Sparbank"],
           mod=H),
        ev("economy.layoffs", "lost", "lose", agents=["Aava Bank", "Norrland Sparbank"], mod=H),
    ]),
    art("en-e-119", "2025-08-01", "Russian missiles hit Dnipro hospital", [
        "Russia launched a missile and drone attack on the Ukrainian city of Dnipro overnight, damaging a hospital and several apartment blocks, regional officials said on Thursday.",
        "Ukrainian President Volodymyr Zelensky called the strike “pure terror” and urged Western allies to send more air defence systems.",
        "A fire broke out at a fuel depot in the Russian region of Belgorod after a Ukrainian drone strike on Wednesday, the local governor said.",
        "Kyiv has not commented on the Belgorod attack.",
        "Talks on a partial ceasefire, mediated by Turkey, stalled last month.",
    ], [
        # "launched ... attack": attack only, no product launch
        ev("conflict.attack", "attack", "attack", agents=["Russia"], patients=["Dnipro"],
           loc=("Dnipro", "UA"), mod=R),
        ev("politics.statement", "called", "call", agents=["Volodymyr Zelensky"]),
        ev("conflict.attack", "strike", "strike", agents=["Russia"], patients=["Dnipro"],
           loc=("Dnipro", "UA")),
        ev("economy.trade", "send", "send", agents=["Western allies"], mod=H),
        ev("disaster.fire", "fire", "fire", loc=("Belgorod", "RU"), mod=R),
        ev("conflict.attack", "strike", "strike", occ=1, agents=["Kyiv"],
           patients=["fuel depot"], loc=("Belgorod", "RU"),
           time=("Wednesday", "2025-07-30", "day"), mod=R),
        # "not commented" does not negate the attack
        ev("conflict.attack", "attack", "attack", occ=1, agents=["Kyiv"],
           patients=["fuel depot"], loc=("Belgorod", "RU")),
        ev("diplomacy.negotiation", "Talks", "talk", agents=["Russia", "Kyiv", "Turkey"],
           time=("last month", "2025-07", "month")),
        ev("conflict.ceasefire", "ceasefire", "ceasefire", mod=H),
    ]),
    art("en-e-120", "2025-09-11", "Lingxi Auto unveils electric SUV for Europe", [
        "Chinese carmaker Lingxi Auto unveiled its first electric SUV for European buyers at the IAA motor show in Munich on Tuesday.",
        "The company will launch the Lingxi E7 in Germany, France and Norway in March at a starting price of 39,900 euros.",
        "The launch is part of a push by Chinese manufacturers into Europe despite EU tariffs on Chinese-made electric vehicles.",
        "Lingxi said it was considering building a factory in Hungary or Spain.",
        "Its rival Zhenhai Motors opened a plant in the Hungarian city of Szeged earlier this year.",
    ], [
        ev("economy.product_launch", "unveiled", "unveil", agents=["Lingxi Auto"],
           patients=["Lingxi E7"], loc=("Munich", "DE"), time=("Tuesday", "2025-09-09", "day")),
        # future bare month -> next March
        ev("economy.product_launch", "launch", "launch", agents=["Lingxi Auto"],
           patients=["Lingxi E7"], loc=("Germany", "DE"), time=("March", "2026-03", "month")),
        ev("economy.product_launch", "launch", "launch", occ=1, agents=["Lingxi Auto"],
           patients=["Lingxi E7"]),
        ev("economy.trade", "tariffs", "tariff", agents=["EU"]),
        ev("economy.facility", "building", "build", agents=["Lingxi Auto"],
           loc=("Hungary", "HU"), mod=H),
        ev("economy.facility", "opened", "open", agents=["Zhenhai Motors"],
           loc=("Szeged", "HU"), time=("this year", "2025", "year")),
    ]),
    art("en-e-121", "2025-10-06", "Moldova and Romania sign power line agreement", [
        "Moldova and Romania signed an agreement in Chisinau on Saturday to build a second high-voltage power line between the two countries.",
        "The 90-million-euro project will be financed largely by the European Union.",
        "Moldovan Prime Minister Alexandru Munteanu hailed the deal as a step towards energy independence from Russia.",
        "The pro-Russian opposition Socialist Party criticised the agreement, saying it had been negotiated in secret.",
        "Parliament in Chisinau is expected to ratify the agreement next month.",
    ], [
        # specific verb "signed" names the act -> trigger, not the document noun
        ev("diplomacy.agreement", "signed", "sign", agents=["Moldova", "Romania"],
           loc=("Chisinau", "MD"), time=("Saturday", "2025-10-04", "day")),
        ev("economy.investment", "financed", "finance", agents=["European Union"]),
        ev("politics.statement", "hailed", "hail", agents=["Alexandru Munteanu"]),
        ev("diplomacy.agreement", "deal", "deal", agents=["Moldova", "Romania"]),
        ev("politics.statement", "criticised", "criticise", agents=["Socialist Party"]),
        # the critics are no parties to the agreement
        ev("diplomacy.agreement", "agreement", "agreement", occ=1,
           agents=["Moldova", "Romania"]),
        ev("diplomacy.negotiation", "negotiated", "negotiate", agents=["Moldova", "Romania"],
           mod=R),
        ev("politics.legislation", "ratify", "ratify", agents=["Parliament"],
           loc=("Chisinau", "MD"), time=("next month", "2025-11", "month"), mod=H),
        ev("diplomacy.agreement", "agreement", "agreement", occ=2,
           agents=["Moldova", "Romania"]),
    ]),
    art("en-e-122", "2025-11-26", "Floods kill dozens in central Vietnam", [
        "Floods triggered by days of torrential rain have killed at least 41 people in central Vietnam, the disaster agency said on Wednesday.",
        "The government declared a state of emergency in the provinces of Khanh Hoa and Dak Lak on Tuesday as rivers burst their banks.",
        "A landslide buried a section of the main north-south highway near Nha Trang, cutting off road links to the south.",
        "Railway operator Vietnam Railways suspended services between Hanoi and Ho Chi Minh City.",
        "The death toll rose sharply overnight as rescuers reached cut-off villages.",
    ], [
        ev("disaster.flood", "Floods", "flood", loc=("Vietnam", "VN"), mod=R),
        # official declaration; "state" is no actor
        ev("politics.statement", "declared", "declare", agents=["government"],
           loc=("Khanh Hoa", "VN"), time=("Tuesday", "2025-11-25", "day")),
        # the as-clause does not take the main clause's time
        ev("disaster.flood", "burst", "burst", loc=("Khanh Hoa", "VN")),
        ev("disaster.other", "landslide", "landslide", loc=("Nha Trang", "VN")),
        ev("transport.obstruction", "cutting", "cut off", agents=["landslide"],
           loc=("Nha Trang", "VN")),
        ev("transport.disruption", "suspended", "suspend", agents=["Vietnam Railways"],
           loc=("Hanoi", "VN")),
        # "The death toll rose": no event
    ]),
    art("en-e-123", "2025-12-08", "Former Czech prime minister Tomas Hradil dies at 79", [
        "Former Czech prime minister Tomas Hradil, who led the country into the European Union, died on Thursday at the age of 79, his family said.",
        "Hradil had been treated for cancer in a Prague hospital since the summer.",
        "President Karel Dvorak described him as “a builder of our democracy”.",
        "After Hradil's death, his Civic Union party postponed its leadership election, which had been scheduled for January.",
        "Hradil resigned as prime minister in 2009 after losing a confidence vote in parliament.",
    ], [
        ev("life.death", "died", "die", patients=["Tomas Hradil"],
           time=("Thursday", "2025-12-04", "day"), mod=R),
        ev("politics.statement", "described", "describe", agents=["Karel Dvorak"]),
        ev("life.death", "death", "death", patients=["Tomas Hradil"]),
        # postponed: not (yet) held; "January" sits in the relative clause
        ev("politics.election", "election", "election", agents=["Civic Union"], mod=H),
        ev("politics.resignation", "resigned", "resign", agents=["Tomas Hradil"],
           time=("2009", "2009", "year")),
        ev("politics.vote", "vote", "vote", agents=["parliament"], patients=["Tomas Hradil"]),
    ]),
    art("en-e-124", "2025-01-29", "Arrow Interactive buys Scottish studio Heatwave Games", [
        "French video game publisher Arrow Interactive has bought Scottish studio Heatwave Games for an undisclosed sum, the companies announced on Tuesday.",
        "Heatwave, based in Dundee, made the hit survival game “Frostbite”.",
        "The acquisition is Arrow's third purchase of a British studio in two years.",
        "Last week, Arrow cut 120 jobs at its Lyon headquarters after a weak holiday season.",
        "Heatwave's founders will stay on to run the studio.",
    ], [
        # "on Tuesday" governs the parenthetical "announced"
        ev("economy.acquisition", "bought", "buy", agents=["Arrow Interactive"],
           patients=["Heatwave Games"], mod=R),
        # "third purchase" is predicated of the same acquisition: first word only
        ev("economy.acquisition", "acquisition", "acquisition", agents=["Arrow Interactive"],
           patients=["Heatwave Games"]),
        ev("economy.layoffs", "cut", "cut", agents=["Arrow Interactive"], loc=("Lyon", "FR"),
           time=("Last week", "2025-W04", "week")),
    ]),
    art("en-e-125", "2025-02-20", "Man arrested after knife attack at Leeds station", [
        "A 27-year-old man was arrested by armed police on Wednesday after a knife attack at Leeds railway station that left three people injured.",
        "West Yorkshire Police said the attack was not being treated as terrorism.",
        "Train services through the station were suspended for four hours.",
        "Local MP Hannah Price praised the station staff who tackled the attacker.",
        "The man is due to appear before Leeds Magistrates' Court on Friday.",
    ], [
        ev("justice.arrest", "arrested", "arrest", agents=["armed police"],
           patients=["27-year-old man"], loc=("Leeds", "GB"),
           time=("Wednesday", "2025-02-19", "day")),
        ev("conflict.attack", "attack", "attack", patients=["three people"], loc=("Leeds", "GB")),
        ev("conflict.attack", "attack", "attack", occ=1, patients=["three people"],
           loc=("Leeds", "GB"), mod=R),
        ev("transport.disruption", "suspended", "suspend", loc=("Leeds", "GB")),
        ev("politics.statement", "praised", "praise", agents=["Hannah Price"]),
        ev("justice.trial", "appear", "appear", agents=["Leeds Magistrates' Court"],
           patients=["27-year-old man"], loc=("Leeds", "GB"),
           time=("Friday", "2025-02-21", "day")),
    ]),
    art("en-e-126", "2025-03-07", "Explainer: how the ECB sets interest rates", [
        "The European Central Bank's Governing Council meets every six weeks to set interest rates for the 20 countries that use the euro.",
        "Its main tool is the deposit rate, the interest banks earn on money they park with the central bank.",
        "When inflation is too high, the council usually raises rates to cool demand; when growth is weak, it tends to cut them.",
        "Decisions are announced at 2.15pm Frankfurt time, followed by a press conference with the president.",
        "Economists spend days analysing every word.",
    ], []),
    art("en-e-127", "2025-04-28", "Explosion at chemical plant near Tarragona", [
        "An explosion at a chemical plant near the Spanish city of Tarragona late on Saturday sent a plume of black smoke over the coast.",
        "The blast triggered a fire that burned for more than ten hours before firefighters brought it under control on Sunday.",
        "Catalan authorities told residents of three nearby towns to stay indoors.",
        "Two workers were injured, according to the plant's operator, Quimacor.",
        "Prosecutors in Tarragona have opened an investigation into the cause of the explosion.",
    ], [
        ev("disaster.explosion", "explosion", "explosion", loc=("Tarragona", "ES"),
           time=("Saturday", "2025-04-26", "day")),
        ev("disaster.explosion", "blast", "blast", loc=("Tarragona", "ES")),
        # "on Sunday" sits in the before-clause
        ev("disaster.fire", "fire", "fire", loc=("Tarragona", "ES")),
        # unnamed "authorities": no statement
        ev("politics.investigation", "investigation", "investigation", agents=["Prosecutors"],
           loc=("Tarragona", "ES")),
        ev("disaster.explosion", "explosion", "explosion", occ=1, loc=("Tarragona", "ES")),
    ]),
    art("en-e-128", "2025-05-27", "Dutch court orders SkyLark to refund strike-hit passengers", [
        "The Haarlem District Court ruled on 23 May that budget airline SkyLark must refund passengers whose flights it cancelled during a pilots' strike last summer.",
        "The case was brought by the consumer association Consumentenbond on behalf of about 9,000 travellers.",
        "SkyLark said it would appeal the decision.",
        "A separate trial over the airline's baggage fees opens in Amsterdam on Thursday.",
        "The airline carried 14 million passengers last year.",
    ], [
        ev("justice.verdict", "ruled", "rule", agents=["Haarlem District Court"],
           patients=["SkyLark"], loc=("Haarlem", "NL"), time=("23 May", "2025-05-23", "day")),
        # seasons are out of scope -> no time
        ev("transport.disruption", "cancelled", "cancel", agents=["SkyLark"]),
        ev("labor.strike", "strike", "strike", agents=["pilots"], patients=["SkyLark"]),
        ev("justice.lawsuit", "case", "case", agents=["Consumentenbond"], patients=["SkyLark"]),
        ev("justice.lawsuit", "appeal", "appeal", agents=["SkyLark"], mod=R),
        ev("justice.trial", "trial", "trial", patients=["SkyLark"], loc=("Amsterdam", "NL"),
           time=("Thursday", "2025-05-29", "day")),
    ]),
    art("en-e-129", "2025-06-16", "G7 leaders gather in the Canadian Rockies", [
        "Leaders of the Group of Seven arrived in Kananaskis in the Canadian Rockies on Sunday for a three-day summit overshadowed by trade tensions.",
        "Host Prime Minister Mark Carney met Japanese Prime Minister Shigeru Ishiba ahead of the opening session.",
        "European Commission President Ursula von der Leyen told reporters the EU was ready to retaliate if Washington raised tariffs on European goods in July.",
        "US President Donald Trump is due to hold a press conference on Tuesday.",
        "Ukrainian President Volodymyr Zelensky will visit the summit on Tuesday to seek new military aid.",
    ], [
        # "on Sunday" governs "arrived"
        ev("diplomacy.summit", "summit", "summit", agents=["Group of Seven"],
           loc=("Kananaskis", "CA")),
        ev("diplomacy.meeting", "met", "meet", agents=["Mark Carney", "Shigeru Ishiba"],
           loc=("Kananaskis", "CA")),
        # "told" introduces the annotated retaliation -> no statement
        ev("economy.trade", "retaliate", "retaliate", agents=["EU"], mod=H),
        ev("economy.trade", "tariffs", "tariff", agents=["Washington"],
           time=("July", "2025-07", "month"), mod=H),
        ev("diplomacy.press_conference", "conference", "conference", agents=["Donald Trump"],
           loc=("Kananaskis", "CA"), time=("Tuesday", "2025-06-17", "day")),
        ev("diplomacy.visit", "visit", "visit", agents=["Volodymyr Zelensky"],
           loc=("Kananaskis", "CA"), time=("Tuesday", "2025-06-17", "day")),
        ev("diplomacy.summit", "summit", "summit", occ=1, agents=["Group of Seven"],
           loc=("Kananaskis", "CA")),
    ]),
    art("en-e-130", "2025-07-20", "Summer getaway brings long queues on German motorways", [
        "Holidaymakers faced queues of up to 20 kilometres on the A7 motorway near Kassel this weekend as the summer getaway reached its peak.",
        "A lorry overturned near the Hattenbach junction on Saturday morning, closing two lanes for several hours.",
        "The driver was slightly injured, police said.",
        "Motoring organisation ADAC expects further congestion next weekend, when schools in Bavaria and Baden-Württemberg break up.",
        "Rail operator Deutsche Bahn reported crowded trains but no major disruptions.",
    ], [
        ev("transport.traffic_jam", "queues", "queue", loc=("A7", "DE"),
           time=("this weekend", "2025-W29", "week")),
        ev("transport.accident", "overturned", "overturn", agents=["lorry"],
           loc=("Hattenbach", "DE"), time=("Saturday morning", "2025-07-19", "day")),
        ev("transport.obstruction", "closing", "close", agents=["lorry"],
           loc=("Hattenbach", "DE"), time=("Saturday morning", "2025-07-19", "day")),
        ev("transport.traffic_jam", "congestion", "congestion",
           time=("next weekend", "2025-W30", "week"), mod=H),
        ev("transport.disruption", "disruptions", "disruption", mod=N),
    ]),
    art("en-e-131", "2025-08-22", "Lindesnes: where Norway ends", [
        "For more than a century, the lighthouse at Lindesnes has marked the southernmost tip of mainland Norway.",
        "Today it is automated, but volunteers still give guided tours in the summer months.",
        "Visitors climb a narrow spiral staircase to reach the lamp room, where the view stretches across the Skagerrak on clear days.",
        "Storms are frequent here in winter, and the old keepers kept logs of every gale.",
        "The museum next door tells the story of shipwrecks along the coast.",
    ], []),
    art("en-e-132", "2025-09-30", "Solenne to build 2bn-euro factory in Wroclaw", [
        "Dutch chip equipment supplier Solenne Semiconductors will invest 2 billion euros to build a factory in the Polish city of Wroclaw, the company said on Monday.",
        "Construction is due to start next year, and the plant is expected to employ 1,500 people by 2029.",
        "Poland's government will provide 400 million euros in subsidies for the project.",
        "Separately, Solenne announced that it would spin off its optics division into a separate listed company next spring.",
        "Solenne's shares rose 4 percent in Amsterdam.",
    ], [
        ev("economy.investment", "invest", "invest", agents=["Solenne Semiconductors"],
           loc=("Wroclaw", "PL"), mod=R),
        ev("economy.facility", "build", "build", agents=["Solenne Semiconductors"],
           loc=("Wroclaw", "PL"), mod=R),
        ev("economy.facility", "Construction", "construction", agents=["Solenne Semiconductors"],
           loc=("Wroclaw", "PL"), time=("next year", "2026", "year")),
        ev("economy.investment", "subsidies", "subsidy", agents=["Poland's government"],
           patients=["Solenne Semiconductors"], loc=("Wroclaw", "PL")),
        # announce + future measure -> hypothetical; seasons -> no time
        ev("economy.spin_off", "spin", "spin off", agents=["Solenne Semiconductors"],
           patients=["optics division"], mod=H),
    ]),
    art("en-e-133", "2025-10-13", "Romanian parliament backs Popescu government", [
        "Romania's parliament in Bucharest voted on Thursday to approve a new government led by economist Mihai Popescu, ending months of political deadlock.",
        "Popescu's cabinet won 251 votes in the 465-seat legislature.",
        "The new prime minister was sworn in by President Andrei Ionescu hours later at the Cotroceni Palace.",
        "Popescu, 52, replaces Ilie Marin, who resigned in June after his party lost a regional election.",
        "Popescu pledged to cut the budget deficit.",
    ], [
        ev("politics.vote", "voted", "vote", agents=["Romania's parliament"],
           loc=("Bucharest", "RO"), time=("Thursday", "2025-10-09", "day")),
        # "won 251 votes" is the tally of the same vote, not a new mention
        ev("politics.appointment", "sworn", "swear in", agents=["Andrei Ionescu"],
           patients=["Mihai Popescu"], loc=("Cotroceni Palace", "RO")),
        ev("politics.appointment", "replaces", "replace", patients=["Mihai Popescu", "Ilie Marin"]),
        ev("politics.resignation", "resigned", "resign", agents=["Ilie Marin"],
           time=("June", "2025-06", "month")),
        ev("politics.election", "election", "election"),
        # "cut the budget deficit" is no rate decision
        ev("politics.statement", "pledged", "pledge", agents=["Mihai Popescu"]),
    ]),
    art("en-e-134", "2025-11-05", "Ebola outbreak confirmed in Uganda", [
        "Health authorities in Uganda have confirmed an outbreak of Ebola in the central district of Mubende, the World Health Organization said on Tuesday.",
        "Five deaths and 12 suspected cases have been recorded since late October.",
        "Among the dead is a nurse who treated the first patient at a hospital in Mubende.",
        "The WHO said it would send a team of experts and 10,000 doses of an experimental vaccine.",
        "Uganda's last Ebola outbreak, in 2022, killed 55 people.",
    ], [
        ev("health.outbreak", "outbreak", "outbreak", loc=("Mubende", "UG"), mod=R),
        # a count of deaths is no life.death of a specific person
        ev("politics.statement", "said", "say", occ=1, agents=["World Health Organization"]),
        ev("health.outbreak", "outbreak", "outbreak", occ=1, loc=("Uganda", "UG"),
           time=("2022", "2022", "year")),
    ]),
    art("en-e-135", "2025-12-10", "OECD trims euro zone growth forecast", [
        "The OECD on Tuesday published its latest Economic Outlook, cutting its growth forecast for the euro zone next year to 1.0 percent.",
        "The report warned that weak consumer demand would weigh on growth in Germany and Italy.",
        "OECD Secretary-General Mathias Cormann presented the findings at a news conference in Paris.",
        "He urged central banks to keep cutting interest rates cautiously.",
        "The organisation also published a separate study on housing costs last week.",
    ], [
        ev("publication.report", "published", "publish", agents=["OECD"],
           time=("Tuesday", "2025-12-09", "day")),
        # "cutting its growth forecast": no event; "The report warned": talked about
        ev("publication.report", "presented", "present", agents=["Mathias Cormann"],
           loc=("Paris", "FR")),
        ev("diplomacy.press_conference", "conference", "conference", agents=["Mathias Cormann"],
           loc=("Paris", "FR")),
        # generic rate cuts by unnamed central banks: no rate decision
        ev("politics.statement", "urged", "urge", agents=["Mathias Cormann"]),
        ev("publication.report", "published", "publish", occ=1, agents=["OECD"],
           time=("last week", "2025-W49", "week")),
    ]),
    art("en-e-136", "2025-01-20", "Train collision near Pardubice kills four", [
        "Two passenger trains collided head-on near the Czech town of Pardubice late on Saturday, killing four people and injuring 30.",
        "One of the drivers died in hospital on Sunday, raising the death toll to five.",
        "Rail operator Ceske drahy suspended all services on the line between Prague and Brno.",
        "Transport Minister Pavel Hruby said a signalling error was the most likely cause and ordered an investigation.",
        "It was the country's worst rail accident since 2008.",
    ], [
        ev("transport.accident", "collided", "collide", agents=["Two passenger trains"],
           loc=("Pardubice", "CZ"), time=("Saturday", "2025-01-18", "day")),
        # no accident named in this sentence -> the death counts on its own
        ev("life.death", "died", "die", patients=["One of the drivers"],
           time=("Sunday", "2025-01-19", "day")),
        ev("transport.disruption", "suspended", "suspend", agents=["Ceske drahy"],
           loc=("Prague", "CZ")),
        ev("politics.statement", "said", "say", agents=["Pavel Hruby"]),
        ev("politics.investigation", "investigation", "investigation", agents=["Pavel Hruby"]),
        # "since 2008" does not date the accident
        ev("transport.accident", "accident", "accident", loc=("Pardubice", "CZ")),
    ]),
    art("en-e-137", "2025-02-27", "Column: the return of the picket line", [
        "Strikes used to be rare in Britain's private sector, but that has changed since the pandemic.",
        "Union membership among workers under 30 is rising for the first time in decades.",
        "Employers argue that walkouts damage productivity, while unions say they are the only leverage workers have.",
        "Whether this new militancy lasts will depend on wages and inflation.",
    ], []),
    art("en-e-138", "2025-03-19", "Fashion retailer Lindqvist files for insolvency", [
        "German fashion retailer Lindqvist has filed for insolvency at a court in Düsseldorf, blaming weak consumer spending and high rents.",
        "The company, which employs 3,200 people in 140 stores, said on Tuesday that it planned to close about 40 branches by the end of June.",
        "Chief executive Markus Brandt stepped down with immediate effect and was replaced by restructuring expert Julia Wendt.",
        "Administrator Frank Ostermann is in talks with potential buyers for the remaining stores.",
        "Lindqvist was bought by the Swedish investment firm Vastra Capital in 2019.",
    ], [
        ev("economy.insolvency", "insolvency", "insolvency", agents=["Lindqvist"],
           loc=("Düsseldorf", "DE")),
        ev("economy.facility", "close", "close", agents=["Lindqvist"],
           time=("end of June", "2025-06", "month"), mod=H),
        # stepping down and replacement = one leadership change: first word only;
        # the by-phrase names the successor (patient), not a doer
        ev("organization.leadership_change", "stepped", "step down", agents=["Lindqvist"],
           patients=["Markus Brandt", "Julia Wendt"]),
        ev("diplomacy.negotiation", "talks", "talk", agents=["Frank Ostermann"]),
        ev("economy.acquisition", "bought", "buy", agents=["Vastra Capital"],
           patients=["Lindqvist"], time=("2019", "2019", "year")),
    ]),
    art("en-e-139", "2025-05-02", "ELN rebels threaten Colombian oil pipelines", [
        "Colombia's ELN rebel group threatened on Wednesday to attack oil pipelines in the northeastern department of Arauca unless the army withdrew its troops from the region.",
        "The warning came two days after a bomb attack on a military base in the town of Saravena killed two soldiers.",
        "President Gustavo Petro said the government would not negotiate with the group under threat and ordered reinforcements to Arauca.",
        "Peace talks between the government and the ELN were suspended in January.",
        "The ELN has denied carrying out the Saravena bombing.",
    ], [
        ev("conflict.threat", "threatened", "threaten", agents=["ELN"],
           time=("Wednesday", "2025-04-30", "day")),
        ev("conflict.attack", "attack", "attack", agents=["ELN"], patients=["oil pipelines"],
           loc=("Arauca", "CO"), mod=H),
        ev("conflict.attack", "attack", "attack", occ=1, patients=["military base"],
           loc=("Saravena", "CO")),
        ev("diplomacy.negotiation", "negotiate", "negotiate", agents=["government", "ELN"],
           mod=N),
        ev("conflict.escalation", "reinforcements", "reinforcement", agents=["Gustavo Petro"],
           loc=("Arauca", "CO")),
        ev("diplomacy.negotiation", "talks", "talk", agents=["government", "ELN"],
           time=("January", "2025-01", "month")),
        ev("politics.denial", "denied", "deny", agents=["ELN"]),
        ev("conflict.attack", "bombing", "bombing", agents=["ELN"], patients=["military base"],
           loc=("Saravena", "CO"), mod=N),
    ]),
    art("en-e-140", "2025-10-31", "Irish parliament backs assisted dying bill", [
        "Ireland's lower house of parliament, the Dáil, voted by 86 to 62 on Thursday in favour of an assisted dying bill.",
        "The bill would allow terminally ill adults with less than six months to live to seek help to end their lives.",
        "Health Minister Niamh Doherty said the government would not oppose the bill but warned that safeguards must be strengthened.",
        "Hundreds of people protested outside Leinster House in Dublin before the vote, some holding candles and photographs of relatives.",
        "The legislation now moves to the Seanad, the upper house, where a final vote is expected in the spring.",
    ], [
        # "assisted dying bill": no life.death; the bill itself is only talked about
        ev("politics.vote", "voted", "vote", agents=["Dáil"],
           time=("Thursday", "2025-10-30", "day")),
        # "said ... but warned" = one speech act: first word only
        ev("politics.statement", "said", "say", agents=["Niamh Doherty"]),
        ev("politics.protest", "protested", "protest", agents=["Hundreds of people"],
           loc=("Leinster House", "IE")),
        ev("politics.vote", "vote", "vote", agents=["Dáil"], loc=("Leinster House", "IE")),
        ev("politics.vote", "vote", "vote", occ=1, agents=["Seanad"], mod=H),
    ]),
]


def split(records):
    tune = [r for r in records if int(r["id"].rsplit("-", 1)[1]) % 2 == 1]
    held = [r for r in records if int(r["id"].rsplit("-", 1)[1]) % 2 == 0]
    return {"en_tune.jsonl": tune, "en_heldout.jsonl": held}


def report(name, records):
    evs = [e for r in records for e in r["events"]]
    print(f"{name}: articles={len(records)} events={len(evs)} "
          f"no-event articles={sum(1 for r in records if not r['events'])}")
    return Counter(e["type"] for e in evs)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true",
                    help="validate and compare with the files on disk; write nothing")
    ap.add_argument("-v", "--verbose", action="store_true", help="print per-type counts")
    args = ap.parse_args(argv)
    ids = [s["id"] for s in EN]
    expected = [f"en-e-{i}" for i in range(101, 141)]
    if ids != expected:
        print("ERROR: ids must be en-e-101 .. en-e-140 in order", file=sys.stderr)
        return 1
    try:
        records = build("en", EN)
    except GoldError as exc:
        print(f"ERROR: {exc}", file=sys.stderr)
        return 1
    status = 0
    total = Counter()
    for name, recs in split(records).items():
        total += report(name, recs)
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
    if args.verbose:
        for t, c in sorted(total.items()):
            print(f"    {t:34s} {c}")
    return status


if __name__ == "__main__":
    sys.exit(main())
