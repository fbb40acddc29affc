"""Shared test helpers: schema validators built from the repo's schemas/ (the contract)."""

from __future__ import annotations

import json
import time
from functools import cache
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource

ROOT = Path(__file__).resolve().parent.parent
SCHEMAS = ROOT / "schemas"


@cache
def _registry() -> Registry:
    resources = []
    for path in SCHEMAS.glob("*.json"):
        schema = json.loads(path.read_text(encoding="utf-8"))
        resource = Resource.from_contents(schema)
        resources.append((schema["$id"], resource))
    return Registry().with_resources(resources)


@cache
def validator(name: str) -> Draft202012Validator:
    schema = json.loads((SCHEMAS / f"{name}.v1.json").read_text(encoding="utf-8"))
    return Draft202012Validator(schema, registry=_registry(), format_checker=FormatChecker())


def assert_valid(name: str, record: dict) -> None:
    errors = sorted(validator(name).iter_errors(record), key=lambda e: list(e.path))
    assert not errors, f"{name} record invalid: " + "; ".join(
        f"{list(e.path)}: {e.message}" for e in errors[:5])


@pytest.fixture(scope="session")
def seed_text() -> str:
    return (ROOT / "seeds" / "seed_de.txt").read_text(encoding="utf-8")


def best_time(nlp, text: str, runs: int = 3) -> float:
    """Fastest of a few runs: the least noisy measure for size ratios within one test."""
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        nlp(text)
        best = min(best, time.perf_counter() - start)
    return best
