"""Runs the (CPU-bound, GIL-holding) spaCy extraction off the Faust event loop.

With the default ``process`` executor the pipelines live in child processes, so the event loop
keeps answering heartbeats however long a batch takes. A batch that fails, hangs past its
timeout or kills its process is retried article by article in a fresh pool; an article that fails
alone is reported as failed, never retried forever.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
from collections.abc import Sequence
from concurrent.futures import BrokenExecutor, Executor, ProcessPoolExecutor, ThreadPoolExecutor
from typing import Any

from service import metrics
from service.extract.pipeline import Extractor
from service.records import Article

log = logging.getLogger(__name__)

_extractor: Extractor | None = None


def _init(pipelines: dict[str, str], batch_size: int, speech_events: Sequence[str]) -> None:
    global _extractor
    _extractor = Extractor(pipelines, batch_size=batch_size, speech_events=speech_events)
    _extractor.load_all()


def _run(articles: Sequence[Article], languages: Sequence[str]) -> list[dict[str, Any]]:
    assert _extractor is not None, "extraction worker not initialised"
    return _extractor.extract(articles, languages)


def _info() -> dict[str, dict[str, str]]:
    assert _extractor is not None
    return {lang: _extractor.pipeline_info(lang) for lang in _extractor.languages}


class ExtractionPool:
    def __init__(self, pipelines: dict[str, str], *, kind: str = "process", workers: int = 1,
                 batch_size: int = 16, timeout: float = 120.0,
                 speech_events: Sequence[str] = ()) -> None:
        self.pipelines = pipelines
        self.speech_events = tuple(speech_events)
        self.kind = kind
        self.workers = workers
        self.batch_size = batch_size
        self.timeout = timeout
        self._executor: Executor | None = None
        self._started: asyncio.Event | None = None
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
            return ProcessPoolExecutor(
                max_workers=self.workers, mp_context=multiprocessing.get_context("spawn"),
                initializer=_init, initargs=(self.pipelines, self.batch_size, self.speech_events))
        _init(self.pipelines, self.batch_size, self.speech_events)
        return ThreadPoolExecutor(max_workers=self.workers, thread_name_prefix="extract")

    async def start(self) -> dict[str, dict[str, str]]:
        """Start workers and wait until their pipelines are loaded."""
        loop = asyncio.get_running_loop()
        self._executor = await loop.run_in_executor(None, self._new_executor)
        self.pipeline_info = await loop.run_in_executor(self._executor, _info)
        self._started_event().set()
        return self.pipeline_info

    async def stop(self) -> None:
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
        old, self._executor = self._executor, None
        if old is not None:
            self._kill(old)
        await self.start()

    async def _recover(self, exc: BaseException) -> None:
        """A hung or dead worker is replaced; an ordinary exception leaves it running."""
        if isinstance(exc, (TimeoutError, BrokenExecutor)):
            await self._restart()

    async def _call(self, articles: Sequence[Article], languages: Sequence[str]
                    ) -> list[dict[str, Any]]:
        assert self._executor is not None, "pool not started"
        loop = asyncio.get_running_loop()
        fut = loop.run_in_executor(self._executor, _run, list(articles), list(languages))
        return await asyncio.wait_for(fut, self.timeout)

    async def extract(self, articles: Sequence[Article], languages: Sequence[str]
                      ) -> list[dict[str, Any] | BaseException]:
        """One result per article: the extraction, or the exception that sank it."""
        if not articles:
            return []
        await self.wait_ready()
        try:
            return list(await self._call(articles, languages))
        except Exception as exc:  # noqa: BLE001 — any failure falls back to one by one
            log.warning("batch of %d failed (%r); retrying one by one", len(articles), exc)
            metrics.EXTRACTION_RETRIES.inc()
            await self._recover(exc)
        results: list[dict[str, Any] | BaseException] = []
        for article, lang in zip(articles, languages, strict=True):
            try:
                results.append((await self._call([article], [lang]))[0])
            except Exception as exc:  # noqa: BLE001
                log.error("article %s failed extraction: %r", article.id, exc)
                results.append(exc)
                await self._recover(exc)
        return results
