"""NewsReader MEANTIME (English Wikinews) → newsflow event gold documents and timex rows.

The corpus (``../shared/data/en/meantime/intra-doc_annotation/corpus_<topic>/*.xml``, 120
articles in 4 topics, schema ``MEANTIME_NWR.xsd``) stores PTB-style tokens with a sentence
number, markables (``EVENT_MENTION``, ``ENTITY_MENTION``, ``TIMEX3``, ``VALUE`` … anchored to
tokens; ``EVENT`` / ``ENTITY`` instances without tokens) and relations (``REFERS_TO`` mention →
instance, ``HAS_PARTICIPANT`` with PropBank roles, ``TLINK``, ``SLINK`` …). Licence CC BY 4.0;
it is read at run time only, nothing of it (beyond document ids in the split manifest) is
stored in the repository.

Annotated region
    Sentence 0 is the title, the next is the date line (it holds the document creation time,
    DCT), and only the first body sentences carry annotations (sentences 2–5; one article has
    a photo caption glued into sentence 2, and its annotation runs on to sentence 6). The
    region is therefore read from the data: body sentences from the one after the date line up
    to the last sentence with any token-anchored markable. Title and date line are not part of
    the gold ``text``: newsflow extracts from the article text, the title travels in ``title``
    (as in production); their events and timexes are counted in :func:`stats`, not scored.

Text
    Tokens are re-joined with written spacing (no space before ``, . ; : ! ? ) ] % 's n't``
    and closing quotes, none after ``( [ $ US$`` and opening quotes; PTB ```` `` '' ```` become
    ``"``); sentences are joined with one space (the corpus keeps no paragraphs). Every token
    keeps its exact character range, so spans are exact.

Events (one gold event per ``EVENT_MENTION`` in the region)
    * trigger: the mention's tokens (the first contiguous run when discontinuous, all runs in
      ``spans``); ``lemma`` = MEANTIME's ``pred`` attribute.
    * type: MEANTIME has no event types, only the class of the event instance (``OTHER``,
      ``SPEECH_COGNITIVE``, ``GRAMMATICAL``, ``MIX``). No class maps to a newsflow type:
      SPEECH_COGNITIVE covers every verb of saying and believing, which newsflow leaves to the
      quote layer (``politics.statement`` is a formal statement, not "said"), GRAMMATICAL is
      light and aspectual verbs, OTHER is everything else. A newsflow type is given only where
      the annotated predicate lemma fixes it under newsflow's own type definitions
      (:data:`LEMMA_TYPES`, 17 lemmas, written from the tune split only): ``bankruptcy`` →
      economy.insolvency, ``lawsuit``/``sue`` → justice.lawsuit, ``resign`` →
      politics.resignation, ``statement`` → politics.statement, ``meeting`` →
      diplomacy.meeting, ``earthquake`` → disaster.earthquake, ``accident`` →
      transport.accident, … Lemmas whose sense depends on context stay unmapped (the list is
      in :data:`LEMMA_TYPES`' docstring): ``crash`` (stock markets crash too), ``deal`` /
      ``agreement`` (aircraft sales), ``bid``, ``conference``, ``buy``/``purchase``/``order``,
      ``cut``, ``appoint``, ``say``/``announce`` (newsflow: quote cues, not events),
      ``launch``/``release``/``unveil`` (products: no newsflow type), ``rise``/``fall`` (share
      prices: no type). Every other event gets ``meantime.<class>`` (e.g. ``meantime.other``),
      which no newsflow rule produces: those count for trigger detection only. Fewer than 2 %
      of the events (34 of 1882) get a newsflow type, so the type figures rest on few
      events. Type accuracy is measured on trigger matches whose gold type is a newsflow type
      (:func:`score_attributes`; matches of unmapped gold events are counted separately,
      newsflow's type for them can be neither right nor wrong here).
    * actors: ``HAS_PARTICIPANT`` targets with their mention text and span; ``Arg0`` →
      ``agent``, ``Arg1`` → ``patient``, other numbered roles kept as ``arg2``…``arg4`` and
      ``argm_other`` (not scored). ``Argm-LOC`` → ``location`` (the first, country null).
      Targets are entity mentions or VALUE mentions (money, quantities: ``kind`` tells).
    * time: from TLINKs where the event IS_INCLUDED in / is SIMULTANEOUS with (or IDENTITY) a
      TIMEX3 (either direction); a timex in the text wins over the DCT, and values with ``X``
      (unknown digits) or durations are skipped. ``source`` = ``text`` or ``published`` (the
      DCT, newsflow's word for the publication day). 398 of 1882 events get one, 199 of them
      from a timex in the text.
    * modality: polarity NEG → negated; certainty POSSIBLE/PROBABLE → hypothetical; else
      asserted (MEANTIME's own attributes are kept under ``meantime``; not scored).

Timex rows (``newsflow eval timex`` table format, one per TIMEX3 in the region)
    ``sentence`` = the sentence text, ``text``/``start``/``end`` = the expression in it,
    ``reference`` = the DCT (the CREATION_TIME timex; two articles lack that function, their
    date-line DATE timex is used; one writes it DD-MM-YYYY, :func:`dct_date` reads its date
    line instead), ``value`` and ``type`` as annotated, ``granularity`` derived from the
    value (:func:`granularity`: day, week, month, season, quarter, half, year, decade,
    century, ref, duration, set, underspecified, other such as ``FY2007``), ``mod`` null
    (MEANTIME has no mod attribute, so value+mod accuracy is meaningless here). A body
    sentence without any TIMEX3 becomes one negative row (MEANTIME annotates every temporal
    expression, durations included, so nothing may be extracted there). Empty TIMEX3 (no
    tokens: implicit anchors and interval ends) are skipped. :func:`score_timex_mentions`
    adds TempEval-3 style figures over every predicted expression in the annotated sentences.

Split
    Fixed in ``meantime_split.json`` (document ids only): per topic, the 30 ids sorted by
    ``sha256("<seed>:<doc id>")``; the first 15 are tune, the rest heldout (60/60, 15 per
    topic each). Written once by :func:`write_split_manifest`; :func:`load` reads it. The
    heldout part is for measuring only.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from service.evaluation.attributes import (  # noqa: F401 — re-exported: the MEANTIME scorer
    AttributeScores,
    _norm_text,
    _span_of,
    format_attribute_scores,
    role_correct,
    score_attributes,
)
from service.evaluation.scoring import PRF, format_table, greedy_match, overlap_len

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_ROOT = REPO_ROOT.parent / "shared" / "data" / "en" / "meantime"
ANNOTATION_DIR = "intra-doc_annotation"
TOPICS: tuple[str, ...] = ("airbus", "apple", "gm", "stock")
SPLITS: tuple[str, ...] = ("tune", "heldout", "all")
SPLIT_MANIFEST = Path(__file__).with_name("meantime_split.json")
SPLIT_SEED = "meantime-en-newsflow-1"
TUNE_PER_TOPIC = 15

ROLE_NAMES: dict[str, str] = {
    "arg0": "agent",
    "arg1": "patient",
    "arg2": "arg2",
    "arg3": "arg3",
    "arg4": "arg4",
    "argm-other": "argm_other",
}
LOCATION_ROLE = "argm-loc"
# TLINK relations that put an event inside (or at) a time: (relation as seen from the event)
_TIME_RELS_FROM_EVENT = frozenset({"IS_INCLUDED", "SIMULTANEOUS", "IDENTITY"})
_TIME_RELS_FROM_TIMEX = frozenset({"INCLUDES", "SIMULTANEOUS", "IDENTITY"})

LEMMA_TYPES: dict[str, str] = {
    # seen in the tune split; every use there read and found to fit the newsflow type
    "bankruptcy": "economy.insolvency",
    "lawsuit": "justice.lawsuit",
    "resign": "politics.resignation",
    "statement": "politics.statement",
    "accident": "transport.accident",
    "earthquake": "disaster.earthquake",
    "tsunami": "disaster.earthquake",
    "meeting": "diplomacy.meeting",
    # not in the tune split; one sense only, inside the newsflow type's definition
    "insolvency": "economy.insolvency",
    "merger": "economy.merger",
    "takeover": "economy.acquisition",
    "layoff": "economy.layoffs",
    "sue": "justice.lawsuit",
    "verdict": "justice.verdict",
    "investigation": "politics.investigation",
    "inquiry": "politics.investigation",
    "resignation": "politics.resignation",
}
"""Predicate lemma (MEANTIME ``pred``) → newsflow type. Written from newsflow's type
definitions (``service/extract/lexicons/event_types.md``) and the tune split only. Left out
after reading their tune uses: ``crash`` (a stock-market crash), ``merge`` (teams inside a
company), ``meet`` (meet demands/duties), ``conference`` (developer conferences; only "press
conference" would be diplomacy.press_conference and the trigger is the head alone),
``deal``/``agreement``/``sign`` (aircraft sales: newsflow's diplomacy.agreement excludes
commercial deals), ``bid`` (a tender, not a takeover bid), ``ban`` (a safety flight ban, not
sanctions), ``appoint`` (board seats), ``filed``/``filing``/``protection`` (generic words
around a bankruptcy), ``disaster`` (plane crashes here), ``report``, ``release``,
``announcement``, ``cut``. Not in tune and ambiguous, so also left out: ``acquisition`` /
``acquire`` (aircraft are acquired too), ``investment``, ``strike``, ``trial``, ``probe``."""


# ----------------------------------------------------------------------------- reading


@dataclass(frozen=True)
class Token:
    """One corpus token."""

    t_id: int
    sentence: int
    text: str


@dataclass
class Markable:
    """A mention (with token anchors) or an instance (without)."""

    m_id: str
    tag: str
    attrs: dict[str, str]
    t_ids: list[int]


@dataclass
class Relation:
    """A relation between markables (sources → targets)."""

    tag: str
    attrs: dict[str, str]
    sources: list[str]
    targets: list[str]


@dataclass
class MeantimeDoc:
    """One parsed MEANTIME article."""

    doc_id: str
    name: str
    topic: str
    url: str | None
    tokens: list[Token]
    markables: dict[str, Markable]
    relations: list[Relation]

    def mentions(self, tag: str) -> list[Markable]:
        """Markables of ``tag`` that have tokens, in document order."""
        found = [m for m in self.markables.values() if m.tag == tag and m.t_ids]
        return sorted(found, key=lambda m: (min(m.t_ids), _int(m.m_id)))


def _int(value: str) -> int:
    return int(value) if value.isdigit() else sys.maxsize


def _children(root: ET.Element, tag: str) -> list[ET.Element]:
    found = root.find(tag)
    return list(found) if found is not None else []


def parse_document(source: str | bytes, topic: str = "") -> MeantimeDoc:
    """Parse one MEANTIME XML document (text or bytes)."""
    root = ET.fromstring(source)
    tokens = [
        Token(int(t.get("t_id") or 0), int(t.get("sentence") or 0), t.text or "")
        for t in root.iter("token")
    ]
    tokens.sort(key=lambda t: t.t_id)
    markables: dict[str, Markable] = {}
    for m in _children(root, "Markables"):
        m_id = m.get("m_id")
        if m_id is None:
            continue
        anchors = [int(a.get("t_id") or 0) for a in m.findall("token_anchor")]
        attrs = {k: v for k, v in m.attrib.items() if k != "m_id"}
        markables[m_id] = Markable(m_id, m.tag, attrs, sorted(set(anchors)))
    relations = [
        Relation(
            r.tag,
            dict(r.attrib),
            [s.get("m_id") or "" for s in r.findall("source")],
            [t.get("m_id") or "" for t in r.findall("target")],
        )
        for r in _children(root, "Relations")
    ]
    return MeantimeDoc(
        doc_id=str(root.get("doc_id") or ""),
        name=str(root.get("doc_name") or ""),
        topic=topic,
        url=root.get("url"),
        tokens=tokens,
        markables=markables,
        relations=relations,
    )


def topic_of(path: Path) -> str:
    """``corpus_airbus`` → ``airbus``."""
    return path.parent.name.removeprefix("corpus_")


def read_document(path: str | Path) -> MeantimeDoc:
    """Parse one MEANTIME XML file; its topic comes from its folder."""
    p = Path(path)
    return parse_document(p.read_bytes(), topic_of(p))


def iter_documents(root: str | Path | None = None) -> Iterator[MeantimeDoc]:
    """Every article under ``root`` (default ``../shared/data/en/meantime``), by topic and id."""
    base = Path(root) if root is not None else DEFAULT_ROOT
    folder = base / ANNOTATION_DIR if (base / ANNOTATION_DIR).is_dir() else base
    files = sorted(folder.glob("corpus_*/*.xml"))
    if not files:
        raise FileNotFoundError(f"no MEANTIME corpus_*/*.xml files under {folder}")
    for path in sorted(files, key=lambda p: (topic_of(p), _doc_sort_key(p.stem))):
        yield read_document(path)


def _doc_sort_key(name: str) -> tuple[int, str]:
    head = name.split("_", 1)[0]
    return (int(head) if head.isdigit() else sys.maxsize, name)


# ----------------------------------------------------------------------------- text

_NO_SPACE_BEFORE = frozenset({",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "...", "''",
                              "'s", "'S", "'re", "'ve", "'ll", "'d", "'m", "n't", "’s", "’"})
_NO_SPACE_AFTER = frozenset({"(", "[", "{", "$", "``", "`", "#", "£", "€"})
_PTB = {"-LRB-": "(", "-RRB-": ")", "-LSB-": "[", "-RSB-": "]", "``": '"', "''": '"'}


def detokenise(tokens: Sequence[str]) -> tuple[str, list[tuple[int, int]]]:
    """Join PTB tokens with written spacing; returns the text and each token's range."""
    parts: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    glue_next = True  # no space before the first token
    double_open = single_open = False
    for i, raw in enumerate(tokens):
        tok = _PTB.get(raw, raw)
        glue_left = raw in _NO_SPACE_BEFORE
        glue_right = raw in _NO_SPACE_AFTER or (raw.endswith("$") and len(raw) <= 4)
        if raw == '"':
            glue_left, glue_right = double_open, not double_open
            double_open = not double_open
        elif raw == "``":
            double_open = True
        elif raw == "''":
            double_open = False
        elif raw == "`":
            single_open = True
        elif raw == "'":
            prev = tokens[i - 1] if i else ""
            if single_open or prev[-1:] in ("s", "S"):
                glue_left, single_open = True, False
            else:
                glue_right, single_open = True, True
        elif len(raw) > 1 and raw.endswith("'") and raw[:-1].isalpha():
            glue_right = True  # O' Leary, I' m
        if parts and not (glue_next or glue_left):
            parts.append(" ")
            pos += 1
        spans.append((pos, pos + len(tok)))
        parts.append(tok)
        pos += len(tok)
        glue_next = glue_right
    return "".join(parts), spans


# ----------------------------------------------------------------------------- region


@dataclass
class Layout:
    """Where the title, date line and annotated body sentences are, and the rebuilt text."""

    title_sentence: int
    dateline_sentence: int | None
    body_sentences: list[int]
    text: str
    token_span: dict[int, tuple[int, int]]  # t_id → char range in ``text`` (body tokens only)
    sentence_span: dict[int, tuple[int, int]]  # body sentence → char range in ``text``
    title: str
    dct: Markable | None
    reference: str | None  # the DCT as an ISO date (repaired where the corpus has another form)


def dct_date(doc: MeantimeDoc, dct: Markable | None) -> str | None:
    """The DCT value as YYYY-MM-DD; one article writes it DD-MM-YYYY, so a value in another
    form is replaced by its date line read with ``Month DD, YYYY``."""
    if dct is None:
        return None
    value = (dct.attrs.get("value") or "").strip()
    if re.fullmatch(r"\d{4}-\d\d-\d\d", value):
        return value
    surface = _surface(doc, dct.t_ids)
    for fmt in ("%B %d, %Y", "%b %d, %Y", "%d %B %Y"):
        try:
            return dt.datetime.strptime(surface, fmt).date().isoformat()
        except ValueError:
            continue
    return None


def _sentences(doc: MeantimeDoc) -> dict[int, list[Token]]:
    out: dict[int, list[Token]] = defaultdict(list)
    for tok in doc.tokens:
        out[tok.sentence].append(tok)
    return dict(sorted(out.items()))


def creation_time(doc: MeantimeDoc) -> Markable | None:
    """The DCT timex: the CREATION_TIME one, else a full-date DATE timex in sentence 1."""
    timexes = [m for m in doc.markables.values() if m.tag == "TIMEX3"]
    for m in timexes:
        if m.attrs.get("functionInDocument") == "CREATION_TIME":
            return m
    sentence_of = {t.t_id: t.sentence for t in doc.tokens}
    for m in sorted(timexes, key=lambda m: _int(m.m_id)):
        value = m.attrs.get("value") or ""
        in_line = m.t_ids and all(sentence_of.get(t) == 1 for t in m.t_ids)
        if in_line and m.attrs.get("type") == "DATE" and re.fullmatch(r"\d{4}-\d\d-\d\d", value):
            return m
    return None


def layout(doc: MeantimeDoc) -> Layout:
    """Find the annotated body sentences and rebuild their text with token offsets."""
    sentences = _sentences(doc)
    sentence_of = {t.t_id: t.sentence for t in doc.tokens}
    dct = creation_time(doc)
    dct_sentences = {sentence_of[t] for t in (dct.t_ids if dct else []) if t in sentence_of}
    dateline = min(dct_sentences) if dct_sentences else None
    annotated = {sentence_of[t] for m in doc.markables.values() for t in m.t_ids
                 if t in sentence_of}
    first_body = (dateline if dateline is not None else min(sentences, default=0)) + 1
    last = max(annotated, default=-1)
    body = [s for s in sentences if first_body <= s <= last]
    title_tokens = sentences.get(min(sentences, default=0), []) if sentences else []
    title, _ = detokenise([t.text for t in title_tokens])
    # one space between sentences: detokenise each, then concatenate with offsets
    text_parts: list[str] = []
    token_span: dict[int, tuple[int, int]] = {}
    sentence_span: dict[int, tuple[int, int]] = {}
    pos = 0
    for s in body:
        toks = sentences[s]
        stext, spans = detokenise([t.text for t in toks])
        if text_parts:
            text_parts.append(" ")
            pos += 1
        for tok, (a, b) in zip(toks, spans, strict=True):
            token_span[tok.t_id] = (pos + a, pos + b)
        sentence_span[s] = (pos, pos + len(stext))
        text_parts.append(stext)
        pos += len(stext)
    return Layout(
        title_sentence=min(sentences, default=0),
        dateline_sentence=dateline,
        body_sentences=body,
        text="".join(text_parts),
        token_span=token_span,
        sentence_span=sentence_span,
        title=title,
        dct=dct,
        reference=dct_date(doc, dct),
    )


def _runs(t_ids: Sequence[int]) -> list[list[int]]:
    """Contiguous runs of token ids."""
    runs: list[list[int]] = []
    for t in sorted(t_ids):
        if runs and t == runs[-1][-1] + 1:
            runs[-1].append(t)
        else:
            runs.append([t])
    return runs


def _char_span(lay: Layout, t_ids: Sequence[int]) -> tuple[int, int] | None:
    spans = [lay.token_span[t] for t in t_ids if t in lay.token_span]
    if not spans or len(spans) != len(t_ids):
        return None
    return min(a for a, _ in spans), max(b for _, b in spans)


def _surface(doc: MeantimeDoc, t_ids: Sequence[int]) -> str:
    by_id = {t.t_id: t.text for t in doc.tokens}
    text, _ = detokenise([by_id[t] for t in sorted(t_ids) if t in by_id])
    return text


# ----------------------------------------------------------------------------- values


def granularity(value: str | None, timex_type: str | None = None) -> str | None:
    """newsflow-style granularity of a TIMEX3 value (None for no value)."""
    if not value:
        return None
    v = value.strip().upper()
    if (timex_type or "").upper() == "SET":
        return "set"
    if v.startswith("P") and not v.startswith("PRESENT") and not v.startswith("PAST"):
        return "duration"
    if v in ("PRESENT_REF", "PAST_REF", "FUTURE_REF"):
        return "ref"
    if "X" in v.split("T", 1)[0]:
        return "underspecified"
    patterns = (
        (r"\d{4}-\d\d-\d\d(T.*)?", "day"),
        (r"\d{4}-W\d\d(-WE)?", "week"),
        (r"\d{4}-\d\d", "month"),
        (r"\d{4}-(SP|SU|FA|WI)", "season"),
        (r"\d{4}-Q[1-4]", "quarter"),
        (r"\d{4}-H[12]", "half"),
        (r"\d{4}", "year"),
        (r"\d{3}", "decade"),
        (r"\d{2}", "century"),
    )
    for pattern, name in patterns:
        if re.fullmatch(pattern, v):
            return name
    return "other"


def _concrete(value: str | None) -> bool:
    """A calendar value newsflow could produce: no unknown digits, not a duration or set."""
    g = granularity(value)
    return g not in (None, "underspecified", "duration", "set", "other")


# ----------------------------------------------------------------------------- events


def _instance_class(doc: MeantimeDoc, refers: Mapping[str, list[str]], m_id: str) -> str:
    classes = sorted({doc.markables[t].attrs.get("class") or "" for t in refers.get(m_id, [])
                      if t in doc.markables and doc.markables[t].tag == "EVENT"} - {""})
    if not classes:
        return "UNKNOWN"
    return classes[0] if len(classes) == 1 else "MIX"


def event_type(meantime_class: str, lemma: str) -> str:
    """newsflow type for an event, or ``meantime.<class>`` where none applies honestly."""
    mapped = LEMMA_TYPES.get(lemma.strip().lower())
    if mapped:
        return mapped
    return "meantime." + re.sub(r"[^a-z_]", "_", meantime_class.lower() or "unknown")


def _modality(attrs: Mapping[str, str]) -> str:
    if (attrs.get("polarity") or "").upper() == "NEG":
        return "negated"
    if (attrs.get("certainty") or "").upper() in ("POSSIBLE", "PROBABLE"):
        return "hypothetical"
    return "asserted"


@dataclass
class _Index:
    """Relations looked up by mention id."""

    refers: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))
    participants: dict[str, list[tuple[str, str]]] = field(
        default_factory=lambda: defaultdict(list))
    times: dict[str, list[str]] = field(default_factory=lambda: defaultdict(list))


