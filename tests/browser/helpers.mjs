// Shared set-up of the browser tests: a private copy of the built site, the project's own
// server on it, and Debian's Chromium driven by playwright-core (which never downloads a
// browser). Paths come from the environment (`cargo xtask test` sets them) and default to
// the usual places in this repository, so `node --test` also works by hand.
import { execFile, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const AXE = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Resolves once the page has stopped scrolling. Focus moving to a screen's heading scrolls
 *  smoothly, and axe measures targets (target-size) where they are, not mid-scroll. */
export function scrollSettled(page) {
  return page.evaluate(
    () =>
      new Promise((done) => {
        let last = NaN;
        const settle = () => (scrollY === last ? done() : ((last = scrollY), setTimeout(settle, 150)));
        requestAnimationFrame(settle);
      }),
  );
}

/** What axe finds against WCAG 2.2 A and AA on the page as it is now ("rule: first node");
 *  the page's context needs `bypassCSP`, since axe is injected as an inline script. */
export async function axeViolations(page) {
  await scrollSettled(page);
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(() =>
    window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } }),
  );
  return result.violations.map((v) => `${v.id}: ${v.nodes[0]?.target}`);
}
export const DIST = resolve(process.env.WIL_DIST || join(repo, 'dist'));
export const SERVER = resolve(process.env.WIL_SERVER || join(repo, 'target', 'debug', 'wil-server'));
export const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

const tempDirs = new Set();

/** A fresh copy of the built site, so a test may change it (or a rebuild may happen)
 *  without touching any other test's files. Throws when the build is missing or empty. */
export async function copyDist() {
  for (const file of ['index.html', 'sw.js', 'sitemap.xml', '404.html']) {
    if (!existsSync(join(DIST, file))) {
      throw new Error(`${join(DIST, file)} is missing: build the site first (cargo xtask build)`);
    }
  }
  const dir = await mkdtemp(join(tmpdir(), 'wil-dist-'));
  tempDirs.add(dir);
  await cp(DIST, dir, { recursive: true });
  return dir;
}

/** Removes every copy made by this process. */
export async function cleanupTempDirs() {
  for (const dir of tempDirs) await rm(dir, { recursive: true, force: true });
  tempDirs.clear();
}

/** Starts wil-server on `dir`. Port 0 lets the OS pick a free port; the server prints the
 *  real one on its first line. Resolves to { url, origin, port, stop() }.
 *
 *  `/` is the list of languages, as every static host serves it (`--start-page list`): the
 *  browser tests check the site as it works anywhere. Our server's redirect of `/` to the
 *  browser's language is tested with `startPage: 'by-language'` (languages.test.mjs) and
 *  in server/tests/start_page.rs. */
export async function startServer(dir, port = 0, { startPage = 'list' } = {}) {
  if (!existsSync(SERVER)) {
    throw new Error(`${SERVER} is missing: cargo build -p wil-server`);
  }
  const args = ['--dist', dir, '--port', String(port), '--addr', '127.0.0.1', '--start-page', startPage];
  const child = spawn(SERVER, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = once(child, 'exit');
  const lines = createInterface({ input: child.stdout });
  let timer;
  const url = await Promise.race([
    once(lines, 'line').then(([line]) => {
      const match = /^Serving .* at (http:\/\/127\.0\.0\.1:\d+\/)(\s|$)/.exec(line);
      if (!match) throw new Error(`unexpected first line ${JSON.stringify(line)}`);
      return match[1];
    }),
    exited.then(([code]) => {
      throw new Error(`exited with ${code}`);
    }),
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error('no "Serving" line within 10 s')), 10_000);
    }),
  ])
    .catch(async (error) => {
      child.kill('SIGKILL');
      await exited;
      throw new Error(`wil-server did not start on port ${port}: ${error.message}\n${stderr}`);
    })
    .finally(() => clearTimeout(timer));
  // Keep reading stdout (e.g. an access log) so a full pipe never blocks the server.
  lines.on('line', () => {});
  const origin = new URL(url).origin;
  return {
    url,
    origin,
    port: Number(new URL(url).port),
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
    },
  };
}

/** Starts the server on exactly `port`, retrying briefly: right after a stop the OS may
 *  need a moment before the port can be bound again. */
export async function restartServer(dir, port) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      return await startServer(dir, port);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

/** Debian's Chromium, headless, with nothing that talks to Google on its own (so the
 *  privacy sweep of pages.test.mjs sees only the app's requests). */
export function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** The indexable pages as listed in the copy's sitemap.xml, on the test server's origin
 *  (the build writes its configured public origin there). */
export async function sitemapPages(dir, origin) {
  const xml = await readFile(join(dir, 'sitemap.xml'), 'utf8');
  const pages = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(
    ([, loc]) => origin + new URL(loc.trim()).pathname,
  );
  if (pages.length === 0) throw new Error('sitemap.xml lists no pages');
  return pages;
}

/** The site's language codes, in order, from content/languages.toml: the one list, so no
 *  test names the languages or counts them by hand. */
