// Partner Atlas embed builder (embed.html): a form for a town's web editor that chooses the
// town, language, kinds of tie, colours, height, feedback contact and touch behaviour; shows
// them live on a real <partner-atlas> element (embed.js) and writes the two snippets to copy,
// one tag and a plain iframe.
//
// A classic script with no global of its own. It reads the compiled atlas (./atlas.json) for
// its places and kinds, and puts every text from it into the page as text, never as markup.
// The page's words are German, or English with `?lang=en`.
(() => {
  // ---------------------------------------------------------------------------------------
  // Words

  const WORDS = {
    de: {
      pageTitle: 'Partner Atlas einbetten',
      skip: 'Zu den Ausschnitten springen',
      title: 'Partner Atlas einbetten',
      intro:
        'Stellen Sie die Karte für Ihre Website zusammen: Ort, Sprache, Arten der Verbindung, Farben und Höhe. Die Vorschau zeigt die Karte so, wie Ihre Leserinnen und Leser sie sehen; darunter steht der Code zum Kopieren.',
      uiLang: 'Sprache dieser Seite',
      otherLang: 'English',
      otherLangCode: 'en',
      settings: 'Einstellungen',
      town: 'Ort',
      townPlaceholder: 'z. B. Osnabrück, 合肥, 광명',
      townHint: 'Name in jeder Schreibweise und Schrift; leer lassen für den ganzen Atlas.',
      chosen: 'Gewählt:',
      wholeAtlas: 'Ganzer Atlas',
      wholeAtlasOption: 'Ganzer Atlas (kein Ort)',
      wholeAtlasButton: 'Ganzen Atlas zeigen',
      noMatch: 'Kein Ort gefunden',
      ties: (count) => (count === 0 ? 'keine Verbindung' : count === 1 ? '1 Verbindung' : `${count} Verbindungen`),
      loading: 'Die Orte des Atlas werden geladen …',
      loadFailed: 'Die Orte des Atlas konnten nicht geladen werden; der ganze Atlas lässt sich trotzdem einbetten.',
      language: 'Sprache der Karte',
      kinds: 'Arten der Verbindung',
      kindsNone: 'Keine Art gewählt: die Karte zeigt dann alle.',
      kind: {
        twin_town: 'Partnerschaft',
        friendship: 'Freundschaft',
        contact: 'Kontakt',
        project_partnership: 'Projektpartnerschaft',
        cooperation: 'Kooperation',
        letter_of_intent: 'Absichtserklärung',
      },
      colours: 'Farben',
      coloursHint: 'Ohne eigene Farbe gelten die des Atlas.',
      colour: {
        accent: 'Akzent (Links, Schaltflächen)',
        ink: 'Schrift',
        paper: 'Papier (Leisten, Tafeln)',
        sea: 'Meer',
        land: 'Land',
      },
      colourDefault: 'Standard',
      colourReset: 'Zurücksetzen',
      colourResetLabel: (name) => `${name}: zurücksetzen`,
      contrast: (ratio) =>
        `Schrift und Papier haben nur einen Kontrast von ${ratio}:1; für gut lesbaren Text sind mindestens 4,5:1 nötig.`,
      height: 'Höhe',
      heightAuto: 'automatisch (passt sich an)',
      heightFixed: 'feste Höhe',
      heightPx: 'Höhe in Pixeln',
      heightTooLow: 'Mindestens 320 px; der Code verwendet 320 px.',
      heightInvalid: 'Bitte eine Zahl eingeben; der Code verwendet 480 px.',
      contact: 'Kontakt für Rückmeldungen (optional)',
      contactHint:
        'Eine E-Mail-Adresse oder eine https://-Adresse. Die Erklärung zur Barrierefreiheit und Korrekturhinweise nennen sie.',
      contactInvalid:
        'Keine gültige E-Mail-Adresse oder https://-Adresse (ohne Leerzeichen, Anführungszeichen und spitze Klammern); der Code lässt den Kontakt weg.',
      guard: 'Auf Touch-Geräten scrollt ein Finger die Seite',
      guardHint:
        'Zwei Finger bewegen und zoomen dann die Karte, das Mausrad mit Strg. Ohne Haken bewegt schon ein Finger die Karte und das Mausrad zoomt: für Seiten, die nicht scrollen.',
      preview: 'Vorschau',
      width: 'Breite',
      widthWide: 'Breite Spalte',
      widthNarrow: 'Schmale Spalte 360 px',
      code: 'Code für Ihre Seite',
      tag: 'Ein Element (empfohlen)',
      tagHint: 'Für Seiten, die ein Skript erlauben. Ohne Skript sehen Leserinnen und Leser einen Link zum Atlas.',
      iframe: 'Als iframe',
      iframeHint: 'Für Redaktionssysteme, die kein Skript erlauben.',
      iframeAuto:
        'Ein iframe kann seine Höhe nicht selbst bestimmen: hier 560 px. Die README des Atlas gibt ein paar Zeilen Skript, mit denen sich auch ein einfaches iframe seiner Höhe anpasst.',
      copy: 'Kopieren',
      copied: 'Kopiert ✓',
      copiedStatus: 'Der Code ist in der Zwischenablage.',
      copyFailed: 'Bitte den markierten Code mit Strg+C (⌘+C) kopieren.',
    },
    en: {
      pageTitle: 'Embed the Partner Atlas',
      skip: 'Skip to the code',
      title: 'Embed the Partner Atlas',
      intro:
        'Put the map together for your website: town, language, kinds of tie, colours and height. The preview shows the map as your readers will see it; the code to copy is below.',
      uiLang: 'Language of this page',
      otherLang: 'Deutsch',
      otherLangCode: 'de',
      settings: 'Settings',
      town: 'Town',
      townPlaceholder: 'e.g. Osnabrück, 合肥, 광명',
      townHint: 'Any spelling, any script; leave empty for the whole atlas.',
      chosen: 'Chosen:',
      wholeAtlas: 'Whole atlas',
      wholeAtlasOption: 'Whole atlas (no town)',
      wholeAtlasButton: 'Show the whole atlas',
      noMatch: 'No place found',
      ties: (count) => (count === 0 ? 'no ties' : count === 1 ? '1 tie' : `${count} ties`),
      loading: 'Loading the atlas’s places …',
      loadFailed: 'The atlas’s places could not be loaded; the whole atlas can still be embedded.',
      language: 'Language of the map',
      kinds: 'Kinds of tie',
      kindsNone: 'No kind chosen: the map will show all of them.',
      kind: {
        twin_town: 'Twinning',
        friendship: 'Friendship',
        contact: 'Contact',
        project_partnership: 'Project partnership',
        cooperation: 'Cooperation',
        letter_of_intent: 'Letter of intent',
      },
      colours: 'Colours',
      coloursHint: 'Without a colour of your own, the atlas’s apply.',
      colour: {
        accent: 'Accent (links, buttons)',
        ink: 'Text',
        paper: 'Paper (bars, panels)',
        sea: 'Sea',
        land: 'Land',
      },
      colourDefault: 'default',
      colourReset: 'Reset',
      colourResetLabel: (name) => `${name}: reset`,
      contrast: (ratio) => `Text and paper have a contrast of only ${ratio}:1; readable text needs at least 4.5:1.`,
      height: 'Height',
      heightAuto: 'automatic (adapts itself)',
      heightFixed: 'fixed height',
      heightPx: 'Height in pixels',
      heightTooLow: 'At least 320 px; the code uses 320 px.',
      heightInvalid: 'Please enter a number; the code uses 480 px.',
      contact: 'Contact for feedback (optional)',
      contactHint:
        'An e-mail address or an https:// address. The accessibility statement and correction reports name it.',
      contactInvalid:
        'Not a valid e-mail address or https:// address (no spaces, quotation marks or angle brackets); the code leaves the contact out.',
      guard: 'On touch screens one finger scrolls the page',
      guardHint:
        'Two fingers then move and zoom the map, the wheel with Ctrl. Unticked, one finger moves the map and the wheel zooms it: for pages that do not scroll.',
      preview: 'Preview',
      width: 'Width',
      widthWide: 'Wide column',
      widthNarrow: 'Narrow column 360 px',
      code: 'Code for your page',
      tag: 'One element (recommended)',
      tagHint: 'For pages that allow a script. Without script, readers see a link to the atlas.',
      iframe: 'As an iframe',
      iframeHint: 'For content systems that allow no script.',
      iframeAuto:
        'An iframe cannot choose its own height: here 560 px. The atlas’s README gives a few lines of script that let a plain iframe size itself.',
      copy: 'Copy',
      copied: 'Copied ✓',
      copiedStatus: 'The code is on the clipboard.',
      copyFailed: 'Please copy the selected code with Ctrl+C (⌘+C).',
    },
  };

  const UI = new URLSearchParams(location.search).get('lang') === 'en' ? 'en' : 'de';
  const words = WORDS[UI];

  /** The frame's accessible name and the fallback link's text, by the map's language: embed.js's own. */
  const TITLES = customElements.get('partner-atlas').titles;
  const KINDS = ['twin_town', 'friendship', 'contact', 'project_partnership', 'cooperation', 'letter_of_intent'];
  /** The atlas's own colours (public/style.css, src/palette.rs), shown while a colour is unset. */
  const DEFAULT_COLOURS = { accent: '#1d4ed8', ink: '#111827', paper: '#ffffff', sea: '#dce8f0', land: '#f8f6f1' };
  const COLOURS = Object.keys(DEFAULT_COLOURS);
  /** The element's attributes, in the order the snippet writes them. */
  const ATTRIBUTES = ['focus', 'lang', 'kinds', ...COLOURS, 'height', 'contact', 'guard'];
  const MIN_HEIGHT = 320;
  const AUTO_IFRAME_HEIGHT = 560;
  const SUGGESTIONS = 8;

  /** The atlas folder, without a trailing slash: `https://example.org/atlas`. */
  const BASE = new URL('./', location.href).href.replace(/\/+$/, '');

  const $ = (id) => document.getElementById(id);

  // ---------------------------------------------------------------------------------------
  // Search, as the app's (src/explore/fold.rs, search.rs)

  const SPELLED = { ß: 'ss', ẞ: 'ss', đ: 'd', Đ: 'd', ð: 'd', Ð: 'd', ı: 'i', ø: 'o', Ø: 'o', æ: 'ae', Æ: 'ae' };
  Object.assign(SPELLED, { œ: 'oe', Œ: 'oe', ł: 'l', Ł: 'l', þ: 'th', Þ: 'th' });
  const COMBINING = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/;
  const KANA_VOICING = /[\u3099\u309a]/;
  const APOSTROPHES = /['’ʼ‘`]/;
  const WORD_CHARACTER = /[\p{L}\p{N}]/u;
  const CJK =
    /[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f]|[\u{20000}-\u{2fa1f}]/u;

  /** Lowercase, accents dropped, `ß` as `ss`; umlauts as `ae`, `oe`, `ue` when `umlauts` is set. */
  function fold(text, umlauts) {
    let out = '';
    for (const c of String(text).normalize('NFD')) {
      if (c === '\u0308' && umlauts && /[aou]$/.test(out)) out += 'e';
      else if (KANA_VOICING.test(c)) out += c;
      else if (COMBINING.test(c) || APOSTROPHES.test(c)) continue;
      else if (SPELLED[c]) out += SPELLED[c];
      else if (WORD_CHARACTER.test(c)) out += c.toLowerCase();
      else if (out && !out.endsWith(' ')) out += ' ';
    }
    return out.trimEnd();
  }

  /** The folded forms of a text: plain, and with umlauts written out where that differs. */
  function foldedForms(text) {
    return [...new Set([fold(text, false), fold(text, true)])].filter(Boolean);
  }

  /** How well `name` matches `query` (both folded): 0 exact, 1 prefix, 2 a later word's prefix, 3 inside; or null. */
  function matchOf(query, name, substrings) {
    if (name === query) return 0;
    if (name.startsWith(query)) return 1;
    for (let space = name.indexOf(' '); space >= 0; space = name.indexOf(' ', space + 1)) {
      if (name.startsWith(query, space + 1)) return 2;
    }
    if (substrings && name.includes(query)) return 3;
    return null;
  }

  // ---------------------------------------------------------------------------------------
  // The atlas's places

  /** Places as { id, country, division, population, ties, label, meta, names: [{ written, forms }] }. */
  let places = [];
  const placeById = new Map();

  let regionNames = null;
  try {
    regionNames = new Intl.DisplayNames([UI], { type: 'region' });
  } catch {
    regionNames = null;
  }
  const countryName = (code) => {
    try {
      return regionNames?.of(code) ?? code;
    } catch {
      return code;
    }
  };

  function indexAtlas(atlas) {
    const ties = new Map();
    for (const tie of atlas.ties ?? []) {
      for (const end of [tie.a, tie.b]) ties.set(end, (ties.get(end) ?? 0) + 1);
    }
    const divisions = new Map();
    for (const division of atlas.divisions ?? []) {
      divisions.set(`${division.country}|${division.name}`, division.names ?? {});
    }
    places = (atlas.places ?? []).map((place) => {
      const names = place.names ?? {};
      const written = [names.de, names.en, names.native, names.zh, names.ko, names.ja, ...(names.alternates ?? [])]
        .filter((name) => typeof name === 'string' && name.trim())
        .filter((name, index, all) => all.indexOf(name) === index);
      const label = names[UI] || names.en || names.de || place.id;
      const division = place.division
        ? divisions.get(`${place.country}|${place.division}`)?.[UI] || place.division
        : null;
      const where = [division, countryName(place.country)]
        .filter((part, index, all) => part && part !== label && all.indexOf(part) === index)
        .join(', ');
      const count = ties.get(place.id) ?? 0;
      return {
        id: place.id,
        german: place.country === 'DE',
        ties: count,
        population: place.population ?? 0,
        label,
        where,
        names: written.map((name) => ({ written: name, forms: foldedForms(name) })),
      };
    });
    for (const place of places) placeById.set(place.id, place);
  }

  /**
   * Up to `limit` places whose names match `query`, in any script and spelling: German places
   * first, then by how well the name matches, then by the number of ties, then by size.
   */
  function suggest(query, limit = SUGGESTIONS) {
    const text = query.trim();
    const forms = foldedForms(text);
    if (!forms.length) return [];
    const substrings = [...text].length >= 2 || CJK.test(text);
    const found = [];
    for (const place of places) {
      let best = null;
      let matched = null;
      for (const name of place.names) {
        for (const form of forms) {
          for (const nameForm of name.forms) {
            const quality = matchOf(form, nameForm, substrings);
            if (quality !== null && (best === null || quality < best)) {
              best = quality;
              matched = name.written;
            }
          }
        }
      }
      if (best !== null) found.push({ place, quality: best, matched });
    }
    found.sort(
      (x, y) =>
        Number(y.place.german) - Number(x.place.german) ||
        x.quality - y.quality ||
        y.place.ties - x.place.ties ||
        y.place.population - x.place.population ||
        x.place.label.localeCompare(y.place.label),
    );
    return found.slice(0, limit);
  }

  // ---------------------------------------------------------------------------------------
  // The page's words

  function translatePage() {
    document.documentElement.lang = UI;
    document.title = words.pageTitle;
    for (const element of document.querySelectorAll('[data-t]')) {
      const text = words[element.dataset.t];
      if (typeof text === 'string') element.textContent = text;
    }
    for (const element of document.querySelectorAll('[data-t-placeholder]')) {
      element.placeholder = words[element.dataset.tPlaceholder];
    }
    for (const element of document.querySelectorAll('[data-t-label]')) {
      element.setAttribute('aria-label', words[element.dataset.tLabel]);
    }
    const other = $('ui-lang-switch');
    other.lang = words.otherLangCode;
    other.hreflang = words.otherLangCode;
    other.href = UI === 'en' ? location.pathname : '?lang=en';
  }

  // ---------------------------------------------------------------------------------------
  // The form

  const form = $('builder');
  const townInput = $('town');
  const townOptions = $('town-options');
  const preview = $('preview');

  /** The chosen place, or null for the whole atlas. */
  let chosen = null;

  function buildKinds(present) {
    const box = $('kinds');
    box.replaceChildren();
    for (const kind of KINDS.filter((kind) => present.has(kind))) {
      const row = document.createElement('div');
      row.className = 'check';
      const input = document.createElement('input');
      input.type = 'checkbox';
      input.id = `kind-${kind}`;
      input.value = kind;
      input.checked = true;
      input.dataset.testid = `kind-${kind}`;
      const label = document.createElement('label');
      label.htmlFor = input.id;
      label.textContent = words.kind[kind];
      const count = document.createElement('span');
      count.className = 'count';
      count.textContent = ` (${present.get(kind)})`;
      label.append(count);
      row.append(input, label);
      box.append(row);
    }
  }

  function buildColours() {
    const box = $('colours');
    for (const name of COLOURS) {
      const row = document.createElement('div');
      row.className = 'colour';
      row.dataset.set = 'false';
      const label = document.createElement('label');
      label.htmlFor = `colour-${name}`;
      label.textContent = words.colour[name];
      const input = document.createElement('input');
      input.type = 'color';
      input.id = `colour-${name}`;
      input.value = DEFAULT_COLOURS[name];
      input.dataset.testid = `colour-${name}`;
      input.dataset.colour = name;
      const value = document.createElement('span');
      value.className = 'colour-value';
      value.id = `colour-${name}-value`;
      value.dataset.testid = `colour-${name}-value`;
      input.setAttribute('aria-describedby', value.id);
      const reset = document.createElement('button');
      reset.type = 'button';
      reset.className = 'small';
      reset.textContent = words.colourReset;
      reset.setAttribute('aria-label', words.colourResetLabel(words.colour[name]));
      reset.dataset.testid = `colour-${name}-reset`;
      reset.addEventListener('click', () => {
        input.value = DEFAULT_COLOURS[name];
        row.dataset.set = 'false';
        changed();
        input.focus();
      });
      input.addEventListener('input', () => {
        row.dataset.set = 'true';
      });
      row.append(label, input, value, reset);
      box.append(row);
    }
  }

  /** The colour a row holds: its own as `#rrggbb`, or null while unset. */
  function colourOf(name) {
    const input = $(`colour-${name}`);
    return input.closest('.colour').dataset.set === 'true' ? input.value.toLowerCase() : null;
  }

  /** WCAG contrast of two `#rrggbb` colours. */
  function contrast(first, second) {
    const luminance = (hex) => {
      const [r, g, b] = [1, 3, 5].map((at) => {
        const channel = Number.parseInt(hex.slice(at, at + 2), 16) / 255;
        return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const [light, dark] = [luminance(first), luminance(second)].sort((x, y) => y - x);
    return (light + 0.05) / (dark + 0.05);
  }

  /** `redaktion@example.org` or `https://example.org/kontakt`, as the app accepts it (src/page_options.rs). */
  function validContact(text) {
    const plain = (part) => part.length > 0 && [...part].every((c) => !/[\s\p{Cc}<>"'`\\]/u.test(c));
    if (text.startsWith('https://')) {
      const rest = text.slice('https://'.length);
      const host = rest.split(/[/?#]/)[0];
      return plain(rest) && host.includes('.') && !host.includes('@');
    }
    const at = text.indexOf('@');
    if (at < 0) return false;
    const local = text.slice(0, at);
    const domain = text.slice(at + 1);
    const domainOk =
      domain.includes('.') &&
      !domain.startsWith('.') &&
      !domain.endsWith('.') &&
      !domain.includes('..') &&
      !/[@/?#&%]/.test(domain);
    const localOk = !/[?&%/#,;:()[\]]/.test(local) && !local.includes('..');
    return plain(local) && plain(domain) && domainOk && localOk;
  }

  /** The element's attributes as the form says, each a string or null (left out). */
  function settings() {
    const kindBoxes = [...$('kinds').querySelectorAll('input[type=checkbox]')];
    const checked = kindBoxes.filter((box) => box.checked).map((box) => box.value);
    const noKind = kindBoxes.length > 0 && checked.length === 0;
    $('kinds-warning').hidden = !noKind;

    const values = {
      focus: chosen?.id ?? null,
      lang: $('lang').value,
      kinds: noKind || checked.length === kindBoxes.length ? null : checked.join(','),
    };
    for (const name of COLOURS) {
      const colour = colourOf(name);
      values[name] = colour;
      const row = $(`colour-${name}`).closest('.colour');
      row.querySelector('.colour-value').textContent = colour ?? words.colourDefault;
      row.querySelector('button').hidden = colour === null;
    }
    const ink = values.ink ?? DEFAULT_COLOURS.ink;
    const paper = values.paper ?? DEFAULT_COLOURS.paper;
    const ratio = contrast(ink, paper);
    const shown = Math.floor(ratio * 100) / 100;
    $('contrast-warning').textContent =
      ratio < 4.5 ? words.contrast(UI === 'de' ? String(shown).replace('.', ',') : String(shown)) : '';

    const fixed = $('height-fixed').checked;
    const heightInput = $('height-px');
    heightInput.disabled = !fixed;
    let heightError = '';
    let pixels = null;
    if (fixed) {
      const number = Number.parseInt(heightInput.value, 10);
      if (!Number.isFinite(number)) {
        heightError = words.heightInvalid;
        pixels = 480;
      } else if (number < MIN_HEIGHT) {
        heightError = words.heightTooLow;
        pixels = MIN_HEIGHT;
      } else {
        pixels = Math.min(number, 4000);
      }
    }
    $('height-error').textContent = heightError;
    heightInput.setAttribute('aria-invalid', String(Boolean(heightError)));
    values.height = pixels === null ? null : `${pixels}px`;

    const contactInput = $('contact');
    const contact = contactInput.value.trim();
    const contactOk = !contact || validContact(contact);
    $('contact-error').textContent = contactOk ? '' : words.contactInvalid;
    contactInput.setAttribute('aria-invalid', String(!contactOk));
    values.contact = contact && contactOk ? contact : null;

    values.guard = $('guard').checked ? null : 'off';
    return { values, pixels };
  }

  // ---------------------------------------------------------------------------------------
  // Snippets

  /** Text as it may stand in an HTML attribute or element. */
  const escapeHtml = (text) =>
    String(text).replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

  /** A URL parameter's value, encoded, with the separators a query may hold as they are (`,`, `@`, `:`, `/`). */
  const encodeValue = (text) =>
    encodeURIComponent(text).replace(/%(2C|40|3A|2F)/gi, (escaped) => decodeURIComponent(escaped));

  const query = (pairs) =>
    pairs
      .filter(([, value]) => value !== null && value !== undefined)
      .map(([name, value]) => `${name}=${encodeValue(value)}`)
      .join('&');

  function tagSnippet(values) {
    const attributes = ATTRIBUTES.filter((name) => values[name] !== null)
      .map((name) => ` ${name}="${escapeHtml(values[name])}"`)
      .join('');
    const link = `${BASE}/?${query([
      ['focus', values.focus],
      ['lang', values.lang],
      ['kinds', values.kinds],
    ])}`;
    const text = TITLES[values.lang] ?? TITLES.de;
    return (
      `<script src="${escapeHtml(`${BASE}/embed.js`)}" defer></script>\n` +
      `<partner-atlas${attributes}><a href="${escapeHtml(link)}">${escapeHtml(text)}</a></partner-atlas>`
    );
  }

  function iframeSnippet(values, pixels) {
    const src = `${BASE}/?${query([
      ['embed', '1'],
      ['focus', values.focus],
      ['lang', values.lang],
      ['kinds', values.kinds],
      ...COLOURS.map((name) => [name, values[name]]),
      ['contact', values.contact],
      ['guard', values.guard],
    ])}`;
    const title = TITLES[values.lang] ?? TITLES.de;
    const height = pixels ?? AUTO_IFRAME_HEIGHT;
    return (
      `<iframe src="${escapeHtml(src)}" title="${escapeHtml(title)}" ` +
      `style="width:100%;height:${height}px;border:0" loading="lazy" allow="fullscreen"></iframe>`
    );
  }

  // ---------------------------------------------------------------------------------------
  // Preview

  let previewTimer = 0;

  function updatePreview(values) {
    for (const name of ATTRIBUTES) {
      const value = values[name];
      if (value === null) preview.removeAttribute(name);
      else if (preview.getAttribute(name) !== value) preview.setAttribute(name, value);
    }
  }

  /** Something in the form changed: the snippets follow at once, the preview after a pause in typing. */
  function changed() {
    const { values, pixels } = settings();
    $('snippet-tag').value = tagSnippet(values);
    $('snippet-iframe').value = iframeSnippet(values, pixels);
    $('iframe-note').hidden = pixels !== null;
    clearTimeout(previewTimer);
    previewTimer = setTimeout(() => updatePreview(values), 300);
  }

  // ---------------------------------------------------------------------------------------
  // The town's combobox

  /** The options shown: { place (or null for the whole atlas), matched }. */
  let options = [];
  let active = -1;

  function showChosen() {
    $('town-chosen').textContent = chosen
      ? `${chosen.label}${chosen.where ? ` (${chosen.where})` : ''}`
      : words.wholeAtlas;
    $('town-clear').hidden = chosen === null;
  }

  function choose(place) {
    chosen = place;
    townInput.value = place ? place.label : '';
    showChosen();
    closeOptions();
    changed();
  }

  function closeOptions() {
    townOptions.hidden = true;
    townInput.setAttribute('aria-expanded', 'false');
    townInput.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function renderOptions() {
    townOptions.replaceChildren();
    if (!options.length) {
      const empty = document.createElement('li');
      empty.className = 'empty';
      empty.setAttribute('role', 'option');
      empty.setAttribute('aria-disabled', 'true');
      empty.setAttribute('aria-selected', 'false');
      empty.textContent = words.noMatch;
      townOptions.append(empty);
    }
    options.forEach(({ place, matched }, index) => {
      const item = document.createElement('li');
      item.id = `town-option-${index}`;
      item.className = 'option';
      item.setAttribute('role', 'option');
      item.setAttribute('aria-selected', String(index === active));
      item.dataset.testid = 'town-option';
      item.dataset.place = place?.id ?? '';
      const name = document.createElement('span');
      name.className = 'option-name';
      name.textContent = place ? place.label : words.wholeAtlasOption;
      if (place && matched && fold(matched, false) !== fold(place.label, false)) {
        const also = document.createElement('span');
        also.className = 'option-matched';
        also.textContent = ` · ${matched}`;
        name.append(also);
      }
      item.append(name);
      if (place) {
        const meta = document.createElement('span');
        meta.className = 'option-meta';
        meta.textContent = [place.where, words.ties(place.ties)].filter(Boolean).join(' · ');
        item.append(meta);
      }
      // Pressed with a mouse or a finger: the field keeps the focus, the click chooses.
      item.addEventListener('pointerdown', (event) => event.preventDefault());
      item.addEventListener('click', () => choose(place));
      townOptions.append(item);
    });
    townOptions.hidden = false;
    townInput.setAttribute('aria-expanded', 'true');
    if (active >= 0) {
      townInput.setAttribute('aria-activedescendant', `town-option-${active}`);
      $(`town-option-${active}`).scrollIntoView({ block: 'nearest' });
    } else {
      townInput.removeAttribute('aria-activedescendant');
    }
  }

  function openOptions() {
    const text = townInput.value;
    if (text.trim()) {
      options = suggest(text).map(({ place, matched }) => ({ place, matched }));
    } else {
      // The whole atlas, then the German places with the most ties.
      const top = places
        .filter((place) => place.german)
        .sort((x, y) => y.ties - x.ties || x.label.localeCompare(y.label))
        .slice(0, SUGGESTIONS - 1);
      options = [{ place: null, matched: null }, ...top.map((place) => ({ place, matched: null }))];
    }
    active = -1;
    renderOptions();
  }

  townInput.addEventListener('input', () => {
    if (!townInput.value.trim() && chosen !== null) {
      chosen = null;
      showChosen();
      changed();
    }
    openOptions();
  });
  townInput.addEventListener('focus', () => {
    if (places.length) openOptions();
  });
  townInput.addEventListener('click', () => {
    if (townOptions.hidden && places.length) openOptions();
  });
  townInput.addEventListener('blur', () => {
    closeOptions();
    // What was typed but not chosen gives way to the choice.
    townInput.value = chosen ? chosen.label : '';
  });
  townInput.addEventListener('keydown', (event) => {
    const open = !townOptions.hidden;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!open) {
        openOptions();
        if (!options.length) return;
      }
      if (!options.length) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      active = active < 0 && step < 0 ? options.length - 1 : (active + step + options.length) % options.length;
      renderOptions();
    } else if (event.key === 'Enter') {
      // Never submits the form.
      event.preventDefault();
      if (open && options.length) choose(options[Math.max(active, 0)].place);
    } else if (event.key === 'Escape') {
      if (open) {
        event.preventDefault();
        closeOptions();
      }
    }
  });
  $('town-clear').addEventListener('click', () => {
    choose(null);
    townInput.focus();
  });

  // ---------------------------------------------------------------------------------------
  // Copying

  const copyTimers = new WeakMap();

  async function copy(button) {
    const area = $(button.dataset.copy);
    let copied = false;
    try {
      await navigator.clipboard.writeText(area.value);
      copied = true;
    } catch {
      area.focus();
      area.select();
      try {
        copied = document.execCommand('copy');
      } catch {
        copied = false;
      }
    }
    $('copy-status').textContent = copied ? words.copiedStatus : words.copyFailed;
    if (!copied) {
      area.focus();
      area.select();
      return;
    }
    button.textContent = words.copied;
    button.dataset.copied = 'true';
    clearTimeout(copyTimers.get(button));
    copyTimers.set(
      button,
      setTimeout(() => {
        button.textContent = words.copy;
        delete button.dataset.copied;
      }, 2000),
    );
  }

  for (const button of document.querySelectorAll('button.copy')) {
    button.addEventListener('click', () => copy(button));
  }

  // ---------------------------------------------------------------------------------------
  // Start

  translatePage();
  buildColours();
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('input', (event) => {
    if (event.target !== townInput) changed();
  });
  form.addEventListener('change', (event) => {
    if (event.target !== townInput) changed();
  });
  for (const radio of document.querySelectorAll('input[name=width]')) {
    radio.addEventListener('change', () => {
      $('preview-frame').dataset.width = document.querySelector('input[name=width]:checked').value;
    });
  }
  $('preview-frame').dataset.width = 'wide';
  showChosen();
  changed();

  const status = $('atlas-status');
  status.textContent = words.loading;
  townInput.setAttribute('aria-busy', 'true');
  fetch('./atlas.json')
    .then((response) => {
      if (!response.ok) throw new Error(`atlas.json: ${response.status}`);
      return response.json();
    })
    .then((atlas) => {
      indexAtlas(atlas);
      const present = new Map();
      for (const tie of atlas.ties ?? []) present.set(tie.kind, (present.get(tie.kind) ?? 0) + 1);
      buildKinds(present);
      status.textContent = '';
      townInput.removeAttribute('aria-busy');
      form.dataset.ready = 'true';
      changed();
      if (document.activeElement === townInput) openOptions();
    })
    .catch(() => {
      status.textContent = words.loadFailed;
      townInput.removeAttribute('aria-busy');
      form.dataset.ready = 'error';
    });
})();
