"""Train static word vectors (gensim FastText, skip-gram) on the raw corpus text
and write them in word2vec text format for `spacy init vectors`.

FastText subword training makes the vectors of rare words more useful; only
whole-word vectors are exported (spaCy's default vectors mode), pruned to the
most frequent words to keep the shipped package small.

Usage: python training/de/train_vectors.py raw.txt vectors.txt [--dim 96]
"""

import argparse
import random

import numpy
import spacy


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("raw")
    ap.add_argument("out")
    ap.add_argument("--dim", type=int, default=96)
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--max-words", type=int, default=40000)
    ap.add_argument("--epochs", type=int, default=10)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    random.seed(args.seed)
    numpy.random.seed(args.seed)
    from gensim.models import FastText

    tok = spacy.blank("de").tokenizer
    sents = []
    with open(args.raw, encoding="utf8") as f:
        for line in f:
            words = [t.text for t in tok(line.strip()) if not t.is_space]
            if words:
                sents.append(words)
    model = FastText(
        vector_size=args.dim,
        window=5,
        min_count=args.min_count,
        sg=1,
        workers=1,
        seed=args.seed,
        min_n=3,
        max_n=5,
        epochs=args.epochs,
    )
    model.build_vocab(corpus_iterable=sents)
    model.train(corpus_iterable=sents, total_examples=len(sents), epochs=args.epochs)
    words = model.wv.index_to_key[: args.max_words]
    with open(args.out, "w", encoding="utf8") as f:
        f.write(f"{len(words)} {args.dim}\n")
        for w in words:
            vec = model.wv[w]
            f.write(w + " " + " ".join(f"{x:.4f}" for x in vec) + "\n")
    print(f"wrote {len(words)} vectors of dim {args.dim} from {len(sents)} sentences")


if __name__ == "__main__":
    main()
