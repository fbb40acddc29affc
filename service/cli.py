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

# exit statuses of ``newsflow extract`` and ``newsflow produce``
EXIT_OK, EXIT_SOME_FAILED, EXIT_UNUSABLE = 0, 1, 2
EXIT_AGENT_CRASHED = 70  # EX_SOFTWARE: the worker stopped itself after a fatal agent crash


def _input_lines(paths: list[str]) -> Iterator[tuple[str, int, bytes | dict[str, Any]]]:
    """(file, line number, raw line or ready article) from JSON Lines files, .txt files (one
    article each) or stdin ("-"); lines are bytes, so a bad one is judged like a Kafka message.
    An unreadable file raises OSError."""
    for path in paths or ["-"]:
        if path == "-":
            for number, line in enumerate(sys.stdin.buffer, 1):
                if line.strip():
                    yield "-", number, line.rstrip(b"\r\n")
            continue
        p = Path(path)
        if p.suffix == ".txt":
            text = p.read_bytes().decode("utf-8", "replace")
            yield path, 1, {"id": p.stem, "text": text}
            continue
        with p.open("rb") as fh:
            for number, line in enumerate(fh, 1):
                if line.strip():
                    yield path, number, line.rstrip(b"\r\n")


def _json_line(record: dict[str, Any]) -> bytes:
    """One output line; a string that is not valid Unicode is written escaped, never lost."""
    try:
        return json.dumps(record, ensure_ascii=False, allow_nan=False).encode("utf-8") + b"\n"
    except (UnicodeEncodeError, ValueError):
        return json.dumps(record, ensure_ascii=True, default=str).encode("ascii") + b"\n"


