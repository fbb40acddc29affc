"""Every Prometheus metric newsflow exports, defined once (default registry, which the Faust
sensors share, so ``/metrics`` shows both)."""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram

ARTICLES = Counter(
    "newsflow_articles_total", "Raw articles processed, by outcome and language.",
    ["status", "language"])
STAGE_SECONDS = Histogram(
    "newsflow_stage_seconds", "Time spent per processing stage (per batch).", ["stage"],
    buckets=(0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120))
QUOTES = Counter(
    "newsflow_quotes_extracted_total", "Quotes extracted, by language and kind.",
    ["language", "kind"])
EVENTS = Counter(
    "newsflow_events_extracted_total", "Events extracted, by language and type.",
    ["language", "type"])
DEAD_LETTERS = Counter(
    "newsflow_dead_letters_total", "Messages sent to the dead-letter topic, by error code.",
    ["code"])
BATCH_SIZE = Histogram(
    "newsflow_batch_articles", "Articles per extraction batch.",
    buckets=(1, 2, 4, 8, 16, 32, 64, 128))
EXTRACTION_RETRIES = Counter(
    "newsflow_extraction_batch_retries_total",
    "Batches whose extraction failed and were retried article by article.")
READY = Gauge("newsflow_ready", "1 when pipelines are loaded and partitions assigned.")
