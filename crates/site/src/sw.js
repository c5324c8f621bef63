// Service worker of Work in Latvia, generated from crates/site/src/sw.js: edit that, not this.
// (`cargo xtask build` writes it; only this first line of the template's comments is sent.)
//
// One cache per build ("wil-<version>"). A build's shell and pages are only ever served from
// that build's cache, so an old shell never meets new content. A new build installs beside
// the old one and waits until the person chooses "reload"; then the old cache is deleted.
"use strict";

const VERSION = "__VERSION__";
const CACHE = "wil-" + VERSION;
// App shell: the files every page needs.
const SHELL = __SHELL__;
// Pages of each language, cached when a page of that language asks ("keep-language"). They
// arrive together in one file, /<lang>/pack.json, which compresses far better than the
// pages one by one.
const PAGES = __PAGES__;
// "Prepare this phone" of the screening aid, by the professional's language: the aid with
// every language of the person, and the self-check in every language. Stored only when a
// professional asks, never for a worker's visit.
const SCREENING = __SCREENING__;
// Each language's school section (its stories), stored at once when one of its pages is
// opened: a class that opened the section once has every story with no Wi-Fi. Not part of a
// worker's pages.
const SCHOOL = __SCHOOL__;
// Each language's classroom screen (the stories and the quiz on a projector), stored at once
// when one of its pages is opened, on the teacher's computer; not on the students' phones.
const CLASSROOM = __CLASSROOM__;
// Each language's recordings (content/audio), stored with the language's pages.
const RECORDINGS = __RECORDINGS__;
// Each language's addresses the worker needs by name (home, pack, offline page), and the
// offline page outside any language: spelt by the generator's routes, not here.
const ROUTES = __ROUTES__;
const ROOT_OFFLINE = __ROOT_OFFLINE__;
// A poster's address is <PLACE_PREFIX><place>/<lang>/ (content/places.toml).
const PLACE_PREFIX = __PLACE_PREFIX__;
// Headers for the pages made from a pack: every security header the server sends
// (wil-dist's table), so a page read offline is as protected as one read online.
const PAGE_HEADERS = __HEADERS__;
// The build marker every HTML page of this build carries (wil-dist's build_marker).
const MARKER = __MARKER__;

// Fetches every URL and checks that each HTML page belongs to this very build; only then
// stores them all. Anything else (offline, an error, a newer build on the server) stores
// nothing and fails, so a cache never holds a mix of builds. `fetched` is told each time a
// file has arrived.
async function storeVerified(cache, urls, fetched = () => {}) {
  const responses = await Promise.all(
    urls.map(async (url) => {
      const response = await fetch(url, { cache: "no-cache" });
      if (!response.ok) throw new Error(url + ": " + response.status);
      const type = response.headers.get("content-type") || "";
      if (type.startsWith("text/html")) {
        const text = await response.clone().text();
        if (!text.includes(MARKER)) {
          throw new Error(url + " belongs to another build");
        }
      }
      fetched();
      return response;
    }),
  );
  await Promise.all(urls.map((url, i) => cache.put(url, responses[i])));
}

// Which languages (or screening sets) an earlier build kept, so that they stay offline after
// an update: those whose first page is in an older cache.
async function keptEarlier(sets) {
  const kept = [];
  for (const name of await caches.keys()) {
    if (!name.startsWith("wil-") || name === CACHE) continue;
    const old = await caches.open(name);
    for (const [lang, urls] of Object.entries(sets)) {
      if (!kept.includes(lang) && (await old.match(urls[0]))) kept.push(lang);
    }
  }
  return kept;
}

// Stores every page of `lang` from its pack, after checking that the pack has every page
// and that each belongs to this build; otherwise stores nothing.
async function storeLanguage(cache, lang) {
  // The recordings first: if one cannot be had, no page is stored either.
  await storeVerified(cache, RECORDINGS[lang] || []);
  const response = await fetch(ROUTES[lang].pack, { cache: "no-cache" });
  if (!response.ok) throw new Error(lang + " pack: " + response.status);
  const pack = await response.json();
  const entries = PAGES[lang].map((url) => {
    const body = pack[url];
    if (typeof body !== "string") throw new Error(url + " is not in the pack");
    const html = !url.endsWith(".webmanifest");
    if (html && !body.includes(MARKER)) throw new Error(url + " belongs to another build");
    const type = html ? "text/html; charset=utf-8" : "application/manifest+json";
    return [url, new Response(body, { headers: { ...PAGE_HEADERS, "content-type": type } })];
  });
  await Promise.all(entries.map(([url, r]) => cache.put(url, r)));
}

