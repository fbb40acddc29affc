"""The enrich agent: raw messages in batches → enriched, quote and event records, or dead letters.

Three parts, so that nothing can be acknowledged without its output:

* :class:`BatchProcessor` turns a batch into one :class:`~service.delivery.Outcome` per message
  (its enriched/quote/event records, or one dead letter). It never raises for a message: any
  exception a message provokes becomes that message's dead letter with a code. Every record is
  checked against its schema here, so an invalid one becomes an ``output_failed`` dead letter.
* :class:`~service.delivery.Delivery` writes the outcomes, retrying until written or until the
  partition is taken away (at-least-once producer or per-partition transactions).
* :func:`register_agent` wires both to Faust with ``stream.noack_take``: acknowledgement is
  manual, and only for messages whose output was written, in offset order per partition.
  (``take_events`` would acknowledge in a ``finally``, even for a batch that failed.)
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import os
import signal
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from service import metrics
from service.config import Settings
from service.contracts import ContractViolation, validate
from service.delivery import Delivery, Outcome, OutputRecord, backoff
from service.extract.pipeline import Extractor
from service.extraction_pool import ExtractionPool, PoolUnavailable
from service.health import Health
from service.inspector.recent import RecentArticles
from service.log_format import message_context
from service.records import (
    EXTRACTION_FAILED,
    INVALID_RECORD,
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
    replay_count,
)

log = logging.getLogger(__name__)


@dataclass
class RawMessage:
    """What the agent needs of one consumed Kafka message."""

    value: bytes | None
    key: bytes | None
    topic: str | None
    partition: int | None
    offset: int | None
    replays: int = 0  # its ``newsflow-replay`` header: carried into its dead letter (loop guard)


class BatchProcessor:
    def __init__(self, settings: Settings, pool: ExtractionPool) -> None:
        self.settings = settings
        self.pool = pool
        # language resolution only (no pipelines are loaded in this process)
        self.languages = Extractor(settings.pipelines, settings.language_min_confidence,
                                   settings.max_text_chars)
        # the last enriched records written, for the /inspect pages
        self.recent = RecentArticles(settings.inspect_buffer, settings.inspect_buffer_bytes)

    async def process(self, batch: Sequence[RawMessage]) -> list[Outcome]:
        """One outcome per message, same order. Raises only when cancelled."""
        started = time.perf_counter()
        outcomes: list[Outcome | None] = [None] * len(batch)
        parsed: list[tuple[int, Article, str]] = []
        for i, msg in enumerate(batch):
            try:
                article = normalise(decode_payload(msg.value, self.settings.max_message_bytes,
                                                   self.settings.max_json_depth),
                                    self.settings.max_text_chars, msg.key)
                parsed.append((i, article, self.languages.resolve_language(article)))
            except RejectedMessage as exc:
                outcomes[i] = self.dead_letter(msg, exc.code, exc.message, exc.article_id)
            except Exception as exc:  # noqa: BLE001 — a record no rule foresaw: its own DLQ
                metrics.INTERNAL_ERRORS.labels("parse").inc()
                log.exception("unexpected error reading %s/%s/%s", msg.topic, msg.partition,
                              msg.offset, extra=message_context(msg.topic, msg.partition,
                                                                msg.offset))
                outcomes[i] = self.dead_letter(msg, INVALID_RECORD, "record could not be read "
                                               f"({type(exc).__name__}: {exc})", None)
        metrics.STAGE_SECONDS.labels("parse").observe(time.perf_counter() - started)
        if parsed:
            metrics.BATCH_SIZE.observe(len(parsed))
            started = time.perf_counter()
            results = await self._extract([a for _, a, _ in parsed],
                                          [lang for _, _, lang in parsed])
            metrics.STAGE_SECONDS.labels("extract").observe(time.perf_counter() - started)
            for (i, article, lang), result in zip(parsed, results, strict=True):
                msg = batch[i]
                if isinstance(result, BaseException):
                    outcomes[i] = self.dead_letter(msg, EXTRACTION_FAILED,
                                                   f"{type(result).__name__}: {result}",
                                                   article.id)
                    continue
                try:
                    outcomes[i] = self.enriched(msg, article, lang, result)
                except Exception as exc:  # noqa: BLE001 — a record we cannot build or check
                    if not isinstance(exc, ContractViolation):
                        metrics.INTERNAL_ERRORS.labels("output").inc()
                        log.exception("building the records of %s failed", article.id,
                                      extra=message_context(msg.topic, msg.partition,
                                                            msg.offset, article.id))
                    outcomes[i] = self.dead_letter(msg, OUTPUT_FAILED,
                                                   f"{type(exc).__name__}: {exc}", article.id)
        return [o for o in outcomes if o is not None]

    async def _extract(self, articles: list[Article], languages: list[str]
                       ) -> list[dict[str, Any] | BaseException]:
        """The pool's results; while the pool cannot run at all, wait (no article is to
        blame, and dead-lettering them would lose them for no reason)."""
        attempt = 0
        while True:
            try:
                return await self.pool.extract(articles, languages)
            except PoolUnavailable as exc:
                attempt += 1
                delay = backoff(attempt, self.settings.retry_backoff_max)
                log.error("extraction unavailable (%s); retry in %.1f s", exc, delay)
                await asyncio.sleep(delay)
                try:
                    await self.pool.ensure_alive()
                except PoolUnavailable:
                    pass

    def enriched(self, msg: RawMessage, article: Article, lang: str,
                 extraction: dict[str, Any]) -> Outcome:
        processor = processor_info(self.pool.pipeline_info.get(
            lang, {"name": "unknown", "version": "unknown"}))
        origin = {"topic": msg.topic, "partition": msg.partition, "offset": msg.offset}
        enriched = enriched_record(article, extraction, processor, origin)
        s = self.settings
        records = [(s.topic_enriched, "enriched_article", enriched)]
        records += [(s.topic_quotes, "quote", r) for r in quote_records(enriched)]
        records += [(s.topic_events, "event", r) for r in event_records(enriched)]
        key = article.id.encode("utf-8")
        out = []
        for topic, kind, record in records:
            validate(kind, record)
            value = dumps(record)
            if len(value) > s.max_record_bytes:
                raise ContractViolation(f"{kind} record is {len(value)} bytes, limit "
                                        f"{s.max_record_bytes} (NEWSFLOW_MAX_RECORD_BYTES)")
            out.append(OutputRecord(topic, key, value))

        def count() -> None:
            metrics.ARTICLES.labels("enriched", lang).inc()
            for quote in enriched["quotes"]:
                metrics.QUOTES.labels(lang, quote["kind"]).inc()
            for event in enriched["events"]:
                metrics.EVENTS.labels(lang, event["type"]).inc()
            for warning in enriched.get("warnings", []):
                metrics.RECORD_WARNINGS.labels(warning["component"], warning["code"]).inc()
            self.recent.add(enriched, out[0].value)

        return Outcome(msg.partition, msg.offset, out, count)

    def dead_letter(self, msg: RawMessage, code: str, message: str,
                    article_id: str | None) -> Outcome:
        record = dead_letter(code, message, msg.value, topic=msg.topic, partition=msg.partition,
                             offset=msg.offset, key=msg.key,
                             max_original_bytes=self.settings.dlq_max_original_bytes,
                             replays=msg.replays)
        if article_id is not None:
            record["article_id"] = article_id
        try:
            validate("dead_letter", record)
        except ContractViolation as exc:  # a bug in dead_letter(): still never lose it
            metrics.INTERNAL_ERRORS.labels("dead_letter").inc()
            log.error("dead letter for %s/%s failed its schema: %s", msg.topic, msg.offset, exc,
                      extra=message_context(msg.topic, msg.partition, msg.offset, article_id))
            record = dead_letter(OUTPUT_FAILED, f"dead letter for a {code} failed its schema",
                                 msg.value, topic=msg.topic, partition=msg.partition,
                                 offset=msg.offset, key=None,
                                 max_original_bytes=self.settings.dlq_max_original_bytes,
                                 replays=msg.replays)
        key = article_id.encode("utf-8") if article_id else msg.key

        def count() -> None:
            metrics.DEAD_LETTERS.labels(code).inc()
            metrics.ARTICLES.labels("dead_letter", "unknown").inc()

        log.info("dead letter %s at %s/%s/%s: %s", code, msg.topic, msg.partition, msg.offset,
                 message[:300],
                 extra=message_context(msg.topic, msg.partition, msg.offset, article_id))
        return Outcome(msg.partition, msg.offset,
                       [OutputRecord(self.settings.topic_dlq, key, dumps(record))], count)


class BatchRunner:
    """One batch from consumed events to written output; says which events to acknowledge."""

    def __init__(self, processor: BatchProcessor, delivery: Delivery) -> None:
        self.processor = processor
        self.delivery = delivery

    async def run(self, batch: Sequence[RawMessage],
                  prepared: asyncio.Future[list[Outcome]] | None = None) -> list[bool]:
        """Per message: True when its output is written (or was already, before a rebalance
        re-delivered it), so it may be acknowledged.

        ``prepared`` is the batch's outcomes computed ahead (:meth:`prepare`), while earlier
        batches were still being written; without it (or when it failed) they are computed
        now. Skipping what is already written is decided here, at write time."""
        done = [self.delivery.already_written(m.partition, m.offset) for m in batch]
        skipped = sum(done)
        if skipped:
            metrics.REDELIVERED_SKIPPED.inc(skipped)
        if not all(done):
            outcomes = await _result_or_none(prepared)
            if outcomes is not None and len(outcomes) == len(batch):
                todo = [o for o, d in zip(outcomes, done, strict=True) if not d]
            else:
                todo = await self.processor.process(
                    [m for m, d in zip(batch, done, strict=True) if not d])
            started = time.perf_counter()
            written = iter(await self._write(todo))
            metrics.STAGE_SECONDS.labels("publish").observe(time.perf_counter() - started)
            done = [already or next(written) for already in done]
        return in_order_prefix(batch, done)

    def prepare(self, batch: Sequence[RawMessage]) -> asyncio.Task[list[Outcome]]:
        """Start computing the batch's outcomes now (parse + extraction, nothing written), so
        several batches keep several extraction processes busy."""
        return asyncio.ensure_future(self.processor.process(batch))

    async def _write(self, outcomes: Sequence[Outcome]) -> list[bool]:
        """Deliver, then count what was really written (metrics never count a retry)."""
        written = await self.delivery.deliver(outcomes)
        for outcome, ok in zip(outcomes, written, strict=True):
            if ok and outcome.on_delivered is not None:
                outcome.on_delivered()
        return written

    async def salvage(self, batch: Sequence[RawMessage], error: BaseException) -> list[bool]:
        """After a batch failed repeatedly: message by message, and a message that still
        fails gets a dead letter saying why (a bug must not stall a partition forever). Raises
        only when even the dead letter cannot be written."""
        done: list[bool] = []
        given_up: set[int | None] = set()
        for msg in batch:
            if msg.partition in given_up:
                # an earlier message of its partition was left for the partition's next owner:
                # writing this one would raise the floor over it (redelivered, it would be
                # skipped as written)
                done.append(False)
                continue
            try:
                ok = await self.run([msg])
                done.extend(ok)
                if not all(ok):
                    given_up.add(msg.partition)
                continue
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001
                log.exception("message %s/%s/%s fails alone too", msg.topic, msg.partition,
                              msg.offset, extra=message_context(msg.topic, msg.partition,
                                                                msg.offset))
                error = exc
            outcome = self.processor.dead_letter(
                msg, OUTPUT_FAILED, f"processing failed repeatedly ({type(error).__name__}: "
                f"{error})", None)
            ok = await self._write([outcome])
            done.extend(ok)
            if not all(ok):
                given_up.add(msg.partition)
        return in_order_prefix(batch, done)


async def _result_or_none(prepared: asyncio.Future[list[Outcome]] | None
                          ) -> list[Outcome] | None:
    """The prepared outcomes, or None when there are none or computing them failed (the
    caller then computes them itself; the failure is logged, not lost)."""
    if prepared is None:
        return None
    try:
        return await asyncio.shield(prepared)
    except asyncio.CancelledError:
        if prepared.cancelled():
            return None
        raise
    except Exception:  # noqa: BLE001 — computed again by the caller
        log.exception("preparing a batch failed; computing it again")
        return None


def in_order_prefix(batch: Sequence[RawMessage], done: Sequence[bool]) -> list[bool]:
    """Acknowledge per partition only up to the first message that is not done: Kafka commits
    one offset per partition, and a later acknowledgement must never cover an earlier gap."""
    blocked: set[int | None] = set()
    out = []
    for msg, ok in zip(batch, done, strict=True):
        if not ok:
            blocked.add(msg.partition)
        out.append(ok and msg.partition not in blocked)
    return out


# a batch that raised this many times in a row is salvaged message by message
BATCH_ATTEMPTS = 3


def register_agent(app: Any, settings: Settings, runner: BatchRunner, health: Health) -> Any:
    """Attach the enrich agent to ``app``; returns the agent.

    The agent pulls batches and starts their extraction at once; a second task writes them and
    acknowledges their messages strictly in the order they were taken, so per partition the
    output and the committed offsets keep the input order. Up to twice ``extract_workers``
    batches wait extracted or extracting behind the one being written (the pool cuts each into
    one part per process): one worker keeps all its extraction processes busy.

    A batch that raises is retried (never acknowledged) with back-off, and after
    :data:`BATCH_ATTEMPTS` salvaged message by message. An exception that escapes the stream
    itself is fatal: the worker stops with a non-zero status, so its supervisor restarts it
    from the committed offsets, instead of running on with a gap nobody will fill.
    """
    raw = app.newsflow_topics["raw"]
    # batches allowed to wait behind the one being written: with room for only one per
    # process, a long batch at the head would soon stop new ones from starting
    ahead = 2 * max(1, settings.extract_workers)

    def current(event: Any) -> bool:
        """Taken in the consumer generation that is still running. After a rebalance Faust
        re-reads every partition from its committed offset, so a message taken before it is
        consumed again; writing or acknowledging the older copy could move the committed
        offset past messages of that partition that were never written."""
        return bool(event.message.generation_id == app.consumer_generation_id)

    async def handle(item: _InFlight) -> list[bool]:
        error: BaseException | None = None
        dropped = 0
        for attempt in itertools.count(1):
            keep = [current(e) for e in item.events]
            if keep.count(False) > dropped:
                metrics.STALE_MESSAGES.inc(keep.count(False) - dropped)
                dropped = keep.count(False)
                log.info("%d of %d message(s) were taken before a rebalance; left for their "
                         "re-delivery", dropped, len(keep))
            if not any(keep):
                return keep
            batch, prepared = item.batch, item.prepared
            if not all(keep):
                batch = [m for m, k in zip(batch, keep, strict=True) if k]
                prepared = asyncio.ensure_future(_pick(prepared, keep))
            try:
                if error is None or attempt <= BATCH_ATTEMPTS:
                    return _spread(await runner.run(batch, prepared), keep)
                return _spread(await runner.salvage(batch, error), keep)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 — retried below, never acknowledged
                error = exc
                metrics.BATCH_FAILURES.inc()
                health.failing_batch = f"{type(exc).__name__}: {exc}"[:300]
                delay = backoff(attempt, settings.retry_backoff_max)
                log.exception("batch of %d failed (attempt %d); retry in %.1f s", len(batch),
                              attempt, delay)
                await asyncio.sleep(delay)
        raise AssertionError("unreachable")

    def crashed(exc: BaseException) -> None:
        metrics.AGENT_CRASHES.inc()
        health.agent_crashes += 1
        health.fatal = f"{type(exc).__name__}: {exc}"[:300]
        log.critical("enrich agent crashed: %r; nothing of its batch was acknowledged; "
                     "stopping the worker (exit status 70) so it restarts from the "
                     "committed offsets", exc, exc_info=exc)
        os.kill(os.getpid(), signal.SIGTERM)

    async def write_in_order(stream: Any, queue: asyncio.Queue[_InFlight]) -> None:
        """Write and acknowledge batches in the order they were taken. Its crash is the
        agent's crash (it may happen while the agent waits on an idle stream)."""
        try:
            while True:
                item = await queue.get()
                acks = await handle(item)
                health.failing_batch = None
                for event, ack in zip(item.events, acks, strict=True):
                    # a rebalance during the write: the message comes again, and its
                    # re-delivered copy is skipped as already written and acknowledged then
                    if ack and current(event):
                        await stream.ack(event)
                queue.task_done()
        except asyncio.CancelledError:
            raise
        except BaseException as exc:
            crashed(exc)
            raise

    @app.agent(raw, name="newsflow.enrich")
    async def enrich(stream: Any) -> None:
        metrics.AGENT_STARTS.inc()
        if health.fatal:  # restarted by Faust after a fatal crash: the worker is stopping
            return
        health.agent_running = True
        queue: asyncio.Queue[_InFlight] = asyncio.Queue(maxsize=ahead)
        writer = asyncio.ensure_future(write_in_order(stream, queue))
        taken: list[_InFlight] = []
        try:
            async for events in stream.noack_take(settings.batch_size,
                                                  within=settings.batch_within):
                batch = [RawMessage(e.value, e.key, e.message.topic, e.message.partition,
                                    e.message.offset, replay_count(e.message.headers))
                         for e in events]
                item = _InFlight(list(events), batch, runner.prepare(batch))
                taken = [t for t in taken if not t.prepared.done()] + [item]
                await _put_unless(queue, item, writer)
                yield len(batch)
        except (asyncio.CancelledError, WriterStopped):
            raise
        except BaseException as exc:
            crashed(exc)
            raise
        finally:
            health.agent_running = False
            writer.cancel()
            for item in taken:
                item.prepared.cancel()
            await asyncio.gather(writer, return_exceptions=True)

    return enrich


