"""``newsflow worker | extract | produce | consume | eval``.

``extract`` is the offline contract used to measure extraction quality from outside: JSON Lines
(or .txt files) in, one enriched JSON object per line out, same order, same id. It imports no
Kafka code, so it starts fast.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any


def _read_articles(paths: list[str]) -> Iterator[dict[str, Any]]:
    """Articles from JSON Lines files, .txt files (one article each) or stdin ("-")."""
    for path in paths or ["-"]:
        if path == "-":
            for line in sys.stdin:
                if line.strip():
                    yield json.loads(line)
            continue
        p = Path(path)
        if p.suffix == ".txt":
            yield {"id": p.stem, "text": p.read_text(encoding="utf-8")}
            continue
        with p.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    yield json.loads(line)


def cmd_extract(args: argparse.Namespace) -> int:
    from service.config import Settings
    from service.extract.pipeline import Extractor

    settings = Settings.from_env()
    extractor = Extractor.from_settings(settings)
    batch: list[dict[str, Any]] = []
    out = sys.stdout

    def flush() -> None:
        for record in extractor.enrich_many(batch):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        out.flush()
        batch.clear()

    for article in _read_articles(args.files):
        batch.append(article)
        if len(batch) >= 64:
            flush()
    flush()
    return 0


def _id_key(data: bytes) -> bytes | None:
    """The record's id as the message key; None for anything that is not a JSON object."""
    try:
        return str(json.loads(data).get("id", "")).encode() or None
    except (ValueError, AttributeError):
        return None


def _payloads(paths: list[str]) -> Iterator[tuple[bytes | None, bytes]]:
    """(key, value) pairs to publish: a .txt file is one article, a .json file one record,
    anything else JSON Lines, each line sent byte for byte (malformed lines too)."""
    for path in paths:
        p = Path(path)
        if p.suffix == ".txt":
            record = {"id": p.stem, "text": p.read_text(encoding="utf-8")}
            yield p.stem.encode(), json.dumps(record, ensure_ascii=False).encode()
        elif p.suffix == ".json":
            data = p.read_bytes()
            yield _id_key(data), data
        else:
            for line in p.read_bytes().splitlines():
                if line.strip():
                    yield _id_key(line), line


async def _produce(args: argparse.Namespace) -> int:
    from aiokafka import AIOKafkaProducer

    from service.config import Settings
    from service.topic_admin import ensure_topics

    settings = Settings.from_env()
    topic = args.topic or settings.topic_raw
    await ensure_topics(settings)
    producer = AIOKafkaProducer(bootstrap_servers=settings.broker_servers,
                                max_request_size=16 * 1024 * 1024, acks="all")
    await producer.start()
    count = 0
    try:
        for key, value in _payloads(args.files):
            await producer.send_and_wait(topic, value=value, key=key)
            count += 1
    finally:
        await producer.stop()
    print(f"published {count} message(s) to {topic}", file=sys.stderr)
    return 0


async def _consume(args: argparse.Namespace) -> int:
    from aiokafka import AIOKafkaConsumer

    from service.config import Settings

    settings = Settings.from_env()
    # no consumer group: every partition, from the beginning, nothing committed
    consumer = AIOKafkaConsumer(args.topic, bootstrap_servers=settings.broker_servers,
                                group_id=None, enable_auto_commit=False,
                                auto_offset_reset="earliest",
                                max_partition_fetch_bytes=16 * 1024 * 1024)
    await consumer.start()
    count = 0
    try:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + args.timeout
        while loop.time() < deadline and (args.limit is None or count < args.limit):
            batches = await consumer.getmany(timeout_ms=500)
            for records in batches.values():
                for rec in records:
                    if args.key is not None and (rec.key or b"").decode() != args.key:
                        continue
                    if args.since is not None and rec.timestamp < args.since:
                        continue
                    try:
                        value = json.loads(rec.value)
                    except (ValueError, TypeError):
                        value = {"_raw": (rec.value or b"").decode("utf-8", "replace")}
                    line = value if not args.with_meta else {
                        "topic": rec.topic, "partition": rec.partition, "offset": rec.offset,
                        "key": (rec.key or b"").decode("utf-8", "replace"), "value": value}
                    print(json.dumps(line, ensure_ascii=False, indent=args.indent), flush=True)
                    count += 1
                    if args.limit is not None and count >= args.limit:
                        break
    finally:
        await consumer.stop()
    return 0 if args.limit is None or count >= args.limit else 2


def cmd_worker(args: argparse.Namespace) -> int:
    from service.app import create_app
    from service.config import Settings
    from service.topic_admin import ensure_topics_sync

    settings = Settings.from_env()
    ensure_topics_sync(settings)
    app = create_app(settings)
    sys.argv = ["newsflow", "worker", "--loglevel", args.loglevel or settings.log_level]
    app.main()
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from service.evaluation.cli import main as eval_main

    return eval_main(args.rest)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsflow", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("worker", help="run the stream worker (consumes the raw topic)")
    p.add_argument("--loglevel", default=None)
    p.set_defaults(func=cmd_worker)
    p = sub.add_parser("extract", help="offline: raw JSON Lines/.txt in, enriched JSON Lines out")
    p.add_argument("files", nargs="*", help="JSON Lines or .txt files; - or nothing for stdin")
    p.set_defaults(func=cmd_extract)
    p = sub.add_parser("produce", help="publish articles to the raw topic")
    p.add_argument("files", nargs="+")
    p.add_argument("--topic", default=None)
    p.set_defaults(func=lambda a: asyncio.run(_produce(a)))
    p = sub.add_parser("consume", help="print a topic's records as JSON Lines")
    p.add_argument("topic")
    p.add_argument("--limit", type=int, default=None)
    p.add_argument("--timeout", type=float, default=10.0)
    p.add_argument("--key", default=None, help="only records with this key")
    p.add_argument("--since", type=int, default=None,
                   help="only records with a Kafka timestamp >= this (epoch ms)")
    p.add_argument("--with-meta", action="store_true", help="wrap with topic/partition/offset")
    p.add_argument("--indent", type=int, default=None)
    p.set_defaults(func=lambda a: asyncio.run(_consume(a)))
    p = sub.add_parser("eval", help="score extraction against annotated data")
    p.add_argument("rest", nargs=argparse.REMAINDER)
    p.set_defaults(func=cmd_eval)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    return int(args.func(args) or 0)


if __name__ == "__main__":
    raise SystemExit(main())
