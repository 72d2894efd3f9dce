// The atlas on a town's website: the <partner-atlas> element of public/embed.js and a plain
// iframe, on a mock municipal page (tests/host/) with hostile global CSS, the app mounted at a
// sub-path beside it, and under a strict Content-Security-Policy.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, openPage, waitForMap, axeViolations, settled, dist, root, atlasIn } from './support/harness.mjs';
import { browserSession } from './support/session.mjs';

const host = join(root, 'tests', 'host');
const strictPolicy =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data:; connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'none'";
/** The town's site: its pages at /stadt/, the atlas at /stadt/partner-atlas/, its data at /stadt/daten/. */
const mountsFor = (data) => ({ '/stadt/partner-atlas/': dist, '/stadt/daten/': data, '/stadt/': host });

const data = await mkdtemp(join(tmpdir(), 'partner-atlas-embed-'));
after(() => rm(data, { recursive: true, force: true }));
const { server, browser, atlas } = await browserSession({ folder: host, mounts: mountsFor(data) });
// A town's own, smaller atlas: the real one without its twinnings.
const smaller = { ...atlas, ties: atlas.ties.filter((tie) => tie.kind !== 'twin_town') };
await writeFile(join(data, 'kleiner-atlas.json'), JSON.stringify(smaller));

const tiesOf = (ties, id) => ties.filter((tie) => tie.a === id || tie.b === id);

/**
 * Keeps the last height an atlas asked its host page for, under a symbol of the window: no
 * global a test of the host's globals would see.
 */
function recordAskedHeight() {
  window.addEventListener('message', (event) => {
    if (event.data?.type === 'partner-atlas:height') window[Symbol.for('askedHeight')] = event.data.height;
  });
}

/** The height the atlas asked for, once it has. */
const askedHeight = async (page) => (await page.waitForFunction(() => window[Symbol.for('askedHeight')])).jsonValue();

/**
 * Records, in every frame, uncaught errors and rejections and Content-Security-Policy
 * violations (`window.uncaught`, `window.cspViolations`), and the console's errors in `page.console`.
 */
