"""Repeated log lines collapse into one per doubling window, each saying how many it stands for."""

import logging

from service.log_throttle import MAX_WINDOW, ThrottleFilter


class Clock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now


def record(msg="Unable connect to node %s", level=logging.ERROR, name="aiokafka"):
    return logging.LogRecord(name, level, __file__, 1, msg, ("1",), None)


def test_a_storm_becomes_a_few_lines():
    clock = Clock()
    throttle = ThrottleFilter(clock=clock)
    passed = []
    for _ in range(60 * 85):  # 85 errors a second for a minute, as seen in the outage
        clock.now += 1 / 85
        r = record()
        if throttle.filter(r):
            passed.append(r.getMessage())
    assert 5 <= len(passed) <= 10, len(passed)
    assert "more like this" in passed[-1]
    clock.now += 40  # the storm's last window closes: the next line reports what it held
    last = record()
    assert throttle.filter(last)
    passed.append(last.getMessage())
    reported = sum(int(m.split("[and ")[1].split()[0]) for m in passed[1:])
    assert reported + len(passed) == 60 * 85 + 1


def test_other_messages_and_info_lines_pass():
    clock = Clock()
    throttle = ThrottleFilter(clock=clock)
    assert throttle.filter(record())
    assert not throttle.filter(record())
    assert throttle.filter(record(msg="another message %s"))
    assert throttle.filter(record(level=logging.INFO))
    assert throttle.filter(record(level=logging.INFO))


def test_a_quiet_message_starts_over():
    clock = Clock()
    throttle = ThrottleFilter(clock=clock)
    assert throttle.filter(record())
    clock.now = 3 * MAX_WINDOW
    r = record()
    assert throttle.filter(r) and "more like this" not in r.getMessage()