def _index(doc: MeantimeDoc) -> _Index:
    idx = _Index()
    tags = {m.m_id: m.tag for m in doc.markables.values()}
    for rel in doc.relations:
        if rel.tag == "REFERS_TO":
            for s in rel.sources:
                idx.refers[s].extend(rel.targets)
        elif rel.tag == "HAS_PARTICIPANT":
            role = (rel.attrs.get("sem_role") or "").lower()
            for s in rel.sources:
                for t in rel.targets:
                    idx.participants[s].append((role, t))
        elif rel.tag == "TLINK" and rel.sources and rel.targets:
            s, t = rel.sources[0], rel.targets[0]
            reltype = (rel.attrs.get("reltype") or "").upper()
            if tags.get(s) == "EVENT_MENTION" and tags.get(t) == "TIMEX3" \
                    and reltype in _TIME_RELS_FROM_EVENT:
                idx.times[s].append(t)
            elif tags.get(s) == "TIMEX3" and tags.get(t) == "EVENT_MENTION" \
                    and reltype in _TIME_RELS_FROM_TIMEX:
                idx.times[t].append(s)
    return idx


def _participant(doc: MeantimeDoc, lay: Layout, idx: _Index, role: str, m_id: str
                 ) -> dict[str, Any] | None:
    target = doc.markables.get(m_id)
    if target is None or not target.t_ids:
        return None
    span = _char_span(lay, target.t_ids)
    item: dict[str, Any] = {"role": role}
    if span is not None:
        item.update(text=lay.text[span[0]:span[1]], start=span[0], end=span[1])
    else:
        item["text"] = _surface(doc, target.t_ids)  # outside the body (title): text only
    item["kind"] = "value" if target.tag == "VALUE" else "entity"
    # the ENTITY instance's descriptor: the name a pronoun or description stands for
    item["entity"] = next((" ".join(d.split()) for t in idx.refers.get(m_id, [])
                           if (e := doc.markables.get(t)) is not None and e.tag == "ENTITY"
                           and (d := e.attrs.get("TAG_DESCRIPTOR") or "").strip()), None)
    return item


