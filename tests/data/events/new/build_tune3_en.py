#!/usr/bin/env python3
"""Build the third hand-annotated English event TUNING set: en_tune3.jsonl.

12 invented English wire-style articles, written and annotated by hand on
2026-12-04, before any extraction code ran on them.  Nothing in this file
calls newsflow, spaCy or any other extraction component, and no system output
was looked at while writing it.  The specs name each trigger by its surface
string plus an occurrence index (0 = first whole-word occurrence in the
article text); this script only turns them into character offsets and
validates them (standard library only).  Layout, validation and offset
computation are those of build_tune2.py.

Usage:
    python tests/data/events/new/build_tune3_en.py           # validate + write en_tune3.jsonl
    python tests/data/events/new/build_tune3_en.py --check   # validate only, write nothing
                                                             # (exit 1 if the file is stale)
    python tests/data/events/new/build_tune3_en.py -v        # also print per-type counts

Conventions: ../README.md (guidelines) and ./README.md (added types, decisions,
"Second tuning set", "Third tuning set" and "Third English tuning set"
sections).  Only the 48 original types plus life.death, economy.rate_decision
and economy.product_launch are used, but validation accepts every type in
event_types.json.

The set concentrates on English constructions where *who did what* is hard:
passives with and without "by" (and by-phrases that name an instrument or the
new office holder rather than the doer), noun triggers with possessive,
compound and of-phrase participants ("Dunmore's acquisition by its larger
rival", "the union's strike"), reported speech with the event inside
("said it would close ..."), pronouns and role nouns referring back ("the
automaker", "the steelmaker", "he"), relative clauses, appositions, control
and raising ("agreed to buy", "is expected to be appointed", "plans to spin
off"), coordinated verbs sharing a subject, "there were", participial and
"with" adjuncts ("..., killing ...", "with five ... voting"), inversion
("Among the companies ... is Harlan Steel"), events in after/as/since clauses,
and capitals standing for governments.
"""
from __future__ import annotations

import sys

# the machinery (spec helpers, validation, offsets, --check) is build_tune2's; run as a script,
# this file's folder is on sys.path
from build_tune2 import A, H, N, R, art, ev, main  # noqa: F401 (A is the default modality)

# the article sentences stay one string per line so that they can be read and diffed
# ruff: noqa: E501

COUNTRIES = {
    "BR": "Brazil", "DE": "Germany", "GB": "United Kingdom", "IE": "Ireland",
    "MX": "Mexico", "PL": "Poland", "PT": "Portugal", "SE": "Sweden",
    "SK": "Slovakia", "TR": "Turkey", "UA": "Ukraine", "US": "United States",
}

