"""The Faust app: topics, the enrich agent, web routes (/metrics, /healthz, /readyz,
/inspect) and lifecycle. No NLP here."""

from __future__ import annotations

import logging
import os
import socket
from typing import Any

import faust
from faust.sensors.prometheus import setup_prometheus_sensors
from faust.web import Request, Response, View

from service import contracts, log_throttle, metrics
from service.agents import BatchProcessor, BatchRunner, register_agent
from service.config import Settings
from service.delivery import make_delivery
from service.extraction_pool import ExtractionPool, PoolUnavailable
from service.health import BrokerMonitor, Health
from service.inspector import web as inspector
from service.kafka_clients import faust_credentials

log = logging.getLogger(__name__)


class NewsflowWorker(faust.Worker):
    """Faust's worker, with repeated log lines collapsed (a broker outage would otherwise log
    dozens of identical errors per second)."""

    def on_setup_root_logger(self, logger: logging.Logger, level: int) -> None:
        super().on_setup_root_logger(logger, level)
        log_throttle.install(logger)


def create_app(settings: Settings | None = None) -> faust.App:
    settings = settings or Settings.from_env()
    contracts.warm_up()
    app = faust.App(
        settings.app_id,
        broker=settings.broker,
        broker_credentials=faust_credentials(settings),
        # exactly_once is done by service.delivery with its own transactions, batch by batch;
        # Faust only consumes
        processing_guarantee="at_least_once",
        store="memory://",
        datadir=settings.data_dir,
        web_bind=settings.web_bind,
        web_port=settings.web_port,
        web_host="127.0.0.1",
        topic_partitions=settings.topic_partitions,
        topic_replication_factor=settings.topic_replication,
        producer_max_request_size=settings.max_record_bytes,
        consumer_auto_offset_reset="earliest",
        broker_session_timeout=settings.session_timeout,
        broker_heartbeat_interval=max(1.0, settings.session_timeout / 4),
        broker_request_timeout=max(90.0, settings.session_timeout * 2),
        # extraction runs in a process pool, but a slow batch must still not look like a
        # dead consumer
        broker_max_poll_interval=max(300.0, settings.extract_timeout * 3),
        stream_wait_empty=False,
        # one client id per worker process (Faust's default is "faust-<version>" for all), so
        # `newsflow stats` and the broker's tools tell the owners of partitions apart
        broker_client_id=f"{settings.app_id}-{socket.gethostname()}-{os.getpid()}",
        Worker=NewsflowWorker,
    )
    app.newsflow_settings = settings
    # Under exactly_once, offsets are committed inside our transactions only: with acks off,
    # Faust neither tracks nor commits the raw topic's offsets itself.
    topic = dict(key_type=bytes, value_type=bytes, key_serializer="raw",
                 value_serializer="raw", partitions=settings.topic_partitions)
    app.newsflow_topics = {
        "raw": app.topic(settings.topic_raw, acks=not settings.exactly_once, **topic),
        "enriched": app.topic(settings.topic_enriched, **topic),
        "quotes": app.topic(settings.topic_quotes, **topic),
        "events": app.topic(settings.topic_events, **topic),
        "dlq": app.topic(settings.topic_dlq, **topic),
    }
    pool = ExtractionPool(settings.pipelines, kind=settings.extract_executor,
                          workers=settings.extract_workers, batch_size=settings.batch_size,
                          timeout=settings.extract_timeout,
                          speech_events=settings.speech_events,
                          preload=settings.preload_languages)
    health = Health(pool_alive=pool.alive, pool_pids=pool.process_ids)
    delivery = make_delivery(settings, lambda partition: partition in health.assigned)
    runner = BatchRunner(BatchProcessor(settings, pool), delivery)
    app.newsflow_pool, app.newsflow_health, app.newsflow_delivery = pool, health, delivery
    app.newsflow_runner = runner
    register_agent(app, settings, runner, health)
    setup_prometheus_sensors(app, pattern="/metrics", name_prefix="newsflow_faust")

    def raw_partitions(tps: Any) -> set[int]:
        return {tp.partition for tp in tps if tp.topic == settings.topic_raw}

    @app.on_partitions_revoked.connect
    async def on_revoked(sender: Any, revoked: Any, **kwargs: Any) -> None:
        gone = raw_partitions(revoked)
        health.assigned -= gone
        await delivery.revoked(gone)

    @app.on_partitions_assigned.connect
    async def on_assigned(sender: Any, assigned: Any, **kwargs: Any) -> None:
        now = raw_partitions(assigned)
        gone = health.assigned - now
        if gone:
            await delivery.revoked(gone)
        health.assigned = now
        health.joined_group = True
        await delivery.assigned(now)
        log.info("raw partitions assigned: %s", sorted(now))

    async def pool_check() -> None:
        metrics.EXTRACTION_PROCESSES.set(pool.alive_count())
        if health.pipelines_loaded:
            try:
                await pool.ensure_alive()
            except PoolUnavailable as exc:
                log.error("%s", exc)
        metrics.READY.set(1 if health.ready() else 0)

    monitor = BrokerMonitor(settings, health, on_tick=pool_check)

    @app.task(on_leader=False)
    async def load_pipelines() -> None:
        info = await pool.start()
        health.pipelines_loaded = True
        log.info("pipelines loaded: %s", info)

    @app.task(on_leader=False)
    async def watch() -> None:
        await monitor.run()

    @app.page("/healthz")
    class Health_(View):
        async def get(self, request: Request) -> Response:
            return self.json({"status": "ok"})

    @app.page("/readyz")
    class Ready(View):
        async def get(self, request: Request) -> Response:
            body = health.report(pool.pipeline_info)
            return self.json(body, status=200 if body["ready"] else 503)

    inspector.register(app, runner.processor.recent)  # /inspect, /inspect/<id>

    @app.service
    class Shutdown(faust.Service):  # stop our own clients and processes with the app
        async def on_start(self) -> None:
            await delivery.start()

        async def on_stop(self) -> None:
            await pool.stop()
            await delivery.stop()
            await monitor.stop()

    return app
