"""SpkAtt-2023 task 2 (German Wikinews speech events) → newsflow quote gold documents.

The corpus (``../shared/data/de/spkatt2023_news/train``, one JSON file per article, named
``"<id> - <title> (<YYYY-MM-DD>).json"``) stores tokenised sentences and, per speech event,
lists of ``"sentence:token"`` ids for Cue, Source, Message, Addr and Frame, plus ``Form``
(Direct | Indirect | IndirectFreeIndirect | FreeIndirect | Reported), ``STWR`` (Speech |
Thought | Writing | ST | SW | TW) and ``IsNested`` / ``HasNested``. Licence CC BY-NC-SA 4.0:
it is read at run time only; nothing of it (beyond article ids in the split manifest) is
stored in the repository.

Text
    Sentences are joined with one space (the corpus keeps no paragraphs) and tokens with
    written-text spacing, as the corpus's SOURCE.txt asks: no space before ``, . ; : ! ? ) ] }``
    (nor before ``):``), none after ``( [ {``, ``/`` glued on both sides (``CDU/CSU``).
    Quotation marks are classified as opening or closing by a small state machine: ``„ ‚``
    open; ``“`` and ``"`` close an open double quote, else open one (English style); ``”``
    closes; guillemets alternate (German ``»…«`` and Swiss ``«…»`` both work); ``‘`` closes an
    open single quote, else opens; the apostrophe-like ’ ' ´ and the backtick close an open
    single quote, else are apostrophes (``O’Keefe``, ``Lord’s`` glued both sides, ``Lenz'``
    after s/x/z/ß glued left, ``’Ndrangheta`` glued right) unless another of them follows
    within the sentence (then a single quote opens); wiki markup ``''`` alternates within a
    sentence. Opening marks glue
    to the next token, closing marks to the previous one. Every token keeps its exact
    character range; :func:`stats` re-checks every emitted span against its tokens.
    ``spkatt.detokenise`` (task 1) is not reused because it reads ``«`` as closing (Swiss
    ``«…»`` occurs here) and knows no apostrophes or wiki marks.

Quotes (one per speech event with a Message; ``form``/``stwr`` are kept on each item)
    * Form Direct → ``"direct"``; span = message without the enclosing quotation marks and
      without punctuation outside them. It becomes ``"mixed"`` when the quote is embedded in
      a sentence (the token before the opening mark is a word of the same sentence, e.g.
      ``nannte es einen „…“``, ``es müsse Schluss sein mit „…“``) and the quoted part does
      not end with ``. ! ?`` inside the marks: newsflow's mixed = quoted fragment within
      reported speech. SpkAtt annotates such fragments as (mostly nested) Direct events.
    * Form Indirect → ``"indirect"``; leading ``dass`` / ``daß`` / ``ob`` and edge punctuation
      are dropped (newsflow excludes the complementizer). If the whole message is one quoted
      stretch, the Direct rule above applies instead (``sprach von „…“`` → mixed).
    * IndirectFreeIndirect ("berichtete Rede": Konjunktiv sentences without a frame) →
      ``"indirect"``, like newsflow's follow-up Konjunktiv sentence; cue null, the speaker is
      the Source mention, usually in an earlier sentence (newsflow's inherited speaker).
    * FreeIndirect ("erlebte Rede", mostly ``soll``/``sollen`` sentences without a frame) →
      ``"indirect"`` (same treatment).
    * Reported (speech-act reports: ``forderte einen Korridor``, ``sprach von …``) →
      ``"indirect"`` as asked by the issue. Note: newsflow's own guidelines do not annotate
      speech-act verbs with only a noun-phrase complement, and SpkAtt's span is the whole
      sentence including the speaker, so these are expected misses; filter on
      ``form == "Reported"`` to score without them.
    * Discontinuous messages (``Bisher liegen laut Airbus … vor``) are bridged min..max (as in
      ``spkatt``) and keep their pieces in ``spans``. Identical spans are kept once (Direct
      first, then events with a cue); a quote lying inside a ``direct`` quote is dropped
      (newsflow: a nested quote is not a separate item). Outer indirect and inner mixed
      quotes may overlap (newsflow has not fixed that convention).
    * speaker = Source tokens min..max (``entity`` null; no Source → null).
    * cue = the head token of Cue (auxiliaries, ``wie``, ``es``, ``sich`` skipped: ``hat …
      angekündigt`` → ``angekündigt``, ``heißt es`` → ``heißt``), null without Cue. The
      corpus has no lemmas: :func:`cue_lemma` is a small rule set (irregular table,
      ``-te``/``-t``/``ge-…-t`` endings, separable particles from the rest of the cue:
      ``teilte … mit`` → ``mitteilen``); prepositions (``laut``, ``zufolge``, ``nach``)
      are their own lemma.

Detection lists
    ``cues`` / ``sources`` hold the cue and source of EVERY speech event (nested ones and
    those without a Message too) in event order: ``{"text", "start", "end"}``, plus
    ``"spans"`` (the contiguous token runs) when discontinuous; ``text`` then joins the runs
    with a space (as ``spkatt`` does). The scorer deduplicates equal spans.

Split
    Fixed in ``spkatt_news_split.json`` (article ids only): ``spkatt.split_key(article id) <
    spkatt.TUNE_FRACTION`` → tune, else heldout; written once by
    :func:`write_split_manifest`. :func:`load` reads the manifest; an id missing from it falls
    back to the same hash rule. The heldout part is for measuring only.
"""

