// The page for organisations (/<lang>/for-organisations/): for every language its campaign
// cards (pictures Chromium decodes at 1200×630), a post's text in its own language and
// direction that links to that language's home page, and PDFs of its posters, served as
// PDFs. The page reads the same with JavaScript off, and passes axe.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { axeViolations, languageCodes, setup } from './helpers.mjs';

describe('page for organisations', () => {
  let env;
  before(async () => {
    env = await setup();
  });
  after(async () => {
    await env?.teardown();
  });

  test('every language has its cards, a post for each day and its posters', async (t) => {
    const context = await env.browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    const failed = [];
    page.on('response', (r) => {
      if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
    });
    await page.goto(`${env.server.origin}/lv/for-organisations/`);
    const codes = await languageCodes();
    const sections = await page.locator('section.kit-lang').evaluateAll((ss) => ss.map((s) => s.id));
    assert.deepEqual(sections, codes.map((c) => `kit-${c}`));
    const cards = await page.locator('.kit-card img').evaluateAll((imgs) => imgs.map((i) => i.getAttribute('src')));
    assert.equal(cards.length % codes.length, 0);
    const days = cards.length / codes.length;
    assert.ok(days >= 2, 'two campaign days at least');
    // Every card is a 1200×630 PNG the browser can show.
    for (const src of cards) {
      const size = await page.evaluate(async (src) => {
        const img = new Image();
        img.src = src;
        await img.decode();
        return [img.naturalWidth, img.naturalHeight];
      }, src);
      assert.deepEqual(size, [1200, 630], src);
    }
    // The posts: in their language and direction, naming the language's home page.
    const posts = await page.locator('.kit-post').evaluateAll((bs) =>
      bs.map((b) => [b.lang, b.dir, getComputedStyle(b).direction, b.innerText]),
    );
    assert.equal(posts.length, days * codes.length);
    for (const [lang, dir, direction, text] of posts) {
      assert.equal(direction, dir, `${lang}: the post's direction`);
      assert.ok(text.includes(`/${lang}/`), `${lang}: the post links its home page: ${text}`);
      assert.ok(text.includes('112'), `${lang}: the post names 112`);
    }
    assert.ok(posts.some(([lang, dir]) => lang === 'ur' && dir === 'rtl'), 'Urdu is right to left');
    // The posters: each link a PDF the server sends as one.
    const posters = await page.locator('.kit-posters a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.ok(posters.length >= 4 * codes.length, `${posters.length} posters`);
    for (const href of posters) {
      const res = await page.request.get(new URL(href, env.server.origin).href);
      assert.equal(res.status(), 200, href);
      assert.equal(res.headers()['content-type'], 'application/pdf', href);
      const body = await res.body();
      assert.equal(body.subarray(0, 5).toString(), '%PDF-', href);
    }
    assert.deepEqual(await axeViolations(page), []);
    assert.deepEqual(failed, []);
    t.diagnostic(`${cards.length} cards, ${posts.length} posts, ${posters.length} posters`);
    await context.close();
  });

  test('without JavaScript the page is the same list', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${env.server.origin}/ur/for-organisations/`);
    assert.equal(await page.evaluate(() => document.documentElement.dir), 'rtl');
    const codes = await languageCodes();
    assert.equal(await page.locator('section.kit-lang').count(), codes.length);
    assert.ok(await page.locator('.kit-post[lang="uz"]').first().isVisible());
    await context.close();
  });
});
