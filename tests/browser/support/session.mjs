// One server and one browser for a test file: started as the file loads, closed after its tests.
import { after, afterEach } from 'node:test';
import { serve, launch, compiledAtlas, dist } from './harness.mjs';

/**
 * The site in `dist/`, headless Chromium and the compiled atlas, shared by a file's tests; the
 * pages a test opens are closed when it ends.
 *
 * `folder` and `mounts` serve another site instead, as `serve` does (a town's page with the
 * app at a sub-path); `server: false` starts none, for a file whose tests start and cut their own.
 */
export async function browserSession({ folder = dist, mounts = {}, server: serving = true } = {}) {
  const server = serving ? await serve(folder, { mounts }) : null;
  const browser = await launch();
  const atlas = await compiledAtlas();
  // Each test's pages close when it ends: left open, they go on drawing, and every later test
  // of the file shares the machine with them.
  afterEach(async () => {
    await Promise.all(browser.contexts().map((context) => context.close()));
  });
  after(async () => {
    await browser.close();
    await server?.close();
  });
  return { server, browser, atlas };
}