from __future__ import annotations

import json
import re
import sys
from collections import Counter
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from service.evaluation.spkatt import REPO_ROOT, TUNE_FRACTION, split_key

DEFAULT_ROOT = REPO_ROOT.parent / "shared" / "data" / "de" / "spkatt2023_news"
SPLIT_MANIFEST = Path(__file__).with_name("spkatt_news_split.json")
SPLITS: tuple[str, ...] = ("tune", "heldout", "all")
FORM_KIND: dict[str, str] = {
    "Direct": "direct",
    "Indirect": "indirect",
    "IndirectFreeIndirect": "indirect",
    "FreeIndirect": "indirect",
    "Reported": "indirect",
}
_FORM_PRIORITY = {f: i for i, f in enumerate(FORM_KIND)}

Span = tuple[int, int]

# ----------------------------------------------------------------------------- text

_NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "?!", "!?", "!!", "??"}
_CLOSING_PUNCT = set(",.;:!?)]}")
_NO_SPACE_AFTER = {"(", "[", "{"}
_APOSTROPHES = {"’", "'", "´", "`"}
_SENT_FINAL = {".", "!", "?", "…", "..."}
_EDGE_PUNCT = {",", ".", ";", ":", "!", "?", "…", "...", "-", "–", "—"}
_COMPLEMENTIZERS = {"dass", "daß", "ob"}


def _no_space_before(tok: str) -> bool:
    return tok in _NO_SPACE_BEFORE or (
        len(tok) > 1 and tok[0] in ")]}" and set(tok) <= _CLOSING_PUNCT
    )


class Detokenised:
    """Rebuilt text, per-token character spans and the quotation-mark pairing."""

    def __init__(self) -> None:
        self.text = ""
        self.offsets: list[list[Span]] = []  # [sentence][token]
        self.marks: dict[int, str] = {}  # flat token index → "open" | "close"
        self.partner: dict[int, int] = {}  # opening ↔ closing flat index


