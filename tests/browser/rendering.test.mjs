// Rendering in a real browser, read back from the canvas: ties between the same two places
// fan apart, and an arc over the antimeridian is drawn whole, west to east, without a stripe
// across the world. The atlas is the real one with its ties narrowed to Osnabrück–Hefei, so
// that no other arc runs over the ones looked at, and a few test places and ties added.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, waitForMap, anchor, jumpTo } from './support/harness.mjs';
import { browserSession } from './support/session.mjs';

const { server, browser, atlas } = await browserSession();
atlas.ties = atlas.ties.filter((tie) => tie.a === 'osnabrueck' && tie.b === 'hefei');
const city = (id, name, lat, lon, country) => ({
  id,
  kind: 'city',
  names: { de: name, en: name },
  country,
  location: { lat, lon },
  origin: { by: 'declared', source: 'test fixture' },
});
atlas.places.push(city('test-tokyo', 'Tokio', 35.6895, 139.69171, 'JP'));
atlas.places.push(city('test-honolulu', 'Honolulu', 21.30694, -157.85833, 'US'));
const tie = (a, b, kind) => ({
  id: `${a}--${b}--${kind}`,
  a,
  b,
  kind,
  confidence: 'verified',
  sources: [{ url: 'https://example.org/' }],
});
atlas.ties.push(tie('test-tokyo', 'test-honolulu', 'twin_town'));
atlas.ties.push(tie('osnabrueck', 'hefei', 'twin_town'));

async function openWithAtlas() {
  const page = await openPage(browser);
  await page.route('**/atlas.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: JSON.stringify(atlas) }),
  );
  await page.goto(server.url);
  await waitForMap(page);
  return page;
}

/** Colours painted along a row of the canvas, between page x `from` and `to` at page y `y`. */
function row(page, y, from, to) {
  return page.evaluate(
    ({ y, from, to }) => {
      const canvas = document.querySelector('[data-testid="map-canvas"]');
      const box = canvas.getBoundingClientRect();
      const ratio = canvas.width / box.width;
      const left = Math.round((from - box.left) * ratio);
      const width = Math.max(1, Math.round((to - from) * ratio));
      const data = canvas.getContext('2d').getImageData(left, Math.round((y - box.top) * ratio), width, 1).data;
      const pixels = [];
      for (let i = 0; i < data.length; i += 4) pixels.push([data[i], data[i + 1], data[i + 2]]);
      return pixels;
    },
    { y, from, to },
  );
}

// The kinds' colours, blended at their opacity over land or sea by a one-pixel line that may
// fall between two pixel rows: told apart by their hue. Land and sea stay well inside these.
const TWIN_TOWN = ([r, g, b]) => r - b > 50 && r - g > 30; // orange-red
const FRIENDSHIP = ([r, , b]) => b - r > 45; // blue
const near = (pixel, colour) => colour(pixel);

test('two ties between the same places fan apart, each in its own colour', async () => {
  const page = await openWithAtlas();
  // Close enough that every tie is drawn as itself, not added up with others.
  await jumpTo(page, 70, 60, 5.0);
  const friendship = await anchor(page, 'tie:osnabrueck--hefei--friendship');
  const twin = await anchor(page, 'tie:osnabrueck--hefei--twin_town');
  const apart = Math.hypot(friendship.x - twin.x, friendship.y - twin.y);
  assert.ok(apart > 20, `the two arcs run apart (${apart.toFixed(1)} px at their middles)`);
  const around = async (point, colour) =>
    (await row(page, point.y, point.x - 3, point.x + 4)).some((pixel) => near(pixel, colour));
  assert.ok(await around(friendship, FRIENDSHIP), 'the friendship is drawn blue where it is');
  assert.ok(await around(twin, TWIN_TOWN), 'the twinning is drawn orange where it is');
  assert.deepEqual(page.errors, []);
});

test('an arc over the antimeridian is drawn whole, west to east', async () => {
  const page = await openWithAtlas();
  await jumpTo(page, -175, 32, 3.2);
  const key = 'tie:test-tokyo--test-honolulu--twin_town';
  const middle = await anchor(page, key);
  const tokyo = await anchor(page, 'place:test-tokyo');
  const honolulu = await anchor(page, 'place:test-honolulu');
  const box = await page.getByTestId('map-canvas').boundingBox();
  assert.ok(middle.x > box.x && middle.x < box.x + box.width, 'the middle of the arc is in view');
  assert.ok(tokyo.x < middle.x && middle.x < honolulu.x, 'Tokyo, then the arc, then Honolulu, west to east');

  const across = await row(page, middle.y, middle.x - 3, middle.x + 4);
  assert.ok(
    across.some((pixel) => near(pixel, TWIN_TOWN)),
    'the arc is painted at its middle',
  );
  // No stripe across the world: east of Honolulu, where no other tie runs, the rows through
  // both ends show no twinning colour.
  for (const y of [tokyo.y, honolulu.y]) {
    const east = await row(page, y, Math.min(honolulu.x + 40, box.x + box.width - 2), box.x + box.width - 1);
    assert.ok(!east.some((pixel) => near(pixel, TWIN_TOWN)), `nothing of it east of Honolulu at y=${y.toFixed(0)}`);
  }

  await page.mouse.click(middle.x, middle.y);
  assert.equal(await page.evaluate(() => window.partnerAtlas.selected()), key, 'and it is clicked where it is seen');
  assert.deepEqual(page.errors, []);
});
