#!/usr/bin/env python3
"""Build the fourth hand-annotated English event TUNING set: en_tune4.jsonl.

12 invented English wire-style articles, written and annotated by hand before
any extraction code ran on them.  Nothing in this file calls newsflow, spaCy
or any other extraction component, and no system output was looked at while
writing it; the held-out files and their builders were not opened.  The specs
name each trigger by its surface string plus an occurrence index (0 = first
whole-word occurrence in the article text); this script only turns them into
character offsets and validates them (standard library only).  Layout,
validation and offset computation are those of build_tune2.py.

Usage:
    python tests/data/events/new/build_tune4_en.py           # validate + write en_tune4.jsonl
    python tests/data/events/new/build_tune4_en.py --check   # validate only, write nothing
                                                             # (exit 1 if the file is stale)
    python tests/data/events/new/build_tune4_en.py -v        # also print per-type counts

Conventions: ../README.md (guidelines) and ./README.md (added types, decisions,
"Second tuning set" ... "Fifth tuning set" sections).  Only the 48 original
types plus life.death, economy.rate_decision and economy.product_launch are
used, but validation accepts every type in event_types.json.

The set concentrates on PATIENTS (who or what is acted on) and on agents in
hard constructions: objects with appositions and name compounds ("sued its
former auditor, Pryce Whitmore,", "buy Dutch rival Kaapstad Marine Data",
"unveiled a new collision-warning system, the Fjord Guard 3,", "sanctions on
Iran's largest shipping line, Pars Maritime, and its chairman, Reza
Tavakoli,"), role nouns and descriptions referring back to a named entity
("the firm", "the union", "the rebels", "the carmaker", "the suspect", "the
34-year-old", "the new prime minister", "the three"), passives with and
without "by" ("was sworn in ... by", "was detained by", "was charged ... by",
"was struck by a drone", "was acquitted"), a reduced relative ("A 34-year-old
man arrested after ...") and a "get"-passive ("who got arrested"), noun
triggers with of/against/on phrases and possessives ("the takeover of
Kaapstad", "Nordvik's acquisition of the Dutch firm", "The charges against
Ferrante", "the attack on the depot", "a strike ... against Aer Lingus",
"Hollweg's departure", "Heald's trial", "the arrest of two men"), compounds
("the Gao attack", "The SIPTU walkout", "rate rise"), intransitive and
particle verbs ("will step down", "took over as", "resigned", "died"),
confidence votes, strikes (patient = the employer), accusations, "opened an
investigation into whether X ...", coordinated objects ("charged the city's
mayor, Carlo Ferrante, and two of his aides, Marco Bellini and Sara Conti,"),
who/which/that relative clauses as subject or object, and event-free
sentences with traps ("shares have been suspended", "analysts called",
"meeting" of a central bank, "fined", "stab wounds", "slide").

Decisions recorded here (besides those of ../README.md and ./README.md):
* The verb "charged (with)" is `politics.accusation` (the English counterpart
  of tune5's „anklagen“); the charging authority is the agent when the text
  names it ("by the Serious Fraud Office", "Prosecutors in Salerno"), else
  there is none ("has been charged ..., Leicestershire Police said").
* A postnominal participle with its own adjuncts is a reduced relative clause,
  not an attributive participle, and is annotated ("A 34-year-old man
  arrested after a stabbing ...", as "companies accused of ..." in
  en.jsonl / en_tune.jsonl); a "get"-passive ("who got arrested") is treated
  like the be-passive.  "a tanker chartered by Pars Maritime" names no event.
* A description of a participant that the article later names ("A 34-year-old
  man" -> "The suspect, Daniel Royce" -> "The 34-year-old") takes the name in
  every mention.
* The place of an arrest is where the article says the arrest happened
  (Braunstone), also for an earlier mention that does not say it; the
  crime's place (Leicester) is not used (tune4).  A later mention of the same
  attack keeps the place of its first mention (tune5 rule for arrests and
  insolvencies), and a place prefix of a compound ("the Gao attack") is the
  place.
* "sanctions on Iran's largest shipping line, Pars Maritime, and its
  chairman, Reza Tavakoli" and "sanctions on two of the group's commanders, A
  and B": the patients are the named entities of the appositions, not the
  possessor (Iran) nor the partitive head.  Later mentions ("condemned the
  sanctions") keep the same agent and patients.
* "the arrest of two men" announced by the police ("announced the arrest")
  is asserted and takes the police as agent.
* An investigation "into whether officers responded too slowly" has the
  officers as patient (as "whether ... Dazhong Mall breached" in en_tune).
* Accusations whose source the article does not name carry no agent, even
  when prosecutors investigate the same matter ("denies the accusations"
  after "Prosecutors opened an investigation").
* "refused calls to resign" -> the resignation is `negated`.
* The elected candidate in a relative clause ("who was elected in 2024") is
  the election's agent (tune4: candidates are agents) and the place is the
  office's city.
* A search of "Ferrante's home and the town hall" has both the person and the
  town hall as patients; "Officers" refers back to the financial police.
* "lost a confidence vote in the Saeima": agent and place are the parliament,
  patient the prime minister; "won the backing of 53 of the Saeima's 100
  members in a vote" has the candidate as patient; "resigned his seat in
  parliament" is `politics.resignation`.
* "parliament is expected to vote on her nomination" after "has nominated" in
  the same sentence: the nomination is the same happening (not annotated
  again); the vote's patient is the nominee.  "would take over as governor
  on December 1 if approved" names the appointment again (tune4 „Amt
  antreten“), agent the nominating president.
* A central bank's policy "meeting" (also "at its next meeting in January")
  is no event (tune5); the time of that meeting is the time of the decision
  taken at it ("to hold rates at its next meeting in January" -> January).
  "rate rise" is an open compound: trigger and lemma "rise".  A regulator's
  fine ("fined the lender ...") is neither `economy.sanctions` nor
  `justice.verdict`.
* A CEO who "resigned" is a leadership change (agent = the company);
  "took over as interim head of the carmaker" has the carmaker in the
  of-phrase as agent; "Hollweg's departure" is a leadership-change mention
  with the possessor as patient.
* Buying a stake in a relative clause ("which bought a 9 percent stake in the
  carmaker in 2023") is an acquisition with the role noun's referent as
  patient and the relative clause's time.
* "the closure" that a union sues over, without a plan word, is `asserted`
  (a decided future closure, like "will invest"); the lawsuit's patient is
  the company ("the company").
* "staged a strike against Aer Lingus": light verb + noun with the employer
  in the against-phrase as patient; the fronted time ("In 2024") is the
  strike's.  In the relative clause "that forced the airline to cancel ...",
  "forced" realises the cancellation (asserted, agent = the airline as
  operator) and the main clause's time does not carry into it.
* "The SIPTU walkout": the compound prefix is the agent (tune2 "Tube strike",
  tune3 decision on compound prefixes).
* "was struck by a drone": the by-phrase is an instrument; nobody claimed the
  attack and "Iran accused Israel of carrying it out" attributes it only
  through a pronoun, so no attack mention has an agent ("carrying it out" has
  no trigger word).  "No group has claimed the attack" negates the claim, not
  the attack (asserted).
* "EU foreign ministers will discuss further sanctions on Tehran when they
  meet in Brussels on Monday": the when-clause's time is the meeting's; the
  sanctions in the main clause get none and are hypothetical.
* The verdict's agent is the jury when the jury convicts or acquits ("A jury
  at Birmingham Crown Court ... convicted", as "A New York jury" in en.jsonl);
  the trial and the sentencing take the court.
* "once the deal closes" is a plain temporal clause: the deal is `asserted`.
* "Storm X brought ... rain ..., flooding the centre of Braga": the flood is a
  participial adjunct and shares the storm's time; a landslide that "buried
  part of the A3 motorway, which remains closed" gives two obstruction
  mentions in one sentence (the blocking obstacle as agent of the first; the
  stative closure has none).  A bridge collapse is `disaster.other` with the
  bridge as place; the municipality that "had closed it to traffic" is the
  closure's agent (tune4 transitive closures).
* A firefighter hurt in a rescue who "died in hospital on Monday" is a
  `life.death` of his own (the storm is not named in that sentence).
"""
from __future__ import annotations

