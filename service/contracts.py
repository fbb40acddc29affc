"""The output schemas as compiled validators: nothing leaves newsflow that its contract rejects.

The JSON Schemas in ``schemas/`` (shipped inside the package as ``service/schemas``) are what
downstream consumers validate against. Checking every record before it is sent turns an
extractor bug into a dead letter with a reason instead of a record that breaks a consumer.
fastjsonschema compiles each schema to Python once, so the check costs little per record.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from importlib import resources
from typing import Any

import fastjsonschema

# record kind -> schema file
SCHEMA_FILES = {
    "enriched_article": "enriched_article.v1.json",
    "quote": "quote.v1.json",
    "event": "event.v1.json",
    "dead_letter": "dead_letter.v1.json",
    "raw_article": "raw_article.v1.json",
}


class ContractViolation(ValueError):
    """A record its schema rejects; the message says where and why."""


@cache
def _documents() -> dict[str, dict[str, Any]]:
    folder = resources.files("service") / "schemas"
    docs = {}
    for name in SCHEMA_FILES.values():
        doc = json.loads((folder / name).read_text(encoding="utf-8"))
        docs[doc["$id"]] = doc
    return docs


def schema(kind: str) -> dict[str, Any]:
    docs = _documents()
    for doc in docs.values():
        if doc["$id"].endswith("/" + SCHEMA_FILES[kind]):
            return doc
    raise KeyError(kind)


@cache
def _validator(kind: str) -> Callable[[Any], Any]:
    docs = _documents()

    def resolve(uri: str) -> dict[str, Any]:  # refs between our own files, never the network
        return docs[uri.split("#", 1)[0]]

    return fastjsonschema.compile(schema(kind), handlers={"https": resolve, "http": resolve})


def validate(kind: str, record: dict[str, Any]) -> None:
    """Raise :class:`ContractViolation` unless ``record`` is a valid ``kind`` record."""
    try:
        _validator(kind)(record)
    except fastjsonschema.JsonSchemaValueException as exc:
        raise ContractViolation(f"{kind} record violates its schema: {exc.message}") from None


def warm_up() -> None:
    """Compile every validator now, so a broken schema stops the worker at start."""
    for kind in SCHEMA_FILES:
        _validator(kind)
