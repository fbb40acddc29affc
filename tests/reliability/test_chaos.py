"""The chaos run in CI (short plan; `make soak` runs the long one): kill -9s at random points,
a broker stop/start mid-stream, workers joining and leaving, a SIGTERM mid-batch; then every
raw offset is accounted for."""

from __future__ import annotations

import json
from dataclasses import asdict

import pytest

from tests.reliability.chaos import Plan, run

SHORT = dict(articles=240, duration=45.0, kills=3, broker_outage=6.0, extra_workers=2,
             sigterms=1, settle_timeout=180.0)


@pytest.mark.parametrize("guarantee", ["at_least_once", "exactly_once"])
def test_chaos_short(broker, tmp_path, guarantee):
    report = run(Plan(guarantee=guarantee, **SHORT), tmp_path, broker)
    print("\n" + json.dumps(asdict(report)))
    assert report.kills == SHORT["kills"] and report.sigterms == 1
    assert report.broker_restarts == 1 and report.workers_added == 2
    assert report.raw_messages >= SHORT["articles"]
    assert report.lost == 0, report.examples
    assert report.agent_crashes == 0 and report.orphans_after_kill == 0
    assert report.dead_letters_by_code  # the malformed ones came out as dead letters
    if guarantee == "exactly_once":
        assert report.duplicated == 0, report.examples
        assert report.output_set_mismatches == 0, report.examples
        assert report.enriched + report.dead_letters == report.raw_messages
