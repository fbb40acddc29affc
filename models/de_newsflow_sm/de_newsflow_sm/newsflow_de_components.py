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
from collections.abc import Container, Iterable
from pathlib import Path

import srsly
from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import ensure_path


def _write_gz(path: Path, data: bytes) -> None:
    """gzip without a time stamp: the same content gives the same bytes."""
    path.write_bytes(gzip.compress(data, compresslevel=9, mtime=0))


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
        _write_gz(path / "table.msgpack.gz", srsly.msgpack_dumps(self.table))

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
        # gzip'd since 0.3.2 (1.9 MB -> 0.2 MB, room for person_names in the 40 MB budget)
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        lines = "".join(srsly.json_dumps(p) + "\n" for p in self.patterns)
        _write_gz(path / "patterns.jsonl.gz", lines.encode("utf8"))
        (path / "patterns.jsonl").unlink(missing_ok=True)  # the plain file of 0.3.1

    def from_disk(self, path: str | Path, exclude: Iterable[str] = tuple()) -> Gazetteer:
        path = ensure_path(path)
        self.patterns = []
        if (path / "patterns.jsonl.gz").exists():
            with gzip.open(path / "patterns.jsonl.gz", "rt", encoding="utf8") as f:
                self.add_patterns(srsly.json_loads(line) for line in f if line.strip())
        else:
            self.add_patterns(srsly.read_jsonl(path / "patterns.jsonl"))
        return self


@Language.factory("gazetteer", default_config={})
def make_gazetteer(nlp: Language, name: str) -> Gazetteer:
    return Gazetteer(nlp, name)


# Tokens before which a capitalised word may be capitalised only because a sentence or
# quotation starts ("„Unterdessen …", ": Unterdessen").
_OPENERS = frozenset(("„", '"', "“", "»", "«", "‚", "'", "(", "[", ":", "–", "-", "—"))
_UPOS_SKIP = frozenset(("PUNCT", "SYM", "X", "NUM", "SPACE"))