// Stores `urls` unless every one of them is already stored.
async function keepSet(urls) {
  const cache = await caches.open(CACHE);
  for (const url of urls) {
    if (!(await cache.match(url))) return storeVerified(cache, urls);
  }
}

async function keepLanguage(lang) {
  const cache = await caches.open(CACHE);
  for (const url of PAGES[lang].concat(RECORDINGS[lang] || [])) {
    if (!(await cache.match(url))) return storeLanguage(cache, lang);
  }
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await storeVerified(cache, SHELL);
      for (const lang of await keptEarlier(PAGES)) await storeLanguage(cache, lang);
      for (const lang of await keptEarlier(SCREENING)) await storeVerified(cache, SCREENING[lang]);
      for (const lang of await keptEarlier(SCHOOL)) await storeVerified(cache, SCHOOL[lang]);
      for (const lang of await keptEarlier(CLASSROOM)) await storeVerified(cache, CLASSROOM[lang]);
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith("wil-") && name !== CACHE) await caches.delete(name);
      }
    })(),
  );
});

self.addEventListener("message", (event) => {
  const msg = event.data || {};
  if (msg.type === "skip-waiting") {
    self.skipWaiting();
  } else if (msg.type === "keep-language" && Object.hasOwn(PAGES, msg.lang)) {
    event.waitUntil(keepLanguage(msg.lang));
    // Sent by a school page: its whole section too, so the class has every story.
    const from = event.source && new URL(event.source.url).pathname;
    if ((SCHOOL[msg.lang] || []).includes(from)) event.waitUntil(keepSet(SCHOOL[msg.lang]));
    // Sent by the classroom screen: all of it, and the section its stories come from.
    if ((CLASSROOM[msg.lang] || []).includes(from)) {
      event.waitUntil(keepSet([...CLASSROOM[msg.lang], ...SCHOOL[msg.lang]]));
    }
  } else if (msg.type === "keep-all") {
    // "Keep all languages on this phone": answer on the port the page sent, so it can say
    // whether it worked.
    const port = event.ports[0];
    event.waitUntil(
      (async () => {
        try {
          for (const lang of Object.keys(PAGES)) await keepLanguage(lang);
          if (port) port.postMessage({ ok: true });
        } catch (error) {
          if (port) port.postMessage({ ok: false });
        }
      })(),
    );
  }
});

// "Prepare this phone" (the screening aid) and "prepare for class" (the school section):
// answers on the page's port with each page's arrival ({ stored, total }), then { ok }.
const SETS = { "keep-screening": SCREENING, "keep-school": SCHOOL };
self.addEventListener("message", (event) => {
  const msg = event.data || {};
  const port = event.ports[0];
  const sets = Object.hasOwn(SETS, msg.type) ? SETS[msg.type] : {};
  if (!Object.hasOwn(sets, msg.lang) || !port) return;
  const urls = sets[msg.lang];
  let stored = 0;
  event.waitUntil(
    (async () => {
      try {
        const cache = await caches.open(CACHE);
        await storeVerified(cache, urls, () => port.postMessage({ stored: ++stored, total: urls.length }));
        port.postMessage({ ok: true });
      } catch (error) {
        port.postMessage({ ok: false });
      }
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname === self.location.pathname) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      // A poster scanned again on a phone that keeps its language: straight to the home
      // page, with no connection needed (the address page would only lead there).
      if (request.mode === "navigate" && url.pathname.startsWith(PLACE_PREFIX)) {
        const home = ROUTES[url.pathname.split("/")[3]]?.home;
        if (home && (await cache.match(home))) {
          return Response.redirect(new URL(home, self.location.origin).href, 302);
        }
      }
      const hit = await cache.match(url.pathname);
      if (hit) return hit;
      try {
        return await fetch(request);
      } catch (error) {
        // No connection and not on the phone: say so, in the page's language if it is kept.
        if (request.mode !== "navigate") throw error;
        const lang = url.pathname.split("/")[1];
        const offline =
          (ROUTES[lang] && (await cache.match(ROUTES[lang].offline))) ||
          (await cache.match(ROOT_OFFLINE));
        if (offline) return offline;
        throw error;
      }
    })(),
  );
});
