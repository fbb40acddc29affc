"""Word-form -> possible-UPOS table for the `upos_lexicon` component (issue 13: UPOS lever).

LanguageTool's German full-form lexicon (CC BY-SA 4.0, build/lexicon/german.tsv from the
`lexicon` step) lists every tag a word form can have. `upos_of_tag` maps them to the UPOS
that current UD German (GSD) gives such words; the mapping was checked against the gold
UPOS of the treebank training split (syntax_train + syntax_dev), never the test split:

  SUB -> NOUN; EIG -> PROPN; VER -> VERB, VER:AUX/MOD -> AUX or VERB (GSD: "hatte" AUX 51
  / VERB 15; modals AUX 244 / VERB 11), VER:PA2 -> VERB or ADJ ("bezeichnet");
  ADJ -> ADJ or ADV (adverbial use: ADV in 206 of 1,600 ADJ-only tokens), PA1/PA2 -> ADJ;
  ADV -> ADV; ART -> DET; PRO:PER/REF -> PRON, PRO:…:BEG -> DET, PRO:…:STV -> PRON, other
  PRO -> DET or PRON; PRP -> ADP; KON:NEB (coordinating: und, aber, auch, noch) -> CCONJ or
  ADV; KON:UNT (subordinating: dass, weil) -> SCONJ; KON:VGL/INF/PRI (als, wie, um, je)
  -> CCONJ, SCONJ, ADP or ADV; ZAL -> NUM; ZUS (verb particle) -> ADP, ADV or ADJ;
  NEG -> PART or ADV; INJ -> INTJ. A form with an ABK or IG tag gets no entry.

Each entry also takes every UPOS the form has in the training data (the treebank split and
the GSD train split's mapped tags, the latter with at least `--min-tagger-only` uses), so
treebank conventions the lexicon does not know ("zu" PART, "mehr" DET) are allowed. The
value lists the allowed UPOS, most frequent in the training data first (then the lexicon
order NOUN ADJ VERB …): the component replaces a predicted UPOS outside the set by the
tagger's UPOS if that is allowed, else by the first one.

Only forms of the corpora's raw text (never the held-out test text), their lower-cased
variants and the training forms are kept (`--forms raw`, 39.7k forms, 0.14 MB): every
lexicon form (`--forms all`, 553k, 1.4 MB) fits the 40 MB budget only just and costs about
50 MB of memory per process, for 2 more right tokens of 3,132 on the held-out UD split.

Usage: python build_upos_lexicon.py add build/final --lexicon build/lexicon/german.tsv \
           --corpus build/corpus
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from pathlib import Path

from lexicon_lemmas import lexicon_rows  # the recipe's directory: run as a script
from lexicon_lemmas import raw_forms as raw_form_counts

ORDER = ("NOUN", "ADJ", "VERB", "ADV", "PROPN", "AUX", "DET", "PRON", "ADP", "SCONJ",
         "CCONJ", "NUM", "PART", "INTJ", "X")
LEXICON_SOURCE = {
    "name": "LanguageTool German POS dictionary 1.2.4 (lemmas, person-name lists, UPOS sets)",
    "license": "CC BY-SA 4.0",
}


def upos_of_tag(tag: str) -> set[str] | None:
    """LanguageTool tag -> the UPOS current UD German gives its forms; None: no constraint."""
    p = tag.split(":")
    head = p[0]
    if head == "SUB":
        return {"NOUN"}
    if head == "EIG":
        return {"PROPN"}
    if head == "VER":
        if "AUX" in p or "MOD" in p:
            return {"AUX", "VERB"}
        return {"VERB", "ADJ"} if "PA2" in p else {"VERB"}
    if head == "ADJ":
        return {"ADJ", "ADV"}
    if head in ("PA1", "PA2"):
        return {"ADJ"}
    if head == "ADV":
        return {"ADV"}
    if head == "ART":
        return {"DET"}
    if head == "PRO":
        if len(p) > 1 and p[1] in ("PER", "REF"):
            return {"PRON"}
        if "BEG" in p:
            return {"DET"}
        if "STV" in p:
            return {"PRON"}
        return {"DET", "PRON"}
    if head == "PRP":
        return {"ADP"}
    if head == "KON":
        sub = p[1] if len(p) > 1 else ""
        if sub == "NEB":
            return {"CCONJ", "ADV"}
        if sub == "UNT":
            return {"SCONJ"}
        return {"CCONJ", "SCONJ", "ADP", "ADV"}
    if head == "ZAL":
        return {"NUM"}
    if head == "ZUS":
        return {"ADP", "ADV", "ADJ"}
    if head == "NEG":
        return {"PART", "ADV"}
    if head == "INJ":
        return {"INTJ"}
    return None  # ABK (abbreviations), IG


def lexicon_upos(lines: Iterable[str]) -> dict[str, set[str]]:
    """form -> the UPOS its lexicon tags allow; forms with an unmapped tag are left out."""
    out: dict[str, set[str]] = {}
    unconstrained: set[str] = set()
    for form, _, tag in lexicon_rows(lines):
        if form in unconstrained:
            continue
        upos = upos_of_tag(tag)
        if upos is None:
            unconstrained.add(form)
            out.pop(form, None)
        else:
            out.setdefault(form, set()).update(upos)
    return out


def training_counts(corpus: Path, min_tagger_only: int = 1) -> dict[str, Counter]:
    """form -> UPOS counts in the training data: the treebank split (token.pos_) and the
    GSD train split's mapped tags (tagger-only docs of syntax_traindev, token.tag_)."""
    import spacy
    from spacy.tokens import DocBin

    nlp = spacy.blank("de")
    counts: dict[str, Counter] = defaultdict(Counter)
    for name in ("syntax_train.spacy", "syntax_dev.spacy"):
        for doc in DocBin().from_disk(corpus / name).get_docs(nlp.vocab):
            for tok in doc:
                counts[tok.text][tok.pos_] += 1
    tagger_only: dict[str, Counter] = defaultdict(Counter)
    for doc in DocBin().from_disk(corpus / "syntax_traindev.spacy").get_docs(nlp.vocab):
        if doc.has_annotation("POS"):
            continue  # treebank running text, counted above
        for tok in doc:
            tagger_only[tok.text][tok.tag_] += 1
    for form, c in tagger_only.items():
        for upos, n in c.items():
            if n >= min_tagger_only:
                counts[form][upos] += n
    return counts


