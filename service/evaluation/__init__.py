"""Evaluation layer: corpus converters (SpkAtt-2023, SmartData), scorers and the ``eval`` CLI.

Pure Python on purpose: scoring must run in CI and on machines without models,
Kafka or the shared corpora. Predictions come from ``service.extract`` only when
the CLI is asked to produce them, and that import happens lazily.
"""

from service.evaluation.scoring import (
    PRF,
    Accuracy,
    EventScores,
    QuoteScores,
    TimexScores,
    format_event_scores,
    format_quote_scores,
    format_table,
    format_timex_scores,
    score_events,
    score_quotes,
    score_timex,
)

__all__ = [
    "PRF",
    "Accuracy",
    "EventScores",
    "QuoteScores",
    "TimexScores",
    "format_event_scores",
    "format_quote_scores",
    "format_table",
    "format_timex_scores",
    "score_events",
    "score_quotes",
    "score_timex",
]