EN = [
    # published Tue 2026-02-10
    art("en-t3-01", "2026-02-10", "Harbour Logistics agrees to buy Scottish haulier Dunmore", [
        "Harbour Logistics has agreed to buy Scottish haulier Dunmore Freight for £410 million, the Southampton-based company said on Monday.",
        "Dunmore's acquisition by its larger rival would create Britain's third-largest road freight group.",
        "The deal, which is expected to close in April, still needs the approval of the Competition and Markets Authority.",
        "Harbour Logistics, which bought the Irish parcel firm Quickpost in 2023, said it would close Dunmore's head office in Perth and cut about 150 jobs.",
        "The Unite union condemned the cuts and threatened to strike at Dunmore's depots.",
        "Dunmore's chief executive, Fiona Rankin, will step down after the takeover, the company added.",
    ], [
        # control "agreed to buy" -> hypothetical; "on Monday" governs "said", not the purchase
        ev("economy.acquisition", "buy", "buy", agents=["Harbour Logistics"],
           patients=["Dunmore Freight"], mod=H),
        # possessive = what is bought, by-phrase = buyer ("its larger rival" = Harbour
        # Logistics); conditional "would" (no reporting verb) -> hypothetical
        ev("economy.acquisition", "acquisition", "acquisition", agents=["Harbour Logistics"],
           patients=["Dunmore Freight"], mod=H),
        # relative clause realises the deal -> "April"; "expected to" -> hypothetical;
        # the regulator's approval is not annotated
        ev("economy.acquisition", "deal", "deal", agents=["Harbour Logistics"],
           patients=["Dunmore Freight"], time=("April", "2026-04", "month"), mod=H),
        # relative clause with its own event and time
        ev("economy.acquisition", "bought", "buy", agents=["Harbour Logistics"],
           patients=["Quickpost"], time=("2023", "2023", "year")),
        # "would" after past "said" -> reported; the office is Dunmore's but the closer is
        # the buyer (subject of "said"); companies are no political speakers
        # second "close" (the first is the deal's closing, not annotated)
        ev("economy.facility", "close", "close", occ=1, agents=["Harbour Logistics"],
           loc=("Perth", "GB"), mod=R),
        # coordinated verb sharing the subject; the jobs are not placed in Perth explicitly
        ev("economy.layoffs", "cut", "cut", agents=["Harbour Logistics"], mod=R),
        ev("politics.statement", "condemned", "condemn", agents=["Unite"]),
        ev("economy.layoffs", "cuts", "cut", agents=["Harbour Logistics"]),
        # threat of a strike -> hypothetical strike, no conflict.threat
        ev("labor.strike", "strike", "strike", agents=["Unite"], patients=["Dunmore Freight"],
           mod=H),
        # CEO stepping down = leadership change, agent = the organisation;
        # "the company added" scopes over the whole sentence -> reported
        ev("organization.leadership_change", "step", "step down", agents=["Dunmore Freight"],
           patients=["Fiona Rankin"], mod=R),
        ev("economy.acquisition", "takeover", "takeover", agents=["Harbour Logistics"],
           patients=["Dunmore Freight"], mod=R),
    ]),
    # published Fri 2026-03-20
    art("en-t3-02", "2026-03-20", "Ground staff strike grounds hundreds of Lisbon flights", [
        "Hundreds of flights were cancelled at Lisbon airport on Thursday as ground staff belonging to the SINTAC union walked out in a dispute over pay.",
        "The union's strike against ground handler Lusoground is the third since January.",
        "Lusoground, which is owned by the French group Aérovia, said it had offered a 4 percent rise and accused the union of holding passengers hostage.",
        "Talks between the two sides, mediated by the labour ministry, broke down on Wednesday night.",
        "Portugal's infrastructure minister, Miguel Pinto Luz, urged both sides to resume talks.",
        "TAP Air Portugal said it had cancelled 140 of its own flights and expected further disruption on Friday.",
        "A second 48-hour walkout is planned for early April if no agreement is reached.",
    ], [
        # agentless passive; intransitive-style cancellations carry no agent
        ev("transport.disruption", "cancelled", "cancel", loc=("Lisbon", "PT"),
           time=("Thursday", "2026-03-19", "day")),
        # event in an as-clause: "on Thursday" modifies the main clause and does not carry
        # into the subordinate clause (cf. the tune3 nachdem decision); the union is the
        # agent although "ground staff" is the subject; employer named in the next sentence
        ev("labor.strike", "walked", "walk out", agents=["SINTAC"], patients=["Lusoground"],
           loc=("Lisbon", "PT")),
        # possessive = striker; "since January" counts the earlier strikes -> no time
        ev("labor.strike", "strike", "strike", agents=["SINTAC"], patients=["Lusoground"],
           loc=("Lisbon", "PT")),
        # relative-clause owner has no role; "holding passengers hostage" is a metaphor
        # (no kidnapping); an accusation by a company is still an accusation
        ev("politics.accusation", "accused", "accuse", agents=["Lusoground"],
           patients=["SINTAC"]),
        # mediation: mediator and both parties are agents; "broke down" realises the talks
        ev("diplomacy.negotiation", "Talks", "talks",
           agents=["SINTAC", "Lusoground", "labour ministry"],
           time=("Wednesday night", "2026-03-18", "day")),
        # "urged" introduces an annotated event -> no statement
        ev("diplomacy.negotiation", "talks", "talks", agents=["SINTAC", "Lusoground"], mod=H),
        # transitive with the operator as subject -> the operator is the agent
        # (as "Die Deutsche Bahn stellte ... ein" in tune2)
        ev("transport.disruption", "cancelled", "cancel", occ=1, agents=["TAP Air Portugal"],
           loc=("Lisbon", "PT"), mod=R),
        # same weekday as published_at -> that day; expected > reported
        ev("transport.disruption", "disruption", "disruption", loc=("Lisbon", "PT"),
           time=("Friday", "2026-03-20", "day"), mod=H),
        # planned + if -> hypothetical; a wage agreement between union and employer is no
        # diplomacy.agreement (corporate agreements are not duplicated)
        ev("labor.strike", "walkout", "walkout", agents=["SINTAC"], patients=["Lusoground"],
           loc=("Lisbon", "PT"), time=("early April", "2026-04", "month"), mod=H),
    ]),
    # published Wed 2026-05-13
    art("en-t3-03", "2026-05-13", "Former Wyremouth council leader jailed for bribery", [
        "Graham Tolley, the former leader of Wyremouth Borough Council, was sentenced to five years in prison by Preston Crown Court on Tuesday for taking bribes from a property developer.",
        "He was convicted in March of accepting £180,000 from Castlebrook Homes in return for planning permission.",
        "Castlebrook's managing director, Paul Deane, was cleared of all charges at the same trial.",
        "Judge Amanda Kerr told the court that Tolley had betrayed the trust of voters.",
        "Tolley's lawyers said he would appeal against the sentence.",
        "The council, which has been run by a caretaker administration since Tolley resigned in 2024, is also suing Castlebrook Homes to recover the money.",
        "The Crown Prosecution Service said it was considering charges against two former planning officers.",
    ], [
        # apposition; passive with "by"; court in the name -> its city is the location
        ev("justice.verdict", "sentenced", "sentence", agents=["Preston Crown Court"],
           patients=["Graham Tolley"], loc=("Preston", "GB"),
           time=("Tuesday", "2026-05-12", "day")),
        # agentless passive: the court is clear from context; "He" = Tolley
        ev("justice.verdict", "convicted", "convict", agents=["Preston Crown Court"],
           patients=["Graham Tolley"], loc=("Preston", "GB"), time=("March", "2026-03", "month")),
        # acquittal = verdict
        ev("justice.verdict", "cleared", "clear", agents=["Preston Crown Court"],
           patients=["Paul Deane"], loc=("Preston", "GB")),
        # the charges were brought (a different happening from the acquittal) -> asserted;
        # the prosecutor is named only in the last sentence
        ev("politics.accusation", "charges", "charge", agents=["Crown Prosecution Service"],
           patients=["Paul Deane"]),
        ev("justice.trial", "trial", "trial", agents=["Preston Crown Court"],
           patients=["Graham Tolley", "Paul Deane"], loc=("Preston", "GB")),
        # judges and courts are no political speakers -> "told" is not annotated
        # appeal = justice.lawsuit; "would" after past "said" -> reported
        ev("justice.lawsuit", "appeal", "appeal", agents=["Graham Tolley"], mod=R),
        # the sentence as a decision (like "Urteil"); inside the reported clause -> reported
        ev("justice.verdict", "sentence", "sentence", agents=["Preston Crown Court"],
           patients=["Graham Tolley"], loc=("Preston", "GB"), mod=R),
        # event in a since-clause with its own time; council leader = public office
        ev("politics.resignation", "resigned", "resign", agents=["Graham Tolley"],
           time=("2024", "2024", "year")),
        # "The council" = Wyremouth Borough Council (role noun referring back)
        ev("justice.lawsuit", "suing", "sue", agents=["Wyremouth Borough Council"],
           patients=["Castlebrook Homes"]),
        ev("politics.accusation", "charges", "charge", occ=1,
           agents=["Crown Prosecution Service"], patients=["two former planning officers"],
           mod=H),
    ]),
    # published Mon 2026-06-22
    art("en-t3-04", "2026-06-22", "Earthquake in eastern Turkey kills at least 14", [
        "A magnitude 6.1 earthquake struck the eastern Turkish province of Malatya early on Sunday, killing at least 14 people and destroying dozens of buildings.",
        "The quake was followed hours later by a landslide that buried a stretch of the D300 highway near the town of Pütürge.",
        "The highway has been closed in both directions, the disaster agency AFAD said.",
        "President Recep Tayyip Erdoğan, who visited the worst-hit district of Doğanyol on Sunday evening, promised that all damaged homes would be rebuilt within a year.",
        "Rescue teams were still searching for survivors under the rubble of a collapsed school in Malatya city.",
        "Earlier in June, a smaller tremor had damaged hundreds of homes in neighbouring Elazığ province.",
        "Lawmakers in Ankara are expected to vote next week on an emergency aid package for the region.",
    ], [
        # "struck" names the same happening -> only the noun; the participial casualties
        # and building damage belong to the earthquake
        ev("disaster.earthquake", "earthquake", "earthquake", loc=("Malatya", "TR"),
           time=("Sunday", "2026-06-21", "day")),
        # "was followed by": no event of its own; "hours later" is vague
        ev("disaster.earthquake", "quake", "quake", loc=("Malatya", "TR")),
        ev("disaster.other", "landslide", "landslide", loc=("Pütürge", "TR")),
        # relative clause: the blocking obstacle is the agent
        ev("transport.obstruction", "buried", "bury", agents=["landslide"], loc=("D300", "TR")),
        # operational agency: "said" is no statement, but it makes the closure reported
        ev("transport.obstruction", "closed", "close", loc=("D300", "TR"), mod=R),
        # relative clause with its own time; the main clause has no time
        ev("diplomacy.visit", "visited", "visit", agents=["Recep Tayyip Erdoğan"],
           loc=("Doğanyol", "TR"), time=("Sunday evening", "2026-06-21", "day")),
        # rebuilding homes is no taxonomy event -> "promised" is a plain statement
        ev("politics.statement", "promised", "promise", agents=["Recep Tayyip Erdoğan"]),
        # "a collapsed school" is attributive and part of the earthquake -> not annotated
        ev("disaster.earthquake", "tremor", "tremor", loc=("Elazığ", "TR"),
           time=("June", "2026-06", "month")),
        # the capital is a place here, not a government
        ev("politics.vote", "vote", "vote", agents=["Lawmakers"], loc=("Ankara", "TR"),
           time=("next week", "2026-W27", "week"), mod=H),
    ]),
    # published Thu 2026-09-17
    art("en-t3-05", "2026-09-17", "Irish housing minister quits before confidence vote", [
        "Ireland's housing minister, Declan Moran, resigned on Wednesday, hours before he was expected to lose a confidence vote in the Dáil.",
        "Moran had been accused by Sinn Féin and the Labour Party of misleading parliament over the cost of a state housing scheme in Cork.",
        "He denied the allegations but said he was stepping down to protect the government.",
        "Taoiseach Micheál Martin accepted the resignation and nominated junior minister Aoife Brennan to replace him.",
        "Brennan is expected to be formally appointed by President Catherine Connolly at Áras an Uachtaráin on Friday.",
        "Sinn Féin leader Mary Lou McDonald criticised the government's handling of the affair and called for a general election.",
    ], [
        ev("politics.resignation", "resigned", "resign", agents=["Declan Moran"],
           time=("Wednesday", "2026-09-16", "day")),
        # the person put to the vote is the patient; a parliament is a place (as
        # "Bundestag" in tune3); "expected" -> hypothetical; "hours before" is no time
        ev("politics.vote", "vote", "vote", agents=["Dáil"], patients=["Declan Moran"],
           loc=("Dáil", "IE"), mod=H),
        # passive with "by": coordinated accusers; the misleading is no taxonomy event
        ev("politics.accusation", "accused", "accuse", agents=["Sinn Féin", "Labour Party"],
           patients=["Declan Moran"]),
        ev("politics.denial", "denied", "deny", agents=["Declan Moran"]),
        ev("politics.accusation", "allegations", "allegation",
           agents=["Sinn Féin", "Labour Party"], patients=["Declan Moran"]),
        # coordinated verb sharing the subject "He"; "said" announces an annotated event
        ev("politics.resignation", "stepping", "step down", agents=["Declan Moran"], mod=R),
        ev("politics.resignation", "resignation", "resignation", agents=["Declan Moran"]),
        # nomination counts as appointment; "replace" names the same change
        ev("politics.appointment", "nominated", "nominate", agents=["Micheál Martin"],
           patients=["Aoife Brennan"]),
        # raising + passive with "by"; a second, formal step by a different authority
        ev("politics.appointment", "appointed", "appoint", agents=["Catherine Connolly"],
           patients=["Aoife Brennan"], loc=("Áras an Uachtaráin", "IE"),
           time=("Friday", "2026-09-18", "day"), mod=H),
        ev("politics.statement", "criticised", "criticise", agents=["Mary Lou McDonald"]),
        # "called for" introduces the annotated election -> no second statement
        ev("politics.election", "election", "election", loc=("Ireland", "IE"), mod=H),
    ]),
    # published Fri 2026-10-09
    art("en-t3-06", "2026-10-09", "Carney and Sheinbaum sign energy memorandum in Mexico City", [
        "Canadian Prime Minister Mark Carney arrived in Mexico City on Thursday for a two-day visit aimed at shoring up trade ties as both countries face US tariffs.",
        "On Friday, he and President Claudia Sheinbaum held talks at the National Palace and signed a memorandum on energy cooperation.",
        "Canada and Mexico will hold formal negotiations with the United States on the future of the USMCA trade pact in Washington next month.",
        "Sheinbaum told a press conference after the meeting that Mexico would not accept new conditions on car exports.",
        "Carney is due to travel on to Brasília on Saturday to meet Brazilian President Luiz Inácio Lula da Silva.",
        "Mexico's economy minister, Marcelo Ebrard, said the two countries would sign a separate agreement on rail freight in December.",
    ], [
        # the arrival day is the visit's time (tune2 decision)
        ev("diplomacy.visit", "visit", "visit", agents=["Mark Carney"], loc=("Mexico City", "MX"),
           time=("Thursday", "2026-10-08", "day")),
        # compound prefix gives the actor; the as-clause gets no time
        ev("economy.trade", "tariffs", "tariff", agents=["US"]),
        # fronted time governs both coordinated verbs; "he" = Carney; bilateral leaders'
        # talks = meeting; the specific verb "signed" names the agreement
        ev("diplomacy.meeting", "talks", "talks", agents=["Mark Carney", "Claudia Sheinbaum"],
           loc=("National Palace", "MX"), time=("Friday", "2026-10-09", "day")),
        ev("diplomacy.agreement", "signed", "sign", agents=["Mark Carney", "Claudia Sheinbaum"],
           loc=("National Palace", "MX"), time=("Friday", "2026-10-09", "day")),
        # "Washington" is the place here, the United States the party; scheduled "will"
        ev("diplomacy.negotiation", "negotiations", "negotiation",
           agents=["Canada", "Mexico", "United States"], loc=("Washington", "US"),
           time=("next month", "2026-11", "month")),
        # the content (not accepting conditions) is no annotated event -> statement;
        # the press conference's place is not stated
        ev("politics.statement", "told", "tell", agents=["Claudia Sheinbaum"]),
        ev("diplomacy.press_conference", "conference", "conference",
           agents=["Claudia Sheinbaum"]),
        ev("diplomacy.meeting", "meeting", "meeting", agents=["Mark Carney", "Claudia Sheinbaum"],
           loc=("National Palace", "MX")),
        # "is due to" -> asserted
        ev("diplomacy.visit", "travel", "travel", agents=["Mark Carney"], loc=("Brasília", "BR"),
           time=("Saturday", "2026-10-10", "day")),
        # purpose infinitive = intention -> hypothetical; the time of "travel" does not
        # carry into the embedded purpose clause
        ev("diplomacy.meeting", "meet", "meet",
           agents=["Mark Carney", "Luiz Inácio Lula da Silva"], loc=("Brasília", "BR"),
           mod=H),
        # "the two countries" = Canada and Mexico; "said" announces the signing -> no
        # statement; "would" after past "said" -> reported
        ev("diplomacy.agreement", "sign", "sign", agents=["Canada", "Mexico"],
           time=("December", "2026-12", "month"), mod=R),
    ]),
    # published Tue 2026-07-21
    art("en-t3-07", "2026-07-21", "Drones hit Odesa grain warehouse, Kyiv blames Moscow", [
        "A grain warehouse in the port of Odesa was hit by drones early on Monday, killing two workers and setting off a fire, regional officials said.",
        "Kyiv blamed Moscow for the strike, the third on Odesa's port in a week.",
        "Russia's defence ministry said its forces had struck military targets in the Odesa region and denied hitting civilian sites.",
        "Ukrainian President Volodymyr Zelensky called the attack a war crime and urged allies to impose new sanctions on Moscow.",
        "Talks on a Black Sea shipping truce, brokered by Turkey, collapsed in June.",
    ], [
        # passive "by drones": the by-phrase is the instrument, not the doer; the attacker
        # (Russia) is identified by the next two sentences; officials' attribution -> reported
        ev("conflict.attack", "hit", "hit", agents=["Russia"], patients=["grain warehouse"],
           loc=("Odesa", "UA"), time=("Monday", "2026-07-20", "day"), mod=R),
        # participial adjunct shares the main clause's time and attribution
        ev("disaster.fire", "fire", "fire", loc=("Odesa", "UA"),
           time=("Monday", "2026-07-20", "day"), mod=R),
        # capitals standing for governments, annotated as written; blaming = accusation
        ev("politics.accusation", "blamed", "blame", agents=["Kyiv"], patients=["Moscow"]),
        # content of the accusation -> reported
        ev("conflict.attack", "strike", "strike", agents=["Russia"],
           patients=["grain warehouse"], loc=("Odesa", "UA"), mod=R),
        # "its forces" = Russia's; the ministry reports an annotated event -> no statement
        ev("conflict.attack", "struck", "strike", agents=["Russia"],
           patients=["military targets"], loc=("Odesa", "UA"), mod=R),
        ev("politics.denial", "denied", "deny", agents=["Russia's defence ministry"]),
        # content of a denial -> negated
        ev("conflict.attack", "hitting", "hit", agents=["Russia"], patients=["civilian sites"],
           loc=("Odesa", "UA"), mod=N),
        # evaluative "called" stays a statement; "urged" introduces the sanctions
        ev("politics.statement", "called", "call", agents=["Volodymyr Zelensky"]),
        ev("conflict.attack", "attack", "attack", agents=["Russia"],
           patients=["grain warehouse"], loc=("Odesa", "UA")),
        ev("economy.sanctions", "sanctions", "sanction", agents=["allies"], patients=["Moscow"],
           mod=H),
        # mediator and both parties are agents; "collapsed" realises the talks -> June;
        # the truce was the aim and never reached -> hypothetical; Black Sea spans
        # several countries -> no location
        ev("diplomacy.negotiation", "Talks", "talks", agents=["Kyiv", "Moscow", "Turkey"],
           time=("June", "2026-06", "month")),
        ev("conflict.ceasefire", "truce", "truce", agents=["Kyiv", "Moscow"], mod=H),
    ]),
    # published Thu 2026-11-26
    art("en-t3-08", "2026-11-26", "Freight train derails near Carlisle, West Coast line shut", [
        "A freight train operated by Northline Rail derailed near Carlisle on Wednesday after colliding with a tractor that had become stuck on a level crossing.",
        "The driver of the tractor, a 61-year-old farmer, was arrested on suspicion of endangering safety on the railway.",
        "British Transport Police and the Rail Accident Investigation Branch have launched investigations.",
        "The West Coast Main Line between Carlisle and Penrith is expected to remain closed until Saturday, Network Rail said.",
        "Avanti West Coast cancelled all trains between Glasgow and Preston, and passengers were taken by bus between Carlisle and Preston.",
        "On Wednesday evening there were tailbacks of up to six miles on the M6 near Penrith as drivers switched to the roads.",
        "It was the second derailment on the line this year, after a passenger train hit a fallen tree near Oxenholme in March.",
    ], [
        # the train takes its operator's name (participle "operated by" names it)
        ev("transport.accident", "derailed", "derail", agents=["Northline Rail"],
           loc=("Carlisle", "GB"), time=("Wednesday", "2026-11-25", "day")),
        # the collision that caused the derailment is a happening of its own; symmetric:
        # both vehicles are agents; after-clause -> no time
        ev("transport.accident", "colliding", "collide", agents=["Northline Rail", "tractor"],
           loc=("Carlisle", "GB")),
        # agentless passive; the police force is named in the next sentence; apposition
        ev("justice.arrest", "arrested", "arrest", agents=["British Transport Police"],
           patients=["61-year-old farmer"], loc=("Carlisle", "GB")),
        # light verb "launched" -> the noun
        ev("politics.investigation", "investigations", "investigation",
           agents=["British Transport Police", "Rail Accident Investigation Branch"]),
        # "until X" on a continuing state gives X (tune3 decision); expected > reported
        ev("transport.obstruction", "closed", "close", loc=("West Coast Main Line", "GB"),
           time=("Saturday", "2026-11-28", "day"), mod=H),
        # transitive with the operator as subject -> agent; two places -> the first
        ev("transport.disruption", "cancelled", "cancel", agents=["Avanti West Coast"],
           loc=("Glasgow", "GB")),
        # "there were" + noun
        ev("transport.traffic_jam", "tailbacks", "tailback", loc=("M6", "GB"),
           time=("Wednesday evening", "2026-11-25", "day")),
        # "this year" bounds the count (like "since 2023" in tune2) -> no time
        ev("transport.accident", "derailment", "derailment", agents=["Northline Rail"],
           loc=("West Coast Main Line", "GB")),
        ev("transport.accident", "hit", "hit", agents=["passenger train"],
           patients=["fallen tree"], loc=("Oxenholme", "GB"), time=("March", "2026-03", "month")),
    ]),
    # published Wed 2026-04-15
    art("en-t3-09", "2026-04-15", "EU imposes tariffs on Chinese e-bikes, Beijing vows response", [
        "Tariffs of up to 35 percent on electric bicycles from China were imposed by the European Commission on Tuesday after an investigation found that Chinese makers had been dumping bikes on the EU market.",
        "Beijing's commerce ministry condemned the duties and said China would respond with tariffs on European pork and brandy.",
        "The commission's decision follows months of complaints from European manufacturers, led by the Dutch firm Veloxa.",
        "Separately, the EU's foreign ministers agreed on Monday to impose sanctions on four Chinese companies accused of supplying drone parts to Russia.",
        "Hungary had blocked the package for weeks before dropping its veto on Sunday.",
        "Chinese Foreign Ministry spokesperson Lin Jian said Beijing firmly opposed the sanctions and would take measures to protect its companies.",
    ], [
        # fronted passive subject, agent in the by-phrase; "imposed" realises the tariffs
        ev("economy.trade", "Tariffs", "tariff", agents=["European Commission"],
           patients=["China"], time=("Tuesday", "2026-04-14", "day")),
        # after-clause -> no time; the anti-dumping probe is the Commission's
        ev("politics.investigation", "investigation", "investigation",
           agents=["European Commission"], patients=["Chinese makers"]),
        # "Beijing's commerce ministry" is the most specific mention of the speaker
        ev("politics.statement", "condemned", "condemn", agents=["Beijing's commerce ministry"]),
        ev("economy.trade", "duties", "duty", agents=["European Commission"], patients=["China"]),
        # "said" announces an annotated event -> no statement; would after said -> reported
        ev("economy.trade", "tariffs", "tariff", agents=["China"], patients=["EU"], mod=R),
        # "The commission's decision" is a generic anaphor, "complaints" are not formal
        # complaints to a dispute body -> sentence without events
        # "agreed to" -> hypothetical; "on Monday" governs "agreed" (approval does not
        # realise the sanctions)
        ev("economy.sanctions", "sanctions", "sanction", agents=["EU"],
           patients=["four Chinese companies"], mod=H),
        # reduced relative: the accuser is not stated
        ev("politics.accusation", "accused", "accuse", patients=["four Chinese companies"]),
        # supplies to a state = economy.trade; recipient as patient; content of an
        # accusation -> reported
        ev("economy.trade", "supplying", "supply", agents=["four Chinese companies"],
           patients=["Russia"], mod=R),
        # "blocked the package" / "veto" are no obstruction and no legislation -> nothing
        # stance content is no annotated event -> statement
        ev("politics.statement", "said", "say", occ=1, agents=["Lin Jian"]),
        # mechanical rule: inside "X said (that) ..." -> reported
        ev("economy.sanctions", "sanctions", "sanction", occ=1, agents=["EU"],
           patients=["four Chinese companies"], mod=R),
    ]),
    # published Fri 2026-06-12
    art("en-t3-10", "2026-06-12", "Bank of England holds rates as Harlan Steel plans closure", [
        "The Bank of England held interest rates at 3.5 percent on Thursday, with five of the nine members of its Monetary Policy Committee voting to keep borrowing costs unchanged.",
        "The other four wanted a cut, which Governor Andrew Bailey said could come as early as August.",
        "Chancellor Rachel Reeves welcomed the decision, which came a day after official figures showed the economy had shrunk in April.",
        "Among the companies hit hardest by the slowdown is Harlan Steel, which said on Wednesday that it would close its plant in Rotherham and cut 800 jobs.",
        "The steelmaker, owned by Indian group Varda Metals since 2019, has been losing money for three years.",
        "The GMB union accused Varda Metals of running down the plant deliberately and said it would ballot members on strike action.",
    ], [
        ev("economy.rate_decision", "held", "hold", agents=["Bank of England"],
           time=("Thursday", "2026-06-11", "day")),
        # "with" absolute adjunct shares the main clause's time
        ev("politics.vote", "voting", "vote", agents=["Monetary Policy Committee"],
           time=("Thursday", "2026-06-11", "day")),
        # wanted / could -> hypothetical; the relative clause realises the cut -> August;
        # a central bank governor is no political speaker
        ev("economy.rate_decision", "cut", "cut", agents=["Bank of England"],
           time=("August", "2026-08", "month"), mod=H),
        # "the decision" is a generic anaphor; "shrunk" is no event
        ev("politics.statement", "welcomed", "welcome", agents=["Rachel Reeves"]),
        # inversion; "hit hardest" is no attack; "on Wednesday" governs "said"
        ev("economy.facility", "close", "close", agents=["Harlan Steel"],
           loc=("Rotherham", "GB"), mod=R),
        ev("economy.layoffs", "cut", "cut", occ=1, agents=["Harlan Steel"], mod=R),
        # "owned by ... since 2019" states ownership, not a purchase -> no event
        ev("politics.accusation", "accused", "accuse", agents=["GMB"], patients=["Varda Metals"]),
        # union ballot = vote; "it" = GMB; would after said -> reported
        ev("politics.vote", "ballot", "ballot", agents=["GMB"], mod=R),
        # "strike action": "strike" alone denotes the event; balloted on -> hypothetical
        ev("labor.strike", "strike", "strike", agents=["GMB"], patients=["Harlan Steel"], mod=H),
    ]),
    # published Tue 2026-08-18
    art("en-t3-11", "2026-08-18", "Kestrel Motors chief to step down, battery unit to go", [
        "Kestrel Motors, the Swedish truck maker, said on Monday that its chief executive, Lars Wennberg, would step down at the end of the year after eight years in charge.",
        "He will be succeeded by Ingrid Solberg, who runs the company's bus division.",
        "The automaker also plans to spin off its battery business, Kestrel Cell, and list it in Stockholm next year.",
        "Kestrel Cell, which opened a battery plant in Gdańsk in 2024, will invest 1.2 billion euros in a second factory in Poland.",
        "On Tuesday, the truck maker unveiled an electric long-haul truck, the K-Series E, at the IAA Transportation show in Hanover.",
        "Analysts said the bus division could be sold to help fund the new truck range.",
        "IF Metall, the union representing workers at Kestrel's plant in Södertälje, said it had not been consulted and threatened to walk out.",
    ], [
        # "would" after past "said" -> reported; "on Monday" governs "said";
        # "after eight years" is a duration
        ev("organization.leadership_change", "step", "step down", agents=["Kestrel Motors"],
           patients=["Lars Wennberg"], time=("end of the year", "2026", "year"), mod=R),
        # passive with "by": the by-phrase is the new chief, a patient, not the doer;
        # both people whose positions change are patients (as "replaces" in en_tune)
        ev("organization.leadership_change", "succeeded", "succeed", agents=["Kestrel Motors"],
           patients=["Ingrid Solberg", "Lars Wennberg"]),
        # "The automaker" = Kestrel Motors; "next year" modifies the second conjunct
        # (the listing, not annotated) -> no time; plans to -> hypothetical
        ev("economy.spin_off", "spin", "spin off", agents=["Kestrel Motors"],
           patients=["Kestrel Cell"], mod=H),
        ev("economy.facility", "opened", "open", agents=["Kestrel Cell"], loc=("Gdańsk", "PL"),
           time=("2024", "2024", "year")),
        # "will invest" -> asserted; the factory is the object of the investment, no
        # separate facility event
        ev("economy.investment", "invest", "invest", agents=["Kestrel Cell"],
           loc=("Poland", "PL")),
        # "the truck maker" (apposition in the first sentence) = Kestrel Motors, not
        # Kestrel Cell, the last company named; same weekday as published_at
        ev("economy.product_launch", "unveiled", "unveil", agents=["Kestrel Motors"],
           patients=["K-Series E"], loc=("Hanover", "DE"), time=("Tuesday", "2026-08-18", "day")),
        # buyer unknown, the seller has no role; could -> hypothetical; analysts are no
        # political speakers
        ev("economy.acquisition", "sold", "sell", patients=["bus division"], mod=H),
        # union statement whose content is no annotated event
        # third "said" (the first two belong to the company and the analysts)
        ev("politics.statement", "said", "say", occ=2, agents=["IF Metall"]),
        ev("labor.strike", "walk", "walk out", agents=["IF Metall"], patients=["Kestrel Motors"],
           loc=("Södertälje", "SE"), mod=H),
    ]),
    # published Sat 2026-01-31
    art("en-t3-12", "2026-01-31", "Slovak police raid news site, arrest editor", [
        "On Friday, police in Bratislava raided the offices of the independent news site Dennik Plus and arrested its editor, Marek Hudák, on suspicion of leaking classified documents.",
        "Hudák, whose site had exposed corruption at the interior ministry, denied the accusations through his lawyer.",
        "The Bratislava prosecutor's office, which ordered the raid, said Hudák could face up to eight years in prison.",
        "Thousands of people protested outside the government office in Bratislava on Saturday evening, accusing the government of intimidating journalists.",
        "The protest came two days after parliament passed a law that allows the intelligence service to monitor journalists' phones without a court order.",
        "President Peter Pellegrini, who must sign the law before it takes effect, has said he will decide next week.",
    ], [
        # raids = investigation; fronted time governs both coordinated verbs; of-phrase
        # gives the searched party
        ev("politics.investigation", "raided", "raid", agents=["police"],
           patients=["Dennik Plus"], loc=("Bratislava", "SK"),
           time=("Friday", "2026-01-30", "day")),
        # "its editor, Marek Hudák": apposition gives the name
        ev("justice.arrest", "arrested", "arrest", agents=["police"], patients=["Marek Hudák"],
           loc=("Bratislava", "SK"), time=("Friday", "2026-01-30", "day")),
        ev("politics.denial", "denied", "deny", agents=["Marek Hudák"]),
        # the accuser is the prosecuting authority named in the next sentence
        ev("politics.accusation", "accusations", "accusation",
           agents=["Bratislava prosecutor's office"], patients=["Marek Hudák"]),
        # relative clause: the office ordered the raid, the police carried it out -> the
        # doer is the police; place from the first sentence (the one in the office's
        # name does not count); prosecutors are no political speakers
        ev("politics.investigation", "raid", "raid", agents=["police"], patients=["Dennik Plus"],
           loc=("Bratislava", "SK")),
        # same weekday as published_at -> that day
        ev("politics.protest", "protested", "protest", agents=["Thousands of people"],
           loc=("Bratislava", "SK"), time=("Saturday evening", "2026-01-31", "day")),
        # participial adjunct shares subject and time of the main clause
        ev("politics.accusation", "accusing", "accuse", agents=["Thousands of people"],
           patients=["government"], time=("Saturday evening", "2026-01-31", "day")),
        ev("politics.protest", "protest", "protest", agents=["Thousands of people"],
           loc=("Bratislava", "SK")),
        # event in an after-clause: "two days after" gives no explicit time
        ev("politics.legislation", "passed", "pass", agents=["parliament"]),
        # relative clause; "must" -> hypothetical; a president's signature = legislation
        ev("politics.legislation", "sign", "sign", agents=["Peter Pellegrini"], mod=H),
        # content ("will decide") is no annotated event -> statement; second "said"
        ev("politics.statement", "said", "say", occ=1, agents=["Peter Pellegrini"]),
    ]),
]

# --------------------------------------------------------------------------
# builder / validator
# --------------------------------------------------------------------------


if __name__ == "__main__":
    sys.exit(main(sets=(("en", EN),), tag="t3", countries=COUNTRIES, doc=__doc__))
