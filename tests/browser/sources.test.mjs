// Where an atlas may come from: the page's own origin and the origins its host names in its copy
// of the app, never one a link brings along. A link to the town's page must not show made-up
// partnerships under the town's address; a second local server on another port is the stranger.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve, openPage, waitForMap, indexAllowing, dist, atlasIn } from './support/harness.mjs';
import { browserSession } from './support/session.mjs';

const { server, browser, atlas } = await browserSession();

// The stranger's atlas: the real one, with a town renamed to one that exists nowhere.
const MADE_UP = 'Schwindelhausen';
const strangerFolder = await mkdtemp(join(tmpdir(), 'stranger-'));
const madeUp = structuredClone(atlas);
for (const lang of ['de', 'en', 'zh', 'ko', 'ja']) madeUp.places[0].names[lang] = MADE_UP;
await writeFile(join(strangerFolder, 'atlas.json'), JSON.stringify(madeUp));
const stranger = await serve(strangerFolder, { headers: { 'access-control-allow-origin': '*' } });
const strangerAtlas = `${stranger.url}atlas.json`;
const strangerOrigin = new URL(stranger.url).origin;
after(() => stranger.close());

/** A page that notes every address it asks the stranger for. */
async function pageWatchingTheStranger(options) {
  const page = await openPage(browser, options);
  page.askedStranger = [];
  page.on('request', (request) => {
    if (request.url().startsWith(stranger.url)) page.askedStranger.push(request.url());
  });
  return page;
}

/** Whether the search offers a place named `name` for its first letters, as a reader sees it. */
async function searchOffers(page, name) {
  await page.getByTestId('search-input').fill(name.slice(0, 6));
  await page.waitForTimeout(300);
  const offers = await page.getByTestId('search-options').getByRole('option').allInnerTexts();
  return offers.some((offer) => offer.includes(name));
}

/** The notice's words, after checking that it stands uncovered over the map. */
async function visibleNotice(page) {
  const notice = page.getByTestId('source-notice');
  await notice.waitFor();
  const onTop = await notice.evaluate((element) => {
    const box = element.getBoundingClientRect();
    return element.contains(document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2));
  });
  assert.ok(onTop, 'nothing covers the notice');
  return notice.innerText();
}

test("a link naming another origin's atlas shows the town's own atlas and says why", async () => {
  const page = await pageWatchingTheStranger();
  await page.goto(`${server.url}?atlas=${encodeURIComponent(strangerAtlas)}`);
  await waitForMap(page);
  const words = await visibleNotice(page);
  assert.match(words, /nicht freigegeben/);
  assert.ok(words.includes(strangerOrigin), words);
  assert.equal(await searchOffers(page, MADE_UP), false, 'no made-up town');
  assert.equal(await searchOffers(page, 'Osnabrück'), true, "the town's own atlas");
  assert.deepEqual(page.askedStranger, [], 'the stranger was never asked');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test("the embed element's atlas attribute cannot bring in another origin either", async () => {
  const host = await serve(dist, {
    files: {
      '/stadt.html': `<!doctype html><html lang="de"><title>Stadt</title><h1>Unsere Partnerstädte</h1>
        <script src="/embed.js" defer></script>
        <partner-atlas lang="de" atlas="${strangerAtlas}"></partner-atlas>`,
    },
  });
  try {
    const page = await pageWatchingTheStranger({ viewport: { width: 360, height: 740 } });
    await page.goto(`${host.url}stadt.html`);
    const frame = await atlasIn(page);
    await page.screenshot({ path: join(tmpdir(), 'sources-embed-360.png') });
    assert.ok((await visibleNotice(frame)).includes(strangerOrigin));
    assert.deepEqual(page.askedStranger, []);
    await page.context().close();
  } finally {
    await host.close();
  }
});

test('addresses that are no web address are refused for the atlas and the basemap alike', async () => {
  const data = 'data:application/json,{"schema":2,"places":[],"ties":[],"visits":[],"stories":[],"credits":[]}';
  for (const [parameter, scheme] of [
    ['atlas', 'data:'],
    ['basemap', 'javascript:'],
  ]) {
    const page = await openPage(browser, { locale: 'en-GB' });
    const value = parameter === 'atlas' ? data : 'javascript:alert(1)';
    await page.goto(`${server.url}?lang=en&${parameter}=${encodeURIComponent(value)}`);
    await waitForMap(page);
    const words = await visibleNotice(page);
    assert.ok(words.startsWith(`Data from ${scheme} is not allowed`), words);
    assert.equal(await page.getByTestId('basemap-notice').count(), 0, 'the own basemap is drawn');
    assert.equal(await searchOffers(page, MADE_UP), false);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  }
});

test('a host that names the other origin in its copy loads its atlas from there', async () => {
  const town = await serve(dist, { files: { '/index.html': await indexAllowing(strangerOrigin) } });
  try {
    const page = await pageWatchingTheStranger();
    await page.goto(`${town.url}?atlas=${encodeURIComponent(strangerAtlas)}`);
    await waitForMap(page);
    assert.equal(await searchOffers(page, MADE_UP), true, "the town's atlas from its data host");
    assert.equal(await page.getByTestId('source-notice').count(), 0);
    assert.ok(page.askedStranger.includes(strangerAtlas));
    // Another port of the same host is another origin, still refused.
    const otherPort = `${new URL(stranger.url).protocol}//127.0.0.1:${Number(new URL(stranger.url).port) + 1}/atlas.json`;
    await page.goto(`${town.url}?atlas=${encodeURIComponent(otherPort)}`);
    await waitForMap(page);
    assert.match(await visibleNotice(page), /nicht freigegeben/);
    assert.deepEqual(page.errors, []);
    await page.context().close();
  } finally {
    await town.close();
  }
});
