// The self-check in real Chromium: one question per screen with progress and back, a result
// that lists the signs the answers showed and the lines to call, and answers that live in
// the page's memory only ("start again" and leaving the page forget them).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { languageCodes, poll, setup, waitForHydration } from './helpers.mjs';

describe('self-check', () => {
  let env;
  before(async () => {
    env = await setup();
  });
  after(() => env?.teardown());

  const visibleQuestions = (page) =>
    page.locator('li.check-q').evaluateAll((lis) => lis.filter((li) => !li.hidden).map((li) => li.querySelector('h2').textContent));

  test('one question per screen, a result with the signs and the lines, start again forgets', async (t) => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${env.server.origin}/en/check/`);
    await waitForHydration(page);
    const total = await page.locator('li.check-q').count();
    assert.ok(total >= 16, `${total} questions`);
    // The start screen: the static list's intro is gone, no question shows yet.
    await poll(async () => page.locator('.check-go').isVisible(), { message: 'start button' });
    assert.deepEqual(await visibleQuestions(page), []);
    assert.ok(await page.locator('[data-static]').isHidden());

    await page.locator('.check-go').click();
    let shown = await visibleQuestions(page);
    assert.equal(shown.length, 1);
    assert.ok(await page.locator('li.check-q:not([hidden]) .check-progress').innerText().then((p) => p.includes(`1 of ${total}`)));
    // Focus follows the screen, for keyboards and screen readers.
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'check-q-1');

    // Answer so that exactly the first question shows its sign and the second is "not sure";
    // every other answer is the one that shows no sign.
    const signIf = await page.locator('li.check-q').evaluateAll((lis) => lis.map((li) => li.dataset.signIf));
    const opposite = (a) => (a === 'yes' ? 'no' : 'yes');
    for (let i = 0; i < total; i++) {
      const answer = i === 0 ? signIf[i] : i === 1 ? 'not-sure' : opposite(signIf[i]);
      await page.locator(`li.check-q:not([hidden]) button[data-answer="${answer}"]`).click();
      if (i === 0) {
        // Back shows the first question again with its answer marked, then go on.
        await page.locator('li.check-q:not([hidden]) .check-back').click();
        assert.equal((await visibleQuestions(page))[0], shown[0]);
        assert.equal(await page.locator(`li.check-q:not([hidden]) button[data-answer="${answer}"]`).getAttribute('aria-pressed'), 'true');
        await page.locator(`li.check-q:not([hidden]) button[data-answer="${answer}"]`).click();
      }
    }
    assert.ok(await page.locator('.check-result').isVisible(), 'the result shows');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'check-result');
    const signs = await page.locator('.check-signs li:not([hidden])').allInnerTexts();
    assert.equal(signs.length, 1, `signs: ${signs}`);
    assert.equal(await page.locator('.check-unsure li:not([hidden])').count(), 1);
    assert.equal(await page.locator('.check-meanings li:not([hidden])').count(), 1);
    assert.ok(await page.locator('.check-not-legal').isVisible());
    const lines = await page.locator('.check-lines a.call:not([hidden])').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.ok(lines.length >= 1 && lines.every((h) => /^tel:\+?\d+$/.test(h)), `lines: ${lines}`);
    // The first question is about deceptive recruitment: the Labour Inspectorate is offered.
    assert.ok(lines.includes('tel:+37167186522'), `lines: ${lines}`);
    t.diagnostic(`sign: ${signs[0]}; lines: ${lines.join(' ')}`);

    await page.locator('.check-again').click();
    assert.ok(await page.locator('.check-go').isVisible());
    assert.equal(await page.locator('button[aria-pressed="true"]').count(), 0, 'answers forgotten');
    assert.equal(await page.locator('.check-signs li:not([hidden])').count(), 0);
    // Nothing of it was stored on the phone.
    const stored = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }));
    assert.deepEqual(stored, { local: 0, session: 0, cookie: '' });
    await context.close();
  });

  test('without JavaScript every question and the general lines are on screen', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${env.server.origin}/en/check/`);
    const total = await page.locator('li.check-q').count();
    assert.ok(total >= 16);
    assert.equal((await visibleQuestions(page)).length, total);
    assert.ok(await page.locator('li.check-q h2').first().isVisible(), 'the questions show');
    assert.ok(await page.locator('.check-lines a.call[data-general]').first().isVisible(), 'the help lines show');
    assert.ok(await page.locator('.check-go').isHidden(), 'no button that needs the app');
    await context.close();
  });

  test('leaving the page and coming back with Back shows a fresh start', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${env.server.origin}/en/check/`);
    await waitForHydration(page);
    await page.locator('.check-go').click();
    for (let i = 0; i < 3; i++) await page.locator('li.check-q:not([hidden]) button[data-answer="yes"]').click();
    await page.goto(`${env.server.origin}/en/help/`);
    await page.goBack();
    await waitForHydration(page);
    await poll(async () => page.locator('.check-go').isVisible(), { message: 'the start screen after Back' });
    assert.equal(await page.locator('button[aria-pressed="true"]').count(), 0, 'no answer survives leaving');
    await context.close();
  });

  test('every language starts with its first question, in its own direction', async (t) => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    for (const lang of await languageCodes()) {
      await page.goto(`${env.server.origin}/${lang}/check/`);
      await waitForHydration(page);
      await page.locator('.check-go').click();
      const [question] = await visibleQuestions(page);
      assert.ok(question && question.trim().length > 5, `${lang}: ${question}`);
      const dir = await page.evaluate(() => document.documentElement.dir);
      const buttonDir = await page.locator('li.check-q:not([hidden]) button.answer').first().evaluate((b) => getComputedStyle(b).direction);
      assert.equal(buttonDir, dir, `${lang}: buttons follow the page's direction`);
      t.diagnostic(`${lang} (${dir}): ${question}`);
    }
    await context.close();
  });
});
