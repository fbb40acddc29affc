"""Scorers for quotes, events and time expressions, plus a plain-text table printer.

Pure functions over plain dicts (gold documents and enriched records as described
in the project's record contract), so they run without spaCy, Kafka or models.
Documents are aligned by ``id``; a gold document without a prediction counts as
an empty prediction (all misses), predictions for unknown ids are ignored.

Matching is always one-to-one and greedy: candidate pairs are sorted by score
(best first, ties by position) and taken while both sides are still free. That
is not the optimal assignment, but it is deterministic, easy to explain and
differs from Hungarian matching only in contrived overlap chains.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

Span = tuple[int, int]
Doc = Mapping[str, Any]

QUOTE_KINDS: tuple[str, ...] = ("direct", "indirect", "mixed")
OVERLAP_THRESHOLD = 0.5
# Annotators disagree whether quotation marks and final punctuation belong to a
# quote; trimming them first keeps "exact" about the words.
_QUOTE_TRIM = " \t\r\n\u00a0\"'„“”‚‘’«»‹›.,;:!?…-–—"


@dataclass
class PRF:
    """Counts for a detection task; precision/recall/F1 are derived."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        self.tp += tp
        self.fp += fp
        self.fn += fn

    def as_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


@dataclass
class Accuracy:
    """Correct out of total; value is 0.0 when nothing was scored."""

    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.correct += int(ok)

    def as_dict(self) -> dict[str, float | int]:
        return {"correct": self.correct, "total": self.total, "accuracy": self.value}


def asdict_shallow(obj: Any) -> dict[str, Any]:
    """dataclasses.asdict without recursing (keeps PRF/Accuracy objects)."""
    return {k: getattr(obj, k) for k in obj.__dataclass_fields__}


def _to_dict(obj: Any) -> Any:
    if isinstance(obj, (PRF, Accuracy)):
        return obj.as_dict()
    if isinstance(obj, dict):
        return {k: _to_dict(v) for k, v in obj.items()}
    return obj


# --------------------------------------------------------------------------- spans


def overlap_len(a: Span, b: Span) -> int:
    """Number of shared characters of two half-open ranges."""
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def iou(a: Span, b: Span) -> float:
    """Intersection over union of two character ranges."""
    inter = overlap_len(a, b)
    union = (a[1] - a[0]) + (b[1] - b[0]) - inter
    return inter / union if union > 0 else 0.0


def _span(item: Mapping[str, Any] | None) -> Span | None:
    if not item:
        return None
    try:
        start, end = int(item["start"]), int(item["end"])
    except (KeyError, TypeError, ValueError):
        return None
    return (start, end) if end > start else None


def trim_quote_span(text: str | None, span: Span) -> Span:
    """Drop quotation marks, whitespace and edge punctuation from a quote span."""
    if not text:
        return span
    s, e = max(0, span[0]), min(len(text), span[1])
    while s < e and text[s] in _QUOTE_TRIM:
        s += 1
    while e > s and text[e - 1] in _QUOTE_TRIM:
        e -= 1
    return (s, e) if s < e else span


def greedy_match(
    n_gold: int, n_pred: int, score: Callable[[int, int], float], threshold: float = 0.0
) -> list[tuple[int, int, float]]:
    """One-to-one matching: best-scoring pairs first; score must be > 0 and >= threshold."""
    pairs = []
    for g in range(n_gold):
        for p in range(n_pred):
            s = score(g, p)
            if s > 0 and s >= threshold:
                pairs.append((-s, g, p))
    pairs.sort()
    used_g: set[int] = set()
    used_p: set[int] = set()
    out: list[tuple[int, int, float]] = []
    for neg, g, p in pairs:
        if g in used_g or p in used_p:
            continue
        used_g.add(g)
        used_p.add(p)
        out.append((g, p, -neg))
    return out


def _align(
    gold_docs: Iterable[Doc], pred_records: Iterable[Doc]
) -> tuple[list[tuple[Doc, Doc | None]], int]:
    preds = {str(r.get("id")): r for r in pred_records}
    pairs = [(g, preds.get(str(g.get("id")))) for g in gold_docs]
    return pairs, sum(1 for _, p in pairs if p is None)