def _event_time(doc: MeantimeDoc, lay: Layout, timex_ids: Iterable[str]) -> dict[str, Any] | None:
    best: tuple[int, dict[str, Any]] | None = None
    for m_id in timex_ids:
        tx = doc.markables.get(m_id)
        if tx is None:
            continue
        is_dct = lay.dct is not None and tx.m_id == lay.dct.m_id
        value = lay.reference if is_dct else tx.attrs.get("value")
        if not _concrete(value):
            continue
        in_text = _char_span(lay, tx.t_ids) is not None if tx.t_ids else False
        rank = 0 if in_text and not is_dct else (1 if is_dct else 2)
        item = {
            "text": _surface(doc, tx.t_ids) if tx.t_ids else "",
            "value": value,
            "granularity": granularity(value, tx.attrs.get("type")),
            "source": "published" if is_dct else "text",
        }
        if best is None or rank < best[0]:
            best = (rank, item)
    return best[1] if best else None


def convert_events(doc: MeantimeDoc, counts: Counter[str] | None = None) -> dict[str, Any]:
    """One article → event gold document (body sentences of the annotated region only)."""
    counts = counts if counts is not None else Counter()
    lay = layout(doc)
    idx = _index(doc)
    events: list[dict[str, Any]] = []
    sentence_of = {t.t_id: t.sentence for t in doc.tokens}
    for m in doc.mentions("EVENT_MENTION"):
        runs = _runs(m.t_ids)
        span = _char_span(lay, runs[0])
        if span is None:
            where = sentence_of.get(m.t_ids[0])
            counts["events_title" if where == lay.title_sentence else "events_outside"] += 1
            continue
        cls = _instance_class(doc, idx.refers, m.m_id)
        lemma = (m.attrs.get("pred") or lay.text[span[0]:span[1]]).strip().lower()
        etype = event_type(cls, lemma)
        trigger: dict[str, Any] = {"text": lay.text[span[0]:span[1]], "lemma": lemma,
                                   "start": span[0], "end": span[1]}
        if len(runs) > 1:
            trigger["spans"] = [list(sp) for r in runs if (sp := _char_span(lay, r))]
        actors: list[dict[str, Any]] = []
        location = None
        for role, target in idx.participants.get(m.m_id, []):
            if role == LOCATION_ROLE:
                loc = _participant(doc, lay, idx, "location", target)
                if loc is not None and location is None:
                    location = {"text": loc["text"], "country": None}
                continue
            name = ROLE_NAMES.get(role)
            item = _participant(doc, lay, idx, name, target) if name else None
            if item is not None:
                actors.append(item)
                counts[f"role:{name}"] += 1
        actors.sort(key=lambda a: (a.get("start", -1), a["role"]))
        time = _event_time(doc, lay, idx.times.get(m.m_id, []))
        events.append({
            "type": etype,
            "trigger": trigger,
            "actors": actors,
            "location": location,
            "time": time,
            "modality": _modality(m.attrs),
            "meantime_class": cls,
            "meantime": {k: m.attrs.get(k) for k in ("pos", "tense", "aspect", "certainty",
                                                     "polarity", "time")},
            "m_id": m.m_id,
        })
        counts["events"] += 1
        counts[f"class:{cls}"] += 1
        counts[f"type:{etype}"] += 1
        counts["events_with_time"] += int(time is not None)
        counts["events_with_text_time"] += int(bool(time) and time["source"] == "text")
    return {
        "id": doc.doc_id,
        "language": "en",
        "title": lay.title,
        "published_at": lay.reference,
        "text": lay.text,
        "events": events,
        "topic": doc.topic,
        "source": doc.url,
    }


