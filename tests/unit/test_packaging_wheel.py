"""The built wheel carries every data file the service may read at run time (schemas through the
service/schemas link, lexicons, evaluation splits): the Docker image and any non-editable
install get only what is in the wheel, and a missing file there shows up only in production.

The expected list is derived from what git tracks under service/, not written by hand, so a new
data file that pyproject.toml's package-data globs miss fails here."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

from tests.conftest import ROOT

# what the build reads; a copy keeps stale build/ output of the work tree out of the wheel
SOURCES = ("pyproject.toml", "README.md", "LICENSE", "schemas", "service")


def tracked_files(under: str) -> list[str]:
    out = subprocess.run(["git", "ls-files", "-z", "--", under], cwd=ROOT, check=True,
                         capture_output=True, text=True).stdout
    return [p for p in out.split("\0") if p]


def expected_package_files() -> tuple[set[str], set[str]]:
    """(data files, modules) under service/ as the wheel must hold them; a tracked link to a
    directory (service/schemas -> ../schemas) stands for the tracked files of its target."""
    data: set[str] = set()
    modules: set[str] = set()
    for path in tracked_files("service"):
        src = ROOT / path
        if src.is_symlink() and src.is_dir():
            target = src.resolve().relative_to(ROOT).as_posix()
            data.update(f"{path}/{Path(t).relative_to(target).as_posix()}"
                        for t in tracked_files(target))
        elif src.suffix != ".py":
            data.add(path)
        elif (src.parent / "__init__.py").is_file():  # modules of a package, not loose scripts
            modules.add(path)
    return data, modules


def build_wheel(tmp_path: Path) -> set[str]:
    src = tmp_path / "src"
    for name in SOURCES:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, src / name, symlinks=True,
                            ignore=shutil.ignore_patterns("__pycache__", "*.egg-info", "build"))
        else:
            src.mkdir(exist_ok=True)
            shutil.copy2(ROOT / name, src / name)
    subprocess.run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps",
                    "--no-build-isolation", "-w", str(tmp_path / "dist"), str(src)],
                   check=True, capture_output=True, timeout=300)
    wheel = next((tmp_path / "dist").glob("newsflow-*.whl"))
    return set(zipfile.ZipFile(wheel).namelist())


def test_expected_list_is_derived_from_the_tree():
    # guards the derivation itself: an empty or link-blind list would make the wheel test vacuous
    data, modules = expected_package_files()
    schemas = {p.name for p in (ROOT / "schemas").iterdir() if p.is_file()}
    assert {f"service/schemas/{name}" for name in schemas} <= data
    assert "service/evaluation/spkatt_split.json" in data
    assert "service/extract/lexicons/cues_de.tsv" in data
    assert "service/cli.py" in modules


def test_wheel_has_every_data_file_and_module(tmp_path):
    names = build_wheel(tmp_path)
    data, modules = expected_package_files()
    assert not sorted(data - names), "data files missing from the wheel (pyproject package-data)"
    assert not sorted(modules - names), "modules missing from the wheel"
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in names)
