"""The ``newsflow_speech_events`` component: every speech event, SpkAtt-style.

Quotes (``newsflow_quotes``) are what a journalist marks: someone's words, with a speaker.
Speech events are broader, as annotated in the SpkAtt-2023 shared task on German parliamentary
debate: any mention of saying, asking, thinking or proposing ("Ich glaube …", "Ihr Antrag",
"die Frage der Kollegin"), each with its cue and, where the text gives one, its source.
The cue lexicon is learned from the SpkAtt tune split (``training/spkatt/build_lexicon.py``);
the source is found by the parse where there is one, else by the nearest subject pronoun or
possessive. Opt-in (``NEWSFLOW_SPEECH_EVENTS``): news consumers usually want quotes only.
"""

from __future__ import annotations

import csv
from functools import cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from service.extract.lexicon import LEXICON_DIR
from service.extract.quotes import PARSE_ATTRIBUTION, SUBJECT_DEPS

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


class SpeechEventFinder:
    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __call__(self, doc: Doc) -> Doc:
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


@Language.factory("newsflow_speech_events")
def make_speech_event_finder(nlp: Language, name: str) -> SpeechEventFinder:
    if not Doc.has_extension("speech_events"):
        Doc.set_extension("speech_events", default=None)
    return SpeechEventFinder(nlp.lang)
