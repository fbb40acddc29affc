"""Resolve a DATASET argument (a JSONL file/dir or a corpus name) to gold documents.

Project-written gold files are JSON Lines, one document (or timex row) per line;
a directory means every ``*.jsonl`` in it, sorted by name. Such files have no
official split: a document's own ``"split"`` field wins, otherwise the same
stable hash as for SpkAtt is applied to its ``id`` so "tune"/"heldout" stay
disjoint across runs.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from service.evaluation import meantime, polnear, smartdata, spkatt, spkatt_news

SPLITS: tuple[str, ...] = ("tune", "heldout", "all")
CORPORA: tuple[str, ...] = ("spkatt", "smartdata", "polnear", "spkatt-news", "meantime")
# corpus -> its splits, the first being the default (the one to tune on)
CORPUS_SPLITS: dict[str, tuple[str, ...]] = {
    "spkatt": ("tune", "heldout", "all"), "smartdata": ("tune", "heldout", "dev", "all"),
    "polnear": ("train", "dev"), "spkatt-news": ("tune", "heldout", "all"),
    "meantime": ("tune", "heldout", "all"),
}


def read_jsonl(path: str | Path) -> list[dict[str, Any]]:
    """Read JSON Lines (blank lines and ``#`` comments skipped)."""
    out: list[dict[str, Any]] = []
    with Path(path).open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{lineno}: {exc}") from exc
    return out


def write_jsonl(path: str | Path, items: Sequence[Any]) -> None:
    """Write one JSON value per line (UTF-8, no ASCII escaping)."""
    with Path(path).open("w", encoding="utf-8") as fh:
        for item in items:
            fh.write(json.dumps(item, ensure_ascii=False) + "\n")


def read_records(path: str | Path) -> list[dict[str, Any]]:
    """A JSONL file, a JSON array file, or a directory of JSONL files."""
    p = Path(path)
    if p.is_dir():
        files = sorted(p.glob("*.jsonl"))
        if not files:
            raise FileNotFoundError(f"no *.jsonl files in {p}")
        return [doc for f in files for doc in read_jsonl(f)]
    if p.suffix == ".json":
        data = json.loads(p.read_text(encoding="utf-8"))
        return list(data) if isinstance(data, list) else [data]
    return read_jsonl(p)


def select_split(docs: Sequence[dict[str, Any]], split: str) -> list[dict[str, Any]]:
    """Filter docs by their ``split`` field or, lacking it, by a hash of their id."""
    if split == "all":
        return list(docs)
    out = []
    for doc in docs:
        own = doc.get("split")
        if own is None:
            own = (
                "tune" if spkatt.split_key(str(doc.get("id"))) < spkatt.TUNE_FRACTION else "heldout"
            )
        if own == split:
            out.append(doc)
    return out


def _is_corpus(dataset: str, name: str) -> bool:
    return dataset.strip().lower() == name


def load_quote_gold(
    dataset: str, split: str = "all", root: str | Path | None = None
) -> list[dict[str, Any]]:
    """Quote gold documents for ``dataset`` (a path or "spkatt")."""
    if _is_corpus(dataset, "spkatt"):
        docs = spkatt.load_spkatt(root)
        if split == "all":
            return docs
        tune, heldout = spkatt.split_spkatt(docs)
        return {"tune": tune, "heldout": heldout}[split]
    if _is_corpus(dataset, "smartdata"):
        raise ValueError("smartdata has no quotes; use 'eval events smartdata'")
    if _is_corpus(dataset, "polnear"):
        if split not in ("train", "dev"):
            raise ValueError("polnear splits: train (tune on it) and dev (measure)")
        return polnear.load(split, Path(root) if root else None)
    if _is_corpus(dataset, "spkatt-news"):
        return spkatt_news.load(split, Path(root) if root else None)
    if _is_corpus(dataset, "meantime"):
        raise ValueError("meantime has no quotes; use 'eval events meantime'")
    return select_split(read_records(dataset), split)


def load_event_gold(
    dataset: str,
    split: str = "all",
    root: str | Path | None = None,
    include_leadership: bool = False,
) -> list[dict[str, Any]]:
    """Event gold documents for ``dataset`` (a path, "smartdata" or "meantime").

    SmartData "all" means tune+heldout; "dev" (v3, overlapping v1) only on request.
    """
    if _is_corpus(dataset, "smartdata"):
        wanted = ("tune", "heldout") if split == "all" else (split,)
        docs, _ = smartdata.load_smartdata(root, wanted, include_leadership)
        return [d for s in wanted for d in docs[s]]
    if _is_corpus(dataset, "meantime"):
        return meantime.load_events(split, root)
    if _is_corpus(dataset, "spkatt"):
        raise ValueError("spkatt has no events; use 'eval quotes spkatt'")
    return select_split(read_records(dataset), split)


def load_timex_rows(
    dataset: str | Path, split: str | None = None, root: str | Path | None = None
) -> list[dict[str, Any]]:
    """Timex rows from JSONL/JSON, a TSV/CSV table with a header line, or "meantime".

    A table file's tuning part is its even rows (0, 2, …) and its held-out part the odd
    rows, the split the tables were written for (tests/data/timex/README.md)."""
    if isinstance(dataset, str) and _is_corpus(dataset, "meantime"):
        return meantime.load_timex(split or "tune", root)
    if split not in (None, "all", "tune", "heldout"):
        raise ValueError(f"timex table files take --split tune|heldout|all, not {split!r}")
    rows = _load_timex_table(Path(dataset))
    if split == "tune":
        return rows[0::2]
    if split == "heldout":
        return rows[1::2]
    return rows


def _load_timex_table(p: Path) -> list[dict[str, Any]]:
    if p.suffix in (".tsv", ".csv"):
        with p.open(encoding="utf-8", newline="") as fh:
            reader = csv.DictReader(fh, delimiter="\t" if p.suffix == ".tsv" else ",")
            rows: list[dict[str, Any]] = []
            for raw in reader:
                row: dict[str, Any] = {
                    k: (v if v not in ("", "null", "None") else None) for k, v in raw.items()
                }
                rows.append(row)
            return rows
    return read_records(p)