import sys

# the machinery (spec helpers, validation, offsets, --check) is build_tune2's; run as a script,
# this file's folder is on sys.path
from build_tune2 import A, H, N, R, art, ev, main  # noqa: F401 (A is the default modality)

# the article sentences stay one string per line so that they can be read and diffed
# ruff: noqa: E501

COUNTRIES = {
    "BE": "Belgium", "DE": "Germany", "GB": "United Kingdom", "IE": "Ireland",
    "IT": "Italy", "LV": "Latvia", "ML": "Mali", "OM": "Oman", "PT": "Portugal",
}

EN = [
    # published Thu 2025-03-13
    art("en-t4-01", "2025-03-13", "Calloway Marine sues former auditor Pryce Whitmore", [
        "Calloway Marine, the Glasgow-based ferry operator, has sued its former auditor, Pryce Whitmore, for £85 million, accusing the firm of failing to detect false accounting at its freight division.",
        "The lawsuit was filed at the High Court in London on Tuesday.",
        "Pryce Whitmore said it would defend itself and denied any wrongdoing.",
        "The ferry operator's former finance chief, Owen Marsh, was charged in January with fraud and false accounting by the Serious Fraud Office.",
        "Marsh, who was arrested at his home in Paisley last June, has pleaded not guilty and will go on trial in October.",
        "Calloway, whose shares have been suspended since February, said its ferry services to the islands were not affected.",
    ], [
        # object with apposition: the name is the patient; "has sued" carries no time;
        # "Glasgow-based" is attributive and says nothing about where the suit was filed
        ev("justice.lawsuit", "sued", "sue", agents=["Calloway Marine"],
           patients=["Pryce Whitmore"]),
        # participial adjunct; "the firm" = Pryce Whitmore; the failure is no event
        ev("politics.accusation", "accusing", "accuse", agents=["Calloway Marine"],
           patients=["Pryce Whitmore"]),
        # light verb "filed" realises the lawsuit -> Tuesday; "the High Court in London"
        ev("justice.lawsuit", "lawsuit", "lawsuit", agents=["Calloway Marine"],
           patients=["Pryce Whitmore"], loc=("London", "GB"),
           time=("Tuesday", "2025-03-11", "day")),
        # a company's "said it would defend itself" is no statement
        ev("politics.denial", "denied", "deny", agents=["Pryce Whitmore"]),
        # possessive + apposition subject of a passive; the by-phrase (far from the verb)
        # is the charging authority
        ev("politics.accusation", "charged", "charge", agents=["Serious Fraud Office"],
           patients=["Owen Marsh"], time=("January", "2025-01", "month")),
        # relative clause with its own place and time; the arresting body is not stated
        ev("justice.arrest", "arrested", "arrest", patients=["Owen Marsh"],
           loc=("Paisley", "GB"), time=("last June", "2024-06", "month")),
        # a plea of not guilty is a denial
        ev("politics.denial", "pleaded", "plead", agents=["Owen Marsh"]),
        # "go on trial": light verb + noun; no court named -> no agent; scheduled "will"
        ev("justice.trial", "trial", "trial", patients=["Owen Marsh"],
           time=("October", "2025-10", "month")),
        # last sentence: share trading "suspended" is no transport.disruption -> no event
    ]),
    # published Tue 2025-09-16
    art("en-t4-02", "2025-09-16", "Man charged after stabbing outside Leicester nightclub", [
        "A 34-year-old man arrested after a stabbing outside a Leicester nightclub has been charged with attempted murder, Leicestershire Police said on Tuesday.",
        "The suspect, Daniel Royce, was detained by armed officers at a flat in Braunstone on Saturday, hours after the attack on a 22-year-old student.",
        "The student was taken to hospital with stab wounds and is in a stable condition.",
        "Police also announced the arrest of two men, aged 19 and 23, on suspicion of assisting an offender.",
        "The 34-year-old, who got arrested over a drink-driving offence in 2019, is due to appear before Leicester Magistrates' Court on Wednesday.",
        "The Independent Office for Police Conduct has opened an investigation into whether officers responded too slowly to calls from the nightclub.",
    ], [
        # reduced relative; "A 34-year-old man" is named in the next sentence; the arrest
        # happened in Braunstone (sentence 2), not at the crime scene; the whole sentence
        # is the police's report -> reported
        ev("justice.arrest", "arrested", "arrest", agents=["Leicestershire Police"],
           patients=["Daniel Royce"], loc=("Braunstone", "GB"), mod=R),
        # victim named in the next sentence; the clause attributes the act to nobody
        ev("conflict.attack", "stabbing", "stabbing", patients=["22-year-old student"],
           loc=("Leicester", "GB"), mod=R),
        # agentless passive; "on Tuesday" governs "said"
        ev("politics.accusation", "charged", "charge", patients=["Daniel Royce"], mod=R),
        # "The suspect, Daniel Royce": role noun + apposition; passive with "by"
        ev("justice.arrest", "detained", "detain", agents=["armed officers"],
           patients=["Daniel Royce"], loc=("Braunstone", "GB"),
           time=("Saturday", "2025-09-13", "day")),
        # of-phrase victim; later mention keeps the first mention's place; "hours after"
        # is no time
        ev("conflict.attack", "attack", "attack", patients=["22-year-old student"],
           loc=("Leicester", "GB")),
        # sentence 3: "stab wounds" is no new mention -> no event
        # noun + of-phrase; "announced" realises the arrest; place not stated
        ev("justice.arrest", "arrest", "arrest", agents=["Leicestershire Police"],
           patients=["two men"]),
        # "The 34-year-old" = Daniel Royce; get-passive in a relative clause with its own time
        ev("justice.arrest", "arrested", "arrest", occ=1, patients=["Daniel Royce"],
           time=("2019", "2019", "year")),
        ev("justice.trial", "appear", "appear", agents=["Leicester Magistrates' Court"],
           patients=["Daniel Royce"], loc=("Leicester", "GB"),
           time=("Wednesday", "2025-09-17", "day")),
        # "into whether officers ..." -> the officers are the patient
        ev("politics.investigation", "investigation", "investigation",
           agents=["Independent Office for Police Conduct"], patients=["officers"]),
    ]),
    # published Wed 2025-06-04
    art("en-t4-03", "2025-06-04", "Nordvik Systems agrees to buy Dutch rival Kaapstad Marine Data", [
        "Nordvik Systems, the Norwegian maker of ship navigation software, has agreed to buy Dutch rival Kaapstad Marine Data for 1.1 billion euros, the companies said on Tuesday.",
        "The takeover of Kaapstad, which is based in Rotterdam, would give Nordvik about a third of the global market for electronic chart systems.",
        "Nordvik's acquisition of the Dutch firm is its second this year after Pohjola Sense, a Finnish radar maker that it bought in February.",
        "Kaapstad's founder and chief executive, Willem Brouwer, will step down once the deal closes.",
        "Nordvik said it planned no job cuts at Kaapstad, whose 900 employees are mostly in the Netherlands and Belgium.",
        "Shares in Nordvik rose 6 percent in Oslo, and analysts called the price a bargain.",
        "Nordvik also unveiled a new collision-warning system, the Fjord Guard 3, at a maritime trade fair in Hamburg on Tuesday.",
    ], [
        # name compound object ("Dutch rival Kaapstad Marine Data"); agreed to -> hypothetical
        ev("economy.acquisition", "buy", "buy", agents=["Nordvik Systems"],
           patients=["Kaapstad Marine Data"], mod=H),
        # of-phrase patient, buyer from context; conditional "would" -> hypothetical;
        # Rotterdam is where the target sits, not where the takeover happens
        ev("economy.acquisition", "takeover", "takeover", agents=["Nordvik Systems"],
           patients=["Kaapstad Marine Data"], mod=H),
        # possessive = buyer, "of the Dutch firm" = Kaapstad; "this year" bounds the ordinal
        ev("economy.acquisition", "acquisition", "acquisition", agents=["Nordvik Systems"],
           patients=["Kaapstad Marine Data"]),
        # relative clause whose pronoun is the object; "it" = Nordvik
        ev("economy.acquisition", "bought", "buy", agents=["Nordvik Systems"],
           patients=["Pohjola Sense"], time=("February", "2025-02", "month")),
        # possessive + apposition subject of an intransitive particle verb -> patient
        ev("organization.leadership_change", "step", "step down",
           agents=["Kaapstad Marine Data"], patients=["Willem Brouwer"]),
        # plain temporal clause -> asserted
        ev("economy.acquisition", "deal", "deal", agents=["Nordvik Systems"],
           patients=["Kaapstad Marine Data"]),
        # "planned no job cuts" -> negated (as "plans no job cuts" in en_tune)
        ev("economy.layoffs", "cuts", "cut", agents=["Nordvik Systems"], mod=N),
        # sentence 6: share prices and analysts' "called" -> no event
        ev("economy.product_launch", "unveiled", "unveil", agents=["Nordvik Systems"],
           patients=["Fjord Guard 3"], loc=("Hamburg", "DE"),
           time=("Tuesday", "2025-06-03", "day")),
    ]),
    # published Fri 2025-11-28
    art("en-t4-04", "2025-11-28", "Ozola sworn in as Latvian prime minister", [
        "Baiba Ozola was sworn in as Latvia's prime minister by President Jānis Vītols in Riga on Thursday, two weeks after her predecessor, Andris Kalniņš, lost a confidence vote in the Saeima.",
        "The new prime minister, a 47-year-old former foreign minister, won the backing of 53 of the Saeima's 100 members in a vote on Wednesday.",
        "Kalniņš, who had been accused by the opposition of covering up a procurement scandal, has also resigned his seat in parliament.",
        "Prosecutors opened an investigation in September into whether the former health minister, Rihards Zeltiņš, had rigged a tender for ambulances.",
        "Zeltiņš, who resigned in August, denies the accusations.",
    ], [
        # passive with "by": the president swears in; Ozola is the patient
        ev("politics.appointment", "sworn", "swear in", agents=["Jānis Vītols"],
           patients=["Baiba Ozola"], loc=("Riga", "LV"),
           time=("Thursday", "2025-11-27", "day")),
        # the one who faces the vote is the patient; a named parliament is agent and place;
        # after-clause -> no time
        ev("politics.vote", "vote", "vote", agents=["Saeima"], patients=["Andris Kalniņš"],
           loc=("Saeima", "LV")),
        # "The new prime minister" = Baiba Ozola, the candidate put to the vote
        ev("politics.vote", "vote", "vote", occ=1, agents=["Saeima"], patients=["Baiba Ozola"],
           loc=("Saeima", "LV"), time=("Wednesday", "2025-11-26", "day")),
        # relative clause (subject), passive with "by"
        ev("politics.accusation", "accused", "accuse", agents=["opposition"],
           patients=["Andris Kalniņš"]),
        # giving up a seat in parliament = resignation from a public office
        ev("politics.resignation", "resigned", "resign", agents=["Andris Kalniņš"]),
        # "into whether X had ...": X (apposition) is the patient
        ev("politics.investigation", "investigation", "investigation", agents=["Prosecutors"],
           patients=["Rihards Zeltiņš"], time=("September", "2025-09", "month")),
        ev("politics.resignation", "resigned", "resign", occ=1, agents=["Rihards Zeltiņš"],
           time=("August", "2025-08", "month")),
        ev("politics.denial", "denies", "deny", agents=["Rihards Zeltiņš"]),
        # the accuser is not named (the prosecutors investigate; they are not said to accuse)
        ev("politics.accusation", "accusations", "accusation", patients=["Rihards Zeltiņš"]),
    ]),
    # published Mon 2025-04-14
    art("en-t4-05", "2025-04-14", "Rebels attack fuel depot near Gao, EU sanctions commanders", [
        "Fighters of the Sahel Liberation Front attacked a fuel depot outside the Malian city of Gao early on Sunday, killing three guards, the army said.",
        "The attack on the depot was the largest by the rebels since they overran an army post near Ménaka in March.",
        "Mali's military government accused Algeria of sheltering the group's leaders and recalled its ambassador from Algiers.",
        "Algiers condemned the Gao attack but denied the allegation.",
        "The European Union on Monday imposed sanctions on two of the group's commanders, Ahmed ag Moussa and Hamid Ould Sidi, freezing their assets.",
        "Last week, gunmen ambushed a food convoy on the road between Gao and Ménaka, the UN mission in Mali said.",
    ], [
        # fighters of a named group take the group's name (tune5); casualties belong to the
        # attack; the army's attribution -> reported
        ev("conflict.attack", "attacked", "attack", agents=["Sahel Liberation Front"],
           patients=["fuel depot"], loc=("Gao", "ML"), time=("Sunday", "2025-04-13", "day"),
           mod=R),
        # of-phrase patient; "by the rebels" = the front
        ev("conflict.attack", "attack", "attack", agents=["Sahel Liberation Front"],
           patients=["fuel depot"], loc=("Gao", "ML")),
        # since-clause with its own time
        ev("conflict.attack", "overran", "overrun", agents=["Sahel Liberation Front"],
           patients=["army post"], loc=("Ménaka", "ML"), time=("March", "2025-03", "month")),
        # "recalled its ambassador" is no taxonomy event
        ev("politics.accusation", "accused", "accuse", agents=["Mali's military government"],
           patients=["Algeria"]),
        # capital standing for the government, as written; evaluative verb -> statement
        ev("politics.statement", "condemned", "condemn", agents=["Algiers"]),
        # compound with a place prefix
        ev("conflict.attack", "attack", "attack", occ=1, agents=["Sahel Liberation Front"],
           patients=["fuel depot"], loc=("Gao", "ML")),
        ev("politics.denial", "denied", "deny", agents=["Algiers"]),
        ev("politics.accusation", "allegation", "allegation",
           agents=["Mali's military government"], patients=["Algeria"]),
        # partitive + apposition: the two names are the patients; same weekday as
        # published_at; "freezing their assets" is the same happening
        ev("economy.sanctions", "sanctions", "sanction", agents=["European Union"],
           patients=["Ahmed ag Moussa", "Hamid Ould Sidi"],
           time=("Monday", "2025-04-14", "day")),
        # two places -> the first; reported by the UN mission
        ev("conflict.attack", "ambushed", "ambush", agents=["gunmen"], patients=["food convoy"],
           loc=("Gao", "ML"), time=("Last week", "2025-W15", "week"), mod=R),
    ]),
    # published Wed 2026-01-21
    art("en-t4-06", "2026-01-21", "Dublin Airport baggage handlers to strike on Friday", [
        "Baggage handlers at Dublin Airport will strike for 24 hours from Friday after pay talks with their employer, the ground services company Skyport Handling, broke down, the SIPTU union said on Wednesday.",
        "The SIPTU walkout, the first at the airport since 2019, is expected to disrupt more than 300 flights.",
        "Skyport accused the union of putting the holidays of thousands of families at risk and said it had offered a 5 percent pay rise.",
        "Aer Lingus and Ryanair said they would cancel some early-morning departures but expected most flights to operate.",
        "In 2024, the pilots' union IALPA staged a strike against Aer Lingus that forced the airline to cancel more than 1,000 flights.",
        "Transport Minister Ciarán Dolan urged both sides to return to talks.",
    ], [
        # the union is the agent although the handlers are the subject; the employer
        # (apposition to "their employer") is the patient; the union's report -> reported
        ev("labor.strike", "strike", "strike", agents=["SIPTU"], patients=["Skyport Handling"],
           loc=("Dublin Airport", "IE"), time=("Friday", "2026-01-23", "day"), mod=R),
        # after-clause: no time; the talks' place is not stated
        ev("diplomacy.negotiation", "talks", "talks", agents=["SIPTU", "Skyport Handling"],
           mod=R),
        # compound prefix = agent; "since 2019" bounds the ordinal -> no time
        ev("labor.strike", "walkout", "walkout", agents=["SIPTU"], patients=["Skyport Handling"],
           loc=("Dublin Airport", "IE")),
        # disruption carries no agent; expected -> hypothetical
        ev("transport.disruption", "disrupt", "disrupt", loc=("Dublin Airport", "IE"), mod=H),
        # "the union" = SIPTU; "pay rise" is no rate decision
        ev("politics.accusation", "accused", "accuse", agents=["Skyport Handling"],
           patients=["SIPTU"]),
        # transitive with the operators as subject; would after said -> reported
        ev("transport.disruption", "cancel", "cancel", agents=["Aer Lingus", "Ryanair"],
           loc=("Dublin Airport", "IE"), mod=R),
        # light verb "staged" + noun; employer in the against-phrase
        ev("labor.strike", "strike", "strike", occ=1, agents=["IALPA"], patients=["Aer Lingus"],
           time=("2024", "2024", "year")),
        # relative clause: "forced" realises the cancellation; "the airline" = Aer Lingus;
        # the main clause's time does not carry into the relative clause
        ev("transport.disruption", "cancel", "cancel", occ=1, agents=["Aer Lingus"]),
        # "urged" introduces the talks -> no statement
        ev("diplomacy.negotiation", "talks", "talks", occ=1, agents=["SIPTU", "Skyport Handling"],
           mod=H),
    ]),
    # published Thu 2025-10-30
    art("en-t4-07", "2025-10-30", "Romanian central bank raises rates as governor prepares to leave", [
        "The National Bank of Romania raised its key interest rate by half a point to 7 percent on Wednesday, its first increase since 2023, as inflation climbed above 8 percent.",
        "It was the last meeting chaired by Governor Mihai Dragomir, who will step down at the end of November after 12 years in office.",
        "President Radu Enescu has nominated deputy governor Elena Pîrvu to succeed him, and parliament is expected to vote on her nomination next week.",
        "Pîrvu, 51, would take over as governor on December 1 if approved.",
        "Finance Minister Tudor Albu criticised the rate rise, saying it would hurt small businesses.",
        "The central bank also fined the lender Banca Carpatica 2 million lei for breaching lending rules.",
        "Analysts expect the bank to hold rates at its next meeting in January.",
    ], [
        # "increase" names the same decision in the same sentence -> not annotated
        ev("economy.rate_decision", "raised", "raise", agents=["National Bank of Romania"],
           time=("Wednesday", "2025-10-29", "day")),
        # a central bank governor holds a public office (tune4); the policy meeting is no
        # event; relative clause with its own time; "after 12 years" is a duration
        ev("politics.resignation", "step", "step down", agents=["Mihai Dragomir"],
           time=("end of November", "2025-11", "month")),
        # name compound object; "to succeed him" and "her nomination" name the same change
        ev("politics.appointment", "nominated", "nominate", agents=["Radu Enescu"],
           patients=["Elena Pîrvu"]),
        # the nominee put to the vote is the patient
        ev("politics.vote", "vote", "vote", agents=["parliament"], patients=["Elena Pîrvu"],
           time=("next week", "2025-W45", "week"), mod=H),
        # taking office names the appointment again; would + if -> hypothetical
        ev("politics.appointment", "take", "take over", agents=["Radu Enescu"],
           patients=["Elena Pîrvu"], time=("December 1", "2025-12-01", "day"), mod=H),
        # evaluative verb stays a statement; "saying" is the same speech act
        ev("politics.statement", "criticised", "criticise", agents=["Tudor Albu"]),
        # open compound "rate rise" -> head noun
        ev("economy.rate_decision", "rise", "rise", agents=["National Bank of Romania"]),
        # sentence 6: a regulator's fine -> no event
        # "the bank" = National Bank of Romania; "in January" dates the decision's meeting
        ev("economy.rate_decision", "hold", "hold", agents=["National Bank of Romania"],
           time=("January", "2026-01", "month"), mod=H),
    ]),
    # published Mon 2025-10-20
    art("en-t4-08", "2025-10-20", "Storm Amara floods northern Portugal", [
        "Storm Amara brought torrential rain to northern Portugal on Sunday, flooding the centre of Braga and forcing hundreds of people from their homes.",
        "A landslide near Famalicão buried part of the A3 motorway, which remains closed between Braga and Porto.",
        "The Prado bridge over the river Cávado collapsed on Sunday evening, hours after the municipality of Vila Verde had closed it to traffic.",
        "Rui Tavares, a firefighter who was hurt during a rescue in Amares on Saturday, died in hospital on Monday, the civil protection agency said.",
        "Prime Minister Paulo Serrano visited Braga on Monday and promised emergency aid to farmers in the region.",
    ], [
        # named event: the common-noun part; "northern Portugal" -> Portugal
        ev("disaster.storm", "Storm", "storm", loc=("Portugal", "PT"),
           time=("Sunday", "2025-10-19", "day")),
        # participial adjunct shares the time
        ev("disaster.flood", "flooding", "flooding", loc=("Braga", "PT"),
           time=("Sunday", "2025-10-19", "day")),
        ev("disaster.other", "landslide", "landslide", loc=("Famalicão", "PT")),
        # the blocking obstacle is the agent
        ev("transport.obstruction", "buried", "bury", agents=["landslide"], loc=("A3", "PT")),
        # stative closure in a relative clause: a second happening, no agent
        ev("transport.obstruction", "closed", "close", loc=("A3", "PT")),
        # structural collapse
        ev("disaster.other", "collapsed", "collapse", loc=("Prado bridge", "PT"),
           time=("Sunday evening", "2025-10-19", "day")),
        # transitive closure by an authority; after-clause -> no time
        ev("transport.obstruction", "closed", "close", occ=1,
           agents=["municipality of Vila Verde"], loc=("Prado bridge", "PT")),
        # the storm is not named in this sentence -> death of its own; the place of death
        # is not named; same weekday as published_at
        ev("life.death", "died", "die", patients=["Rui Tavares"],
           time=("Monday", "2025-10-20", "day"), mod=R),
        ev("diplomacy.visit", "visited", "visit", agents=["Paulo Serrano"], loc=("Braga", "PT"),
           time=("Monday", "2025-10-20", "day")),
        # emergency aid is not among the types used -> plain statement
        ev("politics.statement", "promised", "promise", agents=["Paulo Serrano"]),
    ]),
    # published Fri 2026-03-06
    art("en-t4-09", "2026-03-06", "Salerno mayor charged with corruption", [
        "Prosecutors in Salerno on Thursday charged the city's mayor, Carlo Ferrante, and two of his aides, Marco Bellini and Sara Conti, with corruption over the award of waste-collection contracts.",
        "The charges against Ferrante, who was elected in 2024 on an anti-corruption platform, follow a two-year investigation of the three by the financial police.",
        "Officers searched Ferrante's home and the town hall in March last year, seizing documents and 40,000 euros in cash.",
        "Ferrante, who denies wrongdoing, has refused calls to resign.",
        "Interior Minister Paolo Greco said the government would consider dissolving the city council.",
        "The opposition Democratic Party has called for a no-confidence vote against Ferrante in the city council.",
    ], [
        # coordinated objects with appositions: all three names are patients
        ev("politics.accusation", "charged", "charge", agents=["Prosecutors"],
           patients=["Carlo Ferrante", "Marco Bellini", "Sara Conti"], loc=("Salerno", "IT"),
           time=("Thursday", "2026-03-05", "day")),
        # against-phrase patient; later mention keeps the first mention's place
        ev("politics.accusation", "charges", "charge", agents=["Prosecutors"],
           patients=["Carlo Ferrante"], loc=("Salerno", "IT")),
        # candidates are the agents of an election (tune4)
        ev("politics.election", "elected", "elect", agents=["Carlo Ferrante"],
           loc=("Salerno", "IT"), time=("2024", "2024", "year")),
        # "the three" = the mayor and his two aides; passive-like by-phrase = agent
        ev("politics.investigation", "investigation", "investigation",
           agents=["financial police"], patients=["Carlo Ferrante", "Marco Bellini", "Sara Conti"]),
        # search = investigation; "Officers" = the financial police; whose premises ->
        # patients; seizing documents is not annotated
        ev("politics.investigation", "searched", "search", agents=["financial police"],
           patients=["Carlo Ferrante", "town hall"], loc=("Salerno", "IT"),
           time=("March last year", "2025-03", "month")),
        ev("politics.denial", "denies", "deny", agents=["Carlo Ferrante"]),
        # refused calls -> the resignation will not happen
        ev("politics.resignation", "resign", "resign", agents=["Carlo Ferrante"], mod=N),
        # dissolving a council is no taxonomy event -> statement
        ev("politics.statement", "said", "say", agents=["Paolo Greco"]),
        # "called for" introduces the vote -> no statement; the person facing it is the patient
        ev("politics.vote", "vote", "vote", agents=["city council"], patients=["Carlo Ferrante"],
           mod=H),
    ]),
    # published Tue 2024-11-12
    art("en-t4-10", "2024-11-12", "Altmark Motoren chief quits, finance head takes over", [
        "German carmaker Altmark Motoren said on Monday that its chief executive, Jens Hollweg, had resigned with immediate effect after the company's third profit warning this year.",
        "Finance chief Sabine Kreutzer took over as interim head of the carmaker on Tuesday.",
        "Hollweg's departure comes two months after Altmark said it would close its engine plant in Zwickau and cut 2,400 jobs.",
        "The IG Metall union has sued the company over the closure and accused the board of sacrificing Zwickau to protect the dividend.",
        "Chinese battery maker Qinghe Power, which bought a 9 percent stake in the carmaker in 2023, said it backed the board.",
        "Shares in Altmark fell 7 percent in Frankfurt on Tuesday, extending this year's slide to more than 40 percent.",
    ], [
        # a CEO resigning = leadership change, agent = the company; "on Monday" governs "said"
        ev("organization.leadership_change", "resigned", "resign", agents=["Altmark Motoren"],
           patients=["Jens Hollweg"], mod=R),
        # "the carmaker" in the of-phrase = the organisation; same weekday as published_at
        ev("organization.leadership_change", "took", "take over", agents=["Altmark Motoren"],
           patients=["Sabine Kreutzer"], time=("Tuesday", "2024-11-12", "day")),
        # possessive = the person leaving
        ev("organization.leadership_change", "departure", "departure",
           agents=["Altmark Motoren"], patients=["Jens Hollweg"]),
        # after-clause + would after said -> reported, no time
        ev("economy.facility", "close", "close", agents=["Altmark Motoren"],
           loc=("Zwickau", "DE"), mod=R),
        ev("economy.layoffs", "cut", "cut", agents=["Altmark Motoren"], mod=R),
        # "the company" = Altmark Motoren
        ev("justice.lawsuit", "sued", "sue", agents=["IG Metall"], patients=["Altmark Motoren"]),
        # a decided closure without a plan word -> asserted
        ev("economy.facility", "closure", "closure", agents=["Altmark Motoren"],
           loc=("Zwickau", "DE")),
        ev("politics.accusation", "accused", "accuse", agents=["IG Metall"], patients=["board"]),
        # stake purchase in a relative clause; "the carmaker" = Altmark Motoren
        ev("economy.acquisition", "bought", "buy", agents=["Qinghe Power"],
           patients=["Altmark Motoren"], time=("2023", "2023", "year")),
        # sentence 6: share prices -> no event
    ]),
    # published Thu 2024-06-20
    art("en-t4-11", "2024-06-20", "US sanctions Iranian shipping line, tanker struck off Oman", [
        "The United States on Wednesday imposed sanctions on Iran's largest shipping line, Pars Maritime, and its chairman, Reza Tavakoli, accusing them of smuggling Iranian oil to China.",
        "Tehran condemned the sanctions as illegal and summoned the Swiss ambassador, who represents US interests in Iran.",
        "Hours later, a tanker chartered by Pars Maritime was struck by a drone off the coast of Oman, the British maritime agency UKMTO said.",
        "No group has claimed the attack on the vessel, but Iran accused Israel of carrying it out.",
        "Israel's foreign ministry rejected the allegation.",
        "EU foreign ministers will discuss further sanctions on Tehran when they meet in Brussels on Monday.",
    ], [
        # on-phrase with a possessor and two appositions: the named line and its chairman
        ev("economy.sanctions", "sanctions", "sanction", agents=["United States"],
           patients=["Pars Maritime", "Reza Tavakoli"], time=("Wednesday", "2024-06-19", "day")),
        # participial adjunct shares subject and time; "them" = both; smuggling is no event
        ev("politics.accusation", "accusing", "accuse", agents=["United States"],
           patients=["Pars Maritime", "Reza Tavakoli"], time=("Wednesday", "2024-06-19", "day")),
        ev("politics.statement", "condemned", "condemn", agents=["Tehran"]),
        # a later mention keeps agent and patients; summoning an ambassador is no event
        ev("economy.sanctions", "sanctions", "sanction", occ=1, agents=["United States"],
           patients=["Pars Maritime", "Reza Tavakoli"]),
        # "by a drone" is an instrument; "chartered by" names no event; "Hours later" is
        # vague; at sea off Oman -> Oman
        ev("conflict.attack", "struck", "strike", patients=["tanker"], loc=("Oman", "OM"), mod=R),
        # "the vessel" = the tanker; the negation targets the claim, not the attack
        ev("conflict.attack", "attack", "attack", patients=["tanker"], loc=("Oman", "OM")),
        # "carrying it out": pronoun object, no trigger word
        ev("politics.accusation", "accused", "accuse", agents=["Iran"], patients=["Israel"]),
        # "rejected the allegation" = denial + accusation
        ev("politics.denial", "rejected", "reject", agents=["Israel's foreign ministry"]),
        ev("politics.accusation", "allegation", "allegation", agents=["Iran"],
           patients=["Israel"]),
        # discussing -> possible sanctions; the when-clause's time is the meeting's
        ev("economy.sanctions", "sanctions", "sanction", occ=2, agents=["EU"],
           patients=["Tehran"], mod=H),
        ev("diplomacy.meeting", "meet", "meet", agents=["EU foreign ministers"],
           loc=("Brussels", "BE"), time=("Monday", "2024-06-24", "day")),
    ]),
    # published Fri 2024-09-27
    art("en-t4-12", "2024-09-27", "Care home owner convicted of defrauding the NHS", [
        "A jury at Birmingham Crown Court on Thursday convicted Marcus Heald, 58, the former owner of a chain of care homes, of defrauding the NHS of £3.4 million.",
        "Heald's co-defendant, his former accountant Tessa Lowe, was acquitted of all charges.",
        "Heald's trial, which began in August, heard that he had billed the health service for care that was never provided.",
        "The 58-year-old, who had denied the charges, will be sentenced on November 8.",
        "He was arrested in 2021 after officials at the Department of Health raised concerns about invoices from his company, Meadowcare.",
        "The Crown Prosecution Service said it was considering charges against two of Meadowcare's former managers.",
        "Arden Valley NHS Trust is also suing Heald's wife, Clare Heald, who received some of the money.",
    ], [
        # the jury convicts (as "A New York jury" in en.jsonl); the court in the name gives
        # the place; apposition chain after the name; defrauding is no event
        ev("justice.verdict", "convicted", "convict", agents=["jury"], patients=["Marcus Heald"],
           loc=("Birmingham", "GB"), time=("Thursday", "2024-09-26", "day")),
        # possessive + apposition subject of an agentless passive
        ev("justice.verdict", "acquitted", "acquit", agents=["jury"], patients=["Tessa Lowe"],
           loc=("Birmingham", "GB")),
        # the charges were brought (a different happening); prosecutor named in sentence 6
        ev("politics.accusation", "charges", "charge", agents=["Crown Prosecution Service"],
           patients=["Tessa Lowe"]),
        # possessive trial; the co-defendant was tried in the same trial; the relative
        # clause realises the trial -> August
        ev("justice.trial", "trial", "trial", agents=["Birmingham Crown Court"],
           patients=["Marcus Heald", "Tessa Lowe"], loc=("Birmingham", "GB"),
           time=("August", "2024-08", "month")),
        # "The 58-year-old" = Marcus Heald; denial + accusation
        ev("politics.denial", "denied", "deny", agents=["Marcus Heald"]),
        ev("politics.accusation", "charges", "charge", occ=1,
           agents=["Crown Prosecution Service"], patients=["Marcus Heald"]),
        ev("justice.verdict", "sentenced", "sentence", agents=["Birmingham Crown Court"],
           patients=["Marcus Heald"], loc=("Birmingham", "GB"),
           time=("November 8", "2024-11-08", "day")),
        # "He" = Marcus Heald; arresting body and place not stated
        ev("justice.arrest", "arrested", "arrest", patients=["Marcus Heald"],
           time=("2021", "2021", "year")),
        # considering -> hypothetical; a company's staff as patient
        ev("politics.accusation", "charges", "charge", occ=2,
           agents=["Crown Prosecution Service"],
           patients=["two of Meadowcare's former managers"], mod=H),
        # possessive + apposition object
        ev("justice.lawsuit", "suing", "sue", agents=["Arden Valley NHS Trust"],
           patients=["Clare Heald"]),
    ]),
]

# --------------------------------------------------------------------------
# builder / validator
# --------------------------------------------------------------------------


if __name__ == "__main__":
    sys.exit(main(sets=(("en", EN),), tag="t4", countries=COUNTRIES, doc=__doc__))
