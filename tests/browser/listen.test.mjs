// "Listen" in real Chromium. Headless Chromium on Linux has no voices, so the test gives the
// page a stand-in for the phone's speech engine (voices with their languages, and a speak()
// that records what it was given and ends each part a moment later); everything the app
// does with it (which voice it picks, what it reads, the buttons) is the real app.
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { poll, restartServer, setup, waitForHydration } from './helpers.mjs';

const require = createRequire(import.meta.url);
const AXE = await readFile(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs in the page before any script: voices for `langs` (or none until `addVoices`). */
function fakeSpeech(langs) {
  const spoken = [];
  const calls = [];
  let voices = langs.map((lang) => ({ lang, name: `voice ${lang}`, default: false, localService: true, voiceURI: lang }));
  let speaking = false;
  let queue = Promise.resolve();
  class Utterance extends EventTarget {
    constructor(text) {
      super();
      this.text = text;
      this.lang = '';
      this.voice = null;
    }
  }
  window.SpeechSynthesisUtterance = Utterance;
  const synth = window.speechSynthesis;
  synth.getVoices = () => voices;
  Object.defineProperty(synth, 'speaking', { get: () => speaking });
  synth.speak = (u) => {
    spoken.push({ text: u.text, lang: u.lang, voice: u.voice && u.voice.lang });
    speaking = true;
    queue = queue.then(() => new Promise((r) => setTimeout(r, 150))).then(() => {
            if (spoken[spoken.length - 1].text === u.text) speaking = false;
      u.dispatchEvent(new Event('end'));
    });
  };
  synth.cancel = () => {
    calls.push('cancel');
    speaking = false;
  };
  synth.pause = () => calls.push('pause');
  synth.resume = () => calls.push('resume');
  window.__speech = {
    spoken,
    calls,
    addVoices(more) {
      voices = voices.concat(more.map((lang) => ({ lang, name: `voice ${lang}`, default: false, localService: true, voiceURI: lang })));
      synth.dispatchEvent(new Event('voiceschanged'));
    },
  };
}

describe('listen', () => {
  let env;
  before(async () => {
    env = await setup();
  });
  after(() => env?.teardown());

  const open = async (path, langs) => {
    // bypassCSP: only for axe, injected as a script.
    const context = await env.browser.newContext({ bypassCSP: true });
    await context.addInitScript(fakeSpeech, langs);
    const page = await context.newPage();
    await page.goto(env.server.origin + path);
    await waitForHydration(page);
    return { context, page };
  };

  test('with no voice for the language there is no Listen button', async () => {
    // No voices at all (what headless Chromium really has), then only other languages'.
    for (const [path, langs] of [['/en/pay/', []], ['/ky/pay/', ['ru-RU', 'en-US']], ['/uz/pay/', ['ru-RU']]]) {
      const { context, page } = await open(path, langs);
      assert.ok(await page.locator('.listen').isHidden(), `${path} with ${langs}`);
      await context.close();
    }
  });

  test('the page is read from the top in its own voice, with pause, continue and stop', async (t) => {
    const { context, page } = await open('/ru/pay/', ['en-US', 'ru-RU']);
    const listen = page.locator('.listen');
    assert.ok(await listen.isVisible());
    await page.addScriptTag({ content: AXE });
    const found = await page.evaluate(async () =>
      (await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }))
        .violations.map((v) => v.id),
    );
    assert.deepEqual(found, [], 'axe with Listen on screen');
    await listen.locator('[data-go="listen"]').click();
    const spoken = await page.evaluate(() => window.__speech.spoken);
    const h1 = await page.locator('main h1').innerText();
    assert.equal(spoken[0].text, h1.trim(), 'the title first');
    assert.ok(spoken.length >= 5, `${spoken.length} parts`);
    assert.ok(spoken.every((s) => s.lang === 'ru' && s.voice === 'ru-RU'), JSON.stringify(spoken.slice(0, 3)));
    // The parts are the page's own paragraphs, in order.
    const words = (s) => s.replace(/\s+/g, ' ').trim();
    const paragraphs = (await page.locator('main .prose > p').allInnerTexts()).map(words);
    const texts = spoken.map((s) => words(s.text));
    const [first, second] = paragraphs.map((p) => texts.indexOf(p));
    assert.ok(first > 0 && second > first, `${paragraphs.slice(0, 2)} in ${texts}`);
    await listen.locator('[data-go="pause"]').click();
    assert.ok(await listen.locator('[data-go="resume"]').isVisible());
    await listen.locator('[data-go="resume"]').click();
    await listen.locator('[data-go="stop"]').click();
    assert.ok(await listen.locator('[data-go="listen"]').isVisible());
    assert.deepEqual(
      (await page.evaluate(() => window.__speech.calls)).filter((c) => c !== 'cancel'),
      ['pause', 'resume'],
    );
    t.diagnostic(`${spoken.length} parts read`);
    await context.close();
  });

  test('when the reading ends, Listen is back', async () => {
    const { context, page } = await open('/uk/contract/', ['uk-UA']);
    await page.locator('.listen [data-go="listen"]').click();
    await poll(async () => page.locator('.listen [data-go="listen"]').isVisible(), { message: 'Listen after the end' });
    await context.close();
  });

  test('voices that arrive late still bring the button', async () => {
    const { context, page } = await open('/lv/pay/', []);
    assert.ok(await page.locator('.listen').isHidden());
    await page.evaluate(() => window.__speech.addVoices(['lv-LV']));
    await poll(async () => page.locator('.listen').isVisible(), { message: 'Listen after voiceschanged' });
    await context.close();
  });

  test("the screening aid reads the person's side in the person's language", async () => {
    // A Latvian page with an Urdu person: only an Urdu voice is needed.
    const { context, page } = await open('/lv/screening/ur/', ['ur-PK']);
    assert.ok(await page.locator('.listen').isVisible());
    await page.locator('#screening [data-screen]:not([hidden]) button[data-go="next"]').click();
    await page.locator('.listen [data-go="listen"]').click();
    const spoken = await page.evaluate(() => window.__speech.spoken);
    const question = await page.locator('#screening li.check-q:not([hidden]) h2 [lang="ur"]').innerText();
    assert.equal(spoken[0].text, question.trim(), 'the question in Urdu first');
    assert.ok(spoken.length >= 4, 'then the answers');
    assert.ok(spoken.every((s) => s.lang === 'ur' && s.voice === 'ur-PK'));
    // Answering moves on and ends the reading.
    await page.locator('#screening li.check-q:not([hidden]) button[data-answer="yes"]').click();
    assert.ok(await page.locator('.listen [data-go="listen"]').isVisible());
    await context.close();
  });

  test('the self-check reads the question on screen and its answers', async () => {
    const { context, page } = await open('/ro/check/', ['ro-RO']);
    await page.locator('.check-go').click();
    await page.locator('.listen [data-go="listen"]').click();
    const texts = (await page.evaluate(() => window.__speech.spoken)).map((s) => s.text);
    const question = await page.locator('li.check-q:not([hidden]) h2').innerText();
    const answers = await page.locator('li.check-q:not([hidden]) .answer').allInnerTexts();
    assert.ok(texts.includes(question.trim()), texts.join(' | '));
    for (const a of answers) assert.ok(texts.includes(a.trim()), `${a} in ${texts.join(' | ')}`);
    assert.ok(!texts.some((x) => x.length > 300), 'not the whole static list');
    await context.close();
  });

  // Last: it restarts the server on a changed copy.
  test('a recording plays where there is one, also with no voice for the language', async () => {
    // The test's copy of dist/ gets a recording of /uz/check/'s first question, as
    // content/audio/uz/check-q-<id>.opus would give it (no recording exists yet).
    const file = join(env.dir, 'uz', 'check', 'index.html');
    const html = await readFile(file, 'utf8');
    const marked = html.replace('<li data-screen data-sign-if=', '<li data-audio="/audio/uz/q1.opus" data-screen data-sign-if=');
    assert.notEqual(marked, html);
    await writeFile(file, marked);
    await rm(file + '.br', { force: true });
    await rm(file + '.gz', { force: true });
    await mkdir(join(env.dir, 'audio', 'uz'), { recursive: true });
    await writeFile(join(env.dir, 'audio', 'uz', 'q1.opus'), 'OggS');
    // The server holds dist/ in memory: start it again on the changed copy (same port).
    await env.server.stop();
    const server = await restartServer(env.dir, env.server.port);

    const context = await env.browser.newContext();
    // No voice at all; a stand-in for the phone's audio player that records what it plays.
    await context.addInitScript(fakeSpeech, []);
    await context.addInitScript(() => {
      window.__played = [];
      const FakeAudio = class extends EventTarget {
        constructor(src) {
          super();
          this.src = src;
        }
        play() {
          window.__played.push(this.src);
          setTimeout(() => this.dispatchEvent(new Event('ended')), 200);
          return Promise.resolve();
        }
        pause() {
          window.__played.push('pause');
        }
      };
      Object.defineProperty(window, 'Audio', { value: FakeAudio, configurable: true, writable: true });
    });
    const page = await context.newPage();
    await page.goto(server.origin + '/uz/check/');
    await waitForHydration(page);
    assert.ok(await page.locator('.listen').isVisible(), 'Listen shows for the recording');
    const type = await page.evaluate(() => fetch('/audio/uz/q1.opus').then((r) => r.headers.get('content-type')));
    assert.equal(type, 'audio/ogg');
    await page.locator('.check-go').click();
    await page.locator('.listen [data-go="listen"]').click();
    assert.deepEqual(await page.evaluate(() => window.__played), ['/audio/uz/q1.opus']);
    assert.deepEqual(await page.evaluate(() => window.__speech.spoken), [], 'no voice was used');
    await poll(async () => page.locator('.listen [data-go="listen"]').isVisible(), { message: 'Listen after the recording ended' });
    await context.close();
    await server.stop();
  });
});
