#!/usr/bin/env bash
# Builds .tools/bin/rulecheck (tools/rulecheck: Prometheus's rule parser + promtool's own rule
# unit-test runner, pinned to Prometheus 3.5.0 like the compose image) from source with Go and
# the Go module proxy: no Docker, no binary downloads. Not all of promtool: its service-discovery
# SDKs took 16 min to build here (10.5 CPU-min, 1.4 GB of modules); rulecheck needs a fraction.
# Idempotent: once built, a run is instant. Prints the binary's path on stdout.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
TOOLS="${NEWSFLOW_TOOLS_DIR:-$ROOT/.tools}"
BIN="$TOOLS/bin/rulecheck"
STAMP="$TOOLS/bin/rulecheck.stamp"
want="$(cat "$ROOT"/tools/rulecheck/go.mod "$ROOT"/tools/rulecheck/go.sum \
  "$ROOT"/tools/rulecheck/*.go | cksum)"
if [ -x "$BIN" ] && [ "$(cat "$STAMP" 2>/dev/null)" = "$want" ]; then
  echo "$BIN"
  exit 0
fi
GO="${GO:-$(command -v go || echo /usr/local/go/bin/go)}"
if [ ! -x "$GO" ]; then
  echo "promtool.sh: Go >= 1.24 is needed to build tools/rulecheck (set GO=/path/to/go)" >&2
  exit 1
fi
mkdir -p "$TOOLS/bin"
export GOPATH="$TOOLS/go" GOMODCACHE="$TOOLS/go/pkg/mod" GOCACHE="$TOOLS/go/cache" \
  GOFLAGS=-modcacherw GOTOOLCHAIN=local CGO_ENABLED=0
started=$SECONDS
echo "promtool.sh: building tools/rulecheck (first run only)" >&2
(cd "$ROOT/tools/rulecheck" && "$GO" build -trimpath -o "$BIN" .)
echo "$want" > "$STAMP"
echo "promtool.sh: built $BIN in $((SECONDS - started)) s" >&2
echo "$BIN"
