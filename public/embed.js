// Partner Atlas on another website, with one tag:
//
//   <script src="https://example.org/partner-atlas/embed.js" defer></script>
//   <partner-atlas focus="osnabrueck" lang="de"></partner-atlas>
//
// Defines the custom element <partner-atlas>: an open shadow root holding one <iframe> of the
// atlas in embed mode (`?embed=1`), from the folder this script was loaded from unless the
// element names another with `src`. Its attributes become the app's URL parameters; colours may
// also come from the host's stylesheet as `--partner-atlas-accent` and its siblings.
//
// A good guest: a classic script that adds no global but the element's registration and no
// global CSS, needs no inline script or style (its CSS is a constructable stylesheet, which a
// Content-Security-Policy of `style-src 'self'` allows), and does nothing when included twice.
(() => {
  'use strict';

  const NAME = 'partner-atlas';
  if (!window.customElements || customElements.get(NAME)) return;

  // The atlas folder: the one this script came from, read while it is evaluated (later,
  // `document.currentScript` is gone), so that the atlas works from any sub-path of a site.
  const script = document.currentScript;
  const APP = new URL('./', script?.src || document.baseURI).href;

  /** Attributes passed on to the app as they are. */
  const PLAIN = ['focus', 'lang', 'contact', 'guard'];
  /** The message an atlas posts with the height it wants (see src/frame_height.rs). */
  const HEIGHT_MESSAGE = 'partner-atlas:height';
  /** Colours, each also read from the custom property `--partner-atlas-<name>`. */
  const COLOURS = ['accent', 'ink', 'paper', 'sea', 'land'];
  const OBSERVED = ['src', 'atlas', 'kinds', 'height', 'title', ...PLAIN, ...COLOURS];

  /** The frame's accessible name when the element has no `title`, by its `lang`. */
  const TITLES = {
    de: 'Partner Atlas: Karte der Städtepartnerschaften',
    en: 'Partner Atlas: map of city partnerships',
    zh: 'Partner Atlas: 德国与亚洲城市的伙伴关系及代表团访问',
    ko: 'Partner Atlas: 독일·아시아 도시 간 교류 관계와 대표단 방문',
    ja: 'Partner Atlas: ドイツとアジアの都市間交流と代表団の訪問',
  };

  // A block as wide as its container and as tall as the atlas inside asks for (480px until it
  // has), unless the host's stylesheet sets the element's `height` (`partner-atlas { height:
  // 100% }` fills a container of fixed height) or `--partner-atlas-height`; the `height`
  // attribute wins over both. The frame fills it.
  const CSS_TEXT = `
    :host { display: block; box-sizing: border-box; width: 100%; min-height: 0;
            height: var(--partner-atlas-height, 480px); overflow: hidden; }
    :host([hidden]) { display: none; }
    iframe { display: block; box-sizing: border-box; width: 100%; height: 100%;
             margin: 0; padding: 0; border: 0; }
  `;

  // Constructable stylesheets where the browser has them (CSP cannot block them); else a
  // <style> element in the shadow root (Safari before 16.4).
  const constructable = (() => {
    try {
      return (
        'adoptedStyleSheets' in ShadowRoot.prototype &&
        'replaceSync' in CSSStyleSheet.prototype &&
        Boolean(new CSSStyleSheet())
      );
    } catch {
      return false;
    }
  })();

  let baseSheet = null;
  if (constructable) {
    baseSheet = new CSSStyleSheet();
    baseSheet.replaceSync(CSS_TEXT);
  }

  /** `#0a6e4f`, `0A6E4F` or `#0a4` as `#0a6e4f` or `#0a4`; anything else as null. */
  function hexColour(value) {
    const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(String(value ?? '').trim());
    return match ? `#${match[1].toLowerCase()}` : null;
  }

  /** A CSS length for `height` (`480px`, `60vh`, `100%`, `calc(…)`; a bare number is pixels), or null. */
  function cssHeight(value) {
    let text = String(value ?? '').trim();
    if (/^\d+(\.\d+)?$/.test(text)) text += 'px';
    if (!text || /[;{}<>\\!]/.test(text)) return null;
    return CSS.supports('height', text) ? text : null;
  }

  /** `twin-town, friendship` as `twin-town,friendship`. */
  function kindList(value) {
    return String(value ?? '')
      .split(/[\s,]+/)
      .filter(Boolean)
      .join(',');
  }

  class PartnerAtlas extends HTMLElement {
    static get observedAttributes() {
      return OBSERVED;
    }

    /** The frame's names by language, for pages that write snippets (embed.html). */
    static get titles() {
      return { ...TITLES };
    }

    #frame = null;
    #height = null;
    #heightSheet = null;
    #heightStyle = null;
    #pending = false;
    #wanted = null;

    constructor() {
      super();
      const root = this.attachShadow({ mode: 'open' });
      if (constructable) {
        this.#heightSheet = new CSSStyleSheet();
        root.adoptedStyleSheets = [baseSheet, this.#heightSheet];
      } else {
        const base = document.createElement('style');
        base.textContent = CSS_TEXT;
        this.#heightStyle = document.createElement('style');
        root.append(base, this.#heightStyle);
      }
    }

    connectedCallback() {
      window.addEventListener('message', this.#onMessage);
      this.#update();
      // Colours from a stylesheet of the host that is still loading are read once more.
      if (document.readyState !== 'complete') {
        window.addEventListener('load', () => this.#schedule(), { once: true });
      }
    }

    disconnectedCallback() {
      window.removeEventListener('message', this.#onMessage);
    }

    /**
     * The atlas asks for a height: believed only from this element's own frame and from the
     * atlas's origin, and only as a number of pixels within reason.
     */
    #onMessage = (event) => {
      const frame = this.#frame;
      if (!frame || event.source !== frame.contentWindow) return;
      if (event.origin !== new URL(frame.src, document.baseURI).origin) return;
      const { type, height } = event.data ?? {};
      if (type !== HEIGHT_MESSAGE || !Number.isFinite(height)) return;
      const wanted = Math.round(Math.min(Math.max(height, 200), 2000));
      if (wanted === this.#wanted) return;
      this.#wanted = wanted;
      this.#height = undefined;
      this.#applyHeight();
    };

    attributeChangedCallback() {
      this.#schedule();
    }

    /** Attributes set one after another in a script rebuild the frame once. */
    #schedule() {
      if (this.#pending) return;
      this.#pending = true;
      queueMicrotask(() => {
        this.#pending = false;
        if (this.isConnected) this.#update();
      });
    }

    /** The app's address for the attributes and custom properties as they are now. */
    #url() {
      const url = new URL(this.getAttribute('src') || APP, document.baseURI);
      const params = url.searchParams;
      params.set('embed', '1');
      for (const name of PLAIN) {
        const value = (this.getAttribute(name) ?? '').trim();
        if (value) params.set(name, value);
      }
      const kinds = kindList(this.getAttribute('kinds'));
      if (kinds) params.set('kinds', kinds);
      const atlas = (this.getAttribute('atlas') ?? '').trim();
      // Resolved against the host page, like any address written in its HTML.
      if (atlas) params.set('atlas', new URL(atlas, document.baseURI).href);
      let style = null;
      for (const name of COLOURS) {
        // The attribute wins; one that is no hex colour is ignored, as if it were not there.
        let colour = hexColour(this.getAttribute(name));
        if (!colour) {
          style ??= getComputedStyle(this);
          colour = hexColour(style.getPropertyValue(`--partner-atlas-${name}`));
        }
        if (colour) params.set(name, colour);
      }
      return url.href;
    }

    #update() {
      this.#applyHeight();
      const src = this.#url();
      const lang = (this.getAttribute('lang') ?? '').trim().toLowerCase().slice(0, 2);
      const title = (this.getAttribute('title') ?? '').trim() || TITLES[lang] || TITLES.de;
      const frame = this.#frame;
      if (frame && frame.getAttribute('src') === src) {
        if (frame.title !== title) frame.title = title;
        return;
      }
      // A new frame rather than a new `src`: changing a frame's `src` would add an entry to
      // the host page's history, so that its back button stepped through the atlas instead.
      const next = document.createElement('iframe');
      next.title = title;
      next.setAttribute('loading', 'lazy');
      next.setAttribute('allow', 'fullscreen');
      next.setAttribute('src', src);
      if (frame) frame.replaceWith(next);
      else this.shadowRoot.append(next);
      this.#frame = next;
    }

    /** The `height` attribute, else the height the atlas asked for (below the host's CSS). */
    #applyHeight() {
      const height = cssHeight(this.getAttribute('height'));
      if (height === this.#height) return;
      this.#height = height;
      let text = '';
      if (height) text = `:host { height: ${height} !important; }`;
      else if (this.#wanted) text = `:host { height: var(--partner-atlas-height, ${this.#wanted}px); }`;
      if (this.#heightSheet) this.#heightSheet.replaceSync(text);
      else this.#heightStyle.textContent = text;
    }
  }

  customElements.define(NAME, PartnerAtlas);
})();
