// Atomic update: a new build never mixes with the old one. The old build keeps serving the
// whole page until the person chooses to reload; then the new build serves everything, and
// the old cache is gone.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  cachedPaths,
  listFiles,
  poll,
  restartServer,
  setup,
  waitForHydration,
} from './helpers.mjs';

/** Writes a changed file and removes its pre-compressed siblings, which the server would
 *  otherwise still serve. */
async function rewrite(file, change) {
  const before = await readFile(file, 'utf8');
  const after = change(before);
  assert.notEqual(after, before, `${file} did not change`);
  await writeFile(file, after);
  await rm(file + '.br', { force: true });
  await rm(file + '.gz', { force: true });
}

describe('update to a new build', () => {
  let env;
  let server;
  before(async () => {
    env = await setup();
    server = env.server;
  });
  after(async () => {
    await server?.stop();
    await env?.teardown();
  });

  test('the old build serves until "reload", then only the new one', async (t) => {
    const { dir } = env;
    const url = server.origin + '/en/pay/';
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const build = () => page.locator('meta[name="wil-build"]').getAttribute('content');

    await page.goto(url);
    await waitForHydration(page);
    const oldH1 = await page.locator('h1').innerText();
    const oldVersion = /const VERSION = "([0-9a-f]{16})";/.exec(
      await readFile(join(dir, 'sw.js'), 'utf8'),
    )?.[1];
    assert.ok(oldVersion, 'no VERSION in sw.js');
    assert.equal(await build(), oldVersion);
    await page.evaluate(() => navigator.serviceWorker.ready);
    const english = ['/en/', '/en/pay/', '/en/help/', '/en/404.html'];
    await poll(
      async () => {
        const cached = (await cachedPaths(page))['wil-' + oldVersion] ?? [];
        return english.every((p) => cached.includes(p));
      },
      { message: 'the English pages in the old cache' },
    );
    // The phone is also prepared for screening: that stays so across the update.
    await page.goto(server.origin + '/en/screening/');
    await waitForHydration(page);
    await page.locator('button[data-go="prepare"]').click();
    await poll(async () => page.locator('.aid-prepare [data-state="done"]').isVisible(), {
      timeout: 30_000,
      message: 'the phone prepared for screening',
    });
    await page.goto(url);
    await waitForHydration(page);

    // A new build: new version everywhere, and a changed heading on /en/pay/. The heading
    // also lives in the embedded page data, which hydration renders from: change both.
    await server.stop();
    let newVersion;
    do newVersion = randomBytes(8).toString('hex');
    while (newVersion === oldVersion);
    const newH1 = `${oldH1} (new build)`;
    await rewrite(join(dir, 'sw.js'), (s) => s.replaceAll(oldVersion, newVersion));
    // Pages travel to the service worker in one pack per language: the packs change too.
    const htmlFiles = (await listFiles(dir)).filter((f) => f.endsWith('.html') || f.endsWith('pack.json'));
    assert.ok(htmlFiles.length >= 10, `only ${htmlFiles.length} HTML files`);
    for (const file of htmlFiles) {
      await rewrite(file, (s) => s.replaceAll(oldVersion, newVersion));
    }
    await rewrite(join(dir, 'en', 'pay', 'index.html'), (s) => {
      assert.ok(s.includes(`>${oldH1}</h1>`), 'h1 markup not found');
      assert.ok(s.includes(`"title":"${oldH1}"`), 'h1 text not found in the page data');
      return s.replaceAll(oldH1, newH1);
    });
    await rewrite(join(dir, 'en', 'pack.json'), (s) => {
      assert.ok(s.includes(`>${oldH1}</h1>`), 'h1 markup not found in the pack');
      return s.replaceAll(oldH1, newH1);
    });

    // Same origin (so the same service worker registration): the same port.
    server = await restartServer(dir, server.port);
    assert.equal(server.origin + '/en/pay/', url);

    // The reload is answered by the old worker from the old cache: the old page, whole.
    await page.reload();
    assert.equal(await page.locator('h1').innerText(), oldH1);
    assert.equal(await build(), oldVersion);
    await waitForHydration(page);

    // The new worker installs in the background and waits; the page offers to reload.
    const started = Date.now();
    const banner = page.locator('.update');
    await banner.waitFor({ state: 'visible', timeout: 15_000 });
    t.diagnostic(`update banner shown ${Date.now() - started} ms after the reload`);
    assert.equal(await banner.getAttribute('role'), 'status');
    assert.equal(await page.locator('h1').innerText(), oldH1, 'content changed before reload');

    // Until the person chooses, other pages come from the old build as well, and each page
    // offers the waiting update again.
    await page.goto(server.origin + '/en/help/');
    assert.equal(await build(), oldVersion);
    await banner.waitFor({ state: 'visible', timeout: 10_000 });
    await page.goto(url);
    assert.equal(await page.locator('h1').innerText(), oldH1);
    assert.equal(await build(), oldVersion);
    await banner.waitFor({ state: 'visible', timeout: 10_000 });

    await banner.locator('button').click();
    await poll(async () => (await page.locator('h1').innerText()) === newH1, {
      timeout: 15_000,
      message: 'the new h1 after choosing reload',
    });
    assert.equal(await build(), newVersion);
    await waitForHydration(page);
    assert.equal(await banner.count(), 0, 'banner still shown after the update');

    // Only the new cache remains, and it kept the English pages for offline use.
    const caches = await poll(
      async () => {
        const all = await cachedPaths(page);
        return Object.keys(all).length === 1 && all;
      },
      { message: 'the old cache to be deleted' },
    );
    assert.deepEqual(Object.keys(caches), ['wil-' + newVersion]);
    for (const path of [...english, '/en/screening/', '/en/screening/ur/', '/ur/check/']) {
      assert.ok(caches['wil-' + newVersion].includes(path), `${path} not in the new cache`);
    }
    await context.close();
  });
});
