// Offline-first: after one visit, every page of the visitor's language keeps working with no
// connection at all (here: the server is stopped). Only that language is kept, so the phone's
// storage holds nothing more than the person needs.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { cachedPaths, languageOf, poll, setup, waitForHydration } from './helpers.mjs';

describe('offline', () => {
  let env;
  before(async () => {
    env = await setup();
  });
  after(() => env?.teardown());

  test('the start page keeps the app shell but no language until one is chosen', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(env.server.origin + '/');
    await waitForHydration(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    const shell = await poll(
      async () => {
        const all = Object.values(await cachedPaths(page)).flat();
        return all.includes('/offline.html') && all;
      },
      { message: 'the shell cached' },
    );
    // Give a wrongly sent "keep-language" the time it would need, then check nothing came.
    await page.waitForTimeout(500);
    const all = Object.values(await cachedPaths(page)).flat();
    assert.ok(shell.includes('/'), 'the start page is in the shell');
    assert.ok(!all.some((p) => /^\/[a-z]{2}\//.test(p)), `language pages cached: ${all.join(' ')}`);
    await context.close();
  });

  test('the visited language works offline, another one does not', async (t) => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const origin = env.server.origin;
    await page.goto(origin + '/en/pay/');
    await waitForHydration(page);
    const h1 = await page.locator('h1').innerText();
    const text = await page.locator('main').innerText();

    // Every English page of the sitemap, plus its 404 page; the screening aid's pages are
    // kept only when a professional prepares the phone (screening.test.mjs), the school's
    // when a school page is opened (school.test.mjs). The page for organisations, with its
    // pictures, is for organisations, not for a worker's phone.
    const wanted = env.pages
      .filter((u) => languageOf(u) === 'en' && !/\/(screening|school|for-organisations)\//.test(new URL(u).pathname))
      .map((u) => new URL(u).pathname)
      .concat('/en/404.html');
    assert.ok(wanted.length >= 4, `only ${wanted} to check`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    const started = Date.now();
    const cached = await poll(
      async () => {
        const all = Object.values(await cachedPaths(page)).flat();
        return wanted.every((p) => all.includes(p)) && all;
      },
      { timeout: 10_000, message: `cached ${wanted.join(' ')}` },
    );
    t.diagnostic(`English pages cached ${Date.now() - started} ms after the SW was ready`);
    assert.ok(!cached.some((p) => p.startsWith('/lv/')), 'Latvian pages were cached too');

    await env.server.stop();
    // Prove the server is really gone: a direct request fails.
    await assert.rejects(fetch(origin + '/en/pay/'));

    await page.reload();
    assert.equal(await page.locator('h1').innerText(), h1);
    assert.equal(await page.locator('main').innerText(), text);
    await waitForHydration(page);

    // Never visited, but kept with its language.
    await page.goto(origin + '/en/help/');
    const helpH1 = page.locator('main#main h1');
    assert.ok(await helpH1.isVisible());
    assert.ok((await helpH1.innerText()).trim().length > 0);
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    await waitForHydration(page); // the app shell (JS, WASM) came from the cache as well

    // The other language was not kept.
    // A page that is not on the phone: the app says so (in English here, the one language
    // kept), instead of the browser's error page.
    await page.goto(origin + '/lv/');
    assert.equal(await page.locator('h1').innerText(), 'You are offline');
    assert.equal(await page.locator('html').getAttribute('lang'), 'en');
    assert.ok(!Object.values(await cachedPaths(page)).flat().some((p) => p.startsWith('/lv/')));
    await context.close();
  });
});
