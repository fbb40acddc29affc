"""One broker of its own for the reliability tests (scripts/kafka.sh on a free port): they stop
and restart it, which must not disturb the broker the other tests use."""

from __future__ import annotations

import pytest

from tests.reliability.harness import Broker


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/reliability" in str(item.fspath):
            item.add_marker(pytest.mark.integration)
            item.add_marker(pytest.mark.reliability)


@pytest.fixture(scope="session")
def broker():
    broker = Broker()
    broker.start()
    yield broker
    broker.stop()
    broker.reset()
