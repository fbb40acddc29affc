"""DFKI SmartData corpus → newsflow event gold documents.

Files: ``v1_20180119/{train,test}.json.gz`` and ``v3_20200302/dev.json.gz`` are gzip'd
streams of pretty-printed JSON documents in Avro's JSON encoding (nullable fields
are wrapped as ``{"string": ...}``, ``{"array": [...]}``, ``{"map": {...}}``);
:func:`iter_documents` decodes them with ``raw_decode`` in a loop and unwraps the
unions. A document has ``text``, ``date``, ``conceptMentions`` (typed spans, incl.
``trigger``) and ``relationMentions`` (``name`` + ``args`` with ``role`` and a
``conceptMention``). All relation mentions carry ``attributes.status`` ("factual").

Conversion (one gold event per relation mention of a mapped type):

* type: :data:`EVENT_TYPE_MAP`. OrganizationLeadership is excluded by default
  although the intended id is organization.leadership_change: in this corpus it
  annotates static roles ("Facebook-Chef Zuckerberg"), not changes of leadership
  (change words such as "neue"/"Nachfolger" occur near only 16 of its 95 v1
  instances, and few of those are changes), so counting it as an event would
  penalise a correct extractor. ``include_leadership=True`` keeps it.
  :data:`EXCLUDED_TYPES` lists relation types (not events) from the SmartData /
  DFKI schemas; they are skipped, as are unknown names (counted in the stats).
* trigger: the argument with role ``trigger`` (not ``cause``, which also points at
  trigger-typed concepts such as "Notarzt-Einsatz"); with several, the earliest.
  Disaster mentions almost never have a trigger but always a ``type`` argument
  ("Erdbeben", "Hochwasser") which is used instead. Spans are trimmed of
  whitespace and punctuation; lemma = trigger text lowercased (no lemmas in v1).
  No trigger (Acquisition now and then) → ``trigger: null``; the scorer then
  matches that event by type within the document only.
* actors: arguments with organisation/person roles, role name kept as in
  SmartData (buyer, acquired, seller, company, union, striker, person,
  organization, old, new, parent, child).
* location: ``location``, else ``start_loc``, else ``route``; country null.
  time: ``date``, else ``start_date``; value/granularity null (not normalised).
* modality: status "factual" → "asserted" (other statuses pass through).
* Every document is kept, also those without events: they are the negatives that
  make event precision meaningful.

Splits: "tune" = v1 train minus documents whose id is also in v1 test (18),
"heldout" = v1 test. The v1 files here already lack the v3 test documents.
"dev" = v3 dev; it is a *subset* of v1 train+test (re-annotated), so it is only
useful as a small, cleaner sample and must not be combined with the others.
Duplicate ids within a file are kept once.
"""

from __future__ import annotations

import gzip
import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_PATH = REPO_ROOT.parent / "shared" / "data" / "de" / "smartdata"

SPLIT_FILES: dict[str, str] = {
    "tune": "v1_20180119/train.json.gz",
    "heldout": "v1_20180119/test.json.gz",
    "dev": "v3_20200302/dev.json.gz",
}

EVENT_TYPE_MAP: dict[str, str] = {
    "Acquisition": "economy.acquisition",
    "Merger": "economy.merger",
    "Insolvency": "economy.insolvency",
    "Layoffs": "economy.layoffs",
    "SpinOff": "economy.spin_off",
    "CompanyFacility": "economy.facility",
    "CompanyFinancing": "economy.financing",
    "Strike": "labor.strike",
    "Disaster": "disaster.other",
    "TrafficJam": "transport.traffic_jam",
    "Accident": "transport.accident",
    "Obstruction": "transport.obstruction",
    "RailReplacementService": "transport.disruption",
    "CanceledRoute": "transport.disruption",
    "CanceledStop": "transport.disruption",
    "Delay": "transport.disruption",
}
"""SmartData relation name → newsflow event type id.

CompanyFacility (opening/closing a site) and CompanyFinancing (a funding round)
are events; they occur in later DFKI corpora, not in SmartData v1/v3."""

LEADERSHIP_TYPE: dict[str, str] = {"OrganizationLeadership": "organization.leadership_change"}

EXCLUDED_TYPES: frozenset[str] = frozenset(
    {
        "CompanyHeadquarters",
        "CompanyProvidesProduct",
        "CompanyCustomer",
        "CompanyIndustry",
        "CompanyRelationship",
        "CompanyProject",
        "CompanyWebsite",
        "OrganizationLeadership",
    }
)
"""Relations that hold between entities rather than happen (no time, no trigger)."""

