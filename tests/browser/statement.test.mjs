// The accessibility statement (public/accessibility.html with statement.js and statement.css):
// German by default, English with ?lang=en, the host's feedback contact from ?contact= shown
// only as a mailto: or https: link, the audit, a narrow screen, a strict Content-Security-Policy,
// and the app's link to it.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, openPage, axeViolations, dist, layouts, waitForMap, testidAt } from './support/harness.mjs';
import { browserSession } from './support/session.mjs';

const strictPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";

const { server, browser } = await browserSession();
const strict = await serve(dist, { headers: { 'content-security-policy': strictPolicy } });
after(() => strict.close());

const feedbackHeading = { de: 'Feedback und Kontaktangaben', en: 'Feedback and contact information' };
const noContactText = {
  de: 'Kontaktangaben der Website, auf der die Karte gezeigt wird',
  en: 'contact details of the website on which the map is shown',
};

/**
 * Opens the statement with these address parameters, recording console errors, Content-Security-
 * Policy violations and dialogs (an alert a hostile contact might raise) on the page.
 */
async function openStatement(parameters = {}, { origin = server.url, options } = {}) {
  const page = await openPage(browser, options);
  page.console = [];
  page.dialogs = [];
  page.on('console', (message) => {
    if (message.type() === 'error') page.console.push(message.text());
  });
  page.on('dialog', (dialog) => {
    page.dialogs.push(dialog.message());
    dialog.dismiss();
  });
  await page.context().addInitScript(() => {
    window.cspViolations = [];
    window.addEventListener(
      'securitypolicyviolation',
      (event) => window.cspViolations.push(`${event.violatedDirective}: ${event.blockedURI || 'inline'}`),
      true,
    );
  });
  const query = new URLSearchParams(parameters).toString();
  await page.goto(`${origin}accessibility.html${query ? `?${query}` : ''}`);
  return page;
}

/** The feedback section of the article in `lang`, as a reader finds it: the region named by its heading. */
const feedback = (page, lang = 'de') => page.getByRole('region', { name: feedbackHeading[lang], exact: true });

/** The links in the feedback section a reader can reach, each with its href and what it reads. */
async function feedbackLinks(page, lang = 'de') {
  const links = feedback(page, lang).getByRole('link');
  const found = [];
  for (const link of await links.all()) {
    found.push({ href: await link.getAttribute('href'), text: (await link.innerText()).trim() });
  }
  return found;
}

/** Which article shows, what the document says its language and title are. */
const shown = (page) =>
  page.evaluate(() => ({
    lang: document.documentElement.lang,
    title: document.title,
    visible: [...document.querySelectorAll('article')]
      .filter((article) => article.checkVisibility())
      .map((article) => article.lang),
  }));

for (const [name, parameters] of [
  ['German, the default', {}],
  ['German with a contact', { contact: 'redaktion@example.org' }],
  ['English with a contact page', { lang: 'en', contact: 'https://example.org/kontakt' }],
]) {
  test(`axe-core finds no accessibility violations in the statement: ${name}`, async () => {
    const page = await openStatement(parameters);
    assert.deepEqual(await axeViolations(page), []);
    await page.context().close();
  });
}

test('the statement is German by default, and English with ?lang=en, the German text hidden', async () => {
  const german = await openStatement();
  assert.deepEqual(await shown(german), {
    lang: 'de',
    title: 'Erklärung zur Barrierefreiheit – Partner Atlas',
    visible: ['de'],
  });
  assert.equal(await german.getByRole('heading', { level: 1 }).innerText(), 'Erklärung zur Barrierefreiheit');
  assert.equal(await german.locator('article[lang="en"]').isHidden(), true);
  await german.context().close();

  const english = await openStatement({ lang: 'en' });
  assert.deepEqual(await shown(english), {
    lang: 'en',
    title: 'Accessibility statement – Partner Atlas',
    visible: ['en'],
  });
  assert.equal(await english.getByRole('heading', { level: 1 }).innerText(), 'Accessibility statement');
  assert.equal(await english.locator('article[lang="de"]').isHidden(), true);
  assert.equal(await english.getByRole('heading', { name: 'Erklärung zur Barrierefreiheit' }).count(), 0);
  await english.context().close();
});

test('the language link switches the statement and keeps the other parameters', async () => {
  const page = await openStatement({ contact: 'redaktion@example.org' });
  await page.getByRole('link', { name: 'English', exact: true }).click();
  await page.waitForURL((url) => url.searchParams.get('lang') === 'en');
  assert.equal(new URL(page.url()).searchParams.get('contact'), 'redaktion@example.org');
  assert.deepEqual((await shown(page)).visible, ['en']);
  assert.deepEqual(await feedbackLinks(page, 'en'), [
    { href: 'mailto:redaktion@example.org', text: 'redaktion@example.org' },
  ]);

  await page.getByRole('link', { name: 'Deutsch', exact: true }).click();
  await page.waitForURL((url) => url.searchParams.get('lang') === 'de');
  assert.equal(new URL(page.url()).searchParams.get('contact'), 'redaktion@example.org');
  assert.deepEqual(await shown(page), {
    lang: 'de',
    title: 'Erklärung zur Barrierefreiheit – Partner Atlas',
    visible: ['de'],
  });
  await page.context().close();
});

