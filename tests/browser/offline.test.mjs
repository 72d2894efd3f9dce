// A kiosk offline: after its first load the service worker keeps every file of the atlas, and the
// kiosk starts again with the server gone, from the site's root, a sub-path or a town's atlas.
import { test, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve as serveFolder, openPage as openContext, waitForMap, dist, indexAllowing } from './support/harness.mjs';
import { browserSession } from './support/session.mjs';

const { browser } = await browserSession({ server: false });
let opened = [];

// Each test has its own servers (a cut is for good) and its own browser context, where
// service workers and their caches live.
afterEach(async () => {
  for (const close of opened.reverse()) await close();
  opened = [];
});

async function serve(...args) {
  const server = await serveFolder(...args);
  opened.push(server.close);
  return server;
}

async function openPage(...args) {
  const page = await openContext(...args);
  opened.push(() => page.context().close());
  return page;
}

/** The strict policy the README promises the atlas runs under; the worker must too. */
const strictPolicy = {
  'content-security-policy':
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
    "img-src 'self' data:; connect-src 'self'",
};

/** The version and list the build wrote into dist/sw.js. */
async function builtWorker() {
  const source = await readFile(join(dist, 'sw.js'), 'utf8');
  const version = source.match(/^const VERSION = '([^']*)';$/m)?.[1];
  const list = source.match(/^const PRECACHE = (\[.*\]);$/m)?.[1];
  assert.ok(version && list, 'dist/sw.js carries a VERSION and a PRECACHE list');
  return { version, precache: JSON.parse(list) };
}

/** What a kiosk must keep: every file of dist/ but the worker and the benchmark's atlas. */
async function shippedFiles() {
  const entries = await readdir(dist, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && !['sw.js', 'synthetic-atlas.json'].includes(entry.name))
    .map((entry) => join(entry.parentPath ?? entry.path, entry.name).slice(dist.length + 1))
    .sort();
}

/** Opens `url`, waits for the map, then until the service worker controls the page. */
async function openKiosk(url) {
  const page = await openPage(browser);
  page.refused = [];
  // Scripts, the worker, its fetches and the manifest; the app's inline style attributes (legend
  // swatches) are refused by `style-src 'self'` too, but that is no matter for the worker.
  page.on('console', (message) => {
    const text = message.text();
    if (/Content Security Policy/.test(text) && !/'style-src /.test(text)) page.refused.push(text);
  });
  const first = await page.goto(url);
  assert.equal(first.status(), 200);
  assert.equal(first.fromServiceWorker(), false, 'the first load comes from the server');
  await waitForMap(page);
  await underWorker(page);
  return page;
}

async function underWorker(page) {
  const ready = await page.evaluate(() =>
    Promise.race([
      navigator.serviceWorker.ready.then(() => true),
      new Promise((resolve) => setTimeout(() => resolve(false), 30000)),
    ]),
  );
  assert.ok(ready, 'a service worker is registered and active');
  const controlled = () =>
    page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15000 });
  try {
    await controlled();
  } catch {
    await page.reload();
    await waitForMap(page);
    await controlled();
  }
}

/** Cache Storage of the page's origin: cache name -> the URLs it holds. */
const cacheContents = (page) =>
  page.evaluate(async () => {
    const contents = {};
    for (const name of await caches.keys()) {
      contents[name] = (await (await caches.open(name)).keys()).map((request) => request.url);
    }
    return contents;
  });

/** The status of a fetch from the page, or `failed` when no response came at all. */
const fetchStatus = (page, url) =>
  page.evaluate(
    (url) =>
      fetch(url, { cache: 'no-store' }).then(
        (response) => response.status,
        () => 'failed',
      ),
    url,
  );

/** Reloads with the server gone; the map must come back in full from the worker's cache. */
async function reloadOffline(page) {
  const response = await page.reload();
  assert.ok(response.fromServiceWorker(), 'the page came from the service worker');
  assert.equal(response.status(), 200);
  await waitForMap(page);
  assert.notEqual(await page.evaluate(() => window.partnerAtlas.anchor('place:hefei')), null);
  assert.equal(await page.getByTestId('load-error').count(), 0);
  const detail = await page.evaluate(async () => {
    const response = await fetch('basemap-50m.json');
    return { ok: response.ok, schema: (await response.json()).schema };
  });
  assert.ok(detail.ok && Number.isInteger(detail.schema), 'the close-zoom basemap loads offline');
}

