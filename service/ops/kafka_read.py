"""What ``stats`` and ``replay`` share: time arguments (``15m``, ``2h``, ISO 8601) and reading a
topic from a point in time to the end it had when we looked, with a group-less consumer (an
operator tool must never commit offsets or join the worker's group)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime

from aiokafka import AIOKafkaConsumer, ConsumerRecord
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.structs import TopicPartition

from service.config import Settings
from service.kafka_clients import client_kwargs
from service.timestamps import parse_duration as parse_duration  # re-exported for stats
from service.timestamps import parse_when

# the one reading of time arguments, shared with consume --since (service/timestamps.py)
parse_time = parse_when


def epoch_ms(when: datetime) -> int:
    return int(when.timestamp() * 1000)


def from_epoch_ms(ms: int) -> str:
    return datetime.fromtimestamp(ms / 1000, UTC).isoformat(timespec="seconds")


@asynccontextmanager
async def plain_consumer(settings: Settings) -> AsyncIterator[AIOKafkaConsumer]:
    """A started consumer without a group: it reads any partition from any offset and commits
    nothing. ``read_committed``: records of aborted transactions (exactly_once) never count."""
    consumer = AIOKafkaConsumer(**client_kwargs(settings), group_id=None,
                                enable_auto_commit=False, auto_offset_reset="earliest",
                                isolation_level="read_committed",
                                max_partition_fetch_bytes=16 * 1024 * 1024,
                                fetch_max_bytes=64 * 1024 * 1024)
    try:
        await consumer.start()
        yield consumer
    finally:
        await consumer.stop()


@asynccontextmanager
async def admin_client(settings: Settings) -> AsyncIterator[AIOKafkaAdminClient]:
    admin = AIOKafkaAdminClient(**client_kwargs(settings))
    try:
        await admin.start()
        yield admin
    finally:
        await admin.close()


async def topic_partitions(admin: AIOKafkaAdminClient) -> dict[str, list[int]]:
    """Every topic → its partitions, from one metadata request for all topics: asking for a
    named topic would make a broker with ``auto.create.topics.enable`` create it, and
    aiokafka's offset look-ups wait forever for a topic that is not there."""
    return {t["topic"]: sorted(p["partition"] for p in t["partitions"])
            for t in await admin.describe_topics() if not t["error_code"]}


@dataclass
class Span:
    """Offsets of one topic: where each partition's log starts and ends (end = next offset)."""

    topic: str
    begin: dict[TopicPartition, int] = field(default_factory=dict)
    end: dict[TopicPartition, int] = field(default_factory=dict)

    @property
    def records(self) -> int:
        return sum(self.end[tp] - self.begin[tp] for tp in self.end)


async def span(consumer: AIOKafkaConsumer, topic: str,
               known: dict[str, list[int]]) -> Span | None:
    """The topic's offsets, or None when it does not exist (``known``: from
    :func:`topic_partitions`)."""
    if topic not in known:
        return None
    tps = [TopicPartition(topic, p) for p in known[topic]]
    if not tps:
        return Span(topic)
    return Span(topic, await consumer.beginning_offsets(tps), await consumer.end_offsets(tps))


async def starts_at(consumer: AIOKafkaConsumer, spans: Span, since_ms: int | None
                    ) -> dict[TopicPartition, int]:
    """Per partition, the first offset whose timestamp is ≥ ``since_ms`` (the broker looks it
    up: ListOffsets by time), or the log start when there is no bound."""
    if since_ms is None:
        return dict(spans.begin)
    found = await consumer.offsets_for_times({tp: since_ms for tp in spans.end})
    return {tp: (hit.offset if hit is not None else spans.end[tp]) for tp, hit in found.items()}


@dataclass
class Reading:
    """What :func:`read` got through: ``complete`` is False when the deadline came first."""

    complete: bool = True


async def read(consumer: AIOKafkaConsumer, start: dict[TopicPartition, int],
               end: dict[TopicPartition, int], timeout: float, reading: Reading
               ) -> AsyncIterator[ConsumerRecord]:
    """Every record from ``start`` up to (not including) ``end`` per partition: the end is a
    snapshot, so records arriving meanwhile are left for the next run. Sets
    ``reading.complete = False`` when ``timeout`` seconds were not enough."""
    todo = {tp for tp in end if start.get(tp, end[tp]) < end[tp]}
    if not todo:
        return
    consumer.assign(sorted(todo))
    for tp in todo:
        consumer.seek(tp, start[tp])
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while todo:
        if loop.time() >= deadline:
            reading.complete = False
            return
        batches = await consumer.getmany(timeout_ms=500)
        for tp, records in batches.items():
            for rec in records:
                if rec.offset < end[tp]:
                    yield rec
        for tp in list(todo):
            if await consumer.position(tp) >= end[tp]:
                todo.discard(tp)
                consumer.pause(tp)
