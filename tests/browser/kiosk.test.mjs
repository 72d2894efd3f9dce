// A trade-fair kiosk in a real browser: touch only, a tour when nobody touches it, a reset to
// the start when idle, and sources as QR codes instead of links out of the atlas.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openPage, waitForMap, settled, anchor, axeViolations, root } from './support/harness.mjs';
import { browserSession } from './support/session.mjs';

const { server, browser, atlas } = await browserSession();

/** The story the tour shows first: the oldest, by its visit or tie. */
function firstStory() {
  const story = [...atlas.stories].sort((a, b) => a.date.localeCompare(b.date))[0];
  const subject = story.subject.visit ? `visit:${story.subject.visit}` : `tie:${story.subject.tie}`;
  return { story, subject };
}

async function openKiosk(query = 'kiosk=1&idle=2&step=60') {
  const page = await openPage(browser, { hasTouch: true, viewport: { width: 1366, height: 768 } });
  await page.goto(`${server.url}?${query}`);
  await waitForMap(page);
  return page;
}

const kiosk = (page) => page.evaluate(() => window.partnerAtlas.kiosk());
const waitForMode = (page, mode, resets) =>
  page.waitForFunction(
    ([mode, resets]) => window.partnerAtlas.kiosk().mode === mode && window.partnerAtlas.kiosk().resets >= resets,
    [mode, resets],
    { timeout: 20000 },
  );

