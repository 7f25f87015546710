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

// Runs one browser test from the command line: BASE_URL and SCREENSHOT_DIR, then any more
// arguments, handed with a watched page to `steps`. Exits 2 with the usage for a wrong command
// line, 1 listing the problems the page recorded, and prints "ok" otherwise; a step that throws
// fails the script with its error. The browser is closed in every case.
export async function runWatched(usage, steps) {
  const [base, shots, ...more] = process.argv.slice(2);
  if (!base || !shots) {
    console.error('usage: ' + usage);
    process.exit(2);
  }
  const problems = [];
  const browser = await launch();
  try {
    await steps(await watchedPage(browser, base, problems), base, shots, more);
  } finally {
    await browser.close();
  }
  if (problems.length) {
    console.error(problems.join('\n'));
    process.exit(1);
  }
  console.log('ok');
}
