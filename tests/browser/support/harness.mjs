// Shared harness for the browser tests: serves dist/ on a free loopback port and drives
// Debian's Chromium, headless, through playwright-core.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const root = fileURLToPath(new URL('../../..', import.meta.url));
export const dist = join(root, 'dist');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
};

/**
 * Serves folders on 127.0.0.1; resolves to { url, close, cut }.
 *
 * `mounts` maps path prefixes to folders (`{ '/stadt/atlas/': dist }`), so a test can put the
 * app under a sub-path beside a host page; `headers` go on every response (a
 * Content-Security-Policy, say); `files` maps paths to texts served instead of any file (a
 * host's own `/index.html`), or to functions `(request, response)` that answer themselves (or
 * never, as a hanging network); it is read on every request, so a test may change it. `cut()`
 * drops every connection and stops answering, as a network cable pulled out would.
 */
export async function serve(folder = dist, { mounts = {}, headers = {}, files = {} } = {}) {
  const roots = Object.entries({ ...mounts, '/': folder }).sort((a, b) => b[0].length - a[0].length);
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
    const given = files[path.endsWith('/') ? `${path}index.html` : path];
    if (typeof given === 'function') {
      given(request, response);
      return;
    }
    if (given !== undefined) {
      response.writeHead(200, { 'content-type': types[extname(path) || '.html'], ...headers }).end(given);
      return;
    }
    const [prefix, base] = roots.find(([prefix]) => path.startsWith(prefix)) ?? [];
    if (!base) {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const inside = path.slice(prefix.length - 1);
    const file = normalize(join(base, inside.endsWith('/') ? `${inside}index.html` : inside));
    if (!file.startsWith(base)) {
      response.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', ...headers });
      response.end(body);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  const close = () =>
    new Promise((resolve) => {
      server.close(resolve);
      server.closeAllConnections();
    });
  return { url: `http://127.0.0.1:${port}/`, close, cut: close };
}

/** The app's `index.html` as a host fills it in to allow data from `origins` besides its own. */
export async function indexAllowing(...origins) {
  const page = await readFile(join(dist, 'index.html'), 'utf8');
  const empty = '<meta name="partner-atlas-sources" content="">';
  if (!page.includes(empty)) throw new Error('dist/index.html has no empty partner-atlas-sources meta');
  return page.replace(empty, `<meta name="partner-atlas-sources" content="${origins.join(' ')}">`);
}

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Starts headless Chromium with the flags that work as root on a machine without a network. */
export function launch() {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
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

/** A new page that records uncaught errors, so that a test can insist there were none. */
export async function openPage(browser, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'de-DE', ...options });
  const page = await context.newPage();
  page.errors = [];
  page.on('pageerror', (error) => page.errors.push(error.message));
  return page;
}

/** Waits until the map has framed its view and painted arcs. */
export async function waitForMap(page, timeout = 30000) {
  await page.waitForSelector('[data-testid="map-canvas"][data-ready="true"]', { timeout });
  await page.waitForFunction(() => performance.getEntriesByName('first-arcs').length > 0, null, { timeout });
}

/** The atlas inside the frame `selector` finds on a host page, scrolled into view and drawn. */
export async function atlasIn(page, selector = 'partner-atlas iframe') {
  const frameElement = page.locator(selector);
  await frameElement.scrollIntoViewIfNeeded();
  const frame = await (await frameElement.elementHandle()).contentFrame();
  await waitForMap(frame);
  return frame;
}

/** Where a feature is drawn, in page pixels: `place:hefei`, `visit:…`, `tie:…`. */
export async function anchor(page, key) {
  const point = await page.evaluate((feature) => window.partnerAtlas.anchor(feature), key);
  if (!point) throw new Error(`${key} is not on the map`);
  return { x: point[0], y: point[1] };
}

/**
 * Waits until the map stops moving: `key`'s anchor (or, with no key, the view) stays put over a
 * few frames, and the map shows everything in full (its pictures of land and arcs are redrawn
 * for the resting view).
 */
export async function settled(page, key = 'place:hefei') {
  const still = await page.evaluate(async (feature) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    const where = () => JSON.stringify(feature ? window.partnerAtlas.anchor(feature) : window.partnerAtlas.view());
    let previous = where();
    let unchanged = 0;
    for (let frames = 0; frames < 600 && (unchanged < 4 || !window.partnerAtlas.complete()); frames++) {
      await frame();
      const now = where();
      unchanged = now === previous ? unchanged + 1 : 0;
      previous = now;
    }
    return unchanged >= 4 && window.partnerAtlas.complete();
  }, key);
  if (!still) throw new Error(`the map kept moving (${key ?? 'view'})`);
  return key ? anchor(page, key) : null;
}

