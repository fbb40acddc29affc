"""``newsflow stats`` and ``newsflow replay`` against a real broker and a real worker process.

One worker run (blank spaCy pipelines, so it starts in seconds) makes real dead letters; the
tests below run in file order on that state: stats counts, a dry run, a replay with the original
key and header, the loop guard, truncated originals (read back, or gone after DeleteRecords).
"""

from __future__ import annotations

import asyncio
import base64
import json
import subprocess
import sys
import time
from collections.abc import Callable
from typing import Any

import pytest
from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient, RecordsToDelete
from aiokafka.structs import TopicPartition

from tests.conftest import ROOT, assert_valid
from tests.integration.test_stream import BROKER, running_worker

pytestmark = pytest.mark.integration

MAX_ORIGINAL = 100  # NEWSFLOW_DLQ_MAX_ORIGINAL_BYTES of the worker: longer originals truncate

# name -> (key, value, expected error code or None for enriched); "gone" goes to partition 0
# first, so DeleteRecords can later remove it and nothing else
MESSAGES: dict[str, tuple[bytes, bytes, str | None]] = {
    "gone": (b"gone-1", json.dumps({"id": "gone-1", "text": "", "title": "y" * 200}).encode(),
             "empty_text"),
    "no-text": (b"no-text", json.dumps({"id": "no-text", "title": "nur Titel"}).encode(),
                "missing_field"),
    "not-json": (b"\xff\xfe", b"this is not JSON {", "invalid_json"),
    "fr": (b"fr-1", json.dumps({"id": "fr-1", "text": "Il a dit bonjour.",
                                "language": "fr"}).encode(), "unsupported_language"),
    "long": (b"long-1", json.dumps({"id": "long-1", "text": 5, "title": "z" * 200}).encode(),
             "invalid_record"),
    "ok": (b"ok-1", json.dumps({"id": "ok-1", "language": "de", "text": "Die Ministerin "
                                "sagte: „Wir schaffen das.“ Das war am 3. Mai 2024."},
                               ensure_ascii=False).encode(), None),
}
IN_WINDOW = {code: 1 for _, _, code in MESSAGES.values() if code}


@pytest.fixture(scope="module")
def ops(tmp_path_factory):
    with running_worker(tmp_path_factory, "it-ops",
                        NEWSFLOW_PIPELINE_DE="blank:de", NEWSFLOW_PIPELINE_EN="blank:en",
                        NEWSFLOW_EXTRACT_EXECUTOR="thread", NEWSFLOW_SPEECH_EVENTS="",
                        NEWSFLOW_DLQ_MAX_ORIGINAL_BYTES=str(MAX_ORIGINAL)) as state:
        asyncio.run(_setup(state))
        yield state


async def _setup(state: dict[str, Any]) -> None:
    """Publish the messages, plus one dead letter written two hours ago (outside the default
    window), and wait until the worker has judged them all."""
    topics = state["topics"]
    producer = AIOKafkaProducer(bootstrap_servers=BROKER)
    await producer.start()
    try:
        key, value, _ = MESSAGES["gone"]
        meta = await producer.send_and_wait(topics["raw"], value=value, key=key, partition=0)
        state["gone_offset"] = meta.offset
        for name, (key, value, _) in MESSAGES.items():
            if name != "gone":
                await producer.send_and_wait(topics["raw"], value=value, key=key)
        old = {"schema_version": "1.3", "error": {"code": "text_too_large", "message": "old"},
               "original": "{}", "original_encoding": "utf-8", "original_size": 2,
               "original_truncated": False, "topic": topics["raw"], "partition": 1,
               "offset": 999, "key": "old-1", "article_id": "old-1",
               "failed_at": "2000-01-01T00:00:00+00:00"}
        assert_valid("dead_letter", old)
        await producer.send_and_wait(topics["dlq"], value=json.dumps(old).encode(),
                                     key=b"old-1",
                                     timestamp_ms=int((time.time() - 7200) * 1000))
    finally:
        await producer.stop()
    failing = sum(1 for *_, code in MESSAGES.values() if code)
    got = await _read(topics["dlq"], lambda recs: len(recs) >= failing + 1, 90)
    assert len(got) == failing + 1, state["log"].read_text(errors="replace")[-3000:]
    ok = await _read(topics["enriched"], lambda recs: len(recs) >= 1, 60)
    assert len(ok) == 1