test('a kiosk keeps every shipped file and starts again with the server cut', async () => {
  const server = await serve(dist, { headers: strictPolicy });
  const { version, precache } = await builtWorker();
  assert.deepEqual([...precache].sort(), await shippedFiles(), 'the list is what dist/ ships');
  assert.match(version, /^[0-9a-f]{16}$/);

  const page = await openKiosk(`${server.url}?kiosk=1`);
  const registration = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  assert.equal(registration, server.url);
  const caches = await cacheContents(page);
  const name = `partner-atlas ${server.url} ${version}`;
  assert.deepEqual(Object.keys(caches), [name], 'one cache, named for this scope and version');
  for (const file of precache) {
    assert.ok(caches[name].includes(new URL(file, server.url).href), `${file} is cached`);
  }
  assert.equal(await fetchStatus(page, 'not-shipped.json'), 404, 'before the cut the server answers');

  await server.cut();
  assert.equal(await fetchStatus(page, 'not-shipped.json'), 'failed', 'after the cut nothing answers');
  await reloadOffline(page);

  const offline = await page.evaluate(async () => {
    const manifest = await (await fetch('manifest.webmanifest')).json();
    const icon = await fetch(new URL(manifest.icons[0].src, new URL('manifest.webmanifest', location.href)));
    return { name: manifest.name, icon: icon.ok && icon.headers.get('content-type') };
  });
  assert.deepEqual(offline, { name: 'Partner Atlas', icon: 'image/svg+xml' }, 'manifest and icon offline');
  assert.deepEqual(page.errors, []);
  assert.deepEqual(page.refused, [], 'nothing was refused by the strict policy');
});

test('without kiosk in the address no service worker is registered', async () => {
  const server = await serve();
  const page = await openPage(browser);
  const registrations = () =>
    page.evaluate(async () => {
      await new Promise((resolve) => setTimeout(resolve, 1000));
      return (await navigator.serviceWorker.getRegistrations()).length;
    });
  for (const query of ['', '?lang=en', '?kiosk=0']) {
    await page.goto(`${server.url}${query}`);
    await waitForMap(page);
    assert.equal(await registrations(), 0, `none for "${query}"`);
    assert.equal(await page.evaluate(() => navigator.serviceWorker.controller), null);
  }
  // The same check sees the worker a kiosk registers.
  await page.goto(`${server.url}?kiosk=1`);
  await waitForMap(page);
  await underWorker(page);
  assert.equal(await registrations(), 1);
  assert.deepEqual(page.errors, []);
});

test('offline, the worker gives the cached atlas to a kiosk address with more parameters', async () => {
  const server = await serve();
  const page = await openKiosk(`${server.url}?kiosk=1&lang=en&open=place:hefei`);
  assert.equal(await fetchStatus(page, 'atlas.json'), 200);
  await server.cut();
  assert.equal(await fetchStatus(page, 'not-shipped.json'), 'failed');

  const atlas = [];
  page.on('response', (response) => {
    if (new URL(response.url()).pathname === '/atlas.json') atlas.push(response.fromServiceWorker());
  });
  await reloadOffline(page);
  assert.ok(atlas.length > 0 && atlas.every(Boolean), 'the atlas came from the service worker');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.evaluate(() => window.partnerAtlas.selected()), 'place:hefei');
  await page.getByTestId('panel').waitFor();
  assert.deepEqual(page.errors, []);
});

