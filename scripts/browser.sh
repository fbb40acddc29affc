#!/usr/bin/env bash
# Installs the headless browser of the inspector's browser tests (tests/integration/
# test_inspector_browser.py): Debian's Chromium and its driver, so nothing is downloaded from
# anywhere but the Debian mirrors (Playwright drives /usr/bin/chromium; `playwright install`
# is never run). Idempotent: does nothing when /usr/bin/chromium is there.
set -euo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
SUDO=""
if [ "$(id -u)" != 0 ]; then
  command -v sudo >/dev/null || { echo "browser.sh: run as root (or install sudo) to apt-get install chromium" >&2; exit 1; }
  SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q chromium chromium-driver
/usr/bin/chromium --version
