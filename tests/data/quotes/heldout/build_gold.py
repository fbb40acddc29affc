#!/usr/bin/env python3
"""Build the HELD-OUT quote gold files heldout/de.jsonl and heldout/en.jsonl.

The annotations live in ``specs_de.py`` and ``specs_en.py`` next to this
script (same spec format as ``../specs_*.py``; see ``../build_gold.py``).
The locator logic (``locate`` / ``build_article``) is imported from
``../build_gold.py`` so that both sets are built by exactly the same code.
This script only adds what is specific to the held-out set:

* ids must be ``de-h-NNN`` / ``en-h-NNN``, numbered 001, 002, … without gaps;
* every record gets ``"split": "heldout"`` (right after ``"id"``).

No extraction code is involved.

Usage:  python build_gold.py          (writes de.jsonl and en.jsonl here)
        python build_gold.py --check  (only verifies that the files are up to date)
"""
from __future__ import annotations

import importlib.util
import json
import pathlib
import sys

sys.dont_write_bytecode = True  # keep the data folder free of __pycache__
HERE = pathlib.Path(__file__).resolve().parent
PARENT = HERE.parent
SPLIT = "heldout"


def _load(name: str, path: pathlib.Path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


base = _load("quotes_build_gold_base", PARENT / "build_gold.py")
SpecError = base.SpecError


def render(lang: str) -> str:
    mod = _load(f"heldout_specs_{lang}", HERE / f"specs_{lang}.py")
    lines = []
    for n, art in enumerate(mod.ARTICLES, 1):
        want = f"{lang}-h-{n:03d}"
        if art["id"] != want:
            raise SpecError(f"article #{n} has id {art['id']!r}, expected {want!r}")
        rec = base.build_article(art, lang)
        rec = {"id": rec.pop("id"), "split": SPLIT, **rec}
        lines.append(json.dumps(rec, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    return base.main(argv, render, HERE, "heldout/")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
