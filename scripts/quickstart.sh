#!/usr/bin/env bash
# Installs everything, starts the local broker and a worker, publishes the seed article, prints
# its enriched record, and stops what it started.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
bash scripts/install.sh
export NEWSFLOW_WEB_PORT="${NEWSFLOW_WEB_PORT:-6066}"
started_broker=0
if ! bash scripts/kafka.sh status >/dev/null 2>&1; then
  bash scripts/kafka.sh start
  started_broker=1
fi
mkdir -p .newsflow
worker_pid=""
cleanup() {
  if [ -n "$worker_pid" ] && kill -0 "$worker_pid" 2>/dev/null; then
    kill -TERM "$worker_pid"; wait "$worker_pid" 2>/dev/null || true
    echo "quickstart: worker stopped" >&2
  fi
  if [ "$started_broker" = 1 ]; then bash scripts/kafka.sh stop >&2; fi
}
trap cleanup EXIT
.venv/bin/newsflow worker > .newsflow/worker.log 2>&1 &
worker_pid=$!
echo "quickstart: worker starting (pid $worker_pid, log .newsflow/worker.log)" >&2
for _ in $(seq 1 240); do
  if curl -fs "http://127.0.0.1:$NEWSFLOW_WEB_PORT/readyz" >/dev/null 2>&1; then break; fi
  kill -0 "$worker_pid" 2>/dev/null || { tail -30 .newsflow/worker.log >&2; exit 1; }
  sleep 0.5
done
curl -fs "http://127.0.0.1:$NEWSFLOW_WEB_PORT/readyz" >&2 && echo >&2
since=$(($(date +%s%3N) - 1000))
seed_id=$(.venv/bin/python -c 'import json; print(json.load(open("seeds/seed_de.json"))["id"])')
.venv/bin/newsflow produce seeds/seed_de.json
echo "quickstart: enriched record for $seed_id:" >&2
.venv/bin/newsflow consume articles.enriched --key "$seed_id" --since "$since" --follow --limit 1 --timeout 60 --indent 2
