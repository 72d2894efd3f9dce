// Takes a screenshot of the built app in headless Chromium, optionally with a feature open:
//   node scripts/screenshot.mjs OUT.png [feature-key] [lang] [width] [height]
import { serve, launch, openPage, waitForMap, settled } from '../tests/browser/support/harness.mjs';

const [out = 'screenshot.png', feature, lang = 'de', width = '1280', height = '800'] = process.argv.slice(2);
const server = await serve();
const browser = await launch();
try {
  const page = await openPage(browser, { viewport: { width: Number(width), height: Number(height) } });
  await page.goto(`${server.url}?lang=${lang}`);
  await waitForMap(page);
  if (feature) {
    await page.evaluate((key) => window.partnerAtlas.select(key), feature);
    await page.getByTestId('panel').waitFor();
  }
  await settled(page);
  await page.screenshot({ path: out });
  const firstArcs = await page.evaluate(() => performance.getEntriesByName('first-arcs')[0]?.startTime);
  console.log(`wrote ${out}; first arcs after ${firstArcs?.toFixed(0)} ms`);
} finally {
  await browser.close();
  await server.close();
}
