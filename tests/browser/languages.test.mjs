// Every language in a real browser: right-to-left Urdu, glyphs for every script, the
// start page's suggestion, our server's redirect of / to the browser's language, the
// remembered choice, and every language kept for offline use.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { cachedPaths, languageCodes, poll, setup, startServer, waitForHydration } from './helpers.mjs';

describe('languages', () => {
  let env;
  before(async () => {
    env = await setup();
  });
  after(() => env?.teardown());

  test('Urdu is mirrored, while phone numbers and dates read left to right', async () => {
    const context = await env.browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await page.goto(env.server.origin + '/ur/help/');
    await waitForHydration(page);
    assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
    assert.equal(await page.locator('html').getAttribute('lang'), 'ur');
    // Mirrored: the exit button sits at the left edge in Urdu, the right edge in English.
    const exitLeft = await page.locator('a.exit').evaluate((e) => e.getBoundingClientRect().left);
    assert.ok(exitLeft < 180, `exit button at x=${exitLeft} in rtl`);
    const heading = await page.locator('h1').evaluate((e) => getComputedStyle(e).textAlign);
    assert.ok(['start', 'right'].includes(heading));
    // "+371 28612120" inside right-to-left text: the "+" is drawn left of the last digit.
    const order = await page.locator('a.call bdi').first().evaluate((bdi) => {
      const text = bdi.firstChild;
      const rect = (i) => {
        const r = document.createRange();
        r.setStart(text, i);
        r.setEnd(text, i + 1);
        return r.getBoundingClientRect().left;
      };
      return { text: text.data, first: rect(0), last: rect(text.data.length - 1), dir: getComputedStyle(bdi).direction };
    });
    assert.equal(order.dir, 'ltr');
    assert.match(order.text, /^\+371 \d+$/);
    assert.ok(order.first < order.last, `"${order.text}" drawn right to left: ${JSON.stringify(order)}`);
    await page.goto(env.server.origin + '/en/help/');
    const enExitLeft = await page.locator('a.exit').evaluate((e) => e.getBoundingClientRect().left);
    assert.ok(enExitLeft > 180, `exit button at x=${enExitLeft} in ltr`);
    await context.close();
  });

  test('no character of the hi, ur and tg pages is drawn as an empty box', async (t) => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    for (const path of ['/hi/pay/', '/hi/help/', '/ur/pay/', '/ur/help/', '/tg/pay/', '/tg/help/']) {
      await page.goto(env.server.origin + path);
      const result = await page.evaluate(() => {
        // Draw each character with the page's own font stack and compare it with a character
        // that no font has (a private-use code point): same pixels means a missing glyph.
        const font = getComputedStyle(document.body).fontFamily;
        const canvas = document.createElement('canvas');
        canvas.width = 64;
        canvas.height = 64;
        const ctx = canvas.getContext('2d', { willReadFrequently: true });
        const draw = (ch) => {
          ctx.clearRect(0, 0, 64, 64);
          ctx.font = `32px ${font}`;
          ctx.fillText(ch, 8, 44);
          return ctx.getImageData(0, 0, 64, 64).data.join(',');
        };
        const tofu = draw('\uE000');
        const ink = tofu.split(',').some((v) => v !== '0');
        const chars = [...new Set([...document.body.innerText].filter((c) => c.trim() !== ''))];
        const missing = chars.filter((c) => c.codePointAt(0) > 0x7f && draw(c) === tofu);
        return { ink, count: chars.length, missing };
      });
      assert.ok(result.ink, 'the reference glyph draws a box');
      assert.ok(result.count > 20, `${path}: only ${result.count} characters`);
      assert.deepEqual(result.missing, [], `${path}: drawn as boxes: ${result.missing.join(' ')}`);
      t.diagnostic(`${path}: ${result.count} distinct characters, none missing`);
    }
    await context.close();
  });

  test("on our server, / opens in the browser's language unless the person asks for the list", async () => {
    const server = await startServer(env.dir, 0, { startPage: 'by-language' });
    try {
      // No service worker: it would answer / from the phone, with the list.
      const context = await env.browser.newContext({ locale: 'uz-UZ', serviceWorkers: 'block' });
      const page = await context.newPage();
      const opened = await page.goto(server.origin + '/');
      assert.equal(new URL(page.url()).pathname, '/uz/', 'an address typed or scanned opens in Uzbek');
      assert.equal(opened.request().redirectedFrom()?.url(), server.origin + '/');
      assert.equal(await page.locator('html').getAttribute('lang'), 'uz');
      // From one of our pages, / is the person asking for every language.
      await page.evaluate(() => {
        location.href = '/';
      });
      await page.waitForURL(server.origin + '/');
      assert.equal(await page.locator('.choices .card').count(), (await languageCodes()).length);
      await context.close();

      const other = await env.browser.newContext({ locale: 'de-DE', serviceWorkers: 'block' });
      const page2 = await other.newPage();
      await page2.goto(server.origin + '/');
      assert.equal(new URL(page2.url()).pathname, '/', 'a language we lack gets the list');
      await other.close();
    } finally {
      await server.stop();
    }
  });

  test('the start page suggests the browser language and remembers only a real choice', async () => {
    const context = await env.browser.newContext({ locale: 'ru-LV' });
    const page = await context.newPage();
    await page.goto(env.server.origin + '/');
    await waitForHydration(page);
    await poll(async () => (await page.locator('.choices .card.suggested').count()) === 1, {
      message: 'a suggested language',
    });
    assert.equal(await page.locator('.choices .card.suggested').getAttribute('lang'), 'ru');
    assert.equal(
      await page.locator('.choices .card').count(),
      (await languageCodes()).length,
      'every language stays listed',
    );
    assert.equal(await page.evaluate(() => localStorage.length), 0, 'a visit stores nothing');

    await page.locator('.choices a[lang="uk"]').click();
    await page.waitForURL('**/uk/');
    assert.equal(await page.evaluate(() => localStorage.getItem('wil-lang')), 'uk');
    await page.goto(env.server.origin + '/');
    await waitForHydration(page);
    await poll(async () => (await page.locator('.card.suggested').getAttribute('lang').catch(() => null)) === 'uk', {
      message: 'the remembered choice suggested',
    });
    await context.close();

    const other = await env.browser.newContext({ locale: 'de-DE' });
    const page2 = await other.newPage();
    await page2.goto(env.server.origin + '/');
    await waitForHydration(page2);
    assert.equal(await page2.locator('.card.suggested').count(), 0, 'no suggestion for an unknown language');
    await other.close();
  });

  test('the language menu opens the same page in another language', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(env.server.origin + '/lv/pay/');
    await page.locator('details.langs summary').click();
    await page.locator('details.langs a[lang="ur"]').click();
    await page.waitForURL('**/ur/pay/');
    assert.equal(await page.locator('html').getAttribute('dir'), 'rtl');
    // A draft translation says so, and links to the same page in its fallback language.
    const notice = page.locator('main .notice');
    assert.ok(await notice.isVisible());
    assert.equal(await notice.locator('a').getAttribute('href'), '/en/pay/');
    await context.close();
  });

  test('"keep all languages" makes every language work offline', async (t) => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const origin = env.server.origin;
    await page.goto(origin + '/en/');
    await waitForHydration(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    await page.locator('details.langs summary').click();
    const size = await page.locator('.keep-all p').first().innerText();
    assert.match(size, /\d+ KB/, 'the size is shown before saving');
    t.diagnostic(`keep-all size: ${size}`);
    await page.locator('.keep-all button').click();
    const status = page.locator('.keep-all-status');
    await poll(async () => (await status.innerText()).includes('All languages are saved'), {
      timeout: 20_000,
      message: 'keep-all done',
    });
    const cached = Object.values(await cachedPaths(page)).flat();
    for (const lang of await languageCodes()) {
      assert.ok(cached.includes(`/${lang}/pay/`), `/${lang}/pay/ kept`);
    }
    await env.server.stop();
    for (const path of ['/ur/pay/', '/tg/help/', '/kk/']) {
      await page.goto(origin + path);
      assert.equal(await page.locator('html').getAttribute('lang'), path.split('/')[1]);
      assert.ok((await page.locator('h1').innerText()).trim().length > 0, `${path} offline`);
    }
    await context.close();
  });
});
