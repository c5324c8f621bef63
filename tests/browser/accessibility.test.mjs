// WCAG 2.2 AA, checked by axe-core in real Chromium on every kind of page, in a left-to-right
// and a right-to-left language, in light and dark mode.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { setup, waitForHydration } from './helpers.mjs';

const require = createRequire(import.meta.url);
const AXE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
const PATHS = ['/', '/en/', '/en/pay/', '/en/help/', '/en/search/', '/en/404.html', '/ur/', '/ur/warning-signs/', '/ur/help/', '/hi/contract/', '/en/check/', '/lv/screening/', '/lv/screening/ur/', '/ru/school/', '/ur/school/loverboy/', '/lv/school/quiz/', '/en/school/teachers-guide/'];

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  let env;
  before(async () => {
    env = await setup();
  });
  after(() => env?.teardown());

  for (const scheme of ['light', 'dark']) {
    test(`no violations, ${scheme} mode`, async (t) => {
      // axe is injected as a script, which our CSP rightly forbids: only this test bypasses it.
      const context = await env.browser.newContext({ bypassCSP: true, colorScheme: scheme });
      const page = await context.newPage();
      for (const path of PATHS) {
        await page.goto(env.server.origin + path);
        await waitForHydration(page);
        await page.addScriptTag({ content: AXE });
        const result = await page.evaluate(() =>
          window.axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
          }),
        );
        const found = result.violations.map(
          (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`,
        );
        assert.deepEqual(found, [], `${path} (${scheme})`);
        t.diagnostic(`${path}: ${result.passes.length} rules passed`);
      }
      await context.close();
    });
  }
});
