"""End to end on the real broker (scripts/kafka.sh start): a worker process, the seed article
and malformed messages in, exactly one enriched record and one dead letter per bad message out."""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from collections.abc import Iterator
from typing import Any

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer

from tests.conftest import ROOT, assert_valid

pytestmark = pytest.mark.integration

BROKER = os.environ.get("NEWSFLOW_BROKER", "kafka://127.0.0.1:9092").split("://")[-1]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _broker_up() -> bool:
    host, port = BROKER.split(":")
    try:
        with socket.create_connection((host, int(port)), timeout=2):
            return True
    except OSError:
        return False


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as resp:
            return resp.status, resp.read().decode()
    except urllib.error.HTTPError as err:
        return err.code, err.read().decode()
    except OSError as err:
        return 0, str(err)


@contextlib.contextmanager
def running_worker(tmp_path_factory: Any, name: str,
                   **settings: str) -> Iterator[dict[str, Any]]:
    """A real ``newsflow worker`` on topics and a consumer group of its own (``name`` tells
    runs apart), ready before it is yielded and stopped with SIGTERM after; ``settings`` are
    extra NEWSFLOW_* variables. Yields proc, base (web URL), topics, env and log."""
    assert _broker_up(), f"no Kafka broker on {BROKER}: run scripts/kafka.sh start first"
    run = uuid.uuid4().hex[:8]
    port = _free_port()
    topics = {k: f"{name}-{run}.{k}" for k in ("raw", "enriched", "quotes", "events", "dlq")}
    env = dict(os.environ,
               NEWSFLOW_BROKER=f"kafka://{BROKER}", NEWSFLOW_APP_ID=f"newsflow-{name}-{run}",
               NEWSFLOW_WEB_PORT=str(port), NEWSFLOW_WEB_BIND="127.0.0.1",
               NEWSFLOW_DATA_DIR=str(tmp_path_factory.mktemp("data")),
               NEWSFLOW_TOPIC_PARTITIONS="2", NEWSFLOW_BATCH_WITHIN="0.2",
               **{f"NEWSFLOW_TOPIC_{k.upper()}": v for k, v in topics.items()}, **settings)
    log = tmp_path_factory.mktemp("log") / "worker.log"
    with log.open("wb") as fh:
        proc = subprocess.Popen([sys.executable, "-m", "service.cli", "worker"], cwd=ROOT,
                                env=env, stdout=fh, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        assert proc.poll() is None, "worker exited:\n" + log.read_text(errors="replace")[-4000:]
        if _get(base + "/readyz")[0] == 200:
            break
        time.sleep(0.5)
    else:
        proc.terminate()
        pytest.fail("worker not ready in 120 s:\n" + log.read_text(errors="replace")[-4000:])
    try:
        yield {"proc": proc, "base": base, "topics": topics, "env": env, "log": log}
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            proc.kill()
            pytest.fail("worker did not stop within 60 s of SIGTERM")


@pytest.fixture(scope="module")
def worker(tmp_path_factory):
    with running_worker(tmp_path_factory, "it") as state:
        yield state


MALFORMED = {
    "not-json": (b"this is not JSON {", "invalid_json"),
    "no-text": (json.dumps({"id": "no-text", "title": "only a title"}).encode(),
                "missing_field"),
    "empty-text": (json.dumps({"id": "empty-text", "text": ""}).encode(), "empty_text"),
    "bad-utf8": (b'{"id": "bad-utf8", "text": "caf\xe9 \xff"}', "invalid_encoding"),
    "huge": (json.dumps({"id": "huge", "text": "Wort " * 1_000_000}).encode(),
             "payload_too_large"),
}


async def _publish(topic: str, messages: list[tuple[bytes, bytes]]) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=BROKER, max_request_size=16 * 1024 * 1024)
    await producer.start()
    try:
        for key, value in messages:
            await producer.send_and_wait(topic, value=value, key=key)
    finally:
        await producer.stop()


async def _collect(topics: list[str], until, timeout: float) -> dict[str, list]:
    consumer = AIOKafkaConsumer(*topics, bootstrap_servers=BROKER, group_id=None,
                                auto_offset_reset="earliest",
                                max_partition_fetch_bytes=16 * 1024 * 1024)
    await consumer.start()
    got: dict[str, list] = {t: [] for t in topics}
    try:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline and not until(got):
            batches = await consumer.getmany(timeout_ms=500)
            for records in batches.values():
                for rec in records:
                    got[rec.topic].append((rec.key, json.loads(rec.value)))
    finally:
        await consumer.stop()
    return got


