"""Hand-made cases for the evaluation scorers: each pins one matching rule."""

from __future__ import annotations

import json
from typing import Any

import pytest

from service.evaluation.scoring import (
    PRF,
    Accuracy,
    cue_correct,
    format_event_scores,
    format_quote_scores,
    format_table,
    format_timex_scores,
    greedy_match,
    iou,
    overlap_len,
    score_events,
    score_quotes,
    score_timex,
    speaker_correct,
    trim_quote_span,
)

TEXT = "x" * 200


def q(
    start: int, end: int, kind: str = "indirect", speaker: Any = None, cue: Any = None
) -> dict[str, Any]:
    return {
        "kind": kind,
        "start": start,
        "end": end,
        "text": TEXT[start:end],
        "speaker": speaker,
        "cue": cue,
    }


def sp(
    start: int, end: int, entity: str | None = None, entity_id: str | None = None
) -> dict[str, Any]:
    out: dict[str, Any] = {"text": TEXT[start:end], "start": start, "end": end}
    if entity is not None:
        out["entity"] = entity
    if entity_id is not None:
        out["entity_id"] = entity_id
    return out


def cue(start: int, end: int, lemma: str = "sagen") -> dict[str, Any]:
    return {"text": TEXT[start:end], "lemma": lemma, "start": start, "end": end}


def gold(
    quotes: list[dict[str, Any]], doc_id: str = "d1", text: str = TEXT, **extra: Any
) -> dict[str, Any]:
    return {"id": doc_id, "language": "de", "text": text, "quotes": quotes, **extra}


def pred(
    quotes: list[dict[str, Any]], doc_id: str = "d1", text: str = TEXT, entities: Any = None
) -> dict[str, Any]:
    return {
        "id": doc_id,
        "language": "de",
        "text": text,
        "quotes": quotes,
        "entities": entities or [],
        "events": [],
        "dates": [],
    }


# ----------------------------------------------------------------- primitives


def test_prf_and_accuracy_derived_values() -> None:
    prf = PRF(tp=2, fp=2, fn=0)
    assert prf.precision == 0.5 and prf.recall == 1.0
    assert prf.f1 == pytest.approx(2 / 3)
    assert PRF().f1 == 0.0 and PRF().precision == 0.0
    acc = Accuracy()
    acc.add(True)
    acc.add(False)
    assert acc.value == 0.5 and Accuracy().value == 0.0


def test_iou_and_overlap() -> None:
    assert iou((0, 10), (0, 10)) == 1.0
    assert iou((0, 10), (5, 15)) == pytest.approx(5 / 15)
    assert iou((0, 10), (10, 20)) == 0.0  # half-open ranges only touch
    assert overlap_len((0, 10), (8, 30)) == 2


def test_trim_quote_span_drops_marks_and_final_punctuation() -> None:
    text = "Er sagte: „Das ist gut.“ Ende"
    start = text.index("„")
    end = text.index("“") + 1
    s, e = trim_quote_span(text, (start, end))
    assert text[s:e] == "Das ist gut"
    assert trim_quote_span(None, (3, 7)) == (3, 7)
    assert trim_quote_span("„“", (0, 2)) == (0, 2)  # never trims to nothing


def test_greedy_match_is_one_to_one_and_prefers_best_score() -> None:
    scores = {(0, 0): 0.6, (0, 1): 0.9, (1, 1): 0.8}
    m = greedy_match(2, 2, lambda g, p: scores.get((g, p), 0.0))
    assert m == [(0, 1, 0.9)]  # gold 1 loses its only candidate to the better pair
    assert greedy_match(1, 1, lambda g, p: 0.4, threshold=0.5) == []


# ----------------------------------------------------------------- quotes: spans


def test_identical_spans_count_for_exact_and_overlap() -> None:
    s = score_quotes([gold([q(10, 50)])], [pred([q(10, 50)])])
    assert (s.exact["all"].tp, s.exact["all"].fp, s.exact["all"].fn) == (1, 0, 0)
    assert s.overlap["all"].tp == 1


def test_exact_ignores_quotation_marks_and_final_period() -> None:
    text = "Er sagte: „Das ist gut.“ Danach ging er."
    g = {"kind": "direct", "start": text.index("„"), "end": text.index("“") + 1}
    p = {"kind": "direct", "start": text.index("D"), "end": text.index(".")}
    s = score_quotes([gold([g], text=text)], [pred([p], text=text)])
    assert s.exact["all"].tp == 1 and s.exact["direct"].tp == 1


