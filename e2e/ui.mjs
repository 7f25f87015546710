// Clicks through the StoryLens web UI in headless Chromium (Debian's, driven by playwright-core):
// the story list, a story, one of its articles and that article's outlet, saving a screenshot of
// each. With an article file given, it uploads that article through the API while the story page
// is open and waits for the page to show it without a reload (live updates), then checks the
// derivation graph and the new article's outlet page with its distinctive terms. Fails on any
// console error or warning (a Content-Security-Policy violation is one), page error, failed
// request or request that leaves the service. Usage:
//   node e2e/ui.mjs BASE_URL SCREENSHOT_DIR [ARTICLE.html]
import { readFileSync } from 'node:fs';
import { runWatched } from './watched.mjs';

await runWatched('node e2e/ui.mjs BASE_URL SCREENSHOT_DIR [ARTICLE.html]', async (page, base, shots, [upload]) => {
  await page.goto(base + '/');
  const stories = page.locator('ol.stories li a');
  if (await stories.count() < 1) throw new Error('the story list is empty');
  await page.screenshot({ path: `${shots}/1-stories.png`, fullPage: true });

  const quake = page.locator('ol.stories li a', { hasText: /quake/i });
  await (await quake.count() > 0 ? quake : stories).first().click();
  await page.waitForLoadState();
  if (!(await page.content()).includes('Who reports what')) throw new Error('the story page has no source x fact matrix');
  if (await page.locator('script[src="/ui/live.js"]').count() !== 1) throw new Error('the story page does not load the live-update script');
  await page.screenshot({ path: `${shots}/2-story.png` });

  if (upload) {
    // the page must take the new article in place: no navigation, and what the page holds survives
    const storyUrl = page.url();
    const storyId = new URL(storyUrl).pathname.split('/').pop();
    const navigations = [];
    page.on('framenavigated', f => { if (f === page.mainFrame()) navigations.push(f.url()); });
    await page.evaluate(() => { window.storylensStillHere = true; });
    const before = await page.locator('a.article-link').count();
    const response = await fetch(`${base}/api/articles?type=html&source=e2e-live-upload`, {
      method: 'POST', body: readFileSync(upload),
    });
    const ack = await response.json();
    if (response.status !== 201) throw new Error(`the upload was refused: ${response.status} ${JSON.stringify(ack)}`);
    if (ack.story !== storyId) throw new Error(`the uploaded article joined story ${ack.story}, not the open ${storyId}`);
    await page.waitForFunction(n => document.querySelectorAll('a.article-link').length > n, before, { timeout: 30000 });
    const notice = await page.locator('#live-notice').innerText();
    if (!/1 new article/.test(notice)) throw new Error(`the page says no new article: "${notice}"`);
    if (await page.locator('a.article-link.fresh').count() !== 1) throw new Error('the new article is not marked');
    if (navigations.length) throw new Error(`the page reloaded or navigated: ${navigations.join(', ')}`);
    if (!await page.evaluate(() => window.storylensStillHere === true)) throw new Error('the page was reloaded');
    if (page.url() !== storyUrl) throw new Error(`the page left ${storyUrl}`);
    await page.screenshot({ path: `${shots}/2-story-live.png` });

    const graph = page.locator('svg.derivation-graph').first();
    await graph.scrollIntoViewIfNeeded();
    if (!await graph.isVisible()) throw new Error('the derivation graph is not visible');
    const box = await graph.boundingBox();
    if (!box || box.width < 300 || box.height < 60) throw new Error(`the derivation graph is not laid out: ${JSON.stringify(box)}`);
    if (await graph.locator('g.node > text').count() !== before + 1) throw new Error('the graph does not draw every article');
    if (await graph.locator('g.edge.attribution polygon').count() < 1) throw new Error('the graph draws no attribution arrow');
    await graph.screenshot({ path: `${shots}/2-graph.png` });

    await page.locator('a.outlet-link').last().click();
    await page.waitForLoadState();
    if (await page.locator('h2', { hasText: 'Distinctive terms' }).count() !== 1) throw new Error('the outlet page has no terms section');
    if (await page.locator('table.terms td.term').count() < 1) throw new Error('the outlet page lists no distinctive term');
    if (await page.locator('ol.stories li a').count() < 1) throw new Error('the outlet page lists no story');
    await page.screenshot({ path: `${shots}/5-outlet-terms.png`, fullPage: true });
    await page.goto(storyUrl);
    await page.waitForLoadState();
  }

  await page.locator('a.article-link').first().click();
  await page.waitForLoadState();
  if (await page.locator('h2', { hasText: 'Removed by extraction' }).count() !== 1) throw new Error('the article page shows no removed spans');
  await page.screenshot({ path: `${shots}/3-article.png`, fullPage: true });

  const outlet = page.locator('p.meta a').first();
  if (await outlet.count() === 1) {
    await outlet.click();
    await page.waitForLoadState();
    if (await page.locator('h2', { hasText: 'Stories covered by' }).count() !== 1) throw new Error('the outlet page lists no stories');
    await page.screenshot({ path: `${shots}/4-outlet.png`, fullPage: true });
  }
});
