// Soak check for kiosks: an accelerated day in headless Chromium. The attract tour runs story
// after story, and between its rounds a visitor taps the map, opens the side bar, ticks and
// unticks a filter, closes it, opens and closes a story's panel, switches the language, and
// walks away until the idle reset brings the tour back. The page's memory (JavaScript heap
// after garbage collection, WebAssembly memory) and element count are printed before and
// after, and the check fails when any grew past its bound (or the page broke).
//
//   node scripts/soak.mjs [tour steps] [visitors]     (CI: 600 steps, 10 visitors)
import { chromium } from 'playwright-core';
import { serve, chromiumPath, waitForMap } from '../tests/browser/support/harness.mjs';

const steps = Number(process.argv[2] ?? 600);
const visitors = Number(process.argv[3] ?? 10);
// Bounds on growth over the whole run. A kiosk that leaks a closure or a panel per visitor
// crosses them within a few hundred rounds; the warm-up below takes what is taken only once.
const BOUNDS = { heap: 1024 * 1024, wasm: 1024 * 1024, nodes: 10 };

const server = await serve();
const browser = await chromium.launch({
  executablePath: chromiumPath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--js-flags=--expose-gc'],
});
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, hasTouch: true, locale: 'de-DE' });
const errors = [];
page.on('pageerror', (error) => errors.push(error.message));
// The idle reset after a second without a touch: a visitor's leaving takes two seconds, not two
// minutes. The tour steps only when told, so that the run is as fast as the page.
await page.goto(`${server.url}?kiosk=1&idle=1&step=600`);
await waitForMap(page);

const memory = () =>
  page.evaluate(async () => {
    for (let i = 0; i < 3; i++) {
      window.gc();
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return {
      heap: performance.memory.usedJSHeapSize,
      wasm: window.partnerAtlas.memoryBytes(),
      nodes: document.getElementsByTagName('*').length,
    };
  });
const megabytes = (bytes) => `${(bytes / 1048576).toFixed(2)} MB`;
const show = (label, m) =>
  console.log(`${label}: JS heap ${megabytes(m.heap)}, wasm memory ${megabytes(m.wasm)}, ${m.nodes} elements`);
const kiosk = () => page.evaluate(() => window.partnerAtlas.kiosk());

/** `count` stories of the tour, each given two frames to draw. */
const tour = (count) =>
  page.evaluate(async (count) => {
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    for (let i = 0; i < count; i++) {
      window.partnerAtlas.tourStep();
      await frame();
      await frame();
    }
  }, count);

/** A visitor's turn, by touch only, until the idle reset has brought the tour back. */
async function visitor(round) {
  const { resets } = await kiosk();
  const tap = async (testid) => {
    const box = await page.getByTestId(testid).boundingBox();
    await page.touchscreen.tap(box.x + box.width / 2, box.y + box.height / 2);
  };
  await page.touchscreen.tap(960, 540);
  await tap('explorer-toggle');
  await page.getByTestId('filter-kind-twin_town').waitFor();
  await tap('filter-kind-twin_town');
  await tap('filter-kind-twin_town');
  await tap('explorer-close');
  if (await page.getByTestId('panel-close').isVisible()) await tap('panel-close');
  await tap(['lang-en', 'lang-zh', 'lang-ko', 'lang-ja'][round % 4]);
  await page.waitForFunction((before) => window.partnerAtlas.kiosk().resets > before, resets, { timeout: 10000 });
}

// A first round warms every story's panel, each language's words and a visitor's side bar,
// and a close view loads the detailed outlines (1:50m), as the tour does once it frames a story
// close up: memory a kiosk takes once, not a little more every round.
const detailed = page.waitForResponse((response) => response.url().includes('basemap-50m'));
await page.evaluate(() => window.partnerAtlas.jumpTo(8, 52, 7));
await detailed;
await page.waitForFunction(() => window.partnerAtlas.complete());
await tour(21);
for (let round = 0; round < 4; round++) {
  await visitor(round);
  await tour(21);
}
// Measured where the run ends too: a visitor gone, the tour back at its first story.
await visitor(0);
await tour(1);
const before = await memory();
show('before', before);
const started = Date.now();
const { steps: stepsBefore, resets: resetsBefore } = await kiosk();
const rounds = Math.max(visitors, 1);
for (let round = 0; round < rounds; round++) {
  await tour(Math.floor(steps / rounds) + (round < steps % rounds ? 1 : 0));
  if (round < visitors) await visitor(round);
}
await tour(1);
const after = await memory();
const report = await kiosk();
const seconds = ((Date.now() - started) / 1000).toFixed(0);
show(`after ${steps} tour steps and ${visitors} visitors (${seconds} s)`, after);
const growth = { heap: after.heap - before.heap, wasm: after.wasm - before.wasm, nodes: after.nodes - before.nodes };
console.log(
  `growth: JS heap ${megabytes(growth.heap)} (bound ${megabytes(BOUNDS.heap)}), wasm memory ` +
    `${megabytes(growth.wasm)} (bound ${megabytes(BOUNDS.wasm)}), ${growth.nodes} elements (bound ${BOUNDS.nodes})`,
);
await browser.close();
await server.close();
const over = Object.keys(BOUNDS).filter((key) => growth[key] > BOUNDS[key]);
if (over.length) {
  console.error(`the kiosk grew past its bound: ${over.join(', ')}`);
  process.exit(1);
}
if (errors.length || report.steps < stepsBefore + steps + 1 || report.resets < resetsBefore + visitors) {
  console.error('the kiosk broke:', errors, report);
  process.exit(1);
}
