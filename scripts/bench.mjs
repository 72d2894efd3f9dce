// Benchmark of the built app (run scripts/build.sh first): prints the bytes a browser downloads
// for the first view (raw, gzip, brotli); over several loads in headless Chromium, the time from
// navigation to the first arcs drawn and the JavaScript heap held after load; and the work per
// frame (each paint's own duration, and the longest task) during a scripted pan and zoom.
//   node scripts/bench.mjs [loads]
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { serve, launch, openPage, waitForMap, dist } from '../tests/browser/harness.mjs';

const loads = Number(process.argv[2] ?? 7);
const files = ['index.html', 'style.css', 'boot.js', 'pkg/partner-atlas.js', 'pkg/partner-atlas_bg.wasm', 'atlas.json', 'basemap.json'];

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`.padStart(10);
console.log(`${'file'.padEnd(28)}${'raw'.padStart(10)}${'gzip'.padStart(10)}${'brotli'.padStart(10)}`);
const total = { raw: 0, gzip: 0, brotli: 0 };
for (const file of files) {
  const body = await readFile(join(dist, file));
  const sizes = {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
  for (const key of Object.keys(total)) total[key] += sizes[key];
  console.log(`${file.padEnd(28)}${kb(sizes.raw)}${kb(sizes.gzip)}${kb(sizes.brotli)}`);
}
console.log(`${'total'.padEnd(28)}${kb(total.raw)}${kb(total.gzip)}${kb(total.brotli)}`);

const server = await serve();
const browser = await launch();
const firstArcs = [];
const heaps = [];
let interaction;
try {
  for (let load = 0; load < loads; load++) {
    const page = await pageWithLongTasks();
    await page.goto(server.url);
    await waitForMap(page);
    firstArcs.push(await page.evaluate(() => performance.getEntriesByName('first-arcs')[0].startTime));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    heaps.push((await cdp.send('Runtime.getHeapUsage')).usedSize);
    await page.context().close();
  }
  const page = await pageWithLongTasks();
  await page.goto(server.url);
  await waitForMap(page);
  await page.evaluate(() => { window.longTasks = []; });
  interaction = await interact(page);
} finally {
  await browser.close();
  await server.close();
}
async function interact(page) {
  await page.evaluate(() => window.partnerAtlas.paintTimes());
  await page.mouse.move(640, 450);
  await page.mouse.down();
  for (let step = 0; step < 60; step++) await page.mouse.move(640 - step * 6, 450 - step * 2);
  await page.mouse.up();
  for (let step = 0; step < 20; step++) {
    await page.mouse.wheel(0, step < 10 ? -120 : 120);
    await page.waitForTimeout(16);
  }
  await page.waitForTimeout(100);
  return {
    paints: await page.evaluate(() => window.partnerAtlas.paintTimes()),
    longest: await page.evaluate(() => Math.max(0, ...window.longTasks)),
  };
}

async function pageWithLongTasks() {
  const page = await openPage(browser);
  await page.addInitScript(() => {
    window.longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => window.longTasks.push(e.duration)))
      .observe({ type: 'longtask', buffered: true });
  });
  return page;
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`\nfirst arcs after navigation (${loads} loads): median ${median(firstArcs).toFixed(0)} ms, `
  + `min ${Math.min(...firstArcs).toFixed(0)} ms, max ${Math.max(...firstArcs).toFixed(0)} ms`);
console.log(`JS heap after load (median): ${(median(heaps) / 1024 / 1024).toFixed(1)} MB`);
const percentile = (values, share) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * share))];
const { paints, longest } = interaction;
console.log(`pan and zoom (${paints.length} paints): paint median ${median(paints).toFixed(2)} ms, `
  + `p95 ${percentile(paints, 0.95).toFixed(2)} ms, max ${Math.max(...paints).toFixed(2)} ms; `
  + `longest task ${longest ? `${longest.toFixed(0)} ms` : 'none over 50 ms'}`);