export async function languageCodes() {
  const toml = await readFile(join(repo, 'content', 'languages.toml'), 'utf8');
  const codes = [...toml.matchAll(/^code\s*=\s*"([^"]+)"/gm)].map(([, code]) => code);
  if (codes.length === 0) throw new Error('content/languages.toml lists no language');
  return codes;
}

/** The school's story ids, in order, from content/school.toml. */
export async function storyIds() {
  const toml = await readFile(join(repo, 'content', 'school.toml'), 'utf8');
  const list = /^scenarios\s*=\s*\[([^\]]*)\]/m.exec(toml);
  const ids = list ? [...list[1].matchAll(/"([^"]+)"/g)].map(([, id]) => id) : [];
  if (ids.length === 0) throw new Error('content/school.toml lists no story');
  return ids;
}

/** Every file below `dir` (relative paths), for tests that rewrite the copy. */
export async function listFiles(dir) {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath ?? e.path, e.name));
}

/** What zbarimg (Debian zbar-tools) reads in a PNG, as another phone would: the text of the
 *  code, or '' when it finds none. The PNG is kept in `dir` under `name` to look at after a
 *  failure. It runs beside the browser, so a sweep need not wait for each code. */
export async function readQr(png, dir, name) {
  const file = join(dir, name.replace(/[^a-z0-9]+/gi, '_') + '.png');
  await writeFile(file, png);
  return new Promise((done) =>
    // Exit status 4 means "no code found": that is an empty answer, not an error.
    execFile('zbarimg', ['--raw', '-q', file], { encoding: 'utf8' }, (_, stdout) => done((stdout ?? '').trim())),
  );
}

/** The language a path belongs to: its first segment ("/lv/pay/" → "lv"), or null for the
 *  root language chooser. */
export function languageOf(url) {
  const first = new URL(url).pathname.split('/')[1];
  return first && !first.includes('.') ? first : null;
}

/** Calls `check` until it returns a truthy value, at most `timeout` ms; returns that value.
 *  Errors thrown by `check` (e.g. "execution context was destroyed" during a reload) count
 *  as "not yet". Bounded polling instead of fixed sleeps. */
export async function poll(check, { timeout = 10_000, interval = 100, message = 'condition' } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      const value = await check();
      if (value) return value;
      last = value;
    } catch (error) {
      last = error;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeout} ms waiting for ${message} (last: ${last})`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

/** Errors and failed requests of each page watched by `waitForHydration`, newest last. */
const troubles = new WeakMap();

/** Starts recording `page`'s script errors, console errors and failed requests, once. */
function watch(page) {
  if (troubles.has(page)) return;
  const seen = [];
  troubles.set(page, seen);
  const note = (line) => seen.push(line) > 20 && seen.shift();
  page.on('pageerror', (e) => note(`pageerror at ${page.url()}: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && note(`console error at ${page.url()}: ${m.text()}`));
  page.on('requestfailed', (r) => note(`request failed: ${r.url()} (${r.failure()?.errorText})`));
}

/** Waits until the WASM has taken over the page. When it does not, the error says how far
 *  the start got (boot script, WASM download, the app's own start mark) and what went
 *  wrong on the page, so a failure seen once in CI can be understood from its log. */
export async function waitForHydration(page, timeout = 15_000) {
  watch(page);
  try {
    return await page.waitForSelector('html[data-hydrated="true"]', { state: 'attached', timeout });
  } catch (error) {
    const state = await page
      .evaluate(() => ({
        url: location.href,
        failed: document.documentElement.classList.contains('wil-failed'),
        started: performance.getEntriesByName('wil-hydrate').length > 0,
        pageData: Boolean(document.getElementById('page-data')),
        controlled: Boolean(navigator.serviceWorker?.controller),
        loads: performance
          .getEntriesByType('resource')
          .filter((e) => /\.(js|wasm)$/.test(e.name))
          .map((e) => `${new URL(e.name).pathname} ${Math.round(e.duration)} ms status ${e.responseStatus}`),
      }))
      .catch((e) => `the page could not be asked: ${e.message}`);
    // A new error: the test reporter prints an error's stack, which keeps the message it
    // was made with, so words added to `error.message` never reached the CI log.
    throw new Error(
      `the page did not hydrate within ${timeout} ms (${error.message.split('\n')[0]})\n` +
        `state: ${JSON.stringify(state)}\nrecent troubles: ${JSON.stringify(troubles.get(page))}`,
      { cause: error },
    );
  }
}

/** Pathnames of everything in this origin's Cache Storage, by cache name. */
export function cachedPaths(page) {
  return page.evaluate(async () => {
    const out = {};
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      out[name] = (await cache.keys()).map((r) => new URL(r.url).pathname);
    }
    return out;
  });
}

/** Common set-up for a test file: its own dist copy, server and browser. Whatever was
 *  started is stopped again if a later step fails. */
export async function setup() {
  let server;
  let browser;
  const teardown = async () => {
    await browser?.close();
    await server?.stop();
    await cleanupTempDirs();
  };
  try {
    const dir = await copyDist();
    server = await startServer(dir);
    browser = await launchBrowser();
    const pages = await sitemapPages(dir, server.origin);
    return { dir, server, browser, pages, teardown };
  } catch (error) {
    await teardown();
    throw error;
  }
}
