"""Runs the (CPU-bound, GIL-holding) spaCy extraction off the Faust event loop.

With the default ``process`` executor the pipelines live in child processes, so the event loop
keeps answering heartbeats however long a batch takes. A batch that fails, hangs past its
timeout or kills its process is retried article by article in a fresh pool; an article that fails
alone (twice, when it takes its process down) is reported as failed, never retried forever.
A pool that cannot be started at all is not an article's fault: :class:`PoolUnavailable` tells
the caller to wait and retry instead of dead-lettering.

Child processes watch their parent and exit within a second of it dying, however it died
(SIGKILL included), so a killed worker leaves no 800 MB orphans behind.
"""

from __future__ import annotations

import asyncio
import json
import logging
import multiprocessing
import multiprocessing.context
import os
import threading
import time
from collections.abc import Sequence
from concurrent.futures import BrokenExecutor, Executor, ProcessPoolExecutor, ThreadPoolExecutor
from typing import Any

from service import metrics
from service.extract.pipeline import Extractor
from service.records import Article

log = logging.getLogger(__name__)

_extractor: Extractor | None = None
_extractor_key: str | None = None  # the settings _extractor was built with
PARENT_CHECK_SECONDS = 0.5


def extractor_key(pipelines: dict[str, str], batch_size: int,
                  speech_events: Sequence[str]) -> str:
    return json.dumps([sorted(pipelines.items()), batch_size, sorted(speech_events)])


def _process_context() -> multiprocessing.context.BaseContext:
    """``forkserver`` where the platform has it: the fork server loads the pipelines once
    (:mod:`service.extract_preload`) and every extraction process forked from it shares their
    pages; elsewhere ``spawn`` (each process loads its own)."""
    if "forkserver" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("forkserver")
    return multiprocessing.get_context("spawn")


class PoolUnavailable(RuntimeError):
    """The extraction processes cannot be started; retry later, blame no article."""


def _exit_with_parent(parent_pid: int) -> None:
    """Runs in a child: when the worker is gone, leave too. The child's parent is the worker
    (spawn) or the fork server, which exits when the worker's end of its pipe closes; either
    way the child is re-parented then. The worker's pid is checked as well."""
    first_parent = os.getppid()
    while True:
        time.sleep(PARENT_CHECK_SECONDS)
        if os.getppid() != first_parent or not _alive(parent_pid):
            os._exit(0)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _init(pipelines: dict[str, str], batch_size: int, speech_events: Sequence[str],
          parent_pid: int | None = None, preload: Sequence[str] | None = None) -> None:
    """Build the process's extractor and load the ``preload`` pipelines (None: all); the
    others load on their first article."""
    global _extractor, _extractor_key
    if parent_pid is not None:
        threading.Thread(target=_exit_with_parent, args=(parent_pid,), daemon=True,
                         name="exit-with-parent").start()
    key = extractor_key(pipelines, batch_size, speech_events)
    if _extractor is None or _extractor_key != key:  # not inherited from the fork server
        _extractor = Extractor(pipelines, batch_size=batch_size, speech_events=speech_events)
        _extractor_key = key
        _extractor.inherited = False
    else:
        _extractor.inherited = True
    for language in pipelines if preload is None else preload:
        _extractor.nlp(language)


def _run(articles: Sequence[Article], languages: Sequence[str]) -> list[dict[str, Any]]:
    assert _extractor is not None, "extraction worker not initialised"
    return _extractor.extract(articles, languages)


def _state() -> dict[str, Any]:
    """What this extraction process holds (for tests and the benchmark)."""
    assert _extractor is not None
    return {"pid": os.getpid(), "loaded": list(_extractor.loaded_languages),
            "inherited": bool(getattr(_extractor, "inherited", False))}


def _info() -> dict[str, dict[str, str]]:
    assert _extractor is not None
    return {lang: _extractor.pipeline_info(lang) for lang in _extractor.languages}


def _share_through_fork_server(pipelines: dict[str, str], batch_size: int,
                               speech_events: Sequence[str], preload: Sequence[str]) -> None:
    """Tell the fork server (when it is not running yet) which pipelines to load before it
    forks extraction processes. A fork server already started with other settings is left
    alone: its processes then load their own pipelines (see :func:`_init`)."""
    from multiprocessing import forkserver

    os.environ["NEWSFLOW_FORKSERVER_PIPELINES"] = json.dumps(
        {"pipelines": pipelines, "batch_size": batch_size, "speech_events": list(speech_events),
         "preload": list(preload)})
    forkserver.set_forkserver_preload(["service.extract_preload"])


