"""The Faust app: topics, web routes (/metrics, /healthz, /readyz) and lifecycle. No NLP here."""

from __future__ import annotations

import logging
from typing import Any

import faust
from faust.sensors.prometheus import setup_prometheus_sensors
from faust.web import Request, Response, View

from service import metrics
from service.agents import register_agent
from service.config import Settings
from service.extraction_pool import ExtractionPool

log = logging.getLogger(__name__)


def create_app(settings: Settings | None = None) -> faust.App:
    settings = settings or Settings.from_env()
    app = faust.App(
        settings.app_id,
        broker=settings.broker,
        processing_guarantee=settings.processing_guarantee,
        store="memory://",
        datadir=settings.data_dir,
        web_bind=settings.web_bind,
        web_port=settings.web_port,
        web_host="127.0.0.1",
        topic_partitions=settings.topic_partitions,
        topic_replication_factor=settings.topic_replication,
        producer_max_request_size=max(settings.max_message_bytes * 2, 1024 * 1024),
        consumer_auto_offset_reset="earliest",
        # extraction runs in an executor, but a slow batch must still not look like a
        # dead consumer
        broker_max_poll_interval=max(300.0, settings.extract_timeout * 3),
        stream_wait_empty=False,
    )
    app.newsflow_settings = settings
    topic = dict(key_type=bytes, value_type=bytes, key_serializer="raw",
                 value_serializer="raw", partitions=settings.topic_partitions)
    app.newsflow_topics = {
        "raw": app.topic(settings.topic_raw, **topic),
        "enriched": app.topic(settings.topic_enriched, **topic),
        "quotes": app.topic(settings.topic_quotes, **topic),
        "events": app.topic(settings.topic_events, **topic),
        "dlq": app.topic(settings.topic_dlq, **topic),
    }
    pool = ExtractionPool(settings.pipelines, kind=settings.extract_executor,
                          workers=settings.extract_workers, batch_size=settings.batch_size,
                          timeout=settings.extract_timeout,
                          speech_events=settings.speech_events)
    app.newsflow_pool = pool
    state = {"pipelines": False, "assigned": 0}
    app.newsflow_state = state
    register_agent(app, settings, pool)
    setup_prometheus_sensors(app, pattern="/metrics", name_prefix="newsflow_faust")

    def _update_ready() -> None:
        metrics.READY.set(1 if state["pipelines"] and state["assigned"] else 0)

    @app.on_partitions_assigned.connect
    async def on_assigned(sender: Any, assigned: Any, **kwargs: Any) -> None:
        state["assigned"] = sum(1 for tp in assigned if tp.topic == settings.topic_raw)
        _update_ready()

    @app.on_partitions_revoked.connect
    async def on_revoked(sender: Any, revoked: Any, **kwargs: Any) -> None:
        state["assigned"] = 0
        _update_ready()

    @app.task(on_leader=False)
    async def load_pipelines() -> None:
        info = await pool.start()
        state["pipelines"] = True
        _update_ready()
        log.info("pipelines loaded: %s", info)

    @app.page("/healthz")
    class Health(View):
        async def get(self, request: Request) -> Response:
            return self.json({"status": "ok"})

    @app.page("/readyz")
    class Ready(View):
        async def get(self, request: Request) -> Response:
            ready = bool(state["pipelines"] and state["assigned"])
            body = {"ready": ready, "pipelines_loaded": state["pipelines"],
                    "assigned_partitions": state["assigned"],
                    "pipelines": pool.pipeline_info}
            return self.json(body, status=200 if ready else 503)

    @app.service
    class PoolShutdown(faust.Service):  # stop worker processes with the app
        async def on_stop(self) -> None:
            await pool.stop()

    return app