def detokenise(sentences: Sequence[Sequence[str]]) -> Detokenised:
    """Join tokenised sentences with written-text spacing (see the module docstring)."""
    out = Detokenised()
    parts: list[str] = []
    pos = 0
    flat = 0
    glue_next = False
    stacks: dict[str, list[int]] = {"double": [], "guillemet": [], "single": [], "wiki": []}

    def open_(family: str) -> str:
        stacks[family].append(flat)
        out.marks[flat] = "open"
        return "open"

    def close(family: str) -> str:
        if stacks[family]:
            o = stacks[family].pop()
            out.partner[o], out.partner[flat] = flat, o
        out.marks[flat] = "close"
        return "close"

    for tokens in sentences:
        stacks["single"].clear()
        stacks["wiki"].clear()
        sent: list[Span] = []
        for i, tok in enumerate(tokens):
            prev = tokens[i - 1] if i > 0 else ""
            nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
            role = ""
            if tok == "''":
                role = close("wiki") if stacks["wiki"] else open_("wiki")
            elif tok == "„":
                role = open_("double")
            elif tok == "‚":
                role = open_("single")
            elif tok in ("“", '"'):
                role = close("double") if stacks["double"] else open_("double")
            elif tok == "”":
                role = close("double")
            elif tok in ("«", "»", "‹", "›"):
                role = close("guillemet") if stacks["guillemet"] else open_("guillemet")
            elif tok == "‘":
                role = close("single") if stacks["single"] else open_("single")
            elif tok in _APOSTROPHES:
                if stacks["single"]:
                    role = close("single")
                elif (len(prev) == 1 and prev.isupper() and nxt[:1].isupper()) or (
                    prev[-1:].isalpha() and nxt in ("s", "n", "ne", "t", "ll", "re", "ve")
                ):
                    role = "apos_both"  # O’Keefe, Lord’s
                elif any(t in _APOSTROPHES for t in tokens[i + 1 : i + 12]):
                    role = open_("single")
                elif prev[-1:].lower() in ("s", "x", "z", "ß"):
                    role = "apos_prev"  # Lenz' Kollegen
                else:
                    role = "apos_next"  # ’Ndrangheta
            elif '"' in tok and tok.count('"') % 2 == 1:  # "All-Star"-Spieler
                if stacks["double"]:
                    stacks["double"].pop()
                else:
                    stacks["double"].append(-1)
            glued_left = role in ("close", "apos_prev", "apos_both") or _no_space_before(tok)
            if parts and not glue_next and not glued_left and tok != "/":
                parts.append(" ")
                pos += 1
            parts.append(tok)
            sent.append((pos, pos + len(tok)))
            pos += len(tok)
            flat += 1
            glue_next = role in ("open", "apos_next", "apos_both") or tok in _NO_SPACE_AFTER
            glue_next = glue_next or tok == "/"
        out.offsets.append(sent)
    out.text = "".join(parts)
    return out


# ----------------------------------------------------------------------------- cue lemma

