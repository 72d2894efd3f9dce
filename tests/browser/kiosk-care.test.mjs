// A kiosk warns before it starts over: the last 20 seconds of its idle time are counted down
// on the screen, with a large button; a touch on it keeps what the visitor was looking at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, waitForMap, testidAt, settled, layouts } from './support/harness.mjs';
import { browserSession } from './support/session.mjs';

const { server, browser } = await browserSession();

test('before the idle reset a countdown of 20 seconds shows with a large "stay" button, and staying keeps the view', async () => {
  // 22 seconds idle: the countdown comes after 2.
  const page = await openPage(browser, layouts.kiosk.options);
  await page.goto(`${server.url}?kiosk=1&idle=22&lang=de&open=place:hefei`);
  await waitForMap(page);
  await page.getByTestId('panel-title').waitFor();
  await settled(page, null);
  const view = await page.evaluate(() => window.partnerAtlas.view());
  const warning = page.getByTestId('idle-warning');
  await warning.waitFor({ state: 'visible', timeout: 8000 });
  const text = await warning.textContent();
  const seconds = Number(/(\d+)/.exec(text)?.[1]);
  assert.ok(seconds >= 18 && seconds <= 20, `the countdown starts at 20 seconds: "${text}"`);
  await page.waitForTimeout(1300);
  const later = Number(/(\d+)/.exec(await warning.textContent())?.[1]);
  assert.ok(later < seconds, `and counts down (${seconds} → ${later})`);

  const stay = await page.getByTestId('idle-stay').boundingBox();
  assert.ok(stay.height >= 44 && stay.width >= 150, `a large button (${stay.width}×${stay.height})`);
  const middle = { x: stay.x + stay.width / 2, y: stay.y + stay.height / 2 };
  assert.equal(await testidAt(page, middle), 'idle-stay', 'nothing covers it');
  await page.touchscreen.tap(middle.x, middle.y);
  await warning.waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => window.partnerAtlas.selected()), 'place:hefei', 'the panel stays open');
  assert.deepEqual(await page.evaluate(() => window.partnerAtlas.view()), view, 'and the map where it was');
  const { mode, resets } = await page.evaluate(() => window.partnerAtlas.kiosk());
  assert.equal(mode, 'control');
  assert.equal(resets, 0, 'nothing was reset');
});
