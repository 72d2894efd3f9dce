// The wide view adds the ties up: a few broad flows from Germany (or its Länder) to the partner
// countries instead of 385 equal arcs, as broad as their count, read back from the pixels;
// zooming in splits them, choosing a place shows its pairs, and a flow names itself under the
// pointer and opens exactly its ties when clicked or tapped, on a desktop, a phone and a kiosk.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openLayout, jumpTo, settled, anchor, layouts } from './support/harness.mjs';
import { browserSession } from './support/session.mjs';
import { mapPixels, inked } from './support/pixels.mjs';

const { server, browser, atlas } = await browserSession();

const places = new Map(atlas.places.map((place) => [place.id, place]));
/** The ties of the real atlas from a German Land (or anywhere, with none) to a partner country. */
const tiesBetween = (land, country) =>
  atlas.ties.filter((tie) => (!land || places.get(tie.a)?.division === land) && places.get(tie.b)?.country === country);

const drawnFlows = (page) => page.evaluate(() => window.partnerAtlas.drawn().flows);

/** The flow with the most ties whose middle lies inside the map, clear of its edges. */
async function broadestInView(page) {
  const box = await page.getByTestId('map-canvas').boundingBox();
  const inside = (flow) =>
    flow.x > box.x + 40 && flow.x < box.x + box.width - 80 && flow.y > box.y + 40 && flow.y < box.y + box.height - 40;
  const flows = (await drawnFlows(page)).filter(inside);
  return flows.sort((a, b) => b.ties - a.ties)[0];
}

/**
 * How broad a stroke is drawn at a flow's middle: the inked run through it along a row and
 * along a column, whichever is shorter (a stroke `w` wide measures between `w` and `w`·√2).
 */
async function strokeRun(page, flow) {
  const run = async (box, step) => {
    const pixels = await mapPixels(page, box);
    const count = pixels.length / 4;
    const isInk = (at) => inked(pixels.slice(at * 4, at * 4 + 4)) === 1;
    const middle = Math.floor(count / 2);
    if (!isInk(middle)) return 0;
    let [first, last] = [middle, middle];
    while (first > 0 && isInk(first - step)) first -= step;
    while (last < count - 1 && isInk(last + step)) last += step;
    return last - first + 1;
  };
  const column = await run({ x: flow.x, y: flow.y - 30, width: 1, height: 60 }, 1);
  const row = await run({ x: flow.x - 30, y: flow.y, width: 60, height: 1 }, 1);
  return Math.min(column, row);
}

/** `land:Niedersachsen` → Niedersachsen; `country:CN` → CN. */
const endName = (key) => key.split(':').at(-1);

