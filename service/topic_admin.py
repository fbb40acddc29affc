"""Creates newsflow's topics before anything uses them.

Faust only creates its internal topics; a source topic that does not exist yet is silently
left out of the assignment, and a broker's auto-creation would pick its own partition count.
"""

from __future__ import annotations

import asyncio
import logging

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import TopicAlreadyExistsError

from service.config import Settings
from service.kafka_clients import client_kwargs

log = logging.getLogger(__name__)

# raw articles may be large, and a dead letter carries its original
LARGE_MESSAGE_CONFIG = {"max.message.bytes": str(16 * 1024 * 1024)}


def topic_names(settings: Settings) -> list[str]:
    return [settings.topic_raw, settings.topic_enriched, settings.topic_quotes,
            settings.topic_events, settings.topic_dlq]


async def ensure_topics(settings: Settings, timeout: float = 30.0) -> list[str]:
    """Create missing topics; returns the names created."""
    admin = AIOKafkaAdminClient(**client_kwargs(settings),
                                request_timeout_ms=int(timeout * 1000))
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        missing = [name for name in topic_names(settings) if name not in existing]
        created = []
        for name in missing:
            topic = NewTopic(name, settings.topic_partitions, settings.topic_replication,
                             topic_configs=dict(LARGE_MESSAGE_CONFIG))
            try:
                await admin.create_topics([topic])
                created.append(name)
            except TopicAlreadyExistsError:
                pass
        if created:
            log.info("created topics %s", created)
        return created
    finally:
        await admin.close()


def ensure_topics_sync(settings: Settings) -> list[str]:
    return asyncio.run(ensure_topics(settings))
