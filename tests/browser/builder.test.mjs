// The embed builder (public/embed.html, embed-builder.js): a town's web editor finds the town as
// the app's search does, sees the choices on a live <partner-atlas> preview, and copies a
// snippet that, pasted into a blank page, shows that town. The form's words are German by
// default; the page passes axe; no value typed into the form reaches a snippet unescaped.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { serve, dist, openPage, waitForMap, axeViolations } from './support/harness.mjs';
import { browserSession } from './support/session.mjs';

const { server, browser, atlas } = await browserSession();
const origin = new URL(server.url).origin;

const KIND_ORDER = ['twin_town', 'friendship', 'contact', 'project_partnership', 'cooperation', 'letter_of_intent'];
const atlasKinds = KIND_ORDER.filter((kind) => atlas.ties.some((tie) => tie.kind === kind));
const placeOf = (id) => atlas.places.find((place) => place.id === id);

/** The builder, once it has read the atlas's places. */
async function openBuilder(query = '', options = {}) {
  const page = await openPage(browser, options);
  await page.goto(`${server.url}embed.html${query}`);
  await page.locator('form[data-ready="true"]').waitFor();
  return page;
}

/** The place ids of the suggestions shown for `text`, in order. */
async function suggestionsFor(page, text) {
  const input = page.getByTestId('town-input');
  await input.fill('');
  await input.fill(text);
  await page.getByTestId('town-options').waitFor();
  return page
    .getByTestId('town-option')
    .evaluateAll((options) => options.map((option) => option.dataset.place))
    .then((ids) => ids.filter(Boolean));
}

const snippet = (page, which) => page.getByTestId(`snippet-${which}`).inputValue();

/** Waits until the preview element's attribute is `value` (null: absent); the preview follows the form after a pause. */
function previewAttribute(page, name, value) {
  return page.waitForFunction(
    ([name, value]) => document.querySelector('[data-testid="preview"]').getAttribute(name) === value,
    [name, value],
    { timeout: 5000 },
  );
}

/** The snippet parsed as HTML in the page, as a browser would read it once pasted. */
function parsed(page, html) {
  return page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(`<!doctype html><body>${text}`, 'text/html');
    const attributes = (element) =>
      element
        ? Object.fromEntries([...element.attributes].map((attribute) => [attribute.name, attribute.value]))
        : null;
    return {
      elements: [...doc.body.querySelectorAll('*')].map((element) => element.localName),
      scripts: [...doc.querySelectorAll('script')].map((script) => script.getAttribute('src')),
      atlas: attributes(doc.querySelector('partner-atlas')),
      link: doc.querySelector('partner-atlas > a')?.getAttribute('href') ?? null,
      iframe: attributes(doc.querySelector('iframe')),
    };
  }, html);
}

test('typing "osnabr" shows Osnabrück first; choosing it sets the preview\'s focus and the snippets', async () => {
  const page = await openBuilder();
  assert.equal(await page.getByTestId('town-chosen').textContent(), 'Ganzer Atlas', 'the whole atlas by default');
  assert.match(await snippet(page, 'tag'), /<partner-atlas lang="de">/, 'no focus while no town is chosen');

  const found = await suggestionsFor(page, 'osnabr');
  assert.equal(found[0], 'osnabrueck', `suggestions: ${found}`);
  assert.match(await page.getByTestId('town-option').first().textContent(), /^Osnabrück.*Niedersachsen, Deutschland/);

  // As the app's search: umlauts spelled out, other scripts, German places first.
  assert.equal((await suggestionsFor(page, 'Osnabrueck'))[0], 'osnabrueck');
  assert.equal((await suggestionsFor(page, '合肥'))[0], 'hefei');
  assert.equal((await suggestionsFor(page, '광명'))[0], 'gwangmyeong');
  const mixed = await suggestionsFor(page, 'ku');
  const german = mixed.map((id) => placeOf(id).country === 'DE');
  assert.ok(german.includes(true) && german.includes(false), `"ku" finds places in and outside Germany: ${mixed}`);
  assert.deepEqual(
    german,
    [...german].sort((x, y) => Number(y) - Number(x)),
    `German places first: ${mixed}`,
  );

  // Chosen with the keyboard.
  await suggestionsFor(page, 'osnabr');
  await page.keyboard.press('ArrowDown');
  assert.equal(
    await page.getByTestId('town-input').getAttribute('aria-activedescendant'),
    await page.getByTestId('town-option').first().getAttribute('id'),
  );
  await page.keyboard.press('Enter');
  assert.ok(await page.getByTestId('town-options').isHidden(), 'the list closes');
  assert.equal(await page.getByTestId('town-input').inputValue(), 'Osnabrück');
  assert.equal(await page.getByTestId('town-chosen').textContent(), 'Osnabrück (Niedersachsen, Deutschland)');
  await previewAttribute(page, 'focus', 'osnabrueck');
  const tag = await snippet(page, 'tag');
  assert.match(tag, /<partner-atlas focus="osnabrueck" lang="de">/);
  assert.ok(tag.includes(`<script src="${server.url}embed.js" defer></script>`), tag);
  assert.ok(tag.includes(`<a href="${server.url}?focus=osnabrueck&amp;lang=de">`), tag);
  assert.ok((await snippet(page, 'iframe')).includes(`src="${server.url}?embed=1&amp;focus=osnabrueck&amp;lang=de"`));

  // Chosen with a click (a tap on a phone), then back to the whole atlas.
  await suggestionsFor(page, '合肥');
  await page.getByTestId('town-option').first().click();
  await previewAttribute(page, 'focus', 'hefei');
  assert.match(await snippet(page, 'tag'), /focus="hefei"/);
  await page.getByTestId('town-clear').click();
  await previewAttribute(page, 'focus', null);
  assert.doesNotMatch(await snippet(page, 'tag'), /focus=/);
  assert.deepEqual(page.errors, []);
});