# ----------------------------------------------------------------------------- timex


def convert_timex(doc: MeantimeDoc, counts: Counter[str] | None = None) -> list[dict[str, Any]]:
    """One article → timex rows (one per TIMEX3 in the body region; a negative row per body
    sentence without any)."""
    counts = counts if counts is not None else Counter()
    lay = layout(doc)
    reference = lay.reference
    sentence_of = {t.t_id: t.sentence for t in doc.tokens}
    by_sentence: dict[int, list[Markable]] = defaultdict(list)
    for m in doc.mentions("TIMEX3"):
        if lay.dct is not None and m.m_id == lay.dct.m_id:
            continue
        sent = sentence_of.get(m.t_ids[0])
        if sent not in lay.sentence_span:
            counts["timex_title" if sent == lay.title_sentence else "timex_outside"] += 1
            continue
        by_sentence[sent].append(m)
    counts["timex_empty"] += sum(1 for m in doc.markables.values()
                                 if m.tag == "TIMEX3" and not m.t_ids)
    rows: list[dict[str, Any]] = []
    for sent in lay.body_sentences:
        s0, s1 = lay.sentence_span[sent]
        sentence = lay.text[s0:s1]
        base = {"doc_id": doc.doc_id, "sentence_id": f"{doc.doc_id}-s{sent}", "language": "en",
                "sentence": sentence, "reference": reference}
        if not by_sentence.get(sent):
            rows.append({"id": f"{doc.doc_id}-s{sent}", **base, "text": None, "value": None,
                         "type": None, "granularity": None, "mod": None})
            counts["timex_negative_rows"] += 1
            continue
        for m in by_sentence[sent]:
            span = _char_span(lay, m.t_ids)
            if span is None:
                counts["timex_outside"] += 1
                continue
            a, b = span[0] - s0, span[1] - s0
            value = m.attrs.get("value")
            rows.append({"id": f"{doc.doc_id}-t{m.m_id}", **base, "text": sentence[a:b],
                         "start": a, "end": b, "value": value, "type": m.attrs.get("type"),
                         "granularity": granularity(value, m.attrs.get("type")), "mod": None})
            counts["timex"] += 1
            counts[f"timex_type:{m.attrs.get('type')}"] += 1
            counts[f"timex_granularity:{rows[-1]['granularity']}"] += 1
    return rows


