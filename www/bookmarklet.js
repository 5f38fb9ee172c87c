// bookmarklet.js: what the Factlens bookmarklet runs on the reader's page.
//
// `factlensBookmarklet` is turned into the bookmarklet's `javascript:` URL
// with its source text (tools/bookmarklet.mjs for `make bookmarklet`,
// bookmarklet.html in the browser), so it must stand alone: no imports, no
// outer variables. It loads the lens from `base` (where www/ is hosted),
// then toggles it: on a page without a lens it mounts one on the article it
// finds; a second click unmounts it. When the page's Content-Security-Policy
// blocks the module or WebAssembly, it says so in a small card built with
// DOM calls alone (the lens could not load, so nothing of it can help).
//
// It resolves to what happened, for tests and the curious:
// {state: 'on' | 'off' | 'error', ms, message?}; `ms` runs from the click to
// the painted highlights.

/**
 * @param {string} base the URL of the hosted www/ folder, ending in "/"
 * @returns {Promise<{state: 'on' | 'off' | 'error', ms: number, message?: string}>}
 */
export function factlensBookmarklet(base) {
  const t0 = performance.now();
  const key = Symbol.for('factlens.bookmarklet');
  /** @type {any} */
  const w = window;
  const say = (/** @type {string} */ text) => {
    w[key]?.notice?.remove();
    const host = document.createElement('factlens-ui');
    host.setAttribute('data-factlens-ui', '');
    const root = host.attachShadow({ mode: 'open' });
    const box = document.createElement('div');
    box.setAttribute('role', 'alert');
    Object.assign(box.style, {
      position: 'fixed', zIndex: '2147483647', right: '16px', bottom: '16px', maxWidth: '360px',
      padding: '12px 14px', background: '#fff', color: '#222', border: '2px solid #b3261e',
      borderRadius: '8px', font: '14px/1.4 system-ui, sans-serif', boxShadow: '0 4px 16px rgba(0,0,0,.25)',
    });
    const p = document.createElement('p');
    p.style.margin = '0 0 8px';
    p.textContent = text;
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = 'Dismiss';
    close.addEventListener('click', () => host.remove());
    box.append(p, close);
    root.append(box);
    document.documentElement.append(host);
    w[key] = { ...w[key], notice: host };
    return host;
  };
  return import(base + 'factlens.min.js').then(
    async (m) => {
      w[key]?.notice?.remove();
      if (m.current()) {
        m.unmount();
        return { state: 'off', ms: performance.now() - t0 };
      }
      try {
        await m.mount(null, { root: 'auto' });
        return { state: 'on', ms: performance.now() - t0 };
      } catch (err) {
        const text = String((err && err.message) || err).replace(/^factlens: /, '');
        say(`Factlens could not run on this page: ${text}`);
        return { state: 'error', ms: performance.now() - t0, message: text };
      }
    },
    (err) => {
      const text =
        "Factlens could not load on this page: the site's security policy (Content-Security-Policy) " +
        `does not allow scripts from ${new URL(base).origin}, or that address cannot be reached. The page is unchanged.`;
      say(text);
      return { state: 'error', ms: performance.now() - t0, message: `${text} (${String(err && err.message || err)})` };
    },
  );
}

/**
 * The bookmarklet as a `javascript:` URL: the function above, called with
 * `base`. `source` may be a minified form of the same function.
 * @param {string} base @param {string} [source]
 */
export function bookmarkletUrl(base, source = factlensBookmarklet.toString()) {
  return `javascript:${encodeURIComponent(`void (${source})(${JSON.stringify(base)})`)}`;
}
