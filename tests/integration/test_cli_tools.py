"""The operator's command-line tools on the real broker: Kafka's own (``scripts/kafka.sh
topics | consumer-groups | console-consumer`` and the ``.kafka/bin`` wrappers README names),
``newsflow consume`` (end of topic, consumer group, ``--since``, ``--follow``, exit statuses)
and a worker logging JSON (``NEWSFLOW_LOG_FORMAT=json``)."""

from __future__ import annotations

import asyncio
import json
import os
import queue
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.request
import uuid
from datetime import UTC, datetime
from pathlib import Path

import pytest
from aiokafka import AIOKafkaProducer

from tests.conftest import ROOT

pytestmark = pytest.mark.integration

BROKER = os.environ.get("NEWSFLOW_BROKER", "kafka://127.0.0.1:9092").split("://")[-1]
KAFKA_SH = ROOT / "scripts" / "kafka.sh"
KAFKA_HOME = Path(os.environ.get("KAFKA_HOME", ROOT / ".kafka"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _name(kind: str) -> str:
    return f"it-cli-{kind}-{uuid.uuid4().hex[:8]}"


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSFLOW_")}
    return env | {"NEWSFLOW_BROKER": f"kafka://{BROKER}"} | extra


def newsflow(*args: str, timeout: float = 90) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "service.cli", *args], cwd=ROOT, env=_env(),
                          capture_output=True, text=True, timeout=timeout)


def kafka_tool(*command: str, timeout: float = 90) -> subprocess.CompletedProcess[str]:
    return subprocess.run(list(command), cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout)


def lines(done: subprocess.CompletedProcess[str]) -> list[dict]:
    return [json.loads(x) for x in done.stdout.splitlines()]


async def _send(topic: str, records: list[tuple[int, int, str]]) -> None:
    """(partition, timestamp ms, id) records, each with its id as key and JSON value."""
    producer = AIOKafkaProducer(bootstrap_servers=BROKER, acks="all")
    await producer.start()
    try:
        for partition, ts, aid in records:
            await producer.send_and_wait(topic, json.dumps({"id": aid}).encode(),
                                         key=aid.encode(), partition=partition,
                                         timestamp_ms=ts)
    finally:
        await producer.stop()


def send(topic: str, records: list[tuple[int, int, str]]) -> None:
    asyncio.run(_send(topic, records))


def test_kafka_tools_readme_names():
    """create a topic, add a partition (README's scaling advice), list it (through the
    generated wrapper), read one record as a group, describe that group: each a JVM, 1-3 s."""
    fetched = kafka_tool("bash", str(KAFKA_SH), "fetch")  # idempotent: a no-op once fetched
    assert fetched.returncode == 0, fetched.stderr
    topic, group = _name("topic"), _name("group")
    created = kafka_tool("bash", str(KAFKA_SH), "topics", "--bootstrap-server", BROKER,
                         "--create", "--topic", topic, "--partitions", "1")
    assert created.returncode == 0 and f"Created topic {topic}." in created.stdout, created
    altered = kafka_tool("bash", str(KAFKA_SH), "topics", "--bootstrap-server", BROKER,
                         "--alter", "--topic", topic, "--partitions", "2")
    assert altered.returncode == 0, altered.stderr
    listed = kafka_tool(str(KAFKA_HOME / "bin" / "kafka-topics.sh"),
                        "--bootstrap-server", BROKER, "--list")
    assert listed.returncode == 0 and topic in listed.stdout.split(), listed

    send(topic, [(1, int(time.time() * 1000), "tool-1")])  # partition 1 exists only if altered
    read = kafka_tool("bash", str(KAFKA_SH), "console-consumer", "--bootstrap-server", BROKER,
                      "--topic", topic, "--from-beginning", "--max-messages", "1",
                      "--group", group, "--timeout-ms", "60000",
                      "--property", "print.key=true")
    assert read.returncode == 0, read.stderr
    key, value = read.stdout.strip().split("\t")
    assert key == "tool-1" and json.loads(value) == {"id": "tool-1"}

    described = kafka_tool(str(KAFKA_HOME / "bin" / "kafka-consumer-groups.sh"),
                           "--bootstrap-server", BROKER, "--describe", "--group", group)
    assert described.returncode == 0, described.stderr
    rows = [r.split() for r in described.stdout.splitlines() if r.startswith(group)]
    # GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG …: partition 1 read to its end
    assert [r[1:6] for r in rows if r[2] == "1"] == [[topic, "1", "1", "1", "0"]], described


def test_consume_stops_at_the_end_and_a_group_continues():
    topic, group = _name("end"), _name("group")
    now = int(time.time() * 1000)
    ids = [f"e-{n}" for n in range(6)]
    send(topic, [(n % 3, now, aid) for n, aid in enumerate(ids)])

    started = time.monotonic()
    everything = newsflow("consume", topic, "--timeout", "60")
    took = time.monotonic() - started
    assert everything.returncode == 0, everything.stderr
    assert sorted(r["id"] for r in lines(everything)) == ids
    assert took < 20, f"waited {took:.1f} s although the topic was exhausted"

    first = newsflow("consume", topic, "--group", group, "--limit", "2")
    second = newsflow("consume", topic, "--group", group)
    third = newsflow("consume", topic, "--group", group)
    assert (first.returncode, second.returncode, third.returncode) == (0, 0, 0), second.stderr
    a, b = [r["id"] for r in lines(first)], [r["id"] for r in lines(second)]
    assert len(a) == 2 and sorted(a + b) == ids  # each record once across the two runs
    assert lines(third) == []  # nothing new since
    assert len(lines(newsflow("consume", topic))) == 6  # group-less: from the start again


