"""Name lists for the `person_names` component (issue 13: the person-name lever).

Two word lists, written into an assembled pipeline as component `person_names` (after
`entity_rules`, see newsflow_de_components.PersonNames):

  first   first names: LanguageTool's EIG:…:VOR forms (not the genitives in -s), plus words
          that begin a PER span of two or more words at least twice in the NER training
          data and do so in at least half of their occurrences; minus words that are mostly
          another kind of entity in the training data ("Paris") or mostly a common word
          ("Mark", "Art").
  common  capitalised word forms of the corpora's raw text (never the held-out test text)
          that the lexicon knows as a common word (any tag but EIG and ABK: nouns,
          adjectives, participles, verbs, function words) and that are not names: not a
          lexicon first name or surname (VOR, NAC) and not inside a PER span of the
          training data in at least `--protect-share` of their occurrences ("Merkel").

Only the NER training split (ner_train.spacy) and the raw text are read, never ner_test_*.
The lexicon is build/lexicon/german.tsv from the `lexicon` step (lexicon_lemmas.py fetch).

Usage: python build_person_names.py add build/final --lexicon build/lexicon/german.tsv \
           --corpus build/corpus
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

from lexicon_lemmas import lexicon_rows  # the recipe's directory: run as a script

NAME = re.compile(r"[A-ZÄÖÜ][a-zäöüßéèáàóòíìúùçñë'-]*[a-zäöüßéèáàóòíìúùçñë]")
LEXICON_SOURCE = {
    "name": "LanguageTool German POS dictionary 1.2.4 (lemmas, person-name lists)",
    "license": "CC BY-SA 4.0",
}
NOT_COMMON_HEADS = ("EIG", "ABK")  # names and abbreviations


def read_lexicon(lines: Iterable[str]) -> tuple[set[str], set[str], set[str]]:
    """(first-name forms, surname forms, lower-cased common word forms)"""
    first, last, common = set(), set(), set()
    for form, lemma, tag in lexicon_rows(lines):
        head = tag.split(":", 1)[0]
        if head == "EIG":
            if tag.endswith(":VOR") and (form == lemma or ":GEN:" not in tag):
                first.add(form)  # not the genitive "Ottos": it ends a name
            elif tag.endswith(":NAC"):
                last.add(form)
        elif head not in NOT_COMMON_HEADS:
            common.add(form.lower())
    return first, last, common


def training_counts(corpus: Path) -> tuple[Counter, Counter, Counter, Counter]:
    """Counts over the NER training splits: every occurrence of a word, inside a PER span,
    inside another entity, and as the first word of a PER span of two or more words."""
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank("de")
    total, per, other, per_first = Counter(), Counter(), Counter(), Counter()
    for doc in DocBin().from_disk(corpus / "ner_train.spacy").get_docs(nlp.vocab):
        for tok in doc:
            total[tok.text] += 1
        for ent in doc.ents:
            target = per if ent.label_ == "PER" else other
            for tok in ent:
                target[tok.text] += 1
            if ent.label_ == "PER" and len(ent) >= 2:
                per_first[ent[0].text] += 1
    return total, per, other, per_first


def raw_capitalised(path: Path) -> Counter:
    counts: Counter = Counter()
    with open(path, encoding="utf8") as f:
        for line in f:
            counts.update(NAME.findall(line))
    return counts


def build(
    lexicon: Path, corpus: Path, raw: Path, protect_share: float = 0.2, min_raw: int = 1
) -> dict[str, list[str]]:
    with open(lexicon, encoding="utf8") as f:
        lex_first, lex_last, lex_common = read_lexicon(f)
    total, per, other, per_first = training_counts(corpus)

    def per_share(w: str) -> float:
        return per[w] / total[w] if total[w] else 0.0

    first = set()
    for w in lex_first | {w for w, n in per_first.items() if n >= 2 and n / total[w] >= 0.5}:
        if not NAME.fullmatch(w):
            continue
        if w.lower() in lex_common and per_share(w) < 0.5:
            continue  # "Mark", "Art", "Rose": mostly a common word
        if other[w] > per[w]:
            continue  # "Paris", "Florenz": mostly a place or organisation
        if total[w] >= 3 and per_share(w) < 0.3:
            continue
        first.add(w)

    common = set()
    for w, n in raw_capitalised(raw).items():
        if n < min_raw or w.lower() not in lex_common:
            continue
        if w in lex_first or w in lex_last or w in first:
            continue
        if per[w] and per_share(w) >= protect_share:
            continue  # a surname that is also a word ("Merkel", "Heil")
        common.add(w)
    return {"first": sorted(first), "common": sorted(common)}


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    add = sub.add_parser("add", help="add person_names with the lists to an assembled pipeline")
    add.add_argument("model")
    add.add_argument("--lexicon", default="build/lexicon/german.tsv")
    add.add_argument("--corpus", default="build/corpus")
    add.add_argument("--raw", default=None, help="default: CORPUS/raw.txt")
    add.add_argument("--protect-share", type=float, default=0.2)
    add.add_argument("--out", default=None, help="default: overwrite MODEL")
    args = ap.parse_args()

    import spacy

    sys.path.insert(0, str(Path(__file__).parent))
    import newsflow_de_components  # noqa: F401  (registers person_names)

    corpus = Path(args.corpus)
    lists = build(
        Path(args.lexicon), corpus, Path(args.raw) if args.raw else corpus / "raw.txt",
        protect_share=args.protect_share,
    )
    nlp = spacy.load(args.model)
    if "person_names" in nlp.pipe_names:
        nlp.remove_pipe("person_names")
    pn = nlp.add_pipe("person_names", last=True)
    pn.set_lists(lists["first"], lists["common"])
    sources = nlp.meta.setdefault("sources", [])
    if not any(src.get("name", "").startswith("LanguageTool German POS dictionary")
               for src in sources):  # build_upos_lexicon.py names the same source
        sources.append(dict(LEXICON_SOURCE))
    if "person-name" not in nlp.meta.get("description", ""):
        nlp.meta["description"] = nlp.meta.get("description", "") + (
            " Lemmas and person-name lists from LanguageTool's German lexicon."
        )
    nlp.to_disk(args.out or args.model)
    print(f"person_names: {len(lists['first'])} first names, {len(lists['common'])} common words")


if __name__ == "__main__":
    main()