test('an atlas a town hosts at another address is kept for offline use too', async () => {
  const town = await serve(dist, { headers: { 'access-control-allow-origin': '*' } });
  // The kiosk's copy names the town's origin; a link alone could not bring it in.
  const server = await serve(dist, { files: { '/index.html': await indexAllowing(new URL(town.url).origin) } });
  const townAtlas = `${town.url}atlas.json`;
  const page = await openKiosk(`${server.url}?kiosk=1&atlas=${encodeURIComponent(townAtlas)}`);
  const name = `partner-atlas ${server.url} ${(await builtWorker()).version}`;
  // The page loaded it before the worker was there; the worker fetched it again as it installed.
  assert.ok((await cacheContents(page))[name].includes(townAtlas), 'the town atlas is cached');
  // Successful answers are kept, so each check asks for an address of its own.
  assert.equal(await fetchStatus(page, `${town.url}basemap.json?before-the-cut`), 200);

  await server.cut();
  await town.cut();
  assert.equal(await fetchStatus(page, `${town.url}basemap.json?after-the-cut`), 'failed');
  await reloadOffline(page);
  assert.deepEqual(page.errors, []);
});

test('served from a sub-path of a host site, the kiosk works offline within that path', async () => {
  const host = await mkdtemp(join(tmpdir(), 'host-site-'));
  await writeFile(join(host, 'index.html'), '<!doctype html><title>Stadt</title><p>Host site</p>');
  const server = await serve(host, { mounts: { '/messe/atlas/': dist }, headers: strictPolicy });
  const base = `${server.url}messe/atlas/`;
  try {
    const page = await openKiosk(`${base}?kiosk=1`);
    const scopes = await page.evaluate(async () => ({
      atlas: (await navigator.serviceWorker.ready).scope,
      root: (await navigator.serviceWorker.getRegistration('/'))?.scope ?? null,
    }));
    assert.deepEqual(scopes, { atlas: base, root: null }, 'the worker keeps to the atlas folder');
    const { version, precache } = await builtWorker();
    const cached = (await cacheContents(page))[`partner-atlas ${base} ${version}`];
    assert.deepEqual(cached.sort(), precache.map((file) => new URL(file, base).href).sort());
    assert.equal(await fetchStatus(page, '/?before-the-cut'), 200, 'the host site answers before the cut');

    await server.cut();
    assert.equal(await fetchStatus(page, '/?after-the-cut'), 'failed');
    await reloadOffline(page);
    assert.equal(new URL(page.url()).pathname, '/messe/atlas/');
    assert.deepEqual(page.errors, []);
    assert.deepEqual(page.refused, []);
  } finally {
    await rm(host, { recursive: true });
  }
});

/** dist/sw.js as a new version `version` would ship it, its list changed by `change`. */
async function newWorker(version, change = (list) => list) {
  const source = await readFile(join(dist, 'sw.js'), 'utf8');
  const { precache } = await builtWorker();
  return source
    .replace(/^const VERSION = '[^']*';$/m, `const VERSION = '${version}';`)
    .replace(/^const PRECACHE = \[.*\];$/m, `const PRECACHE = ${JSON.stringify(change(precache))};`);
}

/** Asks the page's registration to look for a new worker; gives its state once it settled. */
const lookForUpdate = (page) =>
  page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration.update().catch(() => {});
    const installing = registration.installing;
    if (installing) {
      await new Promise((resolve) => {
        const settled = () => ['installed', 'activated', 'redundant'].includes(installing.state);
        if (settled()) resolve();
        installing.addEventListener('statechange', () => settled() && resolve());
      });
    }
    return { waiting: registration.waiting !== null, active: registration.active !== null };
  });

test('a new version waits while the kiosk is used and is taken whole on its idle reset', async () => {
  const files = {};
  const server = await serve(dist, { files });
  const { version } = await builtWorker();
  const page = await openKiosk(`${server.url}?kiosk=1&idle=3&step=60`);
  const name = (of) => `partner-atlas ${server.url} ${of}`;
  await page.evaluate(() => {
    window.sameDocument = true;
  });
  // A visitor keeps using the kiosk while the new version arrives.
  const using = setInterval(() => page.keyboard.press('Shift').catch(() => {}), 400);
  try {
    files['/sw.js'] = await newWorker('next-version');
    assert.deepEqual(await lookForUpdate(page), { waiting: true, active: true }, 'the new version waits');
    // And goes on waiting: the running version and its files stay.
    await page.waitForTimeout(1500);
    const waiting = await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).waiting);
    assert.ok(waiting, 'still waiting while the kiosk is used');
    assert.deepEqual(Object.keys(await cacheContents(page)).sort(), [name('next-version'), name(version)].sort());
    assert.equal(await page.evaluate(() => window.sameDocument), true, 'the page in use was left alone');
    assert.equal(await fetchStatus(page, 'basemap-50m.json'), 200, 'and it still gets its files');
  } finally {
    clearInterval(using);
  }
  // Left alone, the kiosk resets, takes the new version and starts again in it.
  await page.waitForFunction(() => window.sameDocument === undefined, null, { timeout: 20000 }).catch(() => {});
  await waitForMap(page);
  assert.equal(await page.evaluate(() => window.sameDocument), undefined, 'the kiosk reloaded');
  await page.waitForFunction((wanted) => caches.keys().then((keys) => keys.join() === wanted), name('next-version'));
  assert.deepEqual(page.errors, []);
});

