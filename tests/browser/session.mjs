// One server and one browser for a test file: started as the file loads, closed after its tests.
import { after } from 'node:test';
import { serve, launch, compiledAtlas } from './harness.mjs';

/** The site in `dist/`, headless Chromium and the compiled atlas, shared by a file's tests. */
export async function browserSession() {
  const server = await serve();
  const browser = await launch();
  const atlas = await compiledAtlas();
  after(async () => {
    await browser.close();
    await server.close();
  });
  return { server, browser, atlas };
}
