#!/usr/bin/env python3
"""Validate the HELD-OUT quote gold files (heldout/de.jsonl, heldout/en.jsonl).

Runs every check of ``../check_gold.py`` (offsets, ids, kinds, tags, overlaps,
whitespace, and its heuristic tag/annotation warnings), adapted to this set:

* ids are ``de-h-NNN`` / ``en-h-NNN`` instead of ``de-q-NNN`` / ``en-q-NNN``;
* the case tags added for this set (see README.md here) are accepted:
  ``indirect_indicative`` and ``hiess_es`` and ``separable_cue`` (de only),
  ``embedded_fragment`` (en only), ``org_speaker``;
* the heuristics for ``according_to`` / ``indirect_konjunktiv`` also know the
  German attribution phrases ``nach Angaben`` / ``nach Informationen`` /
  ``nach Schätzungen``; an article tagged ``indirect_indicative`` does not
  need ``indirect_konjunktiv``;
* ``cue_variety`` is checked both ways: a cue verb other than sagen/say
  (attribution phrases such as laut / according to do not count).

Extra errors (exit status 1):
  * a record without ``"split": "heldout"``
  * an article text that shares a run of 8 words with the development set
    (../de.jsonl, ../en.jsonl) or with the seed article (seeds/*.txt)

Extra warnings: tags for the new cases, ``apostrophe`` missing although the text
has an in-word apostrophe.

Usage: python check_gold.py [file.jsonl ...]   (default: de.jsonl en.jsonl here)
       python check_gold.py --quiet            (no warnings listing)
"""
from __future__ import annotations

import importlib.util
import json
import pathlib
import re
import sys

sys.dont_write_bytecode = True
HERE = pathlib.Path(__file__).resolve().parent
PARENT = HERE.parent
REPO = PARENT.parents[2]  # tests/data/quotes -> repository root
SPLIT = "heldout"