test('an update that fails half-way leaves the last version complete and working offline', async () => {
  const files = {};
  const server = await serve(dist, { files });
  const { version } = await builtWorker();
  const page = await openKiosk(`${server.url}?kiosk=1&idle=600`);
  files['/sw.js'] = await newWorker('half-fetched', (list) => [...list, 'vanished-in-transit.json']);
  assert.deepEqual(await lookForUpdate(page), { waiting: false, active: true }, 'the broken version is dropped');
  assert.deepEqual(Object.keys(await cacheContents(page)), [`partner-atlas ${server.url} ${version}`]);
  await server.cut();
  await reloadOffline(page);
  assert.deepEqual(page.errors, []);
});

test('behind a captive portal a kiosk falls back to its copy within seconds', async () => {
  const files = {};
  const server = await serve(dist, { files });
  const portal = await serve(dist, {
    files: { '/index.html': '<!doctype html><title>Log in</title><p>Hotel WLAN</p>' },
  });
  const page = await openKiosk(`${server.url}?kiosk=1&idle=600`);
  for (const [what, answer] of [
    ['a network that hangs', () => {}],
    [
      'a network that sends the page elsewhere',
      (_, response) => response.writeHead(302, { location: `${portal.url}` }).end(),
    ],
  ]) {
    files['/index.html'] = answer;
    const started = Date.now();
    const response = await page.reload({ timeout: 15000 });
    assert.ok(response.fromServiceWorker(), `${what}: the page came from the worker`);
    await waitForMap(page);
    assert.ok(Date.now() - started < 10000, `${what}: within seconds (${Date.now() - started} ms)`);
    assert.equal(await page.title(), 'Partner Atlas', what);
  }
  assert.deepEqual(page.errors, []);
});

test('the web app manifest parses, matches the page colours, and its icon and start resolve', async () => {
  const server = await serve();
  const page = await openPage(browser);
  await page.goto(server.url);
  await waitForMap(page);
  const href = await page.getAttribute('link[rel="manifest"]', 'href');
  const found = await page.evaluate(async (href) => {
    const url = new URL(href, location.href);
    const manifest = await (await fetch(url)).json();
    const status = async (relative) => {
      const response = await fetch(new URL(relative, url));
      return `${response.status} ${response.headers.get('content-type')}`;
    };
    return { manifest, icon: await status(manifest.icons[0].src), start: await status(manifest.start_url) };
  }, href);
  const { manifest } = found;
  assert.equal(manifest.name, 'Partner Atlas');
  assert.ok(manifest.short_name && manifest.description);
  assert.equal(manifest.start_url, './?kiosk=1');
  assert.equal(manifest.scope, './');
  assert.equal(manifest.display, 'fullscreen');
  assert.deepEqual(
    manifest.icons.map(({ sizes, purpose }) => [sizes, purpose]),
    [['any', 'any']],
  );
  assert.equal(found.icon, '200 image/svg+xml');
  assert.equal(found.start, '200 text/html; charset=utf-8');

  const style = await readFile(join(dist, 'tokens.css'), 'utf8');
  const colour = (name) => style.match(new RegExp(`${name}:\\s*(#[0-9a-f]{6})`))[1];
  assert.equal(manifest.theme_color, colour('--paper'));
  assert.equal(manifest.background_color, colour('--sea'));
  assert.equal(await page.getAttribute('meta[name="theme-color"]', 'content'), colour('--paper'));
  assert.equal(await page.getAttribute('link[rel="icon"]', 'href'), 'icon.svg');
});
