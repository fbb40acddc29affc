"""SpkAtt-2023 (task 1) → newsflow quote gold documents.

The corpus (German Bundestag speeches, one JSON file per speech) stores tokenised
sentences and, per speech event, lists of ``"sentence:token"`` ids for the roles
Cue, PTC (separated verb particle / reflexive), Source, Message, Addr, Topic,
Medium and Evidence. Roles may be discontinuous and may reach into neighbouring
sentences. Only the train split is available locally (177 speeches).

Conversion choices (why: newsflow quotes are single contiguous character spans
with at most one speaker and one cue):

* text: tokens are joined with a light detokeniser (no space before ``, . ; : ! ?``
  and closing brackets/quotes, none after opening ones) and sentences with one
  space. The original whitespace is not in the data; the detokenised text keeps
  the extractor's tokeniser close to real newspaper text. Every token keeps its
  exact character range.
* quote: one per annotation that has a Message; span = min..max character offset
  of the Message tokens (discontinuous or cross-sentence messages are bridged).
  Annotations with identical message spans are kept once.
* speaker: Source tokens, min..max; ``entity`` is null (the corpus has no
  canonical names). No Source → speaker null.
* cue: the *first listed* Cue token (annotators list the verb first for
  multi-word cues such as "erteile … Wort"); lemma = that token lowercased
  (the corpus has no lemmas; PTC particles are not glued on because that yields
  non-words like "feststellt").
* kind: "direct" if the message (ignoring edge punctuation) is enclosed in
  quotation marks; "mixed" if it contains quotation marks but is not enclosed;
  otherwise "indirect". Speeches rarely quote verbatim, so most are indirect.
* Addr, Topic, Medium and Evidence are dropped.
* Detection lists: every annotation's cue (all cue tokens) and source go into the
  document-level ``cues`` / ``sources`` lists (each item has ``spans``, the token
  ranges), including the ~40 % of speech events without a Message. The scorer
  uses them for SpkAtt-style cue/source detection P/R/F1.

Split: :func:`split_spkatt` hashes the file name (SHA-256) into tune (~70 %) and
heldout (~30 %); it never depends on load order or on the rest of the corpus.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_PATH = REPO_ROOT.parent / "shared" / "data" / "de" / "spkatt2023"
SPLIT_MANIFEST = Path(__file__).with_name("spkatt_split.json")
TUNE_FRACTION = 0.7

_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "…"}
_NO_SPACE_AFTER = {"(", "[", "{", "„", "‚", "»"}
OPENING_QUOTES = {"„", "‚", "»", "“", '"', "'"}
CLOSING_QUOTES = {"“", "”", "‘", "’", "«", '"', "'"}
_QUOTE_TOKENS = OPENING_QUOTES | CLOSING_QUOTES
_EDGE_PUNCT = {",", ".", ";", ":", "!", "?", "…", "-", "–", "—"}

TokenId = tuple[int, int]
Span = tuple[int, int]


def detokenise(sentences: Sequence[Sequence[str]]) -> tuple[str, list[list[Span]]]:
    """Join tokenised sentences into text; return it with per-token char spans."""
    parts: list[str] = []
    offsets: list[list[Span]] = []
    pos = 0
    first = True
    glue_next = False  # previous token was an opening bracket or quote
    double_open = False
    for tokens in sentences:
        sent_offsets: list[Span] = []
        for tok in tokens:
            opening = closing = False
            if tok in ("„", "‚", "»"):
                opening = True
                double_open = double_open or tok == "„"
            elif tok in ("“", '"'):
                # German closes with “, English opens with it; ASCII " alternates.
                closing = double_open
                opening = not double_open
                double_open = not double_open
            elif tok in ("”", "‘", "«"):
                closing = True
                double_open = False
            space = not first and not glue_next and not closing and tok not in _NO_SPACE_BEFORE
            if space:
                parts.append(" ")
                pos += 1
            parts.append(tok)
            sent_offsets.append((pos, pos + len(tok)))
            pos += len(tok)
            first = False
            glue_next = opening or tok in _NO_SPACE_AFTER
        offsets.append(sent_offsets)
    return "".join(parts), offsets


def _parse_ids(ids: Iterable[str]) -> list[TokenId]:
    out: list[TokenId] = []
    for raw in ids:
        sent, _, tok = str(raw).partition(":")
        out.append((int(sent), int(tok)))
    return out


def _message_kind(tokens: list[str], first: int, last: int) -> str:
    """Classify a message occupying flat token indices first..last (inclusive)."""
    lo, hi = first, last
    while lo < hi and tokens[lo] in _EDGE_PUNCT:
        lo += 1
    while hi > lo and tokens[hi] in _EDGE_PUNCT:
        hi -= 1
    if tokens[lo] in OPENING_QUOTES and tokens[hi] in CLOSING_QUOTES and hi > lo:
        return "direct"
    before = lo - 1
    after = hi + 1
    while after < len(tokens) and tokens[after] in _EDGE_PUNCT:
        after += 1
    if (
        before >= 0
        and after < len(tokens)
        and tokens[before] in OPENING_QUOTES
        and tokens[after] in CLOSING_QUOTES
    ):
        return "direct"
    if any(tokens[i] in _QUOTE_TOKENS for i in range(first, last + 1)):
        return "mixed"
    return "indirect"


def convert_speech(
    data: dict[str, Any], doc_id: str, source_file: str | None = None
) -> dict[str, Any]:
    """Convert one SpkAtt speech (parsed JSON) into a quote gold document."""
    sentences = sorted(data.get("Sentences", []), key=lambda s: int(s["SentenceId"]))
    token_lists = [list(s["Tokens"]) for s in sentences]
    text, offsets = detokenise(token_lists)
    sent_index = {int(s["SentenceId"]): i for i, s in enumerate(sentences)}
    flat_tokens: list[str] = [t for toks in token_lists for t in toks]
    flat_base: list[int] = []
    base = 0
    for toks in token_lists:
        flat_base.append(base)
        base += len(toks)

    def span_of(tid: TokenId) -> Span | None:
        si = sent_index.get(tid[0])
        if si is None or not 0 <= tid[1] < len(offsets[si]):
            return None
        return offsets[si][tid[1]]

    def flat(tid: TokenId) -> int:
        return flat_base[sent_index[tid[0]]] + tid[1]

    def role_spans(ids: Iterable[str]) -> list[tuple[TokenId, Span]]:
        out = []
        for tid in _parse_ids(ids):
            sp = span_of(tid)
            if sp is not None:
                out.append((tid, sp))
        return out

    def item(spans: list[tuple[TokenId, Span]]) -> dict[str, Any]:
        ordered = sorted(sp for _, sp in spans)
        start, end = ordered[0][0], max(e for _, e in ordered)
        return {
            "text": " ".join(text[s:e] for s, e in ordered),
            "start": start,
            "end": end,
            "spans": [[s, e] for s, e in ordered],
        }

    quotes: list[dict[str, Any]] = []
    cues: list[dict[str, Any]] = []
    sources: list[dict[str, Any]] = []
    seen_messages: set[Span] = set()
    seen_sources: set[Span] = set()
    for ann in data.get("Annotations", []):
        cue_spans = role_spans(ann.get("Cue", []))
        src_spans = role_spans(ann.get("Source", []))
        msg_spans = role_spans(ann.get("Message", []))
        if cue_spans:
            cues.append(item(cue_spans))
        speaker: dict[str, Any] | None = None
        if src_spans:
            src = item(src_spans)
            if (src["start"], src["end"]) not in seen_sources:
                seen_sources.add((src["start"], src["end"]))
                sources.append(src)
            speaker = {
                "text": text[src["start"] : src["end"]],
                "start": src["start"],
                "end": src["end"],
                "entity": None,
            }
        if not msg_spans:
            continue
        m_start = min(sp[0] for _, sp in msg_spans)
        m_end = max(sp[1] for _, sp in msg_spans)
        if (m_start, m_end) in seen_messages:
            continue
        seen_messages.add((m_start, m_end))
        cue: dict[str, Any] | None = None
        if cue_spans:
            c_start, c_end = cue_spans[0][1]
            cue_text = text[c_start:c_end]
            cue = {"text": cue_text, "lemma": cue_text.lower(), "start": c_start, "end": c_end}
        flat_ids = [flat(tid) for tid, _ in msg_spans]
        quotes.append(
            {
                "kind": _message_kind(flat_tokens, min(flat_ids), max(flat_ids)),
                "start": m_start,
                "end": m_end,
                "text": text[m_start:m_end],
                "speaker": speaker,
                "cue": cue,
            }
        )
    quotes.sort(key=lambda q: (q["start"], q["end"]))
    return {
        "id": doc_id,
        "language": "de",
        "text": text,
        "quotes": quotes,
        "cues": cues,
        "sources": sources,
        "source_file": source_file or f"{doc_id}.json",
    }


def _speech_files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    for candidate in (path / "train", path / "data" / "train" / "task1", path):
        files = sorted(candidate.glob("*.json"))
        if files:
            return files
    return []


def load_spkatt(path: str | Path | None = None) -> list[dict[str, Any]]:
    """Load every speech under ``path`` (default ../shared/data/de/spkatt2023)."""
    root = Path(path) if path is not None else DEFAULT_PATH
    files = _speech_files(root)
    if not files:
        raise FileNotFoundError(f"no SpkAtt speech files under {root}")
    docs = []
    for f in files:
        with f.open(encoding="utf-8") as fh:
            docs.append(convert_speech(json.load(fh), f.stem, f.name))
    return docs


def split_key(name: str) -> float:
    """Stable pseudo-random number in [0, 1) for a file name."""
    return int(hashlib.sha256(name.encode("utf-8")).hexdigest()[:12], 16) / float(16**12)


def split_spkatt(
    docs: Sequence[dict[str, Any]], tune_fraction: float = TUNE_FRACTION
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Split docs into (tune, heldout) by a hash of the source file name."""
    tune: list[dict[str, Any]] = []
    heldout: list[dict[str, Any]] = []
    for doc in docs:
        name = str(doc.get("source_file") or f"{doc['id']}.json")
        (tune if split_key(name) < tune_fraction else heldout).append(doc)
    return tune, heldout


def split_manifest(docs: Sequence[dict[str, Any]]) -> dict[str, list[str]]:
    """Which source files land in which split (for the record in the repo)."""
    tune, heldout = split_spkatt(docs)
    return {
        "tune": sorted(str(d.get("source_file") or d["id"]) for d in tune),
        "heldout": sorted(str(d.get("source_file") or d["id"]) for d in heldout),
    }


def write_split_manifest(
    docs: Sequence[dict[str, Any]], path: Path = SPLIT_MANIFEST
) -> dict[str, list[str]]:
    """Write the split manifest JSON and return it."""
    manifest = split_manifest(docs)
    path.write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return manifest
