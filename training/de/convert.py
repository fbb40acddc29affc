"""Convert the German corpora in ../shared/data/de into spaCy DocBin files.

Reads the corpora in place (they are never copied into the repository) and
writes everything to training/de/build/corpus/:

  syntax_{train,dev,test}.spacy   UD German-GSD (dev split) + UD German-PUD
  syntax_traindev.spacy           train + dev (for the final syntax model)
  ner_{train,dev}.spacy           GermEval 2014, SmartData v1, MobIE, Europeana
  ner_test_germeval.spacy         held-out GermEval 2014 sentences
  ner_test_smartdata.spacy        held-out SmartData documents (the v3 dev split)
  raw.jsonl / raw.txt             all raw text except the held-out test splits
                                  (for word vectors and tok2vec pretraining)

Splits are deterministic (no randomness): see the SPLITS section below.
Usage: python training/de/convert.py --data ../shared/data/de --out training/de/build/corpus
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import zipfile
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.tokens import Doc, DocBin, Span
from spacy.training.converters import conllu_to_docs
from spacy.vocab import Vocab

LABELS = ("PER", "ORG", "LOC", "MISC")
UD_REPEAT = 6  # times the fully annotated UD text is repeated next to the tagger-only text

# Harmonised label map for the fine-grained DFKI corpora (SmartData, MobIE).
# location-route ("S4", "A9", "RE 7") is not a named location in the
# GermEval/CoNLL sense and is dropped; stations and streets are LOC.
DFKI_MAP = {
    "person": "PER",
    "organization": "ORG",
    "organization-company": "ORG",
    "location": "LOC",
    "location-city": "LOC",
    "location-stop": "LOC",
    "location-street": "LOC",
}
GERMEVAL_MAP = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "OTH": "MISC"}  # *deriv/*part -> O
EUROPEANA_MAP = {"PER": "PER", "ORG": "ORG", "LOC": "LOC"}


# Convention words that DFKI corpora (SmartData, MobIE) and Europeana annotate
# as entities but GermEval/CoNLL do not: directions ("beiden Richtungen").
DIRECTION_WORDS = {"beide", "beiden", "alle", "diesem", "stadtauswärts", "stadteinwärts",
                   "beidseitig", "beidseits"}
ADJECTIVE_END = re.compile(r"(e|en|er|es|em)$")


def is_convention_span(span: Span) -> bool:
    """A span one corpus calls an entity and GermEval does not.

    GermEval marks "deutsche", "syrischen" as LOCderiv (not an entity for us) and
    "deutsche Regierung" as no entity at all, while SmartData/MobIE tag such
    adjectives LOC and Europeana tags "englische Regierung" ORG. Training on
    both conventions teaches the model to contradict itself, so these spans are
    removed (the words become O), and the SmartData test is also scored with the
    same harmonisation (see evaluate.py).
    """
    first = span[0].text
    if not first[:1].islower():
        return False
    return first in DIRECTION_WORDS or bool(ADJECTIVE_END.search(first))


def harmonise(docs: list[Doc]) -> list[Doc]:
    for doc in docs:
        doc.ents = [e for e in doc.ents if not is_convention_span(e)]
    return docs


def is_compound_part(span: Span, mention: str) -> bool:
    """The mention is only part of a token: "EU" in "EU-Innenminister".

    GermEval calls these *part and we map them to O; expanding SmartData's
    "EU" to the whole token would teach the model that "US-Wahlen" is a place.
    A possessive ("Fischer's") or punctuation is not a compound."""
    def letters(text: str) -> int:
        return sum(c.isalpha() for c in text)

    return letters(span.text) - letters(mention) >= 2


def clean(text: str) -> str:
    return text.replace("\u00ad", "")  # soft hyphens (GermEval)


# Official training splits that ../shared/data/de does not have; used when present.
UD_GSD_TRAIN = Path("ud_german_gsd") / "de_gsd-ud-train.conllu"
# The GSD train split as words + UPOS only, in UD v2.3 conventions (tagger only).
UD_GSD_TRAIN_UPOS = Path("ud_german_gsd_train_upos") / "de_gsd-ud-train.upos.txt"
GERMEVAL_TRAIN = Path("germeval2014") / "NER-de-train.tsv"


# ---------------------------------------------------------------- syntax (UD)
def read_ud(path: Path) -> list[Doc]:
    """One Doc per sentence; token.tag_ = UPOS.

    PUD's XPOS is Penn-style, GSD's is STTS: the tag is replaced by the UPOS,
    which the pipeline's UPOS tagger learns (see configs/syntax.cfg)."""
    text = path.read_text(encoding="utf8")
    docs = list(conllu_to_docs(text, n_sents=1, merge_subtokens=True, no_print=True))
    for doc in docs:
        for tok in doc:
            tok.tag_ = tok.pos_
    return docs


