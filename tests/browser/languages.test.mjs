// Every reader in their own language: stories, routes, Länder, notes, source names and the
// attribution in the reader's script, and the atlas's scope said plainly with a region filter.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openLayout, openPage, waitForMap, settled } from './support/harness.mjs';
import { mapPixels, difference } from './support/pixels.mjs';
import { browserSession } from './support/session.mjs';

const { server, browser, atlas } = await browserSession();

const squash = (text) => text.replace(/\s+/g, ' ').trim();
const SCRIPT = {
  zh: /\p{Script=Han}/u,
  ko: /\p{Script=Hangul}/u,
  ja: /[\p{Script=Hiragana}\p{Script=Katakana}]/u,
};
const LATIN_WORD = /\p{Script=Latin}{2,}/u;
const osnabrueckVisit = atlas.visits.find((visit) => visit.id === 'osnabrueck-hefei-gwangmyeong-2024');
const storyOf = (visitId) => atlas.stories.find((story) => story.subject?.visit === visitId);

for (const lang of ['zh', 'ko', 'ja']) {
  test(`the Osnabrück 2024 visit opened with ?lang=${lang} tells its story in that script`, async () => {
    const story = storyOf(osnabrueckVisit.id);
    const page = await openPage(browser, { viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.url}?lang=${lang}&open=visit:${osnabrueckVisit.id}`);
    await waitForMap(page);
    const panel = page.getByTestId('panel');
    await panel.waitFor();
    const article = panel.getByTestId(`story-${story.id}`);
    assert.equal(await article.getAttribute('lang'), lang, 'the story is marked with its language');
    const text = squash(await article.getByTestId('story-text').textContent());
    assert.equal(text, squash(story.text[lang]));
    assert.match(text, SCRIPT[lang]);
    assert.equal(squash(await panel.getByTestId('panel-title').textContent()), squash(story.title[lang]));
    // The route names every stop in the reader's script, with no Latin name among them.
    const route = (await panel.getByTestId('panel-route').textContent()).split(/[:：]/).slice(1).join(':');
    assert.doesNotMatch(route, LATIN_WORD, `route in one script: ${route}`);
    assert.equal(route.split('→').length, osnabrueckVisit.stops.length + 1);
    // Topics too.
    const topics = await panel.locator('.chips li').allTextContents();
    assert.deepEqual(
      topics,
      osnabrueckVisit.topics.map((topic) => topic[lang]),
    );
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('a Korean kiosk tour tells every story in Korean', async () => {
  const page = await openLayout(browser, server, 'kiosk', 'step=600&tour=ko');
  const told = new Set();
  for (let step = 0; step < atlas.stories.length; step++) {
    await page.evaluate(() => window.partnerAtlas.tourStep());
    await page.getByTestId('panel').waitFor();
    const article = page.locator('[data-testid=panel] article.story').first();
    assert.equal(await article.getAttribute('lang'), 'ko');
    const id = (await article.getAttribute('data-testid')).replace(/^story-/, '');
    const story = atlas.stories.find((candidate) => candidate.id === id);
    const text = squash(await article.getByTestId('story-text').textContent());
    assert.equal(text, squash(story.text.ko));
    assert.match(text, SCRIPT.ko);
    told.add(id);
  }
  assert.equal(told.size, atlas.stories.length, 'every story came round');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

/** A tie with a note, and one source labelled as a bulk list would be. */
const notedTie = atlas.ties.find((tie) => tie.note && tie.sources.some((source) => source.label === 'Wikidata'));

test('a German reader reads a tie note and its sources in German, a Korean one gets English', async () => {
  assert.ok(notedTie, 'the atlas has a noted tie with a Wikidata source');
  const page = await openPage(browser, { viewport: { width: 1280, height: 800 } });
  await page.goto(`${server.url}?lang=de&open=tie:${notedTie.id}`);
  await waitForMap(page);
  const panel = page.getByTestId('panel');
  await panel.waitFor();
  const note = panel.getByTestId('panel-note');
  assert.equal(await note.getAttribute('lang'), 'de');
  assert.equal(squash(await note.textContent()), squash(notedTie.note.de));
  const sources = await panel.locator('.sources li').allTextContents();
  assert.ok(
    sources.some((source) => source.includes('Wikidata')),
    sources.join(' | '),
  );
  for (const source of sources) assert.doesNotMatch(source, /scraped|extract|\//, 'a publisher, not a path');
  assert.match(await page.getByTestId('attribution').textContent(), /^Ortslagen: GeoNames/);

  await page.getByTestId('lang-ko').click();
  assert.equal(await note.getAttribute('lang'), 'en');
  assert.equal(squash(await note.textContent()), squash(notedTie.note.en));
  assert.match(await page.getByTestId('attribution').textContent(), /^장소 위치: GeoNames/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('Länder are named in the reader’s script, in the panel and among the filters', async () => {
  const lower = atlas.divisions.find((division) => division.country === 'DE' && division.name === 'Niedersachsen');
  const page = await openPage(browser, { viewport: { width: 1280, height: 800 } });
  await page.goto(`${server.url}?lang=zh&open=place:osnabrueck`);
  await waitForMap(page);
  await page.getByTestId('panel').waitFor();
  assert.equal(await page.getByTestId('panel-division').textContent(), lower.names.zh);
  const labels = await page.locator('[data-testid=facet-state] .choice-label').allTextContents();
  assert.ok(labels.includes(lower.names.zh), labels.join(', '));
  for (const label of labels) assert.doesNotMatch(label, LATIN_WORD, `a Land in Chinese: ${label}`);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('the scope is said, a region filter redraws the map, and a German partner is no partner country', async () => {
  const page = await openLayout(browser, server, 'desktop');
  await settled(page, null);
  const scope = await page.getByTestId('scope').textContent();
  const inEurope = new Set(
    atlas.ties.map((tie) => tie.b).filter((id) => atlas.places.find((place) => place.id === id)?.in_europe),
  );
  assert.ok(inEurope.size > 0, 'some Turkish partners lie in Europe');
  assert.match(scope, /Westasien/);
  assert.ok(scope.includes(`${inEurope.size} Partnerorte`), scope);
  const countryLabels = await page.locator('[data-testid=facet-country] .choice-label').allTextContents();
  assert.ok(!countryLabels.includes('Deutschland'), 'Germany is not among the partner countries');
  assert.ok(countryLabels.includes('Partnerregion in Deutschland'));

  const map = await page.getByTestId('map-canvas').boundingBox();
  const whole = { x: map.x, y: map.y, width: map.width, height: map.height };
  const before = await mapPixels(page, whole);
  await page.getByTestId('filter-region-west_asia').check();
  await settled(page, null);
  const west = new Set(['IL', 'PS', 'TR']);
  const expected = atlas.ties.filter((tie) => west.has(atlas.places.find((place) => place.id === tie.b).country));
  assert.equal(Number(await page.getByTestId('filter-summary').getAttribute('data-shown')), expected.length);
  assert.match(await page.evaluate(() => location.search), /regions=west_asia/);
  const after = await mapPixels(page, whole);
  assert.ok(difference(before, after) > 0.5, 'the map is drawn again with only West Asia');
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('a partner in European Türkiye says so, and the Dortmund trip starts from a whole country', async () => {
  const european = atlas.places.find((place) => place.in_europe);
  const page = await openPage(browser, { viewport: { width: 1280, height: 800 } });
  await page.goto(`${server.url}?lang=en&open=place:${european.id}`);
  await waitForMap(page);
  assert.match(await page.getByTestId('panel-europe').textContent(), /European part of Türkiye/);
  await page.goto(`${server.url}?lang=en&open=place:south-korea`);
  await waitForMap(page);
  assert.match(await page.getByTestId('panel-country-whole').textContent(), /whole country/);
  assert.deepEqual(page.errors, []);
  await page.context().close();
});
