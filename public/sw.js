// Service worker for kiosks: keeps the whole atlas in Cache Storage so that it runs, and reloads, with the network cut.
// A new version installs beside the running one and waits: the page takes it only at a safe
// moment (when it starts, or on the kiosk's idle reset, see boot.js) and reloads at once, so
// that no page ever mixes the files of two versions. An install that fails keeps the old one.

// scripts/build.sh writes both: the files of dist/ and a short hash of their contents.
const VERSION = 'unbuilt';
// biome-ignore format: scripts/build.sh finds this line as it stands and fills in the list
const PRECACHE = [/* precache list */];

const scope = self.registration.scope;
const prefix = `partner-atlas ${scope} `;
const current = prefix + VERSION;
const precached = new Set(PRECACHE.map((path) => new URL(path, scope).href));
const shell = new URL('index.html', scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      if (PRECACHE.length === 0) throw new Error('sw.js has no precache list: build it with scripts/build.sh');
      const cache = await caches.open(current);
      try {
        // Past the HTTP cache, so that a version holds exactly the files its hash was taken of.
        await cache.addAll([...precached].map((url) => new Request(url, { cache: 'reload' })));
      } catch (error) {
        // A version half fetched is no version: the running one stays, and nothing of this.
        await caches.delete(current);
        throw error;
      }
      await keepOwnData(cache);
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const names = await caches.keys();
      await Promise.all(
        names.filter((name) => name.startsWith(prefix) && name !== current).map((name) => caches.delete(name)),
      );
      await self.clients.claim();
    })(),
  );
});

// The page says when it is safe to take the waiting version: nobody is using the kiosk.
self.addEventListener('message', (event) => {
  if (event.data === 'partner-atlas:take-update') event.waitUntil(self.skipWaiting());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || !request.url.startsWith('http')) return;
  if (request.mode === 'navigate') event.respondWith(page(request));
  else if (precached.has(request.url)) event.respondWith(cacheFirst(request));
  else event.respondWith(networkFirst(event));
});

/** How long a navigation may wait for the network before the cached page is shown. */
const NAVIGATION_TIMEOUT_MS = 4000;

/**
 * The page from the network; offline, the cached `index.html`, whatever the address's query
 * (`?kiosk=1&…`). So too when the network hangs or sends the page elsewhere, as a captive
 * portal's network does: after a few seconds, or on a redirect to another origin.
 */
async function page(request) {
  const network = fetch(request);
  const ours = network.then((response) =>
    response.redirected && new URL(response.url).origin !== location.origin
      ? Promise.reject(new Error('sent elsewhere'))
      : response,
  );
  const timeout = new Promise((_, reject) => setTimeout(() => reject(new Error('no answer')), NAVIGATION_TIMEOUT_MS));
  try {
    return await Promise.race([ours, timeout]);
  } catch {
    // Nothing kept yet (the first load): whatever the network gives, late or from elsewhere.
    return (await caches.match(shell, { cacheName: current })) ?? network;
  }
}

async function cacheFirst(request) {
  return (await caches.match(request, { cacheName: current })) ?? fetch(request);
}

/** Anything else (an atlas a town hosts elsewhere, `?atlas=https://…`): fresh when online, kept for offline. */
async function networkFirst(event) {
  const cache = await caches.open(current);
  try {
    const response = await fetch(event.request);
    if (response.ok) event.waitUntil(cache.put(event.request, response.clone()));
    return response;
  } catch (error) {
    const cached = await cache.match(event.request);
    if (cached) return cached;
    throw error;
  }
}

/**
 * Fetches the data files that open kiosk pages name in their address (`atlas`, `basemap`,
 * `basemap-detail`), which the pages themselves loaded before this worker controlled them.
 */
async function keepOwnData(cache) {
  const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const wanted = new Set();
  for (const { url } of pages.filter((client) => client.url.startsWith(scope))) {
    for (const name of ['atlas', 'basemap', 'basemap-detail']) {
      const value = new URL(url).searchParams.get(name);
      if (value) wanted.add(new URL(value, url).href);
    }
  }
  await Promise.all(
    [...wanted]
      .filter((url) => !precached.has(url))
      .map(async (url) => {
        try {
          const response = await fetch(url);
          if (response.ok) await cache.put(url, response);
        } catch {
          // Offline or refused: the page's own fetch, under this worker, stores it when it can.
        }
      }),
  );
}
