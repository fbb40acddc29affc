"""The ``newsflow_speech_events`` component: every speech event, SpkAtt-style.

Quotes (``newsflow_quotes``) are what a journalist marks: someone's words, with a speaker.
Speech events are broader, as in the SpkAtt-2023 shared task: any mention of saying, asking,
thinking, announcing or proposing, each with its cue and, where the text gives one, its source.
Two styles:

- ``news`` (the default): verbs of saying and thinking with a complement ("kündigte an, … zu",
  "geht davon aus, dass", "befürchten, dass"), and source phrases (laut, zufolge, gemäß,
  nach Angaben/Meinung …, so X, demnach) that no quote took; sources by the quote component's
  rules. Measured on SpkAtt-2023 task 2 (German Wikinews), it is on by default for German.
- ``debate``: the cue lexicon learned from the SpkAtt task-1 tune split of Bundestag speeches
  (``training/spkatt/build_lexicon.py``), nouns included ("Ihr Antrag", "die Frage der
  Kollegin"); on news its nouns fire far too often.
"""

from __future__ import annotations

import csv
from functools import cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from service.extract import lexicon, reported
from service.extract.guard import Guarded
from service.extract.lexicon import LEXICON_DIR
from service.extract.quotes import (
    PARSE_ATTRIBUTION,
    PARSE_FALLBACK,
    SUBJECT_DEPS,
    QuoteExtractor,
    _relative_pronoun,
    parsed_source,
    source_nouns,
)

SUBJECT_PRONOUNS = {"de": {"ich", "wir", "sie", "er", "man", "du", "ihr", "jeder", "keiner",
                           "niemand", "einige", "andere", "viele", "manche", "wer", "alle"}}
GENITIVE_DETS = {"de": {"der", "des"}}
POSSESSIVES = {"de": ("mein", "unser", "ihr", "sein", "dein", "euer")}
CLAUSE_BREAKS = {",", ";", ":", ".", "!", "?", "–", "-", "(", ")"}


@cache
def cue_forms(language: str) -> frozenset[str]:
    path = LEXICON_DIR / f"speech_events_{language}.tsv"
    if not path.exists():
        return frozenset()
    with path.open(encoding="utf-8") as fh:
        rows = csv.DictReader((line for line in fh if not line.startswith("#")),
                              delimiter="\t")
        return frozenset(row["form"] for row in rows)


# what may stand between "nach" and its source noun, and the marker words that need none
MARKERS_WITHOUT_NOUN = {"laut", "zufolge", "gemäß", "demnach", "wonach"}
WH_WORDS = {"dass", "daß", "ob", "wie", "warum", "wann", "was", "wer", "weshalb", "wieso",
            "welche", "welcher", "welches", "wo", "wohin", "woher"}
# multi-word predicates of thinking and saying that the cue lexicon has no single verb for
OPINION_PHRASES = (("davon", "aus"), ("der", "meinung"), ("der", "auffassung"),
                   ("der", "ansicht"), ("zuversichtlich",), ("überzeugt",), ("optimistisch",),
                   ("besorgt",), ("skeptisch",), ("sicher",), ("enttäuscht",), ("erleichtert",))
MAX_COMPLEMENT_GAP = 16
# cues whose speech act is reported by its object alone ("nannte den Plan einen Fehler",
# "warnte vor Glätte"); on the SpkAtt tune part most other cues (fordern, kritisieren,
# verurteilen …) with only an object gave more wrong sources than right ones
REPORTED_ACTS = {"nennen", "bezeichnen", "warnen"}
# nouns before a postposed "nach" that make it a source phrase ("seiner Meinung nach")
OPINION_NOUNS = {"meinung", "ansicht", "auffassung", "einschätzung", "vernehmen", "überzeugung",
                 "darstellung", "angaben", "worten"}


