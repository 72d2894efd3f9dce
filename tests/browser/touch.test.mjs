// Touch and small screens, and the keyboard: nothing covers the tabs or a control, every target
// is large enough for a finger (44 px on a kiosk), no glyph is missing in any language, Escape
// closes the panel and gives the focus back, and a skip link leads past the filters to the map.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openLayout, press, layouts } from './support/harness.mjs';
import { browserSession } from './support/session.mjs';

const { server, browser, atlas } = await browserSession();
const STORY = atlas.stories.find((story) => story.subject?.visit);

/**
 * Every control the page shows inside `scope`, scrolled into view one by one: its name, its
 * size, and what the page has over its face (the control itself, or something that covers it).
 */
function controlsAsSeen(page, scope = 'body') {
  return page.evaluate((scope) => {
    const shown = (element) => {
      const rect = element.getBoundingClientRect();
      return (
        rect.width > 0 &&
        rect.height > 0 &&
        getComputedStyle(element).visibility !== 'hidden' &&
        !element.closest('.visually-hidden')
      );
    };
    const controls = [...document.querySelectorAll(scope)].flatMap((part) => [
      ...part.querySelectorAll('button, a[href], input, select, [role=tab]'),
    ]);
    return controls.filter(shown).map((element) => {
      element.scrollIntoView({ block: 'center', inline: 'center' });
      const rect = element.getBoundingClientRect();
      // Its centre and a point just inside the middle of each edge: a control half under
      // another shows its centre, but not its whole face.
      const [middleX, middleY] = [rect.left + rect.width / 2, rect.top + rect.height / 2];
      const points = [
        [middleX, middleY],
        [rect.left + 4, middleY],
        [rect.right - 4, middleY],
        [middleX, rect.top + 3],
        [middleX, rect.bottom - 3],
      ];
      const cover = points
        .map(([x, y]) => document.elementFromPoint(x, y))
        .find((there) => !(there && (element === there || element.contains(there))));
      const name =
        element.dataset.testid ?? `${element.tagName.toLowerCase()} "${element.textContent.trim().slice(0, 30)}"`;
      return {
        name,
        width: rect.width,
        height: rect.height,
        slider: element.type === 'range',
        covered: cover !== undefined,
        coveredBy: cover ? (cover.dataset.testid ?? cover.className ?? cover.tagName) : 'nothing',
      };
    });
  }, scope);
}

function assertTappable(controls, target, where) {
  assert.ok(controls.length > 5, `${where}: controls are shown`);
  for (const control of controls) {
    assert.ok(!control.covered, `${where}: ${control.name} is covered by ${control.coveredBy}`);
    assert.ok(
      control.height >= target,
      `${where}: ${control.name} is ${control.height.toFixed(1)} px high (${target} wanted)`,
    );
    if (!control.slider)
      assert.ok(
        control.width >= target,
        `${where}: ${control.name} is ${control.width.toFixed(1)} px wide (${target} wanted)`,
      );
  }
}

for (const layout of ['phone', 'embed', 'kiosk']) {
  const { target } = layouts[layout];

  test(`${layout}: the tabs and every control can be tapped at their centre, each at least ${target} px`, async () => {
    const page = await openLayout(browser, server, layout);
    page.setDefaultTimeout(5000);
    assertTappable(await controlsAsSeen(page), target, 'the map');
    await press(page, layout, 'explorer-toggle');
    // Open, the side bar lies over the map: its controls and the header's are the ones to reach.
    for (const tab of ['filters', 'overview', 'stories', 'ties']) {
      await press(page, layout, `tab-${tab}`);
      assertTappable(await controlsAsSeen(page, 'header, [data-testid=explorer]'), target, `the ${tab} tab`);
    }
    await press(page, layout, 'tab-stories');
    await press(page, layout, `timeline-${STORY.id}`);
    await page.getByTestId('panel').waitFor();
    assertTappable(await controlsAsSeen(page), target, 'a story in the panel');
    assert.deepEqual(page.errors, []);
  });
}

/** The characters of `text` that no installed font can draw: they would show as empty boxes. */
function missingGlyphs(page, text) {
  return page.evaluate((text) => {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 48;
    const context = canvas.getContext('2d', { willReadFrequently: true });
    context.font = `32px ${getComputedStyle(document.body).fontFamily}`;
    const raster = (character) => {
      context.clearRect(0, 0, 48, 48);
      context.fillText(character, 4, 38);
      return context.getImageData(0, 0, 48, 48).data.join();
    };
    // A character of the last private-use plane: no font has it, so it is drawn as the box.
    const box = raster('\u{10FFFD}');
    return [...new Set(text)].filter((character) => /\S/u.test(character) && raster(character) === box);
  }, text);
}

test('no glyph is missing in any of the five languages, play and pause included', async () => {
  for (const lang of ['de', 'en', 'zh', 'ko', 'ja']) {
    const page = await openLayout(browser, server, 'desktop', `lang=${lang}&open=visit:${STORY.subject.visit}`);
    assert.deepEqual(await missingGlyphs(page, '\u23F8'), ['\u23F8'], 'the check finds a glyph no font has');
    await page.getByTestId('play').click();
    const playing = await page.locator('body').innerText();
    await page.getByTestId('play').click();
    const text = playing + (await page.locator('body').innerText());
    assert.deepEqual(await missingGlyphs(page, text), [], `${lang}: every character can be drawn`);
    await page.context().close();
  }
});

test('Escape closes the panel and gives the focus back to what opened it', async () => {
  const page = await openLayout(browser, server, 'desktop');
  await page.getByTestId('tab-ties').click();
  const opener = page.getByTestId('tie-list').locator('button').first();
  const name = await opener.getAttribute('data-testid');
  await opener.focus();
  await page.keyboard.press('Enter');
  await page.getByTestId('panel').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'panel-title', 'the focus goes to the panel');
  await page.keyboard.press('Escape');
  assert.equal(await page.getByTestId('panel').count(), 0, 'Escape closes it');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.testid), name, 'and the focus is back');
  assert.deepEqual(page.errors, []);
});

test('a skip link leads past the filters to the map', async () => {
  const page = await openLayout(browser, server, 'desktop');
  let presses = 0;
  while (presses < 12 && (await page.evaluate(() => document.activeElement.dataset.testid)) !== 'skip-to-map') {
    await page.keyboard.press('Tab');
    presses += 1;
  }
  assert.equal(
    await page.evaluate(() => document.activeElement.dataset.testid),
    'skip-to-map',
    'it comes before the filters',
  );
  const shown = await page.getByTestId('skip-to-map').boundingBox();
  assert.ok(shown.width > 40 && shown.height >= 24, 'and shows while it has the focus');
  await page.keyboard.press('Enter');
  assert.equal(
    await page.evaluate(() => document.activeElement.dataset.testid),
    'map-canvas',
    'Enter takes the focus to the map',
  );
  assert.deepEqual(page.errors, []);
});
