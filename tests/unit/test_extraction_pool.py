"""The extraction pool runs at most one batch per process, so a batch's timeout counts its
own running time, never time spent queued behind other batches."""

import asyncio
import threading
import time

import service.extraction_pool as extraction_pool
from service.extraction_pool import ExtractionPool
from service.records import Article


def test_pool_runs_one_batch_per_worker_and_queued_batches_keep_their_timeout(monkeypatch):
    lock = threading.Lock()
    running = {"now": 0, "max": 0}

    def slow_run(articles, languages):
        with lock:
            running["now"] += 1
            running["max"] = max(running["max"], running["now"])
        time.sleep(0.3)
        with lock:
            running["now"] -= 1
        return [{"id": a.id} for a in articles]

    monkeypatch.setattr(extraction_pool, "_run", slow_run)
    # five 0.3 s batches on two workers take ~0.9 s: a 0.5 s timeout would fail the queued
    # ones if it counted their waiting time
    pool = ExtractionPool({"de": "blank:de"}, kind="thread", workers=2, timeout=0.5)

    async def scenario():
        await pool.start()
        batches = [[Article(id=f"a{n}", text="Text.")] for n in range(5)]
        results = await asyncio.gather(*(pool.extract(b, ["de"]) for b in batches))
        await pool.stop()
        return results

    results = asyncio.run(scenario())
    assert running["max"] == 2
    assert [r[0] for r in results] == [{"id": f"a{n}"} for n in range(5)]


def test_only_preloaded_pipelines_load_at_start_the_others_on_their_first_article():
    pool = ExtractionPool({"de": "blank:de", "en": "blank:en"}, kind="thread", preload=["de"])

    async def scenario():
        info = await pool.start()
        at_start = extraction_pool._extractor.loaded_languages
        result = await pool.extract([Article(id="e1", text="He said so.")], ["en"])
        after = extraction_pool._extractor.loaded_languages
        await pool.stop()
        return info, at_start, result, after

    info, at_start, result, after = asyncio.run(scenario())
    assert set(info) == {"de", "en"}  # versions are known without loading
    assert at_start == ("de",)
    assert result[0]["language"] == "en" and set(after) == {"de", "en"}


PROBE = """
import asyncio, json
from service import extraction_pool
from service.extraction_pool import ExtractionPool

async def main():
    pool = ExtractionPool({"de": "blank:de", "en": "blank:en"}, workers=2, preload=["de"])
    await pool.start()
    loop = asyncio.get_running_loop()
    states = await asyncio.gather(*(loop.run_in_executor(pool._executor, extraction_pool._state)
                                    for _ in range(4)))
    await pool.stop()
    print(json.dumps(states))

if __name__ == "__main__":
    asyncio.run(main())
"""


def test_extraction_processes_inherit_the_preloaded_pipelines_from_the_fork_server(tmp_path):
    import json
    import subprocess
    import sys

    from tests.conftest import ROOT

    script = tmp_path / "probe.py"
    script.write_text(PROBE)
    done = subprocess.run([sys.executable, str(script)], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, env={"PYTHONPATH": str(ROOT),
                                                       "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    states = json.loads(done.stdout.strip().splitlines()[-1])
    assert all(s["inherited"] and s["loaded"] == ["de"] for s in states), states


def test_split_by_length_gives_consecutive_parts_of_about_equal_text():
    from service.extraction_pool import split_by_length

    assert split_by_length([1] * 16, 2) == [(0, 8), (8, 16)]
    assert split_by_length([1, 1, 1, 30], 2) == [(0, 3), (3, 4)]  # the long one alone
    assert split_by_length([5] * 5, 3) == [(0, 2), (2, 3), (3, 5)]
    assert split_by_length([3], 4) == [(0, 1)] and split_by_length([2, 2], 1) == [(0, 2)]
    for lengths in ([7, 1, 9, 2, 2, 40, 3], [1] * 3, [100, 1]):
        for parts in (1, 2, 3, 8):
            ranges = split_by_length(lengths, parts)
            assert len(ranges) <= parts and ranges[0][0] == 0 and ranges[-1][1] == len(lengths)
            assert all(a < b for a, b in ranges)
            assert all(ranges[k][1] == ranges[k + 1][0] for k in range(len(ranges) - 1))


def test_one_batch_is_shared_by_all_workers_and_comes_back_in_order(monkeypatch):
    calls = []

    def run(articles, languages):
        calls.append([a.id for a in articles])
        time.sleep(0.2)
        return [{"id": a.id} for a in articles]

    monkeypatch.setattr(extraction_pool, "_run", run)
    pool = ExtractionPool({"de": "blank:de"}, kind="thread", workers=2)

    async def scenario():
        await pool.start()
        batch = [Article(id=f"a{n}", text="x" * (1000 if n == 3 else 10)) for n in range(4)]
        out = await pool.extract(batch, ["de"] * 4)
        await pool.stop()
        return out

    assert [r["id"] for r in asyncio.run(scenario())] == ["a0", "a1", "a2", "a3"]
    assert sorted(calls) == [["a0", "a1", "a2"], ["a3"]]
