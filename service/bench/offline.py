"""The floor and the offline path, timed in this process on the same articles: raw spaCy
``nlp.pipe`` over the configured pipelines (newsflow's components not added), and newsflow's
extraction (pipelines + components + records). Rounds alternate floor and extraction, so a
machine that slows down during the run slows both; each figure is the fastest round."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

import spacy
from spacy.language import Language

from service.bench.corpus import Corpus
from service.extract.pipeline import Extractor


@dataclass
class OfflineResult:
    floor_seconds: dict[str, list[float]] = field(default_factory=dict)
    extract_seconds: dict[str, list[float]] = field(default_factory=dict)

    def best(self, which: str, lang: str | None = None) -> float:
        table = self.floor_seconds if which == "floor" else self.extract_seconds
        if lang is not None:
            return min(table[lang])
        rounds = len(next(iter(table.values())))
        return min(sum(table[lg][r] for lg in table) for r in range(rounds))


def _raw_pipeline(spec: str) -> Language:
    return spacy.blank(spec.split(":", 1)[1]) if spec.startswith("blank:") else spacy.load(spec)


def run(corpus: Corpus, pipelines: dict[str, str], batch_size: int, rounds: int,
        speech_events: tuple[str, ...] = (), log: Any = None) -> OfflineResult:
    result = OfflineResult()
    by_lang = corpus.by_language()
    extractor = Extractor(pipelines, batch_size=batch_size, speech_events=speech_events)
    raw = {lang: _raw_pipeline(pipelines[lang]) for lang in by_lang}
    for lang, articles in by_lang.items():
        extractor.nlp(lang)
        texts = [a["text"] for a in articles]
        # warm-up on a few articles: first calls allocate
        for _ in raw[lang].pipe(texts[:8], batch_size=batch_size):
            pass
        extractor.enrich_many(articles[:8])
    for r in range(rounds):
        for lang, articles in by_lang.items():
            texts = [a["text"] for a in articles]
            started = time.perf_counter()
            for _ in raw[lang].pipe(texts, batch_size=batch_size):
                pass
            result.floor_seconds.setdefault(lang, []).append(time.perf_counter() - started)
            started = time.perf_counter()
            records = extractor.enrich_many(articles)
            result.extract_seconds.setdefault(lang, []).append(time.perf_counter() - started)
            failed = [rec for rec in records if "error" in rec]
            if failed:
                raise RuntimeError(f"benchmark articles failed: {failed[:3]}")
            if log:
                log(f"round {r + 1}/{rounds} {lang}: floor "
                    f"{result.floor_seconds[lang][-1]:.1f} s, extraction "
                    f"{result.extract_seconds[lang][-1]:.1f} s")
    return result