class NewsSpeechEvents:
    """The ``news`` style (see the module docstring)."""

    def __init__(self, lang: str) -> None:
        self.quotes = QuoteExtractor(lang)  # its speaker rules, shared rather than copied

    def __call__(self, doc: Doc) -> list[dict[str, Any]]:
        quotes = self.quotes
        lex = lexicon.load(doc.lang_)
        heads = source_nouns(doc.lang_)
        # a quote's cue is an event already, unless the quote named no source and this can
        taken = {q["cue"]["start"]: q.get("speaker") is not None
                 for q in (doc._.quotes or []) if q.get("cue")}
        events: list[dict[str, Any]] = []

        fallback = doc.lang_ in PARSE_FALLBACK and doc.has_annotation("DEP")

        def emit(cue: Token, source: Span | None) -> None:
            if source is None and fallback:
                source = parsed_source(cue)
            if cue.idx in taken and (taken[cue.idx] or source is None):
                return
            taken[cue.idx] = source is not None
            events.append(_event(cue, source))

        for sent in doc.sents:
            toks = [t for t in sent if not t.is_space]
            low = [t.lower_ for t in toks]
            for i, tok in enumerate(toks):
                if not tok.is_alpha:
                    continue
                word = low[i]
                if word in MARKERS_WITHOUT_NOUN or (word == "nach" and i + 1 < len(toks)
                                                     and self._source_noun(low, i, heads)):
                    emit(tok, self._marker_source(doc, toks, low, i, heads, quotes, lex))
                    continue
                if word == "nach" and 0 < i and low[i - 1] in OPINION_NOUNS:
                    # "seiner Meinung nach", "dem Vernehmen nach": the phrase before is the source
                    start = i - 2 if i > 1 and toks[i - 2].pos_ in ("DET", "PRON") else i - 1
                    emit(tok, doc[toks[start].i:toks[i - 1].i + 1])
                    continue
                if word == "nach" and 0 < i < len(toks) - 1 and low[i + 1] in ("denen", "der",
                                                                                "dem") \
                        and toks[i - 1].text == "," and i + 2 < len(toks) \
                        and not toks[i + 2].is_title:
                    # "Umfragen, nach denen 72 Prozent …": the relative pronoun stands for them
                    emit(tok, doc[toks[i + 1].i:toks[i + 1].i + 1])
                    continue
                if word == "so" and i > 0 and toks[i - 1].text in (",", "–", "-") \
                        and i + 1 < len(toks):
                    source = quotes._np(doc, toks[i + 1:i + 9], lex, relaxed=True)
                    if source is not None and source.start == toks[i + 1].i:
                        emit(tok, source)  # "…, so ein Sprecher des CERN."
                        continue
                if word in ("geht", "ging", "gehen", "gingen") and "hervor" in low[i + 2:i + 14] \
                        and i + 1 < len(toks) and low[i + 1] == "aus":
                    # "Dies geht aus einer Pressemitteilung des Konzerns hervor"
                    emit(tok, quotes._np(doc, toks[i + 2:i + 12], lex, relaxed=True))
                    continue
                if tok.is_title and tok.i != sent.start:
                    continue  # verbs only: nouns ("Entscheidung", "Gesetz") fire too often
                cue = quotes._find_cue([tok], lex)
                phrase = cue is None and self._opinion(low, i)
                if cue is None and not phrase:
                    continue
                if self._has_complement(toks, low, i):
                    relative = _relative_pronoun(doc, sent, tok)
                    # "eines Jungen, der angab, …": the relative pronoun is the mention
                    emit(tok, doc[relative.i:relative.i + 1] if relative is not None
                         else quotes._clause_speaker(doc, tok, lex))
                elif cue is not None and cue[1] in REPORTED_ACTS \
                        and tok.pos_ in ("VERB", "AUX") and not tok.lower_.startswith("ge"):
                    # "X bezeichnete den Plan als Fehler", "Y warnte vor Glätte": a speech act
                    # reported by its object (SpkAtt's "Reported")
                    source = quotes._clause_speaker(doc, tok, lex)
                    if source is not None:
                        emit(tok, source)
                elif i == 1 and low[0] in ("das", "dies", "dieses") and cue is not None:
                    # "Das erklärte X am Montag.": the sentence before is what was said
                    source = quotes._np(doc, toks[2:10], lex, relaxed=True)
                    if source is not None:
                        emit(tok, source)
        return events

    @staticmethod
    def _marker_source(doc: Doc, toks: list[Token], low: list[str], i: int,
                       heads: frozenset[str], quotes: Any, lex: Any) -> Span | None:
        """The source of a source phrase, as SpkAtt marks it: the noun phrase after "laut"
        (a title in marks too), before "zufolge", and for "nach" the source noun with what
        follows ("Angaben der Polizei") or, with nobody named, the noun phrase itself
        ("eigenen Angaben", "seiner Meinung")."""
        word = low[i]
        if word == "demnach":  # stands for the source named before, as a pronoun does
            return doc[toks[i].i:toks[i].i + 1]
        if word == "wonach":  # "Spekulationen, wonach …": the noun the clause belongs to
            if i < 2 or toks[i - 1].text != ",":
                return None
            for j in range(max(0, i - 7), i - 1):
                np = quotes._np(doc, toks[j:i - 1], lex, relaxed=True)
                if np is not None and np.end == toks[i - 1].i:
                    return np
            return None
        if word == "zufolge":
            for j in range(max(0, i - 7), i):
                np = quotes._np(doc, toks[j:i], lex, relaxed=True)
                if np is not None and np.end == toks[i].i:
                    return np
            return None
        after = toks[i + 1:i + 10]
        if after and after[0].text in ("„", "\"", "»"):
            close = next((t for t in after[1:] if t.text in ("“", "\"", "«")), None)
            return doc[after[0].i:close.i + 1] if close is not None else None
        if word == "nach":
            head = next((k for k in range(i + 1, min(len(toks), i + 4))
                         if NewsSpeechEvents._source_noun(low, k - 1, heads)), None)
            if head is not None:
                rest = toks[head + 1:head + 10]
                np = quotes._np(doc, rest, lex, relaxed=True) if rest and (
                    rest[0].pos_ in ("DET", "PROPN") or rest[0].lower_ in ("von", "aus")) else None
                end = np.end if np is not None else toks[head].i + 1
                return doc[toks[i + 1].i:end]
        return quotes._np(doc, after, lex, relaxed=True)

    @staticmethod
    def _source_noun(low: list[str], i: int, heads: frozenset[str]) -> bool:
        """"nach (den/ersten) Angaben", "nach Polizeiangaben", "nach Grupps Meinung"."""
        for word in low[i + 1:i + 4]:
            if word in heads or any(len(word) > len(h) + 3 and word.endswith(h)
                                    for h in heads if len(h) >= 6):
                return True
        return False

    @staticmethod
    def _opinion(low: list[str], i: int) -> bool:
        """"geht … davon aus", "ist der Meinung", "zeigte sich zuversichtlich"."""
        window = low[i:i + 8]
        if low[i] in ("ausgegangen", "ausgeht", "ausgehen") and "davon" in low[max(0, i - 6):i]:
            return True  # "waren davon ausgegangen, dass", "bei dem man davon ausgeht, dass"
        if low[i] in ("hält", "halten", "hielt", "hielten") and "für" in window:
            return True  # "hält es für möglich, dass"
        return low[i] in ("geht", "gehen", "ging", "gingen", "ist", "sind", "war", "waren",
                          "zeigte", "zeigten", "gab", "gaben") and any(
            all(w in window for w in phrase) for phrase in OPINION_PHRASES)

    @staticmethod
    def _has_complement(toks: list[Token], low: list[str], i: int) -> bool:
        """A reported clause follows in the same sentence: ", dass/ob/wie …", a zu-infinitive
        (", … zu verteidigen"), a Konjunktiv clause, or a colon."""
        for j in range(i + 1, min(len(toks), i + MAX_COMPLEMENT_GAP)):
            text = toks[j].text
            if text in (".", ";", "!", "?"):
                return False
            if text == ":":
                return True
            if text == "," and j + 1 < len(toks):
                rest = toks[j + 1:j + 26]
                end = next((k for k, t in enumerate(rest) if t.text in (".", ";", "!", "?")),
                           len(rest))
                clause = [t.lower_ for t in rest[:end] if t.is_alpha]
                if low[j + 1] in WH_WORDS:
                    return True
                if "zu" in clause or any(len(w) > 6 and "zu" in w[2:-3] and w.endswith("en")
                                         for w in clause[-2:]):
                    return True
                return reported.has_konj(rest[:end], second=True)
        return False