# ----------------------------------------------------------------------------- split


def split_key(doc_id: str, seed: str = SPLIT_SEED) -> str:
    """Stable sort key of a document id under ``seed``."""
    return hashlib.sha256(f"{seed}:{doc_id}".encode()).hexdigest()


def split_manifest(root: str | Path | None = None) -> dict[str, Any]:
    """Document ids per split (ids only, no text), stratified by topic."""
    by_topic: dict[str, list[str]] = defaultdict(list)
    for doc in iter_documents(root):
        by_topic[doc.topic].append(doc.doc_id)
    tune: list[str] = []
    heldout: list[str] = []
    for topic in sorted(by_topic):
        ranked = sorted(by_topic[topic], key=split_key)
        tune += ranked[:TUNE_PER_TOPIC]
        heldout += ranked[TUNE_PER_TOPIC:]
    return {
        "seed": SPLIT_SEED,
        "rule": (
            f"per topic ({', '.join(sorted(by_topic))}), document ids sorted by "
            f"sha256('{SPLIT_SEED}:' + doc_id); the first {TUNE_PER_TOPIC} are tune, the "
            "rest heldout. Written once; load() reads this file so the split never changes. "
            "heldout is for measuring only: never read its errors, never write rules on it."
        ),
        "tune": sorted(tune, key=_id_key),
        "heldout": sorted(heldout, key=_id_key),
        "topics": {t: sorted(ids, key=_id_key) for t, ids in sorted(by_topic.items())},
    }


