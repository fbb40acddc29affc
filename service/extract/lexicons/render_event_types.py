"""Render ``event_types.json`` as the human-readable table ``event_types.md``.

Usage (from anywhere):

    python service/extract/lexicons/render_event_types.py          # (re)write event_types.md
    python service/extract/lexicons/render_event_types.py --check  # exit 1 if the .md is stale

Standard library only. The Markdown file is generated: edit the JSON, then re-run this script.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE / "event_types.json"
TARGET = HERE / "event_types.md"
SHOWN = 6  # triggers / heads shown per language


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _few(items: list[str], n: int = SHOWN) -> str:
    shown = ", ".join(items[:n])
    rest = len(items) - n
    return _cell(shown + (f" (+{rest})" if rest > 0 else ""))


def _cameo(entry: dict) -> str:
    code = entry.get("cameo")
    if not code:
        text = "–"
    else:
        text = f"**{code}** {entry.get('cameo_label') or ''}".strip()
    related = entry.get("cameo_related") or []
    if related:
        text += "<br>related: " + "; ".join(f"{r['code']} {r['label']}" for r in related)
    return _cell(text)


def render(data: dict) -> str:
    types = data["types"]
    added = [t["type"] for t in types if t.get("added")]
    lines = [
        "# Event types",
        "",
        f"Generated from `event_types.json` (version {data.get('version', '?')}) by "
        "`render_event_types.py`; do not edit by hand.",
        "",
        f"{len(types)} types; {len(added)} of them were added beyond the original list"
        + (f" ({', '.join(added)})." if added else "."),
        "CAMEO codes follow the CAMEO event codebook (Schrodt 2012, v1.1b3); `–` means no "
        "CAMEO code applies.",
        "",
        "| Type | Description | CAMEO | Triggers (de) | Triggers (en) | Compound heads (de) |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for t in types:
        name = f"`{t['type']}`" + (" *(added)*" if t.get("added") else "")
        lines.append("| " + " | ".join([
            name,
            _cell(t["description"]),
            _cameo(t),
            _few(t["triggers"]["de"]),
            _few(t["triggers"]["en"]),
            _few(t.get("compound_heads_de") or []) or "–",
        ]) + " |")
    notes = [t for t in types if t.get("notes")]
    if notes:
        lines += ["", "## Notes per type", ""]
        lines += [f"- `{t['type']}`: {t['notes']}" for t in notes]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="do not write; exit 1 if event_types.md is out of date")
    args = parser.parse_args(argv)
    text = render(json.loads(SOURCE.read_text(encoding="utf-8")))
    if args.check:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"{TARGET.name} is out of date; run {Path(__file__).name}", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.name} ({len(text.splitlines())} lines)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