def test_consume_since_starts_at_a_timestamp():
    topic = _name("since")
    now = int(time.time() * 1000)
    old, new = now - 2 * 3_600_000, now - 60_000
    send(topic, [(0, old, "old-0"), (0, old, "old-1"), (0, new, "new-0"),
                 (1, old, "old-2"), (1, new, "new-1"), (1, new, "new-2")])

    recent = newsflow("consume", topic, "--since", "1h", "--with-meta")
    assert recent.returncode == 0, recent.stderr
    got = {r["value"]["id"]: (r["partition"], r["offset"]) for r in lines(recent)}
    assert got == {"new-0": (0, 2), "new-1": (1, 1), "new-2": (1, 2)}

    iso = datetime.fromtimestamp((old - 1000) / 1000, UTC).isoformat().replace("+00:00", "Z")
    assert len(lines(newsflow("consume", topic, "--since", iso))) == 6
    future = newsflow("consume", topic, "--since", str(now + 3_600_000))
    assert future.returncode == 0 and future.stdout == ""


def test_consume_exit_statuses():
    topic = _name("status")
    send(topic, [(0, int(time.time() * 1000), "s-1")])
    short = newsflow("consume", topic, "--follow", "--limit", "3", "--timeout", "2")
    assert short.returncode == 1 and len(lines(short)) == 1
    assert "ran out after 1 record(s) of 3" in short.stderr
    enough = newsflow("consume", topic, "--limit", "1")
    assert enough.returncode == 0 and len(lines(enough)) == 1
    followed = newsflow("consume", topic, "--follow", "--timeout", "2")
    assert followed.returncode == 0 and len(lines(followed)) == 1
    missing = newsflow("consume", _name("missing"))
    assert missing.returncode == 2 and "does not exist" in missing.stderr


@pytest.mark.parametrize("sig", [signal.SIGINT, signal.SIGTERM])
def test_consume_follow_prints_new_records_until_signalled(sig):
    topic = _name("follow")
    send(topic, [(0, int(time.time() * 1000), "f-1")])
    proc = subprocess.Popen([sys.executable, "-m", "service.cli", "consume", topic, "--follow"],
                            cwd=ROOT, env=_env(), stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    out: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [out.put(x) for x in proc.stdout], daemon=True).start()
    try:
        assert json.loads(out.get(timeout=60))["id"] == "f-1"
        send(topic, [(1, int(time.time() * 1000), "f-2")])  # arrives after the start
        assert json.loads(out.get(timeout=60))["id"] == "f-2"
        assert proc.poll() is None  # still following
        proc.send_signal(sig)
        assert proc.wait(timeout=15) == 0, proc.stderr.read()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


def test_worker_logs_json_lines(tmp_path):
    """A cheap worker (blank pipelines, threads) with NEWSFLOW_LOG_FORMAT=json: every line it
    writes is a JSON object (Faust's own setup did not replace the formatter), and the dead
    letter's line names the message."""
    run = uuid.uuid4().hex[:8]
    topics = {k: f"it-cli-{run}.{k}" for k in ("raw", "enriched", "quotes", "events", "dlq")}
    port = free_port()
    env = _env(NEWSFLOW_APP_ID=f"newsflow-it-cli-{run}", NEWSFLOW_WEB_PORT=str(port),
               NEWSFLOW_WEB_BIND="127.0.0.1", NEWSFLOW_DATA_DIR=str(tmp_path / "data"),
               NEWSFLOW_TOPIC_PARTITIONS="1", NEWSFLOW_BATCH_WITHIN="0.2",
               NEWSFLOW_PIPELINE_DE="blank:de", NEWSFLOW_PIPELINE_EN="blank:en",
               NEWSFLOW_EXTRACT_EXECUTOR="thread", NEWSFLOW_LOG_FORMAT="json",
               **{f"NEWSFLOW_TOPIC_{k.upper()}": v for k, v in topics.items()})
    stdout, stderr = tmp_path / "stdout", tmp_path / "stderr"
    with stdout.open("wb") as out, stderr.open("wb") as err:
        proc = subprocess.Popen([sys.executable, "-m", "service.cli", "worker"], cwd=ROOT,
                                env=env, stdout=out, stderr=err)
    try:
        deadline = time.monotonic() + 120
        while True:
            assert proc.poll() is None, stderr.read_text()[-3000:]
            assert time.monotonic() < deadline, "worker not ready in 120 s"
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/readyz", timeout=2):
                    break
            except OSError:
                time.sleep(0.3)
        asyncio.run(_send_raw(topics["raw"], b"not json"))
        dlq = newsflow("consume", topics["dlq"], "--follow", "--limit", "1", "--timeout", "60")
        assert dlq.returncode == 0, dlq.stderr
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=60)
    assert stdout.read_text() == ""  # no banner: everything is a JSON line on stderr
    entries = [json.loads(x) for x in stderr.read_text().splitlines()]
    assert len(entries) > 10
    assert all({"time", "level", "logger", "message"} <= e.keys() for e in entries)
    dead = [e for e in entries if e["message"].startswith("dead letter invalid_json")]
    assert len(dead) == 1, [e["message"] for e in entries]
    assert (dead[0]["topic"], dead[0]["partition"], dead[0]["offset"]) == (topics["raw"], 0, 0)


async def _send_raw(topic: str, value: bytes) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=BROKER, acks="all")
    await producer.start()
    try:
        await producer.send_and_wait(topic, value, partition=0)
    finally:
        await producer.stop()