async function watched(page) {
  await page.context().addInitScript(recordAskedHeight);
  await page.context().addInitScript(() => {
    window.uncaught = [];
    window.cspViolations = [];

    window.addEventListener('error', (event) => window.uncaught.push(String(event.message)));
    window.addEventListener('unhandledrejection', (event) => window.uncaught.push(String(event.reason)));
    window.addEventListener(
      'securitypolicyviolation',
      (event) => {
        window.cspViolations.push(
          `${event.violatedDirective}: ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
        );
      },
      true,
    );
  });
  page.console = [];
  page.on('console', (message) => {
    if (message.type() === 'error') page.console.push(message.text());
  });
  return page;
}

async function openHost(file = 'partnerstaedte.html', { origin = server.url, options } = {}) {
  const page = await watched(await openPage(browser, options));
  await page.goto(`${origin}stadt/${file}`);
  return page;
}

/** Sets (or, for null, removes) the element's attributes; resolves once its frame is rebuilt. */
async function setAttributes(page, attributes, selector = 'partner-atlas') {
  return page.locator(selector).evaluate(async (element, changes) => {
    for (const [name, value] of Object.entries(changes)) {
      if (value === null) element.removeAttribute(name);
      else element.setAttribute(name, value);
    }
    await new Promise((resolve) => setTimeout(resolve));
    return element.shadowRoot.querySelector('iframe').getAttribute('src');
  }, attributes);
}

/** The URL parameters of the element's frame. */
async function frameParameters(page) {
  const src = await page.locator('partner-atlas iframe').getAttribute('src');
  return Object.fromEntries(new URL(src).searchParams);
}

/** The number of ties the app shows, as its filter summary says. */
const tiesShown = async (frame) => Number(await frame.getByTestId('filter-summary').getAttribute('data-shown'));
const cssVariable = (frame, name) =>
  frame.evaluate((variable) => getComputedStyle(document.documentElement).getPropertyValue(variable).trim(), name);

/** Errors and violations recorded in the page and every frame of it. */
async function trouble(page) {
  const found = { pageErrors: page.errors, console: page.console, uncaught: [], cspViolations: [] };
  for (const frame of page.frames()) {
    const [uncaught, violations] = await frame.evaluate(() => [window.uncaught ?? [], window.cspViolations ?? []]);
    found.uncaught.push(...uncaught.map((text) => `${frame.url()}: ${text}`));
    found.cspViolations.push(...violations.map((text) => `${frame.url()}: ${text}`));
  }
  return found;
}

const noTrouble = { pageErrors: [], console: [], uncaught: [], cspViolations: [] };

test('the host page shows the atlas twice, as the element and as an iframe, with no error in the page or its frames', async () => {
  const page = await openHost();
  for (const selector of ['partner-atlas iframe', 'iframe.atlas-frame']) {
    const frame = await atlasIn(page, selector);
    assert.equal(await frame.locator('.app').getAttribute('data-embed'), 'true', selector);
    const openFull = frame.getByTestId('open-full');
    assert.equal(await openFull.getAttribute('target'), '_blank', 'the full atlas opens in a new tab');
    const full = new URL(await openFull.evaluate((link) => link.href));
    assert.equal(full.pathname, '/stadt/partner-atlas/');
    assert.equal(full.searchParams.get('embed'), null, 'the full atlas is not embedded');
  }
  assert.deepEqual(await trouble(page), noTrouble);
});

test('the element is as wide as its container and as tall as the atlas asks, unless its height attribute or the host says otherwise', async () => {
  const page = await openHost();
  const element = page.locator('partner-atlas');
  const frame = page.locator('partner-atlas iframe');
  const size = async () => {
    const [box, inner] = [await element.boundingBox(), await frame.boundingBox()];
    assert.deepEqual(inner, box, 'the frame fills the element');
    return { width: box.width, height: box.height };
  };
  const containerWidth = await element.evaluate((atlas) => {
    const style = getComputedStyle(atlas.parentElement);
    return atlas.parentElement.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
  });
  const asked = await askedHeight(page);
  await page.waitForFunction((height) => document.querySelector('partner-atlas').offsetHeight === height, asked);
  assert.deepEqual(await size(), { width: containerWidth, height: asked });

  for (const [height, pixels] of [
    ['300px', 300],
    ['50vh', 400],
    ['320', 320],
    ['calc(10rem + 40px)', 200],
    ['red', asked],
    ['1px;color:red', asked],
  ]) {
    await setAttributes(page, { height });
    assert.deepEqual(await size(), { width: containerWidth, height: pixels }, `height="${height}"`);
  }
  await setAttributes(page, { height: null });
  assert.deepEqual(await size(), { width: containerWidth, height: asked });

  // In a box of fixed size, the host's `partner-atlas { height: 100% }` fills it; the
  // attribute still wins; `--partner-atlas-height` is the other way to set the default.
  await element.evaluate((atlas) => {
    const box = document.createElement('div');
    box.style.width = '500px';
    box.style.height = '360px';
    atlas.before(box);
    box.append(atlas);
    atlas.style.height = '100%';
  });
  assert.deepEqual(await size(), { width: 500, height: 360 });
  await setAttributes(page, { height: '200px' });
  assert.deepEqual(await size(), { width: 500, height: 200 });
  await setAttributes(page, { height: null });
  await element.evaluate((atlas) => {
    atlas.style.height = '';
    atlas.style.setProperty('--partner-atlas-height', '250px');
  });
  assert.deepEqual(await size(), { width: 500, height: 250 });
  assert.deepEqual(page.errors, []);
});

test('the element builds the app address from its attributes, at the folder embed.js came from', async () => {
  const page = await openHost();
  assert.deepEqual(
    await frameParameters(page),
    {
      embed: '1',
      focus: 'osnabrueck',
      lang: 'de',
      accent: '#0a6e4f',
    },
    'the accent comes from --partner-atlas-accent in the host stylesheet',
  );
  const frameAttributes = () =>
    page
      .locator('partner-atlas iframe')
      .evaluate((iframe) => [iframe.title, iframe.getAttribute('loading'), iframe.getAttribute('allow')]);
  assert.deepEqual(await frameAttributes(), ['Partner Atlas: Karte der Städtepartnerschaften', 'lazy', 'fullscreen']);
  await setAttributes(page, { title: 'Karte unserer Partnerstädte' });
  assert.deepEqual(await frameAttributes(), ['Karte unserer Partnerstädte', 'lazy', 'fullscreen']);

  const src = await setAttributes(page, {
    focus: ' Osnabrück ',
    lang: 'en',
    kinds: 'twin-town, friendship',
    atlas: 'daten/kleiner-atlas.json',
    accent: '#A3135A',
    ink: '123',
    paper: 'red;background:url(x)',
    sea: '#zzzzzz',
    land: '#e8dcc0',
  });
  assert.equal(new URL(src).pathname, '/stadt/partner-atlas/', 'the folder of embed.js, a sub-path');
  assert.deepEqual(
    await frameParameters(page),
    {
      embed: '1',
      focus: 'Osnabrück',
      lang: 'en',
      kinds: 'twin-town,friendship',
      atlas: `${server.url}stadt/daten/kleiner-atlas.json`,
      accent: '#a3135a',
      ink: '#123',
      land: '#e8dcc0',
    },
    'only hex colours are passed on; the atlas is found from the host page',
  );
  assert.match(src, /accent=%23a3135a/, 'the colour is encoded in the URL');

  const elsewhere = await setAttributes(page, { src: '/anderswo/atlas/?from=host' });
  assert.equal(new URL(elsewhere).pathname, '/anderswo/atlas/', 'src names another atlas folder');
  assert.equal(new URL(elsewhere).searchParams.get('from'), 'host', 'and keeps its own parameters');
  assert.equal(new URL(elsewhere).searchParams.get('embed'), '1');
  assert.equal(await page.locator('partner-atlas iframe').count(), 1, 'always one frame');
  assert.deepEqual(page.errors, []);
});

test('focus opens the place and shows only its ties; a new focus rebuilds the frame without a history entry', async () => {
  const page = await openHost();
  let frame = await atlasIn(page);
  assert.equal(await frame.evaluate(() => window.partnerAtlas.selected()), 'place:osnabrueck');
  await frame.getByTestId('panel').waitFor();
  const own = tiesOf(atlas.ties, 'osnabrueck');
  assert.equal(await tiesShown(frame), own.length);
  const drawn = await frame.evaluate(
    (keys) => keys.filter((key) => window.partnerAtlas.anchor(key) !== null),
    atlas.ties.map((tie) => `tie:${tie.id}`),
  );
  assert.deepEqual(drawn.sort(), own.map((tie) => `tie:${tie.id}`).sort(), "every tie on the map is Osnabrück's");

  const history = await page.evaluate(() => history.length);
  await setAttributes(page, { focus: 'Hefei' });
  frame = await atlasIn(page);
  assert.equal(await frame.evaluate(() => window.partnerAtlas.selected()), 'place:hefei', 'a name works too');
  assert.equal(await tiesShown(frame), tiesOf(atlas.ties, 'hefei').length);
  assert.equal(await page.evaluate(() => history.length), history, "the host page's history is unchanged");

  await setAttributes(page, { focus: 'Atlantis' });
  frame = await atlasIn(page);
  await frame.getByTestId('focus-notice').waitFor();
  assert.equal(await tiesShown(frame), atlas.ties.length, 'an unknown place shows everything');
  assert.deepEqual(await trouble(page), noTrouble);
});

test("lang, kinds and colours reach the app; the host stylesheet's colour yields to the attribute, and a colour that is not hex is ignored", async () => {
  const page = await openHost();
  let frame = await atlasIn(page);
  assert.equal(await cssVariable(frame, '--accent'), '#0a6e4f', 'from --partner-atlas-accent');
  const paperBefore = await cssVariable(frame, '--paper');

  await setAttributes(page, {
    focus: null,
    lang: 'en',
    kinds: 'twin-town',
    accent: '#a3135a',
    ink: '#123',
    paper: 'red;background:url(x)',
    sea: '#b3d9ff',
    land: '#e8dcc0',
  });
  frame = await atlasIn(page);
  assert.equal(await frame.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await tiesShown(frame), atlas.ties.filter((tie) => tie.kind === 'twin_town').length);
  assert.equal(await cssVariable(frame, '--accent'), '#a3135a');
  assert.equal(await cssVariable(frame, '--ink'), '#112233');
  assert.equal(await cssVariable(frame, '--paper'), paperBefore, 'the invalid paper colour is ignored');
  assert.equal(await cssVariable(frame, '--sea'), '#b3d9ff');
  const landPixels = await frame.locator('[data-testid="map-canvas"]').evaluate((canvas) => {
    const { data } = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height);
    let count = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i] === 0xe8 && data[i + 1] === 0xdc && data[i + 2] === 0xc0) count += 1;
    }
    return count;
  });
  assert.ok(landPixels > 1000, `the land is painted in the host's colour (${landPixels} pixels)`);

  await setAttributes(page, { lang: 'ko' });
  frame = await atlasIn(page);
  assert.equal(await frame.evaluate(() => document.documentElement.lang), 'ko');
  assert.deepEqual(await trouble(page), noTrouble);
});

test("the element loads a town's own atlas, named relative to the host page", async () => {
  const page = await openHost();
  await setAttributes(page, { focus: null, atlas: 'daten/kleiner-atlas.json' });
  const frame = await atlasIn(page);
  assert.notEqual(smaller.ties.length, atlas.ties.length);
  assert.equal(await tiesShown(frame), smaller.ties.length);
  assert.deepEqual(await trouble(page), noTrouble);
});

test('the iframe passes its URL parameters to the app the same way', async () => {
  const page = await openHost();
  let frame = await atlasIn(page, 'iframe.atlas-frame');
  assert.equal(await frame.evaluate(() => window.partnerAtlas.selected()), 'place:hefei');
  assert.equal(await frame.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await cssVariable(frame, '--accent'), '#0a6e4f');
  assert.equal(await tiesShown(frame), tiesOf(atlas.ties, 'hefei').length);

  const paperBefore = await cssVariable(frame, '--paper');
  await page.locator('iframe.atlas-frame').evaluate((iframe) => {
    iframe.src =
      'partner-atlas/?embed=1&lang=ja&kinds=friendship&atlas=..%2Fdaten%2Fkleiner-atlas.json' +
      '&ink=%23123&paper=red%3Bbackground%3Aurl(x)&sea=b3d9ff';
  });
  await page.waitForFunction(() =>
    document.querySelector('iframe.atlas-frame').contentWindow.location.search.includes('lang=ja'),
  );
  frame = await atlasIn(page, 'iframe.atlas-frame');
  assert.equal(await frame.evaluate(() => document.documentElement.lang), 'ja');
  assert.equal(await tiesShown(frame), smaller.ties.filter((tie) => tie.kind === 'friendship').length);
  assert.equal(await cssVariable(frame, '--ink'), '#112233');
  assert.equal(await cssVariable(frame, '--sea'), '#b3d9ff');
  assert.equal(await cssVariable(frame, '--paper'), paperBefore, 'the invalid paper colour is ignored');
  assert.deepEqual(await trouble(page), noTrouble);
});

/** A point of the page's viewport over the frame's map canvas, where nothing covers it. */
async function pointOnMap(page, frame) {
  const offset = await (await frame.frameElement()).boundingBox();
  const canvas = await frame.locator('[data-testid="map-canvas"]').boundingBox();
  const viewport = page.viewportSize();
  for (const [fx, fy] of [
    [0.2, 0.5],
    [0.3, 0.4],
    [0.2, 0.3],
    [0.4, 0.6],
    [0.5, 0.5],
  ]) {
    const x = canvas.x + canvas.width * fx;
    const y = canvas.y + canvas.height * fy;
    if (y < 0 || y > viewport.height) continue;
    const onCanvas = await frame.evaluate(
      ([x, y]) => document.elementFromPoint(x, y)?.matches('[data-testid="map-canvas"]') ?? false,
      [x - offset.x, y - offset.y],
    );
    if (onCanvas) return { x, y };
  }
  throw new Error('no point of the map is visible');
}

test('over the embedded map the wheel scrolls the page and hints at Ctrl; Ctrl and wheel, or a click first, zoom the map', async () => {
  const page = await openHost();
  const frame = await atlasIn(page);
  await page.locator('partner-atlas').evaluate((atlas) => atlas.scrollIntoView({ block: 'center' }));
  // The map frames its town as it opens: the wheel is tried on a map at rest.
  await settled(frame, null);
  const view = () => frame.evaluate(() => window.partnerAtlas.view());
  const scrolled = () => page.evaluate(() => window.scrollY);
  const hint = frame.getByTestId('wheel-hint');
  assert.ok(!(await hint.isVisible()), 'no hint before the wheel turns');

  let point = await pointOnMap(page, frame);
  await page.mouse.move(point.x, point.y);
  const [before, top] = [await view(), await scrolled()];
  await page.mouse.wheel(0, 200);
  await page.waitForFunction((from) => window.scrollY > from, top);
  await hint.waitFor({ state: 'visible' });
  await page.waitForTimeout(300);
  assert.deepEqual(await view(), before, 'the map did not zoom');

  point = await pointOnMap(page, frame);
  await page.mouse.move(point.x, point.y);
  const pageAt = await scrolled();
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, -200);
  await page.keyboard.up('Control');
  await frame.waitForFunction((zoom) => window.partnerAtlas.view()[2] > zoom + 0.1, before[2]);
  assert.equal(await scrolled(), pageAt, 'Ctrl and wheel leave the page where it is');

  point = await pointOnMap(page, frame);
  await page.mouse.click(point.x, point.y);
  const zoom = (await view())[2];
  await page.mouse.wheel(0, -200);
  await frame.waitForFunction((from) => window.partnerAtlas.view()[2] > from + 0.1, zoom);
  assert.equal(await scrolled(), pageAt, "after a click on the map, the wheel is the map's");
  assert.deepEqual(await trouble(page), noTrouble);
});

test('under a strict Content-Security-Policy the element, the iframe and the app itself run with no violation', async () => {
  const strict = await serve(host, { mounts: mountsFor(data), headers: { 'content-security-policy': strictPolicy } });
  try {
    const page = await openHost('strict-csp.html', { origin: strict.url });
    const element = await atlasIn(page);
    await atlasIn(page, 'iframe.atlas-frame');
    assert.equal(await element.evaluate(() => window.partnerAtlas.selected()), 'place:osnabrueck');
    const asked = await askedHeight(page);
    await page.waitForFunction((height) => document.querySelector('partner-atlas').offsetHeight === height, asked);
    assert.deepEqual(await trouble(page), noTrouble);

    // The recorder works: an inline style is refused, and that is seen.
    await page.evaluate(() =>
      document.head.append(Object.assign(document.createElement('style'), { textContent: 'p {}' })),
    );
    await page.waitForFunction(() => window.cspViolations.length > 0);

    const app = await openHost('partner-atlas/', { origin: strict.url });
    await waitForMap(app);
    assert.deepEqual(await trouble(app), noTrouble);
  } finally {
    await strict.close();
  }
});

/** Every computed style of the host page's own h1, paragraphs and buttons, and its globals. */
function hostState() {
  const styles = {};
  for (const selector of ['h1', 'main > p', 'button']) {
    styles[selector] = [...document.querySelectorAll(selector)].map((element) => {
      const style = getComputedStyle(element);
      return Object.fromEntries([...style].map((name) => [name, style.getPropertyValue(name)]));
    });
  }
  return {
    styles,
    globals: Object.keys(window)
      .filter((name) => !['uncaught', 'cspViolations'].includes(name))
      .sort(),
    sheets: document.styleSheets.length,
    adopted: document.adoptedStyleSheets.length,
  };
}

test('the atlas takes no style from the host page, gives it none, and adds no global but the element, even when included twice', async () => {
  const bare = await watched(await openPage(browser));
  await bare.route('**/embed.js', (route) => route.abort());
  await bare.goto(`${server.url}stadt/partnerstaedte.html`);
  assert.equal(await bare.evaluate(() => customElements.get('partner-atlas')), undefined);
  const without = await bare.evaluate(hostState);
  await bare.unroute('**/embed.js');
  await bare.addScriptTag({ url: 'partner-atlas/embed.js' });
  await bare.addScriptTag({ url: 'partner-atlas/embed.js' });
  const frame = await atlasIn(bare);
  assert.deepEqual(await bare.evaluate(hostState), without, "the page's own elements and globals are as they were");

  // The host's hostile rules do apply to its own frame, so that the checks below can fail.
  const own = await bare.locator('iframe.atlas-frame').evaluate((iframe) => getComputedStyle(iframe).borderTopStyle);
  assert.equal(own, 'dashed');
  const shadowFrame = await bare.locator('partner-atlas iframe').evaluate((iframe) => {
    const style = getComputedStyle(iframe);
    return [style.borderTopStyle, style.borderTopWidth];
  });
  assert.deepEqual(shadowFrame, ['none', '0px'], "the element's frame has no border");
  const inside = await frame.evaluate(() => ({
    buttons: [...document.querySelectorAll('button')].map((button) => getComputedStyle(button).backgroundColor),
    canvas: getComputedStyle(document.querySelector('canvas')).borderTopWidth,
    font: getComputedStyle(document.body).fontFamily,
  }));
  assert.ok(inside.buttons.length > 0);
  assert.ok(!inside.buttons.includes('rgb(255, 105, 180)'), 'no hotpink button');
  assert.equal(inside.canvas, '0px', 'no red canvas border');
  assert.doesNotMatch(inside.font, /Georgia/);
  const found = await trouble(bare);
  found.console = found.console.filter((text) => !text.includes('ERR_FAILED'));
  assert.deepEqual(found, noTrouble, 'nothing went wrong but the script held back on purpose');
});

test('without constructable stylesheets the element styles itself with a style element', async () => {
  const page = await openPage(browser);
  await page.context().addInitScript(() => {
    delete ShadowRoot.prototype.adoptedStyleSheets;
  });
  await page.context().addInitScript(recordAskedHeight);
  await page.goto(`${server.url}stadt/partnerstaedte.html`);
  const element = page.locator('partner-atlas');
  await element.evaluate((atlas) => customElements.whenDefined(atlas.localName));
  assert.equal(await element.evaluate((atlas) => atlas.shadowRoot.querySelectorAll('style').length), 2);
  const asked = await askedHeight(page);
  await page.waitForFunction((height) => document.querySelector('partner-atlas').offsetHeight === height, asked);
  await setAttributes(page, { height: '300px' });
  assert.equal((await element.boundingBox()).height, 300);
  const border = await page
    .locator('partner-atlas iframe')
    .evaluate((iframe) => getComputedStyle(iframe).borderTopWidth);
  assert.equal(border, '0px');
  assert.deepEqual(page.errors, []);
});

test('axe-core finds no accessibility violations in the host page, nor in the embedded atlas focused on a town with its wheel hint showing', async () => {
  const page = await openHost();
  const frame = await atlasIn(page);
  await frame.getByTestId('panel').waitFor();
  await page.locator('partner-atlas').evaluate((atlas) => atlas.scrollIntoView({ block: 'center' }));
  const point = await pointOnMap(page, frame);
  await page.mouse.move(point.x, point.y);
  await page.mouse.wheel(0, 100);
  await frame.getByTestId('wheel-hint').waitFor({ state: 'visible' });
  assert.deepEqual(await axeViolations(frame), []);
  assert.deepEqual(await axeViolations(page), []);
});
