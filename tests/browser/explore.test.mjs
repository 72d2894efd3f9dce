// Exploring in a real browser: filters with their counts, the time range, search in every
// script, links that keep the state, the back button, five languages, and keyboard-only use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openPage, waitForMap, settled, axeViolations, root } from './support/harness.mjs';
import { browserSession } from './support/session.mjs';

const { server, browser, atlas } = await browserSession();

const placeOf = (id) => atlas.places.find((place) => place.id === id);
/** The side of a tie that is not in Germany (`b` when both are). */
const partner = (tie) => (placeOf(tie.a).country === 'DE' ? placeOf(tie.b) : placeOf(tie.a));
const german = (tie) => [placeOf(tie.a), placeOf(tie.b)].find((place) => place.country === 'DE');
const year = (date) => (date ? Number(String(date).slice(0, 4)) : null);

async function openAtlas(query = '', options = {}) {
  const page = await openPage(browser, options);
  await page.goto(`${server.url}${query}`);
  await waitForMap(page);
  return page;
}

/** How many ties pass the filters, as the summary says (in any language's word order). */
async function tiesShown(page) {
  const summary = page.getByTestId('filter-summary');
  const shown = Number(await summary.getAttribute('data-shown'));
  assert.ok((await summary.textContent()).includes(String(shown)), 'the summary says the number');
  return shown;
}

/** The count shown beside a filter option. */
async function countBeside(page, testid) {
  const label = page.locator('label.choice', { has: page.getByTestId(testid) });
  return Number(await label.locator('.count').textContent());
}