test('a kiosk goes idle, tours, hands over at a touch, and resets when idle again', async () => {
  const { subject } = firstStory();
  const page = await openKiosk();
  assert.equal(await page.getAttribute('.app', 'data-kiosk'), 'true');
  assert.equal(await page.getByTestId('search-input').count(), 0, 'no text input on a kiosk');
  assert.equal((await kiosk(page)).mode, 'control');

  await waitForMode(page, 'tour', 1);
  assert.ok(await page.getByTestId('tour-invite').isVisible(), 'the tour invites visitors');
  assert.equal(await page.evaluate(() => window.partnerAtlas.selected()), subject, 'the tour opens the first story');
  assert.equal(await page.getAttribute('html', 'lang'), 'de');
  await page.getByTestId('panel').waitFor();

  // The first touch stops the tour at once and is not taken as a tap on the map.
  await page.touchscreen.tap(400, 300);
  assert.equal((await kiosk(page)).mode, 'control');
  assert.equal(await page.getByTestId('tour-invite').count(), 0);
  assert.equal(await page.evaluate(() => window.partnerAtlas.selected()), subject, 'what the tour showed stays open');

  // The visitor takes control: another language, a filter.
  await page.getByTestId('lang-ko').tap();
  await page.getByTestId('explorer-toggle').tap();
  await page.getByTestId('filter-kind-twin_town').tap();
  assert.equal(await page.getAttribute('html', 'lang'), 'ko');
  const filtered = Number(await page.getByTestId('filter-summary').getAttribute('data-shown'));
  assert.ok(filtered < atlas.ties.length);
  assert.match(await page.evaluate(() => location.search), /kinds=twin_town/);

  // Left alone, it returns to the start: language, filters, and the tour from its beginning.
  await waitForMode(page, 'tour', 2);
  assert.equal(await page.getAttribute('html', 'lang'), 'de');
  assert.doesNotMatch(await page.evaluate(() => location.search), /kinds=/);
  assert.equal(await page.evaluate(() => window.partnerAtlas.selected()), subject);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the tour shows story after story, each in the next language', async () => {
  const page = await openKiosk('kiosk=1&idle=60&step=60&tour=de,en,ja');
  const seen = [];
  for (let step = 0; step < 4; step++) {
    await page.evaluate(() => window.partnerAtlas.tourStep());
    seen.push([await page.evaluate(() => window.partnerAtlas.selected()), await page.getAttribute('html', 'lang')]);
  }
  assert.deepEqual(
    seen.map(([, lang]) => lang),
    ['de', 'en', 'ja', 'de'],
  );
  assert.equal(new Set(seen.map(([feature]) => feature)).size, Math.min(4, atlas.stories.length));
  assert.equal((await kiosk(page)).steps, 4);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("the tour frames each story whole beside its panel, with the map's controls out of the way", async () => {
  const page = await openKiosk('kiosk=1&idle=600&step=600');
  const placesOf = (key) => {
    const [kind, id] = key.split(':');
    if (kind === 'visit') {
      const visit = atlas.visits.find((candidate) => candidate.id === id);
      return [visit.from, ...visit.stops];
    }
    const tie = atlas.ties.find((candidate) => candidate.id === id);
    return [tie.a, tie.b];
  };
  for (let step = 0; step < 4; step++) {
    await page.evaluate(() => window.partnerAtlas.tourStep());
    const key = await page.evaluate(() => window.partnerAtlas.selected());
    const places = placesOf(key);
    await settled(page, `place:${places[0]}`);
    const map = await page.getByTestId('map-canvas').boundingBox();
    const panel = await page.getByTestId('panel').boundingBox();
    const points = await Promise.all(places.map((place) => anchor(page, `place:${place}`)));
    for (const [index, point] of points.entries()) {
      const where = `${places[index]} of ${key} at ${point.x},${point.y}`;
      assert.ok(point.x >= map.x && point.x <= panel.x, `${where} lies left of the panel`);
      assert.ok(point.y >= map.y && point.y <= map.y + map.height, `${where} lies on the map`);
    }
    // Framed, not merely in sight: the story spans the map, or the map is as close as a tour comes.
    const xs = points.map((point) => point.x);
    const ys = points.map((point) => point.y);
    const span = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys));
    const [, , zoom] = await page.evaluate(() => window.partnerAtlas.view());
    assert.ok(span > (panel.x - map.x) / 4 || zoom >= 7, `${key} is framed: spans ${span}px at zoom ${zoom}`);
  }
  for (const controls of ['zoom-in', 'legend']) {
    assert.ok(!(await page.getByTestId(controls).isVisible()), `${controls} is hidden during the tour`);
  }
  await page.getByTestId('tour-invite').tap();
  assert.ok(await page.getByTestId('zoom-in').isVisible(), 'the controls are back at a touch');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('on a kiosk a source is a QR code that reads as its address, never a link away', async () => {
  const story = atlas.stories.find((candidate) => candidate.source.url && candidate.subject?.visit);
  assert.ok(story, 'a story names its source address');
  const page = await openKiosk('kiosk=1&idle=600');
  await page.evaluate((key) => window.partnerAtlas.select(key), `visit:${story.subject.visit}`);
  await page.getByTestId('panel').waitFor();
  assert.equal(await page.locator('.app a[href^="http"]').count(), 0, 'no link leads out of the atlas');

  await page.getByTestId('story-source').getByTestId('source-qr').tap();
  await page.getByTestId('qr-dialog').waitFor();
  assert.equal(await page.getByTestId('qr-url').textContent(), story.source.url);
  await page.addScriptTag({ path: join(root, 'node_modules/jsqr/dist/jsQR.js') });
  const decoded = await page.evaluate(async () => {
    const svg = document.querySelector('[data-testid="qr-code"]');
    const image = new Image();
    image.src = URL.createObjectURL(new Blob([new XMLSerializer().serializeToString(svg)], { type: 'image/svg+xml' }));
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 400;
    const context = canvas.getContext('2d');
    context.drawImage(image, 0, 0, 400, 400);
    const pixels = context.getImageData(0, 0, 400, 400);
    return window.jsQR(pixels.data, 400, 400)?.data ?? null;
  });
  assert.equal(decoded, story.source.url);

  await page.getByTestId('qr-close').tap();
  assert.equal(await page.getByTestId('qr-dialog').count(), 0);
  // A place's ties list their sources as QR codes too.
  await page.evaluate(() => window.partnerAtlas.select('place:osnabrueck'));
  await page.getByTestId('source-qr').first().waitFor();
  assert.equal(await page.locator('.app a[href^="http"]').count(), 0);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a kiosk says tap, not click, and its buttons are large enough for a fingertip', async () => {
  const page = await openKiosk('kiosk=1&idle=600');
  assert.match(await page.getByTestId('legend').textContent(), /antippen/);
  for (const id of ['zoom-in', 'lang-ko', 'explorer-toggle']) {
    const box = await page.getByTestId(id).boundingBox();
    assert.ok(box.width >= 44 && box.height >= 44, `${id} is ${box.width}×${box.height}`);
  }
  await page.context().close();
});

for (const [name, prepare] of [
  [
    'the tour with its invitation',
    async (page) => {
      await page.evaluate(() => window.partnerAtlas.tourStep());
      await page.getByTestId('tour-invite').waitFor();
      await page.getByTestId('panel').waitFor();
    },
  ],
  [
    'a source shown as a QR code',
    async (page) => {
      const story = atlas.stories.find((candidate) => candidate.source.url && candidate.subject?.visit);
      await page.evaluate((key) => window.partnerAtlas.select(key), `visit:${story.subject.visit}`);
      await page.getByTestId('story-source').getByTestId('source-qr').tap();
      await page.getByTestId('qr-dialog').waitFor();
    },
  ],
]) {
  test(`axe-core finds no accessibility violations on a kiosk: ${name}`, async () => {
    const page = await openKiosk('kiosk=1&idle=600&step=600');
    await prepare(page);
    assert.deepEqual(await axeViolations(page), []);
    await page.context().close();
  });
}
