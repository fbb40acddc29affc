"""Real parts for the reliability tests: a broker of our own (scripts/kafka.sh on a separate
port, so stopping it disturbs nothing else), worker processes, a producer that survives broker
outages, and a counting consumer that accounts for every raw offset."""

from __future__ import annotations

import asyncio
import json
import logging
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.structs import TopicPartition

ROOT = Path(__file__).resolve().parents[2]
# the harness's own clients retry through broker outages on purpose; their errors are noise
logging.getLogger("aiokafka").setLevel(logging.CRITICAL)
KAFKA_SH = ROOT / "scripts" / "kafka.sh"
TOPIC_KINDS = ("raw", "enriched", "quotes", "events", "dlq")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def free_port_pair() -> int:
    """A port whose successor is free too (the broker's controller uses port + 1)."""
    for _ in range(50):
        port = free_port()
        try:
            with socket.socket() as s:
                s.bind(("127.0.0.1", port + 1))
        except OSError:
            continue
        return port
    raise RuntimeError("no free port pair")


class Broker:
    """A single-node KRaft broker started by the project's own script."""

    def __init__(self, port: int | None = None, env: dict[str, str] | None = None) -> None:
        self.port = port or free_port_pair()
        self.env = dict(os.environ, KAFKA_PORT=str(self.port), **(env or {}))
        self.starts = 0
        self.stops = 0

    @property
    def bootstrap(self) -> str:
        return f"127.0.0.1:{self.port}"

    def _run(self, command: str, timeout: float = 180) -> str:
        done = subprocess.run(["bash", str(KAFKA_SH), command], env=self.env, cwd=ROOT,
                              capture_output=True, text=True, timeout=timeout)
        if done.returncode != 0:
            raise RuntimeError(f"kafka.sh {command} failed:\n{done.stdout}\n{done.stderr}")
        return done.stdout

    def start(self) -> None:
        self._run("start")
        self.starts += 1

    def stop(self) -> None:
        self._run("stop")
        self.stops += 1

    def reset(self) -> None:
        self._run("reset")

    def up(self) -> bool:
        try:
            with socket.create_connection(("127.0.0.1", self.port), timeout=1):
                return True
        except OSError:
            return False


def http_get(url: str, timeout: float = 3.0) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=timeout) as resp:
            return resp.status, resp.read().decode()
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode()
    except OSError as err:
        return 0, str(err)


def children_of(pid: int) -> list[int]:
    """All live descendants of ``pid`` (from /proc)."""
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # the command name may hold spaces and parentheses: split after the last ')'
        fields = stat.rsplit(")", 1)[1].split()
        if fields[0] != "Z":
            parents[int(entry.name)] = int(fields[1])
    found, frontier = [], [pid]
    while frontier:
        parent = frontier.pop()
        kids = [p for p, pp in parents.items() if pp == parent]
        found.extend(kids)
        frontier.extend(kids)
    return found


def alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return False
    return stat.rsplit(")", 1)[1].split()[0] != "Z"


