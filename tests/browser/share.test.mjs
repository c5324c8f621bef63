// "Share this page" at the end of every page: the phone's share sheet, or "copy link" where
// there is none (desktop Chromium has none), and the page's QR code on screen, drawn by the
// app with no request (and, without JavaScript, the build's image of it). The code on every
// page is read back with zbarimg in the sweep of pages.test.mjs, which visits every page
// anyway. And the picture a link preview shows (og:image), every page's own.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { readQr, setup, waitForHydration } from './helpers.mjs';

/** The address the page's code should open: its canonical URL (the public origin). */
function canonical(page) {
  return page.locator('link[rel="canonical"]').getAttribute('href');
}

describe('share', () => {
  let env;
  let shots;
  before(async () => {
    env = await setup();
    shots = await mkdtemp(join(tmpdir(), 'wil-qr-'));
  });
  after(async () => {
    await rm(shots, { recursive: true, force: true });
    await env?.teardown();
  });

  test('without a share sheet the button copies the address and says so', async () => {
    const context = await env.browser.newContext();
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.origin });
    const page = await context.newPage();
    await page.goto(env.server.origin + '/uz/pay/?from=poster#top');
    await waitForHydration(page);
    assert.equal(await page.evaluate(() => typeof navigator.share), 'undefined');
    const button = page.locator('[data-share]');
    assert.ok(await button.isVisible());
    const words = await page.locator('[data-share]').getAttribute('data-copy-label');
    assert.equal((await button.innerText()).trim(), words);
    const status = page.locator('[data-share-status]');
    assert.equal(await status.innerText(), '');
    await button.click();
    await page.waitForFunction(() => document.querySelector('[data-share-status]').textContent !== '');
    assert.equal(await status.innerText(), await button.getAttribute('data-copied'));
    // The page's own address: no query, no fragment.
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), env.server.origin + '/uz/pay/');
    await context.close();
  });

  test("with a share sheet the button opens it with the page's title and address", async () => {
    const context = await env.browser.newContext();
    await context.addInitScript(() => {
      navigator.share = async (data) => {
        window.sharedWith = data;
      };
    });
    const page = await context.newPage();
    await page.goto(env.server.origin + '/ur/help/');
    await waitForHydration(page);
    const button = page.locator('[data-share]');
    assert.equal((await button.innerText()).trim(), await button.getAttribute('data-share-label'));
    await button.click();
    const shared = await page.waitForFunction(() => window.sharedWith).then((h) => h.jsonValue());
    assert.equal(shared.url, env.server.origin + '/ur/help/');
    assert.equal(shared.title, await page.title());
    await context.close();
  });

  test('without JavaScript the panel has no button and links to an image of its code', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const images = [];
    page.on('request', (r) => {
      if (new URL(r.url()).pathname.startsWith('/qr/')) images.push(r.url());
    });
    for (const path of ['/', '/kk/', '/hi/documents/', '/ro/school/quiz/']) {
      images.length = 0;
      await page.goto(env.server.origin + path);
      assert.ok(!(await page.locator('[data-share]').isVisible()), `${path}: a button that does nothing`);
      assert.ok(!(await page.locator('.share-qr').isVisible()), `${path}: an empty place for a code`);
      const want = await canonical(page);
      await page.waitForTimeout(100);
      assert.deepEqual(images, [], `${path}: the image is fetched before it is asked for`);
      await page.locator('.share-image a').click();
      await page.waitForURL(/\/qr\/.*\.svg$/);
      assert.equal(images.length, 1, path);
      const read = await readQr(await page.screenshot(), shots, 'nojs' + path);
      assert.equal(read, want, path);
    }
    await context.close();
  });

  test("a shared link's preview is the page's own picture, a 1200×630 PNG the browser draws", async (t) => {
    const meta = (html, key) => html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)">`))?.[1];
    const wrong = [];
    for (const url of env.pages) {
      const html = await (await fetch(url)).text();
      const image = meta(html, 'og:image');
      const path = new URL(url).pathname.replace(/^\/$/, '/index/').replace(/\/$/, '');
      if (!image || new URL(image).pathname !== `/og${path}.png`) {
        wrong.push(`${url}: og:image is ${image}`);
        continue;
      }
      if (meta(html, 'twitter:card') !== 'summary_large_image') wrong.push(`${url}: not a large card`);
      if (!meta(html, 'og:image:alt')) wrong.push(`${url}: the picture is not described`);
      const res = await fetch(env.server.origin + new URL(image).pathname);
      const png = Buffer.from(await res.arrayBuffer());
      const type = res.headers.get('content-type');
      const size = png.length >= 24 ? [png.readUInt32BE(16), png.readUInt32BE(20)] : [];
      if (res.status !== 200 || type !== 'image/png' || size.join('×') !== '1200×630') {
        wrong.push(`${url}: ${image} is ${res.status} ${type} ${size.join('×')}`);
      }
    }
    assert.deepEqual(wrong, []);
    // And Chromium decodes one in each script.
    const page = await env.browser.newPage();
    for (const path of ['/og/index.png', '/og/uz/pay.png', '/og/hi/help.png', '/og/ur/contract.png']) {
      await page.goto(env.server.origin + path);
      const [w, h] = await page.locator('img').evaluate((img) => [img.naturalWidth, img.naturalHeight]);
      assert.deepEqual([w, h], [1200, 630], path);
    }
    await page.close();
    t.diagnostic(`${env.pages.length} previews fetched and measured`);
  });
});
