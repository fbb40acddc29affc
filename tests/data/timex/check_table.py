#!/usr/bin/env python3
"""Validate the hand-written temporal-expression tables.

Date tables: de.jsonl / en.jsonl. Duration and set tables: durations_de.jsonl /
durations_en.jsonl (rows carry an extra key `type`, see README.md). News tables:
*_news.jsonl (en_news.jsonl): the date-table row format with MEANTIME's TimeML values
(seasons, half-years, weekends, PRESENT_REF/PAST_REF/FUTURE_REF, durations).

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

Extra checks for the duration/set tables (rows with the key `type`):
  * type is DURATION (granularity "duration", value an ISO 8601 / TIMEX3 duration
    such as P3Y, P1Y8M, P1.5Y, PT0.5H, PXY) or SET (granularity "set", value a
    duration such as P1W or a pattern such as XXXX-WXX-1), or null on a negative row
  * mod of a DURATION is one of null, APPROX, MORE_THAN, LESS_THAN, EQUAL_OR_MORE,
    EQUAL_OR_LESS; mod of a SET is null or APPROX
  * a text starts with no preposition or article (as in the date tables; "at least"
    and "at most" are allowed because they set the mod) and never with "in"
  * every number written in digits in the text occurs in the value (24-Stunden -> PT24H)
  * a weekday named in a weekday set (jeden Montag -> XXXX-WXX-1) matches the value
  * all rows of one file use the same key set

Extra for the news tables (file name ending in _news.jsonl; the date-table keys plus `type`,
DURATION for a duration row and DATE for the others, so `newsflow eval timex` scores their
durations too):
  * granularity may also be season (YYYY-SP/SU/FA/WI), half (YYYY-H1/H2), ref
    (PRESENT_REF, PAST_REF, FUTURE_REF) or duration (a TIMEX3 duration, as in the
    duration tables); a week may carry TimeML's weekend suffix (YYYY-Www-WE)
  * a duration row takes the duration mods (MORE_THAN, LESS_THAN, ...), never starts
    with "in", and every number written in digits in its text occurs in its value
  * per-half counts (even rows = tuning, odd rows = held-out) are printed

Usage: python tests/data/timex/check_table.py [files...]
       (default: de.jsonl en.jsonl and, if present, durations_de.jsonl durations_en.jsonl
       en_news.jsonl en_wiki_news.jsonl)
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
KEYS_TYPED = KEYS | {"type"}          # duration/set tables
TYPE_GRANULARITY = {"DURATION": "duration", "SET": "set"}
DURATION_MODS = (None, "APPROX", "MORE_THAN", "LESS_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS")
SET_MODS = (None, "APPROX")
_N = r"(?:\d+(?:\.\d+)?|X)"
DURATION_RE = re.compile(
    rf"^P(?=[\dXT])(?:{_N}Y)?(?:{_N}M)?(?:{_N}W)?(?:{_N}D)?"
    rf"(?:T(?=[\dX])(?:{_N}H)?(?:{_N}M)?(?:{_N}S)?)?$")
# calendar patterns of a SET: every Monday, every March, every 15th, every morning
SET_PATTERN_RE = re.compile(
    r"^XXXX-(?:WXX-([1-7])|(0[1-9]|1[0-2])|XX-(?:\d{2}|XX))(?:T(?:MO|AF|EV|NI))?$")
GRANULARITIES = ("day", "week", "month", "quarter", "year", "decade")
MODS = (None, "START", "MID", "END", "APPROX")
WEEKDAY_ABBR = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
# news tables (*_news.jsonl): MEANTIME's TimeML values besides the date granularities
NEWS_GRANULARITIES = ("day", "week", "month", "season", "quarter", "half", "year", "decade",
                      "ref", "duration")
NEWS_VALUE_RE = {
    "week": re.compile(r"^(\d{4})-W(\d{2})(?:-WE)?$"),   # TimeML weekend: 2010-W04-WE
    "season": re.compile(r"^(\d{4})-(SP|SU|FA|WI)$"),
    "half": re.compile(r"^(\d{4})-H([12])$"),
    "ref": re.compile(r"^(PRESENT|PAST|FUTURE)_REF$"),
    "duration": DURATION_RE,
}
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


def check_typed_row(row: dict) -> list[str]:
    """Checks for a row of a duration/set table (the common part ran already)."""
    errs = []
    text, value, typ, gran, mod = (row["text"], row["value"], row["type"],
                                   row["granularity"], row["mod"])
    if value is None:
        if typ is not None:
            errs.append("negative row: type must be null too")
        return errs
    if typ not in TYPE_GRANULARITY:
        return [f"bad type {typ!r} (DURATION, SET or null)"]
    if gran != TYPE_GRANULARITY[typ]:
        errs.append(f"type {typ} needs granularity {TYPE_GRANULARITY[typ]!r}, not {gran!r}")
    if not isinstance(value, str):
        return errs + [f"value {value!r} is not a string"]
    if typ == "DURATION":
        if mod not in DURATION_MODS:
            errs.append(f"bad mod {mod!r} for a DURATION")
        if not DURATION_RE.match(value):
            errs.append(f"value {value!r} is not a TIMEX3 duration")
    else:
        if mod not in SET_MODS:
            errs.append(f"bad mod {mod!r} for a SET")
        pm = SET_PATTERN_RE.match(value)
        if not (DURATION_RE.match(value) or pm):
            errs.append(f"value {value!r} is neither a duration nor a set pattern")
        if pm and pm.group(1):
            wd = int(pm.group(1)) - 1
            low = text.lower()
            for name, nwd in WEEKDAYS.items():
                if re.search(rf"(?<![a-zäöü]){name}", low) and nwd != wd:
                    errs.append(f"{text!r} names {name} but {value} is weekday {wd + 1}")
    numbers = set(re.findall(r"\d+(?:\.\d+)?", value))
    for num in re.findall(r"\d+", text):
        if num not in numbers:
            errs.append(f"number {num} in the text does not occur in the value {value!r}")
    # "at least" / "at most" set the mod and stay in; a bare leading "at" does not
    if LEADING_FORBIDDEN.match(text) and not re.match(r"^at (least|most)\s", text, re.I):
        errs.append(f"text {text!r} starts with a preposition/article")
    if LEADING_IN.match(text):
        errs.append(f"text {text!r}: a duration or set never starts with 'in'")
    return errs


def check_row(row: dict, news: bool = False) -> list[str]:
    keys = set(row)
    if keys not in (KEYS, KEYS_TYPED):
        return [f"keys {sorted(keys)} != {sorted(KEYS)} (duration/set tables: + 'type')"]
    if news and keys != KEYS_TYPED:
        return [f"keys {sorted(keys)} != {sorted(KEYS_TYPED)} (news tables carry 'type')"]
    errs, done = check_row_common(row)
    if news:  # the type follows the granularity: DURATION for a duration, else DATE
        want = None if row["value"] is None else (
            "DURATION" if row["granularity"] == "duration" else "DATE")
        if row["type"] != want:
            errs.append(f"type {row['type']!r} != {want!r} for granularity {row['granularity']!r}")
    if keys == KEYS_TYPED and not news:
        return errs if (done and row["value"] is not None) else errs + check_typed_row(row)
    if done:
        return errs
    if news and row["granularity"] in NEWS_VALUE_RE:
        return errs + check_news_row(row)
    return errs + check_dated_row(row, news)


def check_row_common(row: dict) -> tuple[list[str], bool]:
    """Checks shared by all tables: reference, note, text, null-ness of a negative row.

    Returns the errors and whether the row is finished (fatal error or negative row)."""
    errs = []
    sent, text, ref = row["sentence"], row["text"], row["reference"]
    value, gran, mod, note = row["value"], row["granularity"], row["mod"], row["note"]

    try:
        refd = dt.date.fromisoformat(ref)
    except (TypeError, ValueError):
        return [f"reference {ref!r} is not an ISO date"], True
    m = re.match(r"^ref (\w{3})\b", note or "")
    if not m:
        errs.append("note must start with 'ref <Ddd>'")
    elif m.group(1) != WEEKDAY_ABBR[refd.weekday()]:
        errs.append(f"note says {m.group(1)} but {ref} is a {WEEKDAY_ABBR[refd.weekday()]}")

    if not isinstance(text, str) or not text:
        errs.append("text must be a non-empty string")
        return errs, True
    if text not in sent:
        errs.append(f"text {text!r} is not a substring of the sentence")
    if text != text.strip():
        errs.append("text has leading/trailing whitespace")

    if value is None:
        if gran is not None or mod is not None:
            errs.append("negative row: granularity and mod must be null too")
        return errs, True
    return errs, False


def check_news_row(row: dict) -> list[str]:
    """A positive news-table row whose granularity the date tables lack (season, half, ref,
    duration) or whose week may be a weekend (YYYY-Www-WE)."""
    errs = []
    text, value, gran, mod = row["text"], row["value"], row["granularity"], row["mod"]
    vm = NEWS_VALUE_RE[gran].match(str(value))
    if not vm:
        return [f"value {value!r} does not match granularity {gran}"]
    if gran == "week":
        last = dt.date(int(vm.group(1)), 12, 28).isocalendar()[1]
        if not 1 <= int(vm.group(2)) <= last:
            errs.append(f"ISO week out of range in {value!r}")
    if mod not in (DURATION_MODS if gran == "duration" else MODS):
        errs.append(f"bad mod {mod!r} for granularity {gran}")
    if LEADING_FORBIDDEN.match(text) and not re.match(r"^at (least|most)\s", text, re.I):
        errs.append(f"text {text!r} starts with a preposition/article")
    if gran == "duration":
        if LEADING_IN.match(text):
            errs.append(f"text {text!r}: a duration never starts with 'in'")
        numbers = set(re.findall(r"\d+(?:\.\d+)?", value))
        for num in re.findall(r"\d+", text):
            if num not in numbers:
                errs.append(f"number {num} in the text does not occur in the value {value!r}")
        return errs
    if LEADING_IN.match(text) and not IN_OFFSET.match(text):
        errs.append(f"text {text!r}: leading 'in' only allowed for offsets")
    years = re.findall(r"(?<!\d)(1\d{3}|20\d{2})(?!\d)", text)
    if years and gran != "ref" and not str(value).startswith(years[-1]):
        errs.append(f"value {value!r} does not match the year {years[-1]} written in the text")
    if gran == "ref" and years:
        errs.append(f"{text!r} names a year but the value is {value!r}")
    return errs


def check_dated_row(row: dict, news: bool = False) -> list[str]:
    """Value checks for a positive row of a date table (de.jsonl / en.jsonl)."""
    errs = []
    text, value, gran, mod = row["text"], row["value"], row["granularity"], row["mod"]
    if gran not in (NEWS_GRANULARITIES if news else GRANULARITIES):
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
    news = path.name.endswith("_news.jsonl")
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as exc:
            print(f"{path.name}:{lineno}: invalid JSON: {exc}")
            n_err += 1
            continue
        for e in check_row(row, news):
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
    keysets = Counter(frozenset(r) for r in rows)
    if len(keysets) > 1:
        print(f"{path.name}: rows with different key sets (with and without 'type')")
        n_err += 1
    refs = Counter(r.get("reference") for r in rows)
    print(f"{path.name}: {len(rows)} rows, {len(rows) - neg} positive, {neg} negative "
          f"({100 * neg / max(len(rows), 1):.0f}%), {len(refs)} reference dates")
    print(f"    granularity: {dict(gran)}  mod: {dict(mods)}")
    if any("type" in r for r in rows):
        half = {"even (tuning)": rows[0::2], "odd (held-out)": rows[1::2]}
        for name, part in half.items():
            types = Counter(r.get("type") or "negative" for r in part)
            print(f"    {name}: {len(part)} rows {dict(types)}")
    if news:
        half = {"even (tuning)": rows[0::2], "odd (held-out)": rows[1::2]}
        for name, part in half.items():
            grans = Counter(r.get("granularity") or "negative" for r in part)
            print(f"    {name}: {len(part)} rows {dict(sorted(grans.items()))}")
    print(f"    errors: {n_err}")
    return n_err


def main(argv: list[str]) -> int:
    files = [Path(a) for a in argv] or (
        [HERE / "de.jsonl", HERE / "en.jsonl"]
        + [p for p in (HERE / "durations_de.jsonl", HERE / "durations_en.jsonl",
                       HERE / "en_news.jsonl", HERE / "en_wiki_news.jsonl",
                       HERE / "de_news.jsonl", HERE / "en_natural_news.jsonl")
                   if p.exists()])
    total = sum(check_file(f) for f in files)
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