_IRREGULAR = {
    "hieß": "heißen", "hießen": "heißen", "geheißen": "heißen",
    "gab": "geben", "gaben": "geben", "gibt": "geben", "gegeben": "geben",
    "sprach": "sprechen", "sprachen": "sprechen", "spricht": "sprechen",
    "gesprochen": "sprechen", "versprach": "versprechen", "versprochen": "versprechen",
    "widersprach": "widersprechen", "widerspricht": "widersprechen",
    "schrieb": "schreiben", "schrieben": "schreiben", "geschrieben": "schreiben",
    "beschrieb": "beschreiben", "beschrieben": "beschreiben",
    "rief": "rufen", "riefen": "rufen", "gerufen": "rufen",
    "wies": "weisen", "wiesen": "weisen", "gewiesen": "weisen",
    "verwies": "verweisen", "verwiesen": "verweisen", "bewies": "beweisen",
    "warf": "werfen", "warfen": "werfen", "wirft": "werfen", "geworfen": "werfen",
    "nannte": "nennen", "nannten": "nennen", "nennt": "nennen", "genannt": "nennen",
    "ging": "gehen", "gingen": "gehen", "gegangen": "gehen",
    "sah": "sehen", "sahen": "sehen", "sieht": "sehen", "gesehen": "sehen",
    "hielt": "halten", "hielten": "halten", "hält": "halten", "gehalten": "halten",
    "bat": "bitten", "baten": "bitten", "gebeten": "bitten",
    "schlug": "schlagen", "schlugen": "schlagen", "schlägt": "schlagen",
    "geschlagen": "schlagen", "stand": "stehen", "gestanden": "stehen",
    "hob": "heben", "gehoben": "heben", "dachte": "denken", "gedacht": "denken",
    "wusste": "wissen", "weiß": "wissen", "gewusst": "wissen",
    "entschied": "entscheiden", "entschieden": "entscheiden",
    "beschloss": "beschließen", "beschlossen": "beschließen",
    "empfahl": "empfehlen", "empfiehlt": "empfehlen", "empfohlen": "empfehlen",
    "riet": "raten", "rät": "raten", "geraten": "raten",
    "ließ": "lassen", "ließen": "lassen", "lässt": "lassen", "gelassen": "lassen",
    "las": "lesen", "liest": "lesen", "gelesen": "lesen",
    "fand": "finden", "findet": "finden", "gefunden": "finden",
    "bekannte": "bekennen", "trug": "tragen", "trägt": "tragen", "getragen": "tragen",
    "zog": "ziehen", "gezogen": "ziehen", "bot": "bieten", "geboten": "bieten",
    "bestritt": "bestreiten", "bestritten": "bestreiten",
    "fanden": "finden", "strich": "streichen", "griff": "greifen", "schloss": "schließen",
    "kam": "kommen", "kamen": "kommen", "trat": "treten", "brachte": "bringen",
    "verglich": "vergleichen", "vertritt": "vertreten", "ergab": "ergeben",
    "genommen": "nehmen", "erhoben": "erheben", "musste": "müssen", "muss": "müssen",
    "konnte": "können", "konnten": "können", "kann": "können", "will": "wollen",
    "ist": "sein", "sind": "sein", "war": "sein", "waren": "sein", "sei": "sein",
    "hat": "haben", "hatte": "haben", "hatten": "haben", "hätte": "haben",
    "wird": "werden", "wurde": "werden", "geworden": "werden", "wurden": "werden",
    "würde": "werden",
}
_SELF_LEMMA = {"laut", "zufolge", "nach", "gemäß", "so", "wie", "demnach", "wonach",
               "danach", "dem", "nachdem"}
_PARTICLES = ("zurück", "hinzu", "heraus", "hervor", "bekannt", "entgegen", "weiter",
              "fest", "frei", "klar", "fort", "hin", "an", "auf", "aus", "ab", "bei", "ein",
              "mit", "vor", "zu", "dar", "los", "um")
_PREPOSITIONAL = {("warnen", "vor"), ("verweisen", "auf"), ("hoffen", "auf"),
                  ("bestehen", "auf"), ("pochen", "auf"), ("drängen", "auf"),
                  ("reagieren", "auf"), ("antworten", "auf"), ("appellieren", "an"),
                  ("erinnern", "an"), ("zweifeln", "an"), ("begründen", "mit"),
                  ("drohen", "mit"), ("rechnen", "mit")}
_AUX = {"hat", "haben", "hatte", "hatten", "hätte", "habe", "ist", "sind", "war", "waren",
        "sei", "seien", "wird", "werden", "wurde", "wurden", "würde", "worden", "soll",
        "sollen", "kann", "können", "will", "wollen"}
_HEAD_SKIP = {"wie", "es", "sich", "so", "der", "die", "das", "den", "dem", "des", "ein",
              "eine", "einer", "einem", "einen", "mit", "als", "von", "in", "um", "für", "zu"}
_PARTICIPLE_PREFIXES = ("ge", "be", "er", "ver", "ent", "zer", "emp", "miss")
_TEN_INFINITIVES = {"berichten", "befürchten", "fürchten", "beobachten", "warten", "erwarten",
                    "antworten", "bewerten", "werten", "vermuten", "bitten", "arbeiten",
                    "bestreiten", "verbreiten", "achten", "beachten", "richten", "betrachten",
                    "raten", "beraten", "halten", "gelten"}


