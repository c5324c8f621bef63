// Without JavaScript the pages that are not in the sitemap still work: a wrong address gets
// its language's 404 page. (Every sitemap page without JavaScript: pages.test.mjs.)
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { setup } from './helpers.mjs';

describe('pages without JavaScript', () => {
  let env;
  let page;
  before(async () => {
    env = await setup();
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    page = await context.newPage();
  });
  after(() => env?.teardown());

  test('an unknown Latvian path answers 404 with the Latvian 404 page', async () => {
    // The real Latvian 404 page, to compare with.
    await page.goto(env.server.origin + '/lv/404.html');
    const expectedH1 = (await page.locator('h1').innerText()).trim();
    assert.ok(expectedH1.length > 0);

    const response = await page.goto(env.server.origin + '/lv/nope/');
    assert.equal(response.status(), 404);
    assert.equal(await page.locator('html').getAttribute('lang'), 'lv');
    const h1 = page.locator('main#main h1');
    assert.ok(await h1.isVisible(), 'h1 is not visible');
    assert.equal((await h1.innerText()).trim(), expectedH1);
  });
});
