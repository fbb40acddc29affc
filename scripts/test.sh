#!/usr/bin/env bash
# The test command: installs what is missing, starts the local broker if it is not running
# (and stops it again afterwards), lints, and runs unit + integration tests.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
bash scripts/install.sh
bash scripts/browser.sh  # Chromium for tests/integration/test_inspector_browser.py
bash scripts/promtool.sh >/dev/null  # tools/rulecheck for tests/unit/test_deploy_observability.py
started=0
if ! bash scripts/kafka.sh status >/dev/null 2>&1; then
  bash scripts/kafka.sh start
  started=1
fi
cleanup() { if [ "$started" = 1 ]; then bash scripts/kafka.sh stop; fi; }
trap cleanup EXIT
.venv/bin/ruff check service tests scripts
.venv/bin/python -m pytest -q -p no:cacheprovider --durations=25 "$@"
