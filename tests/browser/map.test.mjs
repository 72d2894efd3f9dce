// The map in a real browser: it opens framed with arcs, and a click on a visit or a place
// opens its story in the panel, in German or English.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, waitForMap, anchor, settled, jumpTo, clickPlace } from './support/harness.mjs';
import { browserSession } from './support/session.mjs';

const { server, browser, atlas } = await browserSession();

const squash = (text) => text.replace(/\s+/g, ' ').trim();

function osnabrueckTrip2024() {
  const visit = atlas.visits.find((v) => v.from === 'osnabrueck' && v.start.startsWith('2024'));
  assert.ok(visit, 'the atlas has the Osnabrück delegation trip of 2024');
  const story = atlas.stories.find((s) => s.subject?.visit === visit.id);
  assert.ok(story, 'the 2024 trip has a story');
  return { visit, story };
}

test('the map opens with arcs, framed on Germany and East Asia, with every place the stories name', async () => {
  const page = await openPage(browser);
  await page.goto(server.url);
  await waitForMap(page);
  const box = await page.getByTestId('map-canvas').boundingBox();
  const named = [
    'osnabrueck',
    'hefei',
    'wuhu',
    'gwangmyeong',
    'seoul',
    'dortmund',
    'muenster',
    'muensterland',
    'osnabruecker-land',
    'kreis-borken',
    'hannover',
    'shanghai',
    'shenzhen',
    'changde',
    'gera',
    'jena',
    'chongqing',
    'south-korea',
  ];
  const inStories = atlas.stories.flatMap((story) => story.places);
  for (const place of new Set([...named, ...inStories])) {
    const point = await anchor(page, `place:${place}`);
    assert.ok(point.x > box.x && point.x < box.x + box.width, `${place} is in view horizontally`);
    assert.ok(point.y > box.y && point.y < box.y + box.height, `${place} is in view vertically`);
  }
  assert.equal(await page.getAttribute('html', 'lang'), 'de', 'a German browser gets German');
  assert.deepEqual(page.errors, []);
});

test('clicking a visit arc of the Osnabrück 2024 trip opens its story', async () => {
  const { visit, story } = osnabrueckTrip2024();
  const page = await openPage(browser);
  await page.goto(server.url);
  await waitForMap(page);

  const point = await anchor(page, `visit:${visit.id}`);
  await page.mouse.click(point.x, point.y);
  const panel = page.getByTestId('panel');
  await panel.waitFor();
  assert.equal(await page.evaluate(() => window.partnerAtlas.selected()), `visit:${visit.id}`);
  assert.equal(squash(await panel.getByTestId('panel-title').textContent()), squash(story.title.de));
  assert.equal(squash(await panel.getByTestId('story-text').textContent()), squash(story.text.de));
  assert.match(await panel.getByTestId('panel-date').textContent(), /Oktober 2024/);
  const route = await panel.getByTestId('panel-route').textContent();
  for (const name of ['Osnabrück', 'Hefei', 'Gwangmyeong']) assert.ok(route.includes(name), `route names ${name}`);
  const source = await panel.getByTestId('story-source').textContent();
  assert.ok(source.includes(story.source.publisher), 'the source is named');

  await page.getByTestId('lang-en').click();
  assert.equal(squash(await panel.getByTestId('panel-title').textContent()), squash(story.title.en));
  assert.equal(squash(await panel.getByTestId('story-text').textContent()), squash(story.text.en));
  assert.match(await panel.getByTestId('panel-date').textContent(), /October 2024/);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');

  await panel.getByTestId('link-place:gwangmyeong').click();
  assert.equal(squash(await panel.getByTestId('panel-title').textContent()), 'Gwangmyeong');
  const panelBox = await panel.boundingBox();
  await page.waitForFunction((left) => window.partnerAtlas.anchor('place:gwangmyeong')[0] < left - 40, panelBox.x);

  await page.getByTestId('panel-close').click();
  await panel.waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => window.partnerAtlas.selected()), null);
  assert.deepEqual(page.errors, []);
});

