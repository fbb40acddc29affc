"""``eval`` command: score the extractor (or a saved prediction file) against gold data.

Usage (``argv`` may start with the word ``eval``)::

    eval quotes DATASET [--split tune|heldout|all] [--pred FILE] [--limit N]
    eval events DATASET [--split tune|heldout|dev|all] [--pred FILE] [--include-leadership]
    eval timex  DATASET [--split tune|heldout|all] [--pred FILE] [--language de]
    eval stats  spkatt|smartdata|meantime [--write-manifest]

DATASET is a JSONL gold file or directory, or a corpus name (``spkatt``,
``smartdata``, ``meantime`` …). Corpora default to ``--split tune`` so the heldout part is
only read when asked for; files default to ``all``. Without ``--pred`` predictions
come from ``service.extract`` (imported lazily: the scorers must work without it).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from service.evaluation import attributes, datasets, meantime, scoring, smartdata, spkatt


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="eval", description="Score newsflow extraction against gold data."
    )
    sub = parser.add_subparsers(dest="task", required=True)

    def common(p: argparse.ArgumentParser, splits: Sequence[str] | None) -> None:
        p.add_argument("dataset", help="JSONL gold file/dir, or a corpus name")
        if splits:
            p.add_argument(
                "--split",
                choices=list(splits),
                default=None,
                help="default: tune for corpora, all for files",
            )
        p.add_argument(
            "--pred", type=Path, help="JSONL predictions instead of running the extractor"
        )
        p.add_argument(
            "--save-pred", type=Path, help="write the predictions used to this JSONL file"
        )
        p.add_argument(
            "--dump-gold", type=Path, help="write the gold documents used to this JSONL file"
        )
        p.add_argument("--limit", type=int, help="only the first N gold items")
        p.add_argument(
            "--data-root", type=Path,
            help="corpus directory (default ../shared/data/<lang>/<corpus>)",
        )
        p.add_argument("--batch-size", type=int, default=32, help="articles per enrich_many call")
        p.add_argument("--json", action="store_true", help="print scores as JSON instead of tables")

    common(
        sub.add_parser("quotes", help="quote spans, kinds, speakers, cues"),
        ("tune", "heldout", "all", "train", "dev"),
    )
    ev = sub.add_parser("events", help="event types and triggers")
    common(ev, ("tune", "heldout", "dev", "all"))
    ev.add_argument(
        "--include-leadership",
        action="store_true",
        help="SmartData: count OrganizationLeadership as organization.leadership_change",
    )
    ev.add_argument(
        "--gold-types-only",
        action="store_true",
        help="drop predicted events whose type the gold set never annotates (SmartData covers "
        "11 business/traffic types; politics events would all count as false positives)",
    )
    ev.add_argument(
        "--false-positives",
        type=int,
        metavar="N",
        help="print N random predicted events that match no gold trigger, to judge by hand "
        "(refused on held-out splits: their errors are not read)",
    )
    ev.add_argument("--seed", type=int, default=7, help="seed for --false-positives")
    tx = sub.add_parser("timex", help="time expression normalisation")
    common(tx, ("tune", "heldout", "all"))
    tx.add_argument(
        "--language",
        default=None,
        help="language for rows without one (default: from the file name, e.g. en.jsonl; else de)",
    )
    st = sub.add_parser("stats", help="corpus counts per split")
    st.add_argument("dataset", choices=list(datasets.CORPORA))
    st.add_argument("--data-root", type=Path)
    st.add_argument(
        "--write-manifest",
        action="store_true",
        help=f"spkatt: (re)write {spkatt.SPLIT_MANIFEST.name}; meantime: write "
        f"{meantime.SPLIT_MANIFEST.name} if it does not exist",
    )
    return parser


def _articles(docs: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    keys = ("id", "text", "language", "published_at", "title")
    return [{k: d[k] for k in keys if d.get(k) is not None} for d in docs]


def run_extractor(docs: Sequence[dict[str, Any]], batch_size: int = 32) -> list[dict[str, Any]]:
    """Enrich the gold texts with the real pipeline (lazy import)."""
    from service.config import Settings
    from service.extract.pipeline import Extractor

    extractor = Extractor.from_settings(Settings.from_env())
    articles = _articles(docs)
    out: list[dict[str, Any]] = []
    for i in range(0, len(articles), max(1, batch_size)):
        out.extend(extractor.enrich_many(articles[i : i + batch_size]))
        print(f"enriched {len(out)}/{len(articles)}", file=sys.stderr)
    return out


def run_timex(rows: Sequence[dict[str, Any]], language: str) -> list[list[dict[str, Any]]]:
    """Normalise every row's sentence against its reference date (lazy import).

    Rows annotated with a TimeML ``type`` (MEANTIME, the duration tables) are judged on
    durations and sets too; the date tables count a duration as a false date, so they
    see ``dates`` only."""
    from service.extract.durations import find_durations
    from service.extract.timex import normalise_text

    with_durations = any("type" in r for r in rows)
    out = []
    for r in rows:
        text, lang = str(r.get("sentence") or ""), str(r.get("language") or language)
        dates = list(normalise_text(text, lang, parse_reference(r.get("reference"))))
        if with_durations:
            dates = sorted([*dates, *find_durations(text, lang, dates)],
                           key=lambda d: d["start"])
        out.append(dates)
    return out


def parse_reference(value: Any) -> dt.date:
    """Reference dates arrive as dates, ISO dates or RFC 3339 timestamps."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not value:
        raise ValueError("timex row without reference date")
    return dt.date.fromisoformat(str(value)[:10])


