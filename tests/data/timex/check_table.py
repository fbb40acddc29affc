#!/usr/bin/env python3
"""Validate the hand-written temporal-expression tables de.jsonl / en.jsonl.

This script only checks the rows for internal consistency; it never computes
an expected value (the values are hand-annotated, see README.md).

Checks per row:
  * exactly the keys sentence, text, reference, value, granularity, mod, note
  * reference parses as an ISO date; the note starts with "ref <Ddd>" and
    <Ddd> is the reference's real weekday (Mon..Sun)
  * text is a non-empty substring of sentence
  * value/granularity/mod are all null together (negative row) or value
    matches the format of its granularity and is a valid calendar value
  * mod is one of null, START, MID, END, APPROX
  * the text of a positive row does not start with a bare preposition or
    article (convention: "5. November", not "am 5. November")
  * a weekday named in a day-granularity text matches the value's weekday
  * a four-digit year written in the text agrees with the value
  * no duplicate sentences

Usage: python tests/data/timex/check_table.py [files...]   (default: de.jsonl en.jsonl)
Exit status 1 if any row is invalid.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
KEYS = {"sentence", "text", "reference", "value", "granularity", "mod", "note"}
GRANULARITIES = ("day", "week", "month", "quarter", "year", "decade")
MODS = (None, "START", "MID", "END", "APPROX")
WEEKDAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
VALUE_RE = {
    # a day, optionally with TimeML's part of day (TMO/TAF/TEV/TNI) or a clock time
    "day": re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:T(?:MO|AF|EV|NI|\d{2}:\d{2}))?$"),
    "week": re.compile(r"^(\d{4})-W(\d{2})$"),
    "month": re.compile(r"^(\d{4})-(\d{2})$"),
    "quarter": re.compile(r"^(\d{4})-Q([1-4])$"),
    "year": re.compile(r"^(\d{4})$"),
    "decade": re.compile(r"^(\d{3})$"),   # TIMEX3 style: "199" = the 1990s
}
WEEKDAYS = {
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4,
    "samstag": 5, "sonnabend": 5, "sonntag": 6,
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "saturday": 5, "sunday": 6,
}
# leading words that must be stripped from a positive `text`
LEADING_FORBIDDEN = re.compile(
    r"^(am|im|an|ab|seit|bis|zum|zur|vom|für|gegen|der|die|das|den|dem|des|"
    r"on|at|the|since|from|until|by|during|for|of|noch|bereits)\s",
    re.IGNORECASE)
# "in" is only allowed as the operator of a future offset ("in drei Tagen")
LEADING_IN = re.compile(r"^in\s", re.IGNORECASE)
IN_OFFSET = re.compile(
    r"^in\s+\S+\s+(tagen|wochen|monaten|jahren|days?|weeks?|months?|years?)$",
    re.IGNORECASE)


def check_row(row: dict) -> list[str]:
    errs = []
    keys = set(row)
    if keys != KEYS:
        return [f"keys {sorted(keys)} != {sorted(KEYS)}"]
    sent, text, ref = row["sentence"], row["text"], row["reference"]
    value, gran, mod, note = row["value"], row["granularity"], row["mod"], row["note"]

    try:
        refd = dt.date.fromisoformat(ref)
    except (TypeError, ValueError):
        return [f"reference {ref!r} is not an ISO date"]
    m = re.match(r"^ref (\w{3})\b", note or "")
    if not m:
        errs.append("note must start with 'ref <Ddd>'")
    elif m.group(1) != WEEKDAY_ABBR[refd.weekday()]:
        errs.append(f"note says {m.group(1)} but {ref} is a {WEEKDAY_ABBR[refd.weekday()]}")

    if not isinstance(text, str) or not text:
        errs.append("text must be a non-empty string")
        return errs
    if text not in sent:
        errs.append(f"text {text!r} is not a substring of the sentence")
    if text != text.strip():
        errs.append("text has leading/trailing whitespace")

    if value is None:
        if gran is not None or mod is not None:
            errs.append("negative row: granularity and mod must be null too")
        return errs

    if gran not in GRANULARITIES:
        errs.append(f"bad granularity {gran!r}")
        return errs
    if mod not in MODS:
        errs.append(f"bad mod {mod!r}")
    vm = VALUE_RE[gran].match(str(value))
    if not vm:
        errs.append(f"value {value!r} does not match granularity {gran}")
        return errs
    try:
        if gran == "day":
            vdate = dt.date.fromisoformat(value[:10])
        elif gran == "month" and not 1 <= int(vm.group(2)) <= 12:
            errs.append(f"month out of range in {value!r}")
        elif gran == "week":
            last = dt.date(int(vm.group(1)), 12, 28).isocalendar()[1]
            if not 1 <= int(vm.group(2)) <= last:
                errs.append(f"ISO week out of range in {value!r}")
    except ValueError as exc:
        errs.append(f"invalid date {value!r}: {exc}")
        return errs

    if LEADING_FORBIDDEN.match(text):
        errs.append(f"text {text!r} starts with a preposition/article")
    if LEADING_IN.match(text) and not IN_OFFSET.match(text):
        errs.append(f"text {text!r}: leading 'in' only allowed for offsets")

    if gran == "day":
        low = text.lower()
        for name, wd in WEEKDAYS.items():
            if re.search(rf"(?<![a-zäöü]){name}", low) and vdate.weekday() != wd:
                errs.append(f"{text!r} names {name} but {value} is a "
                            f"{WEEKDAY_ABBR[vdate.weekday()]}")
    years = re.findall(r"(?<!\d)(1\d{3}|20\d{2})(?!\d)", text)
    if years:
        y = years[-1]
        if gran == "decade":
            if value != y[:3]:
                errs.append(f"decade value {value!r} does not match {y}")
        elif not str(value).startswith(y):
            errs.append(f"value {value!r} does not match the year {y} written in the text")
    return errs


def check_file(path: Path) -> int:
    n_err, rows = 0, []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            print(f"{path.name}:{lineno}: invalid JSON: {exc}")
            n_err += 1
            continue
        for e in check_row(row):
            print(f"{path.name}:{lineno}: {e}  | {row.get('sentence')!r}")
            n_err += 1
        rows.append(row)
    dup = [s for s, c in Counter(r.get("sentence") for r in rows).items() if c > 1]
    for s in dup:
        print(f"{path.name}: duplicate sentence {s!r}")
        n_err += 1
    neg = sum(1 for r in rows if r.get("value") is None)
    gran = Counter(r.get("granularity") for r in rows if r.get("value") is not None)
    mods = Counter(r.get("mod") for r in rows if r.get("mod"))
    refs = Counter(r.get("reference") for r in rows)
    print(f"{path.name}: {len(rows)} rows, {len(rows) - neg} positive, {neg} negative "
          f"({100 * neg / max(len(rows), 1):.0f}%), {len(refs)} reference dates")
    print(f"    granularity: {dict(gran)}  mod: {dict(mods)}")
    print(f"    errors: {n_err}")
    return n_err


def main(argv: list[str]) -> int:
    files = [Path(a) for a in argv] or [HERE / "de.jsonl", HERE / "en.jsonl"]
    total = sum(check_file(f) for f in files)
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
