// Soak check for kiosks: runs the attract tour for 1,000 stories in headless Chromium and prints
// the page's memory (JavaScript heap after garbage collection, and the WebAssembly memory)
// before and after. A figure to read, not a timed test; it fails only if the page breaks.
import { chromium } from 'playwright-core';
import { serve, chromiumPath, waitForMap } from '../tests/browser/support/harness.mjs';

const steps = Number(process.argv[2] ?? 1000);
const server = await serve();
const browser = await chromium.launch({
  executablePath: chromiumPath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--js-flags=--expose-gc'],
});
const page = await browser.newPage({ viewport: { width: 1920, height: 1080 }, locale: 'de-DE' });
const errors = [];
page.on('pageerror', (error) => errors.push(error.message));
await page.goto(`${server.url}?kiosk=1&idle=3600&step=600`);
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
const megabytes = (bytes) => `${(bytes / 1048576).toFixed(1)} MB`;
const show = (label, m) =>
  console.log(`${label}: JS heap ${megabytes(m.heap)}, wasm memory ${megabytes(m.wasm)}, ${m.nodes} elements`);

// A first round warms every story's panel and each language's words, and a close view loads
// the detailed outlines (1:50m), as the tour does once it frames a story close up: memory a
// kiosk takes once, not a little more every step.
const detailed = page.waitForResponse((response) => response.url().includes('basemap-50m'));
await page.evaluate(() => window.partnerAtlas.jumpTo(8, 52, 7));
await detailed;
await page.waitForFunction(() => window.partnerAtlas.complete());
await page.evaluate(() => window.partnerAtlas.tourStep());
for (let i = 0; i < 20; i++) await page.evaluate(() => window.partnerAtlas.tourStep());
const before = await memory();
show('before', before);
const started = Date.now();
for (let done = 0; done < steps; done += 50) {
  await page.evaluate(
    async (count) => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      for (let i = 0; i < count; i++) {
        window.partnerAtlas.tourStep();
        await frame();
        await frame();
      }
    },
    Math.min(50, steps - done),
  );
}
const after = await memory();
const report = await page.evaluate(() => window.partnerAtlas.kiosk());
show(`after ${steps} tour steps (${((Date.now() - started) / 1000).toFixed(0)} s)`, after);
console.log(
  `growth: JS heap ${megabytes(after.heap - before.heap)}, wasm memory ${megabytes(after.wasm - before.wasm)}, ${after.nodes - before.nodes} elements`,
);
await browser.close();
await server.close();
if (errors.length || report.steps < steps + 21) {
  console.error('the tour broke:', errors, report);
  process.exit(1);
}
