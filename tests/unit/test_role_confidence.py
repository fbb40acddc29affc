"""Participant confidences (issue 12): a fitted share per bucket, not a constant; how the
table is fitted and checked; what the records carry."""

from __future__ import annotations

import json

import pytest

from service.evaluation import role_confidence as fitting
from service.extract import role_confidence
from service.extract.pipeline import Extractor


@pytest.mark.parametrize("actor, entity_type, bucket", [
    ({"role": "agent"}, "PER", "agent|name|sentence"),
    ({"role": "agent", "context": True}, "ORG", "agent|name|context"),
    ({"role": "patient"}, None, "patient|phrase|sentence"),
    ({"role": "patient"}, "MISC", "patient|phrase|sentence"),
    ({"role": "agent", "metonymy": True}, None, "agent|place|sentence"),
    ({"role": "patient"}, "LOC", "patient|place|sentence"),
])
def test_role_bucket(actor, entity_type, bucket) -> None:
    assert role_confidence.role_bucket(actor, entity_type) == bucket


def test_fit_smooths_each_bucket_towards_the_overall_share() -> None:
    rows = [("a", True, None)] * 6 + [("a", False, None)] * 2 + [("b", False, None)] * 2
    table = fitting.fit(rows, prior_weight=4)
    assert table["overall"] == 0.6
    # (6 + 4 * 0.6) / (8 + 4) and (0 + 4 * 0.6) / (2 + 4)
    assert table["buckets"]["a"] == {"confidence": 0.7, "right": 6, "n": 8}
    assert table["buckets"]["b"] == {"confidence": 0.4, "right": 0, "n": 2}


def test_reliability_rewards_confidences_that_separate_right_from_wrong() -> None:
    rows = [("a", True, 0.9)] * 9 + [("a", False, 0.9)] + [("b", False, 0.1)] * 9 + \
        [("b", True, 0.1)]
    rel = fitting.reliability(rows, constant=0.5)
    assert rel["ece"] == 0.0 and rel["ece_constant"] == 0.0
    assert rel["brier"] == pytest.approx(0.09) and rel["brier_constant"] == pytest.approx(0.25)
    assert rel["buckets"]["a"] == {"n": 10, "confidence": 0.9, "observed": 0.9}


def test_outcomes_judge_each_participant_against_the_matched_gold_event() -> None:
    gold = [{"id": "1", "events": [{"trigger": {"start": 10, "end": 17}, "actors": [
        {"role": "agent", "text": "Anna Weber"}]}]}]
    record = {"id": "1", "entities": [{"id": "e1", "name": "Anna Weber", "type": "PER"}],
              "events": [{"trigger": {"start": 10, "end": 17}, "actors": [
                  {"role": "agent", "text": "Weber", "entity_id": "e1", "confidence": 0.8},
                  {"role": "patient", "text": "den Plan"}]}]}
    assert fitting.outcomes(gold, [record]) == [
        ("agent|name|sentence", True, 0.8), ("patient|phrase|sentence", False, None)]


def test_the_shipped_table_is_fitted_on_the_tuning_halves_only() -> None:
    table = json.loads(role_confidence.TABLE.read_text(encoding="utf-8"))
    assert all("_tune" in f and "heldout" not in f for f in table["fitted_on"])
    confidences = {v["confidence"] for v in table["buckets"].values()}
    assert len(confidences) > 3  # not a constant
    assert all(0 < c < 1 for c in confidences)


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor()


@pytest.mark.parametrize("text, language", [
    ("Die Polizei hat am Montag in Bremen einen Verdächtigen festgenommen.", "de"),
    ("Police in Leeds arrested a suspect on Monday.", "en"),
])
def test_records_carry_the_bucket_confidence_of_each_participant(extractor, text, language
                                                                 ) -> None:
    record = extractor.enrich_many([{"id": "x", "text": text, "language": language}])[0]
    types = {e["id"]: e["type"] for e in record["entities"]}
    actors = [a for e in record["events"] for a in e["actors"]]
    assert actors, record["events"]
    for actor in actors:
        expected = role_confidence.confidence_of(actor, types.get(actor.get("entity_id")))
        assert actor.get("confidence") == expected
    assert any("confidence" in a for a in actors)