/** A blank page of the same site holding only `html`, and the atlas in its frame once drawn. */
async function pasted(context, html, selector) {
  const host = await context.newPage();
  host.errors = [];
  host.on('pageerror', (error) => host.errors.push(error.message));
  await host.route(`${server.url}host-blank.html`, (route) =>
    route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang=de><body>${html}</body></html>` }),
  );
  await host.goto(`${server.url}host-blank.html`);
  const element = host.locator(selector);
  await element.scrollIntoViewIfNeeded();
  const frame = await (await element.elementHandle()).contentFrame();
  await waitForMap(frame);
  return { host, frame };
}

test('the copied snippets, pasted into a blank page, show the chosen town: one tag and an iframe', async () => {
  const page = await openBuilder();
  const context = page.context();
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await suggestionsFor(page, 'osnabr');
  await page.getByTestId('town-option').first().click();
  await page.getByTestId('town-chosen').getByText('Osnabrück').waitFor();

  const copied = async (which) => {
    const button = page.getByTestId(`copy-${which}`);
    assert.equal(await button.textContent(), 'Kopieren');
    await page.evaluate(() => navigator.clipboard.writeText('(nichts kopiert)'));
    await button.click();
    await page.waitForFunction(
      (id) => document.querySelector(`[data-testid="${id}"]`).textContent === 'Kopiert ✓',
      `copy-${which}`,
    );
    const text = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(text, await snippet(page, which), 'the clipboard holds the snippet');
    return text;
  };

  const tag = await copied('tag');
  assert.match(tag, /focus="osnabrueck"/);
  const one = await pasted(context, tag, 'partner-atlas iframe');
  assert.equal(await one.frame.evaluate(() => window.partnerAtlas.selected()), 'place:osnabrueck');
  await one.frame.getByTestId('panel').waitFor();
  assert.equal(await one.frame.getByTestId('panel-title').textContent(), 'Osnabrück');
  assert.equal(await one.frame.evaluate(() => document.documentElement.lang), 'de');
  assert.deepEqual(one.host.errors, []);

  const iframe = await copied('iframe');
  const two = await pasted(context, iframe, 'iframe');
  assert.equal(await two.frame.evaluate(() => window.partnerAtlas.selected()), 'place:osnabrueck');
  await two.frame.getByTestId('panel').waitFor();
  assert.equal(await two.frame.getByTestId('panel-title').textContent(), 'Osnabrück');
  assert.equal((await two.host.locator('iframe').boundingBox()).height, 560, 'the iframe without a height of its own');
  assert.deepEqual(two.host.errors, []);

  // The button says it copied, for two seconds.
  await page.waitForFunction(
    () => document.querySelector('[data-testid="copy-tag"]').textContent === 'Kopieren',
    null,
    {
      timeout: 4000,
    },
  );
  assert.deepEqual(page.errors, []);
});

test('language, kinds, colours, height and touch reach the snippets and the preview; ?lang=en speaks English', async () => {
  const page = await openBuilder();
  const labels = await page.getByTestId('kinds').locator('label').allTextContents();
  assert.equal(labels.length, atlasKinds.length, 'one checkbox per kind the atlas holds');
  assert.match(labels[0], /^Partnerschaft \(\d+\)$/);

  await page.getByTestId('lang').selectOption('en');
  await page.getByTestId('kind-friendship').uncheck();
  const kinds = atlasKinds.filter((kind) => kind !== 'friendship').join(',');
  let tag = await snippet(page, 'tag');
  assert.match(tag, new RegExp(`<partner-atlas lang="en" kinds="${kinds}">`));
  assert.match(tag, /map of city partnerships<\/a>/, "the fallback link speaks the map's language");
  const iframe = await snippet(page, 'iframe');
  assert.ok(iframe.includes(`&amp;lang=en&amp;kinds=${kinds}"`), iframe);
  assert.match(iframe, /title="Partner Atlas: map of city partnerships"/);
  await previewAttribute(page, 'lang', 'en');
  await previewAttribute(page, 'kinds', kinds);

  // Every kind checked again: no kinds attribute; none checked says so and shows all.
  await page.getByTestId('kind-friendship').check();
  assert.doesNotMatch(await snippet(page, 'tag'), /kinds=/);
  await previewAttribute(page, 'kinds', null);
  for (const kind of atlasKinds) await page.getByTestId(`kind-${kind}`).uncheck();
  assert.ok(await page.getByTestId('kinds-warning').isVisible());
  assert.doesNotMatch(await snippet(page, 'tag'), /kinds=/);
  for (const kind of atlasKinds) await page.getByTestId(`kind-${kind}`).check();

  // Colours: set, encoded in the iframe's URL, reset; a poor contrast is warned of.
  assert.equal(await page.getByTestId('contrast-warning').textContent(), '');
  await page.getByTestId('colour-accent').fill('#0a6e4f');
  await page.getByTestId('colour-ink').fill('#999999');
  tag = await snippet(page, 'tag');
  assert.match(tag, /accent="#0a6e4f" ink="#999999"/);
  assert.match(await snippet(page, 'iframe'), /accent=%230a6e4f&amp;ink=%23999999/);
  assert.match(await page.getByTestId('contrast-warning').textContent(), /2,8\d:1.*4,5:1/);
  await previewAttribute(page, 'accent', '#0a6e4f');
  await page.getByTestId('colour-ink-reset').click();
  assert.doesNotMatch(await snippet(page, 'tag'), /ink=/);
  assert.equal(await page.getByTestId('contrast-warning').textContent(), '');
  await previewAttribute(page, 'ink', null);

  // Height: automatic by default (and 560px in the iframe, with a note), or fixed.
  assert.doesNotMatch(await snippet(page, 'tag'), /height=/);
  assert.match(await snippet(page, 'iframe'), /height:560px/);
  assert.ok(await page.getByTestId('iframe-note').isVisible());
  await page.getByTestId('height-fixed').check();
  await page.getByTestId('height-px').fill('600');
  assert.match(await snippet(page, 'tag'), /height="600px"/);
  assert.match(await snippet(page, 'iframe'), /height:600px/);
  assert.ok(await page.getByTestId('iframe-note').isHidden());
  await previewAttribute(page, 'height', '600px');
  await page.getByTestId('height-px').fill('100');
  assert.match(await page.getByTestId('height-error').textContent(), /320/);
  assert.match(await snippet(page, 'tag'), /height="320px"/);

  // Touch: one finger scrolls the page unless unticked.
  await page.getByTestId('guard').uncheck();
  assert.match(await snippet(page, 'tag'), / guard="off">/);
  assert.match(await snippet(page, 'iframe'), /&amp;guard=off"/);
  await previewAttribute(page, 'guard', 'off');

  // Preview width: a narrow column of 360px.
  await page.getByTestId('width-narrow').check();
  await page.waitForFunction(
    () => document.querySelector('[data-testid="preview"]').getBoundingClientRect().width === 360,
  );
  assert.deepEqual(page.errors, []);

  const english = await openBuilder('?lang=en');
  assert.equal(await english.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await english.title(), 'Embed the Partner Atlas');
  assert.equal(await english.locator('h1').textContent(), 'Embed the Partner Atlas');
  assert.match((await english.getByTestId('kinds').locator('label').allTextContents())[1], /^Friendship/);
  assert.equal(await english.getByTestId('copy-tag').textContent(), 'Copy');
  assert.match(await snippet(english, 'tag'), /lang="de"/, 'the map is German unless chosen otherwise');
  assert.deepEqual(english.errors, []);
});

test('axe-core finds no accessibility violations in the builder, with its suggestions open or a town chosen', async () => {
  const page = await openBuilder();
  assert.equal(await page.title(), 'Partner Atlas einbetten');
  assert.deepEqual(await axeViolations(page), []);
  await suggestionsFor(page, 'osnabr');
  await page.keyboard.press('ArrowDown');
  assert.deepEqual(await axeViolations(page), [], 'with the list of suggestions open');
  await page.keyboard.press('Enter');
  await page.getByTestId('contact').fill('nicht gültig');
  await page.getByTestId('colour-ink').fill('#999999');
  assert.deepEqual(await axeViolations(page), [], 'with a town chosen, an error and a warning');
  const phone = await openBuilder('?lang=en', {
    viewport: { width: 390, height: 844 },
    hasTouch: true,
    isMobile: true,
  });
  assert.deepEqual(await axeViolations(phone), [], 'on a phone, in English');
});

test('a hostile contact never reaches a snippet unescaped; a valid one is written escaped', async () => {
  const page = await openBuilder();
  const contact = page.getByTestId('contact');
  const hostile = [
    '"><script>alert(1)</script>@example.org',
    'https://example.org/" onload="alert(1)',
    "https://example.org/'><img src=x onerror=alert(1)>",
    'javascript:alert(1)//@example.org',
    'redaktion@example.org"><iframe src=//evil.example>',
    '<svg onload=alert(1)>',
  ];
  for (const value of hostile) {
    await contact.fill(value);
    assert.ok(await page.getByTestId('contact-error').isVisible(), `${value} is refused`);
    assert.equal(await contact.getAttribute('aria-invalid'), 'true');
    for (const which of ['tag', 'iframe']) {
      const html = await snippet(page, which);
      assert.doesNotMatch(html, /contact|alert|onload|onerror|evil/, `${which}: ${html}`);
      const read = await parsed(page, html);
      assert.deepEqual(read.elements, which === 'tag' ? ['script', 'partner-atlas', 'a'] : ['iframe'], which);
    }
  }

  // Valid, with a character HTML must escape: written as &amp; and read back as it was typed.
  const form = 'https://example.org/kontakt?thema=atlas&von=stadt';
  await contact.fill(` ${form} `);
  assert.ok(await page.getByTestId('contact-error').isHidden());
  assert.equal(await contact.getAttribute('aria-invalid'), 'false');
  const tag = await snippet(page, 'tag');
  assert.ok(tag.includes(' contact="https://example.org/kontakt?thema=atlas&amp;von=stadt"'), tag);
  const read = await parsed(page, tag);
  assert.deepEqual(read.elements, ['script', 'partner-atlas', 'a']);
  assert.deepEqual(read.scripts, [`${server.url}embed.js`]);
  assert.equal(read.atlas.contact, form);
  const iframe = await parsed(page, await snippet(page, 'iframe'));
  assert.equal(new URL(iframe.iframe.src).searchParams.get('contact'), form);
  await previewAttribute(page, 'contact', form);

  await contact.fill('redaktion@example.org');
  assert.match(await snippet(page, 'tag'), / contact="redaktion@example.org"/);
  assert.match(await snippet(page, 'iframe'), /&amp;contact=redaktion@example.org"/);
  await contact.fill('');
  assert.doesNotMatch(await snippet(page, 'tag'), /contact=/);
  await previewAttribute(page, 'contact', null);
  assert.deepEqual(page.errors, []);
});

test('under a strict Content-Security-Policy the builder, its preview and the atlas in it run with no violation', async () => {
  const policy =
    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
    "connect-src 'self'; frame-src 'self'";
  const strict = await serve(dist, { headers: { 'content-security-policy': policy } });
  try {
    const page = await openPage(browser);
    await page.context().addInitScript(() => {
      window.cspViolations = [];
      window.addEventListener('securitypolicyviolation', (event) =>
        window.cspViolations.push(`${event.violatedDirective}: ${event.blockedURI || 'inline'}`),
      );
    });
    await page.goto(`${strict.url}embed.html`);
    await page.locator('form[data-ready="true"]').waitFor();
    await suggestionsFor(page, 'osnabr');
    await page.keyboard.press('Enter');
    await page.getByTestId('colour-accent').fill('#0a6e4f');
    await previewAttribute(page, 'accent', '#0a6e4f');
    const frame = await (await page.locator('partner-atlas iframe').elementHandle()).contentFrame();
    await waitForMap(frame);
    assert.equal(await frame.evaluate(() => window.partnerAtlas.selected()), 'place:osnabrueck');
    const styled = await page.getByTestId('copy-tag').evaluate((button) => getComputedStyle(button).minHeight);
    assert.equal(styled, '44px', "the builder's stylesheet applies");
    for (const target of [page, frame]) {
      assert.deepEqual(await target.evaluate(() => window.cspViolations), [], target.url());
    }
    // The recorder works: an inline style is refused, and that is seen.
    await page.evaluate(() =>
      document.head.append(Object.assign(document.createElement('style'), { textContent: 'p {}' })),
    );
    await page.waitForFunction(() => window.cspViolations.length > 0);
    assert.deepEqual(page.errors, []);
  } finally {
    await strict.close();
  }
});
