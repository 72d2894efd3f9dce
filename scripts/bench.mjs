// Benchmark of the built app (scripts/bench.sh builds it first). Prints figures, asserts none:
// - the bytes a browser downloads for the first view, by file (raw, gzip, brotli);
// - for the real atlas and a synthetic one of 20,000 ties, in headless Chromium: the time from
//   navigation to the first arcs drawn (median of several loads), the work per frame during a
//   scripted pan and zoom (each paint's own duration including the browser's rasterising of
//   the canvas, and the longest task), and the
//   memory the page holds after load (JavaScript heap and WebAssembly memory);
// - beside each, the same for the Leaflet reference built from the same atlas (target/leaflet-ref
//   and target/leaflet-ref-20k, which bench.sh builds), loaded in pairs with ours in the same run,
//   and the ratios: ours / Leaflet's.
//   node scripts/bench.mjs [loads]
import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { serve, launch, openPage, waitForMap, dist, root } from '../tests/browser/support/harness.mjs';

const loads = Number(process.argv[2] ?? 5);
const firstView = [
  'index.html',
  'tokens.css',
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

async function sizes(file, folder = dist) {
  const body = await readFile(join(folder, file));
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

/**
 * A filter change as a person makes it: the kind "twin town" ticked and unticked in the side
 * bar, each time from the click until the map has painted after it and shows everything in
 * full (`complete()`). Watching for a paint costs nothing; that the drawing changed is checked
 * after the clock stopped. Returns each change's milliseconds.
 */
async function filterChanges(page, times = 6) {
  await page.waitForSelector('[data-testid="filter-kind-twin_town"]');
  return page.evaluate(async (times) => {
    const atlas = window.partnerAtlas;
    const box = document.querySelector('[data-testid="filter-kind-twin_town"]');
    const changes = [];
    for (let change = 0; change < times; change++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const before = JSON.stringify(atlas.drawn());
      atlas.paintTimes();
      const started = performance.now();
      box.click();
      let painted = 0;
      await new Promise((resolve) => {
        const look = () => {
          painted += atlas.paintTimes().length;
          if (painted > 0 && atlas.complete()) resolve();
          else setTimeout(look, 0);
        };
        look();
      });
      const took = performance.now() - started;
      if (JSON.stringify(atlas.drawn()) === before) throw new Error('the filter changed nothing drawn');
      changes.push(took);
    }
    return changes;
  }, times);
}

/** Our page's first arcs, and its memory (JS heap + WebAssembly), after a load of `url`. */
async function loadOurs(page, url) {
  await page.goto(url);
  await waitForMap(page, 120000);
  const firstArcs = await page.evaluate(() => performance.getEntriesByName('first-arcs')[0].startTime);
  const wasm = await page.evaluate(() => window.partnerAtlas.memoryBytes());
  return { firstArcs, heap: (await heapUsed(page)) + wasm };
}

/** The Leaflet reference's first arcs and JS heap after a load of `url`. */
async function loadReference(page, url) {
  await page.goto(url);
  await page.waitForFunction(() => window.__firstArcs !== undefined, null, { timeout: 120000 });
  return { firstArcs: await page.evaluate(() => window.__firstArcs), heap: await heapUsed(page) };
}

async function heapUsed(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/** The longest main-thread task while a person pans and zooms a page with no scripting of ours. */
async function plainPanAndZoom(page) {
  await page.evaluate(() => {
    window.longTasks = [];
  });
  await page.mouse.move(640, 450);
  await page.mouse.down();
  for (let step = 0; step < 60; step++) await page.mouse.move(640 - step * 6, 450 - step * 2);
  await page.mouse.up();
  for (let step = 0; step < 20; step++) {
    await page.mouse.wheel(0, step < 10 ? -120 : 120);
    await page.waitForTimeout(16);
  }
  await page.waitForTimeout(300);
  return page.evaluate(() => Math.max(0, ...window.longTasks));
}

/**
 * `loads` paired loads, ours and the reference's one after the other (in turns first), then
 * the interaction on each; the reference is left out where `referenceUrl` is null.
 */
async function measure(browser, url, referenceUrl) {
  const ours = [];
  const reference = [];
  let interaction = null;
  let referenceLongest = null;
  for (let load = 0; load < loads; load++) {
    const order = load % 2 === 0 ? ['ours', 'reference'] : ['reference', 'ours'];
    for (const which of order) {
      if (which === 'reference' && !referenceUrl) continue;
      const page = await pageWithLongTasks(browser);
      const last = load === loads - 1;
      if (which === 'ours') {
        ours.push(await loadOurs(page, url));
        if (last) interaction = { ...(await panAndZoom(page)), filters: await filterChanges(page) };
      } else {
        reference.push(await loadReference(page, referenceUrl));
        if (last) referenceLongest = await plainPanAndZoom(page);
      }
      await page.context().close();
    }
  }
  return { ours, reference, ...interaction, referenceLongest };
}

/** The brotli bytes of every file of a built reference page. */
async function referenceBytes(folder) {
  let brotli = 0;
  for (const file of await readdir(folder)) brotli += (await sizes(file, folder)).brotli;
  return brotli;
}

const references = {
  real: join(root, 'target', 'leaflet-ref'),
  synthetic: join(root, 'target', 'leaflet-ref-20k'),
};
const server = await serve();
const referenceServers = {};
for (const [name, folder] of Object.entries(references)) {
  if (existsSync(folder)) referenceServers[name] = await serve(folder);
}
const browser = await launch();
const ratio = (ours, theirs) => (theirs ? `${(ours / theirs).toFixed(2)}×`.padStart(9) : ''.padStart(9));
try {
  console.log(
    `\n${'atlas'.padEnd(24)}${'first arcs'.padStart(11)}${'paints'.padStart(8)}${'median'.padStart(9)}` +
      `${'p95'.padStart(9)}${'max'.padStart(9)}${'longest'.padStart(9)}${'memory'.padStart(9)}`,
  );
  console.log(
    `${''.padEnd(24)}${'ms'.padStart(11)}${''.padStart(8)}${'ms'.padStart(9)}${'ms'.padStart(9)}` +
      `${'ms'.padStart(9)}${'task ms'.padStart(9)}${'MB'.padStart(9)}`,
  );
  const filterLines = [];
  const compared = [];
  for (const [name, query, reference] of [
    ['real atlas', '', 'real'],
    ['synthetic 20,000 ties', '?atlas=synthetic-atlas.json', 'synthetic'],
  ]) {
    const atlas = JSON.parse(await readFile(join(dist, query ? 'synthetic-atlas.json' : 'atlas.json'), 'utf8'));
    const referenceServer = referenceServers[reference];
    const result = await measure(browser, `${server.url}${query}`, referenceServer?.url ?? null);
    const { paints } = result;
    const ours = {
      firstArcs: median(result.ours.map((load) => load.firstArcs)),
      heap: median(result.ours.map((load) => load.heap)),
    };
    console.log(
      `${`${name} (${atlas.ties.length})`.padEnd(24)}${ms(ours.firstArcs).padStart(11)}` +
        `${String(paints.length).padStart(8)}${ms(median(paints))}${ms(percentile(paints, 0.95))}` +
        `${ms(Math.max(...paints))}${ms(result.longest)}${ms(ours.heap / 1024 / 1024)}`,
    );
    filterLines.push(
      `${`${name}`.padEnd(24)}${ms(median(result.filters))}${ms(Math.max(...result.filters))}   (${result.filters.length} changes)`,
    );
    if (referenceServer) {
      const theirs = {
        firstArcs: median(result.reference.map((load) => load.firstArcs)),
        heap: median(result.reference.map((load) => load.heap)),
        bytes: await referenceBytes(references[reference]),
      };
      console.log(
        `${'  Leaflet reference'.padEnd(24)}${ms(theirs.firstArcs).padStart(11)}${''.padStart(35)}` +
          `${ms(result.referenceLongest)}${ms(theirs.heap / 1024 / 1024)}`,
      );
      compared.push({ name, ours, theirs, pairs: result.ours, referencePairs: result.reference });
    }
  }
  console.log(`\n${'filter change to drawn'.padEnd(24)}${'median'.padStart(9)}${'max'.padStart(9)}`);
  for (const line of filterLines) console.log(line);
  if (compared.length) {
    console.log(
      `\n${'ours / Leaflet'.padEnd(24)}${'first arcs'.padStart(11)}${'pairs'.padStart(22)}${'first view'.padStart(12)}${'memory'.padStart(9)}`,
    );
    for (const { name, ours, theirs, pairs, referencePairs } of compared) {
      const paired = pairs.map((load, index) => load.firstArcs / referencePairs[index].firstArcs);
      const ourBytes = name === 'real atlas' ? total.brotli : null;
      console.log(
        `${name.padEnd(24)}${ratio(ours.firstArcs, theirs.firstArcs).padStart(11)}` +
          `${`median ${median(paired).toFixed(2)}×`.padStart(22)}` +
          `${(ourBytes ? ratio(ourBytes, theirs.bytes) : ''.padStart(9)).padStart(12)}${ratio(ours.heap, theirs.heap)}`,
      );
      console.log(`${''.padEnd(24)}Leaflet's first view ${kb(theirs.bytes).trim()} brotli`);
    }
  } else {
    console.log('\n(no Leaflet reference in target/: bench.sh builds it from ../shared/bench/leaflet-ref)');
  }
  console.log(
    `\n(${loads} loads each; paint = the draw call's own duration, rasterising included; longest task = longest main-thread task during the interaction, 0 when none over 50 ms; memory = JS heap + WebAssembly memory after load)`,
  );
} finally {
  await browser.close();
  await server.close();
  for (const referenceServer of Object.values(referenceServers)) await referenceServer.close();
}
