"""What ``/readyz`` reports, and the monitor that keeps it true.

Ready means the worker can do its job right now: pipelines loaded, extraction processes alive,
the agent running, the broker answering, and a place in the consumer group. Each of these can
fail independently of the others while the process lives on, which is what ``/healthz`` says.
The monitor also exports consumer lag per partition this worker owns (end offset minus the
group's committed offset, the figure Kafka's own tools show).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from aiokafka import AIOKafkaConsumer
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.structs import TopicPartition

from service import metrics
from service.config import Settings
from service.kafka_clients import client_kwargs

log = logging.getLogger(__name__)


@dataclass
class Health:
    pipelines_loaded: bool = False
    pool_alive: Callable[[], bool] = lambda: False
    pool_pids: Callable[[], list[int]] = list
    agent_running: bool = False
    agent_crashes: int = 0
    fatal: str | None = None  # the agent crashed; the worker is stopping
    failing_batch: str | None = None  # the current batch raised and is being retried
    broker_reachable: bool = False
    broker_checked_at: float | None = None
    broker_error: str | None = None
    joined_group: bool = False
    assigned: set[int] = field(default_factory=set)
    lag: dict[int, int] = field(default_factory=dict)

    def problems(self) -> list[str]:
        out = []
        if not self.pipelines_loaded:
            out.append("pipelines not loaded")
        elif not self.pool_alive():
            out.append("extraction processes down")
        if self.fatal:
            out.append(f"agent crashed ({self.fatal}); worker stopping")
        elif not self.agent_running:
            out.append("agent not running")
        if self.failing_batch:
            out.append(f"batch failing, retried ({self.failing_batch})")
        if not self.broker_reachable:
            out.append(f"broker unreachable ({self.broker_error})" if self.broker_error
                       else "broker not checked yet")
        if not self.joined_group:
            out.append("not in the consumer group yet")
        return out

    def ready(self) -> bool:
        return not self.problems()

    def report(self, pipeline_info: dict[str, Any]) -> dict[str, Any]:
        problems = self.problems()
        metrics.READY.set(0 if problems else 1)
        return {
            "ready": not problems,
            "problems": problems,
            "pipelines_loaded": self.pipelines_loaded,
            "pipelines": pipeline_info,
            "extraction_processes": self.pool_pids(),
            "agent_running": self.agent_running,
            "agent_crashes": self.agent_crashes,
            "broker_reachable": self.broker_reachable,
            "broker_checked_at": self.broker_checked_at,
            "assigned_partitions": len(self.assigned),
            "partitions": sorted(self.assigned),
            "lag": {str(p): v for p, v in sorted(self.lag.items())},
        }


class BrokerMonitor:
    """Every ``health_interval`` seconds: is the broker there, and how far behind are we?"""

    def __init__(self, settings: Settings, health: Health,
                 on_tick: Callable[[], Any] | None = None) -> None:
        self.settings = settings
        self.health = health
        self.on_tick = on_tick
        self._consumer: AIOKafkaConsumer | None = None
        self._admin: AIOKafkaAdminClient | None = None
        self._exported: set[int] = set()

    async def _clients(self) -> tuple[AIOKafkaConsumer, AIOKafkaAdminClient]:
        timeout_ms = int(max(self.settings.health_interval, 2.0) * 1000)
        if self._consumer is None:
            consumer = AIOKafkaConsumer(**client_kwargs(self.settings), group_id=None,
                                        enable_auto_commit=False,
                                        request_timeout_ms=max(timeout_ms, 5000))
            await consumer.start()
            self._consumer = consumer
        if self._admin is None:
            admin = AIOKafkaAdminClient(**client_kwargs(self.settings),
                                        request_timeout_ms=max(timeout_ms, 5000))
            await admin.start()
            self._admin = admin
        return self._consumer, self._admin

    async def check(self) -> None:
        consumer, admin = await self._clients()
        raw = self.settings.topic_raw
        tps = [TopicPartition(raw, p) for p in sorted(self.health.assigned)]
        if not tps:
            await admin.describe_cluster()  # still prove the broker answers
            self._set_lag({})
            return
        ends = await consumer.end_offsets(tps)
        committed = await admin.list_consumer_group_offsets(self.settings.app_id,
                                                            partitions=tps)
        lag = {}
        for tp in tps:
            meta = committed.get(tp)
            done = meta.offset if meta is not None and meta.offset >= 0 else 0
            lag[tp.partition] = max(0, ends.get(tp, 0) - done)
        self._set_lag(lag)

    def _set_lag(self, lag: dict[int, int]) -> None:
        self.health.lag = lag
        raw = self.settings.topic_raw
        for partition in self._exported - set(lag):
            metrics.CONSUMER_LAG.remove(raw, str(partition))
        for partition, value in lag.items():
            metrics.CONSUMER_LAG.labels(raw, str(partition)).set(value)
        self._exported = set(lag)

    async def tick(self) -> None:
        timeout = max(self.settings.health_interval, 3.0)
        try:
            await asyncio.wait_for(self.check(), timeout)
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # noqa: BLE001 — unreachable, timing out, not authorised
            if self.health.broker_reachable:
                log.error("broker check failed: %s: %s", type(exc).__name__, exc)
            self.health.broker_reachable = False
            self.health.broker_error = f"{type(exc).__name__}: {exc}"[:300]
            metrics.BROKER_REACHABLE.set(0)
        else:
            if not self.health.broker_reachable and self.health.broker_checked_at:
                log.info("broker reachable again")
            self.health.broker_reachable = True
            self.health.broker_error = None
            metrics.BROKER_REACHABLE.set(1)
        self.health.broker_checked_at = time.time()
        if self.on_tick is not None:
            await self.on_tick()

    async def run(self) -> None:
        while True:
            await self.tick()
            await asyncio.sleep(self.settings.health_interval)

    async def stop(self) -> None:
        for client in (self._consumer, self._admin):
            if client is not None:
                try:
                    close = client.stop() if isinstance(client, AIOKafkaConsumer) else (
                        client.close())
                    await asyncio.wait_for(close, 5)
                except Exception as exc:  # noqa: BLE001
                    log.debug("closing monitor client: %r", exc)
        self._consumer = self._admin = None
