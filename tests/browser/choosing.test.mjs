// Choosing brings it into view and into focus: a place, a tie or a visit chosen as a person
// would (search, the list of ties, the stories) is framed where nothing covers it, on a
// desktop, a phone and in a 360 px embed; its places are marked and labelled, the rest of the
// map steps back, and count markers say what they hold.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openLayout, press, testidAt, anchor, settled, jumpTo, layouts } from './support/harness.mjs';
import { browserSession } from './support/session.mjs';
import { boxAround, mapPixels, difference, inked } from './support/pixels.mjs';

const { server, browser, atlas } = await browserSession();

const TIE = 'osnabrueck--hefei--friendship';
const VISIT = 'osnabrueck-hefei-gwangmyeong-2024';
const STORY = atlas.stories.find((story) => story.subject?.visit === VISIT);

/** The places a feature joins: a tie's two ends, a visit's start and stops, a place and its network. */
function placesOf(key) {
  const [kind, id] = key.split(':');
  if (kind === 'tie') {
    const tie = atlas.ties.find((each) => each.id === id);
    return [tie.a, tie.b];
  }
  if (kind === 'visit') {
    const visit = atlas.visits.find((each) => each.id === id);
    return [visit.from, ...visit.stops];
  }
  const partners = atlas.ties
    .filter((tie) => tie.a === id || tie.b === id)
    .map((tie) => (tie.a === id ? tie.b : tie.a));
  const trips = atlas.visits.filter((visit) => visit.from === id || visit.stops.includes(id));
  return [...new Set([id, ...partners, ...trips.flatMap((visit) => [visit.from, ...visit.stops])])];
}

async function open(layout) {
  const page = await openLayout(browser, server, layout);
  page.setDefaultTimeout(5000);
  return page;
}

/** Opens the side bar where it is behind a button, and one of its tabs. */
async function openTab(page, layout, tab) {
  if (!(await page.getByTestId('explorer').isVisible())) await press(page, layout, 'explorer-toggle');
  await press(page, layout, `tab-${tab}`);
}

/** Each place is drawn where the map shows, uncovered, on its own marker (not in a group). */
async function assertInSight(page, key, { labelled }) {
  await page.getByTestId('panel').waitFor();
  await settled(page, key);
  const labels = await page.evaluate(() => window.partnerAtlas.labels());
  for (const place of placesOf(key)) {
    const point = await anchor(page, `place:${place}`);
    assert.equal(
      await testidAt(page, point),
      'map-canvas',
      `${place} at (${point.x.toFixed(0)}, ${point.y.toFixed(0)}) is in sight`,
    );
    assert.equal(
      await page.evaluate((id) => window.partnerAtlas.groupOf(id), `place:${place}`),
      null,
      `${place} has its own marker`,
    );
    if (labelled) assert.ok(labels.includes(`place:${place}`), `${place} is labelled`);
  }
  assert.deepEqual(page.errors, []);
}

for (const layout of ['desktop', 'phone', 'embed']) {
  const { width, height } = layouts[layout].options.viewport;

  test(`${layout} (${width}×${height}): a place found by search is framed whole, beside what covers the map`, async () => {
    const page = await open(layout);
    await page.getByTestId('search-input').fill('Osnabrück');
    await page.keyboard.press('Enter');
    await assertInSight(page, 'place:osnabrueck', { labelled: false });
    const labels = await page.evaluate(() => window.partnerAtlas.labels());
    assert.ok(labels.includes('place:osnabrueck'), 'the place itself is labelled');
  });

  test(`${layout} (${width}×${height}): a tie chosen from the list is framed whole, both towns marked and labelled`, async () => {
    const page = await open(layout);
    await openTab(page, layout, 'ties');
    await press(page, layout, `list-tie:${TIE}`);
    await assertInSight(page, `tie:${TIE}`, { labelled: true });
  });

  test(`${layout} (${width}×${height}): a story chosen from the timeline frames its whole trip, every stop marked and labelled`, async () => {
    const page = await open(layout);
    await openTab(page, layout, 'stories');
    await press(page, layout, `timeline-${STORY.id}`);
    if (layout !== 'desktop')
      assert.ok(!(await page.getByTestId('explorer').isVisible()), 'the side bar, which lies over the map, closes');
    await assertInSight(page, `visit:${VISIT}`, { labelled: true });
  });
}

