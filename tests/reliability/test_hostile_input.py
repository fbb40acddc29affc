"""No input can lose a message: a generated corpus of hostile messages through a real worker on
the real broker, every raw offset accounted for by exactly one output."""

from __future__ import annotations

import asyncio
from collections import Counter

from service.records import ERROR_CODES
from tests.conftest import assert_valid
from tests.reliability.fuzz import GENERATORS, corpus
from tests.reliability.harness import Run, Worker, article, produce, wait_accounted

N_HOSTILE = 1200


def test_every_hostile_message_ends_as_exactly_one_output(broker, tmp_path):
    run = Run(broker)
    worker = Worker("fuzz", run.env(NEWSFLOW_MAX_TEXT_CHARS="4000",
                                    NEWSFLOW_MAX_MESSAGE_BYTES="65536",
                                    NEWSFLOW_BATCH_SIZE="32"), tmp_path).start()
    try:
        worker.wait_ready()
        hostile = corpus(N_HOSTILE)
        assert {name for name, _ in hostile} == {g.__name__.lstrip("_") for g in GENERATORS}
        messages = []
        for n, (_, payload) in enumerate(hostile):
            messages.append((f"fz-{n}".encode(), payload))
            if n % 10 == 0:  # valid articles in between: none may be lost next to a bad one
                messages.append(article(n, prefix="ok"))
        sent = asyncio.run(produce(broker.bootstrap, run.topics["raw"], messages))
        assert sent == len(messages)
        result = wait_accounted(run, timeout=240)

        assert result.raw == len(messages)
        assert result.lost == [], result.lost[:10]
        assert result.duplicated == [], result.duplicated[:10]  # no restart, so exactly once
        assert set(result.dead_letters) <= set(ERROR_CODES)
        valid = sum(1 for key, _ in messages if key.startswith(b"ok-"))
        assert result.enriched >= valid
        print(f"\n{len(messages)} messages ({N_HOSTILE} hostile): {result.summary()}")
        # the worker never crashed, and is still ready
        assert worker.running()
        status, body = worker.readyz()
        assert status == 200 and body["agent_crashes"] == 0, body
        metrics = worker.metrics()
        assert "newsflow_agent_crashes_total 0.0" in metrics
        assert "newsflow_agent_starts_total 1.0" in metrics
    finally:
        worker.terminate()


def test_outputs_of_the_hostile_run_are_schema_valid(broker, tmp_path):
    """A smaller run whose every output record is checked against its schema."""
    from tests.reliability.harness import read_all

    run = Run(broker)
    worker = Worker("fuzz2", run.env(NEWSFLOW_MAX_TEXT_CHARS="4000",
                                     NEWSFLOW_MAX_MESSAGE_BYTES="65536"), tmp_path).start()
    try:
        worker.wait_ready()
        messages = [(f"fz-{n}".encode(), p) for n, (_, p) in enumerate(corpus(150, seed=5))]
        asyncio.run(produce(broker.bootstrap, run.topics["raw"], messages))
        result = wait_accounted(run, timeout=120)
        assert not result.lost
        records = asyncio.run(read_all(broker.bootstrap, list(run.topics.values())))
        kinds = Counter()
        for kind, schema in (("enriched", "enriched_article"), ("dlq", "dead_letter"),
                             ("quotes", "quote"), ("events", "event")):
            for _, value in records[run.topics[kind]]:
                assert_valid(schema, value)
                kinds[kind] += 1
        assert kinds["dlq"] > 50 and kinds["enriched"] > 0
    finally:
        worker.terminate()
