// The atlas as a guest in a town's narrow column: its frame sizes itself from the atlas's own
// message (and from no other), the map keeps most of the frame with the panel open, nothing
// lies off-screen, and on a touch screen one finger scrolls the page while two move the map.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openPage, waitForMap, settled, dist, root, atlasIn } from './support/harness.mjs';
import { mapPixels, difference } from './support/pixels.mjs';
import { browserSession } from './support/session.mjs';

const { server, browser } = await browserSession({
  folder: join(root, 'tests', 'host'),
  mounts: { '/stadt/partner-atlas/': dist },
});
/** The same server under another origin: `localhost` instead of `127.0.0.1`. */
const otherOrigin = server.url.replace('127.0.0.1', 'localhost');
const phone = { viewport: { width: 360, height: 800 }, hasTouch: true, isMobile: true };

/** A host page at /stadt/`name` with `body`, in a column 296 px wide, long enough to scroll. */
async function hostPage(name, body, options = phone) {
  const page = await openPage(browser, options);
  const filler = '<p>Text der Stadt über ihre Partnerstädte.</p>'.repeat(30);
  await page.route(`${server.url}stadt/${name}`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="de"><head><meta name="viewport" content="width=device-width, initial-scale=1">
        <script src="partner-atlas/embed.js" defer></script></head>
        <body style="margin:0"><main style="width:296px;margin:0 32px">${filler}${body}${filler}</main></body></html>`,
    }),
  );
  await page.goto(`${server.url}stadt/${name}`);
  return page;
}

const heightOf = async (page, selector) => (await page.locator(selector).boundingBox()).height;

test('in a 296 px column the element takes the height the atlas asks for, the map keeps 60% of it with the panel open, and nothing lies off-screen', async () => {
  const page = await hostPage('column.html', '<partner-atlas focus="osnabrueck" lang="de"></partner-atlas>');
  const frame = await atlasIn(page);
  await page.waitForFunction(() => document.querySelector('partner-atlas').getBoundingClientRect().height === 560);
  await settled(frame, null);
  const boxes = await frame.evaluate(() => {
    const box = (selector) => document.querySelector(selector)?.getBoundingClientRect().toJSON();
    return { header: box('.bar'), map: box('[data-testid=map-canvas]'), panel: box('.panel'), height: innerHeight };
  });
  assert.ok(boxes.panel, 'the town opens with its panel');
  assert.ok(boxes.panel.width >= 290 && boxes.panel.bottom >= boxes.height - 1, 'the panel is a sheet from below');
  const mapShown = boxes.panel.top - boxes.header.bottom;
  assert.ok(mapShown >= 0.6 * boxes.height, `the map shows ${mapShown} of ${boxes.height} px`);
  // Everything a reader can see or press lies inside the frame.
  const outside = await frame.evaluate(() =>
    [...document.querySelectorAll('button, a, select, input, [data-covers-map]')]
      .filter((element) => element.checkVisibility() && element.getClientRects().length)
      .filter((element) => {
        const rect = element.getBoundingClientRect();
        return rect.left < 0 || rect.right > innerWidth + 0.5 || rect.top < 0 || rect.bottom > innerHeight + 0.5;
      })
      .filter((element) => !element.closest('.panel, .visually-hidden') && !element.matches('.visually-hidden'))
      .map((element) => element.dataset.testid || element.className || element.tagName),
  );
  assert.deepEqual(outside, []);
  // The way out to the full atlas is inside the frame and not covered: at its middle is the link itself.
  const openFull = await frame.evaluate(() => {
    const rect = document.querySelector('[data-testid=open-full]').getBoundingClientRect();
    const there = document.elementFromPoint(rect.x + rect.width / 2, rect.y + rect.height / 2);
    return { left: rect.left, right: rect.right, there: there?.closest('[data-testid]')?.dataset.testid };
  });
  assert.ok(openFull.left >= 0 && openFull.right <= 296, `the way out at x=${openFull.left}`);
  assert.equal(openFull.there, 'open-full');
});

test("the element believes a height only from its own frame at the atlas's origin", async () => {
  // A frame of another site on the same page keeps posting a height, and so does the page
  // itself; a second element waits for its frame, which is lazy, far down the page.
  const page = await hostPage(
    'messages.html',
    `<partner-atlas data-testid="own" lang="de"></partner-atlas>
     <iframe data-testid="stranger" src="${otherOrigin}stadt/stranger.html" title="fremd"></iframe>
     <div style="height:3000px"></div><partner-atlas data-testid="later" lang="de"></partner-atlas>`,
  );
  await page.route(`${otherOrigin}stadt/stranger.html`, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<script>setInterval(() => parent.postMessage({ type: 'partner-atlas:height', height: 1500 }, '*'), 100)</script>`,
    }),
  );
  await page.reload();
  await atlasIn(page, '[data-testid=own] iframe');
  await page.evaluate(() => window.postMessage({ type: 'partner-atlas:height', height: 1200 }, '*'));
  await page.waitForTimeout(600);
  assert.equal(await heightOf(page, '[data-testid=own]'), 560, 'the atlas in its own frame is heard');
  assert.equal(await heightOf(page, '[data-testid=later]'), 480, 'the stranger and the page are not');
});