test('clicking a place opens its ties, and a tie opens its facts and sources', async () => {
  const page = await openPage(browser);
  await page.goto(server.url);
  await waitForMap(page);
  await clickPlace(page, 'hefei');
  const panel = page.getByTestId('panel');
  assert.equal(squash(await panel.getByTestId('panel-title').textContent()), 'Hefei');
  const tie = atlas.ties.find((t) => t.a === 'osnabrueck' && t.b === 'hefei');
  await panel.getByTestId(`link-tie:${tie.id}`).click();
  assert.equal(squash(await panel.getByTestId('panel-title').textContent()), 'Osnabrück – Hefei');
  assert.match(await panel.textContent(), /Städtefreundschaft/);
  const links = await panel.locator('.sources a').evaluateAll((as) => as.map((a) => a.href));
  assert.deepEqual(
    links,
    tie.sources.map((s) => s.url),
  );
  assert.deepEqual(page.errors, []);
});

test('a tie says how sure the atlas is, and why, and credits its sources', async () => {
  const listOnly = atlas.ties.find((t) => t.confidence === 'list_only');
  const verified = atlas.ties.find((t) => t.confidence === 'verified');
  assert.ok(listOnly && verified, 'the atlas has ties of both confidences');
  const page = await openPage(browser);
  await page.goto(server.url);
  await waitForMap(page);
  const panel = page.getByTestId('panel');

  await page.evaluate((key) => window.partnerAtlas.select(key), `tie:${listOnly.id}`);
  const doubtful = panel.getByTestId('panel-confidence');
  assert.match(await doubtful.textContent(), /nur in Sammellisten genannt.*Wikipedia oder Wikidata/s);
  assert.match(await doubtful.getAttribute('class'), /list-only/);
  const labels = await panel.locator('.sources a').allTextContents();
  assert.equal(labels.length, listOnly.sources.length);
  for (const [index, source] of listOnly.sources.entries()) {
    assert.equal(labels[index], source.label ?? source.url, 'each source is named');
  }

  await page.evaluate((key) => window.partnerAtlas.select(key), `tie:${verified.id}`);
  assert.match(await panel.getByTestId('panel-confidence').textContent(), /durch eine offizielle Seite bestätigt/);
  assert.deepEqual(page.errors, []);
});

test('dragging pans, the wheel and the buttons zoom', async () => {
  const page = await openPage(browser);
  await page.goto(server.url);
  await waitForMap(page);

  const before = await anchor(page, 'place:hefei');
  await page.mouse.move(640, 500);
  await page.mouse.down();
  await page.mouse.move(600, 470, { steps: 5 });
  await page.mouse.move(540, 440, { steps: 5 });
  await page.waitForTimeout(150); // held still before letting go: no fling
  await page.mouse.up();
  const dragged = await settled(page);
  assert.ok(Math.abs(dragged.x - before.x + 100) < 1.5, `moved ${dragged.x - before.x} px across`);
  assert.ok(Math.abs(dragged.y - before.y + 60) < 1.5, `moved ${dragged.y - before.y} px down`);
  assert.equal(await page.evaluate(() => window.partnerAtlas.selected()), null, 'a drag is not a click');

  const spread = async () => {
    const [a, b] = [await anchor(page, 'place:osnabrueck'), await anchor(page, 'place:hefei')];
    return Math.hypot(a.x - b.x, a.y - b.y);
  };
  const atStart = await spread();
  await page.getByTestId('zoom-in').click();
  await settled(page);
  const zoomedIn = await spread();
  assert.ok(Math.abs(zoomedIn / atStart - 2) < 0.01, `+ doubles the scale (${zoomedIn / atStart})`);
  await page.getByTestId('zoom-out').click();
  await settled(page);
  assert.ok(Math.abs((await spread()) / atStart - 1) < 0.01, '− halves it again');

  const cursor = await anchor(page, 'place:hefei');
  await page.mouse.move(cursor.x, cursor.y);
  await page.mouse.wheel(0, -300);
  await page.waitForFunction((start) => {
    const [a, b] = [window.partnerAtlas.anchor('place:osnabrueck'), window.partnerAtlas.anchor('place:hefei')];
    return Math.hypot(a[0] - b[0], a[1] - b[1]) > start * 1.2;
  }, atStart);
  const still = await anchor(page, 'place:hefei');
  assert.ok(Math.hypot(still.x - cursor.x, still.y - cursor.y) < 1.5, 'the point under the cursor stays put');
  assert.deepEqual(page.errors, []);
});

