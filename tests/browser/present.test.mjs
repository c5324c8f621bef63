// The classroom screen in real Chromium at a projector's 1280×720: the keys of a presentation
// clicker (next, back, reveal, the class's choice, blackout, full screen, first and last),
// Escape never leaving the lesson, every screen of every story and of the quiz in every
// language readable from the back of a room (no text below 32 px, nothing cut off), axe,
// a lesson with the server stopped, and nothing left behind.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { axeViolations, cachedPaths, languageCodes, poll, setup, storyIds, waitForHydration } from './helpers.mjs';

const PROJECTOR = { width: 1280, height: 720 };

/** The id (or class, for the quiz's screens) of the screen on view, and what it shows. */
const state = (page) =>
  page.evaluate(() => {
    const root = document.querySelector('[data-present]');
    const shown = [...root.querySelectorAll('[data-screen]')].filter((s) => !s.hidden);
    const s = shown[0];
    const why = s?.querySelector('.story-why');
    return {
      screens: shown.length,
      id: s?.id || s?.className,
      why: why ? getComputedStyle(why).visibility : null,
      answer: s?.querySelector('details')?.open ?? null,
      count: root.querySelector('[data-count]').textContent,
      black: !root.querySelector('[data-black]').hidden,
    };
  });

describe('classroom screen', () => {
  let env;
  let stories;
  before(async () => {
    env = await setup();
    stories = await storyIds();
    for (const id of [...stories, 'quiz']) {
      const url = `${env.server.origin}/en/school/present/${id}/`;
      assert.ok(env.pages.includes(url), `${url} is in the sitemap`);
    }
  });
  after(() => env?.teardown());

  async function open(path, context = env.browser) {
    const page = await context.newPage({ viewport: PROJECTOR });
    await page.setViewportSize(PROJECTOR);
    await page.goto(env.server.origin + path);
    await waitForHydration(page);
    return page;
  }

  test('the school page and the teacher\'s guide lead to it, and it lists every story and the quiz', async () => {
    const page = await open('/en/school/');
    assert.ok(await page.locator('main a[href="/en/school/present/"]').count(), 'school page');
    await page.goto(`${env.server.origin}/en/school/teachers-guide/`);
    assert.ok(await page.locator('main a[href="/en/school/present/"]').count(), 'guide');
    await page.goto(`${env.server.origin}/en/school/present/`);
    const listed = await page.locator('main .cards a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    assert.deepEqual(listed, [...stories, 'quiz'].map((id) => `/en/school/present/${id}/`));
    await page.close();
  });

  test('a story by keys: next reveals, then goes on the safer way; numbers choose; back, Home, End, blackout, full screen', async () => {
    const page = await open('/en/school/present/summer-job-abroad/');
    const entries = await page.evaluate(() => history.length);
    let s = await state(page);
    assert.equal(s.screens, 1);
    assert.equal(s.id, 'present-cover');
    const [, total] = s.count.split(' / ').map(Number);
    assert.match(s.count, /^1 \/ \d+$/);
    assert.ok(await page.locator('#present-cover svg').isVisible(), 'the QR code shows');
    assert.match(await page.locator('#present-cover figcaption').innerText(), /\/en\/school\/summer-job-abroad\//);

    await page.keyboard.press('ArrowRight');
    s = await state(page);
    assert.match(s.id, /^s-/, 'the first decision');
    const decision = s.id;
    assert.equal(s.count, `2 / ${total}`);

    await page.keyboard.press(' ');
    s = await state(page);
    assert.match(s.id, /^c-/, 'the feedback of a choice');
    assert.ok(await page.locator(`[id="${s.id}"][data-safer]`).count(), 'next takes the safer choice');
    assert.equal(s.why, 'hidden', 'what happened first');
    await page.keyboard.press('PageDown');
    assert.equal((await state(page)).why, 'visible', 'then the warning signs and the safer move');
    await page.keyboard.press('ArrowLeft');
    assert.equal((await state(page)).why, 'hidden', 'back hides them again');
    await page.keyboard.press('PageUp');
    assert.equal((await state(page)).id, decision, 'back again: the decision');

    // The class chose the second answer.
    const second = await page.locator(`[id="${decision}"] a.choice`).nth(1).getAttribute('data-go');
    await page.keyboard.press('2');
    assert.equal((await state(page)).id, second.slice(1), '2 picks the second choice');
    await page.keyboard.press('ArrowUp');
    assert.equal((await state(page)).id, decision);

    await page.keyboard.press('End');
    s = await state(page);
    assert.ok(await page.locator(`[id="${s.id}"].story-end`).count(), 'End: an ending');
    assert.ok(await page.locator(`[id="${s.id}"] a.call[href^="tel:"]`).count(), 'with help to call');
    assert.equal(s.count, `${total} / ${total}`);
    await page.keyboard.press('ArrowRight');
    assert.equal((await state(page)).id, s.id, 'nothing after the end');
    await page.keyboard.press('Home');
    s = await state(page);
    assert.equal(s.id, 'present-cover');
    assert.equal(s.count, `1 / ${total}`);

    await page.keyboard.press('b');
    assert.ok((await state(page)).black, 'B: black');
    assert.ok(await page.locator('[data-black]').evaluate((b) => {
      const r = b.getBoundingClientRect();
      return r.width >= innerWidth && r.height >= innerHeight && getComputedStyle(b).backgroundColor === 'rgb(0, 0, 0)';
    }), 'the black covers the screen');
    await page.keyboard.press('ArrowRight');
    s = await state(page);
    assert.ok(!s.black && s.id === 'present-cover', 'a key lights it again, without moving on');
    await page.keyboard.press('.');
    assert.ok((await state(page)).black, '"." too');
    await page.keyboard.press('.');
    assert.ok(!(await state(page)).black);

    await page.keyboard.press('f');
    await poll(() => page.evaluate(() => document.fullscreenElement !== null), { message: 'F: full screen' });
    await page.keyboard.press('f');
    await poll(() => page.evaluate(() => document.fullscreenElement === null), { message: 'F again: not full screen' });

    // Escape twice (the quick exit elsewhere) leaves neither the page nor the lesson.
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    assert.equal(new URL(page.url()).pathname, '/en/school/present/summer-job-abroad/');
    assert.equal((await state(page)).id, decision);
    // The steps are not in the history: Back leaves the page, as quick exit would.
    assert.equal(await page.evaluate(() => history.length), entries);
    const traces = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }));
    assert.deepEqual(traces, { local: 0, session: 0, cookie: '' });
    await page.close();
  });

  test('the quiz by keys: a number marks the class\'s answer, next reveals it, then the next question; no score', async () => {
    const page = await open('/en/school/present/quiz/');
    let s = await state(page);
    assert.match(s.id, /check-start/);
    assert.ok(await page.locator('.check-start svg').isVisible(), 'the QR code shows');
    const [, total] = s.count.split(' / ').map(Number);
    await page.keyboard.press('ArrowRight');
    s = await state(page);
    assert.match(s.id, /quiz-q/);
    assert.equal(s.answer, false);
    await page.keyboard.press('1');
    const q = page.locator('.quiz-q:not([hidden])');
    assert.equal(await q.locator('[data-pick]').first().getAttribute('aria-pressed'), 'true');
    assert.equal((await state(page)).answer, false, 'a pick alone does not reveal');
    await page.keyboard.press('ArrowRight');
    assert.equal((await state(page)).answer, true, 'next reveals the answer');
    assert.ok(await q.locator('[data-right]').first().evaluate((b) => getComputedStyle(b).outlineStyle !== 'none'), 'the right option is marked');
    assert.ok(!(await q.locator('.quiz-right').isVisible()) && !(await q.locator('.quiz-wrong').isVisible()), 'no verdict for the class');
    await page.keyboard.press('ArrowRight');
    assert.equal((await state(page)).count, `3 / ${total}`);
    await page.keyboard.press('End');
    s = await state(page);
    assert.match(s.id, /quiz-end/);
    assert.equal(s.count, `${total} / ${total}`);
    assert.equal(await page.locator('.quiz-end [data-score]:visible').count(), 0, 'no score on the screen');
    await page.close();
  });

  /** Every screen of the page on view in turn, revealed: the texts below 32 px and what
   *  does not fit in the window. */
  const measure = (page) =>
    page.evaluate(() => {
      const root = document.querySelector('[data-present]');
      const screens = [...root.querySelectorAll('[data-screen]')];
      const problems = [];
      for (const screen of screens) {
        for (const s of screens) s.hidden = s !== screen;
        screen.setAttribute('data-shown', '');
        screen.setAttribute('data-done', '');
        screen.querySelector('details')?.setAttribute('open', '');
        const name = screen.id || screen.className;
        const doc = document.documentElement;
        if (doc.scrollHeight > innerHeight + 1 || doc.scrollWidth > innerWidth + 1) {
          problems.push(`${name}: ${doc.scrollWidth}×${doc.scrollHeight}`);
        }
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const el = node.parentElement;
          if (!node.textContent.trim() || !el.checkVisibility({ visibilityProperty: true })) continue;
          const r = el.getBoundingClientRect();
          if (r.width <= 1 && r.height <= 1) continue; // visually hidden, for screen readers
          const size = parseFloat(getComputedStyle(el).fontSize);
          if (size < 32) problems.push(`${name}: ${size}px "${node.textContent.trim().slice(0, 30)}"`);
        }
      }
      return problems;
    });

  test('every screen in every language: no text below 32 px, nothing cut off at 1280×720', async () => {
    const page = await env.browser.newPage({ viewport: PROJECTOR });
    await page.setViewportSize(PROJECTOR);
    const problems = [];
    for (const lang of await languageCodes()) {
      for (const id of [...stories, 'quiz']) {
        const path = `/${lang}/school/present/${id}/`;
        await page.goto(env.server.origin + path);
        await waitForHydration(page);
        for (const p of await measure(page)) problems.push(`${path} ${p}`);
      }
    }
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('axe finds nothing on a cover, a revealed feedback and an answer, left to right and right to left', async () => {
    const context = await env.browser.newContext({ bypassCSP: true, viewport: PROJECTOR });
    const page = await context.newPage();
    for (const path of ['/en/school/present/loverboy/', '/ur/school/present/loverboy/', '/ru/school/present/quiz/']) {
      await page.goto(env.server.origin + path);
      await waitForHydration(page);
      for (const keys of [[], ['ArrowRight', 'ArrowRight', 'ArrowRight']]) {
        for (const key of keys) await page.keyboard.press(key);
        assert.deepEqual(await axeViolations(page), [], `${path} after ${keys.length} keys`);
      }
    }
    await context.close();
  });

  test('a student\'s phone does not store it; the teacher\'s computer that opened it once runs a whole lesson with the server stopped', async () => {
    const student = await env.browser.newContext();
    const phone = await student.newPage();
    await phone.goto(`${env.server.origin}/uk/school/`);
    await waitForHydration(phone);
    await poll(async () => Object.values(await cachedPaths(phone)).flat().includes('/uk/school/quiz/'), {
      timeout: 20_000,
      message: 'the school section stored on the phone',
    });
    const onPhone = Object.values(await cachedPaths(phone)).flat();
    assert.ok(!onPhone.some((p) => p.startsWith('/uk/school/present/')), 'no classroom screen on a phone');
    await student.close();

    const context = await env.browser.newContext({ viewport: PROJECTOR });
    const page = await context.newPage();
    await page.goto(`${env.server.origin}/uk/school/present/`);
    await waitForHydration(page);
    const wanted = ['/uk/school/', '/uk/school/present/', ...[...stories, 'quiz'].map((id) => `/uk/school/present/${id}/`)];
    await poll(
      async () => {
        const cached = Object.values(await cachedPaths(page)).flat();
        return wanted.every((p) => cached.includes(p));
      },
      { timeout: 20_000, message: 'the Ukrainian classroom screen stored' },
    );
    await env.server.stop();
    await page.goto(`${env.server.origin}/uk/school/present/bystander/`);
    await waitForHydration(page);
    assert.ok(await page.locator('#present-cover svg').isVisible(), 'the QR code is drawn without the network');
    let s = await state(page);
    for (let n = 0; n < 40 && !(await page.locator(`[id="${s.id}"].story-end`).count()); n += 1) {
      await page.keyboard.press('ArrowRight');
      s = await state(page);
    }
    assert.ok(await page.locator(`[id="${s.id}"].story-end`).count(), 'the story played to its end offline');
    const traces = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }));
    assert.deepEqual(traces, { local: 0, session: 0, cookie: '' });
    await context.close();
  });
});