def _event(cue: Token, source: Span | None) -> dict[str, Any]:
    return {"cue": {"text": cue.text, "lemma": cue.lemma_.lower() or cue.lower_,
                    "start": cue.idx, "end": cue.idx + len(cue.text)},
            "source": None if source is None else {
                "text": source.text, "start": source.start_char, "end": source.end_char}}


class SpeechEventFinder:
    def __init__(self, lang: str, style: str = "news") -> None:
        self.lang = lang
        self.style = style
        self.news = NewsSpeechEvents(lang)

    def __call__(self, doc: Doc) -> Doc:
        if self.style == "news":
            doc._.speech_events = self.news(doc)
            return doc
        forms = cue_forms(doc.lang_)
        # same policy as quotes: German attribution by surface rules (they beat our parser)
        parsed = doc.lang_ in PARSE_ATTRIBUTION and doc.has_annotation("DEP")
        events: list[dict[str, Any]] = []
        for tok in doc:
            if tok.lower_ not in forms:
                continue
            source = self._parsed_source(tok) if parsed else None
            if source is None:
                source = self._surface_source(doc, tok)
            events.append({
                "cue": {"text": tok.text, "lemma": tok.lemma_.lower() or tok.lower_,
                        "start": tok.idx, "end": tok.idx + len(tok.text)},
                "source": None if source is None else {
                    "text": source.text, "start": source.start_char, "end": source.end_char},
            })
        doc._.speech_events = events
        return doc

    @staticmethod
    def _parsed_source(tok: Token) -> Span | None:
        for child in tok.children:
            if child.dep_ in SUBJECT_DEPS:
                return tok.doc[child.left_edge.i:child.i + 1]
        return None

    def _surface_source(self, doc: Doc, tok: Token) -> Span | None:
        lang = doc.lang_
        pronouns = SUBJECT_PRONOUNS.get(lang, set())
        if tok.text[:1].isupper() and tok.i > 0 and not tok.is_sent_start:
            prev = doc[tok.i - 1]  # "Ihr Antrag", "meiner Rede"
            if prev.lower_.startswith(POSSESSIVES.get(lang, ())):
                return doc[prev.i:prev.i + 1]
            nxt = tok.i + 1  # "der Antrag der Grünen"
            if nxt + 1 < len(doc) and doc[nxt].lower_ in GENITIVE_DETS.get(lang, set()) \
                    and doc[nxt + 1].text[:1].isupper():
                end = nxt + 2
                while end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha:
                    end += 1
                return doc[nxt:end]
            return None
        # verbs: the nearest subject pronoun in the same clause; before the cue reaches
        # further, past an auxiliary ("haben wir … beschlossen")
        best: Span | None = None
        for j in range(tok.i - 1, max(-1, tok.i - 9), -1):
            if doc[j].text in CLAUSE_BREAKS:
                break
            if doc[j].lower_ in pronouns:
                best = doc[j:j + 1]
                break
        after: Span | None = None
        for j in range(tok.i + 1, min(len(doc), tok.i + 4)):
            if doc[j].text in CLAUSE_BREAKS:
                break
            if doc[j].lower_ in pronouns:
                after = doc[j:j + 1]
                break
        if after is not None and (best is None or after.start - tok.i < tok.i - best.start):
            return after
        if best is None:
            best = self._clause_subject(doc, tok)
        return best

    @staticmethod
    def _clause_subject(doc: Doc, tok: Token) -> Span | None:
        """A determiner + capitalised noun opening the cue's clause ("Die Bundesregierung
        hat … beschlossen")."""
        start = tok.i
        while start > 0 and tok.i - start < 10 and doc[start - 1].text not in CLAUSE_BREAKS:
            start -= 1
        if start + 1 >= tok.i or doc[start].lower_ not in ("die", "der", "das"):
            return None
        end = start + 1
        while end < tok.i and doc[end].text[:1].isupper() and doc[end].is_alpha:
            end += 1
        return doc[start:end] if end > start + 1 else None


@Language.factory("newsflow_speech_events", default_config={"style": "news"},
                  requires=["doc._.quotes"], assigns=["doc._.speech_events"])
def make_speech_event_finder(nlp: Language, name: str, style: str) -> Guarded:
    if style not in ("news", "debate"):
        raise ValueError(f"newsflow_speech_events style must be news or debate, not {style!r}")
    if not Doc.has_extension("speech_events"):
        Doc.set_extension("speech_events", default=None)
    return Guarded(name, "speech_events", SpeechEventFinder(nlp.lang, style))
