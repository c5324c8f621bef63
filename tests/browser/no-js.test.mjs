// Without JavaScript every page must still be complete: the pre-rendered HTML is the app for
// old phones, data-saving browsers and anyone who turned scripts off.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { languageOf, setup } from './helpers.mjs';

describe('pages without JavaScript', () => {
  let env;
  let page;
  before(async () => {
    env = await setup();
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    page = await context.newPage(); // one tab for all pages: a new tab costs more than a visit
  });
  after(() => env?.teardown());

  test('every sitemap page is complete without JavaScript', async (t) => {
    assert.ok(env.pages.length >= 7, `sitemap lists only ${env.pages.length} pages`);
    const languages = new Set(env.pages.map(languageOf).filter(Boolean));
    for (const url of env.pages) {
      await t.test(new URL(url).pathname, async () => {
        const response = await page.goto(url);
        assert.equal(response.status(), 200);

        const { lang, dir, hydrated } = await page.evaluate(() => ({
          lang: document.documentElement.getAttribute('lang'),
          dir: document.documentElement.getAttribute('dir'),
          hydrated: document.documentElement.getAttribute('data-hydrated'),
        }));
        const expected = languageOf(url);
        // The root is the language chooser: any language, but it must say which.
        if (expected) assert.equal(lang, expected);
        else assert.match(lang ?? '', /^[a-z]{2,3}(-[A-Za-z0-9]+)*$/);
        assert.ok(['ltr', 'rtl'].includes(dir), `dir="${dir}"`);
        assert.equal(hydrated, null, 'data-hydrated must not be set when no script runs');

        const h1 = page.locator('main#main h1');
        assert.equal(await h1.count(), 1);
        assert.ok(await h1.isVisible(), 'h1 is not visible');
        assert.ok((await h1.innerText()).trim().length > 0, 'h1 is empty');
        const mainText = (await page.locator('main#main').innerText()).trim();
        if (expected) {
          assert.ok(mainText.length > 40, `main has only ${mainText.length} characters`);
        } else {
          // The chooser is short by design, but must offer every language of the site.
          for (const code of languages) {
            const link = page.locator(`main#main a[href="/${code}/"][lang="${code}"]`);
            assert.equal(await link.count(), 1, `no link to /${code}/ on the chooser`);
            assert.ok((await link.innerText()).trim(), `empty link to /${code}/`);
          }
        }

        assert.ok((await page.title()).trim().length > 0, 'empty <title>');
        const description = await page.locator('meta[name="description"]').getAttribute('content');
        assert.ok(description?.trim(), 'empty meta description');
        const ogTitle = await page.locator('meta[property="og:title"]').getAttribute('content');
        assert.ok(ogTitle?.trim(), 'empty og:title');
      });
    }
  });

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