# --------------------------------------------------------------------------- quotes


@dataclass
class QuoteScores:
    """Quote extraction scores; dict keys "all" (kind-agnostic) or a quote kind.

    For a kind, gold and prediction must agree on the kind to match. Speaker and
    cue accuracy are over the overlap matches of "all", keyed by gold kind.
    Cue/source detection is SpkAtt-style: any character overlap counts.
    """

    docs: int = 0
    missing_predictions: int = 0
    text_mismatch: int = 0
    gold: Counter[str] = field(default_factory=Counter)
    pred: Counter[str] = field(default_factory=Counter)
    exact: dict[str, PRF] = field(default_factory=dict)
    overlap: dict[str, PRF] = field(default_factory=dict)
    kind_accuracy: Accuracy = field(default_factory=Accuracy)
    speaker: dict[str, Accuracy] = field(default_factory=dict)
    cue: dict[str, Accuracy] = field(default_factory=dict)
    cue_detection: PRF = field(default_factory=PRF)
    source_detection: PRF = field(default_factory=PRF)

    def as_dict(self) -> dict[str, Any]:
        return _to_dict(asdict_shallow(self))


def _match_quote_spans(
    gold: list[Span], pred: list[Span], exact: bool
) -> list[tuple[int, int, float]]:
    if exact:
        return greedy_match(len(gold), len(pred), lambda g, p: 1.0 if gold[g] == pred[p] else 0.0)
    return greedy_match(len(gold), len(pred), lambda g, p: iou(gold[g], pred[p]), OVERLAP_THRESHOLD)


def _entity_names(record: Doc) -> dict[str, str]:
    return {str(e.get("id")): str(e.get("name") or "") for e in record.get("entities") or []}


def speaker_correct(
    gold: Mapping[str, Any] | None, pred: Mapping[str, Any] | None, entity_names: Mapping[str, str]
) -> bool:
    """Gold null needs pred null; else spans overlap or resolved entity names match."""
    if not gold:
        return not pred
    if not pred:
        return False
    gs, ps = _span(gold), _span(pred)
    if gs and ps and overlap_len(gs, ps) > 0:
        return True
    gold_entity = gold.get("entity")
    pred_entity = entity_names.get(str(pred.get("entity_id"))) if pred.get("entity_id") else None
    if gold_entity is None and _same_name(gold.get("text"), pred.get("text")):
        return True  # gold without entity names (PolNeAR): another mention of the same name
    return bool(gold_entity and pred_entity and gold_entity.casefold() == pred_entity.casefold())


def _same_name(a: Any, b: Any) -> bool:
    """Two mentions with the same capitalised name ("Espinoza" / "Espinoza"); pronouns and
    descriptions never count, they may refer to someone else."""
    if not isinstance(a, str) or not isinstance(b, str):
        return False
    words = a.split()
    return a.casefold() == b.casefold() and bool(words) and all(
        w[:1].isupper() for w in words if w.isalpha() and len(w) > 3) and words[-1][:1].isupper() \
        and a.casefold() not in {"he", "she", "it", "they", "we", "i", "er", "sie", "es", "wir"}


def cue_correct(gold: Mapping[str, Any] | None, pred: Mapping[str, Any] | None) -> bool:
    """Gold null needs pred null; else lemmas equal (case-insensitive) or spans overlap."""
    if not gold:
        return not pred
    if not pred:
        return False
    gl, pl = str(gold.get("lemma") or "").casefold(), str(pred.get("lemma") or "").casefold()
    if gl and gl == pl:
        return True
    gs, ps = _span(gold), _span(pred)
    return bool(gs and ps and overlap_len(gs, ps) > 0)


def _detection_items(items: Iterable[Mapping[str, Any] | None]) -> list[list[Span]]:
    """Deduplicated list of span groups (an item may own several token spans)."""
    out: list[list[Span]] = []
    seen: set[Span] = set()
    for it in items:
        sp = _span(it)
        if it is None or sp is None or sp in seen:
            continue
        seen.add(sp)
        spans = [(int(s), int(e)) for s, e in it.get("spans") or []] or [sp]
        out.append(spans)
    return out


