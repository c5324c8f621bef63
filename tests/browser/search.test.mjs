// Offline search: in every language, a word typed into the search page finds the page it
// comes from, with no request to anyone (the index is the search page itself).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { languageCodes, poll, setup, waitForHydration } from './helpers.mjs';

describe('search', () => {
  let env;
  before(async () => {
    env = await setup();
  });
  after(() => env?.teardown());

  test('a word typed in each language finds its page', async (t) => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    for (const lang of await languageCodes()) {
      await page.goto(`${env.server.origin}/${lang}/search/`);
      await waitForHydration(page);
      const items = page.locator('ul.results > li');
      const total = await items.count();
      assert.ok(total >= 10, `${lang}: ${total} entries`);
      // The longest word of the pay page's title, as a reader of that language would type it.
      const title = await page.locator(`ul.results a[href="/${lang}/pay/"] .card-title`).innerText();
      const word = title.split(/\s+/).sort((a, b) => b.length - a.length)[0].toLowerCase();
      await page.locator('#q').fill(word);
      const visible = async () => items.evaluateAll((lis) => lis.filter((li) => !li.hidden).length);
      await poll(async () => (await visible()) < total, { message: `${lang}: filtering on "${word}"` });
      assert.ok(await page.locator(`ul.results a[href="/${lang}/pay/"]`).isVisible(), `${lang}: "${word}" finds the pay page`);
      assert.ok(await page.locator('.search-none').isHidden());
      t.diagnostic(`${lang}: "${word}" → ${await visible()} of ${total}`);

      await page.locator('#q').fill('qqqzzzxxx');
      await poll(async () => (await visible()) === 0, { message: `${lang}: nothing for nonsense` });
      assert.ok(await page.locator('.search-none').isVisible(), `${lang}: says nothing was found`);
    }
    await context.close();
  });

  test('the home page search box opens the search with the words typed', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${env.server.origin}/en/`);
    await page.locator('#q').fill('overtime');
    await page.locator('form.search button').click();
    await page.waitForURL('**/en/search/?q=overtime');
    await waitForHydration(page);
    assert.equal(await page.locator('#q').inputValue(), 'overtime');
    await poll(async () => page.locator('a[href="/en/housing/"]').isHidden(), { message: 'filtered by ?q=' });
    assert.ok(await page.locator('a[href="/en/working-time/"]').isVisible());
    // A help line is found by its number.
    await page.locator('#q').fill('8000 2012');
    await poll(async () => page.locator('a[href="/en/help/#org-marta"]').isVisible(), { message: 'MARTA by number' });
    await context.close();
  });
});
