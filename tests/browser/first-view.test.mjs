// The first view comes in order: the map's arcs first, then what they do not need. A person
// opening the atlas sees the ties at once; the side bar's filters, with their counts, and the
// search index are built in the tasks after, and are there when reached for.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, waitForMap } from './support/harness.mjs';
import { browserSession } from './support/session.mjs';

const { server, browser } = await browserSession();

/** A page that notes when the side bar's filters first stand in the document. */
async function pageNotingTheFilters() {
  const page = await openPage(browser);
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.querySelector('[data-testid="filters"]')) {
        window.filtersShownAt = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  return page;
}

test('the map draws its first arcs before the side bar builds its filters', async () => {
  const page = await pageNotingTheFilters();
  await page.goto(server.url);
  await waitForMap(page);
  await page.getByTestId('filters').waitFor();
  const { firstArcs, filtersShownAt } = await page.evaluate(() => ({
    firstArcs: performance.getEntriesByName('first-arcs')[0].startTime,
    filtersShownAt: window.filtersShownAt,
  }));
  assert.ok(filtersShownAt > firstArcs, `filters at ${filtersShownAt} ms, first arcs at ${firstArcs} ms`);
  // And they are complete: every kind with its count.
  const counts = await page.getByTestId('facet-kind').getByTestId('count').allTextContents();
  assert.ok(counts.length >= 3 && counts.every((count) => Number(count) > 0), counts.join(' '));
  await page.context().close();
});

test('a name typed as soon as the map is there is found, in any script', async () => {
  const page = await openPage(browser);
  await page.goto(server.url);
  await waitForMap(page);
  for (const [typed, found] of [
    ['Osnab', 'Osnabrück'],
    ['合肥', 'Hefei'],
  ]) {
    await page.getByTestId('search-input').fill(typed);
    const options = page.getByTestId('search-options');
    await options.waitFor();
    assert.match(await options.innerText(), new RegExp(found), typed);
  }
  await page.context().close();
});

test('a town page focused by its id or by its name opens on the town', async () => {
  for (const focus of ['osnabrueck', 'Osnabrück']) {
    const page = await openPage(browser);
    await page.goto(`${server.url}?focus=${encodeURIComponent(focus)}&lang=de`);
    await waitForMap(page);
    await page.getByTestId('panel').waitFor();
    assert.match(await page.getByTestId('panel').innerText(), /Osnabrück/, focus);
    assert.equal(await page.getByTestId('focus-notice').count(), 0, `${focus} is known`);
    await page.context().close();
  }
});

test('a link whose filters leave nothing on the map still shows the filters, to widen them', async () => {
  const page = await openPage(browser);
  await page.goto(`${server.url}?lang=de&years=1961-1961&visits=0`);
  await page.getByTestId('map-canvas').waitFor();
  const summary = page.getByTestId('filter-summary');
  await summary.waitFor({ timeout: 10000 });
  assert.match(await summary.innerText(), /^0 /);
  await page.getByTestId('filter-reset').click();
  await waitForMap(page);
  assert.match(await summary.innerText(), /385 von 385/);
  await page.context().close();
});
