#!/usr/bin/env bash
# Installs everything newsflow needs into .venv (Python 3.11) and resolves the Kafka broker jars.
# Python packages come only from the hash-pinned locks in requirements/ (re-lock: make lock), so
# every machine gets the same bytes; the project and its own spaCy pipelines (models/*/) are then
# installed without dependencies and without a build environment (setuptools is in the lock).
# A second run is quick: a stamp in .venv records the sha256 of everything the install depends
# on, and when it matches and the packages import, pip is not run at all.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PY="${PYTHON:-}"
if [ -z "$PY" ]; then
  for cand in python3.11 python3; do
    if command -v "$cand" >/dev/null && "$cand" -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))'; then PY="$cand"; break; fi
  done
fi
[ -n "$PY" ] || { echo "install.sh: Python 3.11 is needed (set PYTHON=/path/to/python3.11)" >&2; exit 1; }
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
VPY=.venv/bin/python
STAMP=.venv/.newsflow-install.sha256

models() {
  local m
  for m in models/*/; do
    if [ -f "$m/setup.py" ] || [ -f "$m/pyproject.toml" ]; then echo "${m%/}"; fi
  done
}

# What the installed environment is a function of: the locks, the project's metadata, this
# script, the interpreter, and every file of the shipped pipelines (minus their build output).
inputs_digest() {
  {
    "$VPY" -c 'import sys; print(sys.version)'
    sha256sum requirements/pip.txt requirements/lock.txt pyproject.toml scripts/install.sh
    local m
    for m in $(models); do
      find "$m" \( -name build -o -name '*.egg-info' -o -name __pycache__ \) -prune -o -type f -print | LC_ALL=C sort \
        | xargs -d '\n' sha256sum
    done
  } | sha256sum | cut -d' ' -f1
}

# The stamp alone is not trusted: the packages must also import, from this checkout.
installed_ok() {
  local mods="service, spacy, faust" m
  for m in $(models); do mods="$mods, $(basename "$m")"; done
  "$VPY" - "$ROOT" <<PYEOF >/dev/null 2>&1
import pathlib, sys
import $mods
sys.exit(not pathlib.Path(service.__file__).resolve().is_relative_to(pathlib.Path(sys.argv[1])))
PYEOF
}

digest="$(inputs_digest)"
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$digest" ] && installed_ok; then
  echo "install.sh: .venv is up to date with requirements/lock.txt (pip skipped)"
else
  rm -f "$STAMP"
  PIP=("$VPY" -m pip install -q --disable-pip-version-check)
  "${PIP[@]}" --require-hashes -r requirements/pip.txt
  "${PIP[@]}" --require-hashes -r requirements/lock.txt
  "${PIP[@]}" --no-deps --no-build-isolation -e .
  # pipelines the project builds and ships itself
  for model in $(models); do
    "${PIP[@]}" --no-deps --no-build-isolation "./$model"
  done
  "$VPY" -m pip check --disable-pip-version-check >/dev/null \
    || { "$VPY" -m pip check >&2; exit 1; }
  installed_ok || { echo "install.sh: the installed packages do not import" >&2; exit 1; }
  inputs_digest > "$STAMP"  # after the install: the model build may touch its own files
fi
bash scripts/kafka.sh fetch
echo "install.sh: ready (.venv, broker jars)"
