// A poster's address (/q/<place>/<lang>/, content/places.toml) opens its language's home
// page on any static host, with no script and no query; scanned again on a phone that keeps
// the language, it opens with no connection at all.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { cachedPaths, poll, setup, waitForHydration } from './helpers.mjs';

describe('place addresses', () => {
  let env;
  before(async () => {
    env = await setup();
  });
  after(() => env?.teardown());

  test("a poster's address opens the home page of its language", async () => {
    for (const [place, lang] of [['rix', 'uz'], ['emb', 'ur'], ['sch', 'lv']]) {
      const context = await env.browser.newContext();
      const page = await context.newPage();
      await page.goto(`${env.server.origin}/q/${place}/${lang}/`);
      await page.waitForURL(`${env.server.origin}/${lang}/`);
      assert.equal(new URL(page.url()).search, '', 'no query carries the place on');
      await waitForHydration(page);
      assert.equal(await page.locator('html').getAttribute('lang'), lang);
      assert.equal(await page.locator('html').getAttribute('dir'), lang === 'ur' ? 'rtl' : 'ltr');
      assert.ok((await page.locator('main h1').innerText()).trim().length > 0);
      await context.close();
    }
  });

  test('a school place has no address in a language it does not print', async () => {
    const response = await fetch(`${env.server.origin}/q/sch/uz/`);
    assert.equal(response.status, 404);
  });

  test('scanned again with no connection, it opens the kept language', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const origin = env.server.origin;
    await page.goto(origin + '/q/rix/ky/');
    await page.waitForURL(origin + '/ky/');
    await waitForHydration(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await poll(
      async () => {
        const all = Object.values(await cachedPaths(page)).flat();
        return all.includes('/ky/') && all.includes('/ky/help/');
      },
      { message: 'the Kyrgyz pages kept' },
    );
    const h1 = await page.locator('main h1').innerText();
    await env.server.stop();
    await assert.rejects(fetch(origin + '/ky/'));
    await page.goto(origin + '/q/rix/ky/');
    await page.waitForURL(origin + '/ky/');
    assert.equal(await page.locator('main h1').innerText(), h1);
    await context.close();
  });
});
