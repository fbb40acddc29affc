#!/usr/bin/env python3
"""Validate the hand-annotated quote gold files (de.jsonl, en.jsonl).

Errors (exit status 1):
  * malformed records / missing keys / wrong types
  * text[start:end] != stored text for quotes, speakers and cues
  * duplicate ids, bad language, unknown quote kinds or case tags
  * overlapping quote spans, speaker or cue inside its own quote span
  * spans with leading/trailing whitespace

Warnings (printed, do not fail): heuristic consistency checks between the
"cases" tags and the annotations (e.g. an article tagged "mixed" without a
mixed quote, a direct quote not delimited by quote marks in an article not
tagged "unbalanced").

Prints counts per language, per kind and per case tag.

Usage: python check_gold.py [file.jsonl ...]   (default: de.jsonl en.jsonl here)
       python check_gold.py --quiet            (no warnings listing)
"""
from __future__ import annotations

import collections
import json
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent

KINDS = ("direct", "indirect", "mixed")
CASE_TAGS = {
    "direct", "multi_sentence", "multi_paragraph", "interrupted", "nested",
    "apostrophe", "unbalanced", "mixed", "indirect_that", "indirect_konjunktiv",
    "indirect_zero", "according_to", "pronoun_speaker", "description_speaker",
    "inherited_speaker", "unknown_speaker", "not_a_quote", "cue_variety",
    "cue_after", "cue_before",
}
LANG_ONLY = {"indirect_konjunktiv": "de", "indirect_zero": "en"}
ID_RE = re.compile(r"^(de|en)-q-\d{3}$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

OPEN_MARKS = set("„“\"»«‚‘'›‹”")   # what may stand right before a direct span
CLOSE_MARKS = set("“”\"«»‘’'‹›")    # what may stand right after a direct span
INNER_MARKS = set("‚‘›‹'\"“”„»«")
PRONOUNS = {
    "de": {"er", "sie", "es", "ihr", "wir", "ich"},
    "en": {"he", "she", "they", "it", "we", "i"},
}
ACCORDING_LEMMAS = {"laut", "zufolge", "so", "according to", "berichten", "tell"}
SAY_LEMMAS = {"sagen", "say"}


class Report:
    def __init__(self):
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def err(self, where, msg):
        self.errors.append(f"ERROR {where}: {msg}")

    def warn(self, where, msg):
        self.warnings.append(f"warn  {where}: {msg}")


def check_span(rep, where, text, obj, need_lemma=False):
    if not isinstance(obj, dict):
        rep.err(where, f"expected object, got {type(obj).__name__}")
        return False
    keys = {"text", "start", "end"} | ({"lemma"} if need_lemma else set())
    missing = keys - obj.keys()
    if missing:
        rep.err(where, f"missing keys {sorted(missing)}")
        return False
    s, e = obj["start"], obj["end"]
    if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
        rep.err(where, f"bad offsets {s}..{e} (text length {len(text)})")
        return False
    if text[s:e] != obj["text"]:
        rep.err(where, f"text[{s}:{e}]={text[s:e]!r} != stored {obj['text']!r}")
        return False
    if obj["text"] != obj["text"].strip():
        rep.err(where, f"span has leading/trailing whitespace: {obj['text']!r}")
    if need_lemma and not (isinstance(obj["lemma"], str) and obj["lemma"]):
        rep.err(where, "empty lemma")
    return True


def inside(a, b):
    """span a overlaps span b"""
    return a["start"] < b["end"] and b["start"] < a["end"]


def derived_warnings(rep, rec):
    """Heuristic consistency between case tags and annotations."""
    aid, lang, text = rec["id"], rec["language"], rec["text"]
    cases = set(rec["cases"])
    qs = rec["quotes"]
    direct = [q for q in qs if q["kind"] == "direct"]
    indirect = [q for q in qs if q["kind"] == "indirect"]
    kinds = {q["kind"] for q in qs}

    def both_ways(tag, present):
        if tag in cases and not present:
            rep.warn(aid, f"tagged {tag!r} but no supporting annotation found")
        if tag not in cases and present:
            rep.warn(aid, f"annotations suggest {tag!r} but the tag is missing")

    for k in KINDS:
        if k != "indirect":
            both_ways(k, k in kinds)
    both_ways("multi_paragraph", any("\n" in q["text"] for q in direct))
    both_ways("multi_sentence", any(
        re.search(r"[.!?…][\"'“”‘’‚»«›‹]*\s+[\"'“”‘’‚„»«›‹]*[A-ZÄÖÜ]", q["text"]) for q in direct))
    sig = collections.Counter(
        (q["speaker"]["start"] if q["speaker"] else None, q["cue"]["start"])
        for q in direct if q["cue"])
    both_ways("interrupted", any(n > 1 for n in sig.values()))
    both_ways("inherited_speaker", any(q["speaker"] and not q["cue"] for q in qs))
    both_ways("unknown_speaker", any(q["speaker"] is None for q in qs))
    both_ways("pronoun_speaker", any(
        q["speaker"] and q["speaker"]["text"].lower() in PRONOUNS[lang] for q in qs))
    both_ways("according_to", any(
        q["cue"] and q["kind"] == "indirect" and (
            q["cue"]["lemma"] in {"laut", "zufolge", "so", "according to"}
            or (q["cue"]["lemma"] == "tell"
                and text[q["cue"]["end"]:q["cue"]["end"] + 9] == " reporter")
            or (q["cue"]["lemma"] == "berichten" and "Wie " in text[max(0, q["cue"]["start"] - 60):q["cue"]["start"]]))
        for q in qs))
    cue_before = cue_after = False
    seen_cues = set()
    for q in sorted(direct, key=lambda q: q["start"]):
        if q["cue"]:
            if q["cue"]["start"] in seen_cues:
                continue  # second half of an interrupted quote
            seen_cues.add(q["cue"]["start"])
            if q["cue"]["end"] <= q["start"]:
                cue_before = True
            else:
                cue_after = True
    both_ways("cue_before", cue_before)
    both_ways("cue_after", cue_after)
    desc = any(
        q["speaker"] and q["speaker"]["entity"]
        and q["speaker"]["text"].lower() not in PRONOUNS[lang]
        and q["speaker"]["text"] not in q["speaker"]["entity"]
        and q["speaker"]["entity"] not in q["speaker"]["text"]
        for q in qs)
    both_ways("description_speaker", desc)

    def preceded_by_comp(q):
        before = text[:q["start"]]
        return bool(re.search(r"\b(dass|ob|that|whether) $", before))

    that = any(preceded_by_comp(q) for q in indirect)
    both_ways("indirect_that", that)
    if lang == "de":
        both_ways("indirect_konjunktiv", any(
            not preceded_by_comp(q) and not (q["cue"] and q["cue"]["lemma"] in {"laut", "zufolge", "berichten"})
            for q in indirect))
    else:
        both_ways("indirect_zero", any(
            not preceded_by_comp(q) and not (q["cue"] and q["cue"]["lemma"] == "according to")
            for q in indirect))
    # tagged-only checks (cannot be derived reliably)
    if "apostrophe" in cases and not re.search(r"\w['’]|['’]\w", text):
        rep.warn(aid, "tagged 'apostrophe' but no apostrophe found")
    if "nested" in cases and not any(set(q["text"]) & INNER_MARKS for q in direct):
        rep.warn(aid, "tagged 'nested' but no inner quote mark in a direct quote")
    if "cue_variety" in cases and not any(
            q["cue"] and q["cue"]["lemma"] not in SAY_LEMMAS for q in qs):
        rep.warn(aid, "tagged 'cue_variety' but only say/sagen cues")
    # delimiter checks for direct quotes
    bad_delims = []
    for q in direct:
        s, e = q["start"], q["end"]
        ok_open = s > 0 and text[s - 1] in OPEN_MARKS
        ok_close = e < len(text) and text[e] in CLOSE_MARKS
        if not (ok_open and ok_close):
            bad_delims.append(q["text"][:40])
        if "\n" in q["text"]:
            for para in q["text"].split("\n")[1:]:
                if not para or para[0] not in OPEN_MARKS:
                    rep.warn(aid, "multi-paragraph quote: paragraph does not reopen with a mark")
    if bad_delims and "unbalanced" not in cases:
        rep.warn(aid, f"direct quote(s) not delimited by quote marks: {bad_delims}")
    if "unbalanced" in cases and not bad_delims:
        marks_ok = True
        pairs = [("„", "“"), ("»", "«")] if lang == "de" else [("“", "”")]
        for o, c in pairs:
            if text.count(o) != text.count(c):
                marks_ok = False
        if text.count('"') % 2:
            marks_ok = False
        if marks_ok:
            rep.warn(aid, "tagged 'unbalanced' but marks look balanced")
    # not_a_quote: some quote-mark pair not covered by an annotation
    if "not_a_quote" in cases:
        covered = [(q["start"] - 1, q["end"] + 1) for q in qs if q["kind"] != "indirect"]
        marks = [i for i, ch in enumerate(text) if ch in "„»\"“‘'"
                 and not (i > 0 and text[i - 1].isalnum() and ch in "'‘")]
        free = [i for i in marks if not any(a <= i <= b for a, b in covered)]
        if not free:
            rep.warn(aid, "tagged 'not_a_quote' but every quote mark is annotated")
    # rough sentence count (ignores sentence ends inside quotes)
    n_sent = len(re.findall(r"[.!?][\"“”«»’']?(?:\s|$)", text))
    if not 2 <= n_sent <= 12:
        rep.warn(aid, f"unusual length: ~{n_sent} sentence ends")


def check_file(path: pathlib.Path, rep: Report, seen_ids: set, stats):
    lang_expected = path.stem if path.stem in ("de", "en") else None
    with path.open(encoding="utf-8") as fh:
        for ln, line in enumerate(fh, 1):
            where = f"{path.name}:{ln}"
            if not line.strip():
                rep.err(where, "empty line")
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                rep.err(where, f"invalid JSON: {exc}")
                continue
            need = {"id", "language", "title", "published_at", "text", "cases", "quotes"}
            missing = need - rec.keys()
            if missing:
                rep.err(where, f"missing keys {sorted(missing)}")
                continue
            aid = rec["id"]
            where = f"{path.name}:{ln} ({aid})"
            if not ID_RE.match(str(aid)):
                rep.err(where, "id does not match ^(de|en)-q-NNN$")
            if aid in seen_ids:
                rep.err(where, "duplicate id")
            seen_ids.add(aid)
            lang = rec["language"]
            if lang not in ("de", "en") or (lang_expected and lang != lang_expected):
                rep.err(where, f"bad language {lang!r}")
                continue
            if not str(aid).startswith(lang + "-"):
                rep.err(where, "id prefix does not match language")
            if not DATE_RE.match(str(rec["published_at"])):
                rep.err(where, "published_at is not YYYY-MM-DD")
            text = rec["text"]
            if not isinstance(text, str) or not text.strip():
                rep.err(where, "empty text")
                continue
            cases = rec["cases"]
            if not isinstance(cases, list) or not cases:
                rep.err(where, "cases must be a non-empty list")
                cases = []
            for c in cases:
                if c not in CASE_TAGS:
                    rep.err(where, f"unknown case tag {c!r}")
                elif c in LANG_ONLY and LANG_ONLY[c] != lang:
                    rep.err(where, f"case tag {c!r} is only used for {LANG_ONLY[c]}")
            if len(set(cases)) != len(cases):
                rep.err(where, "duplicate case tags")
            ok_quotes = []
            for qi, q in enumerate(rec["quotes"], 1):
                qw = f"{where} quote #{qi}"
                if not isinstance(q, dict) or not {"kind", "speaker", "cue"} <= q.keys():
                    rep.err(qw, "quote needs kind/start/end/text/speaker/cue")
                    continue
                if q["kind"] not in KINDS:
                    rep.err(qw, f"invalid kind {q['kind']!r}")
                    continue
                if not check_span(rep, qw, text, q):
                    continue
                good = True
                if q["speaker"] is not None:
                    if not check_span(rep, qw + " speaker", text, q["speaker"]):
                        good = False
                    elif "entity" not in q["speaker"] or not (
                            q["speaker"]["entity"] is None or isinstance(q["speaker"]["entity"], str)):
                        rep.err(qw, "speaker.entity must be a string or null")
                        good = False
                    elif inside(q["speaker"], q):
                        rep.err(qw, "speaker lies inside the quote span")
                if q["cue"] is not None:
                    if not check_span(rep, qw + " cue", text, q["cue"], need_lemma=True):
                        good = False
                    elif inside(q["cue"], q):
                        rep.err(qw, "cue lies inside the quote span")
                if good:
                    ok_quotes.append(q)
            srt = sorted(ok_quotes, key=lambda q: q["start"])
            for a, b in zip(srt, srt[1:]):
                if inside(a, b):
                    rep.err(where, f"overlapping quotes {a['text'][:30]!r} / {b['text'][:30]!r}")
            if len(ok_quotes) == len(rec["quotes"]):
                derived_warnings(rep, rec)
            st = stats[lang]
            st["articles"] += 1
            st["quotes"] += len(rec["quotes"])
            for q in ok_quotes:
                st["kind:" + q["kind"]] += 1
                if q["speaker"] is None:
                    st["speaker:null"] += 1
                elif q["speaker"]["entity"] is None:
                    st["speaker:entity_null"] += 1
                if q["cue"] is None:
                    st["cue:null"] += 1
                else:
                    st["lemmas"].add(q["cue"]["lemma"])
            for c in cases:
                st["case:" + c] += 1


def main(argv):
    quiet = "--quiet" in argv
    files = [pathlib.Path(a) for a in argv if not a.startswith("--")]
    if not files:
        files = [HERE / "de.jsonl", HERE / "en.jsonl"]
    rep = Report()
    seen = set()
    stats = collections.defaultdict(lambda: collections.defaultdict(int))
    for lang in ("de", "en"):
        stats[lang]["lemmas"] = set()
    for f in files:
        if not f.exists():
            rep.err(str(f), "file not found")
            continue
        check_file(f, rep, seen, stats)

    langs = [l for l in ("de", "en") if stats[l]["articles"]]
    print("counts".ljust(28) + "".join(l.rjust(8) for l in langs) + "total".rjust(8))

    def row(label, key):
        vals = [stats[l][key] for l in langs]
        print(label.ljust(28) + "".join(str(v).rjust(8) for v in vals) + str(sum(vals)).rjust(8))

    row("articles", "articles")
    row("quotes", "quotes")
    for k in KINDS:
        row(f"  kind {k}", "kind:" + k)
    row("  speaker null", "speaker:null")
    row("  speaker entity null", "speaker:entity_null")
    row("  cue null", "cue:null")
    print("distinct cue lemmas".ljust(28) + "".join(str(len(stats[l]["lemmas"])).rjust(8) for l in langs))
    print("articles per case tag:")
    for tag in sorted(CASE_TAGS):
        row(f"  {tag}", "case:" + tag)
    if rep.warnings and not quiet:
        print(f"\n{len(rep.warnings)} warning(s):")
        for w in rep.warnings:
            print("  " + w)
    if rep.errors:
        print(f"\n{len(rep.errors)} error(s):")
        for e in rep.errors:
            print("  " + e)
        return 1
    print(f"\nOK: {sum(stats[l]['articles'] for l in langs)} articles, "
          f"{sum(stats[l]['quotes'] for l in langs)} quotes, no errors"
          + (f", {len(rep.warnings)} warning(s)" if rep.warnings else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