def test_partial_overlap_matches_only_above_half_iou() -> None:
    # iou 30/50 = 0.6 → overlap match, not exact
    s = score_quotes([gold([q(0, 40)])], [pred([q(10, 50)])])
    assert s.exact["all"].tp == 0 and s.exact["all"].fp == 1 and s.exact["all"].fn == 1
    assert s.overlap["all"].tp == 1
    # iou 20/60 < 0.5 → miss
    s = score_quotes([gold([q(0, 40)])], [pred([q(20, 60)])])
    assert s.overlap["all"].tp == 0 and s.overlap["all"].fp == 1 and s.overlap["all"].fn == 1


def test_iou_exactly_half_matches() -> None:
    s = score_quotes([gold([q(0, 20)])], [pred([q(0, 10)])])
    assert s.overlap["all"].tp == 1


def test_two_predictions_cannot_share_one_gold_quote() -> None:
    s = score_quotes([gold([q(0, 40)])], [pred([q(0, 40), q(0, 38)])])
    assert (s.overlap["all"].tp, s.overlap["all"].fp, s.overlap["all"].fn) == (1, 1, 0)
    assert (s.exact["all"].tp, s.exact["all"].fp) == (1, 1)


def test_greedy_assignment_uses_best_overlap_first() -> None:
    # pred (0,40) overlaps both golds; its best partner is gold (0,40),
    # which leaves gold (30,70) for pred (30,70)
    s = score_quotes([gold([q(30, 70), q(0, 40)])], [pred([q(30, 70), q(0, 40)])])
    assert s.exact["all"].tp == 2 and s.overlap["all"].tp == 2


def test_per_kind_requires_kind_agreement_but_all_does_not() -> None:
    s = score_quotes([gold([q(0, 40, "direct")])], [pred([q(0, 40, "indirect")])])
    assert s.overlap["all"].tp == 1
    assert (s.overlap["direct"].tp, s.overlap["direct"].fn) == (0, 1)
    assert (s.overlap["indirect"].tp, s.overlap["indirect"].fp) == (0, 1)
    assert s.overlap["mixed"].tp + s.overlap["mixed"].fp + s.overlap["mixed"].fn == 0
    assert (s.kind_accuracy.correct, s.kind_accuracy.total) == (0, 1)
    assert s.gold["direct"] == 1 and s.pred["indirect"] == 1


def test_per_kind_counts_across_documents() -> None:
    golds = [gold([q(0, 10, "direct"), q(20, 40, "mixed")], "a"), gold([q(0, 10, "direct")], "b")]
    preds = [pred([q(0, 10, "direct")], "a"), pred([q(50, 60, "direct")], "b")]
    s = score_quotes(golds, preds)
    assert (s.exact["direct"].tp, s.exact["direct"].fp, s.exact["direct"].fn) == (1, 1, 1)
    assert s.exact["mixed"].fn == 1
    assert s.exact["all"].tp == 1 and s.gold["all"] == 3 and s.pred["all"] == 2


def test_predictions_are_not_matched_across_documents() -> None:
    s = score_quotes([gold([q(0, 10)], "a"), gold([], "b")], [pred([], "a"), pred([q(0, 10)], "b")])
    assert (s.exact["all"].tp, s.exact["all"].fp, s.exact["all"].fn) == (0, 1, 1)


def test_missing_prediction_record_counts_as_empty() -> None:
    s = score_quotes([gold([q(0, 10)], "a")], [pred([q(0, 10)], "other")])
    assert s.missing_predictions == 1 and s.overlap["all"].fn == 1 and s.overlap["all"].fp == 0


def test_text_mismatch_is_reported() -> None:
    s = score_quotes([gold([q(0, 10)])], [pred([q(0, 10)], text="y" * 200)])
    assert s.text_mismatch == 1


# ----------------------------------------------------------------- quotes: attribution


def test_speaker_correct_rules() -> None:
    names = {"e1": "Wladimir Putin"}
    assert speaker_correct(None, None, names)
    assert not speaker_correct(None, sp(0, 5), names)
    assert not speaker_correct(sp(0, 5), None, names)
    assert speaker_correct(sp(0, 5), sp(3, 9), names)
    assert not speaker_correct(sp(0, 5), sp(5, 9), names)
    # different mention, same resolved entity (case-insensitive)
    assert speaker_correct(sp(0, 5, entity="wladimir putin"), sp(100, 105, entity_id="e1"), names)
    assert not speaker_correct(sp(0, 5, entity="Donald Trump"), sp(100, 105, entity_id="e1"), names)
    assert not speaker_correct(sp(0, 5), sp(100, 105, entity_id="e1"), names)  # gold without entity
    assert not speaker_correct(
        sp(0, 5, entity="Wladimir Putin"), sp(100, 105, entity_id="nope"), names
    )


