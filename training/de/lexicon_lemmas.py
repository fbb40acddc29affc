"""Lemmas from LanguageTool's German full-form lexicon, added to an assembled pipeline's
lemma table (issue 13: the lexicon lever).

  fetch  download german-pos-dict 1.2.4 (CC BY-SA 4.0) and the Morfologik reader from Maven
         Central into build/lexicon/, and dump the dictionary as form/lemma/tag lines
         (build/lexicon/german.tsv, about 5 M lines). Nothing of it is committed.
  add    add a "FORM|UPOS" -> lemma entry to the pipeline's lemma_table for every word form
         of the corpora's raw text (never the held-out test text) whose lexicon lemma is
         unambiguous for that UPOS, when the table has no entry for that key and its
         form-only entry (spacy-lookups-data) does not already give the same lemma.

Why only raw-text forms: all 232k such keys would add 1.3 MB and break the 40 MB budget;
the 20k forms of the raw text carry most of the gain (model card: 96.2 vs 96.0 lemma).
"FORM|UPOS" entries that repeat their form-only entry are dropped (same output, 79 kB less).
Entries from the UD training split keep precedence: they follow the treebank's conventions.

Usage: python lexicon_lemmas.py fetch --out build/lexicon
       python lexicon_lemmas.py add build/final --lexicon build/lexicon/german.tsv \
           --raw build/corpus/raw.txt
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import urllib.request
import zipfile
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

MAVEN = "https://repo1.maven.org/maven2"
ARTIFACTS = {
    "german-pos-dict.jar": "de/danielnaber/german-pos-dict/1.2.4/german-pos-dict-1.2.4.jar",
    "morfologik-stemming.jar":
        "org/carrot2/morfologik-stemming/2.1.9/morfologik-stemming-2.1.9.jar",
    "morfologik-fsa.jar": "org/carrot2/morfologik-fsa/2.1.9/morfologik-fsa-2.1.9.jar",
    "hppc.jar": "com/carrotsearch/hppc/0.8.1/hppc-0.8.1.jar",
}
DICT_IN_JAR = "org/languagetool/resource/de/german.dict"
WORD = re.compile(r"\w[\w-]*")


def upos_of(tag: str) -> str | None:
    """LanguageTool tag -> the UD UPOS its forms get in GSD; open classes only (closed
    classes come from the treebank table). Participles used as adjectives (PA1/PA2) are ADJ;
    auxiliaries and modals AUX, as in current UD German."""
    parts = tag.split(":")
    head = parts[0]
    if head == "SUB":
        return "NOUN"
    if head == "EIG":
        return "PROPN"
    if head == "VER":
        return "AUX" if len(parts) > 1 and parts[1] in ("AUX", "MOD") else "VERB"
    if head in ("ADJ", "PA1", "PA2"):
        return "ADJ"
    if head == "ADV":
        return "ADV"
    return None


def lexicon_rows(lines: Iterable[str]) -> Iterator[tuple[str, str, str]]:
    """(form, lemma, tag) of each line of the dumped lexicon; its "#" lines are entries
    LanguageTool commented out, and lines of another shape are skipped. The other recipe
    steps that read the lexicon (build_person_names.py, build_upos_lexicon.py) use this too."""
    for line in lines:
        parts = line.rstrip("\n").split("\t")
        if len(parts) == 3 and not line.startswith("#"):
            yield parts[0], parts[1], parts[2]


def unambiguous(lines: Iterable[str]) -> dict[tuple[str, str], str]:
    """(form, UPOS) -> lemma where the lexicon gives that pair exactly one lemma."""
    lemmas: dict[tuple[str, str], set[str]] = defaultdict(set)
    for form, lemma, tag in lexicon_rows(lines):
        upos = upos_of(tag)
        if upos is not None:
            lemmas[(form, upos)].add(lemma)
    return {key: next(iter(v)) for key, v in lemmas.items() if len(v) == 1}


def raw_forms(lines: Iterable[str]) -> Counter[str]:
    """Word forms of the raw text with their counts (also build_upos_lexicon.py's)."""
    counts: Counter[str] = Counter()
    for line in lines:
        counts.update(WORD.findall(line))
    return counts


def new_entries(lexicon: Mapping[tuple[str, str], str], table: Mapping[str, str],
                forms: Mapping[str, int]) -> dict[str, str]:
    """The "FORM|UPOS" entries the lexicon adds to ``table`` for the given forms."""
    return {f"{form}|{upos}": lemma for (form, upos), lemma in lexicon.items()
            if forms.get(form) and f"{form}|{upos}" not in table and table.get(form) != lemma}


def fetch(out: Path) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    for name, path in ARTIFACTS.items():
        target = out / name
        if not target.exists():
            print(f"download {MAVEN}/{path}")
            urllib.request.urlretrieve(f"{MAVEN}/{path}", target)
    with zipfile.ZipFile(out / "german-pos-dict.jar") as jar:
        for member in (DICT_IN_JAR, DICT_IN_JAR.replace(".dict", ".info")):
            (out / Path(member).name).write_bytes(jar.read(member))
    source = Path(__file__).with_name("LexiconDump.java")
    classpath = ":".join(str(out / n) for n in ARTIFACTS if n != "german-pos-dict.jar")
    subprocess.run(["javac", "-d", str(out), "-cp", classpath, str(source)], check=True)
    tsv = out / "german.tsv"
    with open(tsv, "w", encoding="utf8") as f:
        subprocess.run(["java", "-cp", f"{out}:{classpath}", "LexiconDump",
                        str(out / "german.dict")], stdout=f, check=True)
    print(f"{tsv}: {sum(1 for _ in open(tsv, encoding='utf8'))} lines")
    return tsv


def add(model: Path, lexicon_tsv: Path, raw: Path) -> int:
    import spacy

    sys.path.insert(0, str(Path(__file__).parent))
    import newsflow_de_components  # noqa: F401  (registers "lemma_table")

    nlp = spacy.load(model)
    pipe = nlp.get_pipe("lemma_table")
    with open(lexicon_tsv, encoding="utf8") as f:
        lexicon = unambiguous(f)
    with open(raw, encoding="utf8") as f:
        forms = raw_forms(f)
    added = new_entries(lexicon, pipe.table, forms)
    table = {**pipe.table, **added}
    pipe.table = without_redundant(table)
    nlp.to_disk(model)
    print(f"lemma_table: +{len(added)} lexicon entries ({len(lexicon)} unambiguous pairs), "
          f"-{len(table) - len(pipe.table)} redundant entries")
    return len(added)


def without_redundant(table: Mapping[str, str]) -> dict[str, str]:
    """Drop "FORM|UPOS" entries that say what the form-only entry says: the table looks up
    FORM|UPOS first and then FORM, so its output is unchanged and the package smaller."""
    return {k: v for k, v in table.items()
            if "|" not in k or table.get(k.rsplit("|", 1)[0]) != v}


def main() -> None:
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    f = sub.add_parser("fetch")
    f.add_argument("--out", type=Path, default=Path("build/lexicon"))
    a = sub.add_parser("add")
    a.add_argument("model", type=Path)
    a.add_argument("--lexicon", type=Path, default=Path("build/lexicon/german.tsv"))
    a.add_argument("--raw", type=Path, default=Path("build/corpus/raw.txt"))
    args = ap.parse_args()
    if args.cmd == "fetch":
        fetch(args.out)
    else:
        add(args.model, args.lexicon, args.raw)


if __name__ == "__main__":
    main()