class ExtractionPool:
    def __init__(self, pipelines: dict[str, str], *, kind: str = "process", workers: int = 1,
                 batch_size: int = 16, timeout: float = 120.0,
                 speech_events: Sequence[str] = (),
                 preload: Sequence[str] | bool = True) -> None:
        self.pipelines = pipelines
        # languages loaded at start: True = all, False = none (each loads on first use)
        self.preload = tuple(pipelines) if preload is True else tuple(preload or ())
        self.speech_events = tuple(speech_events)
        self.kind = kind
        self.workers = workers
        self.batch_size = batch_size
        self.timeout = timeout
        self._executor: Executor | None = None
        self._started: asyncio.Event | None = None
        self._restart_lock: asyncio.Lock | None = None
        self._free: asyncio.Semaphore | None = None
        self._wanted = False  # start() was called and stop() was not
        self.pipeline_info: dict[str, dict[str, str]] = {}

    def _started_event(self) -> asyncio.Event:
        if self._started is None:
            self._started = asyncio.Event()
        return self._started

    async def wait_ready(self) -> None:
        """Block until the pipelines are loaded (batches arriving at startup wait here)."""
        await self._started_event().wait()

    def _new_executor(self) -> Executor:
        if self.kind == "process":
            context = _process_context()
            if context.get_start_method() == "forkserver":
                _share_through_fork_server(self.pipelines, self.batch_size, self.speech_events,
                                           self.preload)
            return ProcessPoolExecutor(
                max_workers=self.workers, mp_context=context,
                initializer=_init, initargs=(self.pipelines, self.batch_size, self.speech_events,
                                             os.getpid(), self.preload))
        _init(self.pipelines, self.batch_size, self.speech_events, preload=self.preload)
        return ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="extract")

    def process_ids(self) -> list[int]:
        """PIDs of the extraction processes (empty for the thread executor)."""
        executor = self._executor
        if not isinstance(executor, ProcessPoolExecutor):
            return []
        processes = (getattr(executor, "_processes", None) or {}).copy().values()
        return sorted(p.pid for p in processes if p.pid is not None)

    def alive(self) -> bool:
        """Started, not broken, and every extraction process still running."""
        executor = self._executor
        if executor is None or not self._started_event().is_set():
            return False
        if isinstance(executor, ProcessPoolExecutor):
            if getattr(executor, "_broken", False):
                return False
            processes = (getattr(executor, "_processes", None) or {}).copy().values()
            return all(p.is_alive() for p in processes)
        return True

    def alive_count(self) -> int:
        executor = self._executor
        if executor is None:
            return 0
        if isinstance(executor, ProcessPoolExecutor):
            processes = (getattr(executor, "_processes", None) or {}).copy().values()
            return sum(1 for p in processes if p.is_alive())
        return self.workers

    def _lock(self) -> asyncio.Lock:
        if self._restart_lock is None:
            self._restart_lock = asyncio.Lock()
        return self._restart_lock

    async def ensure_alive(self) -> None:
        """Replace a pool whose process died while idle, or that could not be started
        (called periodically by the health monitor)."""
        if not self._wanted or self.alive():
            return
        async with self._lock():
            if self._wanted and not self.alive():
                log.warning("extraction processes down; restarting the pool")
                await self._restart_unlocked()

    async def start(self) -> dict[str, dict[str, str]]:
        """Start workers and wait until their pipelines are loaded."""
        self._wanted = True
        loop = asyncio.get_running_loop()
        executor = await loop.run_in_executor(None, self._new_executor)
        try:
            # one call per process, submitted together: the executor starts a process per
            # call while none is idle, so all of them are up (and loaded) before we are ready
            infos = await asyncio.gather(*(loop.run_in_executor(executor, _info)
                                           for _ in range(self.workers)))
            self.pipeline_info = infos[0]
        except BaseException:
            self._kill(executor)
            raise
        self._executor = executor
        self._started_event().set()
        return self.pipeline_info

    async def stop(self) -> None:
        self._wanted = False
        if self._executor is not None:
            self._kill(self._executor)
            self._executor = None

    @staticmethod
    def _kill(executor: Executor) -> None:
        if isinstance(executor, ProcessPoolExecutor):
            # a hung child never returns; shutdown() alone would wait for it
            for proc in list(getattr(executor, "_processes", {}).values()):
                proc.terminate()
        executor.shutdown(wait=False, cancel_futures=True)

    async def _restart(self) -> None:
        async with self._lock():
            await self._restart_unlocked()

    async def _restart_unlocked(self) -> None:
        old, self._executor = self._executor, None
        self._started_event().clear()
        if old is not None:
            self._kill(old)
        try:
            await self.start()
        except Exception as exc:
            raise PoolUnavailable(f"extraction processes could not be started: {exc!r}") from exc

    async def _recover(self, exc: BaseException, executor: Executor | None) -> None:
        """A hung or dead worker is replaced (once, if several callers notice at the same
        time); an ordinary exception leaves it running."""
        if isinstance(exc, (TimeoutError, BrokenExecutor)):
            async with self._lock():
                if self._executor is executor or not self.alive():
                    await self._restart_unlocked()

    async def _call(self, articles: Sequence[Article], languages: Sequence[str]
                    ) -> list[dict[str, Any]]:
        # one batch per process at a time: a batch queued behind others inside the executor
        # would spend its timeout waiting, not running
        async with self._slots():
            if self._executor is None:
                raise PoolUnavailable("extraction processes are being restarted")
            loop = asyncio.get_running_loop()
            fut = loop.run_in_executor(self._executor, _run, list(articles), list(languages))
            return await asyncio.wait_for(fut, self.timeout)

    def _slots(self) -> asyncio.Semaphore:
        if self._free is None:
            self._free = asyncio.Semaphore(self.workers)
        return self._free

    async def extract(self, articles: Sequence[Article], languages: Sequence[str]
                      ) -> list[dict[str, Any] | BaseException]:
        """One result per article: the extraction, or the exception that sank it. With
        several processes the batch is cut into consecutive parts of about equal text length,
        one per process, so one batch of long articles does not leave the others idle."""
        if not articles:
            return []
        await self.wait_ready()
        parts = split_by_length([len(a.text) for a in articles], self.workers)
        if len(parts) == 1:
            return await self._extract_part(articles, languages)
        results = await asyncio.gather(*(self._extract_part(articles[i:j], languages[i:j])
                                         for i, j in parts))
        return [r for part in results for r in part]

    async def _extract_part(self, articles: Sequence[Article], languages: Sequence[str]
                            ) -> list[dict[str, Any] | BaseException]:
        executor = self._executor
        try:
            return list(await self._call(articles, languages))
        except PoolUnavailable:
            raise
        except Exception as exc:  # noqa: BLE001 — any failure falls back to one by one
            log.warning("batch of %d failed (%r); retrying one by one", len(articles), exc)
            metrics.EXTRACTION_RETRIES.inc()
            await self._recover(exc, executor)
        results: list[dict[str, Any] | BaseException] = []
        for article, lang in zip(articles, languages, strict=True):
            results.append(await self._extract_one(article, lang))
        return results

    async def _extract_one(self, article: Article, lang: str) -> dict[str, Any] | BaseException:
        """One article alone; one that takes its process down is given a second chance (the
        process may have been killed from outside), then reported as failed."""
        for attempt in (1, 2):
            executor = self._executor
            try:
                return (await self._call([article], [lang]))[0]
            except PoolUnavailable:
                raise
            except Exception as exc:  # noqa: BLE001
                await self._recover(exc, executor)
                if attempt == 2 or not isinstance(exc, (TimeoutError, BrokenExecutor)):
                    log.error("article %s failed extraction: %r", article.id, exc)
                    return exc
        raise AssertionError("unreachable")


def split_by_length(lengths: Sequence[int], parts: int) -> list[tuple[int, int]]:
    """At most ``parts`` consecutive, non-empty (start, end) ranges covering ``lengths``, cut
    where the running sum comes closest to each equal share."""
    n = len(lengths)
    if parts <= 1 or n <= 1:
        return [(0, n)]
    prefix = [0]
    for length in lengths:
        prefix.append(prefix[-1] + length)
    cuts = [0]
    for k in range(1, min(parts, n)):
        share = prefix[n] * k / parts
        best = min(range(cuts[-1] + 1, n), key=lambda i: abs(prefix[i] - share), default=None)
        if best is None or best in cuts:
            break
        cuts.append(best)
    cuts.append(n)
    return [(a, b) for a, b in zip(cuts, cuts[1:], strict=False) if b > a]
