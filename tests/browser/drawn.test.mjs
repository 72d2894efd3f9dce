// The map draws what the reader chose, read back from its pixels: a filter, the year sliders
// and play change the canvas within a frame or two, at rest and while the map moves, with the
// real atlas and with 20,000 ties, and the result is what a fresh load of the same link draws.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { openPage, waitForMap, jumpTo, settled, root } from './support/harness.mjs';
import { browserSession } from './support/session.mjs';
import { boxAround, mapPixels, difference, inked, frames } from './support/pixels.mjs';

const { server, browser } = await browserSession();

// Israel: 96 ties, nearly all without a year, and no arc to China or Japan passes over it.
const ISRAEL = { lon: 35.0, lat: 32.3 };
// Over the Balkans only arcs pass, from Germany to Türkiye and Israel: no marker, no label.
const BALKANS = { lon: 20.0, lat: 43.0 };
// The Black Sea: nothing to hover or click, a place to start dragging the map.
const BLACK_SEA = { lon: 34.0, lat: 43.5 };

async function openAtlas(query = '?lang=de') {
  const page = await openPage(browser);
  await page.goto(`${server.url}${query}`);
  await waitForMap(page);
  // Close enough to tell Israel's places apart, not so close that the detailed basemap shows.
  await jumpTo(page, 30, 40, 4.2);
  return page;
}

/** Where a longitude and latitude lie on the page, in the map's current view. */
function pagePoint(page, where) {
  return page.evaluate(({ lon, lat }) => {
    const canvas = document.querySelector('[data-testid=map-canvas]').getBoundingClientRect();
    const [cx, cy, zoom] = window.partnerAtlas.view();
    const scale = 256 * 2 ** zoom;
    const x = (degrees) => (degrees + 180) / 360;
    const y = (degrees) => (1 - Math.log(Math.tan(Math.PI / 4 + (degrees * Math.PI) / 360)) / Math.PI) / 2;
    return {
      x: canvas.left + canvas.width / 2 + (x(lon) - x(cx)) * scale,
      y: canvas.top + canvas.height / 2 + (y(lat) - y(cy)) * scale,
    };
  }, where);
}

/** The pixels around a point of the map (where Israel's places and ties are drawn, say). */
async function pixelsAt(page, where) {
  return mapPixels(page, boxAround(await pagePoint(page, where), 90));
}

const overIsrael = (page) => pixelsAt(page, ISRAEL);

/** Opens the page's own address afresh and reads the same pixels once the map rests. */
async function freshLoadOf(page) {
  await page.waitForFunction(() => new URLSearchParams(location.search).has('at'));
  const again = await openPage(browser);
  await again.goto(page.url());
  await waitForMap(again);
  await settled(again, null);
  return overIsrael(again);
}

test('ticking a country redraws the map at once, as a fresh load of that link draws it', async () => {
  const page = await openAtlas();
  const before = await overIsrael(page);
  assert.ok(inked(before) > 400, `Israel's places and ties are drawn (${inked(before)} inked pixels)`);
  await page.getByTestId('filter-country-CN').check();
  await frames(page, 2);
  const after = await overIsrael(page);
  assert.ok(
    inked(after) < inked(before) / 10,
    `two frames later, Israel's ties are gone (${inked(before)} → ${inked(after)} inked pixels)`,
  );
  await settled(page, null);
  const fresh = await freshLoadOf(page);
  const rested = await overIsrael(page);
  assert.ok(
    difference(rested, fresh) < 1.5,
    `the same as a fresh load (differs by ${difference(rested, fresh).toFixed(2)})`,
  );
  assert.deepEqual(page.errors, []);
});

test('a year slider moved by keyboard redraws the map at once', async () => {
  const page = await openAtlas();
  const before = await overIsrael(page);
  await page.getByTestId('year-to').focus();
  await page.keyboard.press('Home');
  await frames(page, 2);
  const after = await overIsrael(page);
  assert.ok(
    inked(after) < inked(before) / 10,
    `only the first year's ties are left (${inked(before)} → ${inked(after)})`,
  );
  await settled(page, null);
  const fresh = await freshLoadOf(page);
  assert.ok(difference(await overIsrael(page), fresh) < 1.5, 'the same as a fresh load of the link');
  assert.deepEqual(page.errors, []);
});

test('play redraws the map year by year from the first year', async () => {
  const page = await openAtlas();
  const before = await overIsrael(page);
  await page.getByTestId('play').click();
  await frames(page, 2);
  const playing = await overIsrael(page);
  assert.ok(
    inked(playing) < inked(before) / 10,
    `play starts from an almost empty map (${inked(before)} → ${inked(playing)})`,
  );
  await page.getByTestId('play').click();
  await settled(page, null);
  const fresh = await freshLoadOf(page);
  assert.ok(difference(await overIsrael(page), fresh) < 1.5, 'paused, the map is what its link shows');
  assert.deepEqual(page.errors, []);
});

test('a filter changed while the map is dragged is drawn in the next frames, not after the drag', async () => {
  const page = await openAtlas();
  const before = await pixelsAt(page, BALKANS);
  assert.ok(inked(before) > 400, `arcs cross the Balkans (${inked(before)} inked pixels)`);
  const point = await pagePoint(page, BLACK_SEA);
  await page.mouse.move(point.x, point.y);
  // A drag in progress: the map moves with the pointer while the filter changes.
  await page.mouse.down();
  for (let step = 1; step <= 5; step++) await page.mouse.move(point.x + step * 3, point.y + step);
  await page.getByTestId('filter-country-CN').evaluate((box) => box.click());
  await frames(page, 2);
  const moving = await pixelsAt(page, BALKANS);
  await page.mouse.up();
  assert.ok(inked(moving) < inked(before) / 10, `while moving (${inked(before)} → ${inked(moving)})`);
  assert.deepEqual(page.errors, []);
});

test('with 20,000 ties a filter is drawn within a few frames too', async () => {
  execFileSync(
    'cargo',
    [
      'run',
      '-q',
      '-p',
      'atlas-compiler',
      '--',
      'synthetic',
      '--atlas',
      'dist/atlas.json',
      '--ties',
      '20000',
      '--out',
      'dist/synthetic-atlas.json',
    ],
    { cwd: root, stdio: 'ignore' },
  );
  const page = await openAtlas('?lang=de&atlas=synthetic-atlas.json');
  const before = await pixelsAt(page, BALKANS);
  await page.getByTestId('filter-country-CN').check();
  await frames(page, 3);
  const after = await pixelsAt(page, BALKANS);
  assert.ok(inked(after) < inked(before) / 10, `${inked(before)} → ${inked(after)} inked pixels`);
  assert.deepEqual(page.errors, []);
});