def _id_key(doc_id: str) -> tuple[int, str]:
    return (int(doc_id), doc_id) if doc_id.isdigit() else (sys.maxsize, doc_id)


def write_split_manifest(
    root: str | Path | None = None, path: Path | None = None, force: bool = False
) -> dict[str, Any]:
    """Write the manifest once (refuses to overwrite unless ``force``)."""
    path = path if path is not None else SPLIT_MANIFEST
    if path.exists() and not force:
        raise FileExistsError(f"{path} exists; the split is fixed (use force=True)")
    manifest = split_manifest(root)
    path.write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return manifest


def read_manifest(path: Path | None = None) -> dict[str, str]:
    """Document id → split from the manifest."""
    path = path if path is not None else SPLIT_MANIFEST
    if not path.exists():
        raise FileNotFoundError(f"{path} missing; write it with "
                                "'python -m service.evaluation.meantime write-manifest'")
    data = json.loads(path.read_text(encoding="utf-8"))
    return {str(i): s for s in ("tune", "heldout") for i in data.get(s, [])}


def _selected(split: str, root: str | Path | None, manifest: Path | None
              ) -> list[MeantimeDoc]:
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}, not {split!r}")
    table = read_manifest(manifest)
    docs = list(iter_documents(root))
    unknown = [d.doc_id for d in docs if d.doc_id not in table]
    if unknown:
        raise ValueError(f"documents not in {SPLIT_MANIFEST.name}: {unknown[:5]}")
    return [d for d in docs if split == "all" or table[d.doc_id] == split]


