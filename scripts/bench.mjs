// Benchmark of the built app (run scripts/build.sh first): prints the bytes a browser downloads
// for the first view (raw, gzip, brotli) and, over several loads in headless Chromium, the time
// from navigation to the first arcs drawn and the JavaScript heap held after load.
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
try {
  for (let load = 0; load < loads; load++) {
    const page = await openPage(browser);
    await page.goto(server.url);
    await waitForMap(page);
    firstArcs.push(await page.evaluate(() => performance.getEntriesByName('first-arcs')[0].startTime));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    heaps.push((await cdp.send('Runtime.getHeapUsage')).usedSize);
    await page.context().close();
  }
} finally {
  await browser.close();
  await server.close();
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`\nfirst arcs after navigation (${loads} loads): median ${median(firstArcs).toFixed(0)} ms, `
  + `min ${Math.min(...firstArcs).toFixed(0)} ms, max ${Math.max(...firstArcs).toFixed(0)} ms`);
console.log(`JS heap after load (median): ${(median(heaps) / 1024 / 1024).toFixed(1)} MB`);