def _detect(gold: list[list[Span]], pred: list[list[Span]], prf: PRF) -> None:
    def score(g: int, p: int) -> float:
        return float(max(overlap_len(a, b) for a in gold[g] for b in pred[p]))

    n = len(greedy_match(len(gold), len(pred), score))
    prf.add(tp=n, fp=len(pred) - n, fn=len(gold) - n)


def only_kind(docs: Iterable[Doc], kind: str) -> list[Doc]:
    """Copies keeping only quotes of ``kind`` (and no document-level cue/source lists, so
    detection is scored on those quotes alone)."""
    out = []
    for doc in docs:
        new = {k: v for k, v in doc.items() if k not in ("cues", "sources", "speech_events")}
        new["quotes"] = [q for q in doc.get("quotes") or [] if q.get("kind") == kind]
        out.append(new)
    return out


def _content(quote: Mapping[str, Any]) -> Mapping[str, Any]:
    """A predicted quote's reported content: the clause of a mixed quote when it has one."""
    content = quote.get("content")
    return content if isinstance(content, Mapping) and _span(content) else quote


def score_quotes(gold_docs: Iterable[Doc], pred_records: Iterable[Doc],
                 use_content: bool = False) -> QuoteScores:
    """Score predicted quotes against gold quote documents (see QuoteScores).

    ``use_content``: match a predicted quote by its ``content`` span where it has one (a
    mixed quote's whole reported clause, the unit of news attribution corpora) instead of
    the quoted fragment."""
    pairs, missing = _align(gold_docs, pred_records)
    res = QuoteScores(docs=len(pairs), missing_predictions=missing)
    keys = ("all", *QUOTE_KINDS)
    for key in keys:
        res.exact[key], res.overlap[key] = PRF(), PRF()
        res.speaker[key], res.cue[key] = Accuracy(), Accuracy()
    for gold_doc, pred in pairs:
        pred = pred or {}
        gold_text = gold_doc.get("text")
        pred_text = pred.get("text") or gold_text
        if (
            pred
            and pred.get("text") is not None
            and gold_text is not None
            and pred.get("text") != gold_text
        ):
            res.text_mismatch += 1
        gq = [q for q in gold_doc.get("quotes") or [] if _span(q)]
        pq = [q for q in pred.get("quotes") or [] if _span(q)]
        if use_content:
            pq = [{**q, "start": _content(q)["start"], "end": _content(q)["end"]} for q in pq]
        g_spans = [trim_quote_span(gold_text, _span(q) or (0, 0)) for q in gq]
        p_spans = [trim_quote_span(pred_text, _span(q) or (0, 0)) for q in pq]
        g_kinds = [str(q.get("kind") or "indirect") for q in gq]
        p_kinds = [str(q.get("kind") or "indirect") for q in pq]
        res.gold.update(g_kinds)
        res.pred.update(p_kinds)
        res.gold["all"] += len(gq)
        res.pred["all"] += len(pq)
        names = _entity_names(pred)
        for exact, table in ((True, res.exact), (False, res.overlap)):
            matches = _match_quote_spans(g_spans, p_spans, exact)
            table["all"].add(tp=len(matches), fp=len(pq) - len(matches), fn=len(gq) - len(matches))
            if not exact:
                for g, p, _ in matches:
                    kind = g_kinds[g]
                    res.kind_accuracy.add(kind == p_kinds[p])
                    sp_ok = speaker_correct(gq[g].get("speaker"), pq[p].get("speaker"), names)
                    cue_ok = cue_correct(gq[g].get("cue"), pq[p].get("cue"))
                    for key in ("all", kind):
                        res.speaker.setdefault(key, Accuracy()).add(sp_ok)
                        res.cue.setdefault(key, Accuracy()).add(cue_ok)
            for kind in set(g_kinds) | set(p_kinds):
                gi = [i for i, k in enumerate(g_kinds) if k == kind]
                pi = [i for i, k in enumerate(p_kinds) if k == kind]
                m = _match_quote_spans([g_spans[i] for i in gi], [p_spans[i] for i in pi], exact)
                table.setdefault(kind, PRF()).add(
                    tp=len(m), fp=len(pi) - len(m), fn=len(gi) - len(m)
                )
        gold_cues = gold_doc["cues"] if "cues" in gold_doc else [q.get("cue") for q in gq]
        gold_sources = (
            gold_doc["sources"] if "sources" in gold_doc else [q.get("speaker") for q in gq]
        )
        # speech events (SpkAtt-style, opt-in) add cues and sources beyond the quotes
        events = pred.get("speech_events") or []
        _detect(
            _detection_items(gold_cues),
            _detection_items([q.get("cue") for q in pq] + [e.get("cue") for e in events]),
            res.cue_detection,
        )
        _detect(
            _detection_items(gold_sources),
            _detection_items([q.get("speaker") for q in pq]
                             + [e.get("source") for e in events]),
            res.source_detection,
        )
    return res


