"""Writing a batch's output to Kafka so that nothing is acknowledged before it is written.

Two ways, one per processing guarantee:

* :class:`AtLeastOnceDelivery`: one idempotent producer; a batch is acknowledged only after
  every record is acknowledged by the broker (``acks=all``). A failed attempt is retried with
  back-off for as long as the partition is ours; a crash re-processes, never loses.
* :class:`TransactionalDelivery`: one transactional producer per raw partition
  (``transactional.id = <app>-<raw topic>-<partition>``), the classic Kafka exactly-once
  pattern. A batch's records and the consumer offset after it go into one transaction. A new
  owner of a partition (another worker, or this one after a crash) opens its producer first,
  which fences the previous owner and completes or aborts its open transaction, and only then
  reads the committed offset: messages below it were written by a committed transaction and
  are skipped, so a re-delivered message never produces a second output set.

Faust's own ``exactly_once`` is not used: its transactions follow its commit timer rather than
our batches, and it has open reports of sends outside the transaction.
"""

from __future__ import annotations

import asyncio
import logging
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from aiokafka import AIOKafkaProducer
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.errors import InvalidProducerEpoch, ProducerFenced, TransactionCoordinatorFenced
from aiokafka.structs import TopicPartition

from service import metrics
from service.config import Settings
from service.kafka_clients import client_kwargs

log = logging.getLogger(__name__)

FENCED = (ProducerFenced, InvalidProducerEpoch, TransactionCoordinatorFenced)
RECORD_OVERHEAD = 64 * 1024  # headers, key and batch framing on top of the largest value


@dataclass(frozen=True)
class OutputRecord:
    topic: str
    key: bytes | None
    value: bytes


@dataclass
class Outcome:
    """What one raw message turned into, waiting to be written."""

    partition: int | None
    offset: int | None
    records: list[OutputRecord]
    # metric updates that must only count what was really written
    on_delivered: Callable[[], None] | None = None


def backoff(attempt: int, ceiling: float) -> float:
    """Exponential back-off with jitter: 0.2 s, 0.4 s, … up to ``ceiling``."""
    return min(ceiling, 0.2 * 2 ** min(attempt, 16)) * random.uniform(0.75, 1.0)


def _producer_options(settings: Settings) -> dict[str, Any]:
    return dict(client_kwargs(settings), acks="all", enable_idempotence=True,
                max_request_size=settings.max_record_bytes + RECORD_OVERHEAD,
                request_timeout_ms=int(settings.delivery_timeout * 1000),
                linger_ms=5)


class Delivery:
    """The interface the agent uses; see the module docstring for the two implementations."""

    def __init__(self, settings: Settings, is_assigned: Callable[[int], bool]) -> None:
        self.settings = settings
        self.is_assigned = is_assigned
        # per raw partition: offsets below this were written (by us or a committed transaction)
        self.floor: dict[int, int] = {}

    async def start(self) -> None: ...

    async def stop(self) -> None: ...

    async def assigned(self, partitions: set[int]) -> None: ...

    async def revoked(self, partitions: set[int]) -> None: ...

    def already_written(self, partition: int | None, offset: int | None) -> bool:
        if partition is None or offset is None:
            return False
        return offset < self.floor.get(partition, -1)

    def _advance(self, partition: int | None, offset: int | None) -> None:
        if partition is not None and offset is not None:
            self.floor[partition] = max(self.floor.get(partition, -1), offset + 1)

    def _advance_prefix(self, outcomes: Sequence[Outcome], written: Sequence[bool]) -> None:
        """Raise the floor per partition only over the written outcomes before its first
        unwritten one: the floor says "everything below was written", and a re-delivered
        message below it is skipped, so a floor past a gap would lose the gap."""
        blocked: set[int | None] = set()
        for outcome, ok in zip(outcomes, written, strict=True):
            if not ok:
                blocked.add(outcome.partition)
            elif outcome.partition not in blocked:
                self._advance(outcome.partition, outcome.offset)

    async def deliver(self, outcomes: Sequence[Outcome]) -> list[bool]:
        """Write every outcome's records; True where written (acknowledge it), False where the
        partition was taken away first (leave it for the new owner)."""
        raise NotImplementedError

    async def _pause(self, attempt: int, what: str, exc: BaseException) -> None:
        metrics.DELIVERY_RETRIES.inc()
        delay = backoff(attempt, self.settings.retry_backoff_max)
        log.warning("writing output failed (%s: %s: %s); retry %d in %.1f s", what,
                    type(exc).__name__, exc, attempt, delay)
        await asyncio.sleep(delay)