ACTOR_ROLES: frozenset[str] = frozenset(
    {
        "buyer",
        "acquired",
        "seller",
        "company",
        "union",
        "striker",
        "person",
        "organization",
        "old",
        "new",
        "parent",
        "child",
    }
)
# SmartData argument roles read as newsflow's participant roles, per event type: who acts
# (the buyer, the insolvent or cutting company, the union, a merging or splitting parent) and
# who is acted on (the bought company, a struck employer, the spun-off unit). Sellers and a
# merger's new company have no newsflow role and are left out of the role scores.
NEWSFLOW_ROLES: dict[tuple[str, str], str] = {
    ("economy.acquisition", "buyer"): "agent",
    ("economy.acquisition", "acquired"): "patient",
    ("economy.insolvency", "company"): "agent",
    ("economy.layoffs", "company"): "agent",
    ("labor.strike", "union"): "agent",
    ("labor.strike", "striker"): "agent",
    ("labor.strike", "company"): "patient",
    ("economy.merger", "old"): "agent",
    ("economy.spin_off", "parent"): "agent",
    ("economy.spin_off", "child"): "patient",
}

LOCATION_ROLES: tuple[str, ...] = ("location", "start_loc", "route")
TIME_ROLES: tuple[str, ...] = ("date", "start_date")
_TRIM = " \t\r\n\u00a0.,;:!?\"'()[]{}„“”‚‘’«»-–—…/*#|"
_UNION_KEYS = {"string", "array", "map", "int", "long", "float", "double", "boolean", "bytes"}


@dataclass
class SmartDataStats:
    """What the converter kept and skipped, per split."""

    docs: int = 0
    docs_with_events: int = 0
    duplicate_ids: int = 0
    dropped_overlap: int = 0
    events: Counter[str] = field(default_factory=Counter)
    events_without_trigger: Counter[str] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)


def unwrap(value: Any) -> Any:
    """Strip Avro JSON union wrappers recursively (idempotent on plain JSON)."""
    if isinstance(value, dict):
        if len(value) == 1:
            key = next(iter(value))
            if key in _UNION_KEYS or key.startswith("de.dfki."):
                return unwrap(value[key])
        return {k: unwrap(v) for k, v in value.items()}
    if isinstance(value, list):
        return [unwrap(v) for v in value]
    return value


def iter_json_stream(text: str) -> Iterator[Any]:
    """Yield concatenated JSON values from one string."""
    decoder = json.JSONDecoder()
    pos, n = 0, len(text)
    while True:
        while pos < n and text[pos].isspace():
            pos += 1
        if pos >= n:
            return
        obj, pos = decoder.raw_decode(text, pos)
        yield obj


