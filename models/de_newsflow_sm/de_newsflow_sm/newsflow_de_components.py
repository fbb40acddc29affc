"""Custom pipeline components shipped inside de_newsflow_sm (via `spacy package --code`).

lemma_table: a lookup lemmatizer that runs after the trainable (edit-tree)
lemmatizer and overrides its prediction only for word forms found in its table.
The table maps "FORM" or "FORM|UPOS" to a lemma; it is built from the UD
training split (most frequent lemma per form and per form+UPOS) and serialised
with the pipeline (gzip'd msgpack), so nothing is downloaded at run time.
"""

from __future__ import annotations

import gzip
import re
from collections.abc import Iterable
from pathlib import Path

import srsly
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import ensure_path


class LemmaTable:
    def __init__(self, nlp: Language, name: str, table: dict[str, str] | None = None) -> None:
        self.name = name
        self.table: dict[str, str] = dict(table or {})

    def __call__(self, doc: Doc) -> Doc:
        table = self.table
        for tok in doc:
            lemma = table.get(f"{tok.text}|{tok.pos_}")
            if lemma is None:
                lemma = table.get(tok.text)
            if lemma is not None:
                tok.lemma_ = lemma
        return doc

    def to_disk(self, path: str | Path, exclude: Iterable[str] = tuple()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        with gzip.open(path / "table.msgpack.gz", "wb", compresslevel=9) as f:
            f.write(srsly.msgpack_dumps(self.table))

    def from_disk(self, path: str | Path, exclude: Iterable[str] = tuple()) -> LemmaTable:
        path = ensure_path(path)
        with gzip.open(Path(path) / "table.msgpack.gz", "rb") as f:
            self.table = dict(srsly.msgpack_loads(f.read()))
        return self

    def to_bytes(self, exclude: Iterable[str] = tuple()) -> bytes:
        return srsly.msgpack_dumps(self.table)

    def from_bytes(self, data: bytes, exclude: Iterable[str] = tuple()) -> LemmaTable:
        self.table = dict(srsly.msgpack_loads(data))
        return self


@Language.factory("lemma_table", default_config={})
def make_lemma_table(nlp: Language, name: str) -> LemmaTable:
    return LemmaTable(nlp, name)


class Gazetteer:
    """Phrase gazetteer that runs after the NER and only adds entities where the
    NER found none (like entity_ruler with overwrite_ents=False). Unlike
    entity_ruler placed after the statistical components, its patterns are
    tokenised with the tokenizer only, so loading 50k patterns takes ~1 s."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.nlp = nlp
        self.name = name
        self.patterns: list = []
        self.matcher = None

    def add_patterns(self, patterns: Iterable[dict[str, str]]) -> None:
        from spacy.matcher import PhraseMatcher

        self.patterns.extend({"label": p["label"], "pattern": p["pattern"]} for p in patterns)
        self.matcher = PhraseMatcher(self.nlp.vocab, attr="ORTH")
        by_label: dict[str, list] = {}
        for p in self.patterns:
            by_label.setdefault(p["label"], []).append(p["pattern"])
        # a few hundred pattern Docs at a time: all 50k at once peak at ~280 MB, and the
        # allocator keeps that for the life of every extraction process (~60 MB this way)
        for label, texts in by_label.items():
            for start in range(0, len(texts), 500):
                self.matcher.add(label, [self.nlp.make_doc(t) for t in texts[start:start + 500]])

    def __call__(self, doc: Doc) -> Doc:
        if self.matcher is None or not len(self.matcher):
            return doc
        from spacy.tokens import Span
        from spacy.util import filter_spans

        taken = set()
        for ent in doc.ents:
            taken.update(range(ent.start, ent.end))
        new = [
            Span(doc, s, e, label=m)
            for m, s, e in self.matcher(doc)
            if not taken.intersection(range(s, e))
        ]
        if new:
            doc.ents = list(doc.ents) + filter_spans(new)
        return doc

    def to_disk(self, path: str | Path, exclude: Iterable[str] = tuple()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_jsonl(path / "patterns.jsonl", self.patterns)

    def from_disk(self, path: str | Path, exclude: Iterable[str] = tuple()) -> Gazetteer:
        self.patterns = []
        self.add_patterns(srsly.read_jsonl(ensure_path(path) / "patterns.jsonl"))
        return self


@Language.factory("gazetteer", default_config={})
def make_gazetteer(nlp: Language, name: str) -> Gazetteer:
    return Gazetteer(nlp, name)


@Language.component("upos_from_tag")
def upos_from_tag(doc: Doc) -> Doc:
    """Copy the UPOS tagger's label (token.tag_) to token.pos_.

    The morphologizer predicts UPOS and features as one joint label, which is
    sparse on ~1.6k training sentences; a tagger over the 17 UPOS labels alone
    is more accurate, so its label wins. Runs after the morphologizer."""
    for tok in doc:
        if tok.tag_:
            tok.pos_ = tok.tag_
    return doc


SENTENCE_END = {".", "!", "?", "…", "..."}


@Language.component("sentence_presets")
def sentence_presets(doc: Doc) -> Doc:
    """Sentence boundaries the parser should not decide alone; it keeps presets.

    The parser learns sentence ends from UD running text, which has no line
    breaks and few guillemets. On news it joined a paragraph's last sentence to
    the next paragraph, started a sentence with the closing « of »…leicht.«, and
    split "schrieb ein Nutzer: „Endlich…" at the colon. So:
    - a line break ends a sentence (the whitespace token stays with the sentence
      before it; an opening quote or bracket belongs to the sentence it opens);
    - a quote mark glued to sentence-final punctuation ("leicht.«") closes the
      sentence before it and does not start one;
    - the token after a colon does not start a sentence."""
    n = len(doc)
    for tok in doc[:-1]:
        nxt = doc[tok.i + 1]
        if tok.is_space and "\n" in tok.text:
            tok.is_sent_start = False
            nxt.is_sent_start = True
            start = nxt.i
            while start + 1 < n and (doc[start].is_left_punct or doc[start].is_quote):
                start += 1
                doc[start].is_sent_start = False
        elif tok.text in SENTENCE_END and not tok.whitespace_ and nxt.is_quote:
            nxt.is_sent_start = False
        elif tok.text == ":" and not nxt.is_space:
            nxt.is_sent_start = False
            if nxt.is_quote and nxt.i + 1 < n:
                doc[nxt.i + 1].is_sent_start = False
    return doc


# Nouns of office and function that stand before a name ("Arbeitsminister Hubertus
# Heil", "SPD-Chefin Saskia Esken"); a token ending in one of them is a title.
TITLE_ENDINGS = (
    "minister", "ministerin", "kanzler", "kanzlerin", "präsident", "präsidentin", "chef",
    "chefin", "sprecher", "sprecherin", "bürgermeister", "bürgermeisterin", "senator",
    "senatorin", "abgeordnete", "abgeordneter", "vorsitzende", "vorsitzender", "direktor",
    "direktorin", "trainer", "trainerin", "papst", "könig", "königin", "prinz", "prinzessin",
    "general", "botschafter", "botschafterin", "richter", "richterin", "staatssekretär",
    "staatssekretärin", "gouverneur", "gouverneurin", "bischof", "kardinal", "professor",
    "professorin", "kommissar", "kommissarin", "leiter", "leiterin", "anwalt", "anwältin",
    "gründer", "gründerin", "premier", "sekretär", "sekretärin", "beauftragte",
    "beauftragter", "ökonom", "ökonomin", "autor", "autorin", "moderator", "moderatorin",
    "regisseur", "regisseurin", "sänger", "sängerin", "schauspieler", "schauspielerin",
    "spieler", "spielerin", "stürmer", "stürmerin", "torhüter", "torhüterin", "oberst",
    "kapitän", "kapitänin", "ceo", "vorstand", "unternehmer", "unternehmerin",
)
# Head nouns of institutions: a capitalised adjective before one is part of the name
# ("des Statistischen Bundesamtes", "der Europäischen Zentralbank").
INSTITUTION_ENDINGS = (
    "amt", "amtes", "amts", "bank", "dienst", "dienstes", "gericht", "gerichts", "gerichtes",
    "ministerium", "ministeriums", "kommission", "verband", "verbandes", "verbands",
    "institut", "instituts", "agentur", "behörde", "rat", "rates", "rats", "tag", "tages",
    "parlament", "parlaments", "union", "partei", "bund", "bundes", "gesellschaft",
    "anstalt", "stiftung", "akademie", "universität", "hochschule", "kammer",
)


def _is_title(text: str) -> bool:
    low = text.lower().rsplit("-", 1)[-1]
    return text[:1].isupper() and low.endswith(TITLE_ENDINGS)


def _is_name_word(text: str) -> bool:
    return text[:1].isupper() and text.replace("-", "").isalpha() and not text.isupper()


@Language.component("entity_rules", requires=["doc.ents", "token.pos"], assigns=["doc.ents"])
def entity_rules(doc: Doc) -> Doc:
    """Two entity conventions the statistical NER gets wrong on news.

    - A title or function directly before a name makes the name one PER, without the
      title: "Arbeitsminister Hubertus Heil" was LOC, "Bundeskanzler Olaf Scholz" ORG.
      A single word after a title stays as tagged when it ends in a genitive -s
      ("Präsident Frankreichs").
    - Capitalised adjectives before an institution's head noun belong to one ORG:
      "des Statistischen Bundesamtes" was PER "Statistischen" + ORG "Bundesamtes"."""
    from spacy.tokens import Span
    from spacy.util import filter_spans

    ents = list(doc.ents)
    changed = False
    out: list[Span] = []
    for ent in ents:
        start, label = ent.start, ent.label_
        if _is_title(ent[0].text) and len(ent) >= 2 and all(_is_name_word(t.text) for t in ent[1:]):
            start, label = ent.start + 1, "PER"  # the title was taken into the entity
        elif (
            start > 0
            and _is_title(doc[start - 1].text)
            and doc[start - 1].ent_iob_ != "I"
            and label != "PER"
            and all(_is_name_word(t.text) for t in ent)
            and not ent.text.lower().endswith(INSTITUTION_ENDINGS)
            and (len(ent) >= 2 or not ent.text.endswith("s"))
            and len(ent) <= 3
        ):
            label = "PER"
        end = ent.end
        if label == "PER" and start > 0 and _is_title(doc[start - 1].text):
            # the NER may have tagged only the first name ("Nancy" as the French city)
            while end < len(doc) and end - start < 3 and doc[end].ent_iob_ in ("O", "") \
                    and doc[end].pos_ == "PROPN" and _is_name_word(doc[end].text):
                end += 1
        if (start, end, label) != (ent.start, ent.end, ent.label_):
            changed = True
            out.append(Span(doc, start, end, label=label))
        else:
            out.append(ent)
    # capitalised adjectives + institution head noun -> one ORG
    merged: list[Span] = []
    for ent in out:
        if ent.label_ != "PER" and ent.text.lower().endswith(INSTITUTION_ENDINGS):
            start = ent.start
            while start > 0 and _is_capitalised_adjective(doc[start - 1]):
                start -= 1
            if start != ent.start:
                changed = True
                ent = Span(doc, start, ent.end, label="ORG")
        merged.append(ent)
    # no entity at all: a capitalised adjective inside a sentence is part of a name
    # ("des Statistischen Bundesamtes"), so adjective(s) + institution noun is an ORG
    taken = {i for e in merged for i in range(e.start, e.end)}
    for tok in doc:
        if (
            tok.i not in taken
            and tok.text[:1].isupper()
            and tok.text.lower().endswith(INSTITUTION_ENDINGS)
            and tok.i > 0
            and _is_capitalised_adjective(doc[tok.i - 1])
            and not doc[tok.i - 1].is_sent_start
            and tok.i - 1 not in taken
        ):
            start = tok.i - 1
            while (
                start > 0 and start - 1 not in taken and _is_capitalised_adjective(doc[start - 1])
            ):
                start -= 1
            merged.append(Span(doc, start, tok.i + 1, label="ORG"))
            changed = True
    if changed:
        # the longer span wins: "Statistischen" (PER) gives way to the whole ORG
        doc.ents = filter_spans(merged)
    return doc


def _is_capitalised_adjective(tok) -> bool:  # noqa: ANN001 - spaCy Token
    text = tok.text
    if not (text[:1].isupper() and text.isalpha()):
        return False
    low = text.lower()
    if tok.pos_ in ("ADJ", "PROPN"):
        return low.endswith(("e", "en", "em", "er", "es"))
    # the tagger calls some of them nouns: trust only adjective suffixes then
    return bool(_ADJECTIVE_SUFFIX.search(low))


_ADJECTIVE_SUFFIX = re.compile(r"(isch|lich|ig|al|iv|ell|är)(e|en|em|er|es)$")
