#!/usr/bin/env bash
# Installs what the browser tests need: headless Chromium (Debian's package, for
# HtmlReportBrowserIT and WebUiBrowserIT) and the Playwright driver in e2e/node_modules (npm ci from
# e2e/package-lock.json; no browser is downloaded), each skipped with a message when absent.
# Idempotent: what is there already is left as it is. Debian/Ubuntu only (apt-get); uses sudo when
# not run as root.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

# The Playwright driver for the web UI test, from the project's lock file.
install_e2e() {
  if [ -d "$here/e2e/node_modules/playwright-core" ]; then
    echo "install-browser: e2e/node_modules/playwright-core is already installed"
  elif command -v npm >/dev/null 2>&1; then
    (cd "$here/e2e" && npm ci --no-audit --no-fund >&2) \
      || echo "install-browser: npm ci failed (the web UI browser test is skipped without it)" >&2
  else
    echo "install-browser: no npm here (the web UI browser test is skipped without it)" >&2
  fi
}

if [ -x /usr/bin/chromium ]; then
  echo "install-browser: /usr/bin/chromium is already installed"
  install_e2e
  exit 0
fi

# shellcheck source=apt-install.sh
. "$here/scripts/apt-install.sh"
apt_install install-browser "(the browser test is skipped without it)" chromium || exit 1

if [ ! -x /usr/bin/chromium ]; then
  echo "install-browser: chromium was installed but /usr/bin/chromium is missing" >&2
  exit 1
fi
echo "install-browser: installed $(/usr/bin/chromium --version 2>/dev/null || echo chromium)"
install_e2e
