"""Fit and check the participant confidences (service/extract/role_confidence.py).

    python -m service.evaluation.role_confidence fit     # tuning halves -> the table
    python -m service.evaluation.role_confidence check   # held-out halves: reliability

A predicted participant is right when the matched gold event has the same participant in
the same role (attributes.py's matching); a participant of an event with no such gold role
is wrong. `fit` writes each bucket's smoothed share of right participants; `check` compares,
on the held-out halves, each bucket's confidence with its observed share, and the table's
Brier score and expected calibration error with those of one constant (the tuning share).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path
from typing import Any

from service.evaluation.attributes import _same_participant, _trigger_matches
from service.extract.role_confidence import TABLE, role_bucket

NEW_SETS = Path(__file__).resolve().parents[2] / "tests" / "data" / "events" / "new"
PRIOR_WEIGHT = 4.0  # pseudo-participants at the overall share: small buckets stay near it


def outcomes(gold_docs: Iterable[Mapping[str, Any]], records: Iterable[Mapping[str, Any]]
             ) -> list[tuple[str, bool, float | None]]:
    """(bucket, right, predicted confidence) for every participant of a matched event."""
    preds = {str(r.get("id")): r for r in records}
    out: list[tuple[str, bool, float | None]] = []
    for doc in gold_docs:
        record = preds.get(str(doc.get("id"))) or {}
        ents = {str(e.get("id")): e for e in record.get("entities") or []}
        gold_events = list(doc.get("events") or [])
        pred_events = list(record.get("events") or [])
        for g, p in _trigger_matches(gold_events, pred_events):
            gold_actors = gold_events[g].get("actors") or []
            for actor in pred_events[p].get("actors") or []:
                ent = ents.get(str(actor.get("entity_id"))) or {}
                right = any(
                    _same_participant(x, actor.get("text"), ent.get("name"))
                    for x in gold_actors if x.get("role") == actor.get("role")
                )
                out.append((role_bucket(actor, ent.get("type")), right, actor.get("confidence")))
    return out


def fit(rows: Sequence[tuple[str, bool, Any]], prior_weight: float = PRIOR_WEIGHT
        ) -> dict[str, Any]:
    """Each bucket's share of right participants, smoothed towards the overall share."""
    overall = sum(r for _, r, _ in rows) / len(rows) if rows else 0.5
    counts: dict[str, list[int]] = {}
    for bucket, right, _ in rows:
        c = counts.setdefault(bucket, [0, 0])
        c[0] += right
        c[1] += 1
    buckets = {
        b: {"confidence": round((r + prior_weight * overall) / (n + prior_weight), 2),
            "right": r, "n": n}
        for b, (r, n) in sorted(counts.items())
    }
    return {"overall": round(overall, 3), "prior_weight": prior_weight, "buckets": buckets}


def reliability(rows: Sequence[tuple[str, bool, float | None]], constant: float
                ) -> dict[str, Any]:
    """Brier score and expected calibration error of the given confidences and of a constant,
    plus each bucket's mean confidence against its observed share."""
    scored = [(b, r, c) for b, r, c in rows if c is not None]
    n = len(scored)
    if not n:
        return {"n": 0}
    brier = sum((c - r) ** 2 for _, r, c in scored) / n
    brier_constant = sum((constant - r) ** 2 for _, r, _ in scored) / n
    observed: dict[str, list[float]] = {}
    given: dict[str, list[float]] = {}
    for b, r, c in scored:
        observed.setdefault(b, []).append(float(r))
        given.setdefault(b, []).append(float(c))
    per = {}
    ece = 0.0
    for b in sorted(observed):
        share = sum(observed[b]) / len(observed[b])
        mean_conf = sum(given[b]) / len(given[b])
        per[b] = {"n": len(observed[b]), "confidence": round(mean_conf, 2),
                  "observed": round(share, 2)}
        ece += len(observed[b]) / n * abs(mean_conf - share)
    share_all = sum(r for _, r, _ in scored) / n
    return {"n": n, "observed": round(share_all, 3), "brier": round(brier, 4),
            "brier_constant": round(brier_constant, 4), "ece": round(ece, 3),
            "ece_constant": round(abs(constant - share_all), 3), "buckets": per}


# every tuning set of the own event gold (the held-out halves only check the fit)
TUNING = ("de_tune", "en_tune", "de_tune2", "en_tune2", "de_tune3", "en_tune3", "de_tune4",
          "de_tune5", "en_tune4", "en_tune5", "de_tune6")


def _run(halves: Sequence[str]) -> list[tuple[str, bool, float | None]]:
    from service.evaluation import datasets
    from service.evaluation.cli import run_extractor

    gold = [d for name in halves for d in datasets.read_jsonl(NEW_SETS / f"{name}.jsonl")]
    return outcomes(gold, run_extractor(gold))


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m service.evaluation.role_confidence")
    ap.add_argument("command", choices=["fit", "check"])
    ap.add_argument("--table", type=Path, default=TABLE)
    args = ap.parse_args(argv)
    if args.command == "fit":
        table = fit(_run(list(TUNING)))
        table["fitted_on"] = [f"tests/data/events/new/{name}.jsonl" for name in TUNING]
        args.table.write_text(json.dumps(table, indent=1) + "\n", encoding="utf-8")
        print(json.dumps(table, indent=1))
        return 0
    overall = json.loads(args.table.read_text(encoding="utf-8"))["overall"]
    for halves in (list(TUNING), ["de_heldout", "en_heldout"]):
        print(format_reliability(" + ".join(halves), reliability(_run(halves), overall)))
    return 0


def format_reliability(title: str, rel: Mapping[str, Any]) -> str:
    lines = [f"{title}: {rel['n']} participants, {rel['observed']:.3f} right; "
             f"Brier {rel['brier']:.3f} (one constant: {rel['brier_constant']:.3f}), "
             f"ECE {rel['ece']:.3f} (one constant: {rel['ece_constant']:.3f})",
             f"  {'bucket':<26} {'n':>4} {'confidence':>10} {'observed':>9}"]
    for b, v in rel["buckets"].items():
        lines.append(f"  {b:<26} {v['n']:>4} {v['confidence']:>10.2f} {v['observed']:>9.2f}")
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