test('the wide view draws a few flows, as broad as their ties, that add up to every tie', async () => {
  const page = await openLayout(browser, server, 'phone');
  await settled(page, null);
  const flows = await drawnFlows(page);
  assert.ok(flows.length > 3, `flows are drawn (${flows.length})`);
  assert.ok(
    flows.length <= atlas.ties.length / 10,
    `far fewer flows (${flows.length}) than ties (${atlas.ties.length})`,
  );
  const sum = flows.reduce((total, flow) => total + flow.ties, 0);
  assert.equal(sum, atlas.ties.length, 'every tie is in one flow');
  const china = flows.find((flow) => flow.to === 'country:CN');
  assert.equal(china.from, 'country:DE', 'on a phone, Germany is one end');
  assert.equal(china.ties, tiesBetween(null, 'CN').length, 'Germany → China holds every tie with China');
  // A few ties (India, Vietnam, Indonesia …) against Germany → China, read back: the broad
  // flow's stroke runs several times as far across (measured where a small flow lies clearest
  // of other strokes and labels).
  const small = flows.filter((flow) => flow.ties <= 6 && flow.from !== flow.to);
  assert.ok(
    small.length > 0 && china.width > 3 * Math.max(...small.map((flow) => flow.width)),
    'widths differ with the count',
  );
  const runs = [];
  for (const flow of small) runs.push(await strokeRun(page, flow));
  const [broad, thin] = [await strokeRun(page, china), Math.min(...runs.filter((run) => run > 0))];
  assert.ok(Number.isFinite(thin), `the small flows are drawn (${runs.join(', ')} px across)`);
  assert.ok(broad >= 2.5 * thin, `Germany → China is drawn broad (${broad} px across against ${thin} px)`);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('zooming in splits the flows into Länder, then provinces, then the exact pairs', async () => {
  const page = await openLayout(browser, server, 'desktop');
  const counts = [];
  for (const zoom of [2.0, 3.0, 4.5]) {
    await jumpTo(page, 80, 40, zoom);
    counts.push((await drawnFlows(page)).length);
  }
  assert.ok(counts[0] < counts[1] && counts[1] < counts[2], `more, finer flows closer in: ${counts.join(' < ')}`);
  await jumpTo(page, 118, 34, 5.5);
  assert.equal((await drawnFlows(page)).length, 0, 'close in, every tie is drawn as itself');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a flow names itself under the mouse, and a click shows exactly its ties', async () => {
  const page = await openLayout(browser, server, 'desktop');
  await settled(page, null);
  const flow = await broadestInView(page);
  assert.match(flow.from, /^land:/, 'on a desktop the flows leave from the Länder');
  const [land, country] = [endName(flow.from), endName(flow.to)];
  const ties = tiesBetween(land, country);
  assert.equal(flow.ties, ties.length);
  await page.mouse.move(flow.x, flow.y);
  const tip = page.getByTestId('flow-tip');
  await tip.waitFor();
  const countryName = await page
    .getByTestId(`filter-country-${country}`)
    .evaluate((box) => box.closest('label').textContent);
  const text = await tip.textContent();
  assert.ok(text.startsWith(`${land} → `), `the tip names the Land: ${text}`);
  assert.ok(countryName.includes(text.split(' → ')[1].split(':')[0]), `and the country: ${text}`);
  assert.ok(text.includes(`: ${ties.length} Verbindungen`), `and its count: ${text}`);
  const tipBox = await tip.boundingBox();
  assert.ok(tipBox.width > 0 && tipBox.x >= 0 && tipBox.y >= 0, 'the tip is on screen');

  const before = await mapPixels(page, { x: 340, y: 60, width: 900, height: 700 });
  await page.mouse.click(flow.x, flow.y);
  await page.getByTestId('tie-list').waitFor();
  assert.equal(await page.getByTestId('tie-list').locator('li').count(), ties.length, 'the list holds its ties');
  assert.ok(await page.getByTestId(`filter-country-${country}`).isChecked(), 'its country is chosen');
  assert.ok(await page.getByTestId(`filter-state-${land}`).isChecked(), 'and its Land');
  await settled(page, null);
  const shown = await drawnFlows(page);
  const sum = shown.reduce((total, each) => total + each.ties, 0);
  assert.equal(sum, ties.length, `the map redraws to those ties (${shown.map((each) => each.to).join(', ')})`);
  const after = await mapPixels(page, { x: 340, y: 60, width: 900, height: 700 });
  assert.ok(inked(after) < inked(before) / 2, `most of the map's ink is gone (${inked(before)} → ${inked(after)})`);
  assert.match(page.url(), new RegExp(`countries=${country}`), 'the link carries the choice');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a chosen place shows its pairs at the wide view, and each can be clicked', async () => {
  const page = await openLayout(browser, server, 'desktop');
  await settled(page, null);
  await page.evaluate(() => window.partnerAtlas.select('place:osnabrueck'));
  await page.getByTestId('panel').waitFor();
  await settled(page, null);
  const own = atlas.ties.filter((tie) => tie.a === 'osnabrueck' || tie.b === 'osnabrueck');
  const flows = await drawnFlows(page);
  const sum = flows.reduce((total, flow) => total + flow.ties, 0);
  assert.equal(sum, atlas.ties.length - own.length, 'every other tie still adds up');
  assert.ok(flows.length > 0 && flows.every((flow) => flow.ties > 0), 'the rest stay flows');
  const hefei = own.find((tie) => tie.b === 'hefei');
  const point = await anchor(page, `tie:${hefei.id}`);
  await page.mouse.click(point.x, point.y);
  await page.waitForFunction(() => window.partnerAtlas.selected()?.startsWith('tie:'));
  assert.equal(
    await page.evaluate(() => window.partnerAtlas.selected()),
    `tie:${hefei.id}`,
    'its pair is drawn, so it is hit',
  );
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

for (const layout of ['phone', 'kiosk']) {
  test(`on a ${layout}, a tapped flow is named and its ties listed`, async () => {
    const page = await openLayout(browser, server, layout);
    await settled(page, null);
    const flow = await broadestInView(page);
    const ties = tiesBetween(flow.from.startsWith('land:') ? endName(flow.from) : null, endName(flow.to));
    await page.touchscreen.tap(flow.x, flow.y);
    const tip = page.getByTestId('flow-tip');
    await tip.waitFor();
    assert.ok((await tip.textContent()).includes(`: ${ties.length} Verbindungen`), await tip.textContent());
    await page.getByTestId('tie-list').waitFor();
    assert.equal(await page.getByTestId('tie-list').locator('li').count(), ties.length);
    const size = await page.evaluate(() => getComputedStyle(document.querySelector('.flow-tip')).fontSize);
    assert.ok(Number.parseFloat(size) >= (layouts[layout].target >= 44 ? 16 : 12), `a tip one can read (${size})`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}
