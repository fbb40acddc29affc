"""``newsflow produce`` progress: quiet on short runs, a rewritten line on a terminal, plain
lines in a log file."""

from __future__ import annotations

import io

from service.cli import Progress


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_short_runs_print_nothing():
    out, clock = io.StringIO(), Clock()
    progress = Progress(out, "produce", every=1000, interval=2.0, clock=clock)
    for n in range(1, 500):
        clock.now += 0.001
        progress.update(n)
    progress.finish()
    assert out.getvalue() == ""


def test_every_n_messages_or_interval_as_plain_lines():
    out, clock = io.StringIO(), Clock()
    progress = Progress(out, "produce", every=100, interval=2.0, clock=clock)
    for n in range(1, 251):
        progress.update(n)  # no time passes: only the count triggers
    clock.now += 2.5
    progress.update(251, problems=2)  # time triggers
    lines = out.getvalue().splitlines()
    assert lines[:2] == ["newsflow produce: 100 sent, 0/s, 0 s",
                         "newsflow produce: 200 sent, 0/s, 0 s"]
    assert lines[2] == "newsflow produce: 251 sent, 2 problem(s), 100/s, 2 s"
    assert "\r" not in out.getvalue()


def test_terminal_line_is_rewritten_and_cleared():
    out, clock = Tty(), Clock()
    progress = Progress(out, "produce", every=10, interval=60.0, clock=clock)
    for n in range(1, 21):
        clock.now += 0.1
        progress.update(n)
    progress.finish()
    text = out.getvalue()
    assert "\n" not in text
    assert text.count("\r") == 3  # two updates and the final clear
    assert "\rnewsflow produce: 20 sent, 10/s, 2 s\x1b[K" in text
    assert text.endswith("\r\x1b[K")