class AtLeastOnceDelivery(Delivery):
    def __init__(self, settings: Settings, is_assigned: Callable[[int], bool]) -> None:
        super().__init__(settings, is_assigned)
        self._producer: AIOKafkaProducer | None = None

    async def _ensure_producer(self) -> AIOKafkaProducer:
        if self._producer is None:
            producer = AIOKafkaProducer(**_producer_options(self.settings))
            try:
                await asyncio.wait_for(producer.start(), self.settings.delivery_timeout)
            except BaseException:
                await _quietly(producer.stop())
                raise
            self._producer = producer
        return self._producer

    async def start(self) -> None:
        try:
            await self._ensure_producer()
        except Exception as exc:  # noqa: BLE001 — the broker may come later; deliver retries
            log.warning("output producer not started yet (%s); will retry", exc)

    async def stop(self) -> None:
        if self._producer is not None:
            await _quietly(self._producer.stop(), timeout=self.settings.delivery_timeout)
            self._producer = None

    async def deliver(self, outcomes: Sequence[Outcome]) -> list[bool]:
        # per outcome, the records not yet acknowledged by the broker
        pending: dict[int, list[OutputRecord]] = {
            i: list(o.records) for i, o in enumerate(outcomes)}
        given_up: set[int] = set()
        attempt = 0
        while True:
            for i in list(pending):
                partition = outcomes[i].partition
                if partition is not None and not self.is_assigned(partition):
                    del pending[i]  # partition revoked: the new owner re-processes it
                    given_up.add(i)
            if not pending:
                break
            error: BaseException | None
            try:
                pending, error = await self._send(pending)
            except Exception as exc:  # noqa: BLE001 — no producer yet (broker unreachable)
                error = exc
            if not pending:
                break
            attempt += 1
            await self._pause(attempt, f"{len(pending)} message(s)",
                              error or RuntimeError("unknown"))
        written = [i not in given_up for i in range(len(outcomes))]
        self._advance_prefix(outcomes, written)
        return written

    async def _send(self, pending: dict[int, list[OutputRecord]]
                    ) -> tuple[dict[int, list[OutputRecord]], BaseException | None]:
        """One attempt; returns, per outcome, the records that still failed, and an error."""
        producer = await self._ensure_producer()
        futures: list[tuple[int, OutputRecord, asyncio.Future[Any] | BaseException]] = []
        for i, records in pending.items():
            for record in records:
                try:
                    fut = await asyncio.wait_for(
                        producer.send(record.topic, value=record.value, key=record.key),
                        self.settings.delivery_timeout)
                except Exception as exc:  # noqa: BLE001 — metadata timeout, producer closed
                    futures.append((i, record, exc))
                else:
                    futures.append((i, record, fut))
        waiting = [f for _, _, f in futures if isinstance(f, asyncio.Future)]
        if waiting:
            await asyncio.wait(waiting, timeout=self.settings.delivery_timeout)
        failed: dict[int, list[OutputRecord]] = {}
        last_error: BaseException | None = None
        for i, record, fut in futures:
            if isinstance(fut, BaseException):
                error: BaseException | None = fut
            elif not fut.done():
                error = TimeoutError("no acknowledgement within the delivery timeout")
            else:
                error = fut.exception() if not fut.cancelled() else TimeoutError("cancelled")
            if error is not None:
                last_error = error
                failed.setdefault(i, []).append(record)
        return failed, last_error


