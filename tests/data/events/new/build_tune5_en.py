#!/usr/bin/env python3
"""Build the fifth hand-annotated English event TUNING set: en_tune5.jsonl.

12 invented English wire-style articles, written and annotated by hand before
any extraction code ran on them.  Nothing in this file calls newsflow, spaCy
or any other extraction component, and no system output was looked at while
writing it; the held-out files and their builders were not opened.  The specs
name each trigger by its surface string plus an occurrence index (0 = first
whole-word occurrence in the article text); this script only turns them into
character offsets and validates them (standard library only).  Layout,
validation and offset computation are those of build_tune2.py.

Usage:
    python tests/data/events/new/build_tune5_en.py           # validate + write en_tune5.jsonl
    python tests/data/events/new/build_tune5_en.py --check   # validate only, write nothing
                                                             # (exit 1 if the file is stale)
    python tests/data/events/new/build_tune5_en.py -v        # also print per-type counts

Conventions: ../README.md (guidelines) and ./README.md (added types, decisions,
"Second tuning set" ... "Fourth English tuning set" sections).  Only the 48
original types plus life.death, economy.rate_decision and
economy.product_launch are used, but validation accepts every type in
event_types.json.

Unlike tune2-tune4, the set is not built around particular constructions: the
articles are written as wire copy on new topics (a court ruling against a tech
company, a regional election, a mine explosion, a port strike, a central bank
surprise, a takeover blocked by a regulator, a diplomatic expulsion, a
ransomware attack on a hospital, a wildfire, a product recall, a minister's
dismissal, a border clash) and every event they contain is annotated, with
many patients (acted-on parties).

Decisions recorded here (besides those of ../README.md and ./README.md):
* "ruled ... and ordered it to pay damages": the order is the same verdict as
  the ruling (one trigger per happening per sentence).  A lawsuit that a named
  court decides takes that court's city as place, also in a mention that does
  not name the court ("The lawsuit was brought in 2022 by ...").
* A legal challenge to an authority's decision before a court or tribunal
  ("a decision the company is contesting at the EU's General Court", "appeal
  against the ruling at the Competition Appeal Tribunal") is
  `justice.lawsuit` with the authority as patient; an appeal against a
  court's own judgment keeps no patient (tune3).  A regulator's "ruling" is
  no `justice.verdict` (like its fine, tune4 en).
* Possible future claims by a class of claimants ("could open the way for
  similar claims by developers in Belgium and Germany") are generic: not
  annotated.
* A takeover blocked by a regulator is `negated`; "blocked" itself is no event
  (no obstruction) and its time is not the takeover's (like approval verbs).
* A series of purchases ("has bought more than 300 independent practices
  since 2019") is one acquisition mention; "since 2019" gives no time, and the
  quantifier "more than" is not part of the patient text.  In "whether six
  large veterinary chains, including both companies, broke ..." the patient is
  the head noun phrase; members named by "including" are not added.
* An election's agent is the party named as its winner; parties named only in
  the results ("fell from 28 to 19 seats") or as possible partners are not
  added (as "Social Democrats won Sunday's parliamentary election" in
  en_tune).  "Sunday's election" gives the election Sunday.  "ballots counted"
  and a comparison with "an Aragonese regional election since 1995" are no
  mentions.  A party leader who says she will step down as leader is
  `politics.resignation` (as in en_tune).
* An investiture vote has the regional parliament as agent and the candidate
  as patient; its place is the parliament's city stated earlier (Zaragoza).
* Two trapped miners who "died" in a sentence that does not name the explosion
  are a `life.death` of their own (tune4 en firefighter); the place is the mine,
  unambiguous from context.  "Prosecutors in Katowice" give the investigation
  its place (as "Prosecutors in Salerno", tune4 en).
* "police shot dead two protesters" is `conflict.attack` (a shooting) with the
  police as agent; the deaths belong to it.  The organiser named later ("The
  Apurímac Defence Front, which organised the protests") is the agent of the
  demonstration and of the protests, as the union is of a strike.
* "ordered an independent inquiry into the conduct of the officers involved"
  with no executing body named: the ordering president is the agent (contrast
  tune3's raid ordered by prosecutors and carried out by named police), the
  officers are the patient.  A swearing-in whose swearer is not named takes
  the appointing president as agent; "the dismissal" names the dismissal
  again (`politics.appointment`).
* "said road blockades would continue" is a reported `transport.obstruction`
  with the blocking group as agent.  "seek a censure vote in Congress against
  the cabinet chief, X": Congress is agent and place, X the patient.
* Expelling diplomats and ordering them to leave are outside the taxonomy; a
  government's vow to "respond in kind" (diplomatically) is no
  `conflict.threat` but a plain statement.
* "Lithuania on Thursday expelled ... and accused ...": a time between the
  shared subject and the coordinated verbs governs both conjuncts (as a
  fronted time, tune4).
* "accused Minsk of being behind an arson attack": "being behind" attributes
  the attack to the accused (agent, `reported`); "arson attack" is an open
  compound (trigger "attack"), "the arson" alone is an attack mention; later
  mentions ("days after the attack", "condemned the arson") carry no agent
  (tune5).  Attacks the expelled diplomats "had also planned" are
  hypothetical with them as agents.
* A group that claims an attack in a later sentence is the agent of the
  earlier mention (as BlackFen in tune2).  An attorney general who says "her
  office had opened an investigation" is its agent.  Cancelled operations
  and diverted ambulances of a hospital are no `transport.disruption`;
  "ransom" names no kidnapping; "claimed responsibility" has no trigger.
* "charged him with deliberately starting a second fire that destroyed 12
  homes last week": the fire noun sits inside the content of an accusation,
  so it is `reported` (mechanical rule), and the relative clause gives it
  "last week".  A fire that investigators "linked" a product to is asserted
  ("linked" is no attribution).  "RCMP officers" give the agent "RCMP".
* "crashed ... while fighting the fire": the fire is a mention of its own; the
  main clause's time does not reach into the while-clause (like as/after).
* A rate hold that economists "had expected" but that did not come is a
  hypothetical `economy.rate_decision`; "hold rates until the end of the year"
  gives the year (tune3 "bis X").  "will be succeeded by X, the government
  announced" is a hypothetical `politics.appointment` (announce of a future
  measure) by the government, with both governors as patients (as
  "replaces" in en.jsonl).
* "the new cranes would not lead to job losses" is a negated
  `economy.layoffs` (trigger "losses") by the operator; "cancelled calls at Le
  Havre" (port calls) is a `transport.disruption` by the shipping line.  A
  strike called by a union after talks "broke down last Friday": the talks
  take that day, the strike none.
* "a claim Dushanbe rejected" in the sentence that already has "accused"
  names the same accusation: only the denial is added.  "both sides reported
  isolated shooting" is a reported attack without agent.  The place of the
  talks in an after-clause ("talks ... in the Kyrgyz town of Batken") is not
  given to the ceasefire of the main clause.
* A product recall, a stock market listing and share price moves are no
  events; the board naming an interim chief executive is a leadership change
  of the company.
"""
from __future__ import annotations

