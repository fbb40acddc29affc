"""At-least-once delivery without a broker: a failed write is retried until it is written, only
what failed is sent again, and a revoked partition is given up (never reported as written)."""

import asyncio

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