test('the keyboard pans with the arrows, zooms with + and −, and Escape closes the panel', async () => {
  const page = await openPage(browser);
  await page.goto(server.url);
  await waitForMap(page);
  await page.getByTestId('map-canvas').focus();
  const start = await anchor(page, 'place:hefei');
  await page.keyboard.press('ArrowLeft');
  const left = await settled(page);
  assert.ok(Math.abs(left.x - start.x - 80) < 1 && Math.abs(left.y - start.y) < 1, 'ArrowLeft shows what lies west');
  await page.keyboard.press('ArrowUp');
  const up = await settled(page);
  assert.ok(Math.abs(up.y - left.y - 80) < 1, 'ArrowUp shows what lies north');
  const spread = async () => {
    const [a, b] = [await anchor(page, 'place:osnabrueck'), await anchor(page, 'place:hefei')];
    return Math.hypot(a.x - b.x, a.y - b.y);
  };
  const before = await spread();
  await page.keyboard.press('+');
  await settled(page);
  assert.ok(Math.abs((await spread()) / before - 2) < 0.01, '+ zooms in one step');
  await page.keyboard.press('-');
  await settled(page);
  assert.ok(Math.abs((await spread()) / before - 1) < 0.01, '− zooms out again');

  await page.evaluate(() => window.partnerAtlas.select('place:hefei'));
  await page.getByTestId('panel').waitFor();
  await page.getByTestId('map-canvas').focus();
  await page.keyboard.press('Escape');
  await page.getByTestId('panel').waitFor({ state: 'detached' });
  assert.deepEqual(page.errors, []);
});

test('a fling glides on, and a double click zooms in where it was made', async () => {
  const page = await openPage(browser);
  await page.goto(server.url);
  await waitForMap(page);
  const before = await anchor(page, 'place:hefei');
  // A quick drag, with the event times given, so that a busy machine cannot slow it down.
  const cdp = await page.context().newCDPSession(page);
  const start = Date.now() / 1000;
  const mouse = (type, x, step, extra = {}) =>
    cdp.send('Input.dispatchMouseEvent', {
      type,
      x,
      y: 500,
      button: 'left',
      timestamp: start + step * 0.016,
      ...extra,
    });
  await mouse('mousePressed', 640, 0, { buttons: 1, clickCount: 1 });
  for (let step = 1; step <= 8; step++) await mouse('mouseMoved', 640 - step * 15, step, { buttons: 1 });
  await mouse('mouseReleased', 520, 8, { buttons: 0, clickCount: 1 });
  const after = await settled(page);
  assert.ok(before.x - after.x > 150, `the map glided on past the 120 px dragged (${before.x - after.x} px)`);
  assert.ok(Math.abs(after.y - before.y) < 1, 'straight across');

  const osnabrueck = await anchor(page, 'place:osnabrueck');
  const gap = Math.hypot(osnabrueck.x - after.x, osnabrueck.y - after.y);
  await page.mouse.dblclick(after.x + 30, after.y + 30);
  const zoomed = await settled(page);
  const osnabrueckZoomed = await anchor(page, 'place:osnabrueck');
  const ratio = Math.hypot(osnabrueckZoomed.x - zoomed.x, osnabrueckZoomed.y - zoomed.y) / gap;
  assert.ok(Math.abs(ratio - 2) < 0.01, `one step in (${ratio})`);
  assert.ok(
    Math.abs(zoomed.x - (after.x - 30)) < 1.5 && Math.abs(zoomed.y - (after.y - 30)) < 1.5,
    'the point double-clicked stays under the pointer',
  );
  assert.deepEqual(page.errors, []);
});

