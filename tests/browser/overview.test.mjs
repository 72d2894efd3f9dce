// The overview tab answers the first questions at a glance: a table of German Länder against
// partner countries whose numbers add up to the real atlas's, a cell that shows exactly its
// ties on the map, charts in every language, readable by a screen reader and on a phone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openPage, waitForMap, jumpTo, axeViolations, openLayout, root } from './support/harness.mjs';
import { browserSession } from './support/session.mjs';
import { boxAround, mapPixels, inked, frames } from './support/pixels.mjs';

const { server, browser, atlas } = await browserSession();

const places = new Map(atlas.places.map((place) => [place.id, place]));
/** The real atlas counted here, from its own JSON: ties per Land, per partner country, per both. */
function counted() {
  const byState = new Map();
  const byCountry = new Map();
  const byBoth = new Map();
  const add = (map, key) => map.set(key, (map.get(key) ?? 0) + 1);
  for (const tie of atlas.ties) {
    const state = places.get(tie.a)?.division ?? '';
    const country = places.get(tie.b)?.country ?? '';
    add(byState, state);
    add(byCountry, country);
    add(byBoth, `${state}|${country}`);
  }
  return { byState, byCountry, byBoth };
}

async function openOverview(query = '?lang=de', options = {}) {
  const page = await openPage(browser, options);
  await page.goto(`${server.url}${query}`);
  await waitForMap(page);
  await page.getByTestId('tab-overview').click();
  await page.getByTestId('overview-table').waitFor();
  return page;
}

/** The table as a person reads it: header texts, and each body row's header and cells. */
function readTable(page) {
  return page.getByTestId('overview-table').evaluate((table) => ({
    headers: [...table.tHead.rows[0].cells].map((cell) => cell.textContent.trim()),
    rows: [...table.tBodies[0].rows].map((row) => [...row.cells].map((cell) => cell.textContent.trim())),
    totals: [...table.tFoot.rows[0].cells].map((cell) => cell.textContent.trim()),
  }));
}

test('the table counts the real atlas by Land and partner country, and its totals add up', async () => {
  const page = await openOverview();
  const { byState, byCountry, byBoth } = counted();
  const { headers, rows, totals } = await readTable(page);
  assert.equal(totals.at(-1), String(atlas.ties.length), 'the grand total is every tie');
  assert.match(await page.getByTestId('overview-total').textContent(), new RegExp(`^${atlas.ties.length} `));
  const china = headers.indexOf('China');
  assert.ok(china > 0, `China heads a column (${headers.join(', ')})`);
  assert.equal(totals[china], String(byCountry.get('CN')), 'China’s column total');
  const lowerSaxony = rows.find((row) => row[0] === 'Niedersachsen');
  assert.equal(lowerSaxony.at(-1), String(byState.get('Niedersachsen')), 'Niedersachsen’s row total');
  assert.equal(lowerSaxony[china], String(byBoth.get('Niedersachsen|CN') ?? ''), 'Niedersachsen × China');
  const rowSum = rows.reduce((sum, row) => sum + Number(row.at(-1)), 0);
  assert.equal(rowSum, atlas.ties.length, 'the rows add up to the total');
  assert.deepEqual(page.errors, []);
});

test('sorting by a country puts the Land with most ties there first', async () => {
  const page = await openOverview();
  const { byBoth } = counted();
  await page.getByTestId('overview-sort-JP').click();
  const { headers, rows } = await readTable(page);
  const japan = headers.indexOf('Japan');
  const most = Math.max(...[...byBoth].filter(([key]) => key.endsWith('|JP')).map(([, count]) => count));
  assert.equal(rows[0][japan], String(most));
  assert.equal(
    await page.getByTestId('overview-sort-JP').evaluate((button) => button.closest('th').getAttribute('aria-sort')),
    'descending',
  );
});

test('a cell shows exactly its ties: the filters follow, and the map redraws to them', async () => {
  const page = await openOverview();
  // Israel's ties, far from any Lower Saxon tie to China.
  await jumpTo(page, 30, 40, 4.2);
  const israel = await page.evaluate(() => window.partnerAtlas.anchor('place:netanya'));
  const box = boxAround({ x: israel[0], y: israel[1] }, 90);
  const before = inked(await mapPixels(page, box));
  await page.getByTestId('overview-cell-Niedersachsen-CN').click();
  await frames(page, 2);
  const after = inked(await mapPixels(page, box));
  assert.ok(after < before / 10, `Israel's ties are gone from the map (${before} → ${after} inked pixels)`);
  const { byBoth } = counted();
  const url = new URL(page.url());
  assert.equal(url.searchParams.get('countries'), 'CN');
  assert.equal(url.searchParams.get('states'), 'Niedersachsen');
  assert.match(
    await page.getByTestId('overview-total').textContent(),
    new RegExp(`^${byBoth.get('Niedersachsen|CN')} `),
    'the overview now counts only those ties',
  );
  await page.getByTestId('overview-reset').click();
  assert.match(
    await page.getByTestId('overview-total').textContent(),
    new RegExp(`^${atlas.ties.length} `),
    'and back',
  );
  assert.deepEqual(page.errors, []);
});

