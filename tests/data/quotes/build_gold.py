#!/usr/bin/env python3
"""Build the hand-annotated quote gold files de.jsonl / en.jsonl.

The annotations live in ``specs_de.py`` and ``specs_en.py`` (next to this
script).  They were written by hand while reading each article; this script
only turns the hand-written *locators* into character offsets, so that the
offsets are reproducible and can never drift from the text.  No extraction
code is involved.

Spec format (see README.md for the annotation rules)::

    dict(id="de-q-001", title="...", published_at="2024-03-05",
         cases=["direct", ...],
         text=P("paragraph 1", "paragraph 2"),      # P = "\\n".join
         quotes=[
             # (kind, quote_locator, speaker, cue)
             ("direct", "„{Wir schaffen das}“",
              ("sagte {Scholz}", "Olaf Scholz"),      # (locator, entity or None) or None
              ("{sagte} Scholz", "sagen")),           # (locator, lemma) or None
         ])

Locators
--------
* ``"context with {target} inside"`` - the context (braces removed) must
  occur exactly once in the text; the target is the part in braces.
* ``"target"`` (no braces) - the target itself must occur exactly once.
* ``("locator", n)`` - take the n-th occurrence (1-based) of the context
  instead of demanding uniqueness.
* ``"start words<...>end words"`` (quotes only, for long spans) - the span
  runs from the unique occurrence of ``start words`` to the end of the first
  occurrence of ``end words`` after it.

Targets that begin/end with a letter or digit must sit on word boundaries,
otherwise the build fails (protects against e.g. "er" matching inside "der").

Usage:  python build_gold.py          (writes de.jsonl and en.jsonl)
        python build_gold.py --check  (only verifies that the files are up to date)
"""
from __future__ import annotations

import importlib.util
import json
import pathlib
import sys

sys.dont_write_bytecode = True  # keep the data folder free of __pycache__
HERE = pathlib.Path(__file__).resolve().parent
SEP = "<...>"
KINDS = {"direct", "indirect", "mixed"}


class SpecError(Exception):
    pass


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
    mod = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(mod)
    return mod


def _occurrences(text: str, s: str) -> list[int]:
    out, i = [], text.find(s)
    while i != -1:
        out.append(i)
        i = text.find(s, i + 1)
    return out


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def locate(text: str, loc, what: str) -> tuple[int, int]:
    """Resolve a locator to (start, end)."""
    nth = None
    if isinstance(loc, tuple):
        loc, nth = loc
    if SEP in loc:
        first, last = loc.split(SEP)
        occ = _occurrences(text, first)
        if nth is None and len(occ) != 1:
            raise SpecError(f"{what}: start {first!r} occurs {len(occ)} times")
        start = occ[(nth or 1) - 1]
        j = text.find(last, start + len(first))
        if j == -1:
            raise SpecError(f"{what}: end {last!r} not found after start")
        end = j + len(last)
    else:
        if "{" in loc:
            pre, rest = loc.split("{", 1)
            target, post = rest.split("}", 1)
        else:
            pre, target, post = "", loc, ""
        ctx = pre + target + post
        occ = _occurrences(text, ctx)
        if not occ:
            raise SpecError(f"{what}: context {ctx!r} not found")
        if nth is None and len(occ) != 1:
            raise SpecError(f"{what}: context {ctx!r} occurs {len(occ)} times")
        if nth is not None and nth > len(occ):
            raise SpecError(f"{what}: context {ctx!r} has no occurrence #{nth}")
        start = occ[(nth or 1) - 1] + len(pre)
        end = start + len(target)
    span = text[start:end]
    if not span:
        raise SpecError(f"{what}: empty span")
    if _is_word(span[0]) and start > 0 and _is_word(text[start - 1]):
        raise SpecError(f"{what}: {span!r} does not start on a word boundary")
    if _is_word(span[-1]) and end < len(text) and _is_word(text[end]):
        raise SpecError(f"{what}: {span!r} does not end on a word boundary")
    return start, end


def build_article(art: dict, lang: str) -> dict:
    text = art["text"]
    aid = art["id"]
    quotes = []
    for n, q in enumerate(art["quotes"], 1):
        kind, qloc, sp, cue = q
        where = f"{aid} quote #{n}"
        if kind not in KINDS:
            raise SpecError(f"{where}: bad kind {kind!r}")
        qs, qe = locate(text, qloc, where)
        item = {"kind": kind, "start": qs, "end": qe, "text": text[qs:qe]}
        if sp is None:
            item["speaker"] = None
        else:
            sloc, entity = sp
            ss, se = locate(text, sloc, where + " speaker")
            if qs <= ss < qe or qs < se <= qe:
                raise SpecError(f"{where}: speaker lies inside the quote span")
            item["speaker"] = {"text": text[ss:se], "start": ss, "end": se, "entity": entity}
        if cue is None:
            item["cue"] = None
        else:
            cloc, lemma = cue
            cs, ce = locate(text, cloc, where + " cue")
            if qs <= cs < qe or qs < ce <= qe:
                raise SpecError(f"{where}: cue lies inside the quote span")
            item["cue"] = {"text": text[cs:ce], "lemma": lemma, "start": cs, "end": ce}
        quotes.append(item)
    quotes.sort(key=lambda x: (x["start"], x["end"]))
    for a, b in zip(quotes, quotes[1:]):
        if b["start"] < a["end"]:
            raise SpecError(f"{aid}: overlapping quote spans {a['text']!r} / {b['text']!r}")
    return {
        "id": aid,
        "language": lang,
        "title": art["title"],
        "published_at": art["published_at"],
        "text": text,
        "cases": list(art["cases"]),
        "quotes": quotes,
    }


def render(lang: str) -> str:
    mod = _load(f"specs_{lang}")
    seen = set()
    lines = []
    for art in mod.ARTICLES:
        if art["id"] in seen:
            raise SpecError(f"duplicate id {art['id']}")
        seen.add(art["id"])
        rec = build_article(art, lang)
        lines.append(json.dumps(rec, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def main(argv: list[str], render=render, folder: pathlib.Path = HERE, label: str = "") -> int:
    """Build (or with --check, verify) ``folder``/{de,en}.jsonl from ``render``; the held-out
    set's builder calls this with its own folder and renderer."""
    check_only = "--check" in argv
    status = 0
    for lang in ("de", "en"):
        try:
            out = render(lang)
        except SpecError as exc:
            print(f"[{lang}] SPEC ERROR: {exc}", file=sys.stderr)
            status = 1
            continue
        path = folder / f"{lang}.jsonl"
        if check_only:
            if not path.exists() or path.read_text(encoding="utf-8") != out:
                print(f"{label}{path.name} is out of date; run {label}build_gold.py",
                      file=sys.stderr)
                status = 1
            else:
                print(f"{label}{path.name} up to date")
        else:
            path.write_text(out, encoding="utf-8")
            n_art = out.count("\n")
            n_q = sum(len(json.loads(l)["quotes"]) for l in out.splitlines())
            print(f"wrote {label}{path.name}: {n_art} articles, {n_q} quotes")
    return status


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