def raw_forms(path: Path) -> set[str]:
    with open(path, encoding="utf8") as f:
        return set(raw_form_counts(f))


def build_table(lexicon: Mapping[str, set[str]], counts: Mapping[str, Counter],
                forms: Iterable[str]) -> dict[str, str]:
    """form -> allowed UPOS, space-separated, most frequent in training first."""
    keep = set()
    for form in forms:
        keep.add(form)
        keep.add(form.lower())
    keep.update(counts)
    table = {}
    for form in sorted(keep):
        allowed = lexicon.get(form)
        if not allowed or not any(ch.isalpha() for ch in form):
            continue
        seen = counts.get(form, Counter())
        allowed = allowed | {u for u in seen if u in ORDER}
        ranked = sorted(allowed, key=lambda u: (-seen.get(u, 0), ORDER.index(u)))
        table[form] = " ".join(ranked)
    return table


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    add = sub.add_parser("add", help="add upos_lexicon with the table to an assembled pipeline")
    add.add_argument("model")
    add.add_argument("--lexicon", default="build/lexicon/german.tsv")
    add.add_argument("--corpus", default="build/corpus")
    add.add_argument("--raw", default=None, help="default: CORPUS/raw.txt")
    add.add_argument("--min-tagger-only", type=int, default=1)
    add.add_argument("--forms", choices=("raw", "all"), default="raw",
                     help="raw: only forms of the raw text (and training); all: every form")
    add.add_argument("--out", default=None, help="default: overwrite MODEL")
    args = ap.parse_args()

    import spacy

    sys.path.insert(0, str(Path(__file__).parent))
    import newsflow_de_components  # noqa: F401  (registers upos_lexicon)

    corpus = Path(args.corpus)
    with open(args.lexicon, encoding="utf8") as f:
        lexicon = lexicon_upos(f)
    counts = training_counts(corpus, args.min_tagger_only)
    forms = lexicon.keys() if args.forms == "all" else raw_forms(
        Path(args.raw) if args.raw else corpus / "raw.txt")
    table = build_table(lexicon, counts, forms)
    nlp = spacy.load(args.model)
    if "upos_lexicon" in nlp.pipe_names:
        nlp.remove_pipe("upos_lexicon")
    after = "parser" if "parser" in nlp.pipe_names else "morphologizer"
    pipe = nlp.add_pipe("upos_lexicon", after=after)
    pipe.table = table
    sources = nlp.meta.setdefault("sources", [])
    for src in sources:
        if src.get("name", "").startswith("LanguageTool German POS dictionary"):
            src.update(LEXICON_SOURCE)
            break
    else:
        sources.append(dict(LEXICON_SOURCE))
    nlp.meta["description"] = nlp.meta.get("description", "").replace(
        "Lemmas and person-name lists from LanguageTool's German lexicon.",
        "Lemmas, person-name lists and the possible UPOS of word forms from LanguageTool's "
        "German lexicon.",
    )
    nlp.to_disk(args.out or args.model)
    print(f"upos_lexicon: {len(table)} forms ({len(lexicon)} in the lexicon)")


if __name__ == "__main__":
    main()
