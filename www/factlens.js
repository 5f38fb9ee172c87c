// factlens.js: the public API of the lens (see factlens.d.ts and the README).
//
//   import { mount, unmount, analyze } from './factlens.js';
//   const lens = await mount('article', { date: '2025-03-14' });
//   lens.next(); lens.unmount();
//
// Loaded as <script type="module" src=".../factlens.js" data-factlens-auto>
// it mounts itself on DOMContentLoaded; it also defines <fact-lens>.

// The lens's whole module graph is named here, so that a browser fetches
// every file in one round instead of discovering them level by level.
import './pkg/factlens.js';
import './dom.js';
import './paint.js';
import './panel.js';
import './popover.js';
import './styles.js';
import { analyze as analyzeCore, load, version } from './engine.js';
import { CATEGORIES } from './items.js';
import { Lens } from './lens.js';
import { publicationDate, resolveRoot } from './page.js';
import { describe, detectArticle } from './article.js';
import { collect } from './text-map.js';
import { autoMount, defineElement } from './embed.js';

export { load, version, CATEGORIES };

// For benchmarks and the curious: when this module (and so every module of
// the lens) finished loading.
performance.mark?.('factlens:module-loaded');

/** @type {Map<Element, Lens>} */
const lenses = new Map();
/** @type {Lens | null} */
let latest = null;

const PAINT = ['auto', 'highlight', 'marks'];
const PANEL = ['open', 'closed', 'none'];
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Checks and completes mount options; throws a TypeError naming the bad one.
 * @param {any} options
 * @returns {import('./lens.js').LensOptions & {root?: Element | string}}
 */
export function normalizeOptions(options) {
  if (options == null) options = {};
  if (typeof options !== 'object') throw new TypeError('factlens: options must be an object');
  const known = ['root', 'date', 'categories', 'claimThreshold', 'paint', 'panel', 'factCheckUrl', 'shortcuts', 'host'];
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) throw new TypeError(`factlens: unknown option "${key}" (known: ${known.join(', ')})`);
  }
  let date = options.date;
  if (date instanceof Date) date = Number.isNaN(date.getTime()) ? undefined : date.toISOString().slice(0, 10);
  if (date != null && date !== '' && (typeof date !== 'string' || !DAY.test(date))) {
    throw new TypeError(`factlens: option "date" must be YYYY-MM-DD, got ${JSON.stringify(date)}`);
  }
  let categories = options.categories ?? CATEGORIES;
  if (typeof categories === 'string') categories = categories.split(/[\s,]+/).filter(Boolean);
  if (!Array.isArray(categories)) throw new TypeError('factlens: option "categories" must be a list of category names');
  for (const c of categories) {
    if (!CATEGORIES.includes(c)) {
      throw new TypeError(`factlens: unknown category ${JSON.stringify(c)} (known: ${CATEGORIES.join(', ')})`);
    }
  }
  const claimThreshold = options.claimThreshold == null || options.claimThreshold === '' ? 0 : Number(options.claimThreshold);
  if (!(claimThreshold >= 0 && claimThreshold <= 1)) {
    throw new TypeError('factlens: option "claimThreshold" must be a number from 0 to 1');
  }
  const paint = options.paint ?? 'auto';
  if (!PAINT.includes(paint)) throw new TypeError(`factlens: option "paint" must be one of ${PAINT.join(', ')}`);
  const panel = options.panel ?? 'closed';
  if (!PANEL.includes(panel)) throw new TypeError(`factlens: option "panel" must be one of ${PANEL.join(', ')}`);
  const factCheckUrl = options.factCheckUrl || undefined;
  if (factCheckUrl !== undefined && (typeof factCheckUrl !== 'string' || !/^https?:\/\//i.test(factCheckUrl))) {
    throw new TypeError('factlens: option "factCheckUrl" must be an http(s) URL template with {query}');
  }
  return {
    root: options.root,
    date: date || undefined,
    categories: new Set(categories),
    claimThreshold,
    paint,
    panel,
    factCheckUrl,
    shortcuts: options.shortcuts !== false,
    host: options.host,
  };
}

