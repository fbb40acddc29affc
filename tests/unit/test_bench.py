"""``newsflow bench`` runs and reports what it measured (its figures are not checked here:
speed belongs in the benchmark, never in timed tests)."""

import os
import subprocess
import sys

from service.bench import corpus
from tests.conftest import ROOT


def test_corpus_has_both_languages_and_long_articles_and_is_deterministic():
    one, two = corpus.build(long_per_language=2, long_chars=5000), corpus.build(
        long_per_language=2, long_chars=5000)
    assert one == two
    langs = one.by_language()
    assert set(langs) == {"de", "en"} and all(len(v) > 50 for v in langs.values())
    long = [a for a in one.articles if a["id"].startswith("long-")]
    assert len(long) == 4 and all(len(a["text"]) >= 5000 for a in long)
    assert len({a["id"] for a in one.articles}) == len(one.articles)
    assert {a["id"] for a in one.tagged("x")} == {a["id"] + "#x" for a in one.articles}


def test_offline_bench_prints_the_table_with_ratios_hardware_and_settings():
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEWSFLOW_")} | {
        "NEWSFLOW_PIPELINE_DE": "blank:de", "NEWSFLOW_PIPELINE_EN": "blank:en"}
    done = subprocess.run([sys.executable, "-m", "service.cli", "bench", "--no-stream",
                           "--limit", "5", "--long", "1", "--long-chars", "3000",
                           "--rounds", "1"], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    for expected in ("hardware:", "cores", "pipelines de=blank:de", "batch size 16",
                     "raw spaCy nlp.pipe (floor)", "offline extraction", "× floor speed",
                     "NEWSFLOW_PRELOAD=none (loaded: de)", "corpus: 12 articles"):
        assert expected in out, (expected, out)