/** Moves a slider as a person would: its value changes and it says so. */
async function slide(page, testid, value) {
  await page.getByTestId(testid).evaluate((input, to) => {
    input.value = String(to);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, value);
}

/** True when the map draws the feature (its anchor is known only for shown features). */
const onMap = (page, key) => page.evaluate((feature) => window.partnerAtlas.anchor(feature) !== null, key);

test('each kind of tie filters the map and the list, and its count is what it leaves', async () => {
  const page = await openAtlas();
  assert.equal(await tiesShown(page), atlas.ties.length);
  const friendships = atlas.ties.filter((tie) => tie.kind === 'friendship');
  const twinning = atlas.ties.find((tie) => tie.kind === 'twin_town');
  assert.equal(await countBeside(page, 'filter-kind-friendship'), friendships.length);
  await page.getByTestId('filter-kind-friendship').check();
  assert.equal(await tiesShown(page), friendships.length);
  await settled(page, `tie:${friendships[0].id}`);
  assert.ok(await onMap(page, `tie:${friendships[0].id}`), 'a friendship is drawn');
  assert.ok(!(await onMap(page, `tie:${twinning.id}`)), 'a twinning is not');
  await page.getByTestId('tab-ties').click();
  assert.equal(await page.getByTestId('tie-list').locator('li').count(), friendships.length);
  assert.deepEqual(page.errors, []);
});

test('partner country, German state and evidence filters count and combine', async () => {
  const page = await openAtlas();
  const chinese = atlas.ties.filter((tie) => partner(tie).country === 'CN');
  assert.equal(await countBeside(page, 'filter-country-CN'), chinese.length);
  await page.getByTestId('filter-country-CN').check();
  assert.equal(await tiesShown(page), chinese.length);

  const inLand = (tie, land) => german(tie)?.division === land;
  const bavarianChinese = chinese.filter((tie) => inLand(tie, 'Bayern'));
  assert.equal(
    await countBeside(page, 'filter-state-Bayern'),
    bavarianChinese.length,
    'a state counts the ties it leaves under the country already chosen',
  );
  await page.getByTestId('filter-state-Bayern').check();
  assert.equal(await tiesShown(page), bavarianChinese.length);

  await page.getByTestId('filter-country-CN').uncheck();
  const verifiedBavarian = atlas.ties.filter((tie) => inLand(tie, 'Bayern') && tie.confidence === 'verified');
  await page.getByTestId('filter-confidence-verified').check();
  assert.equal(await tiesShown(page), verifiedBavarian.length);

  await page.getByTestId('filter-reset').click();
  assert.equal(await tiesShown(page), atlas.ties.length, 'the reset shows every tie again');
  assert.equal(await page.getByTestId('filter-state-Bayern').isChecked(), false);
  assert.deepEqual(page.errors, []);
});

test('visits can be hidden from the map', async () => {
  const page = await openAtlas();
  const visit = `visit:${atlas.visits[0].id}`;
  await settled(page, visit);
  assert.ok(await onMap(page, visit));
  await page.getByTestId('filter-visits').uncheck();
  await settled(page);
  assert.ok(!(await onMap(page, visit)), 'the visit is gone from the map');
  assert.equal(await tiesShown(page), atlas.ties.length, 'ties stay');
  assert.deepEqual(page.errors, []);
});

test('the year range keeps the ties founded in it, and play grows the network year by year', async () => {
  const page = await openAtlas();
  const years = atlas.ties.map((tie) => year(tie.since)).concat(atlas.visits.map((visit) => year(visit.start)));
  const first = Math.min(...years.filter(Boolean));
  await slide(page, 'year-to', 2000);
  const founded = atlas.ties.filter((tie) => tie.since && year(tie.since) <= 2000);
  assert.equal(await tiesShown(page), founded.length);
  assert.match(await page.getByTestId('time-shown').textContent(), new RegExp(`${first}.2000`));
  assert.ok(await page.getByTestId('undated-hidden').isVisible(), 'ties without a year are said to be hidden');

  await page.getByTestId('play').click();
  await page.waitForFunction(
    (start) => document.querySelector('[data-testid=time-shown]').textContent.includes(`${start}–${start + 2}`),
    first,
  );
  const growing = await tiesShown(page);
  await page.waitForFunction(
    (start) => document.querySelector('[data-testid=time-shown]').textContent.includes(`${start}–${start + 4}`),
    first,
  );
  assert.ok((await tiesShown(page)) >= growing, 'the network only grows while playing');
  await page.getByTestId('play').click();
  assert.equal(await page.getByTestId('play').getAttribute('aria-pressed'), 'false', 'pause stops it');
  assert.deepEqual(page.errors, []);
});

for (const [query, place] of [
  ['Osnabrueck', 'osnabrueck'],
  ['osnabrück', 'osnabrueck'],
  ['合肥', 'hefei'],
  ['광명', 'gwangmyeong'],
  ['ひろしま', 'hiroshima'],
]) {
  test(`searching "${query}" suggests ${place}, and choosing it opens its panel`, async () => {
    const page = await openAtlas();
    await page.getByTestId('search-input').fill(query);
    const suggestion = page.getByTestId(`suggestion-${place}`);
    await suggestion.waitFor();
    await suggestion.click();
    assert.equal(await page.evaluate(() => window.partnerAtlas.selected()), `place:${place}`);
    assert.equal(await page.getByTestId('panel-title').textContent(), placeOf(place).names.de);
    assert.deepEqual(page.errors, []);
  });
}

test('a copied link reopens the same place, filters, language and view', async () => {
  const page = await openAtlas();
  await page.getByTestId('lang-ko').click();
  await page.getByTestId('filter-country-KR').check();
  await page.evaluate(() => window.partnerAtlas.select('place:osnabrueck'));
  await page.getByTestId('zoom-in').click();
  await settled(page, 'place:osnabrueck');
  // The view is written into the link a moment after the map rests: wait for it to be this view.
  await page.waitForFunction(() => {
    const at = (new URL(location.href).searchParams.get('at') ?? '').split(',').map(Number);
    const now = window.partnerAtlas.view();
    return at.length === 3 && now.every((value, i) => Math.abs(value - at[i]) < 0.01);
  });
  const link = page.url();
  const where = await page.evaluate(() => window.partnerAtlas.anchor('place:osnabrueck'));

  const copy = await openAtlas(new URL(link).search);
  assert.equal(await copy.evaluate(() => window.partnerAtlas.selected()), 'place:osnabrueck');
  assert.equal(await copy.getAttribute('html', 'lang'), 'ko');
  assert.ok(await copy.getByTestId('filter-country-KR').isChecked());
  assert.equal(await tiesShown(copy), atlas.ties.filter((tie) => partner(tie).country === 'KR').length);
  const there = await copy.evaluate(() => window.partnerAtlas.anchor('place:osnabrueck'));
  assert.ok(
    Math.hypot(there[0] - where[0], there[1] - where[1]) < 3,
    `the view is the same (${where} then, ${there} now, ${link})`,
  );
  assert.deepEqual(copy.errors, []);
});

test('the back button steps back through what was opened', async () => {
  const page = await openAtlas();
  await page.getByTestId('search-input').fill('Osnabrück');
  await page.getByTestId('suggestion-osnabrueck').click();
  const tie = page.locator('[data-testid^="link-tie:"]').first();
  const tieKey = (await tie.getAttribute('data-testid')).replace('link-', '');
  await tie.click();
  assert.equal(await page.evaluate(() => window.partnerAtlas.selected()), tieKey);
  await page.goBack();
  await page.waitForFunction(() => window.partnerAtlas.selected() === 'place:osnabrueck');
  await page.goBack();
  await page.waitForFunction(() => window.partnerAtlas.selected() === null);
  await page.goForward();
  await page.waitForFunction(() => window.partnerAtlas.selected() === 'place:osnabrueck');
  assert.deepEqual(page.errors, []);
});

for (const lang of ['de', 'en', 'zh', 'ko', 'ja']) {
  test(`the interface speaks ${lang} from the link, with place names in its script`, async () => {
    const words = JSON.parse(await readFile(join(root, 'src/locales', `${lang}.json`), 'utf8'));
    const page = await openAtlas(`?lang=${lang}`);
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    assert.equal(await page.getByTestId('tab-filters').textContent(), words.explore.filters);
    assert.equal(await page.getByTestId('tab-stories').textContent(), words.explore.stories);
    assert.equal(await page.getByTestId('search-input').getAttribute('placeholder'), words.search.placeholder);
    assert.equal(await page.getByTestId('zoom-in').getAttribute('aria-label'), words.map.zoom_in);
    await page.evaluate(() => window.partnerAtlas.select('place:hefei'));
    const hefei = placeOf('hefei').names;
    const expected = { de: hefei.de, en: hefei.en, zh: hefei.zh, ko: hefei.ko, ja: hefei.ja }[lang];
    assert.equal(await page.getByTestId('panel-title').textContent(), expected);
    assert.deepEqual(page.errors, []);
  });
}

test('the language follows the browser when the link names none', async () => {
  const page = await openAtlas('', { locale: 'ja-JP' });
  assert.equal(await page.getAttribute('html', 'lang'), 'ja');
  const french = await openAtlas('', { locale: 'fr-FR' });
  assert.equal(await french.getAttribute('html', 'lang'), 'de', 'German when the browser speaks none of the five');
});

test('keyboard only: from the search box to a story', async () => {
  const page = await openAtlas();
  await page.keyboard.press('Tab');
  assert.equal(
    await page.evaluate(() => document.activeElement.dataset.testid),
    'search-input',
    'the search box is the first stop',
  );
  await page.keyboard.type('Osnabr');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'panel-title');
  assert.equal(await page.evaluate(() => window.partnerAtlas.selected()), 'place:osnabrueck');
  const visit = atlas.visits.find((each) => each.from === 'osnabrueck' || each.stops.includes('osnabrueck'));
  for (let presses = 0; presses < 40; presses++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.activeElement?.dataset.testid);
    if (focused === `link-visit:${visit.id}`) break;
  }
  assert.equal(
    await page.evaluate(() => document.activeElement?.dataset.testid),
    `link-visit:${visit.id}`,
    'Tab reaches the visit in the panel',
  );
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none', 'the focus is visible');
  await page.keyboard.press('Enter');
  await page.waitForFunction((key) => window.partnerAtlas.selected() === key, `visit:${visit.id}`);
  assert.ok(await page.getByTestId('story-text').first().isVisible(), 'the story is there to read');
  assert.deepEqual(page.errors, []);
});