def test_seed_and_malformed_messages_end_to_end(worker):
    topics = worker["topics"]
    seed = (ROOT / "seeds" / "seed_de.json").read_bytes().strip()
    seed_id = json.loads(seed)["id"]
    messages = [(seed_id.encode(), seed)] + [(k.encode(), v) for k, (v, _) in MALFORMED.items()]
    asyncio.run(_publish(topics["raw"], messages))

    def done(got):
        return len(got[topics["enriched"]]) >= 1 and len(got[topics["dlq"]]) >= len(MALFORMED)

    wanted = [topics["enriched"], topics["dlq"], topics["quotes"], topics["events"]]
    got = asyncio.run(_collect(wanted, done, 120))
    # give a duplicate the chance to show up before asserting "exactly one"
    time.sleep(3)
    got = asyncio.run(_collect(wanted, lambda g: False, 4))

    enriched = got[topics["enriched"]]
    assert len(enriched) == 1, [r["id"] for _, r in enriched]
    key, record = enriched[0]
    assert key == seed_id.encode() and record["id"] == seed_id
    assert_valid("enriched_article", record)
    assert record["language"] == "de"
    direct = [q for q in record["quotes"] if q["kind"] == "direct"]
    assert [q["text"][:20] for q in direct] == [
        "Es gab damals keine ", "Einmal wurden wir da", "Der Kongress selbst "]
    assert direct[0]["cue"]["lemma"] == "betonen" and direct[0]["speaker"]["text"] == "Putin"

    assert record["processor"]["pipeline"]["name"] == "de_newsflow_sm"
    events = got[topics["events"]]
    assert len(events) == len(record["events"]) > 0
    for ekey, event in events:
        assert ekey == seed_id.encode()
        assert_valid("event", event)
    assert {"diplomacy.press_conference", "politics.election", "economy.sanctions"} <= {
        e["event"]["type"] for _, e in events}

    quotes = got[topics["quotes"]]
    assert len(quotes) == len(record["quotes"])
    for qkey, quote in quotes:
        assert qkey == seed_id.encode()
        assert_valid("quote", quote)

    dlq = got[topics["dlq"]]
    assert len(dlq) == len(MALFORMED)
    by_key = {k.decode(): v for k, v in dlq}
    assert set(by_key) == set(MALFORMED)
    for name, (payload, code) in MALFORMED.items():
        rec = by_key[name]
        assert_valid("dead_letter", rec)
        assert rec["error"]["code"] == code, (name, rec["error"])
        assert rec["topic"] == topics["raw"] and rec["offset"] is not None
        assert rec["original_size"] == len(payload)
    assert by_key["huge"]["original_truncated"] is True

    # the worker is still healthy and counted what it did
    assert worker["proc"].poll() is None
    assert _get(worker["base"] + "/healthz")[0] == 200
    assert _get(worker["base"] + "/readyz")[0] == 200
    status, metrics = _get(worker["base"] + "/metrics")
    assert status == 200
    assert 'newsflow_articles_total{language="de",status="enriched"} 1.0' in metrics
    assert 'newsflow_dead_letters_total{code="invalid_json"} 1.0' in metrics
    assert "newsflow_stage_seconds_bucket" in metrics
    assert "newsflow_faust_messages_received" in metrics  # Faust's own sensors
    # lag per owned partition of the raw topic, and the health checks behind /readyz
    lags = re.findall(r'newsflow_consumer_lag\{partition="(\d)",topic="' + re.escape(
        topics["raw"]) + r'"\} (\d+)', metrics)
    assert sorted(p for p, _ in lags) == ["0", "1"], lags
    assert "newsflow_broker_reachable 1.0" in metrics
    assert "newsflow_extraction_processes_alive 1.0" in metrics
    assert "newsflow_agent_crashes_total 0.0" in metrics


def test_produce_reports_what_it_cannot_read_and_goes_on(tmp_path):
    assert _broker_up()
    topic = f"it-produce-{uuid.uuid4().hex[:8]}"
    lines = [b'{"id": "p1", "text": "Eins."}', b"[" * 5000 + b"]" * 5000, b"not json",
             b'{"id": "\\ud800", "text": "kaputte ID"}', b'{"id": "p2", "text": "Zwei."}']
    data = tmp_path / "mixed.jsonl"
    data.write_bytes(b"\n".join(lines) + b"\n")
    env = dict(os.environ, NEWSFLOW_BROKER=f"kafka://{BROKER}")
    done = subprocess.run([sys.executable, "-m", "service.cli", "produce", "--topic", topic,
                           str(tmp_path / "missing.jsonl"), str(data)], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 1, done.stderr
    assert "missing.jsonl: cannot read" in done.stderr and "Traceback" not in done.stderr
    assert f"published {len(lines)} message(s)" in done.stderr
    consumer_lines = asyncio.run(_raw_values(topic, len(lines)))
    assert sorted(consumer_lines) == sorted(lines)  # byte for byte, malformed ones too


async def _raw_values(topic: str, n: int) -> list[bytes]:
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=BROKER, group_id=None,
                                auto_offset_reset="earliest")
    await consumer.start()
    out: list[bytes] = []
    try:
        deadline = time.monotonic() + 30
        while len(out) < n and time.monotonic() < deadline:
            for records in (await consumer.getmany(timeout_ms=500)).values():
                out.extend(r.value for r in records)
    finally:
        await consumer.stop()
    return out
