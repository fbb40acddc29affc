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
READY = Gauge("newsflow_ready", "1 when /readyz answers 200 (see README: Metrics and health).")
# --- reliability: crashes, retries, lag, health ----------------------------------------------
AGENT_STARTS = Counter(
    "newsflow_agent_starts_total", "Times the enrich agent started (restarts = starts - 1).")
AGENT_CRASHES = Counter(
    "newsflow_agent_crashes_total", "Times the enrich agent died on an exception (the worker "
    "then stops with status 70 and is restarted by its supervisor).")
BATCH_FAILURES = Counter(
    "newsflow_batch_failures_total", "Batches that raised and were retried (not acknowledged).")
INTERNAL_ERRORS = Counter(
    "newsflow_internal_errors_total",
    "Unexpected exceptions caught per message (the message was dead-lettered), by stage.",
    ["stage"])
DELIVERY_RETRIES = Counter(
    "newsflow_delivery_retries_total",
    "Attempts to write a batch's output that failed and were retried (never acknowledged).")
REDELIVERED_SKIPPED = Counter(
    "newsflow_redelivered_skipped_total",
    "Messages consumed again after a rebalance whose output was already written.")
STALE_MESSAGES = Counter(
    "newsflow_stale_messages_total",
    "Messages taken before a rebalance and dropped unwritten and unacknowledged (the new "
    "consumer generation reads them again from the committed offset).")
RECORD_WARNINGS = Counter(
    "newsflow_record_warnings_total",
    "Warnings put on enriched records (a bad optional field, a failed component).",
    ["component", "code"])
CONSUMER_LAG = Gauge(
    "newsflow_consumer_lag", "Messages of the raw topic not yet committed, per partition this "
    "worker owns (end offset - committed offset).", ["topic", "partition"])
BROKER_REACHABLE = Gauge(
    "newsflow_broker_reachable", "1 when the last broker check succeeded.")
EXTRACTION_PROCESSES = Gauge(
    "newsflow_extraction_processes_alive", "Extraction processes (or threads) alive.")