@dataclass
class Run:
    """One isolated set of topics and one consumer group on a broker."""

    broker: Broker
    name: str = field(default_factory=lambda: uuid.uuid4().hex[:8])
    partitions: int = 4

    @property
    def topics(self) -> dict[str, str]:
        return {k: f"rel-{self.name}.{k}" for k in TOPIC_KINDS}

    @property
    def group(self) -> str:
        return f"newsflow-rel-{self.name}"

    def env(self, **overrides: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSFLOW_")}
        env.update(
            NEWSFLOW_BROKER=f"kafka://{self.broker.bootstrap}", NEWSFLOW_APP_ID=self.group,
            NEWSFLOW_WEB_BIND="127.0.0.1", NEWSFLOW_TOPIC_PARTITIONS=str(self.partitions),
            NEWSFLOW_BATCH_WITHIN="0.2", NEWSFLOW_BATCH_SIZE="8",
            NEWSFLOW_PIPELINE_DE="blank:de", NEWSFLOW_PIPELINE_EN="blank:en",
            NEWSFLOW_HEALTH_INTERVAL="1", NEWSFLOW_DELIVERY_TIMEOUT="10",
            NEWSFLOW_RETRY_BACKOFF_MAX="5", NEWSFLOW_LOG_LEVEL="info",
            **{f"NEWSFLOW_TOPIC_{k.upper()}": v for k, v in self.topics.items()})
        env.update(overrides)
        return env


class Worker:
    """A ``newsflow worker`` process with its own web port and log file."""

    def __init__(self, name: str, env: dict[str, str], log_dir: Path,
                 command: Iterable[str] = ("-m", "service.cli", "worker")) -> None:
        self.name = name
        self.port = free_port()
        self.env = dict(env, NEWSFLOW_WEB_PORT=str(self.port),
                        NEWSFLOW_DATA_DIR=str(log_dir / f"data-{name}"))
        self.log_dir = log_dir
        self.command = list(command)
        self.proc: subprocess.Popen[bytes] | None = None
        self.starts = 0
        self.log_paths: list[Path] = []

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> Worker:
        self.starts += 1
        log = self.log_dir / f"worker-{self.name}-{self.starts}.log"
        self.log_paths.append(log)
        with log.open("wb") as fh:
            self.proc = subprocess.Popen([sys.executable, *self.command], cwd=ROOT,
                                         env=self.env, stdout=fh, stderr=subprocess.STDOUT)
        return self

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def readyz(self) -> tuple[int, dict[str, Any]]:
        status, body = http_get(self.base + "/readyz")
        try:
            return status, json.loads(body)
        except ValueError:
            return status, {}

    def metrics(self) -> str:
        return http_get(self.base + "/metrics")[1]

    def wait_ready(self, timeout: float = 120) -> float:
        started = time.monotonic()
        while time.monotonic() - started < timeout:
            if not self.running():
                raise RuntimeError(f"worker {self.name} exited:\n{self.log_tail()}")
            if self.readyz()[0] == 200:
                return time.monotonic() - started
            time.sleep(0.2)
        raise TimeoutError(f"worker {self.name} not ready in {timeout} s:\n{self.log_tail()}")

    def signal(self, sig: int) -> None:
        if self.running():
            os.kill(self.pid, sig)

    def kill9(self) -> None:
        self.signal(signal.SIGKILL)
        self.wait(10)

    def terminate(self, timeout: float = 60) -> int | None:
        self.signal(signal.SIGTERM)
        return self.wait(timeout)

    def wait(self, timeout: float) -> int | None:
        if self.proc is None:
            return None
        try:
            return self.proc.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return self.proc.wait(timeout=10)

    def log_text(self) -> str:
        return "".join(p.read_text(errors="replace") for p in self.log_paths if p.exists())

    def log_tail(self, chars: int = 4000) -> str:
        return self.log_text()[-chars:]


# --- producing and counting ----------------------------------------------------------------

def article(n: int, prefix: str = "a") -> tuple[bytes, bytes]:
    """A short valid article with a quote; its id is its key."""
    aid = f"{prefix}-{n:06d}"
    lang = "de" if n % 2 else "en"
    text = (f"„Wir prüfen den Fall {n}“, sagte Sprecherin Anna Berg am Montag in Berlin."
            if lang == "de" else
            f'"We are looking into case {n}," spokeswoman Anna Berg said on Monday in London.')
    return aid.encode(), json.dumps({"id": aid, "text": text, "language": lang,
                                     "published_at": "2025-03-04T10:00:00Z"}).encode()


async def produce(bootstrap: str, topic: str, messages: list[tuple[bytes | None, bytes]],
                  rate: float | None = None, stop_after: float | None = None) -> int:
    """Publish in order; a failed send is retried until the broker takes it (an outage
    stalls the producer, it does not lose messages). Returns how many were published."""
    producer = None
    sent = 0
    interval = 1.0 / rate if rate else 0.0
    started = time.monotonic()
    try:
        for key, value in messages:
            while True:
                try:
                    if producer is None:
                        producer = AIOKafkaProducer(bootstrap_servers=bootstrap, acks="all",
                                                    enable_idempotence=True,
                                                    max_request_size=16 * 1024 * 1024,
                                                    request_timeout_ms=10000)
                        await producer.start()
                    await producer.send_and_wait(topic, value=value, key=key)
                    break
                except Exception:  # noqa: BLE001 — broker down: wait and resend
                    if producer is not None:
                        try:
                            await asyncio.wait_for(producer.stop(), 5)
                        except Exception:  # noqa: BLE001
                            pass
                        producer = None
                    await asyncio.sleep(1.0)
            sent += 1
            if interval:
                delay = started + sent * interval - time.monotonic()
                if delay > 0:
                    await asyncio.sleep(delay)
            if stop_after is not None and time.monotonic() - started > stop_after:
                break
    finally:
        if producer is not None:
            await producer.stop()
    return sent


async def read_all(bootstrap: str, topics: list[str], timeout: float = 60,
                   isolation: str = "read_committed") -> dict[str, list[Any]]:
    """Every record of ``topics`` up to their current end (for read_committed: the last
    stable offset), as ConsumerRecords with decoded JSON values."""
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None,
                                enable_auto_commit=False, isolation_level=isolation,
                                max_partition_fetch_bytes=16 * 1024 * 1024)
    await consumer.start()
    out: dict[str, list[Any]] = {t: [] for t in topics}
    try:
        tps = [TopicPartition(t, p) for t in topics
               for p in (consumer.partitions_for_topic(t) or await _partitions(consumer, t))]
        consumer.assign(tps)
        await consumer.seek_to_beginning(*tps)
        ends = await consumer.end_offsets(tps)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            positions = [await consumer.position(tp) for tp in tps]
            if all(pos >= ends[tp] for pos, tp in zip(positions, tps, strict=True)):
                break
            batches = await consumer.getmany(timeout_ms=500, max_records=5000)
            for tp, records in batches.items():
                for rec in records:
                    try:
                        value = json.loads(rec.value) if rec.value else None
                    except (ValueError, RecursionError):  # raw messages may be anything
                        value = None
                    out[tp.topic].append((rec, value))
    finally:
        await consumer.stop()
    return out