test('a place panel lists its ties by year with kind, partner and sources, its visits and stories', async () => {
  const page = await openAtlas('?lang=en');
  await page.evaluate(() => window.partnerAtlas.select('place:osnabrueck'));
  const rows = page.getByTestId('place-ties').locator('li.tie-row');
  const ties = atlas.ties.filter((tie) => tie.a === 'osnabrueck' || tie.b === 'osnabrueck');
  assert.equal(await rows.count(), ties.length);
  const years = (await rows.locator('.tie-year').allTextContents()).map((text) => Number(text) || Infinity);
  assert.deepEqual(
    years,
    [...years].sort((a, b) => a - b),
    'ties by year, unknown years last',
  );
  for (let row = 0; row < ties.length; row++) {
    assert.ok((await rows.nth(row).locator('.tie-sources a').count()) >= 1, 'every tie names a source');
  }
  const stories = atlas.stories.filter((story) => story.places.includes('osnabrueck'));
  assert.ok(stories.length > 0);
  assert.ok(
    (await page.getByTestId('place-stories').locator('li').count()) >= stories.length,
    'its stories are listed',
  );
  const partnerLink = rows.first().locator('[data-testid^="link-place:"]');
  const partnerId = (await partnerLink.getAttribute('data-testid')).replace('link-place:', '');
  await partnerLink.click();
  assert.equal(await page.getByTestId('panel-title').textContent(), placeOf(partnerId).names.en);
  assert.deepEqual(page.errors, []);
});

test('the stories timeline lists every story and opens it without the map', async () => {
  const page = await openAtlas();
  await page.getByTestId('tab-stories').click();
  const items = page.getByTestId('timeline').locator('li');
  assert.equal(await items.count(), atlas.stories.length);
  const story = atlas.stories[0];
  await page.getByTestId(`timeline-${story.id}`).click();
  await page.getByTestId(`story-${story.id}`).waitFor();
  assert.deepEqual(page.errors, []);
});

for (const [name, prepare] of [
  ['the opening map with its filters', async () => {}],
  [
    'a visit with its story open',
    async (page) => {
      await page.evaluate((id) => window.partnerAtlas.select(`visit:${id}`), atlas.visits[0].id);
      await page.getByTestId('panel').waitFor();
    },
  ],
  [
    'the stories timeline, with suggestions open',
    async (page) => {
      await page.getByTestId('tab-stories').click();
      await page.getByTestId('search-input').fill('Os');
    },
  ],
]) {
  test(`axe-core finds no accessibility violations: ${name}`, async () => {
    const page = await openAtlas();
    await prepare(page);
    assert.deepEqual(await axeViolations(page), []);
  });
}
