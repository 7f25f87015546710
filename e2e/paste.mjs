// Pastes an article through the StoryLens web UI in headless Chromium (Debian's, driven by
// playwright-core): from the story list to /paste, fills the form and sends it, and expects to
// land on the article's story page. The page's CSP (form-action 'self') and the service's
// same-origin check must both let a real browser through. Fails on any console error (a CSP
// violation is one), page error or failed request. Usage:
//   node e2e/paste.mjs BASE_URL SCREENSHOT_DIR
import { runWatched } from './watched.mjs';

await runWatched('node e2e/paste.mjs BASE_URL SCREENSHOT_DIR', async (page, base, shots) => {
  await page.goto(base + '/');
  await page.locator('a[href="/paste"]').click();
  await page.waitForLoadState();
  const title = 'Harbour ferry <b>resumes</b> after ramp repairs';
  await page.fill('#title', title);
  await page.fill('#outlet', 'Harbour Post');
  await page.fill('#date', '2025-03-13');
  await page.fill('#source', 'https://harbour.example/ferry-resumes');
  await page.fill('#text',
      'The ferry between Lindholm and Sarvik resumed on Thursday after engineers finished repairs to'
      + ' the storm-damaged loading ramp a day earlier than planned, the operator said.\n\n'
      + 'About 2,000 passengers a day use the crossing. The extra buses run around the bay while the'
      + ' ramp was closed will stop on Friday.');
  await page.screenshot({ path: `${shots}/5-paste.png`, fullPage: true });
  await Promise.all([page.waitForURL(/\/stories\//), page.locator('button[type=submit]').click()]);
  await page.waitForLoadState();
  if (!(await page.content()).includes('Harbour ferry &lt;b&gt;resumes&lt;/b&gt;')) throw new Error('the story page does not show the pasted title as text');
  await page.screenshot({ path: `${shots}/6-pasted-story.png` });
});
