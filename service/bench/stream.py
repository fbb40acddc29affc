"""Stream measurements through a real broker: real ``newsflow worker`` processes on topics and
a consumer group of their own, fed by a producer, watched by a consumer of the output topics.

* throughput: every article produced at once; articles ÷ (last output − first send);
* latency: articles produced at a fixed rate (half the measured maximum), each one's time from
  send to its enriched record (or dead letter);
* memory: peak RSS and Pss of the worker and of each of its extraction processes.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from service.bench.corpus import REPO_ROOT
from service.bench.procmem import peak_rss_mib, pss_mib

READY_TIMEOUT = 180.0


@dataclass
class Worker:
    proc: subprocess.Popen[bytes]
    base: str
    log: Path

    def status(self) -> dict[str, Any]:
        try:
            with urllib.request.urlopen(self.base + "/readyz", timeout=5) as resp:
                return json.loads(resp.read())
        except Exception as exc:  # noqa: BLE001 — 503 or not up yet
            body = getattr(exc, "read", None)
            try:
                return json.loads(body()) if body else {"ready": False}
            except Exception:  # noqa: BLE001
                return {"ready": False}

    def memory(self) -> dict[str, Any]:
        pids = self.status().get("extraction_processes", [])
        return {"worker": {"peak_rss_mib": peak_rss_mib(self.proc.pid),
                           "pss_mib": pss_mib(self.proc.pid)},
                "extraction": [{"peak_rss_mib": peak_rss_mib(p), "pss_mib": pss_mib(p)}
                               for p in pids]}


@dataclass
class StreamRun:
    label: str
    articles: int
    seconds: float
    latencies: list[float] = field(default_factory=list)
    memory: list[dict[str, Any]] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.articles / self.seconds


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def broker_reachable(servers: list[str]) -> bool:
    host, _, port = servers[0].rpartition(":")
    try:
        with socket.create_connection((host or "127.0.0.1", int(port)), timeout=3):
            return True
    except OSError:
        return False


@contextlib.contextmanager
def workers(count: int, name: str, env_extra: dict[str, str], log_dir: Path
            ) -> Iterator[tuple[list[Worker], dict[str, str]]]:
    """``count`` ready workers in one consumer group on fresh topics (4 partitions);
    yields them and the topic names; SIGTERM on exit."""
    run = uuid.uuid4().hex[:8]
    topics = {k: f"bench-{name}-{run}.{k}" for k in ("raw", "enriched", "quotes", "events",
                                                      "dlq")}
    started: list[Worker] = []
    try:
        for n in range(count):
            port = _free_port()
            env = dict(os.environ, NEWSFLOW_APP_ID=f"bench-{name}-{run}",
                       NEWSFLOW_WEB_PORT=str(port), NEWSFLOW_WEB_BIND="127.0.0.1",
                       NEWSFLOW_DATA_DIR=str(log_dir / f"data-{run}-{n}"),
                       NEWSFLOW_TOPIC_PARTITIONS="4", NEWSFLOW_LOG_LEVEL="warning",
                       **{f"NEWSFLOW_TOPIC_{k.upper()}": v for k, v in topics.items()},
                       **env_extra)
            log = log_dir / f"worker-{name}-{run}-{n}.log"
            with log.open("wb") as fh:
                proc = subprocess.Popen([sys.executable, "-m", "service.cli", "worker"],
                                        cwd=REPO_ROOT, env=env, stdout=fh,
                                        stderr=subprocess.STDOUT)
            started.append(Worker(proc, f"http://127.0.0.1:{port}", log))
        deadline = time.monotonic() + READY_TIMEOUT
        while True:
            states = [w.status() for w in started]
            for w in started:
                if w.proc.poll() is not None:
                    raise RuntimeError("worker exited:\n" +
                                       w.log.read_text(errors="replace")[-3000:])
            # ready, and the partitions spread over all of them (no rebalance pending)
            if (all(s.get("ready") for s in states)
                    and sum(len(s.get("partitions", [])) for s in states) == 4
                    and all(s.get("partitions") for s in states)):
                break
            if time.monotonic() > deadline:
                raise RuntimeError(f"workers not ready in {READY_TIMEOUT:.0f} s: {states}")
            time.sleep(0.5)
        yield started, topics
    finally:
        for w in started:
            if w.proc.poll() is None:
                w.proc.send_signal(signal.SIGTERM)
        for w in started:
            try:
                w.proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                w.proc.kill()


async def _collect(consumer: AIOKafkaConsumer, wanted: set[str], received: dict[str, float],
                   timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while wanted - received.keys():
        if time.monotonic() > deadline:
            missing = len(wanted - received.keys())
            raise TimeoutError(f"{missing} of {len(wanted)} articles had no output after "
                               f"{timeout:.0f} s")
        batches = await consumer.getmany(timeout_ms=500)
        now = time.monotonic()
        for messages in batches.values():
            for msg in messages:
                record = json.loads(msg.value)
                article_id = record.get("id") or record.get("article_id")
                if article_id in wanted and article_id not in received:
                    received[article_id] = now


async def _clients(servers: list[str], topics: dict[str, str]
                   ) -> tuple[AIOKafkaProducer, AIOKafkaConsumer]:
    producer = AIOKafkaProducer(bootstrap_servers=servers, linger_ms=5,
                                max_request_size=16 * 1024 * 1024)
    consumer = AIOKafkaConsumer(topics["enriched"], topics["dlq"], bootstrap_servers=servers,
                                group_id=None, auto_offset_reset="earliest",
                                fetch_max_bytes=64 * 1024 * 1024,
                                max_partition_fetch_bytes=16 * 1024 * 1024)
    await producer.start()
    await consumer.start()
    # wait for the assignment, so nothing is produced before the consumer can see it
    for _ in range(100):
        if consumer.assignment():
            break
        await asyncio.sleep(0.1)
    return producer, consumer


async def _throughput(servers: list[str], topics: dict[str, str], articles: list[dict[str, Any]],
                      timeout: float) -> tuple[float, dict[str, float], dict[str, float]]:
    producer, consumer = await _clients(servers, topics)
    sent: dict[str, float] = {}
    received: dict[str, float] = {}
    try:
        started = time.monotonic()
        futures = []
        for article in articles:
            sent[article["id"]] = time.monotonic()
            futures.append(await producer.send(topics["raw"], json.dumps(article).encode(),
                                               key=article["id"].encode()))
        await asyncio.gather(*futures)
        await _collect(consumer, set(sent), received, timeout)
        return max(received.values()) - started, sent, received
    finally:
        await producer.stop()
        await consumer.stop()


async def _paced(servers: list[str], topics: dict[str, str], articles: list[dict[str, Any]],
                 rate: float, timeout: float) -> list[float]:
    producer, consumer = await _clients(servers, topics)
    sent: dict[str, float] = {}
    received: dict[str, float] = {}
    collector = asyncio.ensure_future(_collect(consumer, {a["id"] for a in articles},
                                               received, timeout))
    try:
        start = time.monotonic()
        for n, article in enumerate(articles):
            delay = start + n / rate - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            sent[article["id"]] = time.monotonic()
            await (await producer.send(topics["raw"], json.dumps(article).encode(),
                                       key=article["id"].encode()))
        await collector
        return sorted(received[i] - sent[i] for i in sent)
    finally:
        collector.cancel()
        await producer.stop()
        await consumer.stop()


def throughput(label: str, servers: list[str], articles: list[dict[str, Any]], count: int,
               env_extra: dict[str, str], log_dir: Path, timeout: float = 1800.0,
               latency_articles: list[dict[str, Any]] | None = None,
               latency_share: float = 0.5) -> tuple[StreamRun, StreamRun | None]:
    """One throughput run with ``count`` workers; optionally followed, on the same workers,
    by a latency run at ``latency_share`` of the throughput just measured."""
    with workers(count, label.replace(" ", "-"), env_extra, log_dir) as (ws, topics):
        seconds, _, _ = asyncio.run(_throughput(servers, topics, articles, timeout))
        run = StreamRun(label, len(articles), seconds, memory=[w.memory() for w in ws])
        paced = None
        if latency_articles:
            rate = latency_share * run.rate
            lat = asyncio.run(_paced(servers, topics, latency_articles, rate, timeout))
            paced = StreamRun(f"{label}, paced at {rate:.1f} articles/s",
                              len(latency_articles), len(latency_articles) / rate, lat)
        return run, paced