/** Moves the view to `lon`, `lat` at `zoom` at once, and waits until it is drawn in full. */
export async function jumpTo(page, lon, lat, zoom) {
  await page.evaluate(([lon, lat, zoom]) => window.partnerAtlas.jumpTo(lon, lat, zoom), [lon, lat, zoom]);
  await settled(page, null);
}

/**
 * Clicks a place as a person would: where it is hidden in a group of crowded places, opens
 * the group first (it zooms in), until the place itself can be clicked.
 */
export async function clickPlace(page, id) {
  for (let tries = 0; tries < 6; tries++) {
    const group = await page.evaluate((key) => window.partnerAtlas.groupOf(key), `place:${id}`);
    if (!group) break;
    await page.mouse.click(group[0], group[1]);
    await settled(page, `place:${id}`);
  }
  const point = await anchor(page, `place:${id}`);
  await page.mouse.click(point.x, point.y);
}

/** The compiled atlas the app loads, read from disk. */
export async function compiledAtlas() {
  return JSON.parse(await readFile(join(dist, 'atlas.json'), 'utf8'));
}

/** Runs axe-core in a page or frame and returns its violations, each with the elements it found. */
export async function axeViolations(pageOrFrame) {
  await pageOrFrame.addScriptTag({ content: await readFile(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8') });
  return pageOrFrame.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      rule: violation.id,
      elements: violation.nodes.map((node) => node.target.join(' ')),
    }));
  });
}

/**
 * The layouts people see the atlas in: a desktop browser, a phone, a town's page that embeds it
 * in a 360 px column, and a trade-fair kiosk; each with its page options and address.
 */
export const layouts = {
  desktop: { options: { viewport: { width: 1280, height: 800 } }, query: 'lang=de', touch: false, target: 24 },
  phone: {
    options: { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true },
    query: 'lang=de',
    touch: true,
    target: 24,
  },
  embed: {
    options: { viewport: { width: 360, height: 640 }, hasTouch: true },
    query: 'embed=1&lang=de',
    touch: true,
    target: 24,
  },
  kiosk: {
    options: { viewport: { width: 1920, height: 1080 }, hasTouch: true },
    query: 'kiosk=1&idle=600&lang=de',
    touch: true,
    target: 44,
  },
};

/** Opens the atlas in one of the `layouts`, with more address parameters, and waits for its map. */
export async function openLayout(browser, server, layout, extra = '') {
  const { options, query } = layouts[layout];
  const page = await openPage(browser, options);
  await page.goto(`${server.url}?${[query, extra].filter(Boolean).join('&')}`);
  await waitForMap(page);
  return page;
}

/** Presses a control as a person in that layout would: a tap on a touch screen, else a click. */
export function press(page, layout, testid) {
  const control = page.getByTestId(testid);
  return layouts[layout].touch ? control.tap() : control.click();
}

/** What the page shows at a point: the data-testid of the element there, or of its nearest ancestor with one. */
export function testidAt(page, { x, y }) {
  return page.evaluate(
    ([x, y]) => document.elementFromPoint(x, y)?.closest('[data-testid]')?.dataset.testid ?? null,
    [x, y],
  );
}
