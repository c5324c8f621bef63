// Small, cheap phones and large text: the buttons that matter in a hurry (call, exit, help
// strip) must be easy to hit, and no page may scroll sideways at 320 px with text at 200 %.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { setup, waitForHydration } from './helpers.mjs';

const MIN_TARGET = 48; // CSS px, the usual minimum touch target

describe('layout', () => {
  let env;
  let page;
  before(async () => {
    env = await setup();
    // bypassCSP: only so the test can add its own <style>; the app's CSP forbids inline styles.
    const context = await env.browser.newContext({ bypassCSP: true });
    page = await context.newPage(); // one tab for all pages: a new tab costs more than a visit
  });
  after(() => env?.teardown());

  test('every page: big touch targets, no sideways scrolling with 200 % text', async (t) => {
    let calls = 0;
    for (const url of env.pages) {
      await t.test(new URL(url).pathname, async () => {
        // Normal text on a common small phone: the touch targets.
        await page.setViewportSize({ width: 360, height: 640 });
        await page.goto(url);
        await waitForHydration(page);
        const targets = await page.evaluate(() =>
          // What is hidden (the self-check's other screens) cannot be touched.
          [...document.querySelectorAll('a.call, a.exit, .helpstrip a, .check button')].filter((a) => !a.closest('[hidden]')).map((a) => {
            const r = a.getBoundingClientRect();
            return { what: `${a.className} ${a.getAttribute('href')}`, w: r.width, h: r.height };
          }),
        );
        // Every page has the exit link and the help strip with the emergency number.
        assert.ok(targets.some((x) => x.what.startsWith('exit ')), 'no a.exit');
        assert.ok(targets.some((x) => x.what.endsWith(' tel:112')), 'no help strip link to 112');
        calls += targets.filter((x) => x.what.startsWith('call ')).length;
        const small = targets.filter((x) => x.w < MIN_TARGET || x.h < MIN_TARGET);
        assert.deepEqual(small, [], 'touch targets smaller than 48×48 px');

        // The smallest phones with text at 200 %. The app sets 112.5 %; twice that is what
        // a phone's "text size 200 %" does to it.
        await page.setViewportSize({ width: 320, height: 640 });
        await page.addStyleTag({ content: 'html{font-size:225%}' });
        const m = await page.evaluate(() => {
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
            culprits: [...new Set(innermost.map((el) => {
              const r = el.getBoundingClientRect();
              const what = el.closest('a, button, summary, h1, h2, p, li') ?? el;
              const cls = what.getAttribute('class') ? '.' + what.getAttribute('class') : '';
              return `${what.tagName.toLowerCase()}${cls} "${what.textContent.trim().slice(0, 30)}" ` +
                `spans ${Math.round(r.left)}..${Math.round(r.right)}`;
            }))].slice(0, 5),
          };
        });
        assert.equal(m.fontSize, '36px', 'the larger text did not apply');
        assert.ok(
          m.scrollWidth <= m.width,
          `page is ${m.scrollWidth} px wide in a ${m.width} px window; sticking out: ` +
            m.culprits.join('; '),
        );
      });
    }
    // The help pages list phone numbers: make sure a.call was really checked.
    assert.ok(calls > 0, 'no a.call link found on any page');
    t.diagnostic(`${calls} call links checked`);
  });
});
