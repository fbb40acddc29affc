"""The enrich agent: raw messages in batches → enriched, quote and event records, or dead letters.

:class:`BatchProcessor` holds the logic and talks to Kafka only through a ``publish`` callable,
so it is tested without a broker; :func:`register_agent` wires it to Faust with
``stream.take_events`` (events keep topic/partition/offset for the dead-letter record, and are
acknowledged only after the batch's records are delivered: at-least-once).
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

from service import metrics
from service.config import Settings
from service.extract.pipeline import Extractor
from service.extraction_pool import ExtractionPool
from service.records import (
    EXTRACTION_FAILED,
    OUTPUT_FAILED,
    Article,
    RejectedMessage,
    dead_letter,
    decode_payload,
    dumps,
    enriched_record,
    event_records,
    normalise,
    processor_info,
    quote_records,
)

log = logging.getLogger(__name__)

# publish(topic_name, key, value, source_partition) -> awaitable delivery
Publish = Callable[[str, bytes | None, bytes, int | None], Awaitable[Any]]


@dataclass
class RawMessage:
    """What the agent needs of one consumed Kafka message."""

    value: bytes | None
    key: bytes | None
    topic: str | None
    partition: int | None
    offset: int | None


class BatchProcessor:
    def __init__(self, settings: Settings, pool: ExtractionPool, publish: Publish) -> None:
        self.settings = settings
        self.pool = pool
        self.publish = publish
        # language resolution only (no pipelines are loaded in this process)
        self.languages = Extractor(settings.pipelines, settings.language_min_confidence,
                                   settings.max_text_chars)

    async def process(self, batch: Sequence[RawMessage]) -> list[Awaitable[Any]]:
        """Handle one batch; returns the pending deliveries (await them before acking)."""
        deliveries: list[Awaitable[Any]] = []
        started = time.perf_counter()
        parsed: list[tuple[RawMessage, Article, str]] = []
        for msg in batch:
            try:
                article = normalise(decode_payload(msg.value or b"",
                                                   self.settings.max_message_bytes),
                                    self.settings.max_text_chars)
                parsed.append((msg, article, self.languages.resolve_language(article)))
            except RejectedMessage as exc:
                deliveries.append(await self._dead_letter(msg, exc.code, exc.message,
                                                          exc.article_id))
        metrics.STAGE_SECONDS.labels("parse").observe(time.perf_counter() - started)
        if not parsed:
            return deliveries
        metrics.BATCH_SIZE.observe(len(parsed))
        started = time.perf_counter()
        results = await self.pool.extract([a for _, a, _ in parsed],
                                          [lang for _, _, lang in parsed])
        metrics.STAGE_SECONDS.labels("extract").observe(time.perf_counter() - started)
        started = time.perf_counter()
        for (msg, article, lang), result in zip(parsed, results, strict=True):
            if isinstance(result, BaseException):
                deliveries.append(await self._dead_letter(
                    msg, EXTRACTION_FAILED, f"{type(result).__name__}: {result}", article.id))
                continue
            try:
                deliveries.extend(await self._publish_article(msg, article, lang, result))
            except Exception as exc:  # noqa: BLE001 — a record we cannot build or send
                log.exception("publishing article %s failed", article.id)
                deliveries.append(await self._dead_letter(
                    msg, OUTPUT_FAILED, f"{type(exc).__name__}: {exc}", article.id))
        metrics.STAGE_SECONDS.labels("publish").observe(time.perf_counter() - started)
        return deliveries

    async def _publish_article(self, msg: RawMessage, article: Article, lang: str,
                               extraction: dict[str, Any]) -> list[Awaitable[Any]]:
        processor = processor_info(self.pool.pipeline_info.get(
            lang, {"name": "unknown", "version": "unknown"}))
        enriched = enriched_record(article, extraction, processor)
        key = article.id.encode("utf-8")
        s = self.settings
        payloads = [(s.topic_enriched, dumps(enriched))]
        payloads += [(s.topic_quotes, dumps(r)) for r in quote_records(enriched)]
        payloads += [(s.topic_events, dumps(r)) for r in event_records(enriched)]
        sent = [await self.publish(topic, key, value, msg.partition) for topic, value in payloads]
        metrics.ARTICLES.labels("enriched", lang).inc()
        for quote in enriched["quotes"]:
            metrics.QUOTES.labels(lang, quote["kind"]).inc()
        for event in enriched["events"]:
            metrics.EVENTS.labels(lang, event["type"]).inc()
        return sent

    async def _dead_letter(self, msg: RawMessage, code: str, message: str,
                           article_id: str | None) -> Awaitable[Any]:
        record = dead_letter(code, message, msg.value, topic=msg.topic, partition=msg.partition,
                             offset=msg.offset, key=msg.key,
                             max_original_bytes=self.settings.dlq_max_original_bytes)
        if article_id is not None:
            record["article_id"] = article_id
        metrics.DEAD_LETTERS.labels(code).inc()
        metrics.ARTICLES.labels("dead_letter", "unknown").inc()
        log.info("dead letter %s at %s/%s/%s: %s", code, msg.topic, msg.partition, msg.offset,
                 message)
        key = article_id.encode("utf-8") if article_id else msg.key
        return await self.publish(self.settings.topic_dlq, key, dumps(record), msg.partition)


def register_agent(app: Any, settings: Settings, pool: ExtractionPool) -> Any:
    """Attach the enrich agent to ``app``; returns the agent."""
    raw = app.newsflow_topics["raw"]
    by_name = {t.get_topic_name(): t for t in app.newsflow_topics.values()}
    exactly_once = settings.processing_guarantee == "exactly_once"

    async def publish(topic: str, key: bytes | None, value: bytes,
                      source_partition: int | None) -> Any:
        # Under exactly_once, Faust ties a transaction to a partition of the source topic;
        # writing to the same partition number keeps every record in that transaction.
        partition = source_partition if exactly_once else None
        return await by_name[topic].send(key=key, value=value, partition=partition)

    processor = BatchProcessor(settings, pool, publish)
    app.newsflow_processor = processor

    @app.agent(raw, name="newsflow.enrich")
    async def enrich(stream: Any) -> None:
        async for events in stream.take_events(settings.batch_size, within=settings.batch_within):
            batch = [RawMessage(e.value, e.key, e.message.topic, e.message.partition,
                                e.message.offset) for e in events]
            deliveries = await processor.process(batch)
            for delivery in deliveries:
                await delivery  # delivered before take_events acks the batch
            yield len(batch)

    return enrich