def _default_split(dataset: str, split: str | None) -> str:
    if split:
        return split
    splits = datasets.CORPUS_SPLITS.get(dataset.strip().lower())
    return splits[0] if splits else "all"


def _predictions(args: argparse.Namespace, gold: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    preds = datasets.read_records(args.pred) if args.pred else run_extractor(gold, args.batch_size)
    if args.save_pred:
        datasets.write_jsonl(args.save_pred, preds)
    return preds


def _emit(args: argparse.Namespace, scores: Any, table: str) -> None:
    print(json.dumps(scores.as_dict(), indent=1, ensure_ascii=False) if args.json else table)


def _cmd_quotes(args: argparse.Namespace) -> int:
    split = _default_split(args.dataset, args.split)
    gold = datasets.load_quote_gold(args.dataset, split, args.data_root)[: args.limit]
    if args.dump_gold:
        datasets.write_jsonl(args.dump_gold, gold)
    print(
        f"quotes: {args.dataset} split={split}: {len(gold)} docs, "
        f"{sum(len(d.get('quotes') or []) for d in gold)} quotes",
        file=sys.stderr,
    )
    preds = _predictions(args, gold)
    # news attribution (PolNeAR) takes a mixed quote's content to be the whole reported clause
    use_content = args.dataset.strip().lower() == "polnear"
    scores = scoring.score_quotes(gold, preds, use_content=use_content)
    direct = scoring.score_quotes(scoring.only_kind(gold, "direct"),
                                  scoring.only_kind(preds, "direct"), use_content=use_content)
    if args.json:
        print(json.dumps({"all": scores.as_dict(), "direct_subset": direct.as_dict()},
                         indent=1, ensure_ascii=False))
    else:
        print(scoring.format_quote_scores(scores))
        print()
        print(scoring.format_headline(scores, direct))
    return 0


def _cmd_events(args: argparse.Namespace) -> int:
    split = _default_split(args.dataset, args.split)
    gold = datasets.load_event_gold(args.dataset, split, args.data_root, args.include_leadership)[
        : args.limit
    ]
    if args.dump_gold:
        datasets.write_jsonl(args.dump_gold, gold)
    print(
        f"events: {args.dataset} split={split}: {len(gold)} docs, "
        f"{sum(len(d.get('events') or []) for d in gold)} events",
        file=sys.stderr,
    )
    predictions = _predictions(args, gold)
    if args.gold_types_only:
        types = {e["type"] for d in gold for e in d.get("events") or []}
        predictions = [dict(p, events=[e for e in p.get("events") or [] if e["type"] in types])
                       for p in predictions]
    scores = scoring.score_events(gold, predictions)
    if args.false_positives:
        return _print_false_positives(gold, predictions, args.dataset, split,
                                      args.false_positives, args.seed)
    own_set = args.dataset not in datasets.CORPORA
    if _is_meantime(args.dataset) or own_set:
        # MEANTIME types almost no event in newsflow's terms: its figures are trigger
        # detection plus the attributes of the trigger matches. The own sets annotate roles,
        # place, time (null = the publication day) and modality too.
        attrs = attributes.score_attributes(gold, predictions, published_fallback=own_set)
        if args.json:
            print(json.dumps({"events": scores.as_dict(), "attributes": attrs.as_dict()},
                             indent=1, ensure_ascii=False))
        else:
            print(scoring.format_event_scores(scores))
            print()
            title = (f"Attributes on {attrs.matches} trigger matches (time: a null gold time "
                     "is the publication day)") if own_set else None
            print(attributes.format_attribute_scores(attrs, title))
        return 0
    if args.dataset == "smartdata":
        # SmartData's argument roles, read as agent/patient: participants on trigger matches
        roles = attributes.score_attributes(smartdata.with_newsflow_roles(gold), predictions)
        # and the triggers again over the types SmartData annotates at all
        schema = scoring.score_events(gold, [
            dict(p, events=[e for e in p.get("events") or []
                            if smartdata.in_schema(str(e.get("type")), args.include_leadership)])
            for p in predictions])
        if args.json:
            print(json.dumps({"events": scores.as_dict(), "events_schema_types": schema.as_dict(),
                              "roles": {"agent": roles.agent.as_dict(),
                                        "patient": roles.patient.as_dict()}},
                             indent=1, ensure_ascii=False))
            return 0
        print(scoring.format_event_scores(scores))
        print()
        t = schema.trigger
        print(f"Triggers of the types SmartData annotates (smartdata.in_schema; {schema.pred} "
              f"of {scores.pred} predictions): P {t.precision:.3f}  R {t.recall:.3f}  "
              f"F1 {t.f1:.3f}")
        print()
        print(f"Participants on {roles.matches} trigger matches (SmartData roles as agent/"
              "patient, see smartdata.NEWSFLOW_ROLES)")
        for name, acc in (("agent", roles.agent), ("patient", roles.patient)):
            print(f"{name:<8} {acc.correct:>5} / {acc.total:<5} {acc.value:.3f}")
        return 0
    _emit(args, scores, scoring.format_event_scores(scores))
    return 0


def _print_false_positives(gold: Sequence[dict[str, Any]], predictions: Sequence[dict[str, Any]],
                           dataset: str, split: str, n: int, seed: int) -> int:
    corpus = dataset.strip().lower() in datasets.CORPORA
    if split in ("heldout", "test", "dev") or (corpus and split == "all") or "heldout" in dataset:
        print(f"--false-positives is refused on {dataset} split {split!r}: held-out errors are "
              "not read", file=sys.stderr)
        return 2
    import random

    fps = scoring.event_false_positives(gold, predictions)
    random.Random(seed).shuffle(fps)
    print(f"{len(fps)} predicted events match no gold trigger; {min(n, len(fps))} drawn "
          f"(seed {seed}):")
    for k, fp in enumerate(fps[:n]):
        where = "type in doc" if fp["doc_has_type"] else (
            "doc has other events" if fp["doc_has_gold_events"] else "doc without events")
        print(f"{k:3} {fp['id']} {fp['start']}-{fp['end']} {fp['type']} ({where})\n"
              f"    {fp['context']}")
    return 0


def _is_meantime(dataset: str) -> bool:
    return dataset.strip().lower() == "meantime"


def _cmd_timex(args: argparse.Namespace) -> int:
    split = args.split if not _is_meantime(args.dataset) else _default_split("meantime", args.split)
    rows = datasets.load_timex_rows(args.dataset, split, args.data_root)[: args.limit]
    if _is_meantime(args.dataset):
        print(
            f"timex: meantime split={split}: {len(rows)} rows, "
            f"{sum(1 for r in rows if r.get('value') is not None)} positive",
            file=sys.stderr,
        )
    if args.dump_gold:
        datasets.write_jsonl(args.dump_gold, rows)
    if args.pred:
        with_durations = any("type" in r for r in rows)
        preds = [
            p if isinstance(p, list) else [
                *(p.get("timexes") or p.get("dates") or []),
                *((p.get("durations") or []) if with_durations else [])]
            for p in _read_any_jsonl(args.pred)
        ]
    else:
        preds = run_timex(rows, args.language or timex_language(args.dataset))
    if args.save_pred:
        datasets.write_jsonl(args.save_pred, preds)
    scores = scoring.score_timex(rows, preds)
    if _is_meantime(args.dataset):
        # the row scorer judges predictions only on negative sentences; MEANTIME annotates
        # every expression, so all predictions in the annotated sentences can be judged too
        mentions = meantime.score_timex_mentions(rows, preds)
        if args.json:
            print(json.dumps({"rows": scores.as_dict(), "mentions": mentions.as_dict()},
                             indent=1, ensure_ascii=False))
        else:
            print(scoring.format_timex_scores(scores))
            print()
            print(meantime.format_timex_mention_scores(mentions))
        return 0
    _emit(args, scores, scoring.format_timex_scores(scores))
    return 0


def timex_language(dataset: str | Path, default: str = "de") -> str:
    """The timex tables name their language in the file name (de.jsonl, en.jsonl, timex_en.tsv);
    their rows carry none, so a fixed default would run English rows through German rules."""
    parts = Path(dataset).name.lower().split(".")[0].replace("-", "_").split("_")
    return next((p for p in reversed(parts) if len(p) == 2 and p.isalpha()), default)


def _read_any_jsonl(path: Path) -> list[Any]:
    """Timex prediction lines may be bare lists, so don't insist on objects."""
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _cmd_stats_meantime(args: argparse.Namespace) -> int:
    if args.write_manifest:
        m = meantime.write_split_manifest(args.data_root)
        print(f"wrote {meantime.SPLIT_MANIFEST}: {len(m['tune'])} tune, {len(m['heldout'])} "
              "heldout")
    parts = {s: meantime.stats(s, args.data_root) for s in ("tune", "heldout", "all")}
    keys = [k for k, v in parts["all"].items() if isinstance(v, int)]
    rows: list[list[object]] = [[k] + [parts[s][k] for s in parts] for k in keys]
    for group in ("topic", "class", "type", "role", "timex_type", "timex_granularity"):
        names = sorted(parts["all"][group])
        rows += [[f"{group}: {n}"] + [parts[s][group].get(n, 0) for s in parts] for n in names]
    print(scoring.format_table(["count", *parts], rows,
                               "MEANTIME English (annotated body sentences) as event/timex gold"))
    return 0


def _cmd_stats(args: argparse.Namespace) -> int:
    if args.dataset == "meantime":
        return _cmd_stats_meantime(args)
    if args.dataset == "spkatt":
        docs = spkatt.load_spkatt(args.data_root)
        tune, heldout = spkatt.split_spkatt(docs)
        rows: list[list[object]] = []
        for name, part in (("tune", tune), ("heldout", heldout), ("all", docs)):
            quotes = [q for d in part for q in d["quotes"]]
            kinds = {k: sum(1 for q in quotes if q["kind"] == k) for k in scoring.QUOTE_KINDS}
            rows.append(
                [
                    name,
                    len(part),
                    len(quotes),
                    kinds["direct"],
                    kinds["indirect"],
                    kinds["mixed"],
                    sum(1 for q in quotes if q["speaker"] is None),
                    sum(len(d["cues"]) for d in part),
                    sum(len(d["sources"]) for d in part),
                ]
            )
        print(
            scoring.format_table(
                (
                    "split",
                    "speeches",
                    "quotes",
                    "direct",
                    "indirect",
                    "mixed",
                    "no speaker",
                    "cues",
                    "sources",
                ),
                rows,
                "SpkAtt-2023 task 1 (train) as quote gold",
            )
        )
        if args.write_manifest:
            spkatt.write_split_manifest(docs)
            print(f"wrote {spkatt.SPLIT_MANIFEST}")
        return 0
    docs_by_split, stats = smartdata.load_smartdata(args.data_root, ("tune", "heldout", "dev"))
    types = sorted({t for st in stats.values() for t in st.events})
    rows = [[t] + [stats[s].events.get(t, 0) for s in stats] for t in types]
    rows.append(["(events)"] + [sum(stats[s].events.values()) for s in stats])
    rows.append(
        ["(without trigger)"] + [sum(stats[s].events_without_trigger.values()) for s in stats]
    )
    rows.append(["(docs)"] + [stats[s].docs for s in stats])
    rows.append(["(docs with events)"] + [stats[s].docs_with_events for s in stats])
    rows.append(["(skipped relations)"] + [sum(stats[s].skipped.values()) for s in stats])
    print(scoring.format_table(["type", *stats], rows, "SmartData as event gold"))
    for s, st in stats.items():
        if st.skipped:
            print(
                f"{s}: skipped {dict(st.skipped)}; duplicate ids {st.duplicate_ids}; "
                f"dropped (also in heldout) {st.dropped_overlap}"
            )
    return 0


def main(argv: list[str]) -> int:
    """Entry point; returns a process exit code."""
    if argv and argv[0] == "eval":
        argv = argv[1:]
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:
        return int(exc.code or 0)
    handlers = {
        "quotes": _cmd_quotes,
        "events": _cmd_events,
        "timex": _cmd_timex,
        "stats": _cmd_stats,
    }
    try:
        return handlers[args.task](args)
    except (FileNotFoundError, ValueError, ImportError) as exc:
        print(f"eval: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