test('a chosen visit steps the rest of the map back', async () => {
  const page = await open('desktop');
  await openTab(page, 'desktop', 'stories');
  await press(page, 'desktop', `timeline-${STORY.id}`);
  await settled(page, `visit:${VISIT}`);
  // Kayseri: Turkish places and the arcs to them, far from the trip to China and Korea.
  const away = boxAround(await anchor(page, 'place:kayseri'), 120);
  const chosen = await mapPixels(page, away);
  const [lon, lat, zoom] = await page.evaluate(() => window.partnerAtlas.view());
  await page.getByTestId('panel-close').click();
  await jumpTo(page, lon, lat, zoom);
  const nothingChosen = await mapPixels(page, away);
  assert.ok(
    difference(chosen, nothingChosen) > 4,
    `the rest looks different (${difference(chosen, nothingChosen).toFixed(1)})`,
  );
  assert.ok(
    inked(chosen) < inked(nothingChosen) / 2,
    `and quieter (${inked(nothingChosen)} → ${inked(chosen)} inked pixels)`,
  );
  assert.deepEqual(page.errors, []);
});

test('a visit numbers its stops on the map, in order', async () => {
  const page = await open('desktop');
  await page.evaluate((key) => window.partnerAtlas.select(key), `visit:${VISIT}`);
  await settled(page, `visit:${VISIT}`);
  const drawn = await page.evaluate(() => window.partnerAtlas.drawn());
  const visit = atlas.visits.find((each) => each.id === VISIT);
  const numbers = visit.stops.map((stop) => drawn.stops.find((badge) => badge.place === `place:${stop}`)?.number);
  assert.deepEqual(
    numbers,
    visit.stops.map((_, index) => index + 1),
  );
  for (const badge of drawn.stops) {
    const point = await anchor(page, badge.place);
    assert.ok(Math.hypot(badge.x - point.x, badge.y - point.y) < 30, `${badge.place}'s number is beside its marker`);
  }
});

test('count markers say how many places and ties they hold, and no label covers a marker or a label', async () => {
  const page = await open('desktop');
  const drawn = await page.evaluate(() => window.partnerAtlas.drawn());
  const groups = drawn.markers.filter((marker) => marker.places > 1);
  assert.ok(groups.length > 5, 'the wide view has count markers');
  for (const label of drawn.labels) {
    assert.doesNotMatch(label.text, /\+\s?\d/, `"${label.text}" does not read as one town plus a number`);
  }
  const osnabrueckGroup = await page.evaluate(() => window.partnerAtlas.groupOf('place:osnabrueck'));
  const group = groups.find((marker) => Math.hypot(marker.x - osnabrueckGroup[0], marker.y - osnabrueckGroup[1]) < 1);
  assert.ok(group.ties >= group.places, 'a group counts its ties');
  const label = drawn.labels.find((each) => each.marker === drawn.markers.indexOf(group));
  if (label) {
    assert.match(label.text, new RegExp(`${group.places}`), `its label says how many places: "${label.text}"`);
    assert.doesNotMatch(label.text, /Osnabrück/, 'and is not named after one town');
  }
  const overlap = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
  /** Whether a label's box reaches into a marker's disc. */
  const covers = (label, marker) => {
    const nearestX = Math.min(Math.max(marker.x, label.x), label.x + label.width);
    const nearestY = Math.min(Math.max(marker.y, label.y), label.y + label.height);
    return Math.hypot(nearestX - marker.x, nearestY - marker.y) < marker.radius;
  };
  drawn.labels.forEach((label, index) => {
    for (const other of drawn.labels.slice(index + 1))
      assert.ok(!overlap(label, other), `"${label.text}" and "${other.text}" overlap`);
    for (const marker of drawn.markers) assert.ok(!covers(label, marker), `"${label.text}" covers a marker`);
  });
  assert.deepEqual(page.errors, []);
});

test('the legend folds away, and the map under it can be clicked', async () => {
  const page = await open('desktop');
  const legend = await page.getByTestId('legend').boundingBox();
  const middle = { x: legend.x + legend.width / 2, y: legend.y + legend.height / 2 };
  assert.notEqual(await testidAt(page, middle), 'map-canvas');
  await page.getByTestId('legend-fold').click();
  assert.equal(await testidAt(page, middle), 'map-canvas', 'folded, it leaves the map free');
  assert.equal(await page.getByTestId('legend-fold').getAttribute('aria-expanded'), 'false');
  await page.getByTestId('legend-fold').click();
  assert.notEqual(await testidAt(page, middle), 'map-canvas', 'and it unfolds again');
});
