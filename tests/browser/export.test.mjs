// Taking the map away: the picture's PNG decodes and its QR code reads back to the view's own
// address, the SVG parses and names the town's partners in the reader's language, the poster
// prints on the paper chosen with the partners listed and no controls, and a kiosk offers none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openLayout, openPage, waitForMap, settled, layouts, root } from './support/harness.mjs';
import { browserSession } from './support/session.mjs';

const { server, browser, atlas } = await browserSession();
const jsQR = join(root, 'node_modules', 'jsqr', 'dist', 'jsQR.js');

/** Sheets in PDF points (1/72 in), portrait. */
const sheets = { a4: [595.28, 841.89], a3: [841.89, 1190.55] };

/**
 * The atlas in `layout` focused on Osnabrück, resting, with the browser's print dialog (which
 * headless Chromium cannot show, and whose print job would hold up `page.pdf`) replaced by a
 * note that it was asked for; the poster is then printed through `page.pdf` as Chromium prints.
 */
async function focusedAtlas(layout = 'desktop', lang = 'de') {
  const page = await openPage(browser, layouts[layout].options);
  await page.goto(`${server.url}?focus=osnabrueck&lang=${lang}`);
  await waitForMap(page);
  await page.evaluate(() => {
    window.print = () => {
      window[Symbol.for('printAsked')] = true;
    };
  });
  await settled(page, null);
  // The view goes into the address once the map has rested a moment.
  await page.waitForFunction(() => new URLSearchParams(location.search).has('at'));
  return page;
}

/** Presses `testid` in the open menu and gives the file it downloads: its name and bytes. */
async function download(page, testid) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testid).click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

/** Osnabrück's partners as the atlas names them in `lang`, English where it has no name. */
function partnersOfOsnabrueck(lang) {
  const places = new Map(atlas.places.map((place) => [place.id, place]));
  return atlas.ties
    .filter((tie) => tie.a === 'osnabrueck')
    .map((tie) => places.get(tie.b).names)
    .map((names) => names[lang] ?? names.en);
}

test('the PNG is the view at twice its size, and its QR code opens the same view', async () => {
  const page = await focusedAtlas();
  await page.getByTestId('export-toggle').click();
  const { name, bytes } = await download(page, 'export-png');
  assert.equal(name, 'partner-atlas-osnabrueck.png');
  const { bytes: svgBytes } = await download(page, 'export-svg');
  const svgWidth = Number(/<svg[^>]* width="([\d.]+)"/.exec(svgBytes.toString())[1]);

  // Decoded as any image viewer would, in a blank page of its own.
  const viewer = await openPage(browser);
  await viewer.addScriptTag({ path: jsQR });
  const seen = await viewer.evaluate(async (base64) => {
    const data = Uint8Array.from(atob(base64), (character) => character.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d');
    context.drawImage(bitmap, 0, 0);
    const pixels = context.getImageData(0, 0, bitmap.width, bitmap.height);
    // The QR code sits in the lower right corner.
    const corner = context.getImageData(bitmap.width / 2, bitmap.height - 600, bitmap.width / 2, 600);
    const code = window.jsQR(corner.data, corner.width, corner.height);
    let friendship = 0;
    let dark = 0;
    for (let index = 0; index < pixels.data.length; index += 4) {
      const [r, g, b] = pixels.data.subarray(index, index + 3);
      if (Math.abs(r - 0x1d) < 40 && Math.abs(g - 0x4e) < 40 && Math.abs(b - 0xd8) < 40) friendship++;
      if (index < bitmap.width * 4 * 120 && r + g + b < 120) dark++;
    }
    return { width: bitmap.width, height: bitmap.height, link: code?.data ?? null, friendship, dark };
  }, bytes.toString('base64'));
  await viewer.context().close();

  assert.equal(seen.width, svgWidth * 2, 'a PNG at twice the picture');
  assert.ok(seen.width >= 2400 && seen.height > seen.width / 2, `${seen.width}×${seen.height}`);
  assert.ok(seen.friendship > 200, `Osnabrück's friendships are drawn in their blue (${seen.friendship} px)`);
  assert.ok(seen.dark > 500, `the title stands at the top (${seen.dark} dark px)`);
  assert.ok(seen.link, 'the QR code reads back');
  const link = new URL(seen.link);
  const shown = new URL(page.url());
  assert.equal(link.origin + link.pathname, shown.origin + shown.pathname);
  for (const name of ['focus', 'at', 'lang']) {
    assert.equal(link.searchParams.get(name), shown.searchParams.get(name), name);
  }

  // Opened on a phone, the link shows the same place at the same zoom.
  const phone = await openPage(browser, layouts.phone.options);
  await phone.goto(seen.link);
  await waitForMap(phone);
  const [there, here] = [
    await phone.evaluate(() => window.partnerAtlas.view()),
    await page.evaluate(() => window.partnerAtlas.view()),
  ];
  for (const index of [0, 1, 2]) assert.ok(Math.abs(there[index] - here[index]) < 0.05, `${there} vs ${here}`);
  await phone.context().close();
  assert.deepEqual(page.errors, []);
  await page.context().close();
});

test('Escape closes the menu, gives the focus back to its button and leaves the open panel open', async () => {
  const page = await focusedAtlas('desktop', 'en');
  await page.getByTestId('export-toggle').click();
  const menu = await page.getByTestId('export-menu').boundingBox();
  const middle = { x: menu.x + menu.width / 2, y: menu.y + menu.height / 2 };
  const inMenu = (point) =>
    page.evaluate(
      ({ x, y }) => Boolean(document.elementFromPoint(x, y)?.closest('[data-testid="export-menu"]')),
      point,
    );
  assert.ok(await inMenu(middle), 'the menu shows');
  await page.getByTestId('export-png').focus();
  await page.keyboard.press('Escape');
  assert.equal(await inMenu(middle), false, 'the menu is gone from where it was');
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'export-toggle');
  assert.equal(await page.getByTestId('export-toggle').getAttribute('aria-expanded'), 'false');
  assert.ok(await page.getByTestId('panel').isVisible(), 'the place panel stays open');
  await page.keyboard.press('Escape');
  assert.equal(await page.getByTestId('panel').isVisible(), false, 'a second Escape closes the panel');
  await page.context().close();
});