def running_text(docs: list[Doc], n: int = 10) -> list[Doc]:
    """Consecutive single-sentence docs joined n at a time."""
    return [Doc.from_docs(docs[i : i + n]) for i in range(0, len(docs), n)]


def ud_split(data: Path) -> dict[str, list[Doc]]:
    """Every 10th sentence (index % 10 == 0) is test, index % 10 == 5 is dev.

    Also "traindev_running": the non-test sentences of each treebank in their
    original order, joined 10 at a time, so the parser learns where sentences end
    in running text (0.1.0 was trained on single sentences and needed a
    punctuation sentencizer, which cost LAS and sentence F on news text)."""
    out: dict[str, list[Doc]] = {"train": [], "dev": [], "test": [], "traindev_running": [],
                                 "test_gsd": [], "test_pud": []}
    for treebank, path in (
        ("gsd", data / "ud_german_gsd" / "de_gsd-ud-dev.conllu"),
        ("pud", data / "ud_german_pud" / "de_pud-ud-test.conllu"),
    ):
        docs = read_ud(path)
        for i, doc in enumerate(docs):
            part = "test" if i % 10 == 0 else "dev" if i % 10 == 5 else "train"
            out[part].append(doc)
            if part == "test":
                # per treebank too: the GSD dev file lost 10 sentences after 0.2.0 was
                # trained, which shifted its split, so only the PUD part is held out for
                # 0.2.0 as well (see evaluate.py)
                out[f"test_{treebank}"].append(doc)
        out["traindev_running"] += running_text([d for i, d in enumerate(docs) if i % 10])
    # The official GSD train split (13.8k sentences) is not in ../shared; when it is
    # added it only grows the training part, so the held-out splits stay comparable.
    if (data / UD_GSD_TRAIN).exists():
        docs = read_ud(data / UD_GSD_TRAIN)
        out["train"] += docs
        out["traindev_running"] += running_text(docs)
    # GSD train with UPOS only: tags mapped to the current conventions (learned from
    # the non-test current-convention sentences), for the tagger alone.
    out["tagger_only"] = []
    if (data / UD_GSD_TRAIN_UPOS).exists():
        out["tagger_only"] = read_gsd_train_upos(
            data / UD_GSD_TRAIN_UPOS, Vocab(), out["train"] + out["dev"]
        )
    return out


# ------------------------------------------- GSD train, UPOS only (tagger only)
# Tag pairs whose convention changed between UD v2.3 and the current GSD (the
# current dev split and PUD show the target): PRON/DET for possessives and
# quantifiers, ADV/ADJ for adverbial adjectives, AUX/VERB for copulas, NUM/ADJ
# for ordinals. Tags outside these pairs are kept as they are.
CONFUSABLE = {("PRON", "DET"), ("ADV", "ADJ"), ("AUX", "VERB"), ("NUM", "ADJ")}
CONFUSABLE |= {(b, a) for a, b in CONFUSABLE}
ARTICLES = {"der", "die", "das", "dem", "den", "des"}


def current_upos_majority(
    docs: list[Doc], min_count: int = 3, share: float = 0.7
) -> dict[str, str]:
    """Lower-cased form -> its UPOS in the current-convention UD data, when clear."""
    counts: dict[str, dict[str, int]] = {}
    for doc in docs:
        for tok in doc:
            by_tag = counts.setdefault(tok.text.lower(), {})
            by_tag[tok.tag_] = by_tag.get(tok.tag_, 0) + 1
    out = {}
    for form, by_tag in counts.items():
        tag, n = max(by_tag.items(), key=lambda kv: kv[1])
        total = sum(by_tag.values())
        if total >= min_count and n / total >= share:
            out[form] = tag
    return out


