// A broken, missing or foreign atlas gets a readable message in the page, never a blank app;
// text from the data is shown as text, never run as HTML.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, waitForMap, clickPlace } from './support/harness.mjs';
import { browserSession } from './support/session.mjs';

// Every bad atlas is the compiled one, valid, with one change.
const { server, browser, atlas } = await browserSession();

/** The valid atlas as served, after `change` has been made to a copy of it. */
function atlasWith(change) {
  const copy = structuredClone(atlas);
  change(copy);
  return JSON.stringify(copy);
}

/** The valid atlas cut off half-way, as a broken download leaves it. */
function cutShort() {
  const text = JSON.stringify(atlas);
  return text.slice(0, Math.floor(text.length / 2));
}

/** Serves `body` in place of the page's atlas.json, with `status`. */
function serveAtlas(page, body, status = 200) {
  return page.route('**/atlas.json', (route) => route.fulfill({ status, contentType: 'application/json', body }));
}

async function errorShownFor(body, status = 200) {
  const page = await openPage(browser);
  await serveAtlas(page, body, status);
  await page.goto(server.url);
  const error = page.getByTestId('load-error');
  await error.waitFor();
  return { page, error, detail: await page.getByTestId('load-error-detail').textContent() };
}

test('a broken atlas shows what is wrong and offers a retry that works', async () => {
  const { page, error, detail } = await errorShownFor(cutShort());
  assert.match(await error.textContent(), /Der Atlas konnte nicht geladen werden/);
  assert.match(detail, /atlas\.json is not valid JSON/);
  assert.equal(await page.getByTestId('map-canvas').count(), 0);

  await page.unroute('**/atlas.json');
  await page.getByRole('button', { name: 'Erneut versuchen' }).click();
  await waitForMap(page);
  assert.equal(await page.getByTestId('load-error').count(), 0);
  assert.deepEqual(page.errors, []);
});

test('a missing atlas names the HTTP status', async () => {
  const { page, detail } = await errorShownFor('not found', 404);
  assert.match(detail, /HTTP 404/);
  assert.deepEqual(page.errors, []);
});

test('an atlas of another schema version says which version it has', async () => {
  const { page, detail } = await errorShownFor(
    atlasWith((broken) => {
      broken.schema = 99;
    }),
  );
  assert.match(detail, /schema version 99; this app reads version 2/);
  assert.deepEqual(page.errors, []);
});

test('an atlas that does not fit the schema says so', async () => {
  const { page, detail } = await errorShownFor(
    atlasWith((broken) => {
      broken.places = 'none';
    }),
  );
  assert.match(detail, /does not fit the schema/);
  assert.deepEqual(page.errors, []);
});

test('the English page explains the error in English', async () => {
  const page = await openPage(browser, { locale: 'en-GB' });
  await page.route('**/atlas.json', (route) => route.fulfill({ status: 500, body: 'oops' }));
  await page.goto(server.url);
  await page.getByTestId('load-error').waitFor();
  assert.match(await page.getByTestId('load-error').textContent(), /The atlas could not be loaded/);
});

test('without its basemap the map still works and says what is missing', async () => {
  const page = await openPage(browser);
  await page.route('**/basemap.json', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto(server.url);
  await waitForMap(page);
  await page.getByTestId('basemap-notice').waitFor();
  await clickPlace(page, 'hefei');
  await page.getByTestId('panel').waitFor();
  assert.deepEqual(page.errors, []);
});

test('markup in the data is shown as text and never runs', async () => {
  const hostile = '<img src=x onerror="window.__ran=1"><b>Hefei</b>';
  const page = await openPage(browser);
  await serveAtlas(
    page,
    atlasWith((marked) => {
      marked.places.find((p) => p.id === 'hefei').names.de = hostile;
    }),
  );
  await page.goto(server.url);
  await waitForMap(page);
  await clickPlace(page, 'hefei');
  const title = page.getByTestId('panel-title');
  assert.equal(await title.textContent(), hostile);
  assert.equal(await page.locator('[data-testid="panel"] img, [data-testid="panel"] b').count(), 0);
  assert.equal(await page.evaluate(() => window.__ran), undefined);
});

test('a browser that gives the map no canvas says so, and the side bar still lists the ties', async () => {
  const page = await openPage(browser);
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
      return kind === '2d' ? null : original.call(this, kind, ...rest);
    };
  });
  await page.goto(server.url);
  const notice = page.getByTestId('map-cannot-draw');
  await notice.waitFor();
  assert.match(await notice.textContent(), /Die Karte kann in diesem Browser nicht gezeichnet werden/);
  assert.match(await notice.textContent(), /no 2D canvas/);
  const box = await notice.boundingBox();
  const covering = await page.evaluate(
    ({ x, y }) => document.elementFromPoint(x, y)?.closest('[data-testid="map-cannot-draw"]') !== null,
    { x: box.x + box.width / 2, y: box.y + box.height / 2 },
  );
  assert.ok(covering, 'the notice is on top, not hidden behind the map');
  await page.getByRole('tab', { name: 'Liste' }).click();
  await page.getByTestId('tie-list').waitFor();
  assert.deepEqual(page.errors, []);
});

test('an atlas with a few broken records is shown without them, and says how many and where', async () => {
  const page = await openPage(browser);
  await serveAtlas(
    page,
    atlasWith((broken) => {
      const dangling = structuredClone(broken.ties[0]);
      dangling.id = 'osnabrueck--atlantis--friendship';
      dangling.b = 'atlantis';
      broken.ties.push(dangling, structuredClone(broken.ties[1]));
      broken.places.push({ ...structuredClone(broken.places[0]), id: 'nowhere', location: { lat: 123, lon: 8 } });
    }),
  );
  await page.goto(server.url);
  await waitForMap(page);
  const notice = page.getByTestId('atlas-notice');
  assert.equal(await notice.innerText(), '3 fehlerhafte Einträge in atlas.json werden nicht gezeigt.');
  assert.match(await notice.getAttribute('title'), /place "nowhere" lies off the globe/);
  // Never a raw id as a town: the list of ties names every partner by its name.
  await page.getByTestId('tab-ties').click();
  const ties = await page.locator('#tabpanel-ties').innerText();
  assert.match(ties, /Osnabrück/);
  assert.ok(!ties.includes('atlantis'), 'no raw id in the page');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('an atlas whose ties are mostly broken is refused with the first reason', async () => {
  const { page, detail } = await errorShownFor(
    atlasWith((broken) => {
      for (const tie of broken.ties) tie.b = 'atlantis';
    }),
  );
  assert.match(
    detail,
    /atlas\.json: 385 of its 385 ties and 0 of its \d+ places are broken, first: tie ".*" names place "atlantis", which is missing/,
  );
  assert.deepEqual(page.errors, []);
});
