// page.js: what the lens reads from the page besides the article text: the
// article root and the publication date relative dates resolve against.

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * The article root: the element or selector given, else the page's
 * `<article>`, `[itemprop=articleBody]`, `main`, or `<body>`.
 * @param {Document} doc
 * @param {Element | string | null | undefined} root
 * @returns {Element}
 */
export function resolveRoot(doc, root) {
  if (root && typeof root === 'object' && root.nodeType === 1) return root;
  if (typeof root === 'string' && root.trim()) {
    let el;
    try {
      el = doc.querySelector(root);
    } catch {
      throw new Error(`factlens: the root selector ${JSON.stringify(root)} is not a valid CSS selector`);
    }
    if (!el) throw new Error(`factlens: no element matches the root selector ${JSON.stringify(root)}`);
    return el;
  }
  if (root != null && root !== '') {
    throw new TypeError('factlens: root must be an Element or a CSS selector');
  }
  return (
    doc.querySelector('article') ||
    doc.querySelector('[itemprop="articleBody"]') ||
    doc.querySelector('main') ||
    doc.body
  );
}

/**
 * The publication date as `YYYY-MM-DD`, or undefined: the
 * `article:published_time` meta, then JSON-LD `datePublished`, then a
 * `<time datetime>` (inside the root first).
 * @param {Document} doc
 * @param {Element} [root]
 * @returns {string | undefined}
 */
export function publicationDate(doc, root) {
  for (const sel of [
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="date"]',
    'meta[name="pubdate"]',
  ]) {
    const day = isoDay(doc.querySelector(sel)?.getAttribute('content'));
    if (day) return day;
  }
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      const day = isoDay(findKey(JSON.parse(script.textContent || ''), 'datePublished', 0));
      if (day) return day;
    } catch {
      // A page's broken JSON-LD is the page's business.
    }
  }
  const scopes = root ? [root, doc] : [doc];
  for (const scope of scopes) {
    for (const sel of ['time[itemprop="datePublished"][datetime]', 'time[pubdate][datetime]', 'time[datetime]']) {
      const day = isoDay(scope.querySelector(sel)?.getAttribute('datetime'));
      if (day) return day;
    }
  }
  return undefined;
}

/** @param {string | null | undefined} value */
function isoDay(value) {
  if (typeof value !== 'string') return undefined;
  const m = ISO_DAY.exec(value.trim());
  if (!m) return undefined;
  const [, y, mo, d] = m;
  if (+mo < 1 || +mo > 12 || +d < 1 || +d > 31) return undefined;
  return `${y}-${mo}-${d}`;
}

/**
 * The first value of `key` anywhere in a parsed JSON-LD value.
 * @param {unknown} value @param {string} key @param {number} depth
 * @returns {string | undefined}
 */
function findKey(value, key, depth) {
  if (depth > 8 || value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (const v of value) {
      const found = findKey(v, key, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  const obj = /** @type {Record<string, unknown>} */ (value);
  if (typeof obj[key] === 'string') return /** @type {string} */ (obj[key]);
  for (const v of Object.values(obj)) {
    const found = findKey(v, key, depth + 1);
    if (found) return found;
  }
  return undefined;
}