def map_v23(words: list[str], tags: list[str], majority: dict[str, str],
            adjective_forms: set[str]) -> list[str]:
    """Map one v2.3 sentence's UPOS to the current conventions.

    A form whose current-data majority is the other member of a confusable pair
    takes it; a v2.3 PRON directly before a noun or adjective is a determiner; a
    v2.3 ADV whose inflected form occurs as an attributive ADJ ("schnell" ->
    "schnelle") is an adverbially used adjective."""
    out = []
    for i, (word, tag) in enumerate(zip(words, tags, strict=True)):
        form = word.lower()
        new = majority.get(form)
        if tag == "PRON":
            # articles were DET already; "die" before a verb is a relative pronoun, which
            # a form majority would wrongly make DET, so only the context decides
            if form not in ARTICLES and i + 1 < len(tags) and tags[i + 1] in (
                "NOUN", "ADJ", "PROPN", "NUM"
            ) and form[:3] in {"mei", "dei", "sei", "ihr", "uns", "eue", "die", "jen", "jed",
                            "kei", "all", "vie", "wel", "ein", "man", "meh", "sol", "wen"}:
                tag = "DET"
        elif new and (tag, new) in CONFUSABLE:
            tag = new
        elif tag == "ADV" and form not in majority and any(
            form + end in adjective_forms for end in ("e", "en", "er", "es", "em")
        ):
            tag = "ADJ"
        out.append(tag)
    return out


def read_gsd_train_upos(path: Path, vocab: Vocab, current: list[Doc]) -> list[Doc]:
    """One Doc per sentence with token.tag_ = UPOS (current conventions).

    pos_, morphology, lemmas and heads stay unset, which spaCy treats as
    missing: the morphologizer, lemmatizer and parser learn nothing from these
    docs, the tagger learns their tags. A multi-word token ("im" = in + dem)
    becomes one token tagged like its first word, as read_ud's merged tokens."""
    sents: list[tuple[list[str], list[str]]] = []
    adjective_forms: set[str] = set()
    for line in path.read_text(encoding="utf8").splitlines():
        words, tags, skip = [], [], 0
        items = line.split()
        for item in items:
            form, _, tag = item.rpartition("##")
            if skip:
                skip -= 1
                if skip == 1 and tags and tags[-1] == "_":  # first syntactic word
                    tags[-1] = tag
                continue
            if tag == "_":
                # a multi-word token is followed by its (two) syntactic words
                skip = 2
            words.append(form)
            tags.append(tag)
            if tag == "ADJ":
                adjective_forms.add(form.lower())
        if words and "_" not in tags:
            sents.append((words, tags))
    majority = current_upos_majority(current)
    docs = []
    for words, tags in sents:
        doc = Doc(vocab, words=[clean(w) or "-" for w in words])
        for tok, tag in zip(
            doc, map_v23(words, tags, majority, adjective_forms), strict=True
        ):
            tok.tag_ = tag
        docs.append(doc)
    return docs


# ---------------------------------------------------------------- NER helpers
def bio_to_doc(
    vocab: Vocab, words: Iterable[str], tags: Iterable[str], label_map: Mapping[str, str]
) -> Doc:
    words = [clean(w) or "-" for w in words]
    ents, start, label = [], None, None
    for i, tag in enumerate(list(tags) + ["O"]):
        prefix, _, typ = tag.partition("-")
        mapped = label_map.get(typ) if prefix in ("B", "I") else None
        if start is not None and (prefix != "I" or mapped != label):
            ents.append((start, i, label))
            start = None
        if mapped and (prefix == "B" or start is None):
            start, label = i, mapped
    doc = Doc(vocab, words=words)
    doc.ents = [Span(doc, s, e, label=lab) for s, e, lab in ents]
    return doc


def tsv_sentences(path: Path) -> Iterator[tuple[list[str], list[str]]]:
    """(words, BIO tags) per sentence of a tab-separated file with the word in column 2 and
    the tag in column 3, "#" comment lines and a blank line between sentences (GermEval,
    UNER)."""
    words: list[str] = []
    tags: list[str] = []
    for line in path.read_text(encoding="utf8").splitlines() + [""]:
        if line.startswith("#"):
            continue
        if not line.strip():
            if words:
                yield words, tags
            words, tags = [], []
            continue
        cols = line.split("\t")
        words.append(cols[1])
        tags.append(cols[2])