/**
 * Mounts the lens on `root`: an Element, a CSS selector, or "auto" (the
 * default): the article as `article.js` finds it, leaving out page furniture
 * inside it. Reads the root's text, analyses it and paints; re-reads it when
 * the root's content changes. Rejects with an Error, leaving the page as it
 * was, when the options are bad or the engine cannot load.
 * @param {Element | string | null} [root]
 * @param {object} [options]
 * @returns {Promise<Lens>}
 */
export async function mount(root, options = {}) {
  const t0 = performance.now();
  const opts = normalizeOptions(options);
  const target = root ?? opts.root ?? 'auto';
  const doc = target && typeof target === 'object' && target.ownerDocument ? target.ownerDocument : document;
  /** @type {{how: string, skip: Set<Element>} | null} */
  let auto = null;
  let el;
  if (target === 'auto') {
    const found = detectArticle(doc);
    el = found.root;
    auto = { how: found.how, skip: found.skip };
  } else {
    el = resolveRoot(doc, target);
  }
  const skip = auto && auto.skip.size ? { skip: (/** @type {Element} */ e) => /** @type {Set<Element>} */ (auto?.skip).has(e) } : {};
  // The module downloads and compiles off the main thread while the text is
  // collected (a previous lens on this root goes first: its marks are not text).
  const loading = load();
  lenses.get(el)?.unmount();
  const map = collect(el, skip);
  const t1 = performance.now();
  await loading;
  const t2 = performance.now();
  const detected = opts.date ? undefined : publicationDate(doc, el);
  let date = opts.date ?? detected;
  /** @param {string} text */
  const read = async (text) => {
    try {
      return await analyzeCore(text, { date });
    } catch (err) {
      if (!detected || date !== detected) throw err;
      // The page's own date is unreadable: analyse without one.
      date = undefined;
      return analyzeCore(text, {});
    }
  };
  const analysis = await read(map.text);
  const t3 = performance.now();
  const timings = { collect: t1 - t0, load: t2 - t1, analyze: t3 - t2, paint: 0, total: 0 };
  const lens = new Lens(el, map, analysis, { ...opts, date }, timings);
  lens.reread = async () => {
    const next = collect(el, skip);
    return { map: next, analysis: next.text === lens.text ? lens.analysis : await read(next.text) };
  };
  if (auto) withAuto(lens, doc, options, auto.how, auto.skip.size, false);
  lens.start();
  const t4 = performance.now();
  timings.paint = t4 - t3;
  timings.total = t4 - t0;
  lenses.set(el, lens);
  latest = lens;
  const stop = lens.unmount.bind(lens);
  lens.unmount = () => {
    stop();
    if (lenses.get(el) === lens) lenses.delete(el);
    if (latest === lens) latest = null;
  };
  return lens;
}

/**
 * Tells a lens that found its own root which part it read, and lets the
 * reader switch between that part and the whole page (`lens.switchRoot()`).
 * @param {Lens} lens @param {Document} doc @param {object} options
 * @param {string} how @param {number} skipped @param {boolean} whole
 */
function withAuto(lens, doc, options, how, skipped, whole) {
  lens.auto = { how, element: describe(lens.root), skipped, whole };
  lens.switchRoot = async () => {
    const opts = { ...options, root: undefined, panel: lens.panel?.open ? 'open' : /** @type {any} */ (options).panel };
    lens.unmount();
    if (whole) return mount('auto', opts);
    const next = await mount(doc.body, opts);
    withAuto(next, doc, options, 'the whole page, as asked', 0, true);
    next.panel?.refresh();
    return next;
  };
}

/**
 * Unmounts the lens on `root`, or every lens when no root is given.
 * @param {Element | string} [root]
 */
export function unmount(root) {
  if (root == null) {
    for (const lens of [...lenses.values()]) lens.unmount();
    return;
  }
  const el = typeof root === 'string' ? document.querySelector(root) : root;
  if (el) lenses.get(el)?.unmount();
}

/** The most recently mounted lens still on the page, or null. */
export function current() {
  return latest;
}

/**
 * Analyses `text` (no DOM involved). Offsets are UTF-16 code units.
 * @param {string} text
 * @param {{date?: string, layers?: string[]}} [options]
 */
export function analyze(text, options) {
  return analyzeCore(text, options);
}

defineElement({ mount, normalizeOptions });
autoMount(import.meta.url, { mount });