test('crowded places group into one marker with a count, which opens on click', async () => {
  const page = await openPage(browser);
  await page.goto(server.url);
  await waitForMap(page);
  const group = await page.evaluate(() => window.partnerAtlas.groupOf('place:muenster'));
  assert.ok(group, 'at the opening zoom Münster shares a marker with its neighbours');
  assert.ok(group[2] >= 3, `Münsterland's places crowd together (${group[2]})`);
  const [x, y] = group;
  const before = await anchor(page, 'place:osnabrueck');
  const hefei = await anchor(page, 'place:hefei');
  await page.mouse.click(x, y);
  await settled(page, 'place:osnabrueck');
  const after = await page.evaluate(() => window.partnerAtlas.groupOf('place:muenster'));
  assert.ok(!after || after[2] < group[2], 'opening the group zoomed in until it came apart');
  const hefeiAfter = await anchor(page, 'place:hefei');
  const osnabrueckAfter = await anchor(page, 'place:osnabrueck');
  const scale =
    Math.hypot(hefeiAfter.x - osnabrueckAfter.x, hefeiAfter.y - osnabrueckAfter.y) /
    Math.hypot(hefei.x - before.x, hefei.y - before.y);
  assert.ok(scale > 2.5, `zoomed in (${scale.toFixed(2)}×)`);
  assert.equal(await page.evaluate(() => window.partnerAtlas.selected()), null, 'a group is no place');
  assert.deepEqual(page.errors, []);
});

test('the label of a selected place is never hidden', async () => {
  const page = await openPage(browser);
  await page.goto(server.url);
  await waitForMap(page);
  const crowded = ['kreis-borken', 'muensterland', 'osnabruecker-land', 'wuhu', 'jena'];
  const hidden = [];
  for (const place of crowded) {
    if (!(await page.evaluate(() => window.partnerAtlas.labels())).includes(`place:${place}`)) hidden.push(place);
  }
  assert.ok(hidden.length >= 3, `small places crowd out at the opening zoom (${hidden})`);
  for (const place of hidden) {
    await page.evaluate((key) => window.partnerAtlas.select(key), `place:${place}`);
    await page.getByTestId('panel').waitFor();
    await settled(page, `place:${place}`);
    const labels = await page.evaluate(() => window.partnerAtlas.labels());
    assert.ok(labels.includes(`place:${place}`), `${place} is labelled once selected`);
    assert.equal(
      await page.evaluate((key) => window.partnerAtlas.groupOf(key), `place:${place}`),
      null,
      `${place} stands out of its group once selected`,
    );
  }
  assert.deepEqual(page.errors, []);
});

test('the detailed basemap is fetched only when a close zoom needs it', async () => {
  const page = await openPage(browser);
  const fetched = [];
  page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
  await page.goto(server.url);
  await waitForMap(page);
  await settled(page);
  assert.ok(fetched.includes('/basemap.json'));
  assert.ok(!fetched.includes('/basemap-50m.json'), 'the wide view needs only the coarse outlines');
  const detailed = page.waitForResponse((response) => response.url().endsWith('/basemap-50m.json'));
  await page.getByTestId('zoom-in').click();
  await settled(page);
  await page.getByTestId('zoom-in').click();
  assert.equal((await detailed).status(), 200);
  assert.deepEqual(page.errors, []);
});

test('nothing is painted while nothing changes', async () => {
  const page = await openPage(browser);
  await page.goto(server.url);
  await waitForMap(page);
  await settled(page);
  await page.evaluate(() => window.partnerAtlas.paintTimes());
  await page.mouse.move(5, 420); // over empty land: nothing to light
  await page.waitForTimeout(500);
  assert.deepEqual(await page.evaluate(() => window.partnerAtlas.paintTimes()), []);
  await page.getByTestId('zoom-in').click();
  await settled(page);
  assert.ok((await page.evaluate(() => window.partnerAtlas.paintTimes())).length > 0, 'a zoom paints');
});