def iter_documents(path: str | Path) -> Iterator[dict[str, Any]]:
    """Read a (gzip'd) SmartData JSON stream and yield unwrapped documents."""
    p = Path(path)
    opener = gzip.open if p.suffix == ".gz" else open
    with opener(p, "rt", encoding="utf-8") as fh:  # type: ignore[operator]
        content = fh.read()
    for obj in iter_json_stream(content):
        yield unwrap(obj)


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span past whitespace and punctuation (keeps it if all would go)."""
    s, e = start, end
    while s < e and text[s] in _TRIM:
        s += 1
    while e > s and text[e - 1] in _TRIM:
        e -= 1
    return (s, e) if s < e else (start, end)


def _arg_span(text: str, arg: dict[str, Any]) -> tuple[int, int] | None:
    cm = arg.get("conceptMention") or {}
    span = cm.get("span") or {}
    try:
        start, end = int(span["start"]), int(span["end"])
    except (KeyError, TypeError, ValueError):
        return None
    if not 0 <= start < end <= len(text):
        return None
    return trim_span(text, start, end)


def convert_relation(
    text: str, rel: dict[str, Any], type_map: dict[str, str]
) -> dict[str, Any] | None:
    """One relation mention → one gold event (None if its type is not mapped)."""
    etype = type_map.get(str(rel.get("name")))
    if etype is None:
        return None
    by_role: dict[str, list[tuple[int, int]]] = {}
    for arg in rel.get("args") or []:
        sp = _arg_span(text, arg)
        if sp is not None:
            by_role.setdefault(str(arg.get("role")), []).append(sp)
    for spans in by_role.values():
        spans.sort()
    trig_spans = by_role.get("trigger") or (
        by_role.get("type") if rel.get("name") == "Disaster" else None
    )
    trigger = None
    if trig_spans:
        s, e = trig_spans[0]
        trigger = {"text": text[s:e], "lemma": text[s:e].lower(), "start": s, "end": e}
    actors = [
        {"role": role, "text": text[s:e]}
        for role in sorted(by_role)
        if role in ACTOR_ROLES
        for s, e in by_role[role]
    ]
    location = next(
        (
            {"text": text[s:e], "country": None}
            for r in LOCATION_ROLES
            for s, e in by_role.get(r, [])[:1]
        ),
        None,
    )
    time = next(
        (
            {"text": text[s:e], "value": None, "granularity": None}
            for r in TIME_ROLES
            for s, e in by_role.get(r, [])[:1]
        ),
        None,
    )
    status = str((rel.get("attributes") or {}).get("status") or "factual").lower()
    return {
        "type": etype,
        "trigger": trigger,
        "actors": actors,
        "location": location,
        "time": time,
        "modality": "asserted" if status == "factual" else status,
        "source_type": rel.get("name"),
    }


def type_map(include_leadership: bool = False) -> dict[str, str]:
    """The effective SmartData → newsflow mapping."""
    mapping = dict(EVENT_TYPE_MAP)
    if include_leadership:
        mapping.update(LEADERSHIP_TYPE)
    return mapping


def in_schema(event_type: str, include_leadership: bool = False) -> bool:
    """Whether SmartData annotates events of this newsflow type at all: its mapped types, and
    every disaster subtype (its Disaster relation covers floods, storms, quakes alike).
    Predictions of other types (statements, attacks, elections …) can never match its gold,
    so a precision over them measures the schema, not the extractor."""
    return event_type in type_map(include_leadership).values() or event_type.startswith(
        "disaster.")


def convert_document(
    doc: dict[str, Any], include_leadership: bool = False, stats: SmartDataStats | None = None
) -> dict[str, Any]:
    """One SmartData document (raw or unwrapped) → event gold document."""
    doc = unwrap(doc)
    text = str(doc.get("text") or "")
    mapping = type_map(include_leadership)
    events: list[dict[str, Any]] = []
    for rel in doc.get("relationMentions") or []:
        event = convert_relation(text, rel, mapping)
        if event is None:
            if stats is not None:
                stats.skipped[str(rel.get("name"))] += 1
            continue
        events.append(event)
        if stats is not None:
            stats.events[event["type"]] += 1
            if event["trigger"] is None:
                stats.events_without_trigger[event["type"]] += 1
    events.sort(key=lambda ev: (ev["trigger"] or {}).get("start", len(text)))
    refids = doc.get("refids") or {}
    return {
        "id": str(doc.get("id")),
        "language": str(doc.get("langCode") or "de"),
        "published_at": _iso_date(doc.get("date")),
        "text": text,
        "events": events,
        "source": refids.get("source"),
    }


def _iso_date(value: Any) -> str | None:
    """The document date if it is one; tweets carry their tweet id in ``date``."""
    text = str(value or "")
    try:
        date.fromisoformat(text[:10])
    except ValueError:
        return None
    return text


def _load_file(
    path: Path, include_leadership: bool, exclude_ids: set[str], stats: SmartDataStats
) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for raw in iter_documents(path):
        doc_id = str(raw.get("id"))
        if doc_id in seen:
            stats.duplicate_ids += 1
            continue
        seen.add(doc_id)
        if doc_id in exclude_ids:
            stats.dropped_overlap += 1
            continue
        gold = convert_document(raw, include_leadership, stats)
        stats.docs += 1
        stats.docs_with_events += bool(gold["events"])
        out.append(gold)
    return out


def load_smartdata(
    path: str | Path | None = None,
    splits: Iterable[str] = ("tune", "heldout"),
    include_leadership: bool = False,
) -> tuple[dict[str, list[dict[str, Any]]], dict[str, SmartDataStats]]:
    """Load the requested splits; return ({split: gold docs}, {split: stats})."""
    root = Path(path) if path is not None else DEFAULT_PATH
    wanted = list(splits)
    unknown = [s for s in wanted if s not in SPLIT_FILES]
    if unknown:
        raise ValueError(f"unknown SmartData split(s) {unknown}; choose from {sorted(SPLIT_FILES)}")
    heldout_ids: set[str] = set()
    if "tune" in wanted:
        heldout_ids = {str(d.get("id")) for d in iter_documents(root / SPLIT_FILES["heldout"])}
    docs: dict[str, list[dict[str, Any]]] = {}
    stats: dict[str, SmartDataStats] = {}
    for split in wanted:
        st = SmartDataStats()
        exclude = heldout_ids if split == "tune" else set()
        docs[split] = _load_file(root / SPLIT_FILES[split], include_leadership, exclude, st)
        stats[split] = st
    return docs, stats


def with_newsflow_roles(docs: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Copies of the gold documents whose actors carry newsflow roles (agent, patient) by
    :data:`NEWSFLOW_ROLES`, for the participant scores; actors without one are dropped."""
    out = []
    for doc in docs:
        events = []
        for event in doc.get("events") or []:
            actors = [dict(a, role=NEWSFLOW_ROLES[(event["type"], a["role"])])
                      for a in event.get("actors") or []
                      if (event["type"], a.get("role")) in NEWSFLOW_ROLES]
            events.append(dict(event, actors=actors))
        out.append(dict(doc, events=events))
    return out
