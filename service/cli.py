"""``newsflow worker | extract | produce | consume | eval`` (and the operator tools in
``service/ops``: ``stats | replay | inspect``).

``extract`` is the offline contract used to measure extraction quality from outside: JSON Lines
(or .txt files) in, one enriched JSON object per line out, same order, same id. It imports no
Kafka code, so it starts fast.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TextIO

# exit statuses of ``newsflow extract``, ``produce`` and ``consume``
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


def _count_input(paths: list[str]) -> int | None:
    """Articles the input holds (non-empty lines, .txt files), for the ETA; None for stdin."""
    if not paths or "-" in paths:
        return None
    total = 0
    try:
        for path in paths:
            if path.endswith(".txt"):
                total += 1
                continue
            with open(path, "rb") as fh:
                total += sum(1 for line in fh if line.strip())
    except OSError:
        return None
    return total


def cmd_extract(args: argparse.Namespace) -> int:
    from service.config import Settings
    from service.contracts import ContractViolation, validate
    from service.extract.pipeline import Extractor, error_line
    from service.progress import Progress
    from service.records import OUTPUT_FAILED, RejectedMessage, decode_payload

    settings = Settings.from_env()
    settings.check_pipelines()
    extractor = Extractor.from_settings(settings)
    out = sys.stdout.buffer
    failed = 0
    progress = Progress(_count_input(args.files),
                        enabled={"auto": None, "always": True, "never": False}[args.progress])
    backend = _ChunkBackend(extractor, settings, args.workers)

    def write(chunk: _Chunk, results: list[dict[str, Any]]) -> None:
        """One output line per input line of the chunk, in input order."""
        nonlocal failed
        for item in chunk.pending:
            record = results[item] if isinstance(item, int) else item
            if "error" not in record:
                try:
                    validate("enriched_article", record)
                except ContractViolation as exc:
                    record = error_line(record.get("id"), OUTPUT_FAILED, str(exc))
            failed += "error" in record
            out.write(_json_line(record))
        out.flush()
        progress.update(len(chunk.pending))

    def chunks() -> Iterator[_Chunk]:
        chunk = _Chunk()
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
                    chunk.pending.append(record)
            if obj is not None:
                chunk.pending.append(len(chunk.batch))
                chunk.batch.append(obj)
            if len(chunk.batch) >= backend.chunk_size or len(chunk.pending) >= 256:
                yield chunk
                chunk = _Chunk()
        yield chunk

    try:
        status = backend.run(chunks(), write)
    finally:
        progress.close()
    if status is not None:
        print(f"newsflow extract: cannot read input: {status}", file=sys.stderr)
        return EXIT_UNUSABLE
    if failed:
        print(f"newsflow extract: {failed} article(s) could not be enriched (error lines)",
              file=sys.stderr)
    return EXIT_SOME_FAILED if failed else EXIT_OK


class _Chunk:
    """Consecutive input lines: ready error records, or positions in ``batch``."""

    def __init__(self) -> None:
        self.pending: list[dict[str, Any] | int] = []
        self.batch: list[dict[str, Any]] = []


class _ChunkBackend:
    """Enriches chunks in this process (``--workers 1``: nothing to start, fast for small
    inputs) or in N extraction processes with several chunks in flight, writing in input
    order either way. Both write everything read before an unreadable file."""

    def __init__(self, extractor: Any, settings: Any, workers: int) -> None:
        self.extractor = extractor
        self.settings = settings
        self.workers = workers
        self.chunk_size = 64 if workers == 1 else settings.batch_size

    def run(self, chunks: Iterator[_Chunk], write: Callable[[_Chunk, list[dict[str, Any]]],
                                                             None]) -> OSError | None:
        if self.workers == 1:
            try:
                for chunk in chunks:
                    write(chunk, self.extractor.enrich_many(chunk.batch) if chunk.batch else [])
            except OSError as exc:
                return exc
            return None
        return asyncio.run(self._run_pool(chunks, write))

    async def _run_pool(self, chunks: Iterator[_Chunk],
                        write: Callable[[_Chunk, list[dict[str, Any]]], None]
                        ) -> OSError | None:
        from service.extraction_pool import ExtractionPool

        s = self.settings
        pool = ExtractionPool(s.pipelines, kind="process", workers=self.workers,
                              batch_size=s.batch_size, timeout=s.extract_timeout,
                              speech_events=s.speech_events, preload=s.preload_languages)
        await pool.start()
        in_flight: deque[tuple[_Chunk, asyncio.Task[list[dict[str, Any]]]]] = deque()
        error: OSError | None = None
        try:
            try:
                for chunk in chunks:
                    in_flight.append((chunk, asyncio.ensure_future(self._enrich(pool, chunk))))
                    # two chunks per process: one running, one ready to start
                    while len(in_flight) > 2 * self.workers:
                        done, task = in_flight.popleft()
                        write(done, await task)
                    await asyncio.sleep(0)
            except OSError as exc:
                error = exc
            while in_flight:
                done, task = in_flight.popleft()
                write(done, await task)
        finally:
            for _, task in in_flight:
                task.cancel()
            await pool.stop()
        return error

    async def _enrich(self, pool: Any, chunk: _Chunk) -> list[dict[str, Any]]:
        out, ok = self.extractor.read_many(chunk.batch)
        extractions = await pool.extract([a for _, a, _ in ok], [lang for _, _, lang in ok])
        return self.extractor.finish_many(out, ok, extractions)


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


class Progress:
    """A progress line on stderr for long runs, every ``every`` messages or ``interval``
    seconds: one line rewritten in place on a terminal (``\\r``), plain lines otherwise (a log
    file or CI output would fill with carriage returns). Short runs print nothing."""

    def __init__(self, stream: TextIO, what: str, every: int = 10_000, interval: float = 2.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.stream, self.what, self.every, self.interval = stream, what, every, interval
        self.clock = clock
        try:
            self.tty = stream.isatty()
        except (AttributeError, ValueError):
            self.tty = False
        self.started = self.last_time = clock()
        self.last_total = 0
        self.shown = False

    def update(self, done: int, problems: int = 0) -> None:
        now = self.clock()
        total = done + problems
        if total - self.last_total < self.every and now - self.last_time < self.interval:
            return
        self.last_total, self.last_time = total, now
        elapsed = now - self.started
        line = (f"newsflow {self.what}: {done} sent"
                + (f", {problems} problem(s)" if problems else "")
                + f", {done / elapsed if elapsed > 0 else 0:.0f}/s, {elapsed:.0f} s")
        self.stream.write(f"\r{line}\033[K" if self.tty else line + "\n")
        self.stream.flush()
        self.shown = True

    def finish(self) -> None:
        """Clear a terminal's progress line so the summary stands on its own."""
        if self.tty and self.shown:
            self.stream.write("\r\033[K")
            self.stream.flush()