for (const reducedMotion of ['no-preference', 'reduce']) {
  test(`a chosen visit shows its direction (${reducedMotion} motion)`, async () => {
    const { visit } = osnabrueckTrip2024();
    const page = await openPage(browser, { reducedMotion });
    await page.goto(server.url);
    await waitForMap(page);
    await page.evaluate((key) => window.partnerAtlas.select(key), `visit:${visit.id}`);
    await page.getByTestId('panel').waitFor();
    await settled(page);
    await page.evaluate(() => window.partnerAtlas.paintTimes());
    if (reducedMotion === 'reduce') {
      await page.waitForTimeout(400);
      const paints = await page.evaluate(() => window.partnerAtlas.paintTimes());
      assert.deepEqual(paints, [], 'still: its arrowheads alone show the direction');
    } else {
      // Its dashes march towards where it went: the map keeps painting with nothing else moving.
      await page.waitForFunction(() => {
        window.paintsSeen = (window.paintsSeen ?? 0) + window.partnerAtlas.paintTimes().length;
        return window.paintsSeen >= 20;
      });
    }
  });
}

/** How many strongly coloured pixels a 9×9 box around a page point holds. */
// How far apart a pixel's channels must be for it to show a tie's colour. Land, sea and borders
// stay below 25; a one-pixel arc at full strength, spread over two pixel rows, reaches 70 and
// more; dimmed to a fifth of its strength, under 30.
const COLOURFUL = 45;

function colourfulAround(page, point) {
  return page.evaluate(
    ({ x, y, colourful }) => {
      const canvas = document.querySelector('[data-testid="map-canvas"]');
      const box = canvas.getBoundingClientRect();
      const ratio = canvas.width / box.width;
      const data = canvas
        .getContext('2d')
        .getImageData(Math.round((x - box.left) * ratio) - 4, Math.round((y - box.top) * ratio) - 4, 9, 9).data;
      let count = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (Math.max(data[i], data[i + 1], data[i + 2]) - Math.min(data[i], data[i + 1], data[i + 2]) > colourful)
          count++;
      }
      return count;
    },
    { ...point, colourful: COLOURFUL },
  );
}

test('hovering a place lights its network and dims the rest', async () => {
  const page = await openPage(browser);
  await page.goto(server.url);
  await waitForMap(page);
  await jumpTo(page, 92, 33, 3.5); // India to Japan, beside the side bar
  // A tie to India, far from the arcs that run from Germany to East Asia.
  const indian = new Set(atlas.places.filter((p) => p.country === 'IN').map((p) => p.id));
  const tie = atlas.ties.find((t) => indian.has(t.b) && t.confidence === 'verified');
  const onTie = await anchor(page, `tie:${tie.id}`);
  assert.ok((await colourfulAround(page, onTie)) > 3, 'the tie is painted in its colour');

  // A Japanese place that stands alone on the map, in view.
  const box = await page.getByTestId('map-canvas').boundingBox();
  let hovered = null;
  for (const place of atlas.places.filter((p) => p.country === 'JP')) {
    const key = `place:${place.id}`;
    const at = await anchor(page, key);
    const inView =
      at.x > box.x + 20 && at.x < box.x + box.width - 20 && at.y > box.y + 20 && at.y < box.y + box.height - 20;
    if (inView && !(await page.evaluate((k) => window.partnerAtlas.groupOf(k), key))) {
      hovered = place.id;
      break;
    }
  }
  assert.ok(hovered, 'some Japanese place stands alone');
  const point = await anchor(page, `place:${hovered}`);
  await page.mouse.move(point.x, point.y);
  await page.waitForFunction(
    ({ x, y, colourful }) => {
      const canvas = document.querySelector('[data-testid="map-canvas"]');
      const box = canvas.getBoundingClientRect();
      const ratio = canvas.width / box.width;
      const data = canvas
        .getContext('2d')
        .getImageData(Math.round((x - box.left) * ratio) - 4, Math.round((y - box.top) * ratio) - 4, 9, 9).data;
      for (let i = 0; i < data.length; i += 4) {
        if (Math.max(data[i], data[i + 1], data[i + 2]) - Math.min(data[i], data[i + 1], data[i + 2]) > colourful)
          return false;
      }
      return true;
    },
    { ...onTie, colourful: COLOURFUL },
  );

  await page.mouse.move(5, 420);
  await page.waitForTimeout(100);
  assert.ok((await colourfulAround(page, onTie)) > 3, 'moving away restores the map');
  assert.deepEqual(page.errors, []);
});

