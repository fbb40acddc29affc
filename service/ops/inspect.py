"""``newsflow inspect FILE… [-o out.html]``: enriched records as one self-contained HTML page, to
see what the extraction did to an article: its quotes marked in its own text and linked to their
speakers, its events (trigger, type, actors, place, time), entities and dates.

Input, JSON in any of the shapes newsflow writes: JSON Lines of enriched records (``newsflow
extract``, ``newsflow consume articles.enriched``, also ``--with-meta`` or ``--indent``),
``{"id", "error"}`` lines (listed as not enriched), and raw articles (anything with a ``text``
but no ``processed_at``), which are enriched here first with the configured pipelines. Offline:
no broker, and the page fetches nothing (inline CSS/JS, a policy forbidding any fetch).

Exit status: 0 every record shown; 1 the page was written but some input was unusable or could
not be enriched (each named on stderr and in the page); 2 no input could be read or the page
could not be written.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_SOME_FAILED, EXIT_UNUSABLE = 0, 1, 2


def read_objects(text: str, name: str, problems: list[str]) -> list[dict[str, Any]]:
    """JSON objects of a file: JSON Lines, concatenated or pretty-printed objects, or one
    array. A part that is not JSON is reported and skipped up to the next line."""
    decoder = json.JSONDecoder()
    out: list[dict[str, Any]] = []
    pos, n = 0, len(text)
    while pos < n:
        while pos < n and text[pos] in " \t\r\n\ufeff":
            pos += 1
        if pos >= n:
            break
        try:
            value, end = decoder.raw_decode(text, pos)
        except (ValueError, RecursionError) as exc:
            line = text.count("\n", 0, pos) + 1
            problems.append(f"{name}:{line}: not JSON ({str(exc).split(':')[0]})")
            nxt = text.find("\n", pos)
            pos = n if nxt < 0 else nxt + 1
            continue
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, dict):
                out.append(item)
            else:
                line = text.count("\n", 0, pos) + 1
                problems.append(f"{name}:{line}: not a JSON object")
        pos = end
    return out


def classify(obj: dict[str, Any]) -> str:
    """``enriched``, ``error``, ``raw`` or ``unknown``."""
    if "processed_at" in obj and isinstance(obj.get("text"), str):
        return "enriched"
    if "error" in obj and "text" not in obj:
        return "error"
    if "text" in obj:
        return "raw"
    return "unknown"


def collect(paths: list[str], problems: list[str]) -> list[dict[str, Any]]:
    """Records from the files, in order (``--with-meta`` wrappers unwrapped). Raises OSError
    for a file that cannot be read."""
    records: list[dict[str, Any]] = []
    for path in paths:
        if path == "-":
            data = sys.stdin.buffer.read()
        else:
            data = Path(path).read_bytes()
        for obj in read_objects(data.decode("utf-8", "replace"), path, problems):
            if isinstance(obj.get("value"), dict) and {"topic", "offset"} <= obj.keys():
                obj = obj["value"]
            records.append(obj)
    return records


def enrich_raw(records: list[dict[str, Any]]) -> int:
    """Raw articles among ``records`` replaced (in place) by their enriched records, or error
    lines; returns how many were raw. Loads the pipelines only when there is one."""
    raw = [i for i, r in enumerate(records) if classify(r) == "raw"]
    if not raw:
        return 0
    from service.config import Settings
    from service.extract.pipeline import Extractor

    settings = Settings.from_env()
    settings.check_pipelines()
    enriched = Extractor.from_settings(settings).enrich_many([records[i] for i in raw])
    for i, record in zip(raw, enriched, strict=True):
        records[i] = record
    return len(raw)


def build_page(records: list[dict[str, Any]], problems: list[str], title: str) -> str:
    """The whole page: an index of the articles, then each article."""
    from service.inspector.render import document, esc, index_table, render_article, summary

    rows = [summary(r) for r in records]
    anchors = {i: f"a-{i + 1}" for i in range(len(records))}
    parts = [f'<p class="nf-muted">{len(records)} record(s)</p>',
             index_table(rows, lambda i, _row: "#" + anchors[i])]
    parts += [f'<p class="nf-warn">⚠ {esc(p)}</p>' for p in problems]
    for i, record in enumerate(records):
        if classify(record) == "enriched":
            parts.append(render_article(record, anchors[i]))
    return document(title, "".join(parts))


def default_output(path: str) -> str:
    """FILE with .html, never FILE itself."""
    out = Path(path).with_suffix(".html")
    return str(out if out != Path(path) else Path(path + ".html"))


def run(args: argparse.Namespace) -> int:
    problems: list[str] = []
    try:
        records = collect(args.files, problems)
    except OSError as exc:
        print(f"newsflow inspect: cannot read input: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    enriched_here = enrich_raw(records)
    failed = 0
    for record in records:
        kind = classify(record)
        if kind == "error":
            failed += 1
            err = record["error"] if isinstance(record["error"], dict) else {}
            problems.append(f"{record.get('id')}: not enriched ({err.get('code')}: "
                            f"{err.get('message')})")
        elif kind == "unknown":
            failed += 1
            problems.append(f"{record.get('id')}: neither an article nor an enriched record")
    shown = [r for r in records if classify(r) in ("enriched", "error")]
    if not shown and problems:
        for problem in problems:
            print(f"newsflow inspect: {problem}", file=sys.stderr)
        return EXIT_UNUSABLE
    out = args.output or ("-" if args.files == ["-"] else default_output(args.files[0]))
    page = build_page(shown, problems, ", ".join(Path(f).name for f in args.files))
    data = page.encode("utf-8", "replace")
    try:
        if out == "-":
            sys.stdout.buffer.write(data)
            sys.stdout.flush()
        else:
            Path(out).write_bytes(data)
    except OSError as exc:
        print(f"newsflow inspect: cannot write {out}: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    for problem in problems:
        print(f"newsflow inspect: {problem}", file=sys.stderr)
    articles = sum(classify(r) == "enriched" for r in shown)
    print(f"newsflow inspect: wrote {out}: {articles} article(s)"
          + (f", {enriched_here} enriched here" if enriched_here else "")
          + (f"; {len(problems)} problem(s)" if problems else ""), file=sys.stderr)
    return EXIT_SOME_FAILED if problems else EXIT_OK


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Adds the ``inspect`` sub-command."""
    p = sub.add_parser("inspect", help="enriched records as one self-contained HTML page",
                       description="Enriched records as one self-contained HTML page: "
                       "quotes marked in the article's text and linked to their speakers, "
                       "events, entities and dates. Raw articles are enriched first.")
    p.add_argument("files", nargs="+", metavar="FILE",
                   help="JSON Lines of enriched records (or raw articles); - for stdin")
    p.add_argument("-o", "--output", default=None, metavar="OUT",
                   help="the HTML file (default: FILE with .html; stdout for stdin or -)")
    p.set_defaults(func=run)
