"""Worker log formats: ``NEWSFLOW_LOG_FORMAT=text`` (Faust's own lines) or ``json``.

JSON is for log collectors (Loki, Elasticsearch, CloudWatch …): one object per line, so a
traceback or a message with a newline can never be split into several entries, and the
message a line concerns (article id, topic, partition, offset) is a field to filter on instead
of text to parse. Log calls pass those with ``extra=message_context(...)``.

Faust's worker replaces the root logger's handlers when it starts (``mode.Worker`` →
``setup_logging`` → ``logging.config.dictConfig``); handing it :func:`logging_config` as the
app's ``logging_config`` is how this format survives that.
"""

from __future__ import annotations

import json
import logging
import logging.config
from datetime import UTC, datetime
from typing import Any

# LogRecord attributes (set with ``extra=``) that name the Kafka message a line is about
MESSAGE_FIELDS = ("article_id", "topic", "partition", "offset")


def message_context(topic: str | None = None, partition: int | None = None,
                    offset: int | None = None, article_id: str | None = None
                    ) -> dict[str, Any]:
    """``extra=`` for a log call about one message; unknown parts are left out."""
    context = {"topic": topic, "partition": partition, "offset": offset,
               "article_id": article_id}
    return {k: v for k, v in context.items() if v is not None}


class JsonFormatter(logging.Formatter):
    """time (UTC, ms), level, logger, message, the message fields present, exception."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(
                timespec="milliseconds").replace("+00:00", "Z"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        for field in MESSAGE_FIELDS:
            value = record.__dict__.get(field)
            if value is not None:
                entry[field] = value
        if record.exc_info:
            record.exc_text = record.exc_text or self.formatException(record.exc_info)
        if record.exc_text:
            entry["exception"] = record.exc_text
        if record.stack_info:
            entry["stack"] = self.formatStack(record.stack_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


def logging_config(log_format: str, level: str) -> dict[str, Any] | None:
    """The ``dictConfig`` Faust's worker should apply; None keeps Faust's own (text) setup."""
    if log_format != "json":
        return None
    return {
        "version": 1,
        "disable_existing_loggers": False,  # module loggers exist already (service.agents …)
        "formatters": {"json": {"()": f"{__name__}.JsonFormatter"}},
        "handlers": {"default": {"class": "logging.StreamHandler", "stream": "ext://sys.stderr",
                                 "formatter": "json"}},
        "root": {"level": level.upper(), "handlers": ["default"]},
    }


def configure(log_format: str, level: str) -> None:
    """Logging before Faust takes over (e.g. waiting for the broker at start)."""
    config = logging_config(log_format, level)
    if config is None:
        logging.basicConfig(level=level.upper(), format="[%(asctime)s] %(message)s")
    else:
        logging.config.dictConfig(config)
