// The people using this app may be watched by an employer or a trafficker: the app must not
// contact any third party, must store nothing that identifies them, and must run cleanly
// under its strict Content-Security-Policy (a violation would mean a blocked, broken feature).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { setup, waitForHydration } from './helpers.mjs';

describe('privacy and security with JavaScript on', () => {
  let env;
  let context;
  let page;
  const requests = []; // every request of every page and of the service worker
  const problems = []; // console errors and uncaught exceptions
  before(async () => {
    env = await setup();
    context = await env.browser.newContext();
    context.on('request', (request) => requests.push(request.url()));
    // Collect CSP violations from the document itself (init scripts are exempt from CSP).
    await context.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI}`);
      });
    });
    // One tab for all pages (a new tab costs more than a visit); after the first page the
    // service worker controls the rest, so both ways of loading are covered.
    page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`${page.url()} console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`${page.url()} pageerror: ${e.message}`));
  });
  after(() => env?.teardown());

  test('every page: strict CSP, no cookies, no storage, no errors', async (t) => {
    for (const url of env.pages) {
      await t.test(new URL(url).pathname, async () => {
        const response = await page.goto(url);
        assert.equal(response.status(), 200);

        const csp = response.headers()['content-security-policy'];
        assert.ok(csp, 'no Content-Security-Policy header');
        assert.match(csp, /default-src 'self'/);
        assert.doesNotMatch(csp, /'unsafe-inline'/);
        assert.doesNotMatch(csp, /'unsafe-eval'/); // 'wasm-unsafe-eval' is fine

        await waitForHydration(page);
        const state = await page.evaluate(async () => ({
          cookie: document.cookie,
          local: localStorage.length,
          session: sessionStorage.length,
          idb: (await indexedDB.databases()).map((d) => d.name),
          csp: window.__cspViolations,
        }));
        assert.equal(state.cookie, '');
        assert.equal(state.local, 0, 'localStorage is not empty');
        assert.equal(state.session, 0, 'sessionStorage is not empty');
        assert.deepEqual(state.idb, [], 'IndexedDB databases exist');
        assert.deepEqual(state.csp, [], 'CSP violations');
        assert.deepEqual(await context.cookies(), []);
        assert.deepEqual(problems, []);
      });
    }
  });

  test('every request went to the app’s own origin, and nothing failed later', async (t) => {
    // Let the last page and the service worker finish their work (caching a language).
    await page.waitForLoadState('networkidle');
    assert.deepEqual(problems, []);
    assert.deepEqual(await context.cookies(), []);
    // Also proves the test saw traffic at all (an empty list would prove nothing).
    assert.ok(requests.length >= env.pages.length, `only ${requests.length} requests seen`);
    const foreign = requests.filter((u) => new URL(u).origin !== env.server.origin);
    assert.deepEqual(foreign, []);
    t.diagnostic(`${requests.length} requests, all to ${env.server.origin}`);
  });
});