def read_germeval(path: Path, vocab: Vocab) -> list[Doc]:
    return [bio_to_doc(vocab, words, tags, GERMEVAL_MAP) for words, tags in tsv_sentences(path)]


def read_europeana(data: Path, vocab: Vocab, max_len: int = 60) -> list[Doc]:
    docs = []
    for path in sorted((data / "europeana_newspapers_de").glob("*.bio")):
        words, tags = [], []
        for line in path.read_text(encoding="utf8").splitlines():
            parts = line.split()
            if len(parts) != 2:
                continue
            w, t = parts
            t = t if re.fullmatch(r"[BI]-(PER|ORG|LOC)", t) else "O"
            words.append(w)
            tags.append(t)
            if (w in {".", "!", "?"} and len(words) >= 5) or len(words) >= max_len:
                if tags[-1] == "O" or len(words) >= max_len + 20:
                    docs.append(bio_to_doc(vocab, words, tags, EUROPEANA_MAP))
                    words, tags = [], []
        if words:
            docs.append(bio_to_doc(vocab, words, tags, EUROPEANA_MAP))
    return docs


def read_mobie(
    data: Path, vocab: Vocab, parts: Iterable[str] = ("train", "dev")
) -> list[Doc]:
    docs = []
    with zipfile.ZipFile(data / "mobie" / "ner_conll03_formatted.zip") as zf:
        for part in parts:
            text = zf.read(f"{part}.conll2003").decode("utf8")
            words, tags = [], []
            for line in text.splitlines() + [""]:
                if line.startswith("-DOCSTART-") or not line.strip():
                    if words:
                        tags2 = []
                        for t in tags:
                            p, _, typ = t.partition("-")
                            m = DFKI_MAP.get(typ)
                            tags2.append(f"{p}-{m}" if m else "O")
                        docs.append(bio_to_doc(vocab, words, tags2, {lab: lab for lab in LABELS}))
                    words, tags = [], []
                    continue
                cols = line.split()
                words.append(cols[0])
                tags.append(cols[-1])
    return docs


# LER's 19 classes -> ours (its SOURCE.txt); laws, decisions, literature -> O
LER_MAP = {"PER": "PER", "RR": "PER", "AN": "PER", "LD": "LOC", "ST": "LOC", "STR": "LOC",
           "LDS": "LOC", "ORG": "ORG", "UN": "ORG", "INN": "ORG", "GRT": "ORG", "MRK": "MISC"}


def read_ler(data: Path, vocab: Vocab, every: int = 8, max_len: int = 60) -> list[Doc]:
    """A deterministic sample of the court decisions: every `every`-th sentence of
    up to `max_len` tokens that holds a PER/ORG/LOC, plus a quarter as many
    sentences without one, so that court text does not swamp the news corpora."""
    with_ents, without = [], []
    for path in sorted((data / "ler").glob("*.conll.gz")):
        words, tags = [], []
        for line in gzip.open(path, "rt", encoding="utf8").read().splitlines() + [""]:
            parts = line.split()
            if len(parts) == 2:
                words.append(parts[0])
                tags.append(parts[1])
                continue
            if words and len(words) <= max_len:
                doc = bio_to_doc(vocab, words, tags, LER_MAP)
                (with_ents if any(e.label_ != "MISC" for e in doc.ents) else without).append(doc)
            words, tags = [], []
    return with_ents[::every] + without[:: every * 4]


def read_uner_pud(data: Path, vocab: Vocab) -> list[Doc]:
    """UNER German-PUD: PER/ORG/LOC only. MISC was not annotated, so every token
    outside an entity is *missing*, not O: the model is not taught that "Euro"
    or "Bundesliga" are no entities. Sentences PUD's index % 10 == 0 (the UD
    held-out test) are left out."""
    docs = []
    path = data / "uner_german_pud" / "de_pud-ud-test.iob2"
    for index, (words, tags) in enumerate(tsv_sentences(path)):
        if index % 10:
            doc = bio_to_doc(vocab, words, tags, EUROPEANA_MAP)
            doc.set_ents(list(doc.ents),
                         missing=[doc[i : i + 1] for i, t in enumerate(tags) if t == "O"])
            docs.append(doc)
    return docs