def test_speaker_accuracy_over_matched_quotes_by_gold_kind() -> None:
    g = gold(
        [
            q(0, 40, "direct", speaker=sp(50, 55, entity="Putin")),
            q(60, 100, "indirect", speaker=None),
            q(110, 150, "indirect", speaker=sp(160, 165)),
            q(170, 190, "indirect", speaker=sp(195, 199)),  # unmatched: not in the accuracy
        ]
    )
    p = pred(
        [
            q(0, 40, "direct", speaker=sp(120, 125, entity_id="E")),  # entity name match
            q(60, 100, "indirect", speaker=sp(1, 2)),  # gold null, pred not
            q(110, 150, "indirect", speaker=sp(162, 170)),  # overlap
        ],
        entities=[{"id": "E", "name": "PUTIN", "type": "PER", "mentions": []}],
    )
    s = score_quotes([g], [p])
    assert (s.speaker["all"].correct, s.speaker["all"].total) == (2, 3)
    assert (s.speaker["direct"].correct, s.speaker["direct"].total) == (1, 1)
    assert (s.speaker["indirect"].correct, s.speaker["indirect"].total) == (1, 2)


def test_null_speaker_on_both_sides_is_correct() -> None:
    s = score_quotes([gold([q(0, 40)])], [pred([q(0, 40)])])
    assert (s.speaker["all"].correct, s.speaker["all"].total) == (1, 1)


def test_cue_correct_rules() -> None:
    assert cue_correct(None, None)
    assert not cue_correct(None, cue(0, 5))
    assert not cue_correct(cue(0, 5), None)
    assert cue_correct(cue(0, 5, "Betonen"), cue(100, 105, "betonen"))
    assert cue_correct(cue(0, 5, "sagte"), cue(2, 8, "sagen"))
    assert not cue_correct(cue(0, 5, "sagte"), cue(10, 15, "sagen"))


def test_cue_accuracy_in_scores() -> None:
    g = gold([q(0, 40, cue=cue(41, 47, "betonen")), q(60, 100, cue=cue(101, 108, "sagen"))])
    p = pred([q(0, 40, cue=cue(41, 47, "BETONEN")), q(60, 100, cue=cue(150, 155, "meinen"))])
    s = score_quotes([g], [p])
    assert (s.cue["all"].correct, s.cue["all"].total) == (1, 2)


def test_cue_and_source_detection_from_quotes() -> None:
    g = gold(
        [
            q(0, 40, speaker=sp(41, 45), cue=cue(46, 50)),
            q(60, 100, speaker=sp(41, 45), cue=cue(101, 105)),
        ]
    )
    p = pred(
        [
            q(0, 40, speaker=sp(42, 44), cue=cue(46, 50)),
            q(60, 100, speaker=sp(42, 44), cue=cue(110, 115)),
        ]
    )
    s = score_quotes([g], [p])
    # duplicate speaker spans collapse to one item on each side
    assert (s.source_detection.tp, s.source_detection.fp, s.source_detection.fn) == (1, 0, 0)
    assert (s.cue_detection.tp, s.cue_detection.fp, s.cue_detection.fn) == (1, 1, 1)


def test_detection_uses_document_level_cue_tokens() -> None:
    # SpkAtt-style: a multi-token cue "erteile … Wort"; the gold quote list is empty
    cues = [
        {"text": "erteile Wort", "start": 10, "end": 40, "spans": [[10, 17], [36, 40]]},
        {"text": "sagt", "start": 60, "end": 64},
    ]
    sources = [{"text": "ich", "start": 0, "end": 3}]
    g = gold([], cues=cues, sources=sources)
    p = pred([q(100, 150, speaker=sp(0, 3), cue=cue(36, 40)), q(160, 190, cue=cue(20, 25))])
    s = score_quotes([g], [p])
    # (20,25) lies in the gap between the cue tokens: not a hit
    assert (s.cue_detection.tp, s.cue_detection.fp, s.cue_detection.fn) == (1, 1, 1)
    assert (s.source_detection.tp, s.source_detection.fp, s.source_detection.fn) == (1, 0, 0)


def test_quote_scores_as_dict_is_json_serialisable() -> None:
    s = score_quotes([gold([q(0, 40, "direct")])], [pred([q(0, 40, "direct")])])
    d = s.as_dict()
    json.dumps(d)
    assert d["overlap"]["direct"]["f1"] == 1.0 and d["gold"]["direct"] == 1


# ----------------------------------------------------------------- events


