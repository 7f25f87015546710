#!/usr/bin/env bash
# Installs headless Chromium for the HTML report's browser test (HtmlReportBrowserIT), which is
# skipped when no Chromium is found. Idempotent: does nothing when /usr/bin/chromium exists.
# Debian/Ubuntu only (apt-get); uses sudo when not run as root.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  echo "install-browser: /usr/bin/chromium is already installed"
  exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
  echo "install-browser: no apt-get here; install Chromium by hand as /usr/bin/chromium" \
    "(the browser test is skipped without it)" >&2
  exit 1
fi

if [ "$(id -u)" -eq 0 ]; then
  sudo=()
elif command -v sudo >/dev/null 2>&1; then
  sudo=(sudo)
else
  echo "install-browser: not root and no sudo; run as root: apt-get install chromium" \
    "(the browser test is skipped without it)" >&2
  exit 1
fi

export DEBIAN_FRONTEND=noninteractive
if ! { ${sudo[@]+"${sudo[@]}"} apt-get update && \
       ${sudo[@]+"${sudo[@]}"} apt-get install -y --no-install-recommends chromium; }; then
  echo "install-browser: apt-get could not install chromium" \
    "(the browser test is skipped without it)" >&2
  exit 1
fi

if [ ! -x /usr/bin/chromium ]; then
  echo "install-browser: chromium was installed but /usr/bin/chromium is missing" >&2
  exit 1
fi
echo "install-browser: installed $(/usr/bin/chromium --version 2>/dev/null || echo chromium)"
