// The school's stories in real Chromium: every path of every story played to its ending,
// one screen at a time, with tap-to-call help at each ending; with JavaScript off, the same
// story plays through links; with the server stopped, a class that opened the section once
// plays every story; and nothing is left behind (no storage, no cookies, no history trail).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { axeViolations, cachedPaths, poll, setup, storyIds, waitForHydration } from './helpers.mjs';


/** The story's graph as the page draws it: screen id → the screens its links lead to. */
const graphOf = (page) =>
  page.locator('#story > [data-screen]').evaluateAll((screens) =>
    Object.fromEntries(
      screens.map((s) => [
        s.id,
        [...s.querySelectorAll('a[data-go]')].map((a) => a.dataset.go.slice(1)),
      ]),
    ),
  );

/** Every path from the first screen to an ending (a screen whose only link is "play
 *  again", back to the start). */
function pathsOf(graph) {
  const start = Object.keys(graph)[0];
  const out = [];
  const walk = (id, path) => {
    const next = graph[id].filter((to) => to !== start);
    if (next.length === 0) return out.push([...path, id]);
    for (const to of next) walk(to, [...path, id]);
  };
  walk(start, []);
  return out;
}

/** The ids of the screens on view. */
const onView = (page) =>
  page.locator('#story > [data-screen]').evaluateAll((screens) =>
    screens.filter((s) => getComputedStyle(s).display !== 'none').map((s) => s.id),
  );