PRODUCE_WINDOW = 1000


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
    progress = Progress(sys.stderr, "produce")
    # up to PRODUCE_WINDOW sends in flight (one at a time managed ~500/s); the idempotent
    # producer keeps each partition's order
    pending: deque[tuple[int, int, asyncio.Future[Any]]] = deque()

    async def settle(number: int, size: int, sent: asyncio.Future[Any]) -> None:
        nonlocal count
        try:
            await sent
        except Exception as exc:  # noqa: BLE001 — e.g. larger than the broker accepts
            problems.append(f"message {number} ({size} bytes) not published: "
                            f"{type(exc).__name__}: {exc}")
        else:
            count += 1
        progress.update(count, len(problems))

    try:
        for number, (key, value) in enumerate(_payloads(args.files, problems), 1):
            try:
                pending.append((number, len(value),
                                await producer.send(topic, value=value, key=key)))
            except Exception as exc:  # noqa: BLE001 — refused before sending (too large)
                problems.append(f"message {number} ({len(value)} bytes) not published: "
                                f"{type(exc).__name__}: {exc}")
            while len(pending) >= PRODUCE_WINDOW:
                await settle(*pending.popleft())
        while pending:
            await settle(*pending.popleft())
    finally:
        progress.finish()
        await producer.stop()
    for problem in problems:
        print(f"newsflow produce: {problem}", file=sys.stderr)
    print(f"published {count} message(s) to {topic}"
          + (f"; {len(problems)} problem(s)" if problems else ""), file=sys.stderr)
    return EXIT_SOME_FAILED if problems else EXIT_OK




