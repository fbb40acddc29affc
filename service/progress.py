"""A one-line progress display on stderr for long offline runs (backfills, benchmarks).

It redraws at most twice a second and only where a person watches (stderr is a terminal),
unless forced: a log file must not fill with carriage returns.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO


def _duration(seconds: float) -> str:
    seconds = int(round(seconds))
    if seconds >= 3600:
        return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"
    if seconds >= 60:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds}s"


class Progress:
    """Counts finished items; ``total`` (when known) gives a percentage and an ETA."""

    def __init__(self, total: int | None = None, *, label: str = "articles",
                 stream: TextIO | None = None, enabled: bool | None = None,
                 interval: float = 0.5) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self.total = total
        self.label = label
        self.interval = interval
        self.done = 0
        self._started = time.monotonic()
        self._drawn = 0.0

    def line(self, now: float | None = None) -> str:
        elapsed = max(1e-9, (now or time.monotonic()) - self._started)
        rate = self.done / elapsed
        parts = [f"{self.done}" + (f"/{self.total}" if self.total else "") + f" {self.label}"]
        if self.total:
            parts.append(f"{100 * self.done / self.total:3.0f}%")
        parts.append(f"{rate:.1f}/s")
        if self.total and rate > 0:
            parts.append(f"ETA {_duration(max(0, self.total - self.done) / rate)}")
        parts.append(f"elapsed {_duration(elapsed)}")
        return "  ".join(parts)

    def update(self, n: int = 1) -> None:
        self.done += n
        now = time.monotonic()
        if self.enabled and now - self._drawn >= self.interval:
            self._drawn = now
            self.stream.write("\r" + self.line(now) + "\x1b[K")
            self.stream.flush()

    def close(self) -> None:
        if self.enabled:
            self.stream.write("\r" + self.line() + "\x1b[K\n")
            self.stream.flush()
