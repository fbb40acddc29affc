"""``newsflow replay``: after a fix, send dead letters back to the raw topic, byte for byte and
with their original Kafka key, so they are enriched like new messages (same key, same
partitioning, same id).

* Which: ``--code`` (repeatable), ``--since``/``--until`` (ISO time or a duration back from now,
  compared with the dead letter's Kafka timestamp), ``--id`` (the article id or the original
  key, repeatable). Per article only its latest dead letter is considered (older ones are
  reported as superseded): it says how often the article was tried, and why it failed last.
* Truncated originals (above ``NEWSFLOW_DLQ_MAX_ORIGINAL_BYTES``) are read back from their
  topic/partition/offset and checked against the dead letter's SHA-256; one no longer retained
  is skipped, with the reason.
* Loop guard: a replayed message carries the Kafka header ``newsflow-replay: <n>``; the worker
  copies n into a new dead letter as ``replay_count``, and a dead letter whose count reached
  ``--max-replays`` (default 3) is skipped unless ``--force``.
* ``--dry-run`` reads and checks everything and sends nothing.

Exit status: 0 every selected dead letter was replayed (or would be, with ``--dry-run``; also
when none matched); 1 some were skipped (limit, original gone, send failed) or the DLQ could not
be read to its end within ``--timeout``; 2 broker unreachable, credentials refused, a bad
setting or argument.
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import hashlib
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.structs import TopicPartition

from service.config import Settings
from service.kafka_clients import client_kwargs
from service.ops.kafka_read import (
    Reading,
    admin_client,
    epoch_ms,
    from_epoch_ms,
    parse_time,
    plain_consumer,
    read,
    span,
    starts_at,
    topic_partitions,
)
from service.records import REPLAY_HEADER

EXIT_OK, EXIT_SKIPPED, EXIT_UNUSABLE = 0, 1, 2


class ReplayError(Exception):
    """Nothing can be replayed at all (exit status 2)."""


@dataclass
class Filters:
    codes: set[str] = field(default_factory=set)
    ids: set[str] = field(default_factory=set)
    since_ms: int | None = None
    until_ms: int | None = None

    def match(self, record: dict[str, Any], timestamp_ms: int) -> bool:
        """A dead letter (``record``, written at ``timestamp_ms``) is selected: every given
        filter holds; a repeated filter (``--code a --code b``) matches any of its values."""
        if self.since_ms is not None and timestamp_ms < self.since_ms:
            return False
        if self.until_ms is not None and timestamp_ms > self.until_ms:
            return False
        error = record.get("error")
        if self.codes and not (isinstance(error, dict) and error.get("code") in self.codes):
            return False
        return not self.ids or bool(self.ids & {record.get("article_id"), record.get("key")})


@dataclass
class Candidate:
    """One selected dead letter and what replay decided about it."""

    partition: int  # where the dead letter itself is on the DLQ topic
    offset: int
    timestamp: int
    record: dict[str, Any]
    reason: str | None = None  # why it is not replayed
    value: bytes | None = None
    key: bytes | None = None

    @property
    def replays(self) -> int:
        count = self.record.get("replay_count", 0)
        return count if isinstance(count, int) and count > 0 else 0

    @property
    def identity(self) -> str | None:
        """The article the dead letter is about, so that the same one failing again is
        recognised: its id, else its original key, else (a keyless message that could not be
        parsed) the SHA-256 of its original bytes."""
        ident = self.record.get("article_id") or self.record.get("key_base64") or \
            self.record.get("key")
        if ident:
            return str(ident)
        digest = self.record.get("original_sha256")
        if not digest:
            try:
                digest = hashlib.sha256(stored_original(self.record)).hexdigest()
            except (ValueError, TypeError):
                return None
        return f"sha256:{digest}"

    def summary(self) -> dict[str, Any]:
        error = self.record.get("error") or {}
        out = {"dlq_partition": self.partition, "dlq_offset": self.offset,
               "failed_at": from_epoch_ms(self.timestamp),
               "code": error.get("code") if isinstance(error, dict) else None,
               "article_id": self.record.get("article_id"), "key": self.record.get("key"),
               "replay_count": self.replays}
        if self.reason is not None:
            out["reason"] = self.reason
        elif self.value is not None:
            out["replay"] = self.replays + 1
            out["bytes"] = len(self.value or b"")
        return out


def latest_per_article(candidates: list[Candidate]) -> tuple[list[Candidate], list[Candidate]]:
    """(to consider, superseded): of several dead letters for one article only the latest
    counts, since it carries the highest replay count. Without this, replaying twice would send
    the first dead letter again with a fresh count and the loop guard would never trip."""
    latest: dict[str, Candidate] = {}
    for c in candidates:
        ident = c.identity
        if ident is None:
            continue
        seen = latest.get(ident)
        if seen is None or (c.timestamp, c.replays) >= (seen.timestamp, seen.replays):
            latest[ident] = c
    keep = [c for c in candidates if c.identity is None or latest[c.identity] is c]
    gone = [c for c in candidates if c.identity is not None and latest[c.identity] is not c]
    return keep, gone


def stored_original(record: dict[str, Any]) -> bytes:
    """The original message as the dead letter carries it (UTF-8 text or base64)."""
    original = record.get("original")
    if not isinstance(original, str):
        raise ValueError("dead letter has no original")
    if record.get("original_encoding") == "base64":
        return base64.b64decode(original, validate=True)
    return original.encode("utf-8")


def stored_key(record: dict[str, Any]) -> tuple[bytes | None, bool]:
    """(key bytes, exact): ``key_base64`` when present, else the UTF-8 ``key``; not exact
    when only a lossy text form survives (a pre-1.3 dead letter of a non-UTF-8 key)."""
    if isinstance(record.get("key_base64"), str):
        return base64.b64decode(record["key_base64"]), True
    key = record.get("key")
    if not isinstance(key, str):
        return None, True
    return key.encode("utf-8"), "\ufffd" not in key


async def fetch_original(consumer: AIOKafkaConsumer, record: dict[str, Any],
                         known: dict[str, list[int]], timeout: float
                         ) -> tuple[bytes | None, bytes | None, str | None]:
    """(value, key, None) of the message at the dead letter's topic/partition/offset, or
    (None, None, reason) when it is gone or not the same message (SHA-256)."""
    topic, partition, offset = (record.get(k) for k in ("topic", "partition", "offset"))
    if not isinstance(topic, str) or not isinstance(partition, int) or \
            not isinstance(offset, int):
        return None, None, "original truncated and its topic/partition/offset unknown"
    where = f"{topic}/{partition}/{offset}"
    tp = TopicPartition(topic, partition)
    if partition not in known.get(topic, ()):
        return None, None, f"original truncated and {topic}/{partition} no longer exists"
    begin = (await consumer.beginning_offsets([tp]))[tp]
    end = (await consumer.end_offsets([tp]))[tp]
    if not begin <= offset < end:
        return None, None, (f"original truncated and no longer retained at {where} "
                            f"(log holds offsets {begin}..{end - 1})")
    consumer.assign([tp])
    consumer.seek(tp, offset)
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while loop.time() < deadline:
        for rec in (await consumer.getmany(tp, timeout_ms=500)).get(tp, []):
            if rec.offset < offset:
                continue
            if rec.offset > offset:  # compacted away, or an aborted transaction's record
                return None, None, f"original truncated and not found at {where}"
            value = rec.value or b""
            expected = record.get("original_sha256")
            if expected and hashlib.sha256(value).hexdigest() != expected:
                return None, None, f"message at {where} does not match the dead letter's SHA-256"
            return value, rec.key, None
        if await consumer.position(tp) > offset:
            return None, None, f"original truncated and not found at {where}"
    return None, None, f"original truncated; reading {where} timed out"


async def prepare(consumer: AIOKafkaConsumer, c: Candidate, known: dict[str, list[int]],
                  max_replays: int, force: bool, timeout: float) -> None:
    """Sets ``c.value``/``c.key`` (what to send) or ``c.reason`` (why not)."""
    if c.replays >= max_replays and not force:
        c.reason = (f"replay limit: already replayed {c.replays} time(s), --max-replays "
                    f"{max_replays} (--force sends it anyway)")
        return
    key, exact = stored_key(c.record)
    if c.record.get("original_truncated") is True or not exact:
        value, fetched_key, reason = await fetch_original(consumer, c.record, known, timeout)
        if reason is not None:
            c.reason = reason if c.record.get("original_truncated") is True else (
                "key is not UTF-8 and the original message is gone: " + reason)
            return
        c.value, c.key = value, fetched_key
        return
    try:
        c.value, c.key = stored_original(c.record), key
    except (ValueError, TypeError) as exc:
        c.reason = f"unusable dead letter: {exc}"


async def select(consumer: AIOKafkaConsumer, settings: Settings, known: dict[str, list[int]],
                 filters: Filters, timeout: float, reading: Reading
                 ) -> tuple[list[Candidate], list[Candidate]]:
    """(selected, superseded) dead letters matching ``filters``, in DLQ order. Reading starts
    at ``--since`` (found by the broker by time) and stops at the end the DLQ had when we
    started. The latest dead letter per article is picked before the filters apply, so an
    article that failed again with another code is not replayed from its older dead letter."""
    dlq = await span(consumer, settings.topic_dlq, known)
    if dlq is None or not dlq.end:
        return [], []
    start = await starts_at(consumer, dlq, filters.since_ms)
    found = []
    async for rec in read(consumer, start, dlq.end, timeout, reading):
        try:
            record = json.loads(rec.value or b"")
        except ValueError:
            continue
        if isinstance(record, dict):
            found.append(Candidate(rec.partition, rec.offset, rec.timestamp, record))
    latest, older = latest_per_article(found)
    return ([c for c in latest if filters.match(c.record, c.timestamp)],
            [c for c in older if filters.match(c.record, c.timestamp)])


async def replay(settings: Settings, filters: Filters, *, target: str, dry_run: bool,
                 max_replays: int, force: bool, timeout: float) -> dict[str, Any]:
    """Select, check and (unless ``dry_run``) send; returns the report ``--json`` prints."""
    reading = Reading()
    replayed: list[Candidate] = []
    skipped: list[Candidate] = []
    async with admin_client(settings) as admin, plain_consumer(settings) as consumer:
        known = await topic_partitions(admin)
        if target not in known:  # never let a broker auto-create a mistyped target
            raise ReplayError(f"target topic {target} does not exist")
        todo, superseded = await select(consumer, settings, known, filters, timeout, reading)
        for c in todo:
            await prepare(consumer, c, known, max_replays, force, timeout)
            (skipped if c.reason else replayed).append(c)
    if replayed and not dry_run:
        producer = AIOKafkaProducer(**client_kwargs(settings), acks="all",
                                    enable_idempotence=True,
                                    max_request_size=16 * 1024 * 1024)
        try:
            await producer.start()
            sent = []
            for c in replayed:
                headers = [(REPLAY_HEADER, str(c.replays + 1).encode("ascii"))]
                try:
                    await producer.send_and_wait(target, value=c.value, key=c.key,
                                                 headers=headers)
                except Exception as exc:  # noqa: BLE001 — e.g. larger than the broker takes
                    c.reason = f"not sent: {type(exc).__name__}: {exc}"
                    skipped.append(c)
                    continue
                sent.append(c)
            replayed = sent
        finally:
            await producer.stop()
    return {"dry_run": dry_run, "target": target, "dlq_topic": settings.topic_dlq,
            "complete": reading.complete,
            "replayed": [c.summary() for c in replayed],
            "skipped": [c.summary() for c in skipped],
            "superseded": [c.summary() for c in superseded]}


def render(report: dict[str, Any]) -> str:
    """One line per dead letter, then the summary the operator acts on."""
    verb = "would replay" if report["dry_run"] else "replayed"
    lines = []
    for item in report["replayed"]:
        lines.append(f"{verb} {report['dlq_topic']}/{item['dlq_partition']}/"
                     f"{item['dlq_offset']} {item['code']} id={item['article_id'] or '-'} "
                     f"key={item['key'] or '-'} ({item['bytes']} bytes, replay "
                     f"{item['replay']})")
    for item in report["skipped"]:
        lines.append(f"skipped {report['dlq_topic']}/{item['dlq_partition']}/"
                     f"{item['dlq_offset']} {item['code']} id={item['article_id'] or '-'}: "
                     f"{item['reason']}")
    reasons = Counter(item["reason"].split(":")[0] for item in report["skipped"])
    summary = (f"{verb} {len(report['replayed'])} dead letter(s) to {report['target']}; "
               f"skipped {len(report['skipped'])}")
    if reasons:
        summary += " (" + ", ".join(f"{n} {r}" for r, n in sorted(reasons.items())) + ")"
    if report["superseded"]:
        summary += (f"; {len(report['superseded'])} superseded by a later dead letter of the "
                    "same article")
    if not report["complete"]:
        summary += "; DLQ NOT READ TO ITS END (timeout): run again"
    lines.append(summary)
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    now = datetime.now(UTC)
    try:
        since = parse_time(args.since, now) if args.since else None
        until = parse_time(args.until, now) if args.until else None
    except ValueError as exc:
        print(f"newsflow replay: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    if args.max_replays < 1:
        print("newsflow replay: --max-replays must be at least 1", file=sys.stderr)
        return EXIT_UNUSABLE
    settings = Settings.from_env()
    filters = Filters(set(args.code or ()), set(args.id or ()),
                      epoch_ms(since) if since else None, epoch_ms(until) if until else None)
    try:
        report = asyncio.run(replay(settings, filters, target=args.to or settings.topic_raw,
                                    dry_run=args.dry_run, max_replays=args.max_replays,
                                    force=args.force, timeout=args.timeout))
    except ReplayError as exc:
        print(f"newsflow replay: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    print(json.dumps(report, ensure_ascii=False, indent=2) if args.json else render(report))
    return EXIT_OK if report["complete"] and not report["skipped"] else EXIT_SKIPPED


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Adds the ``replay`` sub-command."""
    p = sub.add_parser("replay", help="send dead letters back to the raw topic (after a fix)",
                       description=__doc__.split("\n\n")[0])
    p.add_argument("--code", action="append", metavar="CODE",
                   help="only this error code (repeatable)")
    p.add_argument("--id", action="append", metavar="ID",
                   help="only this article id or original key (repeatable)")
    p.add_argument("--since", help="dead letters written at/after: epoch ms, ISO time "
                   "(no zone = UTC), now, or an age such as 2h, 7d")
    p.add_argument("--until", help="dead letters written at/before: same forms as --since")
    p.add_argument("--dry-run", action="store_true", help="list what would be sent; send nothing")
    p.add_argument("--max-replays", type=int, default=3,
                   help="skip dead letters of messages replayed this often already (default 3)")
    p.add_argument("--force", action="store_true", help="ignore --max-replays")
    p.add_argument("--to", metavar="TOPIC", help="target topic (default NEWSFLOW_TOPIC_RAW)")
    p.add_argument("--json", action="store_true", help="the report as one JSON object")
    p.add_argument("--timeout", type=float, default=60.0,
                   help="seconds to read the DLQ and each truncated original (default 60)")
    p.set_defaults(func=run)