def _load(name: str, path: pathlib.Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


cg = _load("quotes_check_gold_base", PARENT / "check_gold.py")

NEW_TAGS = {"indirect_indicative", "hiess_es", "separable_cue", "embedded_fragment", "org_speaker"}
cg.ID_RE = re.compile(r"^(de|en)-h-\d{3}$")
cg.CASE_TAGS = set(cg.CASE_TAGS) | NEW_TAGS
cg.LANG_ONLY = {**cg.LANG_ONLY, "indirect_indicative": "de", "hiess_es": "de",
                "separable_cue": "de", "embedded_fragment": "en"}

DE_PHRASES = {"nach Angaben", "nach Informationen", "nach Schätzungen"}
ATTRIBUTION = {"laut", "zufolge", "so", "according to"} | DE_PHRASES
NOT_KONJ = {"laut", "zufolge", "berichten"} | DE_PHRASES
SEPARABLE = {"ankündigen": "an", "mitteilen": "mit", "zurückweisen": "zurück",
             "einräumen": "ein", "hinzufügen": "hinzu", "vorwerfen": "vor",
             "hinweisen": "hin", "anmerken": "an", "festhalten": "fest"}
OPENING = "„“\"»«‘‚›'"
# warnings of the base heuristics that this file recomputes with the rules above
RECOMPUTED = ("'according_to'", "'indirect_konjunktiv'", "'cue_variety'")

_base_derived = cg.derived_warnings


def derived_warnings(rep, rec):
    tmp = cg.Report()
    _base_derived(tmp, rec)
    rep.warnings.extend(w for w in tmp.warnings if not any(t in w for t in RECOMPUTED))

    aid, lang, text = rec["id"], rec["language"], rec["text"]
    cases = set(rec["cases"])
    qs = rec["quotes"]
    indirect = [q for q in qs if q["kind"] == "indirect"]

    def both_ways(tag, present):
        if tag in cases and not present:
            rep.warn(aid, f"tagged {tag!r} but no supporting annotation found")
        if tag not in cases and present:
            rep.warn(aid, f"annotations suggest {tag!r} but the tag is missing")

    def lemma(q):
        return q["cue"]["lemma"] if q["cue"] else None

    def after_comp(q):
        return bool(re.search(r"\b(dass|ob|that|whether) $", text[:q["start"]]))

    both_ways("according_to", any(
        q["cue"] and (
            lemma(q) in ATTRIBUTION
            or (lemma(q) == "tell" and text[q["cue"]["end"]:q["cue"]["end"] + 9] == " reporter")
            or (lemma(q) == "berichten"
                and "Wie " in text[max(0, q["cue"]["start"] - 60):q["cue"]["start"]]))
        for q in indirect))
    both_ways("cue_variety", any(
        q["cue"] and lemma(q) not in cg.SAY_LEMMAS | ATTRIBUTION for q in qs))

    if lang == "de":
        reported = [q for q in indirect if not after_comp(q) and lemma(q) not in NOT_KONJ]
        if "indirect_konjunktiv" in cases and not reported:
            rep.warn(aid, "tagged 'indirect_konjunktiv' but no supporting annotation found")
        if reported and not cases & {"indirect_konjunktiv", "indirect_indicative"}:
            rep.warn(aid, "annotations suggest 'indirect_konjunktiv' but the tag is missing")
        if "indirect_indicative" in cases and not reported:
            rep.warn(aid, "tagged 'indirect_indicative' but no supporting annotation found")
        both_ways("hiess_es", any(lemma(q) == "heißen" for q in qs))
        both_ways("separable_cue", any(
            lemma(q) in SEPARABLE and not q["cue"]["text"].lower().startswith(SEPARABLE[lemma(q)])
            for q in qs))
    if "embedded_fragment" in cases and not any(
            re.search(rf"(^|\s)[{OPENING}]\w", q["text"]) for q in indirect):
        rep.warn(aid, "tagged 'embedded_fragment' but no indirect span holds quotation marks")
    if "org_speaker" in cases and len({q["speaker"]["text"] for q in qs if q["speaker"]}) < 2:
        rep.warn(aid, "tagged 'org_speaker' but fewer than two different speakers")
    if "apostrophe" not in cases and re.search(r"\w['’]\w", text):
        rep.warn(aid, "text has an in-word apostrophe but is not tagged 'apostrophe'")


cg.derived_warnings = derived_warnings


def _shingles(text: str, n: int = 8) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + n]) for i in range(len(words) - n + 1)}


def extra_checks(files: list[pathlib.Path]) -> list[str]:
    errors = []
    known: set[tuple[str, ...]] = set()
    for p in [PARENT / "de.jsonl", PARENT / "en.jsonl"]:
        if p.exists():
            for line in p.read_text(encoding="utf-8").splitlines():
                known |= _shingles(json.loads(line)["text"])
    for p in sorted((REPO / "seeds").glob("*.txt")):
        known |= _shingles(p.read_text(encoding="utf-8"))
    for f in files:
        if not f.exists():
            continue
        for ln, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
            try:
                rec = json.loads(line)
            except json.JSONDecodeError:
                continue  # reported by the base checks
            where = f"{f.name}:{ln} ({rec.get('id')})"
            if rec.get("split") != SPLIT:
                errors.append(f"ERROR {where}: split is {rec.get('split')!r}, expected {SPLIT!r}")
            shared = _shingles(str(rec.get("text", ""))) & known
            if shared:
                errors.append(f"ERROR {where}: shares text with the development set or the seed: "
                              f"{' '.join(sorted(shared)[0])!r}")
    return errors


def main(argv: list[str]) -> int:
    files = [pathlib.Path(a) for a in argv if not a.startswith("--")]
    if not files:
        files = [HERE / "de.jsonl", HERE / "en.jsonl"]
    flags = [a for a in argv if a.startswith("--")]
    status = cg.main([str(f) for f in files] + flags)
    errors = extra_checks(files)
    if errors:
        print(f"\n{len(errors)} held-out error(s):")
        for e in errors:
            print("  " + e)
        return 1
    print("held-out checks OK: split tags present, no text shared with the development set or seed")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