test("the README's few lines size a plain iframe the same way", async () => {
  const readme = await readFile(join(root, 'README.md'), 'utf8');
  const snippet = /<!-- frame-height-snippet -->\s*```html\n([\s\S]*?)```/.exec(readme)?.[1];
  assert.ok(snippet, 'the README has the snippet');
  const atlas = new URL('stadt/partner-atlas/', server.url);
  const html = snippet
    .replaceAll('https://www.example.org/partnerstaedte/atlas/', atlas.href)
    .replaceAll("'https://www.example.org'", `'${atlas.origin}'`);
  const page = await hostPage('plain.html', html);
  await atlasIn(page, '#partner-atlas');
  // 560 px is what the snippet starts with: the atlas asks for the same here, so widen the column.
  await page.evaluate(() => {
    document.querySelector('main').style.width = '700px';
  });
  await page.waitForFunction(() => document.getElementById('partner-atlas').getBoundingClientRect().height === 480);
  assert.equal(await heightOf(page, '#partner-atlas'), 480);
});

/** Touches the page through Chromium's own input: each finger from its point by `(dx, dy)`. */
async function swipe(page, fingers, dx, dy) {
  const cdp = await page.context().newCDPSession(page);
  const at = (step) => fingers.map(({ x, y }, id) => ({ x: x + (dx * step) / 10, y: y + (dy * step) / 10, id }));
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: at(0) });
  for (let step = 1; step <= 10; step++) {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: at(step) });
    await new Promise((resolve) => setTimeout(resolve, 16));
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** The page's scroll, the atlas's view and the map's pixels in the middle of its frame. */
async function looking(page, frame) {
  const box = await page.locator('partner-atlas iframe').boundingBox();
  const middle = { x: 40, y: 120, width: 200, height: 160 };
  return {
    box,
    scroll: await page.evaluate(() => scrollY),
    view: await frame.evaluate(() => window.partnerAtlas.view()),
    pixels: await mapPixels(frame, middle),
  };
}

test('on a touch screen one finger scrolls the page with a hint, two fingers move the map and not the page', async () => {
  const page = await hostPage('touch.html', '<partner-atlas lang="de"></partner-atlas>');
  const frame = await atlasIn(page);
  await page.locator('partner-atlas').evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await settled(frame, null);
  const before = await looking(page, frame);
  const inMap = { x: before.box.x + 150, y: before.box.y + 300 };

  await swipe(page, [inMap], 0, -200);
  await frame.getByTestId('touch-hint').waitFor({ state: 'visible' });
  await page.waitForTimeout(300);
  const afterOne = await looking(page, frame);
  assert.ok(
    afterOne.scroll > before.scroll + 100,
    `one finger scrolled the page ${afterOne.scroll - before.scroll} px`,
  );
  assert.deepEqual(afterOne.view, before.view, 'and left the map where it was');

  const start = await looking(page, frame);
  const two = [
    { x: start.box.x + 110, y: start.box.y + 250 },
    { x: start.box.x + 190, y: start.box.y + 250 },
  ];
  await swipe(page, two, 0, -120);
  await settled(frame, null);
  const afterTwo = await looking(page, frame);
  assert.equal(afterTwo.scroll, start.scroll, 'two fingers did not scroll the page');
  assert.notDeepEqual(afterTwo.view, start.view, 'two fingers moved the map');
  assert.ok(difference(afterTwo.pixels, start.pixels) > 3, 'and the map shows it');
  assert.equal(await frame.getByTestId('touch-hint').count(), 0, 'the hint went away');
});

test('with guard="off" one finger moves the map', async () => {
  const page = await hostPage('unguarded.html', '<partner-atlas lang="de" guard="off"></partner-atlas>');
  const frame = await atlasIn(page);
  await page.locator('partner-atlas').evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await settled(frame, null);
  const before = await looking(page, frame);
  await swipe(page, [{ x: before.box.x + 150, y: before.box.y + 300 }], 0, -150);
  await settled(frame, null);
  const after = await looking(page, frame);
  assert.notDeepEqual(after.view, before.view, 'the map moved');
  assert.equal(after.scroll, before.scroll, 'the page did not scroll');
});

test("with the host's contact, a tie's panel reports a correction to it with the tie named, and the statement shipped beside it names it", async () => {
  const page = await openPage(browser, phone);
  await page.goto(`${server.url}stadt/partner-atlas/?embed=1&lang=de&contact=redaktion%40musterhausen.de`);
  await waitForMap(page);
  await page.evaluate(() => window.partnerAtlas.select('tie:osnabrueck--hefei--friendship'));
  const report = page.getByTestId('panel-report');
  await report.waitFor();
  assert.equal(await report.textContent(), 'Fehler melden');
  const mail = new URL(await report.getAttribute('href'));
  assert.equal(mail.protocol, 'mailto:');
  assert.equal(mail.pathname, 'redaktion@musterhausen.de');
  assert.equal(mail.searchParams.get('subject'), 'Partner Atlas: Korrektur zu Osnabrück – Hefei');
  assert.match(mail.searchParams.get('body'), /osnabrueck--hefei--friendship/);

  const opened = await openPage(browser, phone);
  await opened.goto(`${server.url}stadt/partner-atlas/accessibility.html?contact=redaktion%40musterhausen.de`);
  const link = opened.locator('article:not([hidden]) a[href^="mailto:"]');
  assert.equal(await link.textContent(), 'redaktion@musterhausen.de');

  // Without a contact there is nothing to report to: no link.
  await page.goto(`${server.url}stadt/partner-atlas/?embed=1&lang=de&contact=javascript:alert(1)`);
  await waitForMap(page);
  await page.evaluate(() => window.partnerAtlas.select('tie:osnabrueck--hefei--friendship'));
  await page.getByTestId('panel-title').waitFor();
  assert.equal(await report.count(), 0);
});