class UposLexicon:
    """UPOS constrained by a full-form lexicon (issue 13, the UPOS lever).

    `table` maps a word form to the UPOS it can have, space-separated, most frequent in the
    training data first (built by training/de/build_upos_lexicon.py from LanguageTool's
    German lexicon and the training split). Runs after the parser (which sets sentence
    starts) and before the lemmatizers, and changes token.pos_ only where the
    morphologizer's UPOS is not among the form's possible ones; the new UPOS is the tagger's
    (token.tag_) if that is possible, else the first possible one. Morphological features
    are left alone. The possible UPOS of
    - a lower-case form: its own entry;
    - a capitalised word at the start of a sentence or quotation: its entry and that of the
      lower-cased form ("Unterdessen" as "unterdessen": ADV, not PROPN);
    - a capitalised word elsewhere: its own entry (a word without one is left alone) plus
      PROPN and, if the lower-cased form can be one, ADJ (names: "die Vereinigten Staaten").
    A predicted PROPN is replaced only at a sentence start by a form known only in lower
    case: a noun of the lexicon may be part of a name. All-caps words, numbers,
    punctuation, symbols and X stay as predicted."""

    def __init__(self, nlp: Language, name: str, table: dict[str, str] | None = None) -> None:
        self.name = name
        self.table: dict[str, str] = dict(table or {})

    def allowed(self, doc: Doc, i: int) -> tuple[str, ...] | None:
        tok = doc[i]
        text = tok.text
        if not text[:1].isalpha() or (len(text) > 1 and text.isupper()):
            return None
        own = self.table.get(text)
        if not text[:1].isupper():
            return tuple(own.split()) if own else None
        low = self.table.get(text.lower())
        start = tok.is_sent_start or i == 0 or doc[i - 1].text in _OPENERS
        if start:
            if own is None and low is None:
                return None
            out = (own.split() if own else []) + (low.split() if low else [])
            return tuple(dict.fromkeys(out))
        if own is None:
            return None
        out = own.split() + ["PROPN"]
        if low and "ADJ" in low.split():
            out.append("ADJ")
        return tuple(dict.fromkeys(out))

    def __call__(self, doc: Doc) -> Doc:
        table = self.table
        for tok in doc:
            pos = tok.pos_
            if pos in _UPOS_SKIP or (tok.text not in table and tok.text.lower() not in table):
                continue
            allowed = self.allowed(doc, tok.i)
            if not allowed or pos in allowed:
                continue
            if pos == "PROPN" and (tok.text in table or not tok.text[:1].isupper()
                                   or not (tok.is_sent_start or tok.i == 0
                                           or doc[tok.i - 1].text in _OPENERS)):
                continue  # a lexicon noun may be part of a name
            tok.pos_ = tok.tag_ if tok.tag_ in allowed else allowed[0]
        return doc

    def to_disk(self, path: str | Path, exclude: Iterable[str] = tuple()) -> None:
        # one line per UPOS set: "NOUN VERB<TAB>form<TAB>form…", forms sorted (gzip packs
        # sorted word lists well: 0.55 M forms in 1.4 MB, a msgpack dict takes 1.9 MB)
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        groups: dict[str, list[str]] = {}
        for form, upos in self.table.items():
            groups.setdefault(upos, []).append(form)
        lines = "".join(
            upos + "\t" + "\t".join(sorted(forms)) + "\n" for upos, forms in sorted(groups.items())
        )
        _write_gz(path / "table.tsv.gz", lines.encode("utf8"))

    def from_disk(self, path: str | Path, exclude: Iterable[str] = tuple()) -> UposLexicon:
        table: dict[str, str] = {}
        with gzip.open(ensure_path(path) / "table.tsv.gz", "rt", encoding="utf8") as f:
            for line in f:
                upos, *forms = line.rstrip("\n").split("\t")
                table.update(dict.fromkeys(forms, upos))
        self.table = table
        return self

    def to_bytes(self, exclude: Iterable[str] = tuple()) -> bytes:
        return srsly.msgpack_dumps(self.table)

    def from_bytes(self, data: bytes, exclude: Iterable[str] = tuple()) -> UposLexicon:
        self.table = dict(srsly.msgpack_loads(data))
        return self


@Language.factory(
    "upos_lexicon", default_config={}, requires=["token.pos", "token.tag"], assigns=["token.pos"]
)
def make_upos_lexicon(nlp: Language, name: str) -> UposLexicon:
    return UposLexicon(nlp, name)


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


# Lower-case words inside a name ("Giacomo della Porta", "Ursula von der Leyen"); after a
# surname only the first group ("Johannes Nepomuk von Tschiderer", not "Cantona zu United").
NAME_PARTICLES = frozenset(
    ("von", "van", "de", "del", "della", "di", "da", "dos", "du",
     "vom", "zu", "zur", "der", "den", "ten", "ter", "le", "la", "al", "el", "bin", "ibn")
)
LATE_PARTICLES = frozenset(("von", "van", "de", "del", "della", "di", "da", "dos", "du"))
# A word ending in one of these is a place or an institution, not a surname
# ("Ben Jehudastraße", "Lee Strasberg Theatre", "Matthew Humberstone School").
NOT_SURNAME_ENDINGS = (
    "straße", "strasse", "platz", "weg", "allee", "gasse", "damm", "ufer", "brücke", "park",
    "bahnhof", "kirche", "schule", "haus", "halle", "stadion", "arena", "preis", "pokal",
    "school", "theatre", "theater", "college", "university", "hall", "center", "centre",
    "street", "road", "avenue", "square", "bridge", "airport", "stadium", "institute",
    "foundation", "award", "prize", "cup", "trophy",
) + INSTITUTION_ENDINGS
LEGAL_FORMS = frozenset(
    ("GmbH", "AG", "KG", "KGaA", "SE", "eG", "e.V.", "Inc", "Inc.", "Ltd", "Ltd.", "LLC", "Co.",
     "Holding", "Gruppe", "Konzern")
)


