// embed.js: the two ways a site embeds the lens without writing code.
//
//   <script type="module" src="/factlens/factlens.js" data-factlens-auto
//           data-factlens-root="article"></script>
//   <fact-lens for="story" categories="claims figures" panel="open"></fact-lens>
//
// Attributes (data-factlens-<name> on the script, <name> on the element):
// root (a selector; `for` takes an id), date, categories, claim-threshold,
// paint, panel, fact-check-url, shortcuts ("off" turns them off).

import { h } from './dom.js';
import { uiSheetFor } from './styles.js';

const ATTRS = {
  root: 'root',
  date: 'date',
  categories: 'categories',
  'claim-threshold': 'claimThreshold',
  paint: 'paint',
  panel: 'panel',
  'fact-check-url': 'factCheckUrl',
  shortcuts: 'shortcuts',
};

/**
 * Options from attributes: `read(name)` gives the attribute's value or null.
 * @param {(name: string) => string | null} read
 */
function optionsFrom(read) {
  /** @type {Record<string, unknown>} */
  const opts = {};
  for (const [attr, key] of Object.entries(ATTRS)) {
    const v = read(attr);
    if (v == null) continue;
    opts[key] = key === 'shortcuts' ? !/^(off|false|no|0)$/i.test(v) : v;
  }
  return opts;
}

/**
 * Tells the reader, in a small dismissible card, that the lens could not run.
 * The card is the lens's own element; closing it leaves the page as it was.
 * @param {Document} doc @param {string} message
 */
export function showNotice(doc, message) {
  const host = doc.createElement('factlens-ui');
  host.setAttribute('data-factlens-ui', '');
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.adoptedStyleSheets = [uiSheetFor(doc)];
  const close = h(doc, 'button', { type: 'button', class: 'close' }, 'Dismiss');
  close.addEventListener('click', () => host.remove(), { once: true });
  shadow.append(h(doc, 'div', { class: 'notice', role: 'alert' }, h(doc, 'span', {}, message), close));
  doc.documentElement.append(host);
  return host;
}

/**
 * Mounts the lens for <script data-factlens-auto> tags that loaded this module.
 * @param {string} moduleUrl @param {{mount: Function}} api
 */
export function autoMount(moduleUrl, api) {
  if (typeof document === 'undefined') return;
  const scripts = [...document.querySelectorAll('script[data-factlens-auto]')].filter((s) => {
    try {
      return new URL(/** @type {HTMLScriptElement} */ (s).src, document.baseURI).href === moduleUrl;
    } catch {
      return false;
    }
  });
  const script = scripts[0];
  if (!script) return;
  const opts = optionsFrom((name) => script.getAttribute(`data-factlens-${name}`));
  const run = () => {
    api.mount(null, opts).catch((/** @type {Error} */ err) => {
      console.warn(err);
      showNotice(document, err && err.message ? err.message : String(err));
    });
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', run, { once: true });
  else run();
}

/**
 * Defines <fact-lens> (once). The element is the lens's UI host: its panel and
 * cards live in its shadow root.
 * @param {{mount: Function, normalizeOptions: Function}} api
 */
export function defineElement(api) {
  if (typeof customElements === 'undefined' || customElements.get('fact-lens')) return;

  class FactLensElement extends HTMLElement {
    static get observedAttributes() {
      return ['for', ...Object.keys(ATTRS)];
    }

    constructor() {
      super();
      /** @type {any} */
      this.lens = null;
      this.generation = 0;
      /** @type {Promise<any> | null} */
      this.ready = null;
    }

    connectedCallback() {
      this.remount();
    }

    disconnectedCallback() {
      this.generation += 1;
      this.lens?.unmount();
      this.lens = null;
    }

    attributeChangedCallback() {
      if (this.isConnected && this.lens) this.remount();
    }

    remount() {
      const gen = ++this.generation;
      this.lens?.unmount();
      this.lens = null;
      const opts = optionsFrom((name) => this.getAttribute(name));
      const id = this.getAttribute('for');
      const root = id ? this.ownerDocument.getElementById(id) : null;
      if (id && !root) {
        this.fail(new Error(`factlens: <fact-lens for="${id}">: no element has id "${id}"`));
        return;
      }
      this.ready = api
        .mount(root ?? opts.root ?? null, { ...opts, root: undefined, host: this })
        .then((/** @type {any} */ lens) => {
          if (gen !== this.generation) lens.unmount();
          else {
            this.lens = lens;
            this.dispatchEvent(new CustomEvent('factlens:mounted', { detail: { lens } }));
          }
          return lens;
        })
        .catch((/** @type {Error} */ err) => this.fail(err));
    }

    /** @param {Error} err */
    fail(err) {
      console.warn(err);
      const shadow = this.shadowRoot || this.attachShadow({ mode: 'open' });
      shadow.adoptedStyleSheets = [uiSheetFor(this.ownerDocument)];
      shadow.replaceChildren(h(this.ownerDocument, 'div', { class: 'notice', role: 'alert' }, err.message || String(err)));
      this.dispatchEvent(new CustomEvent('factlens:error', { detail: { error: err } }));
    }
  }

  customElements.define('fact-lens', FactLensElement);
}