def read_europarl(data: Path, vocab: Vocab) -> list[Doc]:
    """Europarl NER gold (CoNLL 2002, with MISC): parliamentary speech."""
    docs, words, tags = [], [], []
    path = data / "europarl_ner_ixa" / "de-europarl.test.conll02"
    for line in path.read_text(encoding="utf8").splitlines() + [""]:
        parts = line.split()
        if len(parts) >= 2:
            words.append(parts[0])
            tags.append(parts[-1])
        elif words:
            docs.append(bio_to_doc(vocab, words, tags, {lab: lab for lab in LABELS}))
            words, tags = [], []
    return docs


def iter_json_stream(path: Path) -> Iterator[Any]:
    text = gzip.open(path, "rt", encoding="utf8").read()
    dec, i = json.JSONDecoder(), 0
    while True:
        while i < len(text) and text[i].isspace():
            i += 1
        if i >= len(text):
            return
        obj, i = dec.raw_decode(text, i)
        yield obj


def smartdata_doc(
    nlp: Language, obj: dict[str, Any], keep_compound_parts: bool = False
) -> list[Doc]:
    """One SmartData document -> list of Docs (one per non-empty line).

    keep_compound_parts=True keeps "EU" in "EU-Innenminister" as an entity
    over the whole token (the raw SmartData test as scored for 0.1.0)."""
    text = obj["text"]["string"]
    mentions = []
    for m in (obj.get("conceptMentions") or {}).get("array", []):
        label = DFKI_MAP.get(m["type"].lower().replace("_", "-"))
        if not label:
            continue
        s, e = m["span"]["start"], m["span"]["end"]
        while s < e and not (text[s].isalnum()):
            s += 1
        while e > s and not (text[e - 1].isalnum() or text[e - 1] in ".)"):
            e -= 1
        if e > s:
            mentions.append((s, e, label))
    docs, offset = [], 0
    for line in text.split("\n"):
        start, end = offset, offset + len(line)
        offset = end + 1
        if not line.strip():
            continue
        doc = nlp.make_doc(line)
        spans = []
        for s, e, label in mentions:
            if s >= start and e <= end:
                sp = doc.char_span(s - start, e - start, label=label, alignment_mode="expand")
                if sp is None:
                    continue
                if keep_compound_parts or not is_compound_part(sp, text[s:e]):
                    spans.append(sp)
        spans = spacy.util.filter_spans(spans)
        doc.ents = spans
        docs.append(doc)
    return docs


def read_smartdata(
    data: Path, nlp: Language
) -> tuple[list[Doc], list[Doc], list[Doc], int, int]:
    sd = data / "smartdata"
    test_objs = list(iter_json_stream(sd / "v3_20200302" / "dev.json.gz"))
    test_ids = {o["id"] for o in test_objs}
    test_texts = {o["text"]["string"].strip() for o in test_objs}
    train_objs = [
        o
        for f in ("train.json.gz", "test.json.gz")
        for o in iter_json_stream(sd / "v1_20180119" / f)
        if o["id"] not in test_ids and o["text"]["string"].strip() not in test_texts
    ]
    train = [d for o in train_objs for d in smartdata_doc(nlp, o)]
    test = [d for o in test_objs for d in smartdata_doc(nlp, o, keep_compound_parts=True)]
    test_harmonised = harmonise([d for o in test_objs for d in smartdata_doc(nlp, o)])
    return train, test, test_harmonised, len(train_objs), len(test_objs)


