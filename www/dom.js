// dom.js: the one way the lens builds DOM. Strings become text nodes
// (textContent), never markup, so no page text can inject HTML, and the lens
// runs under Trusted Types.

/**
 * Creates `<tag>` with attributes and children. Attribute values are set with
 * setAttribute; `on` handlers are not supported on purpose (callers use
 * addEventListener with the lens's AbortSignal).
 * @param {Document} doc
 * @param {string} tag
 * @param {Record<string, string | boolean | number | null | undefined>} [attrs]
 * @param {...(Node | string | null | undefined | false)} children
 * @returns {HTMLElement}
 */
export function h(doc, tag, attrs = {}, ...children) {
  const el = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'string' ? doc.createTextNode(child) : child);
  }
  return el;
}

/**
 * `text` cut to at most `max` characters at a word boundary, with an ellipsis.
 * @param {string} text @param {number} max
 */
export function excerpt(text, max) {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${cut.slice(0, space > max * 0.6 ? space : max)}…`;
}