def load_events(split: str = "tune", root: str | Path | None = None,
                manifest: Path | None = None) -> list[dict[str, Any]]:
    """Event gold documents of ``split`` ("tune", "heldout" or "all")."""
    return [convert_events(d) for d in _selected(split, root, manifest)]


def load_timex(split: str = "tune", root: str | Path | None = None,
               manifest: Path | None = None) -> list[dict[str, Any]]:
    """Timex rows of ``split``."""
    return [row for d in _selected(split, root, manifest) for row in convert_timex(d)]


load = load_events


def stats(split: str = "all", root: str | Path | None = None,
          manifest: Path | None = None) -> dict[str, Any]:
    """Corpus and conversion counts for ``split``."""
    total: Counter[str] = Counter()
    docs = _selected(split, root, manifest)
    for doc in docs:
        total["docs"] += 1
        total[f"topic:{doc.topic}"] += 1
        lay = layout(doc)
        total["body_sentences"] += len(lay.body_sentences)
        total["docs_without_creation_time_function"] += int(
            lay.dct is not None and lay.dct.attrs.get("functionInDocument") != "CREATION_TIME")
        total["docs_with_repaired_creation_time"] += int(
            lay.dct is not None and lay.reference != lay.dct.attrs.get("value"))
        total["docs_without_creation_time"] += int(lay.reference is None)
        convert_events(doc, total)
        convert_timex(doc, total)

    def group(prefix: str) -> dict[str, int]:
        return {k[len(prefix):]: v for k, v in sorted(total.items()) if k.startswith(prefix)}

    out: dict[str, Any] = {k: total[k] for k in (
        "docs", "body_sentences", "docs_without_creation_time_function",
        "docs_with_repaired_creation_time", "docs_without_creation_time", "events",
        "events_with_time", "events_with_text_time", "events_title", "events_outside", "timex",
        "timex_negative_rows", "timex_title", "timex_outside", "timex_empty")}
    for name in ("topic", "class", "type", "role", "timex_type", "timex_granularity"):
        out[name] = group(name + ":")
    return out


