"""Listing unmatched predicted events for hand judgement, and the held-out refusal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from service.evaluation import cli, scoring

TEXT = "Die Bahn streikt. Ein Unfall auf der A7. Kein Erdbeben."


def _event(etype: str, word: str) -> dict[str, object]:
    start = TEXT.index(word)
    return {"type": etype, "trigger": {"text": word, "start": start, "end": start + len(word)}}


GOLD = [{"id": "d1", "text": TEXT, "events": [_event("labor.strike", "streikt")]}]
PRED = [{"id": "d1", "events": [_event("labor.strike", "streikt"),
                                _event("transport.accident", "Unfall"),
                                _event("disaster.earthquake", "Erdbeben")]}]


def test_only_unmatched_predictions_are_listed() -> None:
    fps = scoring.event_false_positives(GOLD, PRED)
    assert [fp["type"] for fp in fps] == ["transport.accident", "disaster.earthquake"]
    assert fps[0]["context"] == "Die Bahn streikt. Ein <<Unfall>> auf der A7. Kein Erdbeben."
    assert fps[0]["doc_has_gold_events"] and not fps[0]["doc_has_type"]


def test_a_matched_prediction_of_another_type_is_no_false_positive() -> None:
    pred = [{"id": "d1", "events": [_event("politics.protest", "streikt")]}]
    assert scoring.event_false_positives(GOLD, pred) == []


def _files(tmp_path: Path, name: str) -> tuple[Path, Path]:
    gold, pred = tmp_path / name, tmp_path / "pred.jsonl"
    gold.write_text("".join(json.dumps(d) + "\n" for d in GOLD), encoding="utf-8")
    pred.write_text("".join(json.dumps(d) + "\n" for d in PRED), encoding="utf-8")
    return gold, pred


def test_cli_prints_the_sample(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    gold, pred = _files(tmp_path, "de_tune.jsonl")
    rc = cli.main(["events", str(gold), "--pred", str(pred), "--false-positives", "5"])
    out = capsys.readouterr().out
    assert rc == 0
    assert "2 predicted events match no gold trigger; 2 drawn" in out
    assert "<<Erdbeben>>" in out and "<<streikt>>" not in out


@pytest.mark.parametrize("name, split", [("de_heldout.jsonl", None), ("de_tune.jsonl", "heldout")])
def test_cli_refuses_held_out_data(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                   name: str, split: str | None) -> None:
    gold, pred = _files(tmp_path, name)
    argv = ["events", str(gold), "--pred", str(pred), "--false-positives", "5"]
    if split:
        argv += ["--split", split]
    assert cli.main(argv) == 2
    captured = capsys.readouterr()
    assert "refused" in captured.err and "<<" not in captured.out
