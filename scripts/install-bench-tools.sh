#!/usr/bin/env bash
# Installs what `storylens bench serve` uses to load the service: Debian's wrk (the readers; without
# it the benchmark falls back to Java client threads, which take more of the cores the service
# needs). Not needed by the tests or by CI. Idempotent; Debian/Ubuntu only (apt-get); uses sudo when
# not run as root.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

if command -v wrk >/dev/null 2>&1; then
  echo "install-bench-tools: $(command -v wrk) is already installed"
  exit 0
fi
# shellcheck source=apt-install.sh
. "$here/scripts/apt-install.sh"
apt_install install-bench-tools "(bench serve --readers java works without it)" wrk || exit 1
echo "install-bench-tools: installed $(command -v wrk)"
