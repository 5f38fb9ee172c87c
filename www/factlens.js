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
 * Mounts the lens on `root` (an Element or a CSS selector; by default the
 * page's <article>, [itemprop=articleBody], <main> or <body>): reads its
 * text, analyses it once and paints. Rejects with an Error, leaving the page
 * as it was, when the options are bad or the engine cannot load.
 * @param {Element | string | null} [root]
 * @param {object} [options]
 * @returns {Promise<Lens>}
 */
export async function mount(root, options = {}) {
  const t0 = performance.now();
  const opts = normalizeOptions(options);
  const target = root ?? opts.root;
  const doc = target && typeof target === 'object' && target.ownerDocument ? target.ownerDocument : document;
  const el = resolveRoot(doc, target);
  // The module downloads and compiles off the main thread while the text is
  // collected (a previous lens on this root goes first: its marks are not text).
  const loading = load();
  lenses.get(el)?.unmount();
  const map = collect(el);
  const t1 = performance.now();
  await loading;
  const t2 = performance.now();
  const detected = opts.date ? undefined : publicationDate(doc, el);
  let analysis;
  try {
    analysis = await analyzeCore(map.text, { date: opts.date ?? detected });
  } catch (err) {
    if (!detected) throw err;
    // The page's own date is unreadable: analyse without one.
    analysis = await analyzeCore(map.text, {});
  }
  const t3 = performance.now();
  const timings = { collect: t1 - t0, load: t2 - t1, analyze: t3 - t2, paint: 0, total: 0 };
  const lens = new Lens(el, map, analysis, { ...opts, date: opts.date ?? detected }, timings);
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