def parse_since(text: str, now_ms: int | None = None) -> int:
    """``consume --since`` as epoch milliseconds, read like every other time argument
    (:func:`service.timestamps.parse_when`: epoch ms, ``now``, an age, ISO 8601 with no
    zone = UTC)."""
    from service.timestamps import parse_when

    now = datetime.now(UTC) if now_ms is None else datetime.fromtimestamp(now_ms / 1000, UTC)
    try:
        when = parse_when(text, now)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return max(0, int(when.timestamp() * 1000))


def _positive_int(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


CONSUME_TIMEOUT = 10.0  # seconds, without --follow


async def _consume(args: argparse.Namespace) -> int:
    """Print records as JSON Lines; see ``CONSUME_EPILOG`` for when it stops and its status.

    Without ``--group`` every partition is read from the beginning and nothing is committed.
    Each partition is prepared once, when it is first assigned: its end offset is noted (the
    run is over when every partition reached it) and, with ``--since``, it seeks to the first
    offset at or after that time (``offsets_for_times``), so old records are not even
    fetched. A partition's records fetched before it was prepared are dropped when it seeks:
    they are fetched again from the new position.
    """
    from aiokafka import AIOKafkaConsumer, ConsumerRebalanceListener, TopicPartition
    from aiokafka.errors import IllegalStateError, KafkaError

    from service.config import Settings
    from service.kafka_clients import client_kwargs

    settings = Settings.from_env()
    timeout = args.timeout if args.timeout is not None else (
        None if args.follow else CONSUME_TIMEOUT)
    # read_committed: records of aborted transactions (exactly_once) are never shown
    consumer = AIOKafkaConsumer(**client_kwargs(settings), group_id=args.group,
                                enable_auto_commit=False, auto_offset_reset="earliest",
                                isolation_level="read_committed",
                                max_partition_fetch_bytes=16 * 1024 * 1024,
                                # --follow notices a topic or partitions created later
                                metadata_max_age_ms=5_000 if args.follow else 300_000)
    ends: dict[TopicPartition, int] = {}  # per prepared partition: its end offset at start
    processed: dict[TopicPartition, int] = {}  # next offset after the last record handled
    committed: dict[TopicPartition, int] = {}

    async def commit(only: set[TopicPartition] | None = None) -> None:
        if args.group is None:
            return
        mine = consumer.assignment() if only is None else only
        offsets = {tp: o for tp, o in processed.items()
                   if tp in mine and committed.get(tp) != o}
        if not offsets:
            return
        try:
            await consumer.commit(offsets)
            committed.update(offsets)
        except (KafkaError, IllegalStateError) as exc:
            print(f"newsflow consume: offsets not committed: {exc}", file=sys.stderr)

    class CommitOnRevoke(ConsumerRebalanceListener):
        """Another member takes partitions over where this run stopped reading them."""

        async def on_partitions_revoked(self, revoked: Any) -> None:
            await commit(set(revoked))

        async def on_partitions_assigned(self, assigned: Any) -> None:
            pass

    async def prepare() -> set[TopicPartition]:
        fresh = consumer.assignment() - ends.keys()
        if not fresh:
            return fresh
        ends.update(await consumer.end_offsets(list(fresh)))
        if args.since is not None:
            found = await consumer.offsets_for_times({tp: args.since for tp in fresh})
            for tp in fresh:
                hit = found.get(tp)
                consumer.seek(tp, hit.offset if hit is not None else ends[tp])
        return fresh

    async def at_end() -> bool:
        assigned = consumer.assignment()
        if not assigned or not assigned <= ends.keys():
            return False
        try:
            return all([await consumer.position(tp) >= ends[tp] for tp in assigned])
        except IllegalStateError:  # a rebalance took a partition away meanwhile
            return False

    try:
        await consumer.start()
    except BaseException:
        await consumer.stop()
        raise
    loop = asyncio.get_running_loop()
    stop = asyncio.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    count = 0
    outcome = ""
    try:
        if not args.follow and args.topic not in await consumer.topics():
            print(f"newsflow consume: topic {args.topic!r} does not exist", file=sys.stderr)
            return EXIT_UNUSABLE
        consumer.subscribe([args.topic],
                           listener=CommitOnRevoke() if args.group is not None else None)
        deadline = None if timeout is None else loop.time() + timeout
        last_commit = loop.time()
        while not outcome:
            await prepare()
            wait = 0.25 if deadline is None else min(0.25, deadline - loop.time())
            if stop.is_set():
                outcome = "stopped"
            elif wait <= 0:
                outcome = "timeout"
            if outcome:
                break
            batches = await consumer.getmany(timeout_ms=max(1, int(wait * 1000)))
            fresh = await prepare()
            for tp, records in batches.items():
                if tp in fresh and args.since is not None:
                    continue  # it has just seeked: these come again if they are wanted
                for rec in records:
                    processed[tp] = rec.offset + 1
                    if args.key is not None and (rec.key or b"").decode(
                            "utf-8", "replace") != args.key:
                        continue
                    if args.since is not None and rec.timestamp < args.since:
                        continue  # a producer-set timestamp older than its predecessors
                    try:
                        value = json.loads(rec.value)
                    except (ValueError, TypeError):
                        value = {"_raw": (rec.value or b"").decode("utf-8", "replace")}
                    line = value if not args.with_meta else {
                        "topic": rec.topic, "partition": rec.partition, "offset": rec.offset,
                        "timestamp": rec.timestamp,
                        "key": (rec.key or b"").decode("utf-8", "replace"), "value": value}
                    try:
                        print(json.dumps(line, ensure_ascii=False, indent=args.indent),
                              flush=True)
                    except BrokenPipeError:  # `| head`: the reader has all it wanted
                        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
                        outcome = "stopped"
                        break
                    count += 1
                    if args.limit is not None and count >= args.limit:
                        outcome = "limit"
                        break
                if outcome:
                    break
            if not outcome and not args.follow and await at_end():
                outcome = "end"
            if args.follow and loop.time() - last_commit >= 1.0:
                await commit()
                last_commit = loop.time()
    finally:
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.remove_signal_handler(sig)
        try:
            await commit()
        finally:
            await consumer.stop()
    if outcome == "timeout" and (args.limit is not None or not args.follow):
        print(f"newsflow consume: --timeout {timeout:g} s ran out after {count} record(s)"
              + (f" of {args.limit}" if args.limit is not None else
                 ", before the end of the topic"), file=sys.stderr)
        return EXIT_SOME_FAILED
    return EXIT_OK


def cmd_worker(args: argparse.Namespace) -> int:
    import logging
    import time

    from service import log_format
    from service.app import create_app
    from service.config import Settings
    from service.delivery import backoff
    from service.topic_admin import ensure_topics_sync

    settings = Settings.from_env()
    settings.check_pipelines()
    level = args.loglevel or settings.log_level
    log_format.configure(settings.log_format, level)
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
    config = log_format.logging_config(settings.log_format, level)
    if config is not None:  # Faust's worker replaces the root handlers at start, with this
        app.conf.logging_config = config
    # with JSON logs, no banner on stdout: everything the worker writes is one JSON line each
    quiet = ["--quiet"] if config is not None else []
    sys.argv = ["newsflow", *quiet, "worker", "--loglevel", faust_loglevel(level)]
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


PRODUCE_EPILOG = """\
Long inputs show progress on stderr (every 10000 messages or 2 s), then a summary.

exit status:
  0  every message was published
  1  something was skipped (an unreadable file, a message the broker refused)
  2  unusable: bad settings, broker unreachable or credentials refused
"""

CONSUME_EPILOG = """\
Without --follow it stops once every partition reached the end offset it had when the run
started (or at --limit, or at --timeout); with --follow it waits for new records.

exit status:
  0  printed what was asked: --limit records; without --follow everything up to the end;
     stopped by Ctrl-C/SIGTERM; with --follow and no --limit, --timeout ran out
  1  --timeout ran out first: fewer than --limit records, or (without --follow) the end
     of the topic was not reached
  2  unusable: bad settings or arguments, broker unreachable or credentials refused, no
     such topic (without --follow)
"""


def faust_loglevel(level: str) -> str:
    """Faust's ``--loglevel`` spells two of our levels its own way (``warning`` made the
    worker exit at start)."""
    return {"warning": "warn", "critical": "crit"}.get(level.lower(), level.lower())


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsflow", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("worker", help="run the stream worker (consumes the raw topic)")
    p.add_argument("--loglevel", default=None)
    p.set_defaults(func=cmd_worker)
    p = sub.add_parser("extract", help="offline: raw JSON Lines/.txt in, enriched JSON Lines out")
    p.add_argument("files", nargs="*", help="JSON Lines or .txt files; - or nothing for stdin")
    p.add_argument("--workers", type=_positive_int, default=1,
                   help="extraction processes (default 1: in this process); output order "
                        "is the input order either way")
    p.add_argument("--progress", choices=("auto", "always", "never"), default="auto",
                   help="progress line on stderr (articles/s, ETA): auto = when stderr is a "
                        "terminal")
    p.set_defaults(func=cmd_extract)
    p = sub.add_parser("produce", help="publish articles to the raw topic",
                       formatter_class=argparse.RawDescriptionHelpFormatter,
                       epilog=PRODUCE_EPILOG)
    p.add_argument("files", nargs="+")
    p.add_argument("--topic", default=None)
    p.set_defaults(func=lambda a: asyncio.run(_produce(a)))
    p = sub.add_parser("consume", help="print a topic's records as JSON Lines",
                       formatter_class=argparse.RawDescriptionHelpFormatter,
                       epilog=CONSUME_EPILOG)
    p.add_argument("topic")
    p.add_argument("--limit", type=_positive_int, default=None, help="stop after N records")
    p.add_argument("--timeout", type=float, default=None,
                   help=f"upper bound in seconds (default {CONSUME_TIMEOUT:g}; none with "
                        "--follow)")
    p.add_argument("--follow", "-f", action="store_true",
                   help="keep printing new records until interrupted (Ctrl-C, SIGTERM)")
    p.add_argument("--group", "-g", default=None, metavar="GROUP",
                   help="read as this consumer group and commit what was printed: the next "
                        "run with it continues there (default: no group, from the start)")
    p.add_argument("--key", default=None, help="only records with this key")
    p.add_argument("--since", type=parse_since, default=None, metavar="WHEN",
                   help="start at the first record with a Kafka timestamp >= WHEN (the broker "
                        "seeks there): epoch ms, ISO-8601 (2025-03-04T10:00:00Z; no zone = "
                        "UTC), an age (30s, 10m, 2h, 1d) or now")
    p.add_argument("--with-meta", action="store_true",
                   help="wrap with topic/partition/offset/timestamp/key")
    p.add_argument("--indent", type=int, default=None)
    p.set_defaults(func=lambda a: asyncio.run(_consume(a)))
    p = sub.add_parser("eval", help="score extraction against annotated data")
    p.add_argument("rest", nargs=argparse.REMAINDER)
    p.set_defaults(func=cmd_eval)
    from service.ops import register_all

    register_all(sub)
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