def ev(etype: str, start: int | None = None, end: int | None = None) -> dict[str, Any]:
    trig = (
        None
        if start is None or end is None
        else {"text": TEXT[start:end], "lemma": "x", "start": start, "end": end}
    )
    return {"type": etype, "trigger": trig, "actors": [], "location": None, "time": None}


def egold(events: list[dict[str, Any]], doc_id: str = "d1") -> dict[str, Any]:
    return {"id": doc_id, "language": "de", "text": TEXT, "events": events}


def epred(events: list[dict[str, Any]], doc_id: str = "d1") -> dict[str, Any]:
    return {"id": doc_id, "text": TEXT, "events": events, "quotes": [], "entities": []}


def test_event_types_as_multiset_per_document() -> None:
    s = score_events(
        [egold([ev("a.x", 0, 5), ev("a.x", 10, 15), ev("b.y", 20, 25)])],
        [epred([ev("a.x", 50, 55), ev("c.z", 60, 65)])],
    )
    assert (s.type.tp, s.type.fp, s.type.fn) == (1, 1, 2)
    assert (s.type_by_type["a.x"].tp, s.type_by_type["a.x"].fn) == (1, 1)
    assert s.type_by_type["c.z"].fp == 1 and s.type_by_type["b.y"].fn == 1


def test_event_types_not_pooled_across_documents() -> None:
    s = score_events(
        [egold([ev("a.x")], "1"), egold([], "2")], [epred([], "1"), epred([ev("a.x")], "2")]
    )
    assert (s.type.tp, s.type.fp, s.type.fn) == (0, 1, 1)


def test_coarse_type_uses_prefix() -> None:
    s = score_events(
        [egold([ev("transport.accident", 0, 5)])], [epred([ev("transport.disruption", 0, 5)])]
    )
    assert s.type.tp == 0 and s.coarse_type.tp == 1


def test_trigger_overlap_ignores_type_trigger_type_does_not() -> None:
    s = score_events([egold([ev("a.x", 10, 20)])], [epred([ev("b.y", 15, 25)])])
    assert (s.trigger.tp, s.trigger.fp, s.trigger.fn) == (1, 0, 0)
    assert (s.trigger_type.tp, s.trigger_type.fp, s.trigger_type.fn) == (0, 1, 1)
    assert s.trigger_type_by_type["a.x"].fn == 1 and s.trigger_type_by_type["b.y"].fp == 1


def test_trigger_matching_is_one_to_one() -> None:
    s = score_events([egold([ev("a.x", 10, 20)])], [epred([ev("a.x", 10, 20), ev("a.x", 12, 18)])])
    assert (s.trigger_type.tp, s.trigger_type.fp, s.trigger_type.fn) == (1, 1, 0)


def test_disjoint_triggers_do_not_match() -> None:
    s = score_events([egold([ev("a.x", 10, 20)])], [epred([ev("a.x", 20, 30)])])
    assert s.trigger.tp == 0 and s.type.tp == 1


def test_gold_event_without_trigger_matches_by_type_only() -> None:
    g = egold([ev("a.x"), ev("b.y", 0, 5)])
    s = score_events([g], [epred([ev("b.y", 0, 5), ev("a.x", 80, 90)])])
    assert s.gold_without_trigger == 1
    assert (s.trigger_type.tp, s.trigger_type.fp, s.trigger_type.fn) == (2, 0, 0)
    # a span-matched prediction is not reused for the trigger-less gold event
    s = score_events([egold([ev("a.x"), ev("a.x", 0, 5)])], [epred([ev("a.x", 0, 5)])])
    assert (s.trigger_type.tp, s.trigger_type.fn) == (1, 1)
    s = score_events([egold([ev("a.x")])], [epred([ev("b.y", 0, 5)])])
    assert s.trigger_type.tp == 0 and s.trigger.tp == 0


def test_events_missing_prediction_and_serialisable() -> None:
    s = score_events([egold([ev("a.x", 0, 5)])], [])
    assert s.missing_predictions == 1 and s.trigger.fn == 1
    json.dumps(s.as_dict())


# ----------------------------------------------------------------- timex


def row(
    sentence: str,
    text: str,
    value: str | None,
    granularity: str | None = "day",
    mod: str | None = None,
) -> dict[str, Any]:
    return {
        "sentence": sentence,
        "text": text,
        "reference": "2024-10-25",
        "value": value,
        "granularity": granularity,
        "mod": mod,
    }


def tx(
    sentence: str,
    text: str,
    value: str | None,
    granularity: str | None = "day",
    mod: str | None = None,
) -> dict[str, Any]:
    i = sentence.index(text)
    out: dict[str, Any] = {
        "text": text,
        "value": value,
        "granularity": granularity,
        "start": i,
        "end": i + len(text),
    }
    if mod is not None:
        out["mod"] = mod
    return out