@dataclass
class _Slot:
    """The transactional producer of one raw partition."""

    producer: AIOKafkaProducer
    open: bool = False  # a transaction has begun and not ended
    broken: bool = False
    lock: asyncio.Lock = field(default_factory=asyncio.Lock)


class StaleAssignment(RuntimeError):
    """A producer opened for an assignment that was revoked or replaced meanwhile."""


class TransactionalDelivery(Delivery):
    """Per raw partition: a transactional producer, opened anew for every assignment.

    Rebalances revoke and assign concurrently with the agent's writes, so nothing is cancelled:
    each assignment has a generation number, and a producer opened for an older generation
    closes itself instead of being used.
    """

    def __init__(self, settings: Settings, is_assigned: Callable[[int], bool]) -> None:
        super().__init__(settings, is_assigned)
        self._slots: dict[int, _Slot] = {}
        self._fencing: dict[int, asyncio.Task[_Slot]] = {}
        self._generation: dict[int, int] = {}
        self._admin: AIOKafkaAdminClient | None = None

    def transactional_id(self, partition: int) -> str:
        s = self.settings
        return f"{s.app_id}-{s.topic_raw}-{partition}"

    async def stop(self) -> None:
        for task in self._fencing.values():
            task.cancel()
        for partition in list(self._slots):
            await self._close(partition)
        if self._admin is not None:
            await _quietly(self._admin.close())
            self._admin = None

    def _next_generation(self, partition: int) -> int:
        self._generation[partition] = self._generation.get(partition, 0) + 1
        return self._generation[partition]

    async def assigned(self, partitions: set[int]) -> None:
        # fence at once: zombies stop now, and the floor is known before the first batch
        for partition in partitions:
            generation = self._next_generation(partition)
            task = asyncio.ensure_future(self._fence(partition, generation))
            task.add_done_callback(_retrieve)
            self._fencing[partition] = task

    async def revoked(self, partitions: set[int]) -> None:
        for partition in partitions:
            self._next_generation(partition)  # a fencing still running closes itself
            self._fencing.pop(partition, None)
            await self._close(partition)
            self.floor.pop(partition, None)

    def already_written(self, partition: int | None, offset: int | None) -> bool:
        # only a floor read after fencing counts; before that, nothing is skipped
        if partition not in self._slots:
            return False
        return super().already_written(partition, offset)

    async def _close(self, partition: int) -> None:
        slot = self._slots.pop(partition, None)
        if slot is not None:
            await _quietly(slot.producer.stop(), timeout=5)

    async def _committed(self, partition: int) -> int:
        if self._admin is None:
            admin = AIOKafkaAdminClient(**client_kwargs(self.settings),
                                        request_timeout_ms=int(
                                            self.settings.delivery_timeout * 1000))
            await admin.start()
            self._admin = admin
        tp = TopicPartition(self.settings.topic_raw, partition)
        offsets = await self._admin.list_consumer_group_offsets(self.settings.app_id,
                                                                partitions=[tp])
        meta = offsets.get(tp)
        return meta.offset if meta is not None and meta.offset is not None else -1

    async def _fence(self, partition: int, generation: int) -> _Slot:
        """Open this partition's producer (fencing any older one), then read the floor."""
        producer = AIOKafkaProducer(transactional_id=self.transactional_id(partition),
                                    **_producer_options(self.settings))
        timeout = self.settings.delivery_timeout
        try:
            await asyncio.wait_for(producer.start(), timeout)
            # begin waits for the producer id: from here on, older owners are fenced and
            # their open transaction is committed or aborted
            await asyncio.wait_for(producer.begin_transaction(), timeout)
            floor = await asyncio.wait_for(self._committed(partition), timeout)
            await self._close(partition)  # the previous producer of this partition, if any
            if self._generation.get(partition) != generation:
                raise StaleAssignment(f"partition {partition} was reassigned meanwhile")
        except BaseException:
            await _quietly(producer.stop(), timeout=5)
            raise
        # no await from the generation check to here: a revocation cannot slip in between
        slot = _Slot(producer, open=True)
        self._slots[partition] = slot
        self.floor[partition] = floor
        log.info("partition %d: transactional producer ready, committed offset %d",
                 partition, floor)
        return slot

    async def _slot(self, partition: int) -> _Slot:
        task = self._fencing.get(partition)
        if task is not None:
            try:
                return await asyncio.shield(task)
            finally:
                if task.done() and self._fencing.get(partition) is task:
                    del self._fencing[partition]
        slot = self._slots.get(partition)
        if slot is None or slot.broken:
            slot = await self._fence(partition, self._generation.get(partition, 0))
        return slot

    async def deliver(self, outcomes: Sequence[Outcome]) -> list[bool]:
        by_partition: dict[int, list[int]] = {}
        for i, outcome in enumerate(outcomes):
            by_partition.setdefault(outcome.partition if outcome.partition is not None else -1,
                                    []).append(i)
        written = [False] * len(outcomes)
        for partition, indexes in by_partition.items():
            ok = await self._deliver_partition(partition, [outcomes[i] for i in indexes])
            for i in indexes:
                written[i] = ok
        return written

    async def _deliver_partition(self, partition: int, outcomes: list[Outcome]) -> bool:
        attempt = 0
        while True:
            if not self.is_assigned(partition):
                return False
            try:
                slot = await self._slot(partition)
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 — broker unreachable, coordinator moving
                attempt += 1
                await self._pause(attempt, f"partition {partition}: opening the producer", exc)
                continue
            todo = [o for o in outcomes if not self.already_written(partition, o.offset)]
            if not todo:
                return True  # a transaction before the last fencing already wrote them
            try:
                await asyncio.wait_for(self._transaction(slot, partition, todo),
                                       self.settings.delivery_timeout)
            except asyncio.CancelledError:
                slot.broken = True
                raise
            except Exception as exc:  # noqa: BLE001 — the outcome is decided after re-fencing
                slot.broken = True
                attempt += 1
                if isinstance(exc, FENCED) and not self.is_assigned(partition):
                    return False
                await self._pause(attempt, f"partition {partition}: transaction", exc)
                continue
            self._advance(partition, todo[-1].offset)
            return True

    async def _transaction(self, slot: _Slot, partition: int, outcomes: list[Outcome]) -> None:
        producer = slot.producer
        async with slot.lock:
            if not slot.open:
                await producer.begin_transaction()
                slot.open = True
            futures = [await producer.send(r.topic, value=r.value, key=r.key)
                       for o in outcomes for r in o.records]
            await asyncio.gather(*futures)
            last = outcomes[-1].offset
            if last is not None:
                tp = TopicPartition(self.settings.topic_raw, partition)
                await producer.send_offsets_to_transaction({tp: last + 1}, self.settings.app_id)
            await producer.commit_transaction()
            slot.open = False


def _retrieve(task: asyncio.Task[Any]) -> None:
    """Mark a background task's exception as seen (the agent retries and logs it)."""
    if not task.cancelled():
        task.exception()


async def _quietly(awaitable: Any, timeout: float = 10.0) -> None:
    """Best-effort cleanup: a client that cannot close in time is abandoned, not awaited."""
    try:
        await asyncio.wait_for(awaitable, timeout)
    except asyncio.CancelledError:
        raise
    except Exception as exc:  # noqa: BLE001
        log.debug("cleanup failed: %r", exc)


def make_delivery(settings: Settings, is_assigned: Callable[[int], bool]) -> Delivery:
    cls = TransactionalDelivery if settings.exactly_once else AtLeastOnceDelivery
    return cls(settings, is_assigned)
