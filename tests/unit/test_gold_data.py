"""The hand-annotated evaluation sets stay consistent (offsets, ids, kinds) and reproducible
from their specs."""

import subprocess
import sys

import pytest

from tests.conftest import ROOT

QUOTES = ROOT / "tests" / "data" / "quotes"


def test_quote_gold_offsets_valid():
    out = subprocess.run([sys.executable, str(QUOTES / "check_gold.py")], capture_output=True,
                         text=True, cwd=ROOT)
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]


def test_quote_gold_matches_specs():
    out = subprocess.run([sys.executable, str(QUOTES / "build_gold.py"), "--check"],
                         capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]


def test_event_gold_matches_specs():
    out = subprocess.run([sys.executable, str(ROOT / "tests/data/events/build_gold.py"),
                          "--check"], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]


@pytest.mark.parametrize("name", ["de", "en", "tune2", "tune3", "tune3_en", "tune4", "tune5",
                                  "tune4_en", "tune5_en", "tune6"])
def test_new_event_gold_matches_specs(name):
    """The new tuning/held-out halves are written by their builders, never by hand."""
    builder = ROOT / "tests/data/events/new" / f"build_{name}.py"
    out = subprocess.run([sys.executable, str(builder), "--check"], capture_output=True,
                         text=True)
    assert out.returncode == 0, out.stdout + out.stderr


def test_timex_table_valid():
    out = subprocess.run([sys.executable, str(ROOT / "tests/data/timex/check_table.py")],
                         capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stdout[-2000:] + out.stderr[-2000:]