import sys

# the machinery (spec helpers, validation, offsets, --check) is build_tune2's; run as a script,
# this file's folder is on sys.path
from build_tune2 import A, H, N, R, art, ev, main  # noqa: F401 (A is the default modality)

# the article sentences stay one string per line so that they can be read and diffed
# ruff: noqa: E501

COUNTRIES = {
    "CA": "Canada", "DE": "Germany", "ES": "Spain", "FR": "France",
    "GB": "United Kingdom", "KG": "Kyrgyzstan", "LT": "Lithuania", "LU": "Luxembourg",
    "NL": "Netherlands", "PE": "Peru", "PL": "Poland", "UA": "Ukraine",
    "US": "United States",
}

EN = [
    # published Thu 2026-04-23
    art("en-t5-01", "2026-04-23", "Dutch court orders Lumora to pay app developers €210 million", [
        "The District Court of Amsterdam ruled on Wednesday that US technology group Lumora had abused its dominance of the Dutch app market and ordered it to pay €210 million in damages to app developers.",
        "The lawsuit was brought in 2022 by Stichting App Fairness, a foundation representing more than 1,400 developers, which accused Lumora of charging excessive commissions on in-app purchases.",
        "Lumora, which is based in San Jose, California, said it would appeal and denied that its fees were unfair.",
        "Presiding judge Marieke Dekker said the company had used its control of the app store to shut out rival payment services.",
        "The ruling is the first of its kind in the Netherlands and could open the way for similar claims by developers in Belgium and Germany.",
        "In a separate case, the European Commission fined Lumora €1.1 billion last year for restricting music streaming apps, a decision the company is contesting at the EU's General Court in Luxembourg.",
    ], [
        # court in the name gives the place; "ordered it to pay" is the same verdict;
        # abusing dominance is no event
        ev("justice.verdict", "ruled", "rule", agents=["District Court of Amsterdam"],
           patients=["Lumora"], loc=("Amsterdam", "NL"),
           time=("Wednesday", "2026-04-22", "day")),
        # "brought" realises the lawsuit (like "filed") -> 2022; by-phrase = plaintiff;
        # the court deciding it (sentence 1) gives the place
        ev("justice.lawsuit", "lawsuit", "lawsuit", agents=["Stichting App Fairness"],
           patients=["Lumora"], loc=("Amsterdam", "NL"), time=("2022", "2022", "year")),
        # relative clause on the apposition; no time of its own
        ev("politics.accusation", "accused", "accuse", agents=["Stichting App Fairness"],
           patients=["Lumora"]),
        # would after said -> reported; an appeal against a court judgment has no patient
        ev("justice.lawsuit", "appeal", "appeal", agents=["Lumora"], mod=R),
        # the denied content is no accusation noun
        ev("politics.denial", "denied", "deny", agents=["Lumora"]),
        # sentence 4: a judge is no political speaker; "shut out" is no event
        # "similar claims" by a class of claimants -> generic, not annotated
        ev("justice.verdict", "ruling", "ruling", agents=["District Court of Amsterdam"],
           patients=["Lumora"], loc=("Amsterdam", "NL")),
        # a regulator's fine is no event; "a decision" is a generic anaphor; the legal
        # challenge has the Commission as patient; "last year" governs "fined"
        ev("justice.lawsuit", "contesting", "contest", agents=["Lumora"],
           patients=["European Commission"], loc=("Luxembourg", "LU")),
    ]),
    # published Mon 2027-05-24
    art("en-t5-02", "2027-05-24", "People's Party wins Aragon election but falls short of majority", [
        "The conservative People's Party won Sunday's regional election in Aragon but fell three seats short of an absolute majority, leaving its candidate, Javier Lasheras, dependent on the far-right Vox party to form a government.",
        "With all ballots counted, the PP had 32 of the 67 seats in the regional parliament in Zaragoza, while the Socialist Party of outgoing regional president Pilar Gimeno fell from 28 to 19 seats.",
        "Gimeno conceded defeat on Sunday night and said she would step down as the party's leader in Aragon.",
        "Vox, which won nine seats, has demanded posts in the regional cabinet in return for its support and accused Lasheras of planning to cut funding for rural areas.",
        "The regional parliament is due to hold the investiture vote on June 15, and a second vote would follow 48 hours later if Lasheras fails to win an absolute majority.",
        "Turnout was 61 percent, the lowest in an Aragonese regional election since 1995.",
        "Lasheras, a 49-year-old former mayor of Huesca, told supporters in Zaragoza that he would seek a stable government for all Aragonese.",
    ], [
        # the winner is the agent (as en_tune's Social Democrats); "Sunday's" -> Sunday
        ev("politics.election", "election", "election", agents=["People's Party"],
           loc=("Aragon", "ES"), time=("Sunday", "2027-05-23", "day")),
        # sentence 2: "ballots counted" -> no event
        ev("politics.statement", "conceded", "concede", agents=["Pilar Gimeno"],
           time=("Sunday night", "2027-05-23", "day")),
        # party leader stepping down -> resignation (as en_tune); would after said
        ev("politics.resignation", "step", "step down", agents=["Pilar Gimeno"], mod=R),
        # a party's demand whose content is no taxonomy event -> statement
        ev("politics.statement", "demanded", "demand", agents=["Vox"]),
        # "cut funding" is no event
        ev("politics.accusation", "accused", "accuse", agents=["Vox"],
           patients=["Javier Lasheras"]),
        # scheduled "is due to" -> asserted; the candidate is the patient; the
        # parliament's city from sentence 2
        ev("politics.vote", "vote", "vote", agents=["regional parliament"],
           patients=["Javier Lasheras"], loc=("Zaragoza", "ES"),
           time=("June 15", "2027-06-15", "day")),
        # would + if -> hypothetical; "48 hours later" is vague
        ev("politics.vote", "vote", "vote", occ=1, agents=["regional parliament"],
           patients=["Javier Lasheras"], loc=("Zaragoza", "ES"), mod=H),
        # sentence 6: generic comparison -> no election mention
        ev("politics.statement", "told", "tell", agents=["Javier Lasheras"],
           loc=("Zaragoza", "ES")),
    ]),
    # published Thu 2026-11-19
    art("en-t5-03", "2026-11-19", "Methane explosion kills six at Polish coal mine", [
        "A methane explosion at the Borowa Wola coal mine in southern Poland on Tuesday killed four miners and left seven others trapped 800 metres underground, the mine's operator said.",
        "Rescuers reached the trapped men early on Wednesday, but two of the seven died before they could be brought to the surface.",
        "Prosecutors in Katowice have opened an investigation into whether the operator, Silesian Coal Group, ignored warnings about rising methane levels.",
        "Police on Thursday detained the mine's deputy director for safety, Tomasz Wrona, on suspicion of negligence, a spokesman for the prosecutors said.",
        "The ZZG Śląsk miners' union called a 24-hour strike at the company's five mines for Friday and accused the company of cutting safety spending to meet production targets.",
        "Prime Minister Marta Kowalczyk, who visited the mine on Wednesday, promised financial support for the families of the victims.",
        "In 2018, five miners were killed in a similar explosion at the company's Dąbrówka mine.",
    ], [
        # casualties belong to the explosion; the operator's attribution -> reported
        ev("disaster.explosion", "explosion", "explosion", loc=("Borowa Wola", "PL"),
           time=("Tuesday", "2026-11-17", "day"), mod=R),
        # the explosion is not named here -> death of its own; "early on Wednesday"
        # governs the first conjunct only; the mine from context
        ev("life.death", "died", "die", patients=["two of the seven"],
           loc=("Borowa Wola", "PL")),
        ev("politics.investigation", "investigation", "investigation", agents=["Prosecutors"],
           patients=["Silesian Coal Group"], loc=("Katowice", "PL")),
        # same weekday as published_at; place of the arrest not stated
        ev("justice.arrest", "detained", "detain", agents=["Police"],
           patients=["Tomasz Wrona"], time=("Thursday", "2026-11-19", "day"), mod=R),
        # the organiser's own call -> asserted; employer = "the company"
        ev("labor.strike", "strike", "strike", agents=["ZZG Śląsk"],
           patients=["Silesian Coal Group"], time=("Friday", "2026-11-20", "day")),
        ev("politics.accusation", "accused", "accuse", agents=["ZZG Śląsk"],
           patients=["Silesian Coal Group"]),
        # relative clause with its own time; "the mine" = Borowa Wola
        ev("diplomacy.visit", "visited", "visit", agents=["Marta Kowalczyk"],
           loc=("Borowa Wola", "PL"), time=("Wednesday", "2026-11-18", "day")),
        # financial support is no taxonomy event -> statement
        ev("politics.statement", "promised", "promise", agents=["Marta Kowalczyk"]),
        ev("disaster.explosion", "explosion", "explosion", occ=1, loc=("Dąbrówka", "PL"),
           time=("2018", "2018", "year")),
    ]),
    # published Tue 2027-03-16
    art("en-t5-04", "2027-03-16", "Le Havre dockers strike over crane automation", [
        "Dockworkers at Le Havre, France's largest container port, began a 72-hour strike on Monday over plans by terminal operator Normandie Container Services to automate its cranes.",
        "Queues of lorries stretched for 12 kilometres on the A29 motorway on Tuesday as more than 30 container ships waited at anchor off the port, the port authority said.",
        "The strike was called by the SDH dockers' union after talks with the operator, mediated by the regional prefect, Hélène Marchal, broke down last Friday.",
        "Normandie Container Services, a subsidiary of the Swiss shipping group Meridia, accused the union of holding the port's customers to ransom and said the new cranes would not lead to job losses.",
        "Transport Minister Julien Ferrand urged both sides to return to negotiations and said the government was ready to requisition dockers to keep the port open.",
        "It is the second strike at Le Havre this year, after the SDH staged a two-day walkout against the operator in February.",
        "Shipping line Marlin Lines said it had cancelled calls at Le Havre for the rest of the week and would divert its vessels to Antwerp.",
    ], [
        # the union (named in sentence 3) is the agent although the dockworkers are the
        # subject; the employer is the patient; "began" is a light verb
        ev("labor.strike", "strike", "strike", agents=["SDH"],
           patients=["Normandie Container Services"], loc=("Le Havre", "FR"),
           time=("Monday", "2027-03-15", "day")),
        # the ships waiting have no trigger; the port authority's attribution -> reported
        ev("transport.traffic_jam", "Queues", "queue", loc=("A29", "FR"),
           time=("Tuesday", "2027-03-16", "day"), mod=R),
        ev("labor.strike", "strike", "strike", occ=1, agents=["SDH"],
           patients=["Normandie Container Services"], loc=("Le Havre", "FR")),
        # mediator and both parties are agents; "broke down" realises the talks
        ev("diplomacy.negotiation", "talks", "talks",
           agents=["SDH", "Normandie Container Services", "Hélène Marchal"],
           time=("last Friday", "2027-03-12", "day")),
        # "holding ... to ransom" is a metaphor
        ev("politics.accusation", "accused", "accuse", agents=["Normandie Container Services"],
           patients=["SDH"]),
        # "would not lead to job losses" -> negated; head of the open compound
        ev("economy.layoffs", "losses", "loss", agents=["Normandie Container Services"],
           mod=N),
        # "urged" introduces the talks -> no statement for it
        ev("diplomacy.negotiation", "negotiations", "negotiation",
           agents=["SDH", "Normandie Container Services"], mod=H),
        # requisitioning is no taxonomy event -> statement (third "said")
        ev("politics.statement", "said", "say", occ=2, agents=["Julien Ferrand"]),
        # "this year" bounds the ordinal -> no time
        ev("labor.strike", "strike", "strike", occ=2, agents=["SDH"],
           patients=["Normandie Container Services"], loc=("Le Havre", "FR")),
        # light verb "staged"; "the operator" = Normandie Container Services; the
        # first strike at Le Havre this year
        ev("labor.strike", "walkout", "walkout", agents=["SDH"],
           patients=["Normandie Container Services"], loc=("Le Havre", "FR"),
           time=("February", "2027-02", "month")),
        # transitive cancellation by the operator; "for the rest of the week" is a span
        ev("transport.disruption", "cancelled", "cancel", agents=["Marlin Lines"],
           loc=("Le Havre", "FR"), mod=R),
    ]),
    # published Thu 2026-09-24
    art("en-t5-05", "2026-09-24", "Norges Bank surprises with rate rise", [
        "Norges Bank unexpectedly raised its key interest rate by a quarter point to 4.75 percent on Thursday, wrong-footing economists who had expected it to hold rates until the end of the year.",
        "Governor Eirik Solheim said the weak krone had pushed up import prices faster than the central bank had forecast.",
        "The increase was the bank's first since March 2024, and Solheim signalled that a further rise in December was likely.",
        "Finance Minister Ingrid Aasen criticised the decision, saying it would hurt households already struggling with high mortgage costs.",
        "The opposition Progress Party called for a review of the bank's mandate and accused the government of losing control of inflation.",
        "The krone rose 1.2 percent against the euro after the announcement.",
        "Solheim, whose term ends in February, will be succeeded by deputy governor Kari Lund, the government announced last month.",
    ], [
        # same weekday as published_at
        ev("economy.rate_decision", "raised", "raise", agents=["Norges Bank"],
           time=("Thursday", "2026-09-24", "day")),
        # the expected (and missed) hold -> hypothetical; "until X" gives X
        ev("economy.rate_decision", "hold", "hold", agents=["Norges Bank"],
           time=("end of the year", "2026", "year"), mod=H),
        # sentence 2: a central bank governor is no political speaker -> no event
        # "since March 2024" bounds the ordinal -> no time
        ev("economy.rate_decision", "increase", "increase", agents=["Norges Bank"]),
        ev("economy.rate_decision", "rise", "rise", agents=["Norges Bank"],
           time=("December", "2026-12", "month"), mod=H),
        # "the decision" is a generic anaphor; "saying" is the same speech act
        ev("politics.statement", "criticised", "criticise", agents=["Ingrid Aasen"]),
        ev("politics.statement", "called", "call", agents=["Progress Party"]),
        ev("politics.accusation", "accused", "accuse", agents=["Progress Party"],
           patients=["government"]),
        # sentence 6: exchange rate -> no event
        # announce of a future measure -> hypothetical; "in February" sits in the
        # relative clause, "last month" governs "announced"; both governors are patients
        ev("politics.appointment", "succeeded", "succeed", agents=["government"],
           patients=["Kari Lund", "Eirik Solheim"], mod=H),
    ]),
    # published Wed 2027-02-17
    art("en-t5-06", "2027-02-17", "UK regulator blocks Pawsome's £1.6bn takeover of Cartwright Vets", [
        "Britain's competition regulator on Tuesday blocked Pawsome Health's £1.6 billion takeover of rival veterinary group Cartwright Vets, saying the deal would push up prices for pet owners in large parts of England.",
        "The Competition and Markets Authority said the combined group would have owned more than half of all vet practices in 40 towns, including Carlisle and Truro.",
        "Pawsome, which has bought more than 300 independent practices since 2019, said it would appeal against the ruling at the Competition Appeal Tribunal.",
        "Cartwright's chief executive, Gemma Pryor, said the company would now consider a stock market listing.",
        "The Pet Owners' Alliance, a charity, had accused both groups of raising fees by up to 60 percent in towns where they faced no competition.",
        "The CMA is also investigating whether six large veterinary chains, including both companies, broke consumer law by failing to display prices clearly.",
        "Harrow Capital, the US private equity firm that bought Pawsome in 2021, said it remained committed to the business.",
    ], [
        # blocked -> the takeover will not happen; "on Tuesday" governs "blocked";
        # "the deal" names it again in the same sentence
        ev("economy.acquisition", "takeover", "takeover", agents=["Pawsome Health"],
           patients=["Cartwright Vets"], mod=N),
        # sentence 2: "would have owned" -> no event
        # a series of purchases; "since 2019" -> no time
        ev("economy.acquisition", "bought", "buy", agents=["Pawsome Health"],
           patients=["300 independent practices"]),
        # challenge to the regulator's decision; the regulator's "ruling" is no verdict
        ev("justice.lawsuit", "appeal", "appeal", agents=["Pawsome Health"],
           patients=["Competition and Markets Authority"],
           loc=("Competition Appeal Tribunal", "GB"), mod=R),
        # sentence 4: a listing -> no event
        ev("politics.accusation", "accused", "accuse", agents=["Pet Owners' Alliance"],
           patients=["Pawsome Health", "Cartwright Vets"]),
        ev("politics.investigation", "investigating", "investigate",
           agents=["Competition and Markets Authority"],
           patients=["six large veterinary chains"]),
        ev("economy.acquisition", "bought", "buy", occ=1, agents=["Harrow Capital"],
           patients=["Pawsome Health"], time=("2021", "2021", "year")),
    ]),
    # published Fri 2027-03-26
    art("en-t5-07", "2027-03-26", "Lithuania expels Belarusian diplomats over warehouse arson", [
        "Lithuania on Thursday expelled three Belarusian diplomats and accused Minsk of being behind an arson attack on a logistics warehouse in Kaunas in January.",
        "Prosecutors say two Lithuanian men, who were arrested days after the attack, were paid by a Belarusian intelligence officer working at the embassy in Vilnius.",
        "Belarus denied any involvement and said it would respond in kind, the state news agency Belta reported.",
        "On Friday, Minsk ordered two Lithuanian diplomats to leave the country within 48 hours.",
        "Lithuania's foreign minister, Dovilė Jankauskienė, said the expelled diplomats had also planned attacks on railway lines near the Polish border.",
        "The European Union condemned the arson and said it would consider imposing sanctions on Belarusian intelligence officers.",
        "Lithuania has arrested 14 people on suspicion of sabotage on behalf of Russia or Belarus since 2024.",
    ], [
        # the expulsion is outside the taxonomy; "on Thursday" governs both conjuncts
        ev("politics.accusation", "accused", "accuse", agents=["Lithuania"], patients=["Minsk"],
           time=("Thursday", "2027-03-25", "day")),
        # "being behind" attributes the attack; content of an accusation -> reported
        ev("conflict.attack", "attack", "attack", agents=["Minsk"],
           patients=["logistics warehouse"], loc=("Kaunas", "LT"),
           time=("January", "2027-01", "month"), mod=R),
        ev("justice.arrest", "arrested", "arrest", patients=["two Lithuanian men"], mod=R),
        # later mention: not attributed, keeps the place
        ev("conflict.attack", "attack", "attack", occ=1, patients=["logistics warehouse"],
           loc=("Kaunas", "LT"), mod=R),
        ev("politics.denial", "denied", "deny", agents=["Belarus"], mod=R),
        # a diplomatic response is no threat -> statement
        ev("politics.statement", "said", "say", agents=["Belarus"], mod=R),
        # sentence 4: expulsion -> no event
        # "said" reports an annotated event -> no statement; planned -> hypothetical;
        # "near the Polish border" names no place
        ev("conflict.attack", "attacks", "attack", agents=["three Belarusian diplomats"],
           patients=["railway lines"], mod=H),
        ev("politics.statement", "condemned", "condemn", agents=["European Union"]),
        ev("conflict.attack", "arson", "arson", occ=1, patients=["logistics warehouse"],
           loc=("Kaunas", "LT")),
        ev("economy.sanctions", "sanctions", "sanction", agents=["European Union"],
           patients=["Belarusian intelligence officers"], mod=H),
        # a series of arrests; "since 2024" -> no time; "sabotage" is the charge
        ev("justice.arrest", "arrested", "arrest", occ=1, agents=["Lithuania"],
           patients=["14 people"]),
    ]),
    # published Wed 2025-10-15
    art("en-t5-08", "2025-10-15", "Ransomware attack cripples Ohio hospital", [
        "A ransomware attack on Sunday shut down computer systems at Mercy Ridge Medical Center in Toledo, Ohio, forcing the hospital to cancel hundreds of operations and divert ambulances to other hospitals.",
        "A criminal group calling itself Nightcrawler claimed responsibility on Tuesday and said it had stolen the records of about 280,000 patients.",
        "The FBI is investigating the group, and the hospital said it had not paid a ransom.",
        "Mercy Ridge's chief executive, Alan Pruitt, apologised to patients but said the hospital had upgraded its security systems in 2024.",
        "Ohio Attorney General Dana Whitcomb said her office had opened an investigation into whether the hospital had failed to protect patient data.",
        "Two patients have already sued Mercy Ridge in federal court in Toledo, accusing it of negligence.",
        "In March, police in Kyiv arrested a 31-year-old man suspected of being a member of Nightcrawler, Ukraine's cyber police said.",
    ], [
        # the group claiming it (next sentence) is the agent; cancelled operations and
        # diverted ambulances are no transport disruption
        ev("conflict.attack", "attack", "attack", agents=["Nightcrawler"],
           patients=["Mercy Ridge Medical Center"], loc=("Toledo", "US"),
           time=("Sunday", "2025-10-12", "day")),
        # sentence 2: "claimed responsibility", "stolen" -> no trigger
        ev("politics.investigation", "investigating", "investigate", agents=["FBI"],
           patients=["Nightcrawler"]),
        # sentence 4: a hospital chief is no political speaker; apology not used
        # "her office" -> the attorney general; reported
        ev("politics.investigation", "investigation", "investigation",
           agents=["Dana Whitcomb"], patients=["Mercy Ridge Medical Center"], mod=R),
        ev("justice.lawsuit", "sued", "sue", agents=["Two patients"],
           patients=["Mercy Ridge Medical Center"], loc=("Toledo", "US")),
        ev("politics.accusation", "accusing", "accuse", agents=["Two patients"],
           patients=["Mercy Ridge Medical Center"]),
        # "suspected of" is no accusation trigger
        ev("justice.arrest", "arrested", "arrest", agents=["police"],
           patients=["31-year-old man"], loc=("Kyiv", "UA"), time=("March", "2025-03", "month"),
           mod=R),
    ]),
    # published Tue 2026-07-21
    art("en-t5-09", "2026-07-21", "Wildfire forces 9,000 from their homes in British Columbia", [
        "A wildfire in British Columbia's Okanagan region forced about 9,000 people from their homes on Saturday as strong winds drove the flames towards the town of Lake Sorrel.",
        "Highway 97 was closed between Lake Sorrel and Vernon, and Canadian Western Rail suspended freight services between Kamloops and Vernon.",
        "On Sunday, a water-bombing aircraft crashed near Lake Sorrel while fighting the fire, killing its pilot, the BC Wildfire Service said.",
        "The pilot, 54-year-old Marc Tremblay, had flown for the service for 20 years.",
        "On Monday, RCMP officers arrested a 38-year-old man near Vernon and charged him with deliberately starting a second fire that destroyed 12 homes last week.",
        "Premier Laura Chen, who visited an evacuation centre in Kelowna on Monday, said the province would ask Ottawa to send soldiers.",
        "Environment Canada said no significant rain was expected before Thursday.",
    ], [
        # the evacuation is not annotated; "flames" is the same happening
        ev("disaster.fire", "wildfire", "wildfire", loc=("Okanagan", "CA"),
           time=("Saturday", "2026-07-18", "day")),
        # stative closure: no agent; two places -> the road itself
        ev("transport.obstruction", "closed", "close", loc=("Highway 97", "CA")),
        # transitive suspension by the operator; two places -> the first
        ev("transport.disruption", "suspended", "suspend", agents=["Canadian Western Rail"],
           loc=("Kamloops", "CA")),
        # the pilot's death belongs to the crash; the fire service's attribution
        ev("transport.accident", "crashed", "crash", agents=["water-bombing aircraft"],
           loc=("Lake Sorrel", "CA"), time=("Sunday", "2026-07-19", "day"), mod=R),
        # while-clause: no time; later mention keeps the place
        ev("disaster.fire", "fire", "fire", loc=("Okanagan", "CA"), mod=R),
        # sentence 4: no event
        # fronted time governs both conjuncts with the shared subject
        ev("justice.arrest", "arrested", "arrest", agents=["RCMP"],
           patients=["38-year-old man"], loc=("Vernon", "CA"),
           time=("Monday", "2026-07-20", "day")),
        ev("politics.accusation", "charged", "charge", agents=["RCMP"],
           patients=["38-year-old man"], time=("Monday", "2026-07-20", "day")),
        # inside the accusation's content -> reported; the relative clause gives
        # "last week"; its place is not stated
        ev("disaster.fire", "fire", "fire", occ=1, time=("last week", "2026-W29", "week"),
           mod=R),
        ev("diplomacy.visit", "visited", "visit", agents=["Laura Chen"],
           loc=("Kelowna", "CA"), time=("Monday", "2026-07-20", "day")),
        # asking for soldiers is no taxonomy event -> statement (second "said")
        ev("politics.statement", "said", "say", occ=1, agents=["Laura Chen"]),
        # sentence 7: weather -> no event
    ]),
    # published Thu 2026-06-11
    art("en-t5-10", "2026-06-11", "Voltra recalls 240,000 e-scooters over battery fire risk", [
        "Dutch e-scooter maker Voltra Mobility is recalling 240,000 scooters in Europe and North America because their batteries can overheat, the company said on Wednesday.",
        "French investigators have linked the model, the Voltra S5, to a fire that destroyed an apartment in Lyon in May and injured two children.",
        "The recall comes a month after Voltra launched the S5's successor, the Voltra S6, which uses batteries from a different supplier.",
        "In Germany, the consumer group Verbraucherbund said it was preparing a collective lawsuit on behalf of about 3,000 owners.",
        "The Netherlands Authority for Consumers and Markets has opened an investigation into whether Voltra delayed the recall.",
        "Voltra's chief executive, Pieter de Graaf, resigned on Wednesday, and the board named chief operating officer Sanne Visser as interim chief executive.",
        "Shares in Voltra, which listed in Amsterdam in 2023, fell 18 percent.",
    ], [
        # sentence 1: a recall -> no event
        # "linked" is no attribution; the relative clause realises the fire -> May
        ev("disaster.fire", "fire", "fire", loc=("Lyon", "FR"), time=("May", "2026-05", "month")),
        # "a month after" is vague
        ev("economy.product_launch", "launched", "launch", agents=["Voltra Mobility"],
           patients=["Voltra S6"]),
        # preparing -> hypothetical; fronted place
        ev("justice.lawsuit", "lawsuit", "lawsuit", agents=["Verbraucherbund"],
           patients=["Voltra Mobility"], loc=("Germany", "DE"), mod=H),
        ev("politics.investigation", "investigation", "investigation",
           agents=["Netherlands Authority for Consumers and Markets"],
           patients=["Voltra Mobility"]),
        ev("organization.leadership_change", "resigned", "resign", agents=["Voltra Mobility"],
           patients=["Pieter de Graaf"], time=("Wednesday", "2026-06-10", "day")),
        # second conjunct with its own subject: no time; the board acts for the company
        ev("organization.leadership_change", "named", "name", agents=["Voltra Mobility"],
           patients=["Sanne Visser"]),
        # sentence 7: listing and share price -> no event
    ]),
    # published Tue 2027-08-10
    art("en-t5-11", "2027-08-10", "Peru's president sacks interior minister after protest deaths", [
        "Peru's president, Andrés Villanueva, dismissed Interior Minister Carla Ruiz on Monday, three days after police shot dead two protesters at a demonstration against a copper mine in the southern region of Apurímac.",
        "Ruiz had been accused by opposition lawmakers and human rights groups of authorising the use of live ammunition.",
        "Villanueva named former police general Óscar Medina as her successor and ordered an independent inquiry into the conduct of the officers involved.",
        "Medina, who led the police's anti-drug unit until 2023, is due to be sworn in on Wednesday.",
        "The Apurímac Defence Front, which organised the protests, welcomed the dismissal but said road blockades would continue until the government suspended the mine's licence.",
        "The mine, which is owned by the Chinese group Andes Huaxin Mining, produces about 2 percent of the world's copper.",
        "Opposition lawmakers said they would still seek a censure vote in Congress against the cabinet chief, Luis Paredes.",
    ], [
        # dismissal = appointment type
        ev("politics.appointment", "dismissed", "dismiss", agents=["Andrés Villanueva"],
           patients=["Carla Ruiz"], time=("Monday", "2027-08-09", "day")),
        # after-clause: no time; deaths belong to the shooting
        ev("conflict.attack", "shot", "shoot", agents=["police"], patients=["two protesters"],
           loc=("Apurímac", "PE")),
        # organiser named in sentence 5
        ev("politics.protest", "demonstration", "demonstration",
           agents=["Apurímac Defence Front"], loc=("Apurímac", "PE")),
        ev("politics.accusation", "accused", "accuse",
           agents=["opposition lawmakers", "human rights groups"], patients=["Carla Ruiz"]),
        # "successor" names the same appointment
        ev("politics.appointment", "named", "name", agents=["Andrés Villanueva"],
           patients=["Óscar Medina"]),
        # no executing body named -> the ordering president is the agent
        ev("politics.investigation", "inquiry", "inquiry", agents=["Andrés Villanueva"],
           patients=["officers involved"]),
        # "is due to" -> asserted; the appointing president as agent
        ev("politics.appointment", "sworn", "swear in", agents=["Andrés Villanueva"],
           patients=["Óscar Medina"], time=("Wednesday", "2027-08-11", "day")),
        ev("politics.statement", "welcomed", "welcome", agents=["Apurímac Defence Front"]),
        ev("politics.protest", "protests", "protest", agents=["Apurímac Defence Front"],
           loc=("Apurímac", "PE")),
        ev("politics.appointment", "dismissal", "dismissal", agents=["Andrés Villanueva"],
           patients=["Carla Ruiz"]),
        # would after said -> reported; "said" reports an annotated event
        ev("transport.obstruction", "blockades", "blockade", agents=["Apurímac Defence Front"],
           loc=("Apurímac", "PE"), mod=R),
        # sentence 6: "owned by" -> no event
        # seek -> hypothetical; the named parliament is agent and place
        ev("politics.vote", "vote", "vote", agents=["Congress"], patients=["Luis Paredes"],
           loc=("Congress", "PE"), mod=H),
    ]),
    # published Thu 2027-10-14
    art("en-t5-12", "2027-10-14", "Kyrgyz and Tajik border guards clash, ceasefire agreed", [
        "Kyrgyz and Tajik border guards clashed on Wednesday near the Kyrgyz village of Kök-Tash in a disputed section of the border, killing at least three soldiers, officials in both countries said.",
        "Kyrgyzstan's border service accused Tajik forces of shelling a Kyrgyz border post, a claim Dushanbe rejected.",
        "Tajikistan's foreign ministry said Kyrgyz troops had attacked a Tajik checkpoint first and that its forces had acted in self-defence.",
        "The two governments agreed a ceasefire late on Wednesday after talks between their security chiefs in the Kyrgyz town of Batken.",
        "The truce was largely holding, although both sides reported isolated shooting overnight.",
        "Clashes along the same stretch of border in 2022 killed about 100 people and forced tens of thousands to flee their homes.",
        "The two countries signed a treaty on the demarcation of their 970-kilometre border in 2025, but a short section near Kök-Tash was left undecided.",
    ], [
        # instigator disputed -> no agent (tune4); casualties belong to the clash
        ev("conflict.attack", "clashed", "clash", loc=("Kök-Tash", "KG"),
           time=("Wednesday", "2027-10-13", "day"), mod=R),
        ev("politics.accusation", "accused", "accuse", agents=["Kyrgyzstan's border service"],
           patients=["Tajik forces"]),
        # content of the accusation -> reported; "a claim" is the same accusation
        ev("conflict.attack", "shelling", "shelling", agents=["Tajik forces"],
           patients=["Kyrgyz border post"], mod=R),
        ev("politics.denial", "rejected", "reject", agents=["Dushanbe"]),
        # "said" reports an annotated event -> no statement
        ev("conflict.attack", "attacked", "attack", agents=["Kyrgyz troops"],
           patients=["Tajik checkpoint"], mod=R),
        # "The two governments" = Kyrgyzstan and Tajikistan; Batken belongs to the talks
        ev("conflict.ceasefire", "ceasefire", "ceasefire", agents=["Kyrgyzstan", "Tajikistan"],
           time=("Wednesday", "2027-10-13", "day")),
        ev("diplomacy.negotiation", "talks", "talks", agents=["Kyrgyzstan", "Tajikistan"],
           loc=("Batken", "KG")),
        ev("conflict.ceasefire", "truce", "truce", agents=["Kyrgyzstan", "Tajikistan"]),
        # "overnight" is vague
        ev("conflict.attack", "shooting", "shooting", mod=R),
        # the border spans two countries -> no location
        ev("conflict.attack", "Clashes", "clash", time=("2022", "2022", "year")),
        ev("diplomacy.agreement", "signed", "sign", agents=["Kyrgyzstan", "Tajikistan"],
           time=("2025", "2025", "year")),
    ]),
]

# --------------------------------------------------------------------------
# builder / validator
# --------------------------------------------------------------------------


if __name__ == "__main__":
    sys.exit(main(sets=(("en", EN),), tag="t5", countries=COUNTRIES, doc=__doc__))