class PersonNames:
    """Person names from word lists, after the NER and the other entity rules.

    `first` holds first names, `common` capitalised words that are common nouns,
    adjectives, verbs or function words and not names (both built by
    training/de/build_person_names.py from LanguageTool's German lexicon and the NER
    training data).

    - A PER is cut at common words after its first name-like word ("Matthew Williams
      Liebeskummer" -> "Matthew Williams", "Brians Sohn Murchad" -> "Brians", "Murchad");
      first names plus one last word stay ("Rainer Sturm", "Fritz Rudolf Körper"), and so
      does an epithet after der/die ("Karl der Große"). A PER of common words only is
      dropped ("Gimmick", "Herrenloser Koffer") unless the word ends a longer PER of the
      same text ("Margrit Herbst" ... "Herbst"). A PER with a legal form is an ORG.
    - A known first name followed by capitalised words that are not common words is one
      PER ("Teemu Tainio" for "Tainio", "Hedi Weiler-Kiderlen" for a LOC), unless it lies
      inside a longer entity or is exactly an ORG ("Robert Bosch GmbH", "Hugo Boss").
      After a title the surname may be a common word ("Arbeitsminister Hubertus Heil")."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self.first: frozenset[str] = frozenset()
        self.common: frozenset[str] = frozenset()

    def set_lists(self, first: Iterable[str], common: Iterable[str]) -> None:
        self.first = frozenset(first)
        self.common = frozenset(common)

    def _is_common(self, text: str, compounds: bool = False) -> bool:
        if text in self.first:
            return False
        if text in self.common:
            return True
        tail = text.rsplit("-", 1)[-1]  # "Hertha-Fans" (but "Dr. Sabetta-Fuß")
        return compounds and tail != text and tail in self.common

    def _clean(self, doc: Doc, ent, surnames: Container[str]):  # noqa: ANN001, ANN202
        from spacy.tokens import Span

        if any(t.text in LEGAL_FORMS for t in ent[1:]):
            return [Span(doc, ent.start, ent.end, label="ORG")]  # "Scholz Holding GmbH"
        if len(ent) >= 2 and all(t.text in self.first or t.is_space for t in ent[:-1]):
            return [ent]  # "Rainer Sturm", "Fritz Rudolf Körper"
        if len(ent) == 1:
            drop = self._is_common(ent.text, compounds=True) and ent.text not in surnames
            return [] if drop else [ent]
        bad = [
            self._is_common(t.text) and not (0 < k < len(ent) - 1 and t.lower_ in NAME_PARTICLES)
            for k, t in enumerate(ent)  # "Fabienne Du Pont"
        ]
        if not any(bad):
            return [ent]
        seen_name = False
        for k, tok in enumerate(ent):
            if not bad[k]:
                seen_name = seen_name or tok.text[:1].isupper()
            elif not seen_name or (k > 0 and ent[k - 1].text in ("der", "die")):
                bad[k] = False  # leading word ("August Kopff"), epithet ("Karl der Große")
        if not seen_name:
            return []
        pieces, start = [], None
        for k in range(len(ent)):
            if bad[k]:
                if start is not None:
                    pieces.append((start, ent.start + k))
                start = None
            elif start is None:
                start = ent.start + k
        if start is not None:
            pieces.append((start, ent.end))
        out = []
        for s, e in pieces:
            while s < e and not doc[s].text[:1].isupper():
                s += 1
            while e > s and not doc[e - 1].text[:1].isupper():
                e -= 1
            if e > s:
                out.append(Span(doc, s, e, label="PER"))
        return out

    def _surname_word(self, text: str, common_ok: bool = False) -> bool:
        return (
            _is_name_word(text)
            and (common_ok or not self._is_common(text))
            and not _is_title(text)
            and not text.lower().endswith(NOT_SURNAME_ENDINGS)
        )

    def _name_end(self, doc: Doc, i: int, owner: dict) -> int:
        """End of the name that starts with the first name doc[i]. `owner`: token index ->
        the entity it is in."""
        other = {x: e for x, e in owner.items() if e.label_ != "PER"}
        n = len(doc)
        j = i + 1
        while j < n and doc[j].text in self.first and j - i < 3:
            j += 1
        end = j  # first names alone ("Hans Peter") are a name too
        surname = False
        while j < n and j - i < 5:
            k = j
            allowed = LATE_PARTICLES if surname else NAME_PARTICLES
            while k < n and doc[k].text in allowed and k - j < 2:
                k += 1
            if k >= n:
                break
            if k in other and other.get(k) is not other.get(i) and (surname or k == j):
                break  # another entity: "David Bowie Berlin", "Jason Paradise von Ubisoft"
            if surname and k == j and (doc[k].text in self.first or owner.get(k) is None
                                       or owner.get(k) is not owner.get(k - 1)):
                break  # a second surname only where the NER had it: "Daniel Eckert Daniel …"
            # after a title a common word is a surname too ("Arbeitsminister Hubertus Heil")
            titled = k == j and not surname and i > 0 and _is_title(doc[i - 1].text)
            if self._surname_word(doc[k].text, common_ok=titled):
                j = end = k + 1
                surname = True
                if len(doc[k].text) > 3 and doc[k].text.endswith("s"):
                    break  # a genitive ends the name ("Heidi Klums Modelsuche")
            else:
                break
        return end

    def __call__(self, doc: Doc) -> Doc:
        if not self.first:
            return doc
        from spacy.tokens import Span
        from spacy.util import filter_spans

        surnames = {e[-1].text for e in doc.ents if e.label_ == "PER" and len(e) >= 2}
        ents = []
        changed = False
        for ent in doc.ents:
            if ent.label_ == "PER":
                cleaned = self._clean(doc, ent, surnames)
                if len(cleaned) != 1 or cleaned[0] is not ent:
                    changed = True
                ents.extend(cleaned)
            else:
                ents.append(ent)
        owner = {}
        for ent in ents:
            for x in range(ent.start, ent.end):
                owner[x] = ent
        i = 0
        while i < len(doc):
            if doc[i].text not in self.first:
                i += 1
                continue
            end = self._name_end(doc, i, owner)
            if end - i < 2:
                i += 1
                continue
            overlap = {id(owner[x]): owner[x] for x in range(i, end) if x in owner}
            ok = True
            for ent in overlap.values():
                if ent.start < i or ent.end > end:
                    ok = False  # part of a longer entity: leave it
                elif (ent.start, ent.end) == (i, end) and ent.label_ in ("PER", "ORG"):
                    ok = False  # already there, or a company named after its founder
            if ok:
                ents = [e for e in ents if id(e) not in overlap]
                span = Span(doc, i, end, label="PER")
                ents.append(span)
                for x in range(i, end):
                    owner[x] = span
                changed = True
            i = end
        if changed:
            doc.ents = filter_spans(ents)
        return doc

    def to_disk(self, path: str | Path, exclude: Iterable[str] = tuple()) -> None:
        path = ensure_path(path)
        path.mkdir(parents=True, exist_ok=True)
        data = {"first": sorted(self.first), "common": sorted(self.common)}
        _write_gz(path / "names.json.gz", srsly.json_dumps(data).encode("utf8"))

    def from_disk(self, path: str | Path, exclude: Iterable[str] = tuple()) -> PersonNames:
        with gzip.open(ensure_path(path) / "names.json.gz", "rb") as f:
            data = srsly.json_loads(f.read().decode("utf8"))
        self.set_lists(data["first"], data["common"])
        return self


@Language.factory("person_names", default_config={})
def make_person_names(nlp: Language, name: str) -> PersonNames:
    return PersonNames(nlp, name)
