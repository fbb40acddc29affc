"""A worker with injected stream-layer bugs (input alone can no longer crash it), to test what
happens after one. Markers in a message's value:

* ``FLAKY-BATCH``: the first two attempts of a batch holding it raise (a transient fault);
* ``FAIL-BATCH``: every batch holding it raises, alone too (a deterministic bug);
* ``CRASH-STREAM``: the agent loop itself raises (a bug outside the batch handling), once
  per ``CRASH_ONCE_FILE`` (the file is created when it fires, so a restarted worker goes on).
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from pathlib import Path

from service import agents
from service.cli import main

_real_run = agents.BatchRunner.run
_real_message = agents.RawMessage
_flaky: Counter[tuple[int | None, int | None]] = Counter()


async def _run(self: agents.BatchRunner, batch: list[agents.RawMessage],
               prepared: object = None) -> list[bool]:
    # every attempt of a batch holding a flaky message counts for it, whatever else the batch
    # holds and in whichever order its partitions came (a FAIL-BATCH fetched first must not
    # keep the flaky message from recovering)
    flaky = [(m.partition, m.offset) for m in batch
             if b"FLAKY-BATCH" in (m.value or b"") and _flaky[(m.partition, m.offset)] < 2]
    if flaky:
        for key in flaky:
            _flaky[key] += 1
        raise ConnectionError("injected transient failure")
    if any(b"FAIL-BATCH" in (m.value or b"") for m in batch):
        raise RuntimeError("injected batch failure")
    return await _real_run(self, batch, prepared)  # type: ignore[arg-type]


def _message(value: bytes | None, *args: object) -> agents.RawMessage:
    once = Path(os.environ.get("CRASH_ONCE_FILE", "/nonexistent/crash-once"))
    if value and b"CRASH-STREAM" in value and not once.exists():
        once.touch()
        raise RuntimeError("injected agent crash")
    return _real_message(value, *args)  # type: ignore[arg-type]


agents.BatchRunner.run = _run  # type: ignore[method-assign]
agents.RawMessage = _message  # type: ignore[assignment,misc]

if __name__ == "__main__":
    sys.exit(main(["worker"]))