async def _read(topic: str, until: Callable[[list], bool], timeout: float) -> list:
    """Every record of ``topic`` from the start (no group), until ``until`` says enough."""
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=BROKER, group_id=None,
                                auto_offset_reset="earliest")
    await consumer.start()
    got: list = []
    try:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for records in (await consumer.getmany(timeout_ms=300)).values():
                got.extend(records)
            if until(got):
                break
    finally:
        await consumer.stop()
    return sorted(got, key=lambda r: (r.partition, r.offset))


def _newsflow(ops: dict[str, Any], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "service.cli", *args], cwd=ROOT,
                          env=ops["env"], capture_output=True, text=True, timeout=120)


def _json(ops: dict[str, Any], *args: str) -> tuple[int, dict[str, Any]]:
    done = _newsflow(ops, *args, "--json")
    assert done.returncode in (0, 1), done.stderr
    return done.returncode, json.loads(done.stdout)


async def _end_offsets(topic: str) -> dict[int, int]:
    consumer = AIOKafkaConsumer(bootstrap_servers=BROKER, group_id=None)
    await consumer.start()
    try:
        tps = [TopicPartition(topic, p) for p in (0, 1)]  # NEWSFLOW_TOPIC_PARTITIONS=2
        return {tp.partition: off for tp, off in (await consumer.end_offsets(tps)).items()}
    finally:
        await consumer.stop()


def _replayed_raw(ops: dict[str, Any], n: int) -> list:
    """Raw-topic records that carry the replay header, once there are ``n`` of them."""
    recs = asyncio.run(_read(ops["topics"]["raw"], lambda rs: sum(
        1 for r in rs if dict(r.headers).get("newsflow-replay")) >= n, 30))
    return [r for r in recs if dict(r.headers).get("newsflow-replay")]


def _dead_letters(ops: dict[str, Any], n: int) -> list[tuple[int, dict[str, Any]]]:
    recs = asyncio.run(_read(ops["topics"]["dlq"], lambda rs: len(rs) >= n, 60))
    return [(r.timestamp, json.loads(r.value)) for r in recs]


def test_stats_counts_topics_dead_letters_and_lag(ops):
    topics = ops["topics"]
    deadline = time.monotonic() + 30
    while True:  # Faust commits offsets every few seconds
        code, report = _json(ops, "stats")
        if report["lag"]["total"] == 0 or time.monotonic() > deadline:
            break
        time.sleep(1)
    assert code == 0
    quotes = asyncio.run(_read(topics["quotes"], lambda rs: False, 1.5))
    events = asyncio.run(_read(topics["events"], lambda rs: False, 1.5))
    records = {t["role"]: t["records"] for t in report["topics"]}
    assert records == {"raw": len(MESSAGES), "enriched": 1, "quotes": len(quotes),
                       "events": len(events), "dlq": len(IN_WINDOW) + 1}
    assert all(t["exists"] and t["partitions"] == 2 for t in report["topics"])

    dl = report["dead_letters"]
    assert dl["by_code"] == IN_WINDOW and dl["total"] == len(IN_WINDOW) and dl["complete"]
    assert dl["window"] == "1h"
    _, wide = _json(ops, "stats", "--window", "3h")
    assert wide["dead_letters"]["by_code"] == {**IN_WINDOW, "text_too_large": 1}

    group = report["consumer_group"]
    assert group["group_id"] == ops["env"]["NEWSFLOW_APP_ID"] and group["state"] == "Stable"
    assert len(group["members"]) == 1 and group["members"][0]["partitions"] == [0, 1]
    lag = report["lag"]
    ends = asyncio.run(_end_offsets(topics["raw"]))
    assert [p["partition"] for p in lag["partitions"]] == [0, 1]
    for p in lag["partitions"]:
        assert p["end_offset"] == ends[p["partition"]]
        assert p["committed_offset"] == p["end_offset"] and p["lag"] == 0
        assert p["owner"]["member_id"] == group["members"][0]["member_id"]
    # the worker's client id names its app, host and process (not Faust's "faust-<version>")
    client = group["members"][0]["client_id"]
    assert client.startswith(ops["env"]["NEWSFLOW_APP_ID"] + "-"), client
    assert client.endswith(f"-{ops['proc'].pid}"), client

    text = _newsflow(ops, "stats")
    assert text.returncode == 0, text.stderr
    assert "invalid_json" in text.stdout and group["members"][0]["member_id"] in text.stdout


