"""Evaluate a German pipeline on the held-out splits made by convert.py.

  syntax_test.spacy           UPOS, morph, UAS/LAS, sentence F, lemma
  ner_test_germeval.spacy     NER P/R/F over PER/ORG/LOC/MISC
  ner_test_smartdata.spacy    NER P/R/F over PER/ORG/LOC (MISC predictions ignored,
                              the corpus has no MISC class)
  ner_test_smartdata_harmonised.spacy  the same, with SmartData's adjective "entities"
                              ("deutsche" as LOC) removed as in training (convert.py)

Also measures speed (words/s, one thread, nlp.pipe over the NER test texts).
Usage: python training/de/evaluate.py MODEL [--corpus build/corpus] [--out scores.json]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Container, Sequence
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language
from spacy.scorer import Scorer
from spacy.tokens import Doc, DocBin
from spacy.training import Example

sys.path.insert(0, str(Path(__file__).parent))
import newsflow_de_components  # noqa: E402,F401  (registers the lemma_table factory)
from convert import running_text  # noqa: E402


def load(path: Path, nlp: Language) -> list[Doc]:
    return list(DocBin().from_disk(path).get_docs(nlp.vocab))


def ner_scores(nlp: Language, gold_docs: Sequence[Doc], labels: Container[str]) -> dict[str, Any]:
    preds = nlp.pipe((d.text for d in gold_docs), batch_size=64)
    examples = []
    for pred, gold in zip(preds, gold_docs, strict=True):
        pred.ents = [e for e in pred.ents if e.label_ in labels]
        gold.ents = [e for e in gold.ents if e.label_ in labels]
        examples.append(Example(pred, gold))
    s = Scorer.score_spans(examples, "ents")
    out = {"p": s["ents_p"], "r": s["ents_r"], "f": s["ents_f"]}
    out["hyphenated_tokens"] = hyphenated_token_entities(examples)
    out["per_type"] = {
        k: {m: round(v[m] * 100, 1) for m in "prf"} for k, v in (s["ents_per_type"] or {}).items()
    }
    for k in "prf":
        out[k] = round(out[k] * 100, 1)
    return out


def hyphenated_token_entities(examples: Sequence[Example]) -> dict[str, int]:
    """Predicted one-token entities over a hyphenated word, right or wrong.

    Tagging "US-Wahlen" or "BRICS-Gipfel" as an entity was the most visible error
    of 0.1.0 on the seed article; GermEval calls these *part (not an entity)."""
    counts = {"correct": 0, "wrong": 0}
    for ex in examples:
        gold = {(e.start_char, e.end_char, e.label_) for e in ex.reference.ents}
        for e in ex.predicted.ents:
            if len(e) == 1 and "-" in e.text.strip("-"):
                hit = (e.start_char, e.end_char, e.label_) in gold
                counts["correct" if hit else "wrong"] += 1
    return counts


def syntax_scores(nlp: Language, gold_docs: Sequence[Doc]) -> dict[str, float]:
    gold_docs = running_text(list(gold_docs))
    names = [n for n in nlp.pipe_names if n not in ("ner", "entity_ruler")]
    with nlp.select_pipes(enable=names):
        preds = list(nlp.pipe((d.text for d in gold_docs), batch_size=64))
    examples = [Example(p, g) for p, g in zip(preds, gold_docs, strict=True)]
    scores = {}
    scores.update(Scorer.score_token_attr(examples, "pos"))
    scores.update(Scorer.score_token_attr(examples, "morph"))
    scores.update(Scorer.score_token_attr(examples, "lemma"))
    scores.update(Scorer.score_deps(examples, "dep", ignore_labels=("p", "punct")))
    scores.update(
        Scorer.score_spans(
            examples, "sents", has_annotation=lambda d: d.has_annotation("SENT_START")
        )
    )
    return {
        "upos": round(scores["pos_acc"] * 100, 1),
        "morph": round(scores["morph_acc"] * 100, 1),
        "uas": round(scores["dep_uas"] * 100, 1),
        "las": round(scores["dep_las"] * 100, 1),
        "lemma": round(scores["lemma_acc"] * 100, 1),
        "sents_f": round(scores["sents_f"] * 100, 1),
    }


def speed(nlp: Language, texts: Sequence[str], repeat: int = 1) -> int:
    n_words = 0
    start = time.perf_counter()
    for _ in range(repeat):
        for doc in nlp.pipe(texts, batch_size=256):
            n_words += len(doc)
    return round(n_words / (time.perf_counter() - start))


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("model")
    ap.add_argument("--corpus", default="training/de/build/corpus")
    ap.add_argument("--out", default=None)
    ap.add_argument("--no-speed", action="store_true")
    args = ap.parse_args()
    corpus = Path(args.corpus)
    nlp = spacy.load(args.model)
    res = {"model": str(args.model), "pipeline": nlp.pipe_names}
    if "parser" in nlp.pipe_names or "morphologizer" in nlp.pipe_names:
        res["ud_test"] = syntax_scores(nlp, load(corpus / "syntax_test.spacy", nlp))
        for part in ("gsd", "pud"):  # per treebank: only PUD is held out for 0.2.0 too
            path = corpus / f"syntax_test_{part}.spacy"
            if path.exists():
                res[f"ud_test_{part}"] = syntax_scores(nlp, load(path, nlp))
    if "ner" in nlp.pipe_names:
        res["germeval_test"] = ner_scores(
            nlp, load(corpus / "ner_test_germeval.spacy", nlp), {"PER", "ORG", "LOC", "MISC"}
        )
        res["germeval_test_per_org_loc"] = ner_scores(
            nlp, load(corpus / "ner_test_germeval.spacy", nlp), {"PER", "ORG", "LOC"}
        )
        res["smartdata_test"] = ner_scores(
            nlp, load(corpus / "ner_test_smartdata.spacy", nlp), {"PER", "ORG", "LOC"}
        )
        harmonised = corpus / "ner_test_smartdata_harmonised.spacy"
        if harmonised.exists():  # adjectives such as "deutsche" not gold LOC (convert.py)
            res["smartdata_test_harmonised"] = ner_scores(
                nlp, load(harmonised, nlp), {"PER", "ORG", "LOC"}
            )
    if not args.no_speed:
        texts = [d.text for d in load(corpus / "ner_test_germeval.spacy", nlp)]
        texts = [" ".join(texts[i : i + 10]) for i in range(0, len(texts), 10)]  # ~paragraphs
        res["words_per_second"] = speed(nlp, texts)
    print(json.dumps(res, indent=1, ensure_ascii=False))
    if args.out:
        Path(args.out).write_text(json.dumps(res, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