# ----------------------------------------------------------------------------- scoring


@dataclass
class TimexMentionScores:
    """TempEval-3 style: every predicted expression in the annotated sentences is judged.

    ``relaxed``/``strict``: extent overlap / identical extent; ``value``: relaxed match with
    the same value (its P = correct values / predictions, R = correct values / gold)."""

    sentences: int = 0
    relaxed: PRF = field(default_factory=PRF)
    strict: PRF = field(default_factory=PRF)
    value: PRF = field(default_factory=PRF)

    def as_dict(self) -> dict[str, Any]:
        return {"sentences": self.sentences, "relaxed": self.relaxed.as_dict(),
                "strict": self.strict.as_dict(), "value": self.value.as_dict()}


def _overlap_score(gold: Sequence[tuple[int, int]], pred: Sequence[tuple[int, int]]
                   ) -> Callable[[int, int], float]:
    return lambda g, p: float(overlap_len(gold[g], pred[p]))


def score_timex_mentions(rows: Sequence[Mapping[str, Any]],
                         predictions: Sequence[Sequence[Mapping[str, Any]]]
                         ) -> TimexMentionScores:
    """Group rows by sentence; match all predicted expressions of a sentence to its gold ones."""
    if len(rows) != len(predictions):
        raise ValueError(f"{len(rows)} rows but {len(predictions)} prediction lists")
    groups: dict[str, tuple[list[Mapping[str, Any]], Sequence[Mapping[str, Any]]]] = {}
    for row, preds in zip(rows, predictions, strict=True):
        key = str(row.get("sentence_id") or row.get("sentence"))
        gold, _ = groups.setdefault(key, ([], preds))
        if row.get("value") is not None and _span_of(row):
            gold.append(row)
    res = TimexMentionScores(sentences=len(groups))
    for gold, preds in groups.values():
        ps = [p for p in preds if p.get("value") is not None and _span_of(p)]
        gsp = [_span_of(g) or (0, 0) for g in gold]
        psp = [_span_of(p) or (0, 0) for p in ps]
        relaxed = greedy_match(len(gold), len(ps), _overlap_score(gsp, psp))
        strict = sum(1 for g, p, _ in relaxed if gsp[g] == psp[p])
        correct = sum(1 for g, p, _ in relaxed
                      if _norm_text(gold[g].get("value")) == _norm_text(ps[p].get("value")))
        res.relaxed.add(tp=len(relaxed), fp=len(ps) - len(relaxed), fn=len(gold) - len(relaxed))
        res.strict.add(tp=strict, fp=len(ps) - strict, fn=len(gold) - strict)
        res.value.add(tp=correct, fp=len(ps) - correct, fn=len(gold) - correct)
    return res


def format_timex_mention_scores(s: TimexMentionScores) -> str:
    """The TempEval-3 style table."""
    rows = [[name, prf.tp + prf.fn, prf.tp + prf.fp, prf.tp, prf.precision, prf.recall, prf.f1]
            for name, prf in (("extent, relaxed (overlap)", s.relaxed),
                              ("extent, strict (same span)", s.strict),
                              ("value (relaxed match + value)", s.value))]
    return format_table(("", "gold", "pred", "tp", "P", "R", "F1"), rows,
                        f"All expressions in {s.sentences} annotated sentences (TempEval-3 style)")


# ----------------------------------------------------------------------------- main


def main(argv: Sequence[str]) -> int:
    """``python -m service.evaluation.meantime stats [SPLIT] | write-manifest``."""
    if argv[:1] == ["write-manifest"]:
        m = write_split_manifest()
        print(f"wrote {SPLIT_MANIFEST}: {len(m['tune'])} tune, {len(m['heldout'])} heldout")
        return 0
    if argv[:1] == ["stats"]:
        print(json.dumps(stats(argv[1] if len(argv) > 1 else "all"), indent=1))
        return 0
    print(main.__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
