// The professional's screening aid in real Chromium: the person's language chosen from
// /<lang>/screening/, every screen in both languages with each side's own lang and dir, the
// person's answers and the professional's observations summed up by dimension with the ILO
// combination rule, and nothing of it kept: "erase" and leaving forget everything.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { languageCodes, poll, scrollSettled, setup, waitForHydration } from './helpers.mjs';

const require = createRequire(import.meta.url);
const AXE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

describe('screening aid', () => {
  let env;
  before(async () => {
    env = await setup();
  });
  after(() => env?.teardown());

  const screen = (page) => page.locator('#screening [data-screen]:not([hidden])');
  const shown = (page, selector) =>
    page.locator(`#screening ${selector}`).evaluateAll((els) => els.filter((el) => !el.closest('[hidden]')).length);
  const axe = async (page, what) => {
    await scrollSettled(page);
    await page.addScriptTag({ content: AXE });
    const result = await page.evaluate(() =>
      window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }),
    );
    const found = result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    assert.deepEqual(found, [], what);
  };
  /** What the phone holds besides the page itself, to compare before and after. */
  const traces = (page) =>
    page.evaluate(async () => {
      const cached = [];
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) cached.push(new URL(request.url).pathname + new URL(request.url).search);
      }
      return {
        local: localStorage.length,
        session: sessionStorage.length,
        cookie: document.cookie,
        indexedDB: (await indexedDB.databases()).length,
        url: location.pathname + location.search + location.hash,
        // Only the site's own pages and files, never anything with a query or answers in it.
        cachedWithQuery: cached.filter((p) => p.includes('?')),
      };
    });

  test('Latvian professional, Urdu person: both sides, a summary by dimension, erase', async (t) => {
    // bypassCSP: only for axe, injected as a script.
    const context = await env.browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${env.server.origin}/lv/screening/`);
    await waitForHydration(page);
    // Every language can be chosen, by its own name, with its own lang and dir.
    const choices = await page.locator('main .choices a').evaluateAll((as) => as.map((a) => [a.lang, a.dir, a.getAttribute('href')]));
    const codes = await languageCodes();
    assert.deepEqual(choices.map(([lang]) => lang), codes);
    assert.deepEqual(choices.find(([lang]) => lang === 'ur'), ['ur', 'rtl', '/lv/screening/ur/']);
    await page.locator('main .choices a[lang="ur"]').click();
    await page.waitForURL('**/lv/screening/ur/');
    await waitForHydration(page);
    const start = page.url();

    // The opening: each text in Latvian (the page) and Urdu (its side), right to left.
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'lv');
    const sides = await screen(page).locator('.pair').evaluateAll((pairs) =>
      pairs.map((p) => [...p.children].map((c) => [c.lang || document.documentElement.lang, getComputedStyle(c).direction])),
    );
    assert.ok(sides.length >= 4, 'the opening is bilingual');
    for (const s of sides) assert.deepEqual(s, [['lv', 'ltr'], ['ur', 'rtl']]);
    assert.ok(await screen(page).locator('.notice[lang="ur"]').isVisible(), "the person's side says it is a draft");
    await axe(page, 'opening');
    await screen(page).locator('button[data-go="next"]').click();

    // One question per screen in both languages: the person answers "not sure" to all but
    // the first question, whose sign (deceptive recruitment, strong) comes up.
    const questions = await page.locator('#screening li.check-q').evaluateAll((lis) => lis.map((li) => li.dataset.signIf));
    assert.ok(questions.length >= 16);
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'screening-q-1');
    const heading = await screen(page).locator('h2 .side').evaluateAll((s) => s.map((el) => el.lang || 'page'));
    assert.deepEqual(heading, ['page', 'ur']);
    const button = await screen(page).locator('button[data-answer="yes"] [lang="ur"]').evaluate((el) => getComputedStyle(el).direction);
    assert.equal(button, 'rtl', "the answer's Urdu word is right to left");
    await axe(page, 'question');
    for (let i = 0; i < questions.length; i++) {
      const answer = i === 0 ? questions[0] : 'not-sure';
      await screen(page).locator(`button[data-answer="${answer}"]`).click();
    }
    // The closing, for the person; then the professional's own screen.
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'screening-closing');
    await screen(page).locator('button[data-go="next"]').click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'screening-observed');
    await axe(page, 'observed signs');
    // Two strong signs of coercion at destination: that dimension reaches the rule.
    await page.locator('input[data-observed][data-dim="coercion-at-destination"][data-grade="strong"]').nth(0).check();
    await page.locator('input[data-observed][data-dim="coercion-at-destination"][data-grade="strong"]').nth(1).check();
    await screen(page).locator('button[data-go="next"]').click();

    // The summary: one dimension reaches the rule, one has a sign below it, none other shows.
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'screening-summary');
    const met = await page.locator('#screening [data-met]').evaluateAll((ps) => ps.filter((p) => !p.hidden).map((p) => p.dataset.met));
    assert.deepEqual(met, ['1']);
    const dims = await page.locator('#screening section.aid-dim').evaluateAll((ss) =>
      ss.filter((s) => !s.hidden).map((s) => [s.dataset.dimState, [...s.querySelectorAll('h3 [data-dim-state]')].filter((b) => !b.hidden).map((b) => b.dataset.dimState)]),
    );
    assert.deepEqual(dims, [
      ['deceptive-recruitment any', ['deceptive-recruitment below']],
      ['coercion-at-destination any', ['coercion-at-destination met']],
    ]);
    assert.equal(await shown(page, '[data-sign]'), 3, 'one answered sign and two observed');
    assert.equal(await shown(page, '[data-unsure]'), questions.length - 1);
    // Next steps: the providers and the police, tap to call; the person's part in Urdu.
    const calls = await screen(page).locator('a.call').evaluateAll((as) => as.filter((a) => !a.hidden).map((a) => a.getAttribute('href')));
    assert.deepEqual(calls, ['tel:+37128612120', 'tel:80002012', 'tel:110']);
    assert.ok((await screen(page).locator('.aid-refer .theirs[lang="ur"]').count()) >= 4);
    // Notes are the professional's choice; they are printed with the summary, in full.
    const notes = page.getByRole('textbox');
    await notes.click();
    const long = Array.from({ length: 12 }, (_, i) => `Line ${i + 1}: met at the bus station.`).join('\n');
    await page.keyboard.insertText(long);
    await page.emulateMedia({ media: 'print' });
    const printed = await notes.evaluate((el) => ({ text: el.innerText, fits: el.scrollHeight <= el.clientHeight + 1 }));
    assert.equal(printed.text.trim(), long);
    assert.ok(printed.fits, 'the notes print in full, not cut off');
    assert.equal(await shown(page, 'button:visible'), 0, 'no buttons on paper');
    assert.ok(await page.locator('.helpstrip').isHidden());
    await page.emulateMedia({ media: 'screen' });
    await axe(page, 'summary');
    const before = await traces(page);

    // Erase: back to the opening, nothing answered, marked, typed or printed is left.
    await page.locator('button[data-go="again"]').click();
    assert.ok(await page.locator('#screening .check-start').isVisible(), 'the opening again');
    assert.equal(await page.locator('#screening button[aria-pressed="true"]').count(), 0);
    assert.equal(await page.locator('input[data-observed]:checked').count(), 0);
    assert.equal(await page.locator('.aid-notes').textContent(), '', 'the notes are gone');
    const after = await traces(page);
    assert.deepEqual(after, { ...before, url: new URL(start).pathname });
    assert.deepEqual(after, { local: 0, session: 0, cookie: '', indexedDB: 0, url: '/lv/screening/ur/', cachedWithQuery: [] });
    t.diagnostic(`${questions.length} questions, summary and erase checked`);
    await context.close();
  });

  test('leaving forgets: Back from another page shows the opening with nothing marked', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${env.server.origin}/ur/screening/lv/`);
    await waitForHydration(page);
    await screen(page).locator('button[data-go="next"]').click();
    for (let i = 0; i < 3; i++) await screen(page).locator('button[data-answer="no"]').click();
    await page.goto(`${env.server.origin}/ur/help/`);
    await page.goBack();
    await waitForHydration(page);
    await poll(async () => page.locator('#screening .check-start').isVisible(), { message: 'the opening after Back' });
    assert.equal(await page.locator('#screening button[aria-pressed="true"]').count(), 0);
    await context.close();
  });

  test('the same language on both sides shows it once', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${env.server.origin}/ru/screening/ru/`);
    await waitForHydration(page);
    assert.equal(await page.locator('#screening .theirs').count(), 0);
    assert.ok(await screen(page).locator('button[data-go="next"]').isVisible());
    await context.close();
  });

  test('without JavaScript: the questions in both languages and the next steps', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${env.server.origin}/lv/screening/ur/`);
    const total = await page.locator('#screening li.check-q').count();
    assert.ok(total >= 16);
    assert.equal(await shown(page, 'li.check-q h2 .theirs[lang="ur"]'), total);
    assert.ok(await page.locator('.aid-refer a.call').first().isVisible(), 'the lines to call');
    assert.equal(await shown(page, 'button'), 0, 'no button that needs the app');
    await context.close();
  });

  // Last: it stops the server.
  test('prepare this phone: then the aid and the self-check work with the server stopped', async (t) => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const origin = env.server.origin;
    await page.goto(`${origin}/lv/screening/`);
    await waitForHydration(page);
    await page.evaluate(() => navigator.serviceWorker.ready);
    // The size is on screen before anything is downloaded.
    const about = await page.locator('.aid-prepare p').first().innerText();
    assert.match(about, /\d+ KB/);
    const codes = await languageCodes();
    await page.locator('button[data-go="prepare"]').click();
    await poll(async () => page.locator('.aid-prepare [data-state="done"]').isVisible(), {
      timeout: 30_000,
      message: 'the phone prepared',
    });
    // The progress bar went the whole way: the aid for each language and each self-check.
    const [value, max] = await page.locator('.aid-prepare progress').evaluate((p) => [p.value, p.max]);
    assert.deepEqual([value, max], [1 + 2 * codes.length, 1 + 2 * codes.length]);
    t.diagnostic(`prepared: ${about}`);

    await env.server.stop();
    // The Urdu person's screens, end to end, with no server at all.
    await page.goto(`${origin}/lv/screening/ur/`);
    await waitForHydration(page);
    await screen(page).locator('button[data-go="next"]').click();
    const total = await page.locator('#screening li.check-q').count();
    for (let i = 0; i < total; i++) await screen(page).locator('button[data-answer="not-sure"]').click();
    await screen(page).locator('button[data-go="next"]').click();
    await page.locator('input[data-observed]').first().check();
    await screen(page).locator('button[data-go="next"]').click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'screening-summary');
    assert.equal(await shown(page, '[data-unsure]'), total);
    assert.equal(await shown(page, '[data-sign]'), 1, 'the observed sign');
    // And the self-check in every language.
    for (const lang of codes) {
      await page.goto(`${origin}/${lang}/check/`);
      await waitForHydration(page);
      await page.locator('.check-go').click();
      assert.ok(await page.locator('li.check-q:not([hidden])').first().isVisible(), `${lang} offline`);
    }
    await context.close();
  });
});