@dataclass
class _InFlight:
    """A batch taken from the stream: its events (to acknowledge), its messages, and its
    outcomes being computed."""

    events: list[Any]
    batch: list[RawMessage]
    prepared: asyncio.Future[list[Outcome]]


async def _pick(prepared: asyncio.Future[list[Outcome]], keep: Sequence[bool]
                ) -> list[Outcome]:
    """The prepared outcomes of the kept messages (one outcome per message, same order)."""
    outcomes = await asyncio.shield(prepared)
    return [o for o, k in zip(outcomes, keep, strict=True) if k]


def _spread(acks: Sequence[bool], keep: Sequence[bool]) -> list[bool]:
    """Acknowledgements of the kept messages back in place; a dropped message gets none."""
    it = iter(acks)
    return [next(it) if k else False for k in keep]


async def _put_unless(queue: asyncio.Queue[_InFlight], item: _InFlight,
                      writer: asyncio.Future[None]) -> None:
    """Queue the batch for writing; if the writer has died meanwhile, raise what killed it
    (waiting on a full queue nobody empties would stall the partition silently)."""
    put = asyncio.ensure_future(queue.put(item))
    try:
        await asyncio.wait({put, writer}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        if not put.done():
            put.cancel()
    if writer.done():
        reason = "cancelled" if writer.cancelled() else repr(writer.exception())
        raise WriterStopped(f"the writer stopped ({reason}); it reported its crash itself")


class WriterStopped(RuntimeError):
    """The task writing batches died; the worker is already stopping."""