S1 = "Die Wahl findet am 5. November statt."
S2 = "Mai Thi Nguyen-Kim moderiert."


def test_timex_positive_value_and_granularity() -> None:
    rows = [row(S1, "5. November", "2024-11-05"), row(S1, "5. November", "2024-11-05")]
    preds = [[tx(S1, "5. November", "2024-11-05")], [tx(S1, "5. November", "2024-11-05", "month")]]
    s = score_timex(rows, preds)
    assert (s.value.correct, s.value.total) == (2, 2)
    assert (s.value_granularity.correct, s.value_granularity.total) == (1, 2)
    assert (s.detection.tp, s.detection.fp, s.detection.fn) == (2, 0, 0)
    assert s.by_granularity["day"].correct == 2


def test_timex_wrong_value_is_detected_but_wrong() -> None:
    s = score_timex([row(S1, "5. November", "2024-11-05")], [[tx(S1, "5. November", "2025-11-05")]])
    assert s.value.correct == 0 and s.detection.tp == 1


def test_timex_negatives() -> None:
    rows = [row(S2, "Mai", None, None), row(S2, "Mai", None, None), row(S2, "Mai", None, None)]
    preds = [[], [tx(S2, "Mai", "2025-05", "month")], [tx(S2, "Mai", None, None)]]
    s = score_timex(rows, preds)
    assert s.negatives == 3 and s.positives == 0
    assert (s.negative.correct, s.negative.total) == (2, 3)
    assert (s.value.correct, s.value.total) == (2, 3)
    assert (s.detection.tp, s.detection.fp, s.detection.fn) == (0, 1, 0)
    assert s.detection.precision == 0.0


def test_timex_missed_positive_and_predictions_elsewhere_ignored() -> None:
    sentence = "Am Montag, dem 5. November, wird gewählt."
    rows = [row(sentence, "5. November", "2024-11-05")]
    s = score_timex(rows, [[tx(sentence, "Montag", "2024-10-28")]])
    assert s.detection.fn == 1 and s.detection.fp == 0 and s.value.correct == 0


def test_timex_value_comparison_is_case_and_space_insensitive() -> None:
    s = score_timex([row(S1, "5. November", "2024-W45")], [[tx(S1, "5. November", " 2024-w45")]])
    assert s.value.correct == 1


def test_timex_mod() -> None:
    s = score_timex(
        [row(S1, "5. November", "2024-11-05", mod="approx")],
        [[tx(S1, "5. November", "2024-11-05", mod="APPROX")]],
    )
    assert s.value_mod.correct == 1
    s = score_timex(
        [row(S1, "5. November", "2024-11-05", mod="approx")],
        [[tx(S1, "5. November", "2024-11-05")]],
    )
    assert s.value_mod.correct == 0 and s.value.correct == 1


def test_timex_text_not_in_sentence_falls_back_to_text_equality() -> None:
    r = row("Die Wahl ist bald.", "5. November", "2024-11-05")
    p = [{"text": "5. november", "value": "2024-11-05", "granularity": "day", "start": 0, "end": 3}]
    s = score_timex([r], [p])
    assert s.text_not_found == 1 and s.value.correct == 1


def test_timex_rows_and_predictions_must_align() -> None:
    with pytest.raises(ValueError):
        score_timex([row(S1, "5. November", "2024-11-05")], [])


# ----------------------------------------------------------------- tables


def test_format_table_aligns_columns() -> None:
    out = format_table(("name", "n", "f1"), [["a", 1, 0.5], ["long name", 12, None]], "Title")
    lines = out.splitlines()
    assert lines[0] == "Title"
    assert lines[1].startswith("name") and lines[1].endswith("f1")
    assert "0.500" in lines[3]
    assert len({len(line) for line in lines[1:3]}) == 1


def test_formatters_render_all_sections() -> None:
    qs = score_quotes([gold([q(0, 40, "direct")])], [pred([q(0, 40, "direct")])])
    text = format_quote_scores(qs)
    assert "direct" in text and "Detection" in text and "kind accuracy" in text
    es = score_events([egold([ev("a.x", 0, 5)])], [epred([ev("a.x", 0, 5)])])
    assert "trigger+type" in format_event_scores(es) and "a.x" in format_event_scores(es)
    ts = score_timex([row(S1, "5. November", "2024-11-05")], [[]])
    assert "negatives" in format_timex_scores(ts) and "detection" in format_timex_scores(ts)