def test_replay_dry_run_lists_and_sends_nothing(ops):
    before = asyncio.run(_end_offsets(ops["topics"]["raw"]))
    code, report = _json(ops, "replay", "--code", "missing_field", "--code", "invalid_json",
                         "--dry-run")
    assert code == 0 and report["dry_run"] is True and report["skipped"] == []
    assert sorted(r["code"] for r in report["replayed"]) == ["invalid_json", "missing_field"]
    assert asyncio.run(_end_offsets(ops["topics"]["raw"])) == before


def test_replay_resends_original_key_value_and_header(ops):
    code, report = _json(ops, "replay", "--code", "invalid_json", "--code",
                         "unsupported_language")
    assert code == 0, report
    assert sorted(r["code"] for r in report["replayed"]) == ["invalid_json",
                                                              "unsupported_language"]
    sent = _replayed_raw(ops, 2)
    assert sorted((r.key, r.value) for r in sent) == sorted(
        (MESSAGES[n][0], MESSAGES[n][1]) for n in ("not-json", "fr"))
    assert all(dict(r.headers)["newsflow-replay"] == b"1" for r in sent)
    # the worker fails them again: the new dead letters carry the count (and the exact key)
    new = [d for _, d in _dead_letters(ops, len(IN_WINDOW) + 3) if d.get("replay_count")]
    assert sorted((d["error"]["code"], d["replay_count"]) for d in new) == [
        ("invalid_json", 1), ("unsupported_language", 1)]
    for d in new:
        assert_valid("dead_letter", d)
    bad_key = next(d for d in new if d["error"]["code"] == "invalid_json")
    assert base64.b64decode(bad_key["key_base64"]) == MESSAGES["not-json"][0]


def test_replay_refuses_at_the_limit_unless_forced(ops):
    before = asyncio.run(_end_offsets(ops["topics"]["raw"]))
    code, report = _json(ops, "replay", "--code", "unsupported_language", "--max-replays", "1")
    assert code == 1 and report["replayed"] == []
    [skipped] = report["skipped"]
    assert skipped["replay_count"] == 1 and skipped["reason"].startswith("replay limit")
    # the first dead letter of the same article is not replayed in its place
    assert [s["replay_count"] for s in report["superseded"]] == [0]
    assert asyncio.run(_end_offsets(ops["topics"]["raw"])) == before

    code, report = _json(ops, "replay", "--id", "fr-1", "--max-replays", "1", "--force")
    assert code == 0 and [r["replay"] for r in report["replayed"]] == [2]
    sent = _replayed_raw(ops, 3)
    assert sorted(dict(r.headers)["newsflow-replay"] for r in sent if r.key == b"fr-1") == [
        b"1", b"2"]
    counts = [d.get("replay_count") for _, d in _dead_letters(ops, len(IN_WINDOW) + 4)
              if d.get("article_id") == "fr-1"]
    assert sorted(c or 0 for c in counts) == [0, 1, 2]


def test_replay_reads_truncated_originals_back_or_reports_them_gone(ops):
    dead = {d.get("article_id"): d for _, d in _dead_letters(ops, len(IN_WINDOW) + 4)}
    assert dead["long-1"]["original_truncated"] and dead["gone-1"]["original_truncated"]
    code, report = _json(ops, "replay", "--id", "long-1")
    assert code == 0 and report["replayed"][0]["bytes"] == len(MESSAGES["long"][1])
    sent = [r for r in _replayed_raw(ops, 4) if r.key == b"long-1"]
    assert [r.value for r in sent] == [MESSAGES["long"][1]]

    async def delete_gone() -> None:
        admin = AIOKafkaAdminClient(bootstrap_servers=BROKER)
        await admin.start()
        try:
            tp = TopicPartition(ops["topics"]["raw"], 0)
            await admin.delete_records({tp: RecordsToDelete(ops["gone_offset"] + 1)})
        finally:
            await admin.close()

    asyncio.run(delete_gone())
    code, report = _json(ops, "replay", "--id", "gone-1")
    assert code == 1 and report["replayed"] == []
    assert "no longer retained" in report["skipped"][0]["reason"]
    done = _newsflow(ops, "replay", "--id", "gone-1")
    assert done.returncode == 1 and "skipped 1" in done.stdout
