#!/usr/bin/env bash
# Installs everything newsflow needs into .venv (Python 3.11) and resolves the Kafka broker jars.
# Idempotent: a second run only checks. Nothing is downloaded at run time afterwards.
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
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e ".[dev]"
# pipelines the project builds and ships itself
for model in models/*/; do
  if [ -f "$model/setup.py" ] || [ -f "$model/pyproject.toml" ]; then
    .venv/bin/python -m pip install -q "$model"
  fi
done
bash scripts/kafka.sh fetch
echo "install.sh: ready (.venv, broker jars)"