# --------------------------------------------------------------------------- events


@dataclass
class EventScores:
    """Event scores; ``*_by_type`` use the full type id, ``coarse_type`` its prefix.

    ``type``: per-document multiset of types. ``trigger``: trigger spans overlap
    (type ignored). ``trigger_type``: overlap and same type. Gold events without
    a trigger can only match a leftover predicted event of the same type in the
    same document, in both trigger metrics.
    """

    docs: int = 0
    missing_predictions: int = 0
    gold: int = 0
    pred: int = 0
    gold_without_trigger: int = 0
    type: PRF = field(default_factory=PRF)
    coarse_type: PRF = field(default_factory=PRF)
    trigger: PRF = field(default_factory=PRF)
    trigger_type: PRF = field(default_factory=PRF)
    type_by_type: dict[str, PRF] = field(default_factory=dict)
    trigger_type_by_type: dict[str, PRF] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return _to_dict(asdict_shallow(self))


def _multiset(
    gold: Sequence[str], pred: Sequence[str], total: PRF, by_type: dict[str, PRF] | None
) -> None:
    gc, pc = Counter(gold), Counter(pred)
    for t in set(gc) | set(pc):
        tp = min(gc[t], pc[t])
        total.add(tp=tp, fp=pc[t] - tp, fn=gc[t] - tp)
        if by_type is not None:
            by_type.setdefault(t, PRF()).add(tp=tp, fp=pc[t] - tp, fn=gc[t] - tp)


def _coarse(t: str) -> str:
    return t.split(".", 1)[0]


def _match_events(
    gold: list[Mapping[str, Any]], pred: list[Mapping[str, Any]], need_type: bool
) -> list[tuple[int, int]]:
    g_types = [str(e.get("type")) for e in gold]
    p_types = [str(e.get("type")) for e in pred]
    g_spans = [_span(e.get("trigger")) for e in gold]
    p_spans = [_span(e.get("trigger")) for e in pred]

    def by_span(g: int, p: int) -> float:
        gs, ps = g_spans[g], p_spans[p]
        if gs is None or ps is None or (need_type and g_types[g] != p_types[p]):
            return 0.0
        return iou(gs, ps)  # any overlap counts; IoU only ranks the candidates

    matches = [(g, p) for g, p, _ in greedy_match(len(gold), len(pred), by_span)]
    used_g = {g for g, _ in matches}
    used_p = {p for _, p in matches}
    for g in range(len(gold)):
        if g in used_g or g_spans[g] is not None:
            continue
        for p in range(len(pred)):
            if p not in used_p and p_types[p] == g_types[g]:
                matches.append((g, p))
                used_p.add(p)
                break
    return matches


