// A kiosk warns before it starts over: the last 20 seconds of its idle time are counted down
// on the screen, with a large button; a touch on it keeps what the visitor was looking at. Where
// the device has a voice for the language, the open story can be read aloud.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, waitForMap, testidAt, settled, layouts } from './support/harness.mjs';
import { browserSession } from './support/session.mjs';

const { server, browser, atlas } = await browserSession();

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

/** The first story about a visit, and the address of the kiosk open on it in `lang`. */
function storyOnKiosk(lang, atlas) {
  const story = atlas.stories.find((candidate) => candidate.subject.visit);
  return { story, address: `${server.url}?kiosk=1&idle=600&lang=${lang}&open=visit:${story.subject.visit}` };
}

test('a kiosk without a voice for the language shows no "read aloud" button', async () => {
  const page = await openPage(browser, layouts.kiosk.options);
  const { story, address } = storyOnKiosk('de', atlas);
  await page.goto(address);
  await waitForMap(page);
  await page.getByTestId(`story-${story.id}`).waitFor();
  // This machine has no speech voices: what a kiosk without them shows.
  assert.equal(await page.evaluate(() => speechSynthesis.getVoices().length), 0);
  await page.waitForTimeout(300);
  assert.equal(await page.getByTestId('read-aloud').count(), 0);
  await page.context().close();
});

test('with a voice on the device, the open story is read aloud in its language, and stops', async () => {
  const page = await openPage(browser, layouts.kiosk.options);
  // This machine's Chromium has no voices, so a device's are stood in for: a German one on the
  // device and an English one on the network (which an offline kiosk cannot use). Speaking is
  // noted instead of heard; what the atlas asks of the browser is what is checked.
  await page.addInitScript(() => {
    const voice = (name, lang, localService) =>
      Object.create(SpeechSynthesisVoice.prototype, {
        name: { value: name },
        lang: { value: lang },
        localService: { value: localService },
        voiceURI: { value: name },
        default: { value: false },
      });
    const voices = [voice('Anna', 'de-DE', true), voice('Cloud', 'en-US', false)];
    Object.defineProperty(SpeechSynthesisUtterance.prototype, 'voice', {
      get() {
        return this.chosenVoice ?? null;
      },
      set(chosen) {
        this.chosenVoice = chosen;
      },
    });
    const spoken = [];
    window[Symbol.for('spoken')] = spoken;
    speechSynthesis.getVoices = () => voices;
    speechSynthesis.speak = (utterance) => {
      spoken.push({ text: utterance.text, lang: utterance.lang, voice: utterance.voice?.name });
    };
    speechSynthesis.cancel = () => spoken.push('cancel');
  });
  const { story, address } = storyOnKiosk('de', atlas);
  await page.goto(address);
  await waitForMap(page);
  const button = page.getByTestId('read-aloud');
  await button.waitFor();
  assert.equal(await button.textContent(), 'Vorlesen');
  const box = await button.boundingBox();
  assert.ok(box.height >= 44 && box.width >= 44, `a kiosk-sized button (${box.width}×${box.height})`);
  const middle = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  assert.equal(await testidAt(page, middle), 'read-aloud', 'nothing covers it');
  await page.touchscreen.tap(middle.x, middle.y);
  const spoken = await page.evaluate(() => window[Symbol.for('spoken')].filter((entry) => entry !== 'cancel'));
  assert.equal(spoken.length, 1);
  assert.equal(spoken[0].voice, 'Anna', 'the voice on the device');
  assert.equal(spoken[0].lang, 'de-DE');
  assert.ok(spoken[0].text.startsWith(story.title.de), spoken[0].text);
  assert.ok(spoken[0].text.includes(story.text.de.slice(0, 40)), 'the whole story');
  assert.equal(await button.getAttribute('aria-pressed'), 'true');
  assert.equal(await button.textContent(), 'Vorlesen beenden');
  await page.touchscreen.tap(middle.x, middle.y);
  assert.equal(await button.getAttribute('aria-pressed'), 'false', 'a second touch stops it');
  assert.equal(await page.evaluate(() => window[Symbol.for('spoken')].at(-1)), 'cancel');

  // English has only a voice on the network here: no button.
  await page.getByTestId('lang-en').tap();
  await page.getByTestId(`story-${story.id}`).waitFor();
  await page.waitForTimeout(300);
  assert.equal(await page.getByTestId('read-aloud').count(), 0);
  await page.context().close();
});
