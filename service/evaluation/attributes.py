"""Event attributes on trigger matches: type, agent, patient, time, place, modality.

Shared by every event gold set: MEANTIME (``eval events meantime``) and the project's own
JSON Lines sets (``eval events tests/data/events/…``). Trigger matches are found by span
overlap, type ignored; each attribute is then judged on the matches whose gold event has it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from service.evaluation.scoring import Accuracy, format_table, greedy_match, overlap_len


@dataclass
class AttributeScores:
    """Event attributes on trigger matches (any overlap, type ignored).

    ``type``: over matches whose gold type is a newsflow type (not ``meantime.*``); the
    other matches are counted in ``gold_unmapped`` (every prediction has some type, which
    can be neither right nor wrong there).
    ``agent`` / ``patient``: over matches whose gold event has that role; correct when a
    predicted actor of the same role is the same participant (:func:`role_correct`: equal
    text, a head match inside the gold mention, or the gold entity's descriptor and the
    prediction or its resolved entity name hold each other's words): "Ana Reyes" for gold
    "the former finance chief, Ana Reyes" is right, "Danish" for "the Danish firm, Velkor"
    is wrong, "Velkor" for gold "it" (an instance of Velkor) is right.
    ``time``: over matches whose gold event has a time; correct when the values are equal
    (a clock time or part of the day is cut off both: newsflow's event times are days).
    With ``published_fallback`` (the own sets: a gold time is null when the sentence names
    none, and the event then happens at the reporting time) every match is judged, a null
    gold time meaning the gold article's ``published_at`` day.
    ``location``: over matches whose gold event has a place; correct when the countries are
    equal and the texts overlap in a word, or the texts are equal; ``location_predicted`` is
    its precision: over matches with a predicted place where the gold set annotates places,
    a place the gold event lacks being wrong. ``modality``: over all matches whose gold
    event has one. ``timex_found`` / ``timex_value`` (own sets): every gold event time of
    the article (matched events or not) as a date expression the timex layer found there
    (the texts overlap, at the gold text's occurrence nearest the trigger), and of those
    found, the share with the same value: the date layer judged on the expressions that
    date events.
    """

    matches: int = 0
    gold_unmapped: int = 0
    type: Accuracy = field(default_factory=Accuracy)
    agent: Accuracy = field(default_factory=Accuracy)
    patient: Accuracy = field(default_factory=Accuracy)
    time: Accuracy = field(default_factory=Accuracy)
    time_from_text: Accuracy = field(default_factory=Accuracy)
    location: Accuracy = field(default_factory=Accuracy)
    location_predicted: Accuracy = field(default_factory=Accuracy)
    modality: Accuracy = field(default_factory=Accuracy)
    timex_found: Accuracy = field(default_factory=Accuracy)
    timex_value: Accuracy = field(default_factory=Accuracy)

    def as_dict(self) -> dict[str, Any]:
        accs = ("type", "agent", "patient", "time", "time_from_text", "location",
                "location_predicted", "modality", "timex_found", "timex_value")
        return {"matches": self.matches, "gold_unmapped": self.gold_unmapped,
                **{k: getattr(self, k).as_dict() for k in accs}}


def _norm_text(value: Any) -> str:
    return " ".join(str(value or "").casefold().split())


def _span_of(item: Mapping[str, Any] | None) -> tuple[int, int] | None:
    try:
        s, e = int((item or {})["start"]), int((item or {})["end"])
    except (KeyError, TypeError, ValueError):
        return None
    return (s, e) if e > s else None


_STOP = frozenset({"the", "a", "an", "'s", "’s", "s"})


def _words(value: Any) -> frozenset[str]:
    return frozenset(re.findall(r"[^\W_]+(?:[-.&'’][^\W_]+)*", _norm_text(value))) - _STOP


_POSTMODIFIER = re.compile(r"\s*(?:[,(;:]|--|–|—|\b(?:of|that|which|who|whom|whose)\b)")


def _head(text: Any) -> str | None:
    """Last word before any comma, bracket, "of" or relative clause: the mention's head
    ("the Danish firm, Velkor" → firm; "a pair of jets" → pair)."""
    core = _POSTMODIFIER.split(_norm_text(text), maxsplit=1)[0]
    words = [w for w in re.findall(r"[^\W_]+(?:[-.&'’][^\W_]+)*", core) if w not in _STOP]
    while len(words) > 1 and words[-1] in _LEGAL_FORMS:
        words.pop()  # "Marbos GmbH", "Societe Generale SA": the name, not its legal form
    return words[-1] if words else None


_LEGAL_FORMS = frozenset({"ag", "se", "sa", "gmbh", "kg", "co", "inc", "ltd", "plc", "llc",
                          "corp", "nv", "bv", "spa", "ab", "asa", "oy", "kgaa", "mbh"})


def _same_participant(gold: Mapping[str, Any], pred_text: Any, pred_entity: Any) -> bool:
    """Same mention text, or the predicted mention's entity has the gold text as its name; or
    the predicted words lie inside the gold mention and include its
    head, or hold the whole gold mention ("Autozulieferer ZF" for gold "ZF"); or the
    prediction (or its resolved entity name) and the gold instance's descriptor hold each
    other's words (a pronoun's referent: gold "it" = Velkor / "Velkor")."""
    g_text = _norm_text(gold.get("text"))
    if g_text and g_text in (_norm_text(pred_text), _norm_text(pred_entity)):
        return True  # the mention, or the entity it is linked to ("Dunmore" → Dunmore Freight)
    head = _head(g_text)
    pred_words = _words(pred_text)
    gold_words = _words(g_text)
    if head and head in pred_words and (pred_words <= gold_words or gold_words <= pred_words):
        return True  # inside the gold mention with its head, or holding all of it
    name = _words(gold.get("entity"))
    return bool(name) and any(
        words and (words <= name or name <= words)
        for words in (pred_words, _words(pred_entity))
    )


def role_correct(gold: Sequence[Mapping[str, Any]], pred: Sequence[Mapping[str, Any]],
                 role: str, entity_names: Mapping[str, str] | None = None) -> bool:
    """Some predicted ``role`` actor is the same participant as some gold one."""
    names = entity_names or {}
    return any(
        _same_participant(g, p.get("text"), names.get(str(p.get("entity_id"))))
        for g in gold if g.get("role") == role
        for p in pred if p.get("role") == role
    )


def _day_part(value: Any) -> str:
    """A value without its time of day: newsflow's event times stop at the day. A weekend
    counts as its week ("2025-W22-WE" = "2025-W22"): the own sets annotate weeks."""
    v = _norm_text(value)
    if re.fullmatch(r"\d{4}-w\d\d-we", v):
        return v[:-3]
    return v[:10] if re.match(r"\d{4}-\d\d-\d\dt", v) else v


def _trigger_matches(gold: list[Mapping[str, Any]], pred: list[Mapping[str, Any]]
                     ) -> list[tuple[int, int]]:
    gs = [_span_of(e.get("trigger")) for e in gold]
    ps = [_span_of(e.get("trigger")) for e in pred]

    def score(g: int, p: int) -> float:
        a, b = gs[g], ps[p]
        if a is None or b is None:
            return 0.0
        inter = overlap_len(a, b)
        return inter / ((a[1] - a[0]) + (b[1] - b[0]) - inter) if inter else 0.0

    return [(g, p) for g, p, _ in greedy_match(len(gold), len(pred), score)]


def score_attributes(gold_docs: Iterable[Mapping[str, Any]],
                     pred_records: Iterable[Mapping[str, Any]],
                     published_fallback: bool = False) -> AttributeScores:
    """Attribute accuracies on trigger matches (see AttributeScores)."""
    preds = {str(r.get("id")): r for r in pred_records}
    res = AttributeScores()
    for doc in gold_docs:
        record = preds.get(str(doc.get("id"))) or {}
        ge = list(doc.get("events") or [])
        pe = list(record.get("events") or [])
        names = {str(e.get("id")): str(e.get("name") or "") for e in record.get("entities") or []}
        published = str(doc.get("published_at") or "")[:10]
        if published_fallback:
            _score_timex(doc, record, res)
        for g, p in _trigger_matches(ge, pe):
            gold, pred = ge[g], pe[p]
            res.matches += 1
            if not str(gold.get("type")).startswith("meantime."):
                res.type.add(gold.get("type") == pred.get("type"))
            else:
                res.gold_unmapped += 1
            for role, acc in (("agent", res.agent), ("patient", res.patient)):
                if any(a.get("role") == role for a in gold.get("actors") or []):
                    acc.add(role_correct(gold.get("actors") or [], pred.get("actors") or [],
                                         role, names))
            gt = gold.get("time") or {}
            expected = gt.get("value") or (published if published_fallback else None)
            if expected:
                ok = _day_part((pred.get("time") or {}).get("value")) == _day_part(expected)
                res.time.add(ok)
                if gt.get("source") == "text" or (published_fallback and gt.get("value")):
                    res.time_from_text.add(ok)
            if gold.get("location"):
                res.location.add(_same_place(gold["location"], pred.get("location")))
            if pred.get("location") and "location" in gold:
                res.location_predicted.add(bool(gold.get("location")) and _same_place(
                    gold["location"], pred["location"]))
            if gold.get("modality"):
                res.modality.add(gold.get("modality") == pred.get("modality"))
    return res


def _score_timex(doc: Mapping[str, Any], record: Mapping[str, Any],
                 res: AttributeScores) -> None:
    text = str(doc.get("text") or "")
    dates = [d for d in record.get("dates") or [] if _span_of(d) is not None]
    for event in doc.get("events") or []:
        gt = event.get("time") or {}
        trigger = _span_of(event.get("trigger"))
        if not gt.get("text") or not gt.get("value") or trigger is None:
            continue
        # the occurrence nearest the trigger (the gold time is in the trigger's sentence;
        # splitting sentences at ". " would cut "3. Mai")
        needle = str(gt["text"])
        hits = [m.start() for m in re.finditer(re.escape(needle), text)]
        if not hits:
            continue
        at = min(hits, key=lambda h: abs(h - trigger[0]))
        span = (at, at + len(needle))
        found = [d for d in dates if overlap_len(span, _span_of(d) or (0, 0)) > 0]
        res.timex_found.add(bool(found))
        if found:
            res.timex_value.add(any(_day_part(d.get("value")) == _day_part(gt["value"])
                                    for d in found))


def _same_place(gold: Mapping[str, Any], pred: Mapping[str, Any] | None) -> bool:
    if not pred:
        return False
    if _norm_text(gold.get("text")) == _norm_text(pred.get("text")):
        return True
    return bool(gold.get("country")) and gold.get("country") == pred.get("country") \
        and bool(_words(gold.get("text")) & _words(pred.get("text")))


def format_attribute_scores(s: AttributeScores, title: str | None = None) -> str:
    """One table of the attribute accuracies (rows without any judged match are left out)."""
    rows = [[name, acc.correct, acc.total, acc.value if acc.total else None]
            for name, acc in (("type (gold type mapped)", s.type), ("agent", s.agent),
                              ("patient", s.patient), ("time value", s.time),
                              ("time value (gold from a text timex)", s.time_from_text),
                              ("location", s.location),
                              ("location (of those predicted)", s.location_predicted),
                              ("modality", s.modality),
                              ("timex: gold event time found", s.timex_found),
                              ("timex: value, of those found", s.timex_value))
            if acc.total or name.startswith(("type", "agent", "patient", "time"))]
    return format_table(("attribute", "correct", "total", "accuracy"), rows, title or (
        f"Attributes on {s.matches} trigger matches ({s.gold_unmapped} with a "
        "gold event MEANTIME gives no newsflow type: type not judged)"))
