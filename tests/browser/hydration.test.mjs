// Once the app runs, quick exit must leave for good. (That hydration takes over every page
// without changing it is checked in the sweep of pages.test.mjs.)
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { poll, setup, waitForHydration } from './helpers.mjs';

const EXIT_URL = 'https://www.google.com/';

describe('hydration', () => {
  let env;
  let withJs;
  before(async () => {
    env = await setup();
    withJs = await env.browser.newContext({ viewport: { width: 360, height: 640 } });
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
