// Partner Atlas: the accessibility statement's script (accessibility.html). Shows the German or
// the English text (`?lang=`), the host's feedback contact (`?contact=`, an e-mail address or an
// https: page, anything else ignored) and language links that keep the other parameters.
// A classic script, loaded with defer; it sets no globals and writes no markup, only text and attributes.
(() => {
  const parameters = new URLSearchParams(location.search);

  /**
   * The statement's language: English for `en`, and for the atlas's other languages (`zh`, `ko`,
   * `ja`), whose readers get its tie notes in English too; German otherwise.
   */
  function languageOf(value) {
    const primary = (value ?? '').trim().toLowerCase().split('-')[0];
    return ['en', 'zh', 'ko', 'ja'].includes(primary) ? 'en' : 'de';
  }

  /** Characters no contact may hold: spaces, control characters, markup and quotes. */
  const unsafe = /[\s\p{Cc}<>"'`\\]/u;
  /** An e-mail address, plainly: no parameters (`?cc=`), lists (`,`), paths or escapes in it. */
  const email = /^[^@?&%/#,;:()[\]]+@[^@?&%/#,;:()[\]]+\.[^@?&%/#,;:()[\]]+$/;

  /** The contact as `{ href, text }`: a mailto: link for an e-mail address, the page for an https: address; else null. */
  function contactOf(value) {
    const text = (value ?? '').trim();
    if (!text || text.length > 500 || unsafe.test(text)) return null;
    if (/^https:\/\//i.test(text)) {
      let url;
      try {
        url = new URL(text);
      } catch {
        return null;
      }
      if (url.protocol !== 'https:' || url.username || url.password || !url.hostname.includes('.')) return null;
      return { href: url.href, text: url.href };
    }
    if (!email.test(text) || /@\.|\.\.|\.$/.test(text)) return null;
    return { href: `mailto:${text}`, text };
  }

  /** This page's address in another language, its other parameters kept. */
  function inLanguage(other) {
    const next = new URLSearchParams(parameters);
    next.set('lang', other);
    return `?${next}`;
  }

  const lang = languageOf(parameters.get('lang'));
  const contact = contactOf(parameters.get('contact'));

  for (const article of document.querySelectorAll('article[lang]')) {
    const current = article.lang === lang;
    article.hidden = !current;
    if (current) {
      document.documentElement.setAttribute('lang', lang);
      if (article.dataset.title) document.title = article.dataset.title;
    }

    for (const link of article.querySelectorAll('a[data-switch]')) {
      link.setAttribute('href', inLanguage(link.dataset.switch));
    }
    for (const link of article.querySelectorAll('a.to-map')) {
      const atlas = new URLSearchParams({ lang: article.lang });
      if (contact) atlas.set('contact', parameters.get('contact').trim());
      link.setAttribute('href', `./?${atlas}`);
    }

    const given = article.querySelector('[data-contact="given"]');
    const none = article.querySelector('[data-contact="none"]');
    const link = given?.querySelector('a.contact-link');
    if (contact && link) {
      link.setAttribute('href', contact.href);
      link.textContent = contact.text;
      given.hidden = false;
      if (none) none.hidden = true;
    }
  }
})();
