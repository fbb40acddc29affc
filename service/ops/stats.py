"""``newsflow stats``: how much is on each topic, which dead letters came in lately, and how far
behind the workers are, partition by partition and who owns which.

Everything comes from the broker (no worker needs to be running): log offsets from a group-less
consumer, dead letters read from the window start the broker finds by time (ListOffsets by
timestamp), the group's members and committed offsets from the admin API. Nothing is committed
and the worker's group is never joined.

Exit status: 0 report complete; 1 the dead-letter window could not be read to its end within
``--timeout`` (counts are then a lower bound, ``dead_letters.complete`` is false); 2 broker
unreachable, credentials refused or a bad setting/argument.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections import Counter
from datetime import UTC, datetime, timedelta
from typing import Any

from aiokafka.coordinator.protocol import ConsumerProtocolMemberAssignment
from aiokafka.errors import CoordinatorLoadInProgressError, CoordinatorNotAvailableError
from aiokafka.structs import TopicPartition

from service.config import Settings
from service.ops.kafka_read import (
    Reading,
    admin_client,
    epoch_ms,
    parse_duration,
    plain_consumer,
    read,
    span,
    starts_at,
    topic_partitions,
)

EXIT_OK, EXIT_INCOMPLETE, EXIT_UNUSABLE = 0, 1, 2
ROLES = ("raw", "enriched", "quotes", "events", "dlq")
UNREADABLE = "unreadable"  # a DLQ record that is not a JSON object with error.code


def dead_letter_code(value: bytes | None) -> str:
    """The ``error.code`` of a dead letter, or :data:`UNREADABLE` (still counted: it is on the
    topic, and hiding it would make the totals disagree with the topic)."""
    try:
        record = json.loads(value or b"")
        code = record["error"]["code"]
    except (ValueError, TypeError, KeyError):
        return UNREADABLE
    return code if isinstance(code, str) and code else UNREADABLE


async def _retry_coordinator(call: Any, attempts: int = 20) -> Any:
    """A broker that just started has no group coordinator for a few seconds: wait for it
    instead of failing the operator's command."""
    for attempt in range(attempts):
        try:
            return await call()
        except (CoordinatorNotAvailableError, CoordinatorLoadInProgressError):
            if attempt == attempts - 1:
                raise
            await asyncio.sleep(0.5)
    raise AssertionError("unreachable")


def members_of(group: Any, raw_topic: str) -> list[dict[str, Any]]:
    """DescribeGroups' members → dicts with the raw-topic partitions each one owns (Faust's
    assignor encodes assignments in the standard consumer protocol, so they decode here)."""
    out = []
    for member_id, client_id, host, _metadata, assignment in group[5]:
        owned: list[int] = []
        if group[3] == "consumer" and assignment:
            try:
                decoded = ConsumerProtocolMemberAssignment.decode(assignment)
                owned = sorted(p for topic, parts in decoded.assignment if topic == raw_topic
                               for p in parts)
            except Exception:  # noqa: BLE001 — a foreign assignor's bytes: owner unknown
                owned = []
        out.append({"member_id": member_id, "client_id": client_id, "host": host,
                    "partitions": owned})
    return out


async def collect(settings: Settings, window: timedelta, timeout: float,
                  now: datetime | None = None) -> dict[str, Any]:
    """The whole report as a JSON-ready dict (the keys ``--json`` prints, documented in
    docs/operations.md)."""
    now = now or datetime.now(UTC)
    since = now - window
    names = dict(zip(ROLES, (settings.topic_raw, settings.topic_enriched, settings.topic_quotes,
                             settings.topic_events, settings.topic_dlq), strict=True))
    report: dict[str, Any] = {"generated_at": now.isoformat(timespec="seconds"),
                              "group_id": settings.app_id,
                              "records_exact": not settings.exactly_once, "topics": []}
    async with admin_client(settings) as admin, plain_consumer(settings) as consumer:
        known = await topic_partitions(admin)
        spans = {}
        for role, topic in names.items():
            spans[role] = found = await span(consumer, topic, known)
            report["topics"].append({
                "role": role, "topic": topic, "exists": found is not None,
                "partitions": len(found.end) if found else 0,
                "records": found.records if found else 0})
        codes: Counter[str] = Counter()
        reading = Reading()
        dlq = spans["dlq"]
        if dlq is not None and dlq.end:
            start = await starts_at(consumer, dlq, epoch_ms(since))
            async for rec in read(consumer, start, dlq.end, timeout, reading):
                if rec.timestamp >= epoch_ms(since):  # a late producer clock may put it after
                    codes[dead_letter_code(rec.value)] += 1
        report["dead_letters"] = {
            "topic": settings.topic_dlq, "window": _label(window),
            "since": since.isoformat(timespec="seconds"), "total": sum(codes.values()),
            "by_code": dict(sorted(codes.items(), key=lambda kv: (-kv[1], kv[0]))),
            "complete": reading.complete}
        raw = spans["raw"]
        described = await _retry_coordinator(
            lambda: admin.describe_consumer_groups([settings.app_id]))
        group = next((g for r in described for g in r.groups if g[1] == settings.app_id), None)
        members = members_of(group, settings.topic_raw) if group is not None else []
        report["consumer_group"] = {"group_id": settings.app_id,
                                    "state": group[2] if group is not None else "Unknown",
                                    "members": members}
        tps = sorted(raw.end) if raw is not None else []
        committed = await _retry_coordinator(
            lambda: admin.list_consumer_group_offsets(settings.app_id, partitions=tps)
        ) if tps else {}
    owners = {p: m for m in members for p in m["partitions"]}
    rows = []
    for tp in tps:
        meta = committed.get(TopicPartition(tp.topic, tp.partition))
        done = meta.offset if meta is not None and meta.offset >= 0 else None
        end = raw.end[tp]
        # nothing committed yet: the group starts at the log start (auto.offset.reset earliest)
        lag = max(0, end - (done if done is not None else raw.begin[tp]))
        owner = owners.get(tp.partition)
        rows.append({"partition": tp.partition, "end_offset": end, "committed_offset": done,
                     "lag": lag, "owner": None if owner is None else {
                         k: owner[k] for k in ("member_id", "client_id", "host")}})
    report["lag"] = {"topic": settings.topic_raw, "total": sum(r["lag"] for r in rows),
                     "partitions": rows}
    return report