def score_events(gold_docs: Iterable[Doc], pred_records: Iterable[Doc]) -> EventScores:
    """Score predicted events against gold event documents (see EventScores)."""
    pairs, missing = _align(gold_docs, pred_records)
    res = EventScores(docs=len(pairs), missing_predictions=missing)
    for gold_doc, pred in pairs:
        ge = list(gold_doc.get("events") or [])
        pe = list((pred or {}).get("events") or [])
        res.gold += len(ge)
        res.pred += len(pe)
        res.gold_without_trigger += sum(1 for e in ge if _span(e.get("trigger")) is None)
        g_types = [str(e.get("type")) for e in ge]
        p_types = [str(e.get("type")) for e in pe]
        _multiset(g_types, p_types, res.type, res.type_by_type)
        _multiset(
            [_coarse(t) for t in g_types], [_coarse(t) for t in p_types], res.coarse_type, None
        )
        m = _match_events(ge, pe, need_type=False)
        res.trigger.add(tp=len(m), fp=len(pe) - len(m), fn=len(ge) - len(m))
        m = _match_events(ge, pe, need_type=True)
        res.trigger_type.add(tp=len(m), fp=len(pe) - len(m), fn=len(ge) - len(m))
        matched_g = {g for g, _ in m}
        matched_p = {p for _, p in m}
        for g, t in enumerate(g_types):
            res.trigger_type_by_type.setdefault(t, PRF()).add(
                tp=int(g in matched_g), fn=int(g not in matched_g)
            )
        for p, t in enumerate(p_types):
            if p not in matched_p:
                res.trigger_type_by_type.setdefault(t, PRF()).add(fp=1)
    return res


