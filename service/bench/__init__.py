"""``newsflow bench``: what a worker costs and how fast it goes, in one run on one corpus.

Measured on the same articles in one run (so the ratios compare like with like on a noisy
machine): the raw spaCy floor, offline extraction, the stream through the real broker with 1
and with N extraction processes, latency at half the measured maximum rate, two workers in one
consumer group, and memory per process. Speed is measured here, never in timed tests.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from service.bench.corpus import REPO_ROOT


def _hardware() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem_kib = int(next(line.split()[1] for line in
                           Path("/proc/meminfo").read_text().splitlines()
                           if line.startswith("MemTotal")))
        mem = f"{mem_kib / 1024 / 1024:.0f} GiB"
    except (OSError, StopIteration, ValueError):
        mem = "? GiB"
    return (f"{cpu}, {os.cpu_count()} cores, {mem} RAM; {platform.system()} "
            f"{platform.release()}; Python {platform.python_version()}")


def _versions(pipelines: dict[str, str]) -> str:
    import spacy

    from service import __version__
    from service.extract.pipeline import Extractor

    info = Extractor(pipelines)
    names = ", ".join(f"{lang}={v['name']} {v['version']}" for lang, v in
                      ((lang, info.pipeline_info(lang)) for lang in pipelines))
    return f"newsflow {__version__}, spaCy {spacy.__version__}; pipelines {names}"


def _pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    k = min(len(values) - 1, max(0, round(q * (len(values) - 1))))
    return sorted(values)[k]


def _mib(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f}"


def _memory_probe(preload: str, articles: list[dict[str, Any]], tmp: Path) -> dict[str, Any]:
    path = tmp / f"probe-{preload}.jsonl"
    path.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "service.bench.memory_probe",
                           "--preload", preload, "--input", str(path)], cwd=REPO_ROOT,
                          capture_output=True, text=True, timeout=900, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def run(args: argparse.Namespace) -> int:
    from service.bench import corpus as corpus_mod
    from service.bench import offline, stream
    from service.config import Settings

    settings = Settings.from_env()
    settings.check_pipelines()
    n = args.workers or os.cpu_count() or 1
    corpus = corpus_mod.build(limit=args.limit, long_per_language=args.long,
                              long_chars=args.long_chars)

    def say(message: str) -> None:
        print(f"[bench {time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)

    servers = settings.broker_servers
    if not args.no_stream and not stream.broker_reachable(servers):
        print(f"newsflow bench: no Kafka broker at {servers} (start one: scripts/kafka.sh "
              "start, or run with --no-stream)", file=sys.stderr)
        return 2
    lines = [f"newsflow bench, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",
             f"hardware: {_hardware()}",
             f"software: {_versions(settings.pipelines)}",
             f"corpus: {corpus.describe()}",
             f"settings: batch size {settings.batch_size}, batch within "
             f"{settings.batch_within} s, N = {n} extraction processes, speech events "
             f"{','.join(settings.speech_events) or 'off'}, offline rounds {args.rounds} "
             f"(fastest kept), stream runs send the corpus {args.stream_repeat}× to "
             "4-partition topics"]
    say(f"offline: floor and extraction, {args.rounds} alternating rounds")
    off = offline.run(corpus, settings.pipelines, settings.batch_size, args.rounds,
                      settings.speech_events, log=say)
    floor, extract = off.best("floor"), off.best("extract")
    rows = [("raw spaCy nlp.pipe (floor), in process", corpus, floor, "1.00 (floor)"),
            ("offline extraction, in process", corpus, extract,
             f"{floor / extract:.2f} × floor speed")]
    per_lang = [f"  {lang}: floor {off.best('floor', lang):.1f} s, extraction "
                f"{off.best('extract', lang):.1f} s, extraction speed ÷ floor speed "
                f"{off.best('floor', lang) / off.best('extract', lang):.2f} (fastest rounds); "
                "per round: " + ", ".join(
                    f"{f / e:.2f}" for f, e in zip(off.floor_seconds[lang],
                                                   off.extract_seconds[lang], strict=True))
                for lang in sorted(off.floor_seconds)]
    streams: list[Any] = []
    paced = None

    def stream_articles(tag: str) -> list[dict[str, Any]]:
        """The corpus ``--stream-repeat`` times (a longer run: the last batches' tail, when
        processes run out of work, weighs less)."""
        return [a for r in range(args.stream_repeat) for a in corpus.tagged(f"{tag}{r}")]
    if not args.no_stream:
        with tempfile.TemporaryDirectory(prefix="newsflow-bench-") as tmp:
            base = {"NEWSFLOW_BROKER": settings.broker}
            say("stream: 1 worker, 1 extraction process")
            one, _ = stream.throughput("stream 1x1", servers, stream_articles("s1"), 1,
                                       base | {"NEWSFLOW_EXTRACT_WORKERS": "1"}, Path(tmp))
            say(f"  {one.rate:.1f} articles/s; stream: 1 worker, {n} extraction processes "
                "(then latency at half its rate)")
            many, paced = stream.throughput(
                f"stream 1x{n}", servers, stream_articles("sn"), 1,
                base | {"NEWSFLOW_EXTRACT_WORKERS": str(n)}, Path(tmp),
                latency_articles=corpus.tagged("lat"))
            say(f"  {many.rate:.1f} articles/s; stream: 2 workers × 1 process, one group")
            two, _ = stream.throughput("stream 2x1", servers, stream_articles("g2"), 2,
                                       base | {"NEWSFLOW_EXTRACT_WORKERS": "1"}, Path(tmp))
            streams = [one, many, two]
        streamed = corpus_mod.Corpus(stream_articles("x"))
        rows += [("stream, 1 worker, 1 extraction process", streamed, one.seconds,
                  f"{one.rate * extract / len(corpus.articles):.2f} × offline"),
                 (f"stream, 1 worker, {n} extraction processes", streamed, many.seconds,
                  f"{many.rate / one.rate / n:.2f} × ({n} × 1 process)"),
                 ("stream, 2 workers × 1 process, one group", streamed, two.seconds,
                  f"{two.rate / one.rate:.2f} × 1 worker")]
    say("memory: one extraction process per language seen, all pipelines preloaded or not")
    probes = []
    with tempfile.TemporaryDirectory(prefix="newsflow-bench-") as tmp:
        for lang, articles in sorted(corpus.by_language().items()):
            for preload in ("all", "none"):
                probes.append((lang, preload, _memory_probe(preload, articles[:80], Path(tmp))))

    out = lines + ["", "| measurement | seconds | articles/s | words/s | ratio |",
                   "|---|---:|---:|---:|---|"]
    for label, c, seconds, ratio in rows:
        out.append(f"| {label} | {seconds:.1f} | {len(c.articles) / seconds:.1f} | "
                   f"{c.words / seconds:,.0f} | {ratio} |")
    out += ["", "offline per language (fastest round):", *per_lang]
    if paced is not None:
        lat = paced.latencies
        out += ["", f"latency, produce → enriched record, {paced.label} "
                f"({len(lat)} articles, 1 worker, {n} processes): p50 {_pct(lat, .5):.2f} s, "
                f"p95 {_pct(lat, .95):.2f} s, p99 {_pct(lat, .99):.2f} s, max {max(lat):.2f} s"]
    out += ["", "memory (MiB; peak RSS = VmHWM; Pss shares pages between processes):",
            "| process | peak RSS | Pss |", "|---|---:|---:|"]
    for run_ in streams:
        for k, mem in enumerate(run_.memory):
            out.append(f"| {run_.label}, worker {k + 1} main process | "
                       f"{_mib(mem['worker']['peak_rss_mib'])} | "
                       f"{_mib(mem['worker']['pss_mib'])} |")
            for j, child in enumerate(mem["extraction"]):
                out.append(f"| {run_.label}, worker {k + 1} extraction process {j + 1} | "
                           f"{_mib(child['peak_rss_mib'])} | {_mib(child['pss_mib'])} |")
    for lang, preload, probe in probes:
        out.append(f"| one extraction process, only {lang} articles, NEWSFLOW_PRELOAD={preload} "
                   f"(loaded: {','.join(probe['loaded'])}) | {_mib(probe['peak_rss_mib'])} | "
                   f"{_mib(probe['pss_mib'])} |")
    print("\n".join(out))
    return 0


def register(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Adds the ``bench`` sub-command."""
    p = sub.add_parser("bench", help="throughput, latency and memory, in one run (BENCHMARKS.md)",
                       description=__doc__.split("\n\n")[0])
    p.add_argument("--workers", type=int, default=0,
                   help="N extraction processes for the parallel stream run (default: cores)")
    p.add_argument("--rounds", type=int, default=2,
                   help="alternating offline rounds; the fastest of each is kept (default 2)")
    p.add_argument("--limit", type=int, default=None,
                   help="own articles per language (default: all)")
    p.add_argument("--long", type=int, default=6,
                   help="long synthetic articles per language (default 6)")
    p.add_argument("--long-chars", type=int, default=30_000,
                   help="characters per long article (default 30000)")
    p.add_argument("--stream-repeat", type=int, default=2,
                   help="the corpus is sent this many times in each stream run (default 2)")
    p.add_argument("--no-stream", action="store_true",
                   help="offline measurements only (no broker needed)")
    p.set_defaults(func=run)
