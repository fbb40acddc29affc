"""Work grows about linearly with the article length for the whole default pipeline
(a component that re-reads the whole Doc per item turns quadratic on long articles)."""

import json

from service.extract.pipeline import load_pipeline
from tests.conftest import ROOT, best_time


def test_default_german_pipeline_scales_linearly():
    nlp = load_pipeline("de_newsflow_sm")
    seed = json.loads((ROOT / "seeds" / "seed_de.json").read_text(encoding="utf-8"))["text"]
    nlp(seed)  # warm up
    small, large = (seed + "\n") * 4, (seed + "\n") * 16
    ratio = best_time(nlp, large, runs=2) / best_time(nlp, small, runs=2)
    assert ratio < 8, ratio  # linear ~4x; quadratic would be ~16x
