// Hydration must take over the pre-rendered page without changing it: no duplicated DOM,
// the same text, no visible jump. And once the app runs, quick exit must leave for good.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { poll, setup, waitForHydration } from './helpers.mjs';

const EXIT_URL = 'https://www.google.com/';

/** Sum of layout-shift values since the page started (buffered), as CLS counts them. */
function measureLayoutShift(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        // The app marks the moment it takes over the page ("wil-hydrate"): shifts from then
        // on are the hydration's; earlier ones (the browser loading a fallback font for a
        // script, say) are reported but are not the app's doing.
        const mark = performance.getEntriesByName('wil-hydrate')[0];
        let total = 0;
        let hydration = 0;
        const add = (entries) => {
          for (const e of entries) {
            if (e.hadRecentInput) continue;
            total += e.value;
            if (mark && e.startTime >= mark.startTime) hydration += e.value;
          }
        };
        const observer = new PerformanceObserver((list) => add(list.getEntries()));
        observer.observe({ type: 'layout-shift', buffered: true });
        // Buffered entries are queued at once; two frames let a shift caused by the
        // hydration itself be recorded too.
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            add(observer.takeRecords());
            observer.disconnect();
            resolve({ marked: Boolean(mark), total, hydration });
          }),
        );
      }),
  );
}

describe('hydration', () => {
  let env;
  let withJs;
  let withoutJs;
  before(async () => {
    env = await setup();
    withJs = await env.browser.newContext({ viewport: { width: 360, height: 640 } });
    withoutJs = await env.browser.newContext({
      viewport: { width: 360, height: 640 },
      javaScriptEnabled: false,
    });
    // Quick exit goes to Google: answer it locally so no real third-party request happens.
    await withJs.route('https://www.google.com/**', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<!doctype html><title>Google</title><p>elsewhere</p>',
      }),
    );
  });
  after(() => env?.teardown());

  test('hydrated pages equal the pre-rendered ones and do not shift', async (t) => {
    // One tab each for all pages: a new tab costs more than a visit.
    const staticPage = await withoutJs.newPage();
    const page = await withJs.newPage();
    for (const url of env.pages) {
      await t.test(new URL(url).pathname, async (t) => {
        await staticPage.goto(url);
        // The driver of the self-check, the screening aid, the stories and the quiz turns their
        // lists into screens after hydration, and shows "prepare for class"; the share panel
        // (never hydrated) gets its button and its drawn code (on purpose, tested in
        // check.test.mjs, screening.test.mjs, school.test.mjs and share.test.mjs): compare
        // everything else.
        const bodyText = () => {
          let text = document.body.innerText;
          for (const part of document.querySelectorAll('#self-check, #screening, #story, #quiz, #school-prepare, .share')) {
            text = text.replace(part.innerText, '');
          }
          return text.replace(/\n{2,}/g, '\n');
        };
        const staticText = await staticPage.evaluate(bodyText);
        assert.ok(staticText.trim().length > 0);

        await page.goto(url);
        await waitForHydration(page);
        const counts = await page.evaluate(() => ({
          main: document.querySelectorAll('main').length,
          h1: document.querySelectorAll('h1').length,
          helpstrip: document.querySelectorAll('.helpstrip').length,
        }));
        assert.deepEqual(counts, { main: 1, h1: 1, helpstrip: 1 });
        assert.equal(await page.evaluate(bodyText), staticText);

        const cls = await measureLayoutShift(page);
        t.diagnostic(`CLS ${cls.hydration.toFixed(4)} from hydration, ${cls.total.toFixed(4)} in all`);
        assert.ok(cls.marked, 'the app marked the start of hydration');
        assert.ok(cls.hydration < 0.01, `layout shift caused by hydration: ${cls.hydration}`);
      });
    }
    await staticPage.close();
    await page.close();
  });

  /** Opens /en/ then /en/pay/ (two history entries), runs `leave`, and checks that the
   *  exit replaced /en/pay/ in the history: Back leads to /en/, not to the page left. */
  async function checkQuickExit(leave) {
    const page = await withJs.newPage();
    try {
      await page.goto(env.server.origin + '/en/');
      await page.goto(env.server.origin + '/en/pay/');
      await waitForHydration(page);
      await leave(page);
      await page.waitForURL(EXIT_URL, { timeout: 10_000 });
      await page.goBack();
      assert.equal(page.url(), env.server.origin + '/en/');
    } finally {
      await page.close();
    }
  }

  test('quick exit link leaves without a way back', async () => {
    await checkQuickExit((page) => page.locator('a.exit').click());
  });

  test('pressing Escape twice leaves without a way back', async () => {
    await checkQuickExit(async (page) => {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Escape');
    });
  });

  test('one Escape does not leave', async () => {
    const page = await withJs.newPage();
    try {
      await page.goto(env.server.origin + '/en/pay/');
      await waitForHydration(page);
      await page.keyboard.press('Escape');
      // Bounded check that nothing happens: the URL stays for a second.
      await assert.rejects(
        poll(() => page.url() !== env.server.origin + '/en/pay/', { timeout: 1000 }),
      );
    } finally {
      await page.close();
    }
  });
});