test('the overview passes the accessibility audit', async () => {
  const page = await openOverview();
  assert.deepEqual(await axeViolations(page), []);
});

test('the charts are there in every language, with place and country names in its script', async () => {
  for (const lang of ['de', 'en', 'zh', 'ko', 'ja']) {
    const words = JSON.parse(await readFile(join(root, `src/locales/${lang}.json`), 'utf8'));
    const page = await openOverview(`?lang=${lang}`);
    assert.equal((await page.getByTestId('tab-overview').textContent()).trim(), words.explore.overview, lang);
    const decades = page.getByTestId('overview-decades');
    assert.match(await decades.locator('h2').textContent(), new RegExp(words.overview.by_decade), lang);
    assert.ok((await decades.locator('li').count()) >= 6, `${lang}: the decades`);
    const undated = atlas.ties.filter((tie) => !tie.since).length;
    assert.equal(
      (await page.getByTestId('overview-year-unknown').textContent()).trim(),
      words.overview.undated.replace('{{ count }}', undated),
      `${lang}: undated ties counted`,
    );
    const headers = (await readTable(page)).headers;
    assert.ok(headers.includes(words.country.cn), `${lang}: China is named ${words.country.cn}`);
    const places = await page.getByTestId('overview-places').locator('.chart-label').allTextContents();
    assert.equal(places.length, 10, `${lang}: ten German places ranked`);
    await page.context().close();
  }
});

test('the decade chart is scaled by its decades: the busiest fills its track, the undated ties are a number beside it', async () => {
  const page = await openOverview();
  const decades = page.getByTestId('overview-decades');
  const filled = await decades.locator('.chart-bar').evaluateAll((bars) =>
    bars.map((bar) => {
      const track = bar.getBoundingClientRect().width;
      const inked = [...bar.children].reduce((sum, part) => sum + part.getBoundingClientRect().width, 0);
      return inked / track;
    }),
  );
  assert.ok(Math.max(...filled) > 0.97, `the busiest decade fills its track (${filled.map((f) => f.toFixed(2))})`);
  const undated = atlas.ties.filter((tie) => !tie.since).length;
  assert.ok(undated > 0, 'the real atlas has undated ties');
  const note = page.getByTestId('overview-year-unknown');
  assert.match(await note.textContent(), new RegExp(`^Jahr unbekannt: ${undated} `), 'the undated ties are counted');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('on a phone the table scrolls sideways and keeps the Länder in view', async () => {
  const page = await openLayout(browser, server, 'phone');
  await page.getByTestId('explorer-toggle').tap();
  await page.getByTestId('tab-overview').tap();
  const wrap = page.locator('.overview-table');
  await wrap.waitFor();
  const { scrollWidth, clientWidth } = await wrap.evaluate((element) => ({
    scrollWidth: element.scrollWidth,
    clientWidth: element.clientWidth,
  }));
  assert.ok(scrollWidth > clientWidth, `the table is wider than the phone (${scrollWidth} > ${clientWidth})`);
  assert.ok(clientWidth <= 390, 'and the page itself does not widen');
  await wrap.evaluate((element) => element.scrollBy(200, 0));
  const header = page.locator('[data-testid="overview-table"] tbody th').first();
  const rect = await header.boundingBox();
  const seen = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('th')?.textContent ?? null, {
    x: rect.x + 8,
    y: rect.y + rect.height / 2,
  });
  assert.equal(seen, await header.textContent(), 'the Land stays readable at the left');
  assert.deepEqual(page.errors, []);
});

test('a town’s page sums the town up: partners, their countries, the oldest tie, visits and stories', async () => {
  const id = 'osnabrueck';
  const ties = atlas.ties.filter((tie) => tie.a === id || tie.b === id);
  const partners = new Set(ties.map((tie) => (tie.a === id ? tie.b : tie.a)));
  const dated = ties.filter((tie) => tie.since).map((tie) => Number(tie.since.slice(0, 4)));
  const oldest = Math.min(...dated);
  const visits = atlas.visits.filter((visit) => visit.from === id || visit.stops.includes(id)).length;
  for (const [lang, partnersWord] of [
    ['de', 'Partnerorte'],
    ['ja', 'パートナー自治体'],
  ]) {
    const page = await openPage(browser);
    await page.goto(`${server.url}?lang=${lang}&focus=${id}`);
    await waitForMap(page);
    const card = page.getByTestId('place-summary');
    await card.waitFor();
    const terms = await card.locator('dt').allTextContents();
    const values = await card.locator('dd').allTextContents();
    const said = Object.fromEntries(terms.map((term, index) => [term, values[index]]));
    assert.equal(said[partnersWord], String(partners.size), `${lang}: ${JSON.stringify(said)}`);
    assert.ok(
      Object.values(said).some((value) => value.includes(String(oldest))),
      `${lang}: the oldest tie's year`,
    );
    assert.ok(values.includes(String(visits)), `${lang}: ${visits} visits`);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});
