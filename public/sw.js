// Pathwise's service worker (issue 16): a lab or lesson page opened before still loads when the
// server can't be reached, so a reload while offline brings back the terminal with the commands this
// browser kept (app/labs/[id]/lab-saver.ts) instead of the browser's error page.
// - Pages under /labs, /lessons, /learn and /playground: network first; the last good copy is kept
//   and served only when the network fails. Sign-in and sign-out forget them (message "forget-pages").
// - /_next/static/*: content-hashed and immutable, so cache first.
// - Everything else, and every non-GET request (saves, checks), passes through untouched.
const PAGES = "pathwise-pages-v1";
const ASSETS = "pathwise-assets-v1";
const OFFLINE_PAGES = /^\/(labs|lessons|learn|playground)(\/|$)/;

self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key !== PAGES && key !== ASSETS) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("message", (event) => {
  if (event.data === "forget-pages") event.waitUntil(caches.delete(PAGES));
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith("/_next/static/")) {
    event.respondWith(
      (async () => {
        const cache = await caches.open(ASSETS);
        const hit = await cache.match(request);
        if (hit) return hit;
        const response = await fetch(request);
        if (response.ok) await cache.put(request, response.clone());
        return response;
      })(),
    );
    return;
  }
  if (request.mode === "navigate" && OFFLINE_PAGES.test(url.pathname)) {
    event.respondWith(
      (async () => {
        const cache = await caches.open(PAGES);
        try {
          const response = await fetch(request);
          if (response.ok && !response.redirected && response.type === "basic") await cache.put(url.pathname + url.search, response.clone());
          return response;
        } catch (error) {
          const cached = await cache.match(url.pathname + url.search, { ignoreVary: true });
          if (cached) return cached;
          throw error;
        }
      })(),
    );
  }
});