def cmd_extract(args: argparse.Namespace) -> int:
    from service.config import Settings
    from service.contracts import ContractViolation, validate
    from service.extract.pipeline import Extractor, error_line
    from service.records import OUTPUT_FAILED, RejectedMessage, decode_payload

    settings = Settings.from_env()
    settings.check_pipelines()
    extractor = Extractor.from_settings(settings)
    out = sys.stdout.buffer
    failed = 0
    # per input line: an error record, or a position in the batch handed to the extractor
    pending: list[dict[str, Any] | int] = []
    batch: list[dict[str, Any]] = []

    def flush() -> None:
        nonlocal failed
        results = extractor.enrich_many(batch) if batch else []
        for item in pending:
            record = results[item] if isinstance(item, int) else item
            if "error" not in record:
                try:
                    validate("enriched_article", record)
                except ContractViolation as exc:
                    record = error_line(record.get("id"), OUTPUT_FAILED, str(exc))
            failed += "error" in record
            out.write(_json_line(record))
        out.flush()
        pending.clear()
        batch.clear()

    try:
        for path, number, line in _input_lines(args.files):
            if isinstance(line, dict):
                obj: dict[str, Any] | None = line
            else:
                try:
                    obj = decode_payload(line, settings.max_message_bytes,
                                         settings.max_json_depth)
                except RejectedMessage as exc:
                    obj = None
                    record = error_line(None, exc.code, exc.message)
                    record["line"] = f"{path}:{number}"
                    pending.append(record)
            if obj is not None:
                pending.append(len(batch))
                batch.append(obj)
            if len(batch) >= 64 or len(pending) >= 256:
                flush()
    except OSError as exc:
        flush()
        print(f"newsflow extract: cannot read input: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    flush()
    if failed:
        print(f"newsflow extract: {failed} article(s) could not be enriched (error lines)",
              file=sys.stderr)
    return EXIT_SOME_FAILED if failed else EXIT_OK


def _id_key(data: bytes) -> bytes | None:
    """The record's id as the message key; None when there is no usable one (the message is
    still sent: the worker decides what it is)."""
    try:
        obj = json.loads(data)
    except (ValueError, RecursionError):
        return None
    raw = obj.get("id") if isinstance(obj, dict) else None
    if isinstance(raw, bool) or not isinstance(raw, (str, int)) or raw == "":
        return None
    try:
        return str(raw).encode("utf-8")
    except UnicodeEncodeError:
        return None


def _payloads(paths: list[str], problems: list[str]) -> Iterator[tuple[bytes | None, bytes]]:
    """(key, value) pairs to publish: a .txt file is one article, a .json file one record,
    anything else JSON Lines, each line sent byte for byte (malformed lines too: the worker
    dead-letters them). A file that cannot be read is reported in ``problems`` and skipped."""
    for path in paths:
        p = Path(path)
        try:
            data = p.read_bytes()
        except OSError as exc:
            problems.append(f"{path}: cannot read ({exc.strerror or exc})")
            continue
        if p.suffix == ".txt":
            record = {"id": p.stem, "text": data.decode("utf-8", "replace")}
            yield p.stem.encode(), json.dumps(record, ensure_ascii=False).encode()
        elif p.suffix == ".json":
            yield _id_key(data), data
        else:
            for line in data.splitlines():
                if line.strip():
                    yield _id_key(line), line


async def _produce(args: argparse.Namespace) -> int:
    from aiokafka import AIOKafkaProducer

    from service.config import Settings
    from service.kafka_clients import client_kwargs
    from service.topic_admin import ensure_topics

    settings = Settings.from_env()
    topic = args.topic or settings.topic_raw
    await ensure_topics(settings)
    producer = AIOKafkaProducer(**client_kwargs(settings), max_request_size=16 * 1024 * 1024,
                                acks="all", enable_idempotence=True)
    try:
        await producer.start()
    except BaseException:
        await producer.stop()
        raise
    count = 0
    problems: list[str] = []
    try:
        for key, value in _payloads(args.files, problems):
            try:
                await producer.send_and_wait(topic, value=value, key=key)
            except Exception as exc:  # noqa: BLE001 — e.g. larger than the broker accepts
                problems.append(f"message {count + len(problems) + 1} ({len(value)} bytes) "
                                f"not published: {type(exc).__name__}: {exc}")
                continue
            count += 1
    finally:
        await producer.stop()
    for problem in problems:
        print(f"newsflow produce: {problem}", file=sys.stderr)
    print(f"published {count} message(s) to {topic}"
          + (f"; {len(problems)} problem(s)" if problems else ""), file=sys.stderr)
    return EXIT_SOME_FAILED if problems else EXIT_OK


async def _consume(args: argparse.Namespace) -> int:
    from aiokafka import AIOKafkaConsumer

    from service.config import Settings
    from service.kafka_clients import client_kwargs

    settings = Settings.from_env()
    # no consumer group: every partition, from the beginning, nothing committed
    # read_committed: records of aborted transactions (exactly_once) are never shown
    consumer = AIOKafkaConsumer(args.topic, **client_kwargs(settings), group_id=None,
                                enable_auto_commit=False, auto_offset_reset="earliest",
                                isolation_level="read_committed",
                                max_partition_fetch_bytes=16 * 1024 * 1024)
    try:
        await consumer.start()
    except BaseException:
        await consumer.stop()
        raise
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
    import logging
    import time

    from service.app import create_app
    from service.config import Settings
    from service.delivery import backoff
    from service.topic_admin import ensure_topics_sync

    settings = Settings.from_env()
    settings.check_pipelines()
    logging.basicConfig(level=settings.log_level.upper(), format="[%(asctime)s] %(message)s")
    attempt = 0
    while True:  # the broker may start after us (compose, a restart): wait, do not crash-loop
        try:
            ensure_topics_sync(settings)
            break
        except Exception as exc:  # noqa: BLE001
            attempt += 1
            delay = backoff(attempt, 30.0)
            logging.getLogger("newsflow").error("cannot reach the broker to create topics "
                                                "(%s); retry in %.0f s", exc, delay)
            time.sleep(delay)
    app = create_app(settings)
    sys.argv = ["newsflow", "worker", "--loglevel", args.loglevel or settings.log_level]
    try:
        app.main()
    except SystemExit:
        if app.newsflow_health.fatal:
            return EXIT_AGENT_CRASHED
        raise
    return EXIT_OK


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
    from service.config import SettingsError

    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except SettingsError as exc:  # fail fast, naming the variable, before anything starts
        print(f"newsflow {args.command}: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE
    except Exception as exc:
        if not type(exc).__module__.startswith("aiokafka"):
            raise
        # unreachable broker, refused credentials: one line, not a traceback
        print(f"newsflow {args.command}: Kafka: {exc}", file=sys.stderr)
        return EXIT_UNUSABLE


if __name__ == "__main__":
    raise SystemExit(main())
