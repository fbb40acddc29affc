"""Confidence of an event participant, read from a table fitted on annotated articles.

A constant tells a consumer nothing. What separates right from wrong participants on the
own annotated sets is coarse and visible in the record: the role, whether the participant
is a named person or organisation, a place, or an unnamed phrase, and whether it came from
an earlier mention of the happening (`context`). Each such bucket gets the share of its
participants that were right on the tuning halves (smoothed towards the overall share), so
a confidence of 0.8 means "about 8 in 10 of these were right". The table is fitted and
checked on the held-out halves by `python -m service.evaluation.role_confidence`.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

TABLE = Path(__file__).parent / "lexicons" / "role_confidence.json"

NAMED = {"PER", "PERSON", "ORG", "NORP"}
PLACES = {"LOC", "GPE", "FAC"}


def role_bucket(actor: dict[str, Any], entity_type: str | None) -> str:
    """The bucket an actor falls in: role | name, place or phrase | sentence or context."""
    if entity_type in NAMED:
        kind = "name"
    elif entity_type in PLACES or actor.get("metonymy"):
        kind = "place"
    else:
        kind = "phrase"
    origin = "context" if actor.get("context") else "sentence"
    return f"{actor.get('role')}|{kind}|{origin}"


@cache
def load_table(path: Path = TABLE) -> dict[str, float]:
    """Bucket -> confidence; empty when the table is missing (no confidence is given)."""
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: float(v["confidence"]) for k, v in data["buckets"].items()}


def confidence_of(actor: dict[str, Any], entity_type: str | None) -> float | None:
    """The fitted confidence of the actor's bucket, or None for a bucket never seen."""
    return load_table().get(role_bucket(actor, entity_type))
