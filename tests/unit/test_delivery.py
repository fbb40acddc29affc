"""At-least-once delivery without a broker: a failed write is retried until it is written, only
what failed is sent again, and a revoked partition is given up (never reported as written)."""

import asyncio

import pytest
from aiokafka.errors import KafkaTimeoutError

from service.config import Settings
from service.delivery import AtLeastOnceDelivery, Outcome, OutputRecord

SETTINGS = Settings(retry_backoff_max=0.01, delivery_timeout=1.0)


class FlakyProducer:
    """Fails the first ``failures`` sends of records whose value starts with b"flaky"."""

    def __init__(self, failures: int):
        self.failures = failures
        self.written: list[bytes] = []

    async def send(self, topic, value=None, key=None):
        fut = asyncio.get_running_loop().create_future()
        if value.startswith(b"flaky") and self.failures:
            self.failures -= 1
            fut.set_exception(KafkaTimeoutError("no leader"))
        else:
            self.written.append(value)
            fut.set_result(None)
        return fut


def outcome(partition, offset, *values):
    return Outcome(partition, offset, [OutputRecord("t", b"k", v) for v in values])


def run(delivery, outcomes):
    return asyncio.run(delivery.deliver(outcomes))


def test_failed_records_are_retried_until_written_and_only_they():
    producer = FlakyProducer(failures=3)
    delivery = AtLeastOnceDelivery(SETTINGS, lambda p: True)
    delivery._producer = producer
    outcomes = [outcome(0, 5, b"a1", b"flaky-1"), outcome(1, 9, b"b1")]
    assert run(delivery, outcomes) == [True, True]
    assert sorted(producer.written) == [b"a1", b"b1", b"flaky-1"]  # no second a1
    assert delivery.already_written(0, 5) and not delivery.already_written(0, 6)


def test_a_partition_revoked_during_retries_is_given_up():
    producer = FlakyProducer(failures=10**6)
    owned = {0, 1}
    delivery = AtLeastOnceDelivery(SETTINGS, lambda p: p in owned)
    delivery._producer = producer

    async def revoke_soon():
        await asyncio.sleep(0.2)
        owned.discard(0)

    async def scenario():
        task = asyncio.ensure_future(revoke_soon())
        result = await delivery.deliver([outcome(0, 1, b"flaky"), outcome(1, 1, b"fine")])
        await task
        return result

    assert asyncio.run(scenario()) == [False, True]
    assert not delivery.already_written(0, 1)


def test_the_floor_never_passes_an_unwritten_message_of_its_partition():
    """Offset 1 fails (its output partition has no leader), offset 2 is written, then the
    partition is revoked: when 1 and 2 come again, 1 must not count as written."""
    producer = FlakyProducer(failures=10**6)
    owned = {0}
    delivery = AtLeastOnceDelivery(SETTINGS, lambda p: p in owned)
    delivery._producer = producer

    async def revoke_soon():
        await asyncio.sleep(0.2)
        owned.discard(0)

    async def scenario():
        task = asyncio.ensure_future(revoke_soon())
        result = await delivery.deliver([outcome(0, 0, b"ok-0"), outcome(0, 1, b"flaky"),
                                         outcome(0, 2, b"ok-2")])
        await task
        return result

    assert asyncio.run(scenario()) == [True, False, True]
    assert producer.written == [b"ok-0", b"ok-2"]
    assert delivery.already_written(0, 0)
    assert not delivery.already_written(0, 1) and not delivery.already_written(0, 2)


def test_no_producer_yet_is_retried_not_lost(monkeypatch):
    delivery = AtLeastOnceDelivery(SETTINGS, lambda p: True)
    producer = FlakyProducer(failures=0)
    attempts = []

    async def ensure():
        attempts.append(1)
        if len(attempts) < 3:
            raise ConnectionError("broker not up yet")
        return producer

    monkeypatch.setattr(delivery, "_ensure_producer", ensure)
    assert run(delivery, [outcome(0, 0, b"x")]) == [True]
    assert producer.written == [b"x"] and len(attempts) == 3


# --- exactly_once: per-partition transactions, fencing, the floor ---------------------------

class FakeTxnProducer:
    """Records what a transactional producer is asked to do; ``gate`` holds start() open."""

    instances: list["FakeTxnProducer"] = []
    gate: asyncio.Event | None = None

    def __init__(self, transactional_id=None, **kwargs):
        self.transactional_id = transactional_id
        self.calls: list[tuple] = []
        self.stopped = False
        FakeTxnProducer.instances.append(self)

    async def start(self):
        if FakeTxnProducer.gate is not None:
            await FakeTxnProducer.gate.wait()

    async def stop(self):
        self.stopped = True

    async def begin_transaction(self):
        self.calls.append(("begin",))

    async def send(self, topic, value=None, key=None):
        self.calls.append(("send", value))
        fut = asyncio.get_running_loop().create_future()
        fut.set_result(None)
        return fut

    async def send_offsets_to_transaction(self, offsets, group_id):
        self.calls.append(("offsets", {tp.partition: o for tp, o in offsets.items()}, group_id))

    async def commit_transaction(self):
        self.calls.append(("commit",))


@pytest.fixture
def txn(monkeypatch):
    from service import delivery as module

    FakeTxnProducer.instances = []
    FakeTxnProducer.gate = None
    monkeypatch.setattr(module, "AIOKafkaProducer", FakeTxnProducer)
    committed = {0: 7, 1: -1}
    owned = {0, 1}

    async def fake_committed(self, partition):
        return committed[partition]

    monkeypatch.setattr(module.TransactionalDelivery, "_committed", fake_committed)
    d = module.TransactionalDelivery(SETTINGS.model_copy(update={"app_id": "app",
                                                                  "topic_raw": "raw"}),
                                     lambda p: p in owned)
    return d, owned, committed


def test_a_batch_is_one_transaction_with_its_offsets(txn):
    delivery, _, _ = txn

    async def scenario():
        await delivery.assigned({0})
        return await delivery.deliver([outcome(0, 7, b"a", b"b"), outcome(0, 8, b"c")])

    assert asyncio.run(scenario()) == [True, True]
    producer = FakeTxnProducer.instances[0]
    assert producer.transactional_id == "app-raw-0"
    assert producer.calls == [("begin",), ("send", b"a"), ("send", b"b"), ("send", b"c"),
                              ("offsets", {0: 9}, "app"), ("commit",)]


def test_messages_below_the_committed_offset_are_skipped_after_fencing(txn):
    delivery, _, _ = txn  # partition 0 was committed up to 7 by a previous owner

    async def scenario():
        await delivery.assigned({0})
        await delivery._slot(0)
        assert delivery.already_written(0, 6) and not delivery.already_written(0, 7)
        return await delivery.deliver([outcome(0, 5, b"old"), outcome(0, 6, b"old")])

    assert asyncio.run(scenario()) == [True, True]
    assert ("send", b"old") not in FakeTxnProducer.instances[0].calls


def test_a_partition_revoked_while_fencing_gets_no_producer(txn):
    delivery, owned, _ = txn

    async def scenario():
        FakeTxnProducer.gate = asyncio.Event()
        await delivery.assigned({1})
        await asyncio.sleep(0)
        owned.discard(1)
        await delivery.revoked({1})
        FakeTxnProducer.gate.set()
        await asyncio.sleep(0.05)
        return await delivery.deliver([outcome(1, 0, b"x")])

    assert asyncio.run(scenario()) == [False]
    assert 1 not in delivery._slots
    assert all(p.stopped for p in FakeTxnProducer.instances)
