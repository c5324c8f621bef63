// Every page of the sitemap, as a phone gets it: once without JavaScript and once with it.
// A visit costs more than any check made during it, so each page is visited twice in all
// and every per-page property is checked on those two visits (they were five sweeps, which
// took most of the browser tests' time):
// - Without JavaScript the page is complete: the pre-rendered HTML is the app for old
//   phones, data-saving browsers and anyone who turned scripts off.
// - Hydration takes over that page without changing it: no duplicated DOM, the same text,
//   no visible jump.
// - Privacy: the people using this app may be watched by an employer or a trafficker. The
//   app contacts no third party, stores nothing that identifies them, and runs cleanly under
//   its strict Content-Security-Policy (a violation would mean a blocked, broken feature).
// - Layout on small, cheap phones and with large text: the buttons that matter in a hurry
//   (call, exit, help strip) are easy to hit, and nothing scrolls sideways at 320 px with
//   text at 200 %.
// - The share panel's QR code is drawn with no request, is large enough for another phone,
//   and zbarimg reads the page's own address from it.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { languageOf, readQr, setup, waitForHydration } from './helpers.mjs';

const MIN_TARGET = 48; // CSS px, the usual minimum touch target
const MIN_CODE = 240; // CSS px on a 360 px screen: large enough to scan from another phone

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

/** The page's text, without the parts that change on purpose once the app runs: the driver
 *  of the self-check, the screening aid, the stories and the quiz turns their lists into
 *  screens and shows "prepare for class"; the share panel (never hydrated) gets its button
 *  and its drawn code (tested in check, screening, school and share.test.mjs). */
const bodyText = () => {
  let text = document.body.innerText;
  for (const part of document.querySelectorAll('#self-check, #screening, #story, #quiz, #school-prepare, .share')) {
    text = text.replace(part.innerText, '');
  }
  return text.replace(/\n{2,}/g, '\n');
};

/** Without JavaScript: language, direction, a visible heading, text or (on the chooser)
 *  every language, a title and the previews' words. Returns the page's text. */
async function checkWithoutJs(page, url, languages) {
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

  const text = await page.evaluate(bodyText);
  assert.ok(text.trim().length > 0);
  return text;
}

/** The touch targets that matter in a hurry, at 360 px with normal text. Returns how many
 *  call links it checked. */
async function checkTouchTargets(page) {
  const targets = await page.evaluate(() =>
    // What is hidden (the self-check's other screens) cannot be touched.
    [...document.querySelectorAll('a.call, a.exit, .helpstrip a, .check button')]
      .filter((a) => !a.closest('[hidden]'))
      .map((a) => {
        const r = a.getBoundingClientRect();
        return { what: `${a.className} ${a.getAttribute('href')}`, w: r.width, h: r.height };
      }),
  );
  // Every page has the exit link and the help strip with the emergency number.
  assert.ok(targets.some((x) => x.what.startsWith('exit ')), 'no a.exit');
  assert.ok(targets.some((x) => x.what.endsWith(' tel:112')), 'no help strip link to 112');
  const small = targets.filter((x) => x.w < MIN_TARGET || x.h < MIN_TARGET);
  assert.deepEqual(small, [], 'touch targets smaller than 48×48 px');
  return targets.filter((x) => x.what.startsWith('call ')).length;
}

/** The smallest phones with text at 200 %: nothing sticks out sideways. The app sets
 *  112.5 %; twice that is what a phone's "text size 200 %" does to it. Set through the
 *  CSSOM, which the page's CSP allows (a <style> element it would block). */
async function checkLargeText(page) {
  await page.setViewportSize({ width: 320, height: 640 });
  const m = await page.evaluate(() => {
    document.documentElement.style.fontSize = '225%';
    const width = window.innerWidth;
    // The innermost elements that stick out, to make a failure easy to fix.
    const out = [...document.body.querySelectorAll('*')].filter((el) => {
      const r = el.getBoundingClientRect();
      return r.right > width + 0.5 || r.left < -0.5;
    });
    const innermost = out.filter((el) => !out.some((o) => o !== el && el.contains(o)));
    return {
      fontSize: getComputedStyle(document.documentElement).fontSize,
      scrollWidth: document.documentElement.scrollWidth,
      width,
      culprits: [
        ...new Set(
          innermost.map((el) => {
            const r = el.getBoundingClientRect();
            const what = el.closest('a, button, summary, h1, h2, p, li') ?? el;
            const cls = what.getAttribute('class') ? '.' + what.getAttribute('class') : '';
            return (
              `${what.tagName.toLowerCase()}${cls} "${what.textContent.trim().slice(0, 30)}" ` +
              `spans ${Math.round(r.left)}..${Math.round(r.right)}`
            );
          }),
        ),
      ].slice(0, 5),
    };
  });
  assert.equal(m.fontSize, '36px', 'the larger text did not apply');
  assert.ok(
    m.scrollWidth <= m.width,
    `page is ${m.scrollWidth} px wide in a ${m.width} px window; sticking out: ` + m.culprits.join('; '),
  );
}

