"""The user's seed article through the default pipelines: who said what, what happened,
and one entity per person. These are the outputs the issues name explicitly."""

import json

import pytest

from service.extract.pipeline import Extractor
from tests.conftest import ROOT, assert_valid


@pytest.fixture(scope="module")
def record():
    raw = json.loads((ROOT / "seeds" / "seed_de.json").read_text(encoding="utf-8"))
    out = Extractor().enrich_many([raw])[0]
    assert_valid("enriched_article", out)
    return out


@pytest.fixture(scope="module")
def entity_names(record):
    return {e["id"]: e["name"] for e in record["entities"]}


def speaker_name(quote, names):
    return names.get((quote["speaker"] or {}).get("entity_id"))


def test_runs_on_the_project_german_pipeline(record):
    assert record["language"] == "de"
    assert record["processor"]["pipeline"]["name"] == "de_newsflow_sm"


def test_putin_is_one_entity_with_all_mentions(record):
    text = record["text"]
    putin = [e for e in record["entities"] if e["name"] == "Wladimir Putin"]
    assert len(putin) == 1 and putin[0]["type"] == "PER"
    mentioned = {m["start"] for m in putin[0]["mentions"]}
    expected = {i for i in range(len(text)) if text.startswith("Putin", i)} - {
        text.index("Wladimir Putin") + len("Wladimir ")}
    assert expected <= mentioned  # every "Putin"/"Putins" in the text
    assert not [e for e in record["entities"] if e["type"] == "PER" and "Putin" in e["name"]
                and e is not putin[0]]


def test_three_direct_quotes_by_putin(record, entity_names):
    direct = [q for q in record["quotes"] if q["kind"] == "direct"]
    assert [q["text"][:30] for q in direct] == [
        "Es gab damals keine Kontakte, ", "Einmal wurden wir dafür beschu",
        "Der Kongress selbst kam zu dem"]
    assert [speaker_name(q, entity_names) for q in direct] == ["Wladimir Putin"] * 3
    assert [q["cue"] and q["cue"]["lemma"] for q in direct] == ["betonen", "bemerken", None]


def test_mixed_quote_voelliger_unsinn(record, entity_names):
    mixed = [q for q in record["quotes"] if q["kind"] == "mixed"]
    assert [(q["text"], q["cue"]["lemma"], speaker_name(q, entity_names)) for q in mixed] == [
        ("völligen Unsinn", "abtun", "Wladimir Putin")]


def test_reported_speech_after_erklaerte_dass(record, entity_names):
    reported = [q for q in record["quotes"]
                if q["kind"] == "indirect" and q["cue"]["lemma"] == "erklären"]
    assert len(reported) == 1
    assert reported[0]["text"].startswith("frühere US-Untersuchungen solche Verbindungen")
    assert speaker_name(reported[0], entity_names) == "Wladimir Putin"


def events_of(record, etype):
    return [e for e in record["events"] if e["type"] == etype]


def test_press_conference_in_kasan(record):
    (event,) = [e for e in events_of(record, "diplomacy.press_conference")]
    assert event["trigger"]["text"] == "Pressekonferenz"
    assert event["location"]["text"] == "Kasan" and event["location"]["country"] == "RU"


def test_us_election_on_5_november(record):
    timed = [e for e in events_of(record, "politics.election")
             if e["time"] and e["time"].get("text")]
    assert [(e["time"]["value"], e["time"]["granularity"]) for e in timed] == [
        ("2024-11-05", "day")]


def test_ukraine_escalation_in_2022(record):
    (event,) = events_of(record, "conflict.escalation")
    assert event["trigger"]["text"] == "Eskalation"
    assert (event["time"]["value"], event["time"]["granularity"]) == ("2022", "year")


def test_sanctions_regime_under_biden(record):
    (event,) = events_of(record, "economy.sanctions")
    assert event["trigger"]["text"] == "Sanktionsregime"
    assert any("Biden" in a["text"] for a in event["actors"])


def test_putins_denial(record, entity_names):
    (denial,) = [e for e in events_of(record, "politics.denial")
                 if e["trigger"]["lemma"] == "abtun"]
    agents = [entity_names.get(a.get("entity_id")) for a in denial["actors"]
              if a["role"] == "agent"]
    assert agents == ["Wladimir Putin"]


def test_dates_normalised_against_published_at(record):
    assert {(d["text"], d["value"]) for d in record["dates"]} == {
        ("5. November", "2024-11-05"), ("Jahr 2022", "2022"), ("kürzlich", "PAST_REF"),
        ("damals", "PAST_REF"), ("jetzt", "PRESENT_REF")}
