"""Repeated log lines collapse into one line per back-off window.

When the broker goes away, aiokafka and Faust log the same connection error many times a
second per client. The first occurrence of a message (same logger, level and format string) is
logged; repeats within its window are counted and dropped, and the window doubles each time it
fills (1 s, 2 s, 4 s … up to a minute), so an outage costs a handful of lines, each saying how
many it stands for. A message that has been quiet for a minute starts over.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

FIRST_WINDOW = 1.0
MAX_WINDOW = 60.0


@dataclass
class _Seen:
    until: float
    window: float
    suppressed: int = 0


class ThrottleFilter(logging.Filter):
    """Attach to handlers (not loggers): handler filters see every propagated record."""

    def __init__(self, min_level: int = logging.WARNING,
                 clock: Callable[[], float] | None = None) -> None:
        super().__init__()
        self.min_level = min_level
        self.clock = clock or time.monotonic
        self._seen: dict[tuple[str, int, str], _Seen] = {}
        self._lock = threading.Lock()

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno < self.min_level:
            return True
        key = (record.name, record.levelno, str(record.msg))
        now = self.clock()
        with self._lock:
            seen = self._seen.get(key)
            if seen is None or now > seen.until + MAX_WINDOW:
                self._seen[key] = _Seen(until=now + FIRST_WINDOW, window=FIRST_WINDOW)
                if len(self._seen) > 10_000:  # bounded: forget the oldest windows
                    for old in list(self._seen)[:5_000]:
                        del self._seen[old]
                return True
            if now < seen.until:
                seen.suppressed += 1
                return False
            if seen.suppressed:
                record.msg = f"{record.msg} [and {seen.suppressed} more like this in the last " \
                             f"{seen.window:g} s]"
            seen.window = min(seen.window * 2, MAX_WINDOW)
            seen.until = now + seen.window
            seen.suppressed = 0
            return True


def install(logger: logging.Logger | None = None) -> ThrottleFilter:
    """Add one shared filter to every handler of ``logger`` (default: root)."""
    target = logger or logging.getLogger()
    throttle = ThrottleFilter()
    for handler in target.handlers:
        if not any(isinstance(f, ThrottleFilter) for f in handler.filters):
            handler.addFilter(throttle)
    return throttle