def event_false_positives(
    gold_docs: Iterable[Doc], pred_records: Iterable[Doc], context: int = 90
) -> list[dict[str, Any]]:
    """Predicted events that match no gold trigger (as in ``score_events``), with their
    context, so a sample of them can be judged by hand: is the gold set incomplete there,
    or is the prediction wrong?"""
    pairs, _ = _align(gold_docs, pred_records)
    out: list[dict[str, Any]] = []
    for gold_doc, pred in pairs:
        ge = list(gold_doc.get("events") or [])
        pe = list((pred or {}).get("events") or [])
        matched = {p for _, p in _match_events(ge, pe, need_type=False)}
        text = str(gold_doc.get("text") or "")
        gold_types = {str(e.get("type")) for e in ge}
        for p, event in enumerate(pe):
            span = _span(event.get("trigger"))
            if p in matched or span is None:
                continue
            start, end = span
            out.append({
                "id": gold_doc.get("id"),
                "type": event.get("type"),
                "start": start,
                "end": end,
                "doc_has_gold_events": bool(ge),
                "doc_has_type": event.get("type") in gold_types,
                "context": (text[max(0, start - context):start] + "<<" + text[start:end]
                            + ">>" + text[end:end + context // 2]).replace("\n", " "),
            })
    return out


# --------------------------------------------------------------------------- timex


@dataclass
class TimexScores:
    """Time-expression scores over table rows.

    A row is positive when its gold value is not null. A prediction "detects" a
    row if it overlaps the row's expression in the sentence and has a non-null
    value. Accuracies count a negative row correct when nothing is detected;
    detection P/R: TP = detected positive, FP = detected negative, FN = missed
    positive (predictions elsewhere in the sentence are not judged).
    """

    rows: int = 0
    positives: int = 0
    negatives: int = 0
    text_not_found: int = 0
    value: Accuracy = field(default_factory=Accuracy)
    value_granularity: Accuracy = field(default_factory=Accuracy)
    value_mod: Accuracy = field(default_factory=Accuracy)
    positive_value: Accuracy = field(default_factory=Accuracy)
    negative: Accuracy = field(default_factory=Accuracy)
    detection: PRF = field(default_factory=PRF)
    by_granularity: dict[str, Accuracy] = field(default_factory=dict)

    def as_dict(self) -> dict[str, Any]:
        return _to_dict(asdict_shallow(self))


def _norm(value: Any) -> str | None:
    if value is None:
        return None
    s = str(value).strip().casefold()
    return s or None


def _row_span(row: Mapping[str, Any]) -> Span | None:
    sp = _span(row)
    if sp:
        return sp
    text, sentence = str(row.get("text") or ""), str(row.get("sentence") or "")
    if not text:
        return None
    i = sentence.find(text)
    if i < 0:
        i = sentence.casefold().find(text.casefold())
    return (i, i + len(text)) if i >= 0 else None


def _best_timex(
    row: Mapping[str, Any], preds: Sequence[Mapping[str, Any]]
) -> tuple[Mapping[str, Any] | None, bool]:
    """The prediction standing for the row's expression, and whether the text was found."""
    cands = [p for p in preds if p.get("value") is not None]
    text = str(row.get("text") or "")
    span = _row_span(row)
    if not text:
        return (cands[0] if cands else None), True
    if span is None:
        same = [p for p in cands if str(p.get("text") or "").casefold() == text.casefold()]
        return (same[0] if same else None), False
    scored = [(iou(span, ps), p) for p in cands if (ps := _span(p)) and overlap_len(span, ps) > 0]
    if not scored:
        return None, True
    return max(scored, key=lambda x: x[0])[1], True


def score_timex(
    rows: Sequence[Mapping[str, Any]], predictions: Sequence[Sequence[Mapping[str, Any]]]
) -> TimexScores:
    """Score timex predictions; ``predictions[i]`` holds the timexes of ``rows[i]["sentence"]``."""
    if len(rows) != len(predictions):
        raise ValueError(f"{len(rows)} rows but {len(predictions)} prediction lists")
    res = TimexScores(rows=len(rows))
    for row, preds in zip(rows, predictions, strict=True):
        pred, found = _best_timex(row, preds)
        res.text_not_found += int(not found)
        gold_value = _norm(row.get("value"))
        detected = pred is not None
        if gold_value is None:
            res.negatives += 1
            ok = not detected
            res.negative.add(ok)
            res.value.add(ok)
            res.value_granularity.add(ok)
            res.value_mod.add(ok)
            res.detection.add(fp=int(detected))
            continue
        res.positives += 1
        res.detection.add(tp=int(detected), fn=int(not detected))
        v_ok = detected and _norm(pred.get("value") if pred else None) == gold_value
        g_ok = v_ok and _norm(pred.get("granularity") if pred else None) == _norm(
            row.get("granularity")
        )
        m_ok = v_ok and _norm(pred.get("mod") if pred else None) == _norm(row.get("mod"))
        res.value.add(v_ok)
        res.positive_value.add(v_ok)
        res.value_granularity.add(g_ok)
        res.value_mod.add(m_ok)
        res.by_granularity.setdefault(_norm(row.get("granularity")) or "-", Accuracy()).add(v_ok)
    return res


# --------------------------------------------------------------------------- tables


def _cell(value: object) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    return "" if value is None else str(value)


def format_table(
    headers: Sequence[str], rows: Sequence[Sequence[object]], title: str | None = None
) -> str:
    """Left-aligned first column, right-aligned numbers, floats with 3 decimals."""
    cells = [[_cell(c) for c in r] for r in rows]
    widths = [len(h) for h in headers]
    for r in cells:
        for i, c in enumerate(r):
            widths[i] = max(widths[i], len(c))

    def line(values: Sequence[str]) -> str:
        return "  ".join(
            v.ljust(widths[i]) if i == 0 else v.rjust(widths[i]) for i, v in enumerate(values)
        ).rstrip()

    out = [title] if title else []
    out += [line(list(headers)), line(["-" * w for w in widths])]
    out += [line(r) for r in cells]
    return "\n".join(out)


_PRF_HEAD = ("", "gold", "pred", "tp", "P", "R", "F1")


def _prf_row(name: str, prf: PRF) -> list[object]:
    return [name, prf.tp + prf.fn, prf.tp + prf.fp, prf.tp, prf.precision, prf.recall, prf.f1]


def format_headline(all_kinds: QuoteScores, direct: QuoteScores) -> str:
    """The figures an issue asks for: F1 at overlap >= 0.5, exact F1, speaker and cue
    accuracy, for all attributions and for the direct subset."""
    rows = []
    for name, s in (("all attributions", all_kinds), ("direct subset", direct)):
        o, e = s.overlap["all"], s.exact["all"]
        rows.append([name, o.precision, o.recall, o.f1, e.f1, s.speaker["all"].value,
                     s.cue["all"].value])
    return format_table(["", "P", "R", "F1 (overlap>=0.5)", "exact F1", "speaker acc",
                         "cue acc"], rows)


def format_quote_scores(s: QuoteScores) -> str:
    """Span P/R/F1 per kind, attribution accuracies and detection metrics."""
    kinds = ["all"] + sorted(k for k in s.overlap if k != "all")
    rows: list[list[object]] = []
    for k in kinds:
        ex, ov = s.exact.get(k, PRF()), s.overlap.get(k, PRF())
        sp, cu = s.speaker.get(k, Accuracy()), s.cue.get(k, Accuracy())
        rows.append(
            [
                k,
                ov.tp + ov.fn,
                ov.tp + ov.fp,
                ex.precision,
                ex.recall,
                ex.f1,
                ov.precision,
                ov.recall,
                ov.f1,
                sp.value if sp.total else None,
                cu.value if cu.total else None,
            ]
        )
    head = (
        "kind",
        "gold",
        "pred",
        "exact P",
        "exact R",
        "exact F1",
        "ovl P",
        "ovl R",
        "ovl F1",
        "speaker",
        "cue",
    )
    parts = [
        format_table(
            head,
            rows,
            f"Quotes ({s.docs} docs, {s.missing_predictions} without prediction, "
            f"{s.text_mismatch} text mismatches)",
        ),
        format_table(
            _PRF_HEAD,
            [_prf_row("cue", s.cue_detection), _prf_row("source", s.source_detection)],
            "Detection (any overlap)",
        ),
        f"kind accuracy on matched quotes: {s.kind_accuracy.value:.3f} "
        f"({s.kind_accuracy.correct}/{s.kind_accuracy.total})",
    ]
    return "\n\n".join(parts)


def format_event_scores(s: EventScores) -> str:
    """Overall event metrics and the per-type breakdown."""
    overall = format_table(
        _PRF_HEAD,
        [
            _prf_row("type (doc multiset)", s.type),
            _prf_row("coarse type", s.coarse_type),
            _prf_row("trigger", s.trigger),
            _prf_row("trigger+type", s.trigger_type),
        ],
        f"Events ({s.docs} docs, {s.missing_predictions} without prediction, "
        f"{s.gold_without_trigger} gold events without trigger)",
    )
    rows: list[list[object]] = []
    for t in sorted(set(s.type_by_type) | set(s.trigger_type_by_type)):
        a, b = s.type_by_type.get(t, PRF()), s.trigger_type_by_type.get(t, PRF())
        rows.append(
            [t, a.tp + a.fn, a.tp + a.fp, a.precision, a.recall, a.f1, b.precision, b.recall, b.f1]
        )
    per_type = format_table(
        ("type", "gold", "pred", "type P", "type R", "type F1", "trig P", "trig R", "trig F1"),
        rows,
        "Per type",
    )
    return overall + "\n\n" + per_type


def format_timex_scores(s: TimexScores) -> str:
    """Accuracies and detection for time expressions."""
    acc = [
        (name, a)
        for name, a in (
            ("value (all rows)", s.value),
            ("value+granularity", s.value_granularity),
            ("value+mod", s.value_mod),
            ("value (positives)", s.positive_value),
            ("negatives", s.negative),
        )
    ]
    acc += [(f"value, granularity={g}", a) for g, a in sorted(s.by_granularity.items())]
    parts = [
        format_table(
            ("metric", "correct", "total", "accuracy"),
            [[n, a.correct, a.total, a.value] for n, a in acc],
            f"Timex ({s.rows} rows: {s.positives} positive, {s.negatives} negative, "
            f"{s.text_not_found} expressions not found in sentence)",
        ),
        format_table(_PRF_HEAD, [_prf_row("detection", s.detection)]),
    ]
    return "\n\n".join(parts)


__all__ = [
    "PRF",
    "Accuracy",
    "QuoteScores",
    "EventScores",
    "TimexScores",
    "iou",
    "overlap_len",
    "greedy_match",
    "trim_quote_span",
    "speaker_correct",
    "cue_correct",
    "score_quotes",
    "score_events",
    "score_timex",
    "format_table",
    "format_quote_scores",
    "format_event_scores",
    "format_timex_scores",
]