def spkatt_text(data: Path) -> Iterator[str]:
    for path in sorted((data / "spkatt2023" / "train").glob("*.json")):
        obj = json.loads(path.read_text(encoding="utf8"))
        for sent in obj["Sentences"]:
            yield " ".join(sent["Tokens"])


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default="../shared/data/de")
    ap.add_argument("--out", default="training/de/build/corpus")
    ap.add_argument("--germeval-repeat", type=int, default=2,
                    help="times GermEval train is seen per NER epoch (NER data weighting)")
    ap.add_argument("--ler-every", type=int, default=8,
                    help="LER sample: every N-th sentence (NER data weighting)")
    args = ap.parse_args()
    data, out = Path(args.data), Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    nlp = spacy.blank("de")
    stats = {}

    ud = ud_split(data)
    # the shipped syntax model is trained on train+dev (all non-test UD data) as running text
    ud["traindev"] = ud.pop("traindev_running")
    # Tagger-only sentences outnumber the treebank text 9:1; the full annotations are
    # repeated so that the parser, morphologizer and lemmatizer still see them often.
    tagger_only = ud.pop("tagger_only")
    if tagger_only:
        ud["traindev"] = ud["traindev"] * UD_REPEAT + tagger_only
        stats["tagger_only_upos"] = (len(tagger_only), sum(len(d) for d in tagger_only))
    for part, docs in ud.items():
        DocBin(docs=docs, store_user_data=False).to_disk(out / f"syntax_{part}.spacy")
        stats[f"syntax_{part}"] = (len(docs), sum(len(d) for d in docs))

    # GermEval: first half of the test part = held-out test; the first 300
    # sentences of the dev file = dev; everything else = train.
    ge_dev = read_germeval(data / "germeval2014" / "NER-de-dev.tsv", nlp.vocab)
    ge_test = read_germeval(data / "germeval2014" / "NER-de-test-part1.tsv", nlp.vocab)
    n_half = len(ge_test) // 2
    ge_heldout, ge_train = ge_test[:n_half], ge_dev[300:] + ge_test[n_half:]
    ge_devset = ge_dev[:300]
    if (data / GERMEVAL_TRAIN).exists():  # the official 24k-sentence train split
        ge_train += read_germeval(data / GERMEVAL_TRAIN, nlp.vocab)
    stats["optional_train_splits"] = [
        str(p) for p in (UD_GSD_TRAIN, GERMEVAL_TRAIN) if (data / p).exists()
    ]

    sd_train, sd_test, sd_test_harmonised, n_sd_train, n_sd_test = read_smartdata(data, nlp)
    # SmartData: every 10th training document line-chunk goes to dev
    sd_dev = sd_train[::10]
    sd_train = [d for i, d in enumerate(sd_train) if i % 10]
    sd_train, mobie = harmonise(sd_train), harmonise(read_mobie(data, nlp.vocab))
    sd_dev = harmonise(sd_dev)
    europeana = harmonise(read_europeana(data, nlp.vocab))

    ler = read_ler(data, nlp.vocab, every=args.ler_every) if (data / "ler").exists() else []
    uner = read_uner_pud(data, nlp.vocab) if (data / "uner_german_pud").exists() else []
    europarl = read_europarl(data, nlp.vocab) if (data / "europarl_ner_ixa").exists() else []

    # GermEval is the smallest news corpus with MISC: seen twice per epoch
    ner_train = ge_train * args.germeval_repeat + sd_train + mobie + europeana + ler + uner \
        + europarl
    ner_dev = ge_devset + sd_dev
    for name, docs in (
        ("ner_train", ner_train),
        ("ner_dev", ner_dev),
        ("ner_test_germeval", ge_heldout),
        ("ner_test_smartdata", sd_test),
        ("ner_test_smartdata_harmonised", sd_test_harmonised),
        ("ner_train_germeval", ge_train),
        ("ner_train_smartdata", sd_train),
        ("ner_train_mobie", mobie),
        ("ner_train_europeana", europeana),
        ("ner_train_ler", ler),
        ("ner_train_uner_pud", uner),
        ("ner_train_europarl", europarl),
    ):
        DocBin(docs=docs, store_user_data=False).to_disk(out / f"{name}.spacy")
        stats[name] = (len(docs), sum(len(d) for d in docs), sum(len(d.ents) for d in docs))
    stats["smartdata_docs_train_test"] = (n_sd_train, n_sd_test)

    # Raw text for vectors / pretraining: every corpus, minus held-out tests.
    raw = []
    raw += [d.text for d in ud["train"] + ud["dev"] + tagger_only]  # one line per sentence
    raw += [d.text for d in ge_train + sd_train + mobie + europeana + ner_dev]
    raw += list(spkatt_text(data))
    with open(out / "raw.jsonl", "w", encoding="utf8") as f:
        for t in raw:
            if t.strip():
                f.write(json.dumps({"text": t}, ensure_ascii=False) + "\n")
    with open(out / "raw.txt", "w", encoding="utf8") as f:
        for t in raw:
            if t.strip():
                f.write(t.replace("\n", " ") + "\n")
    stats["raw_lines"] = len(raw)
    stats["raw_words"] = sum(len(t.split()) for t in raw)
    (out / "stats.json").write_text(json.dumps(stats, indent=1))
    print(json.dumps(stats, indent=1))


if __name__ == "__main__":
    main()