def _verb_lemma(word: str) -> str:
    w = word.lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    for p in (*_PARTICLES, "nach"):  # angab → an + geben; hingewiesen → hin + weisen
        rest = w[len(p) :]
        if w.startswith(p) and len(rest) > 2:
            if rest in _IRREGULAR:
                return p + _IRREGULAR[rest]
            if rest.startswith("ge") and rest.endswith("t") and len(rest) > 4:
                return p + _verb_lemma(rest[2:])
    if w in _TEN_INFINITIVES or (w.endswith("en") and not w.endswith("ten")):
        return w
    if w.startswith("ge") and w.endswith("t") and len(w) > 5:
        w = w[2:]  # gesagt → sagt
    for suffix in ("eten", "ete", "ten", "te", "et", "t", "e"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            if suffix in ("eten", "ete", "et") and w[-len(suffix) - 1] not in "td":
                continue  # only berichtete/meldete keep the -e- out of the stem
            stem = w[: -len(suffix)]
            if stem.endswith(("er", "el", "e")) and not stem.endswith("ier"):
                return stem + "n"  # forderte → fordern, bezeichnete → bezeichnen
            return stem + "en"
    return w


def _participle_like(token: str) -> bool:
    t = token.lower()
    if t in _PARTICLES or t in _AUX or not t.endswith(("t", "en")) or not token[:1].islower():
        return False
    return t.startswith(_PARTICIPLE_PREFIXES) or t.endswith("iert") or any(
        t.startswith(p + "ge") for p in (*_PARTICLES, "nach")
    )


def cue_lemma(tokens: Sequence[str], head: int) -> str:
    """Cheap infinitive for the cue whose tokens are ``tokens`` (head = index of the verb)."""
    word = tokens[head]
    if word.lower() in _SELF_LEMMA:
        return word.lower()
    if word[:1].isupper():
        return word.lower()  # a noun (Zitat, Forderung)
    lemma = _verb_lemma(word)
    # the separated particle ends the cue (teilte … mit) or stands right before a
    # verb-final head (bekannt gab, bekannt gegeben)
    for i in (len(tokens) - 1, head - 1):
        p = tokens[i].lower() if 0 <= i < len(tokens) and i != head else ""
        if p in _PARTICLES and (lemma, p) not in _PREPOSITIONAL:
            return p + lemma  # teilte … mit → mitteilen
    return lemma


def _cue_head(tokens: Sequence[str]) -> int:
    """Index of the cue token that carries the verb (participle after an auxiliary)."""
    i = 0
    while i < len(tokens) - 1 and (
        tokens[i].lower() in _HEAD_SKIP or tokens[i].lower() in _PARTICLES
    ):
        i += 1
    if tokens[i].lower() in _AUX:
        for j in range(len(tokens) - 1, i, -1):
            if _participle_like(tokens[j]):
                return j
    return i


# ----------------------------------------------------------------------------- conversion


def _parse_ids(ids: Sequence[str]) -> list[tuple[int, int]]:
    out = []
    for raw in ids:
        sent, _, tok = str(raw).partition(":")
        out.append((int(sent), int(tok)))
    return out


class _Article:
    """Token bookkeeping for one article."""

    def __init__(self, data: dict[str, Any]) -> None:
        sentences = sorted(data.get("Sentences", []), key=lambda s: int(s["SentenceId"]))
        self.token_lists = [[str(t) for t in s["Tokens"]] for s in sentences]
        self.detok = detokenise(self.token_lists)
        self.text = self.detok.text
        self.tokens: list[str] = []
        self.spans: list[Span] = []
        self.sent_of: list[int] = []
        self.flat_of: dict[tuple[int, int], int] = {}
        for si, (s, toks) in enumerate(zip(sentences, self.token_lists, strict=True)):
            for ti, tok in enumerate(toks):
                self.flat_of[(int(s["SentenceId"]), ti)] = len(self.tokens)
                self.tokens.append(tok)
                self.spans.append(self.detok.offsets[si][ti])
                self.sent_of.append(si)

    def flat(self, ids: Sequence[str], counts: Counter[str]) -> list[int]:
        out = []
        for tid in _parse_ids(ids):
            k = self.flat_of.get(tid)
            if k is None:
                counts["bad_token_ids"] += 1
            else:
                out.append(k)
        return sorted(set(out))

    def runs(self, idx: Sequence[int]) -> list[tuple[int, int]]:
        """Contiguous runs (first, last) of sorted flat indices."""
        runs: list[tuple[int, int]] = []
        for k in idx:
            if runs and k == runs[-1][1] + 1:
                runs[-1] = (runs[-1][0], k)
            else:
                runs.append((k, k))
        return runs

    def char_span(self, first: int, last: int) -> Span:
        return self.spans[first][0], self.spans[last][1]

    def item(self, idx: Sequence[int]) -> dict[str, Any]:
        runs = [self.char_span(a, b) for a, b in self.runs(idx)]
        start, end = runs[0][0], runs[-1][1]
        if len(runs) == 1:
            return {"text": self.text[start:end], "start": start, "end": end}
        return {
            "text": " ".join(self.text[s:e] for s, e in runs),
            "start": start,
            "end": end,
            "spans": [[s, e] for s, e in runs],
        }

    def check(self, idx: Sequence[int]) -> int:
        """Mismatches between the text under each token run and the run's tokens."""
        bad = 0
        for a, b in self.runs(idx):
            s, e = self.char_span(a, b)
            if self.text[s:e].replace(" ", "") != "".join(self.tokens[a : b + 1]):
                bad += 1
        return bad

    def is_word(self, k: int) -> bool:
        return any(c.isalnum() for c in self.tokens[k])

    def message_span(self, idx: list[int], form: str) -> tuple[int, int, str]:
        """First/last flat token of the quote span and the newsflow kind."""
        lo, hi = idx[0], idx[-1]
        while lo < hi and self.tokens[lo] in _EDGE_PUNCT:
            lo += 1
        while hi > lo and self.tokens[hi] in _EDGE_PUNCT:
            hi -= 1
        marks, partner = self.detok.marks, self.detok.partner
        quoted = marks.get(lo) == "open" and partner.get(lo) == hi
        if form == "Direct" or quoted:
            opening = lo if marks.get(lo) == "open" else None
            if opening is not None:
                lo += 1
            if marks.get(hi) == "close" and hi > lo:
                hi -= 1
            embedded = (
                opening is not None
                and opening > 0
                and self.sent_of[opening - 1] == self.sent_of[opening]
                and self.is_word(opening - 1)
                and self.tokens[hi] not in _SENT_FINAL
            )
            return lo, hi, "mixed" if embedded else "direct"
        if self.tokens[lo].lower() in _COMPLEMENTIZERS and lo < hi:
            lo += 1
        return lo, hi, FORM_KIND.get(form, "indirect")


def _article_id(path: Path) -> str:
    head = path.stem.split(" - ", 1)[0].strip()
    return head or path.stem


def _title_date(name: str) -> tuple[str | None, str | None]:
    m = re.search(r"\s*\((\d{4}-\d{2}-\d{2})\)\s*$", name)
    date = m.group(1) if m else None
    title = name[: m.start()] if m else name
    title = title.split(" - ", 1)[1] if " - " in title else title
    return (title.strip() or None), date


def _convert(data: dict[str, Any], doc_id: str) -> tuple[dict[str, Any], Counter[str]]:
    art = _Article(data)
    text = art.text
    counts: Counter[str] = Counter(articles=1, sentences=len(art.token_lists))
    counts["tokens"] = len(art.tokens)
    counts["mismatches"] += art.check(range(len(art.tokens)))
    cues: list[dict[str, Any]] = []
    sources: list[dict[str, Any]] = []
    candidates: list[tuple[tuple[int, int, int], dict[str, Any]]] = []
    for n, ann in enumerate(data.get("Annotations", [])):
        form = str(ann.get("Form") or "")
        counts["events"] += 1
        counts[f"form:{form}"] += 1
        counts[f"stwr:{ann.get('STWR')}"] += 1
        counts["nested_events"] += int(bool(ann.get("IsNested")))
        cue_idx = art.flat(ann.get("Cue") or [], counts)
        src_idx = art.flat(ann.get("Source") or [], counts)
        msg_idx = art.flat(ann.get("Message") or [], counts)
        counts["mismatches"] += art.check(cue_idx) + art.check(src_idx) + art.check(msg_idx)
        cue_item: dict[str, Any] | None = None
        speaker: dict[str, Any] | None = None
        if cue_idx:
            cues.append(art.item(cue_idx))
            counts["discontinuous_cues"] += int(len(art.runs(cue_idx)) > 1)
            cue_tokens = [art.tokens[k] for k in cue_idx]
            head = _cue_head(cue_tokens)
            hs, he = art.spans[cue_idx[head]]
            cue_item = {
                "text": text[hs:he],
                "lemma": cue_lemma(cue_tokens, head),
                "start": hs,
                "end": he,
            }
        else:
            counts["events_without_cue"] += 1
        if src_idx:
            sources.append(art.item(src_idx))
            s, e = art.char_span(src_idx[0], src_idx[-1])
            speaker = {"text": text[s:e], "start": s, "end": e, "entity": None}
        else:
            counts["events_without_source"] += 1
        if not msg_idx:
            continue
        counts["events_with_message"] += 1
        lo, hi, kind = art.message_span(msg_idx, form)
        start, end = art.char_span(lo, hi)
        quote: dict[str, Any] = {
            "kind": kind,
            "start": start,
            "end": end,
            "text": text[start:end],
            "speaker": speaker,
            "cue": cue_item,
            "form": form,
            "stwr": ann.get("STWR"),
        }
        pieces = [k for k in msg_idx if lo <= k <= hi]
        if len(art.runs(pieces)) > 1:
            counts["discontinuous_messages"] += 1
            quote["spans"] = [list(art.char_span(a, b)) for a, b in art.runs(pieces)]
        key = (_FORM_PRIORITY.get(form, len(_FORM_PRIORITY)), int(cue_item is None), n)
        candidates.append((key, quote))
    quotes: list[dict[str, Any]] = []
    seen: set[Span] = set()
    for _, q in sorted(candidates, key=lambda c: c[0]):
        if (q["start"], q["end"]) in seen:
            counts["dropped_duplicate_span"] += 1
            continue
        seen.add((q["start"], q["end"]))
        quotes.append(q)
    directs = [(q["start"], q["end"]) for q in quotes if q["kind"] == "direct"]
    kept = []
    for q in quotes:
        inside = any(
            s <= q["start"] and q["end"] <= e and (s, e) != (q["start"], q["end"])
            for s, e in directs
        )
        if inside:
            counts["dropped_inside_direct"] += 1
        else:
            kept.append(q)
    kept.sort(key=lambda q: (q["start"], q["end"]))
    for i, q in enumerate(kept):
        counts[f"kind:{q['kind']}"] += 1
        counts[f"form_kind:{q['form']}->{q['kind']}"] += 1
        counts["quotes"] += 1
        counts["quotes_without_speaker"] += int(q["speaker"] is None)
        counts["quotes_without_cue"] += int(q["cue"] is None)
        counts["overlapping_quote_pairs"] += sum(
            1 for r in kept[i + 1 :] if r["start"] < q["end"]
        )
        for part in (q, q["speaker"], q["cue"]):
            if part is not None and text[part["start"] : part["end"]] != part["text"]:
                counts["mismatches"] += 1
    title, date = _title_date(str(data.get("DocumentName") or ""))
    doc: dict[str, Any] = {
        "id": doc_id,
        "language": "de",
        "title": title,
        "published_at": date,
        "text": text,
        "quotes": kept,
        "cues": cues,
        "sources": sources,
    }
    return doc, counts


def convert_article(data: dict[str, Any], doc_id: str) -> dict[str, Any]:
    """Convert one SpkAtt task-2 article (parsed JSON) into a quote gold document."""
    return _convert(data, doc_id)[0]


# ----------------------------------------------------------------------------- loading


def _files(root: Path) -> list[Path]:
    for candidate in (root / "train", root):
        files = sorted(candidate.glob("*.json"))
        if files:
            return files
    raise FileNotFoundError(f"no SpkAtt news articles under {root}")


def _articles(root: Path | None) -> Iterator[tuple[str, dict[str, Any]]]:
    for path in _files(Path(root) if root is not None else DEFAULT_ROOT):
        with path.open(encoding="utf-8") as fh:
            data = json.load(fh)
        data.setdefault("DocumentName", path.stem)
        yield _article_id(path), data


def _sort_key(article_id: str) -> tuple[int, int | str]:
    return (0, int(article_id)) if article_id.isdigit() else (1, article_id)


def hash_split(article_id: str) -> str:
    """The rule the manifest was written with: spkatt's stable hash of the article id."""
    return "tune" if split_key(article_id) < TUNE_FRACTION else "heldout"


def read_manifest(path: Path | None = None) -> dict[str, str]:
    """Article id → split, from the manifest (empty if the file does not exist)."""
    path = path if path is not None else SPLIT_MANIFEST
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {str(i): s for s in ("tune", "heldout") for i in data.get(s, [])}


def _wanted(split: str, manifest: Path | None) -> Any:
    if split not in SPLITS:
        raise ValueError(f"split must be one of {SPLITS}, not {split!r}")
    table = read_manifest(manifest)
    return lambda aid: split == "all" or table.get(aid, hash_split(aid)) == split


def load(split: str, root: Path | None = None, manifest: Path | None = None) -> list[dict]:
    """Gold documents of ``split`` ("tune", "heldout" or "all"), ordered by article id."""
    wanted = _wanted(split, manifest)
    docs = [convert_article(data, aid) for aid, data in _articles(root) if wanted(aid)]
    return sorted(docs, key=lambda d: _sort_key(d["id"]))


def stats(split: str, root: Path | None = None, manifest: Path | None = None) -> dict:
    """Corpus and conversion counts for ``split``."""
    wanted = _wanted(split, manifest)
    total: Counter[str] = Counter()
    for aid, data in _articles(root):
        if wanted(aid):
            total.update(_convert(data, aid)[1])

    def group(prefix: str) -> dict[str, int]:
        return {k[len(prefix) :]: v for k, v in sorted(total.items()) if k.startswith(prefix)}

    out: dict[str, Any] = {
        k: total[k]
        for k in (
            "articles", "sentences", "tokens", "events", "events_with_message",
            "events_without_cue", "events_without_source", "nested_events",
            "discontinuous_cues", "discontinuous_messages", "quotes", "quotes_without_speaker",
            "quotes_without_cue", "dropped_duplicate_span", "dropped_inside_direct",
            "overlapping_quote_pairs", "bad_token_ids", "mismatches",
        )
    }
    out["by_form"] = group("form:")
    out["by_stwr"] = group("stwr:")
    out["by_kind"] = group("kind:")
    out["form_to_kind"] = group("form_kind:")
    return out


def split_manifest(root: Path | None = None) -> dict[str, Any]:
    """Article ids per split by :func:`hash_split` (ids only, no text)."""
    ids = sorted((aid for aid, _ in _articles(root)), key=_sort_key)
    return {
        "tune": [i for i in ids if hash_split(i) == "tune"],
        "heldout": [i for i in ids if hash_split(i) == "heldout"],
        "how": (
            "SpkAtt-2023 task 2 train articles (file name prefix = Wikinews article id); "
            f"tune if service.evaluation.spkatt.split_key(id) < {TUNE_FRACTION}, else heldout. "
            "Written once; load() reads this file so the split never changes. "
            "heldout is for measuring only."
        ),
    }


def write_split_manifest(
    root: Path | None = None, path: Path | None = None, force: bool = False
) -> dict[str, Any]:
    """Write the manifest once (refuses to overwrite unless ``force``)."""
    path = path if path is not None else SPLIT_MANIFEST
    if path.exists() and not force:
        raise FileExistsError(f"{path} exists; the split is fixed (use force=True)")
    manifest = split_manifest(root)
    path.write_text(json.dumps(manifest, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return manifest


def main(argv: Sequence[str]) -> int:
    """``python -m service.evaluation.spkatt_news stats [SPLIT] | write-manifest``."""
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