describe('every page, without and with JavaScript', () => {
  let env;
  let shots; // the screenshots of the codes, kept until the end
  let withoutJs;
  let withJs;
  const requests = []; // every request of every page and of the service worker
  const problems = []; // console errors and uncaught exceptions
  before(async () => {
    env = await setup();
    shots = await mkdtemp(join(tmpdir(), 'wil-qr-'));
    withoutJs = await env.browser.newContext({ viewport: { width: 360, height: 640 }, javaScriptEnabled: false });
    withJs = await env.browser.newContext({ viewport: { width: 360, height: 640 } });
    withJs.on('request', (request) => requests.push(request.url()));
    // Collect CSP violations from the document itself (init scripts are exempt from CSP).
    await withJs.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__cspViolations.push(`${e.violatedDirective} blocked ${e.blockedURI}`);
      });
    });
  });
  after(async () => {
    await rm(shots, { recursive: true, force: true });
    await env?.teardown();
  });

  test('every page is complete without JavaScript, hydrates to the same page, stays private, fits and shares', async (t) => {
    assert.ok(env.pages.length >= 7, `sitemap lists only ${env.pages.length} pages`);
    const languages = new Set(env.pages.map(languageOf).filter(Boolean));
    // One tab each for all pages (a new tab costs more than a visit). After the first page
    // the service worker controls the rest, so both ways of loading are covered.
    const staticPage = await withoutJs.newPage();
    const page = await withJs.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`${page.url()} console: ${m.text()}`);
    });
    page.on('pageerror', (e) => problems.push(`${page.url()} pageerror: ${e.message}`));
    let calls = 0;
    const codes = []; // zbarimg runs beside the browser; its answers are awaited at the end
    for (const url of env.pages) {
      const path = new URL(url).pathname;
      await t.test(path, async (t) => {
        const staticText = await checkWithoutJs(staticPage, url, languages);

        await page.setViewportSize({ width: 360, height: 640 });
        const response = await page.goto(url);
        assert.equal(response.status(), 200);
        const csp = response.headers()['content-security-policy'];
        assert.ok(csp, 'no Content-Security-Policy header');
        assert.match(csp, /default-src 'self'/);
        assert.doesNotMatch(csp, /'unsafe-inline'/);
        assert.doesNotMatch(csp, /'unsafe-eval'/); // 'wasm-unsafe-eval' is fine

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
        assert.deepEqual(await withJs.cookies(), []);
        assert.deepEqual(problems, []);

        calls += await checkTouchTargets(page);

        // The code, opened as a person would, read from a screenshot of it. Closed again
        // before the large-text check, which is about the page itself.
        await page.locator('[data-qr] svg').waitFor({ state: 'attached' });
        const summary = page.locator('.share-qr summary');
        await summary.click();
        const code = page.locator('.share-code');
        const box = await code.boundingBox();
        assert.ok(box.width >= MIN_CODE, `the code is only ${box.width} px wide`);
        const want = await page.locator('link[rel="canonical"]').getAttribute('href');
        const shot = await code.screenshot();
        codes.push(readQr(shot, shots, path).then((read) => ({ path, read, want })));
        await summary.click();

        await checkLargeText(page);
      });
    }
    // Let the last page and the service worker finish their work (keeping a language), so
    // that what they do late is seen too.
    await page.waitForLoadState('networkidle');
    await staticPage.close();
    await page.close();

    // The help pages list phone numbers: make sure a.call was really checked.
    assert.ok(calls > 0, 'no a.call link found on any page');
    t.diagnostic(`${calls} call links checked`);
    const wrong = (await Promise.all(codes))
      .filter(({ read, want }) => read !== want)
      .map(({ path, read, want }) => `${path}: the code reads ${JSON.stringify(read)}, not ${want}`);
    assert.deepEqual(wrong, []);
    assert.equal(codes.length, env.pages.length);
    t.diagnostic(`${codes.length} codes read back`);
    const fetched = requests.filter((u) => new URL(u).pathname.startsWith('/qr/'));
    assert.deepEqual(fetched, [], 'the app fetched a code it can draw');
  });

  test('every request went to the app’s own origin, and nothing failed later', async (t) => {
    assert.deepEqual(problems, []);
    assert.deepEqual(await withJs.cookies(), []);
    // Also proves the test saw traffic at all (an empty list would prove nothing).
    assert.ok(requests.length >= env.pages.length, `only ${requests.length} requests seen`);
    const foreign = requests.filter((u) => new URL(u).origin !== env.server.origin);
    assert.deepEqual(foreign, []);
    t.diagnostic(`${requests.length} requests, all to ${env.server.origin}`);
  });
});