describe('school stories', () => {
  let env;
  let stories;
  before(async () => {
    env = await setup();
    stories = (await storyIds()).map((id) => `${env.server.origin}/en/school/${id}/`);
    for (const url of stories) assert.ok(env.pages.includes(url), `${url} is in the sitemap`);
  });
  after(() => env?.teardown());

  test('the school page lists every story, and each has 2–4 decisions on every path', async () => {
    assert.ok(stories.length >= 10, `${stories.length} stories in the sitemap`);
    const page = await env.browser.newPage();
    await page.goto(`${env.server.origin}/en/school/`);
    const listed = await page.locator('main .cards a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const paths = stories.map((url) => new URL(url).pathname);
    assert.deepEqual(listed.filter((href) => paths.includes(href)), paths, 'every story, in order');
    assert.ok(listed.includes('/en/school/quiz/'), 'and the quiz');
    await page.close();
  });

  test('every path of every story plays to an ending with help, leaving no trail', async (t) => {
    const context = await env.browser.newContext({ viewport: { width: 360, height: 640 } });
    const page = await context.newPage();
    let played = 0;
    for (const url of stories) {
      await page.goto(url);
      await waitForHydration(page);
      const graph = await graphOf(page);
      const paths = pathsOf(graph);
      const history = await page.evaluate(() => history.length);
      for (const [k, path] of paths.entries()) {
        const decisions = path.filter((id) => id.startsWith('s-')).length - 1;
        assert.ok(decisions >= 2 && decisions <= 4, `${url} ${path.join(' → ')}: ${decisions} decisions`);
        if (k === 0) {
          // The first path with real taps, screen by screen.
          for (const [i, id] of path.entries()) {
            assert.deepEqual(await onView(page), [id], `${url}: only ${id} is on view`);
            if (i > 0) {
              assert.equal(await page.evaluate(() => document.activeElement?.closest('[data-screen]')?.id), id, 'focus on the screen');
            }
            const next = path[i + 1];
            if (next) await page.locator(`[id="${id}"] a[data-go="#${next}"]`).click();
          }
        } else {
          // The others in one go inside the page (the same click handler), recording what
          // was on view and focused at each screen.
          const seen = await page.evaluate((path) => {
            const out = [];
            for (const [i, id] of path.entries()) {
              const shown = [...document.querySelectorAll('#story > [data-screen]')]
                .filter((s) => getComputedStyle(s).display !== 'none')
                .map((s) => s.id);
              const focus = document.activeElement?.closest('[data-screen]')?.id;
              out.push(`${shown.join(',')}|${i === 0 ? id : focus}`);
              const next = path[i + 1];
              if (next) document.getElementById(id).querySelector(`a[data-go="#${next}"]`).click();
            }
            // The ending: lines to call, on view; then "play again".
            const ending = document.getElementById(path.at(-1));
            const calls = [...ending.querySelectorAll('a.call[href^="tel:"]')].filter((a) => a.offsetHeight > 0);
            out.push(`calls ${calls.length > 0}`);
            ending.querySelector(`a[data-go="#${path[0]}"]`).click();
            return out;
          }, path);
          assert.deepEqual(seen, [...path.map((id) => `${id}|${id}`), 'calls true'], `${url}: ${path.join(' → ')}`);
          played += 1;
          continue;
        }
        const ending = page.locator(`[id="${path.at(-1)}"]`);
        const calls = await ending.locator('a.call[href^="tel:"]').count();
        assert.ok(calls >= 1, `${url}: the ending ${path.at(-1)} offers a line to call`);
        assert.ok(await ending.locator('a.call').first().isVisible());
        // Play again: back to the start, for the next path.
        await ending.locator(`a[data-go="#${path[0]}"]`).click();
        played += 1;
      }
      assert.equal(await page.evaluate(() => history.length), history, `${url}: no step was added to the history`);
      assert.equal(new URL(page.url()).hash, '', 'the address does not record the choices');
    }
    t.diagnostic(`${played} paths played in ${stories.length} stories`);
    const traces = await page.evaluate(async () => ({
      local: localStorage.length,
      session: sessionStorage.length,
      cookie: document.cookie,
      indexedDB: (await indexedDB.databases()).length,
    }));
    assert.deepEqual(traces, { local: 0, session: 0, cookie: '', indexedDB: 0 });
    await context.close();
  });

  test('with JavaScript off, a story plays through its links', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(stories[0]);
    const graph = await graphOf(page);
    const [path] = pathsOf(graph);
    for (const [i, id] of path.entries()) {
      assert.deepEqual(await onView(page), [id]);
      if (path[i + 1]) await page.locator(`[id="${id}"] a[href="#${path[i + 1]}"]`).click();
    }
    assert.ok(await page.locator(`[id="${path.at(-1)}"] a.call`).first().isVisible());
    await context.close();
  });

  /** Plays the whole quiz, each answer right or (`right` false) wrong; returns the score
   *  sentence the last screen shows. */
  async function playQuiz(page, right) {
    const screen = page.locator('#quiz [data-screen]:not([hidden])');
    await screen.locator('button[data-go="next"]').click();
    const count = await page.locator('#quiz .quiz-q').count();
    for (let n = 0; n < count; n += 1) {
      const q = page.locator('#quiz .quiz-q').nth(n);
      assert.ok(await q.isVisible(), `question ${n + 1} is on view`);
      assert.equal(await page.locator('#quiz [data-screen]:not([hidden])').count(), 1);
      assert.ok(!(await q.locator('.quiz-answer').evaluate((d) => d.open)), 'the answer waits');
      const spot = (await q.locator('[data-go="check"]').count()) > 0;
      const picks = q.locator('[data-pick]');
      const rights = await picks.evaluateAll((ps) => ps.map((p) => p.hasAttribute('data-right')));
      if (spot) {
        // Right: every warning sign and nothing else; wrong: one phrase that is not a sign.
        for (const [i, isRight] of rights.entries()) {
          if (isRight === right) await picks.nth(i).click();
          if (!right && !isRight) break;
        }
        await q.locator('[data-go="check"]').click();
      } else {
        await picks.nth(rights.indexOf(right)).click();
      }
      assert.ok(await q.locator('.quiz-answer').evaluate((d) => d.open), 'the answer shows');
      assert.ok(await q.locator(right ? '.quiz-right' : '.quiz-wrong').isVisible());
      assert.ok(!(await q.locator(right ? '.quiz-wrong' : '.quiz-right').isVisible()));
      // Answered is answered: another tap changes nothing.
      await picks.first().click();
      assert.equal(await q.getAttribute('data-got'), right ? '1' : '0');
      await q.locator('.quiz-answer button[data-go="next"]').click();
    }
    const end = page.locator('#quiz .quiz-end');
    assert.ok(await end.isVisible());
    assert.ok((await end.locator('a.call[href^="tel:"]').count()) >= 1, 'the end offers help');
    return { count, score: (await end.locator('[data-score]:not([hidden])').innerText()).trim() };
  }

  test('the quiz: one question per screen, why after each answer, the score counted and forgotten', async () => {
    const page = await env.browser.newPage();
    await page.goto(`${env.server.origin}/en/school/quiz/`);
    await waitForHydration(page);
    const best = await playQuiz(page, true);
    assert.ok(best.count >= 10 && best.count <= 15, `${best.count} questions`);
    assert.equal(best.score, `You got ${best.count} of ${best.count} right.`);
    await page.locator('#quiz [data-go="again"]').click();
    const worst = await playQuiz(page, false);
    assert.equal(worst.score, `You got 0 of ${worst.count} right.`);
    const traces = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length, cookie: document.cookie }));
    assert.deepEqual(traces, { local: 0, session: 0, cookie: '' });
    await page.close();
  });

  test('with JavaScript off, the quiz is a list with each answer folded', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${env.server.origin}/en/school/quiz/`);
    const questions = page.locator('#quiz .quiz-q');
    const count = await questions.count();
    for (let n = 0; n < count; n += 1) assert.ok(await questions.nth(n).isVisible());
    const first = questions.first();
    assert.ok(!(await first.locator('.quiz-answer p').last().isVisible()), 'folded');
    await first.locator('summary').click();
    assert.ok(await first.locator('.quiz-answer p').last().isVisible(), 'unfolded');
    await context.close();
  });

  test('"prepare for class" stores the whole section and says when it is ready', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${env.server.origin}/ru/school/`);
    await waitForHydration(page);
    const section = page.locator('.aid-prepare[data-school]');
    assert.ok(await section.isVisible(), 'shown when the app runs');
    assert.match(await section.innerText(), /\d+ KB/, 'it says how much it downloads');
    await section.locator('button[data-go="prepare"]').click();
    await section.locator('[data-state="done"]').waitFor({ state: 'visible', timeout: 20_000 });
    const { value, max } = await section.locator('progress').evaluate((p) => ({ value: p.value, max: p.max }));
    assert.ok(max >= stories.length + 2 && value === max, `progress ${value} of ${max}`);
    const cached = Object.values(await cachedPaths(page)).flat();
    for (const url of stories) assert.ok(cached.includes(new URL(url).pathname.replace('/en/', '/ru/')), url);
    await context.close();
  });

  test('a class that opened the section once plays every story with the server stopped', async () => {
    const context = await env.browser.newContext({ bypassCSP: true });
    const page = await context.newPage();
    await page.goto(`${env.server.origin}/lv/school/`);
    await waitForHydration(page);
    const set = stories.map((url) => new URL(url).pathname.replace('/en/', '/lv/'));
    await poll(
      async () => {
        const cached = Object.values(await cachedPaths(page)).flat();
        return [...set, '/lv/school/', '/lv/school/quiz/'].every((p) => cached.includes(p));
      },
      { timeout: 60_000, message: 'the Latvian school section stored' },
    );
    // The section is stored, the worker's pages of the language are too (as for any visit),
    // and no other language's school.
    const cached = Object.values(await cachedPaths(page)).flat();
    assert.ok(!cached.some((p) => p.startsWith('/en/school/')), 'only the language visited');
    await env.server.stop();
    try {
      for (const path of set) {
        await page.goto(env.server.origin + path);
        await waitForHydration(page);
        const [first] = pathsOf(await graphOf(page));
        for (const [i, id] of first.entries()) {
          assert.deepEqual(await onView(page), [id], `${path} offline`);
          if (first[i + 1]) await page.locator(`[id="${id}"] a[data-go="#${first[i + 1]}"]`).click();
        }
      }
      await page.goto(`${env.server.origin}/lv/school/quiz/`);
      await waitForHydration(page);
      const { score } = await playQuiz(page, true);
      assert.ok(score.length > 0, 'the quiz plays offline');
      assert.deepEqual(await axeViolations(page), [], 'the last screen of the quiz passes axe');
    } finally {
      await context.close();
    }
  });
});
