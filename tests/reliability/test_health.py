"""Health that tells the truth, no orphans, bounded failover, and what happens after a bug in
the stream layer itself, on the real broker with real worker processes."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import time

from tests.reliability.harness import (
    Run,
    Worker,
    alive,
    article,
    children_of,
    produce,
    wait_accounted,
)


def _wait_for(predicate, timeout: float, poll: float = 0.1):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(poll)
    return None


def _send_and_account(run: Run, n: int, prefix: str, timeout: float = 90):
    asyncio.run(produce(run.broker.bootstrap, run.topics["raw"],
                        [article(i, prefix=prefix) for i in range(n)]))
    return wait_accounted(run, timeout)


def test_broker_outage_readiness_quiet_logs_and_recovery(broker, tmp_path):
    run = Run(broker)
    worker = Worker("outage", run.env(), tmp_path).start()
    try:
        worker.wait_ready()
        assert not _send_and_account(run, 10, "before").lost
        log_before = len(worker.log_text().splitlines())
        outage = 20.0
        stopped = time.monotonic()
        broker.stop()
        became_unready = _wait_for(lambda: worker.readyz()[0] == 503 and time.monotonic(), 15)
        assert became_unready, "readyz stayed 200 with the broker gone"
        status, body = worker.readyz()
        assert not body["broker_reachable"] and any("broker" in p for p in body["problems"])
        time.sleep(max(0.0, stopped + outage - time.monotonic()))
        lines = worker.log_text().splitlines()[log_before:]
        restarting = time.monotonic()
        broker.start()
        listening = time.monotonic()
        back = _wait_for(lambda: worker.readyz()[0] == 200 and time.monotonic(), 90, 0.25)
        assert back, "not ready again after the broker returned:\n" + worker.log_tail()
        per_second = len(lines) / outage
        print(f"\nbroker outage {outage:.0f} s: unready after "
              f"{became_unready - stopped:.1f} s, {len(lines)} log lines "
              f"({per_second:.2f}/s); broker start took {listening - restarting:.1f} s, worker "
              f"ready {back - listening:.1f} s after the broker was up")
        assert per_second < 3, "\n".join(lines[:40])
        assert worker.running()
        after = _send_and_account(run, 10, "after")
        assert not after.lost and after.raw == 20
    finally:
        if not broker.up():
            broker.start()
        worker.terminate()


def test_dead_extraction_process_is_reported_and_replaced(broker, tmp_path):
    run = Run(broker)
    worker = Worker("pool", run.env(), tmp_path).start()
    try:
        worker.wait_ready()
        pids = worker.readyz()[1]["extraction_processes"]
        assert pids and all(alive(p) for p in pids)
        os.kill(pids[0], signal.SIGKILL)
        seen = _wait_for(lambda: (s := worker.readyz())[0] == 503 and s[1], 10, 0.05)
        assert seen and "extraction processes down" in seen["problems"], seen
        ready = _wait_for(lambda: (s := worker.readyz())[0] == 200 and s[1], 60, 0.2)
        assert ready, worker.log_tail()
        assert ready["extraction_processes"] and ready["extraction_processes"] != pids
        assert not _send_and_account(run, 10, "pool").lost
    finally:
        worker.terminate()


def test_no_orphans_after_sigkill_and_clean_exit_on_sigterm(broker, tmp_path):
    run = Run(broker)
    worker = Worker("orphans", run.env(), tmp_path).start()
    worker.wait_ready()
    descendants = children_of(worker.pid)
    assert len(descendants) >= 2  # the extraction process and multiprocessing's tracker
    worker.kill9()
    gone = _wait_for(lambda: not any(alive(p) for p in descendants), 5)
    assert gone, [p for p in descendants if alive(p)]

    worker.start()
    worker.wait_ready()
    descendants = children_of(worker.pid)
    status = worker.terminate(timeout=30)
    assert status == 0, worker.log_tail()
    assert _wait_for(lambda: not any(alive(p) for p in descendants), 5)


def test_failover_of_a_killed_worker_within_the_session_timeout(broker, tmp_path):
    run = Run(broker)
    session_timeout = 10.0
    env = run.env(NEWSFLOW_SESSION_TIMEOUT=str(session_timeout))
    a, b = Worker("a", env, tmp_path).start(), Worker("b", env, tmp_path).start()
    try:
        a.wait_ready()
        b.wait_ready()
        both = _wait_for(lambda: a.readyz()[1].get("assigned_partitions", 0) > 0
                         and b.readyz()[1].get("assigned_partitions", 0) > 0, 60, 0.2)
        assert both, "the two workers did not share the partitions"
        killed = time.monotonic()
        a.kill9()
        took_over = _wait_for(lambda: b.readyz()[1].get("assigned_partitions") == 4
                              and time.monotonic(), 60, 0.1)
        assert took_over, b.log_tail()
        failover = took_over - killed
        print(f"\nfailover after SIGKILL: {failover:.1f} s (session timeout "
              f"{session_timeout:.0f} s)")
        assert failover <= session_timeout + 10
        assert not _send_and_account(run, 20, "failover").lost
    finally:
        a.terminate()
        b.terminate()


def test_stream_layer_faults_are_retried_salvaged_or_fatal(broker, tmp_path):
    run = Run(broker)
    once = tmp_path / "crash-once"
    env = run.env(NEWSFLOW_RETRY_BACKOFF_MAX="1", CRASH_ONCE_FILE=str(once))
    worker = Worker("faults", env, tmp_path,
                    command=["-m", "tests.reliability.crashing_worker"]).start()
    try:
        worker.wait_ready()
        faults = [(b"flaky", b'{"id": "flaky", "text": "FLAKY-BATCH sagte er.", '
                             b'"language": "de"}'),
                  (b"fail", b'{"id": "fail", "text": "FAIL-BATCH", "language": "de"}')]
        messages = [article(i, "f") for i in range(4)] + faults + [
            article(i, "f") for i in range(4, 12)]
        asyncio.run(produce(broker.bootstrap, run.topics["raw"], messages))
        failing = _wait_for(lambda: (s := worker.readyz())[0] == 503 and s[1], 20, 0.05)
        assert failing and any("batch failing" in p for p in failing["problems"]), failing
        result = wait_accounted(run, 60)
        assert not result.lost and not result.duplicated
        assert result.dead_letters == {"output_failed": 1}, result.dead_letters
        assert result.enriched == 13
        assert _wait_for(lambda: worker.readyz()[0] == 200, 10)
        metrics = worker.metrics()
        retries = re.search(r"newsflow_batch_failures_total (\d+)", metrics)
        assert retries and int(retries.group(1)) >= 3

        asyncio.run(produce(broker.bootstrap, run.topics["raw"], [
            (b"crash", b'{"id": "crash", "text": "CRASH-STREAM"}'),
            *[article(i, "g") for i in range(10)]]))
        status = worker.wait(60)
        assert status == 70, worker.log_tail()
        assert "enrich agent crashed" in worker.log_text()
        worker.start()  # what a supervisor does; the crash does not repeat (once)
        worker.wait_ready()
        result = wait_accounted(run, 60)
        assert not result.lost, result.lost
        assert result.raw == 14 + 11
    finally:
        worker.terminate()