test("the SVG parses and names the town's partners and the kinds in the reader's language", async () => {
  const page = await focusedAtlas('desktop', 'en');
  await page.getByTestId('export-toggle').click();
  const { name, bytes } = await download(page, 'export-svg');
  assert.equal(name, 'partner-atlas-osnabrueck.svg');
  const texts = await page.evaluate((text) => {
    const document = new DOMParser().parseFromString(text, 'image/svg+xml');
    if (document.querySelector('parsererror')) return null;
    return [...document.querySelectorAll('text')].map((node) => node.textContent);
  }, bytes.toString());
  assert.ok(texts, 'the SVG parses');
  assert.equal(texts[0], 'Partners of Osnabrück');
  for (const partner of partnersOfOsnabrueck('en')) assert.ok(texts.includes(partner), `${partner} in ${texts}`);
  assert.ok(
    texts.some((text) => /^Friendship cities · \d+$/.test(text)),
    `the legend counts the friendships: ${texts}`,
  );
  assert.ok(texts.includes('This view online'));
  await page.context().close();
});

for (const [paper, orientation] of [
  ['a4', 'landscape'],
  ['a4', 'portrait'],
  ['a3', 'landscape'],
  ['a3', 'portrait'],
]) {
  test(`the poster prints on ${paper.toUpperCase()} ${orientation} with the partners listed and no controls`, async () => {
    const page = await focusedAtlas();
    await page.getByTestId('export-toggle').click();
    await page.getByTestId('export-paper').selectOption(paper);
    await page.getByTestId('export-orientation').selectOption(orientation);
    await page.getByTestId('export-poster').click();
    await page.waitForFunction(() => window[Symbol.for('printAsked')] === true);
    const poster = page.getByTestId('poster');
    assert.equal(await poster.getAttribute('data-paper'), `${paper}-${orientation}`);
    assert.equal(await poster.isVisible(), false, 'on screen the poster is hidden');

    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const visible = (element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility !== 'hidden';
      };
      return {
        controls: [...document.querySelectorAll('button, select, input, canvas')].filter(visible).length,
        ties: [...document.querySelectorAll('[data-testid="poster-ties"] li')].map((item) => item.textContent),
        map: document.querySelector('.poster-map')?.naturalWidth ?? 0,
        heading: document.querySelector('.poster h2')?.textContent,
      };
    });
    assert.equal(printed.controls, 0, 'no control, and not the live map, is on paper');
    assert.ok(printed.map >= 1200, 'the picture is on paper');
    assert.equal(printed.heading, 'Partner von Osnabrück');
    const partners = partnersOfOsnabrueck('de');
    assert.equal(printed.ties.length, partners.length);
    for (const partner of partners)
      assert.ok(
        printed.ties.some((row) => row.startsWith(partner)),
        partner,
      );
    assert.ok(
      printed.ties.some((row) => /seit \d{4}/.test(row)),
      `the rows give the years: ${printed.ties}`,
    );

    const pdf = (await page.pdf({ preferCSSPageSize: true })).toString('latin1');
    const boxes = [...pdf.matchAll(/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((box) => [
      Number(box[1]),
      Number(box[2]),
    ]);
    const [short, long] = sheets[paper];
    const expected = orientation === 'portrait' ? [short, long] : [long, short];
    assert.ok(boxes.length >= 1);
    for (const [width, height] of boxes) {
      assert.ok(Math.abs(width - expected[0]) < 1.5 && Math.abs(height - expected[1]) < 1.5, `${width}×${height}`);
    }
    assert.deepEqual(page.errors, []);
    await page.context().close();
  });
}

test('on a phone the menu opens uncovered, and a kiosk offers no picture', async () => {
  const page = await focusedAtlas('phone');
  await page.getByTestId('export-toggle').tap();
  for (const testid of ['export-png', 'export-svg', 'export-paper', 'export-poster']) {
    const box = await page.getByTestId(testid).boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= 390, `${testid} on screen: ${JSON.stringify(box)}`);
    const there = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x, y)?.closest('[data-testid]')?.dataset.testid,
      [box.x + box.width / 2, box.y + box.height / 2],
    );
    assert.equal(there, testid, `${testid} is not covered`);
  }
  await page.context().close();

  const kiosk = await openLayout(browser, server, 'kiosk');
  assert.equal(await kiosk.getByTestId('export-toggle').count(), 0);
  await kiosk.context().close();
});