async def _partitions(consumer: AIOKafkaConsumer, topic: str) -> set[int]:
    await consumer._client.force_metadata_update()  # noqa: SLF001 — test helper
    return consumer.partitions_for_topic(topic) or set()


@dataclass
class Accounting:
    """Every raw offset against the outputs that name it (``origin`` / dead-letter offset)."""

    raw: int
    outputs_per_offset: Counter[tuple[int, int]]
    dead_letters: Counter[str]
    enriched: int
    lost: list[tuple[int, int]]
    duplicated: list[tuple[int, int]]
    set_mismatches: list[str]

    def summary(self) -> dict[str, Any]:
        return {"raw_messages": self.raw, "enriched": self.enriched,
                "dead_letters": sum(self.dead_letters.values()),
                "dead_letters_by_code": dict(sorted(self.dead_letters.items())),
                "lost": len(self.lost), "duplicated": len(self.duplicated),
                "output_set_mismatches": len(self.set_mismatches)}


def account(run: Run, records: dict[str, list[Any]]) -> Accounting:
    t = run.topics
    raw_positions = {(r.partition, r.offset) for r, _ in records[t["raw"]]}
    per_offset: Counter[tuple[int, int]] = Counter()
    codes: Counter[str] = Counter()
    quotes_expected: Counter[str] = Counter()
    events_expected: Counter[str] = Counter()
    enriched = 0
    for _, value in records[t["enriched"]]:
        origin = value["origin"]
        per_offset[(origin["partition"], origin["offset"])] += 1
        quotes_expected[value["id"]] += len(value["quotes"])
        events_expected[value["id"]] += len(value["events"])
        enriched += 1
    for _, value in records[t["dlq"]]:
        per_offset[(value["partition"], value["offset"])] += 1
        codes[value["error"]["code"]] += 1
    quotes = Counter(v["article_id"] for _, v in records[t["quotes"]])
    events = Counter(v["article_id"] for _, v in records[t["events"]])
    mismatches = [f"quotes of {k}: {quotes[k]} != {quotes_expected[k]}"
                  for k in set(quotes) | set(quotes_expected) if quotes[k] != quotes_expected[k]]
    mismatches += [f"events of {k}: {events[k]} != {events_expected[k]}"
                   for k in set(events) | set(events_expected)
                   if events[k] != events_expected[k]]
    return Accounting(
        raw=len(raw_positions), outputs_per_offset=per_offset, dead_letters=codes,
        enriched=enriched,
        lost=sorted(p for p in raw_positions if per_offset[p] == 0),
        duplicated=sorted(p for p, n in per_offset.items() if n > 1),
        set_mismatches=sorted(mismatches))


def wait_accounted(run: Run, timeout: float, poll: float = 3.0,
                   isolation: str = "read_committed") -> Accounting:
    """Re-read until no raw offset is lost (or the timeout passes); the last accounting."""
    deadline = time.monotonic() + timeout
    topics = list(run.topics.values())
    while True:
        result = account(run, asyncio.run(read_all(run.broker.bootstrap, topics,
                                                   isolation=isolation)))
        if not result.lost or time.monotonic() > deadline:
            return result
        time.sleep(poll)


def count_by(records: Iterable[Any], key: str) -> dict[str, int]:
    out: dict[str, int] = defaultdict(int)
    for _, value in records:
        out[value[key]] += 1
    return out