test('an e-mail contact is shown as a mailto: link in the feedback section', async () => {
  const page = await openStatement({ contact: 'redaktion@example.org' });
  assert.deepEqual(await feedbackLinks(page), [
    { href: 'mailto:redaktion@example.org', text: 'redaktion@example.org' },
  ]);
  const link = feedback(page).getByRole('link', { name: 'redaktion@example.org', exact: true });
  assert.equal(await link.isVisible(), true);
  const text = await feedback(page).innerText();
  assert.ok(!text.includes(noContactText.de), 'the fallback sentence gives way to the contact');
  await page.context().close();
});

test('an https: contact page is shown as a link in the feedback section, in either language', async () => {
  for (const lang of ['de', 'en']) {
    const page = await openStatement({ lang, contact: 'https://example.org/kontakt' });
    assert.deepEqual(await feedbackLinks(page, lang), [
      { href: 'https://example.org/kontakt', text: 'https://example.org/kontakt' },
    ]);
    assert.ok(!(await feedback(page, lang).innerText()).includes(noContactText[lang]));
    await page.context().close();
  }
});

test('without a contact, the feedback section points to the website that shows the map, with no link', async () => {
  for (const lang of ['de', 'en']) {
    const page = await openStatement({ lang });
    assert.deepEqual(await feedbackLinks(page, lang), []);
    assert.ok((await feedback(page, lang).innerText()).includes(noContactText[lang]));
    await page.context().close();
  }
});

const hostile = [
  'javascript:alert(1)',
  'JavaScript:alert(document.domain)//@example.org',
  '<img src=x onerror=alert(1)>@x.de',
  '"><script src=x.js></script>@x.de',
  'http://x.example',
  'data:text/html,<b>hi</b>',
  'https://example.org@evil.example/',
  'https://exa mple.org/',
  'redaktion@example.org?cc=alle@example.org&body=x',
  'redaktion@example.org,andere@example.org',
  'redaktion@.example.org',
  'redaktion',
  '',
];

test('a hostile or malformed contact yields no link and no injected element', async () => {
  for (const contact of hostile) {
    const page = await openStatement({ contact });
    assert.deepEqual(await feedbackLinks(page), [], contact);
    assert.ok((await feedback(page).innerText()).includes(noContactText.de), contact);
    const found = await page.evaluate(() => ({
      injected: document.querySelectorAll('img, iframe, object, embed, form, svg').length,
      scripts: [...document.scripts].map((script) => script.getAttribute('src')),
      badLinks: [...document.querySelectorAll('a[href]')]
        .map((link) => new URL(link.href))
        .filter((url) => url.origin !== location.origin && url.protocol !== 'https:')
        .map((url) => url.href),
    }));
    assert.deepEqual(found, { injected: 0, scripts: ['./statement.js'], badLinks: [] }, contact);
    assert.deepEqual(page.dialogs, [], contact);
    await page.context().close();
  }
});

test('at 320px wide the statement fits without scrolling sideways, even with a long contact address', async () => {
  const page = await openStatement(
    { contact: 'https://www.example-landeshauptstadt.de/rathaus/buergerservice/barrierefreiheit/kontaktformular' },
    { options: { viewport: { width: 320, height: 640 }, isMobile: true, hasTouch: true } },
  );
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  assert.ok(width <= 320, `the page is ${width}px wide`);
  assert.equal(await feedback(page).getByRole('link').isVisible(), true);
  await page.context().close();
});

test('under a strict Content-Security-Policy the statement is styled and scripted, with no violation or error', async () => {
  const page = await openStatement({ lang: 'en', contact: 'redaktion@example.org' }, { origin: strict.url });
  assert.deepEqual((await shown(page)).visible, ['en'], 'statement.js ran');
  assert.deepEqual(await feedbackLinks(page, 'en'), [
    { href: 'mailto:redaktion@example.org', text: 'redaktion@example.org' },
  ]);
  const sea = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  assert.equal(sea, 'rgb(220, 232, 240)', 'statement.css applied');
  assert.deepEqual(
    {
      csp: await page.evaluate(() => window.cspViolations),
      console: page.console,
      errors: page.errors,
    },
    { csp: [], console: [], errors: [] },
  );
  await page.context().close();
});

test("the side bar's foot links to the statement in the reader's language with the host's contact, except on a kiosk", async () => {
  const page = await openPage(browser, layouts.desktop.options);
  await page.goto(`${server.url}?lang=en&contact=redaktion@example.org`);
  await waitForMap(page);
  const link = page.getByTestId('statement-link');
  assert.equal(await link.textContent(), 'Accessibility statement');
  const box = await link.boundingBox();
  assert.ok(box && box.height >= 24, `a tap target (${box?.height})`);
  assert.equal(
    await testidAt(page, { x: box.x + box.width / 2, y: box.y + box.height / 2 }),
    'statement-link',
    'nothing covers it',
  );
  const [statement] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
  await statement.waitForLoadState();
  assert.equal(await statement.locator('html').getAttribute('lang'), 'en');
  assert.deepEqual(await feedbackLinks(statement, 'en'), [
    { href: 'mailto:redaktion@example.org', text: 'redaktion@example.org' },
  ]);
  await page.context().close();

  const kiosk = await openPage(browser, layouts.kiosk.options);
  await kiosk.goto(`${server.url}?kiosk=1&idle=600&lang=de&contact=redaktion@example.org`);
  await waitForMap(kiosk);
  assert.equal(await kiosk.getByTestId('statement-link').count(), 0);
  await kiosk.context().close();
});
