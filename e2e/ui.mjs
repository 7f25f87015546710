// Clicks through the StoryLens web UI in headless Chromium (Debian's, driven by playwright-core):
// the story list, a story, one of its articles and that article's outlet, saving a screenshot of
// each. Fails on any console error, page error or failed request. Usage:
//   node e2e/ui.mjs BASE_URL SCREENSHOT_DIR
import { chromium } from 'playwright-core';

const [base, shots] = process.argv.slice(2);
if (!base || !shots) {
  console.error('usage: node e2e/ui.mjs BASE_URL SCREENSHOT_DIR');
  process.exit(2);
}
const problems = [];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('console', m => { if (m.type() === 'error' || m.type() === 'warning') problems.push(`console ${m.type()}: ${m.text()}`); });
  page.on('pageerror', e => problems.push(`page error: ${e.message}`));
  page.on('requestfailed', r => problems.push(`request failed: ${r.url()}`));
  page.on('request', r => { if (!r.url().startsWith(base)) problems.push(`request outside the service: ${r.url()}`); });

  await page.goto(base + '/');
  const stories = page.locator('ol li a');
  if (await stories.count() < 1) throw new Error('the story list is empty');
  await page.screenshot({ path: `${shots}/1-stories.png`, fullPage: true });

  await stories.first().click();
  await page.waitForLoadState();
  if (!(await page.content()).includes('Who reports what')) throw new Error('the story page has no source x fact matrix');
  await page.screenshot({ path: `${shots}/2-story.png` });

  await page.locator('a.article-link').first().click();
  await page.waitForLoadState();
  if (await page.locator('h2', { hasText: 'Removed by extraction' }).count() !== 1) throw new Error('the article page shows no removed spans');
  await page.screenshot({ path: `${shots}/3-article.png`, fullPage: true });

  const outlet = page.locator('p.meta a').first();
  if (await outlet.count() === 1) {
    await outlet.click();
    await page.waitForLoadState();
    if (!(await page.locator('h1').innerText()).startsWith('Stories covered by')) throw new Error('the outlet page has no heading');
    await page.screenshot({ path: `${shots}/4-outlet.png`, fullPage: true });
  }
} finally {
  await browser.close();
}
if (problems.length) {
  console.error(problems.join('\n'));
  process.exit(1);
}
console.log('ok');