def _label(window: timedelta) -> str:
    seconds = int(window.total_seconds())
    for unit, size in (("w", 604800), ("d", 86400), ("h", 3600), ("m", 60)):
        if seconds % size == 0:
            return f"{seconds // size}{unit}"
    return f"{seconds}s"


def table(headers: list[str], rows: list[list[Any]], right: set[int] | None = None) -> str:
    """Plain-text columns (numbers right-aligned), no dependencies: ``stats`` must print on a
    bare server console."""
    right = right or set()
    cells = [[("-" if v is None else str(v)) for v in row] for row in rows]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]

    def line(values: list[str]) -> str:
        return "  ".join(v.rjust(w) if i in right else v.ljust(w)
                         for i, (v, w) in enumerate(zip(values, widths, strict=True))).rstrip()

    return "\n".join([line(headers), line(["-" * w for w in widths])] + [line(r) for r in cells])


def render(report: dict[str, Any]) -> str:
    """The human-readable report (the same figures as ``--json``)."""
    out = [f"newsflow stats at {report['generated_at']}", ""]
    out.append(table(["TOPIC", "ROLE", "PARTITIONS", "RECORDS"],
                     [[t["topic"], t["role"], t["partitions"] if t["exists"] else "missing",
                       t["records"] if t["exists"] else None] for t in report["topics"]],
                     right={2, 3}))
    note = "" if report["records_exact"] else (" (exactly_once: transaction markers take "
                                               "offsets too, so this is an upper bound)")
    out.append(f"records = end offset - start offset, summed over partitions{note}")
    dl = report["dead_letters"]
    out += ["", f"Dead letters in {dl['topic']} over the last {dl['window']} (since "
                f"{dl['since']}): {dl['total']}"
            + ("" if dl["complete"] else " (INCOMPLETE: read timed out; a lower bound)")]
    if dl["by_code"]:
        out.append(table(["CODE", "COUNT"], [[c, n] for c, n in dl["by_code"].items()],
                         right={1}))
    group = report["consumer_group"]
    lag = report["lag"]
    out += ["", f"Consumer group {group['group_id']} ({group['state']}, "
                f"{len(group['members'])} member(s)), lag on {lag['topic']}: {lag['total']}"]
    if lag["partitions"]:
        rows = []
        for p in lag["partitions"]:
            owner = p["owner"]
            who = (f"{owner['client_id']} {owner['host']} {owner['member_id']}" if owner
                   else "(unassigned)")
            rows.append([p["partition"], p["end_offset"], p["committed_offset"], p["lag"], who])
        out.append(table(["PARTITION", "END", "COMMITTED", "LAG", "OWNER (client host member)"],
                         rows, right={0, 1, 2, 3}))
    else:
        out.append(f"(topic {lag['topic']} does not exist)")
    return "\n".join(out)


def run(args: argparse.Namespace) -> int:
    try:
        window = parse_duration(args.window)
    except ValueError as exc:
        print(f"newsflow stats: --window: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    report = asyncio.run(collect(Settings.from_env(), window, args.timeout))
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(render(report))
    return EXIT_OK if report["dead_letters"]["complete"] else EXIT_INCOMPLETE


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Adds the ``stats`` sub-command."""
    p = sub.add_parser("stats", help="records per topic, dead letters by code, consumer lag",
                       description=__doc__.split("\n\n")[0])
    p.add_argument("--window", default="1h",
                   help="dead letters of this last period: 15m, 1h (default), 24h, 7d")
    p.add_argument("--json", action="store_true", help="one JSON object (stable keys)")
    p.add_argument("--timeout", type=float, default=60.0,
                   help="seconds to read the dead-letter window (default 60)")
    p.set_defaults(func=run)