/** A touch screen showing the map: its page, a way to send touch points, and where Hefei and
 * Osnabrück are drawn at first. */
async function touchScreen() {
  const page = await openPage(browser, { hasTouch: true });
  await page.goto(server.url);
  await waitForMap(page);
  const cdp = await page.context().newCDPSession(page);
  const touch = (type, points) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: points.map(([x, y], id) => ({ x, y, id })),
    });
  return { page, touch, hefei: await anchor(page, 'place:hefei'), osnabrueck: await anchor(page, 'place:osnabrueck') };
}

/** How many times larger the map is drawn than it was: Hefei–Osnabrück now over then. */
async function scaleSince(page, hefei, osnabrueck) {
  const [hefeiNow, osnabrueckNow] = [await anchor(page, 'place:hefei'), await anchor(page, 'place:osnabrueck')];
  return (
    Math.hypot(osnabrueckNow.x - hefeiNow.x, osnabrueckNow.y - hefeiNow.y) /
    Math.hypot(osnabrueck.x - hefei.x, osnabrueck.y - hefei.y)
  );
}

test('two fingers pinch to zoom around their midpoint', async () => {
  const { page, touch, hefei, osnabrueck } = await touchScreen();
  const { x, y } = hefei;
  await touch('touchStart', [
    [x - 50, y],
    [x + 50, y],
  ]);
  for (let step = 1; step <= 5; step++) {
    await touch('touchMove', [
      [x - 50 - step * 10, y],
      [x + 50 + step * 10, y],
    ]);
  }
  await touch('touchEnd', []);
  const after = await anchor(page, 'place:hefei');
  assert.ok(Math.hypot(after.x - x, after.y - y) < 2, 'the point between the fingers stays put');
  const ratio = await scaleSince(page, hefei, osnabrueck);
  assert.ok(Math.abs(ratio - 2) < 0.05, `spreading from 100 to 200 px doubles the scale (${ratio})`);
  assert.equal(await page.evaluate(() => window.partnerAtlas.selected()), null, 'a pinch is not a tap');
  assert.deepEqual(page.errors, []);
});

test('a double tap zooms in one step around the finger', async () => {
  const { page, touch, hefei, osnabrueck } = await touchScreen();
  // Beside Hefei lies a group of crowded places: the first tap alone would open it and fly the
  // map away, so this also shows that the double tap zooms from where the first tap found it.
  const at = [hefei.x + 30, hefei.y + 30];
  for (let taps = 0; taps < 2; taps++) {
    await touch('touchStart', [at]);
    await touch('touchEnd', []);
    await page.waitForTimeout(80); // a finger's pause between taps, in which the map starts to fly
  }
  const after = await settled(page);
  const ratio = await scaleSince(page, hefei, osnabrueck);
  assert.ok(Math.abs(ratio - 2) < 0.01, `one step in (${ratio})`);
  assert.ok(
    Math.abs(after.x - (at[0] - 60)) < 1.5 && Math.abs(after.y - (at[1] - 60)) < 1.5,
    `the point tapped stays under the finger (Hefei at ${after.x}, ${after.y})`,
  );
  assert.deepEqual(page.errors, []);
});
