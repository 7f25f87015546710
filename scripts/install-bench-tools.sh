#!/usr/bin/env bash
# Installs what `storylens bench serve` uses to load the service: Debian's wrk (the readers; without
# it the benchmark falls back to Java client threads, which take more of the cores the service
# needs). Not needed by the tests or by CI. Idempotent; Debian/Ubuntu only (apt-get); uses sudo when
# not run as root.
set -euo pipefail

if command -v wrk >/dev/null 2>&1; then
  echo "install-bench-tools: $(command -v wrk) is already installed"
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-bench-tools: no apt-get here; install wrk by hand (bench serve --readers java works without it)" >&2
  exit 1
fi
if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo)
else
  echo "install-bench-tools: not root and no sudo; run as root: apt-get install wrk" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
${sudo[@]+"${sudo[@]}"} apt-get update
${sudo[@]+"${sudo[@]}"} apt-get install -y --no-install-recommends wrk
echo "install-bench-tools: installed $(command -v wrk)"
