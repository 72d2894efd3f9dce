// Benchmark of the built app (scripts/bench.sh builds it first). Prints figures, asserts none:
// - the bytes a browser downloads for the first view, by file (raw, gzip, brotli);
// - for the real atlas and a synthetic one of 20,000 ties, in headless Chromium: the time from
//   navigation to the first arcs drawn (median of several loads), the work per frame during a
//   scripted pan and zoom (each paint's own duration including the browser's rasterising of
//   the canvas, and the longest task), and the
//   memory the page holds after load (JavaScript heap and WebAssembly memory).
//   node scripts/bench.mjs [loads]
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { serve, launch, openPage, waitForMap, dist } from '../tests/browser/support/harness.mjs';

const loads = Number(process.argv[2] ?? 5);
const firstView = [
  'index.html',
  'style.css',
  'boot.js',
  'pkg/partner-atlas.js',
  'pkg/partner-atlas_bg.wasm',
  'atlas.json',
  'basemap.json',
];
const later = ['basemap-50m.json'];

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`.padStart(11);
const ms = (value) => `${value.toFixed(1)}`.padStart(9);

async function sizes(file) {
  const body = await readFile(join(dist, file));
  return {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

console.log(
  `${'downloaded for the first view'.padEnd(32)}${'raw'.padStart(11)}${'gzip'.padStart(11)}${'brotli'.padStart(11)}`,
);
const total = { raw: 0, gzip: 0, brotli: 0 };
for (const file of firstView) {
  const size = await sizes(file);
  for (const key of Object.keys(total)) total[key] += size[key];
  console.log(`  ${file.padEnd(30)}${kb(size.raw)}${kb(size.gzip)}${kb(size.brotli)}`);
}
console.log(`  ${'total'.padEnd(30)}${kb(total.raw)}${kb(total.gzip)}${kb(total.brotli)}`);
for (const file of later) {
  const size = await sizes(file);
  console.log(`  ${`${file} (close zoom only)`.padEnd(30)}${kb(size.raw)}${kb(size.gzip)}${kb(size.brotli)}`);
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values, share) =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * share))];

async function pageWithLongTasks(browser) {
  const page = await openPage(browser);
  await page.addInitScript(() => {
    window.longTasks = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.longTasks.push(entry.duration);
    }).observe({ type: 'longtask', buffered: true });
  });
  return page;
}

/** A scripted pan (60 moves) and zoom (20 wheel steps in and out), as a person would. */
async function panAndZoom(page) {
  await page.evaluate(() => {
    window.longTasks = [];
    window.partnerAtlas.measureRaster(true);
    window.partnerAtlas.paintTimes();
  });
  await page.mouse.move(640, 450);
  await page.mouse.down();
  for (let step = 0; step < 60; step++) await page.mouse.move(640 - step * 6, 450 - step * 2);
  await page.waitForTimeout(150);
  await page.mouse.up();
  for (let step = 0; step < 20; step++) {
    await page.mouse.wheel(0, step < 10 ? -120 : 120);
    await page.waitForTimeout(16);
  }
  await page.waitForTimeout(300);
  return {
    paints: await page.evaluate(() => window.partnerAtlas.paintTimes()),
    longest: await page.evaluate(() => Math.max(0, ...window.longTasks)),
  };
}

async function measure(browser, url) {
  const firstArcs = [];
  const heaps = [];
  for (let load = 0; load < loads; load++) {
    const page = await pageWithLongTasks(browser);
    await page.goto(url);
    await waitForMap(page, 120000);
    firstArcs.push(await page.evaluate(() => performance.getEntriesByName('first-arcs')[0].startTime));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const wasm = await page.evaluate(() => window.partnerAtlas.memoryBytes());
    heaps.push((await cdp.send('Runtime.getHeapUsage')).usedSize + wasm);
    if (load === loads - 1) {
      const interaction = await panAndZoom(page);
      await page.context().close();
      return { firstArcs, heaps, ...interaction };
    }
    await page.context().close();
  }
  return null;
}

const server = await serve();
const browser = await launch();
try {
  console.log(
    `\n${'atlas'.padEnd(24)}${'first arcs'.padStart(11)}${'paints'.padStart(8)}${'median'.padStart(9)}` +
      `${'p95'.padStart(9)}${'max'.padStart(9)}${'longest'.padStart(9)}${'memory'.padStart(9)}`,
  );
  console.log(
    `${''.padEnd(24)}${'ms'.padStart(11)}${''.padStart(8)}${'ms'.padStart(9)}${'ms'.padStart(9)}` +
      `${'ms'.padStart(9)}${'task ms'.padStart(9)}${'MB'.padStart(9)}`,
  );
  for (const [name, query] of [
    ['real atlas', ''],
    ['synthetic 20,000 ties', '?atlas=synthetic-atlas.json'],
  ]) {
    const atlas = JSON.parse(await readFile(join(dist, query ? 'synthetic-atlas.json' : 'atlas.json'), 'utf8'));
    const result = await measure(browser, `${server.url}${query}`);
    const { paints } = result;
    console.log(
      `${`${name} (${atlas.ties.length})`.padEnd(24)}${ms(median(result.firstArcs)).padStart(11)}` +
        `${String(paints.length).padStart(8)}${ms(median(paints))}${ms(percentile(paints, 0.95))}` +
        `${ms(Math.max(...paints))}${ms(result.longest)}${ms(median(result.heaps) / 1024 / 1024)}`,
    );
  }
  console.log(
    `\n(${loads} loads each; paint = the draw call's own duration, rasterising included; longest task = longest main-thread task during the interaction, 0 when none over 50 ms; memory = JS heap + WebAssembly memory after load)`,
  );
} finally {
  await browser.close();
  await server.close();
}
