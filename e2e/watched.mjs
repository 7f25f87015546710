// What every StoryLens browser test shares: Debian's Chromium launched headless by playwright-core
// (CHROMIUM overrides its path), and a page that records every console error or warning (a
// Content-Security-Policy violation is one), page error, failed request and request that leaves
// the service under test, for the test to fail on.
import { chromium } from 'playwright-core';

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

export async function watchedPage(browser, base, problems) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('console', m => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`); });
  page.on('pageerror', e => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', r => problems.push(`request failed: ${r.url()}`));
  page.on('request', r => { if (!r.url().startsWith(base)) problems.push(`request outside the service: ${r.url()}`); });
  return page;
}
