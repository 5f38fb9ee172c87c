// article.js: which part of a page is the article, on a page that did not say
// (the bookmarklet, or mount() with no root).
//
// The page is never changed: the answer is a root element plus a set of
// elements inside it whose text is left out (collect(root, {skip})).
//
// 1. Paragraphs: every block's own text (a <p>'s, a <div>'s lines between
//    <br>s: text outside nested blocks), at least 25 characters, outside page
//    furniture (nav, aside, footer, forms, figures and captions, and elements
//    whose class or id says nav, comment, related, share, promo, ad, cookie,
//    newsletter, sidebar, menu…). A paragraph weighs its characters that are
//    not link text.
// 2. Blocks: a paragraph's weight goes to its parent in full, to its
//    grandparent in half and to the three levels above in thirds (as in
//    mozilla/readability). A block's score is that sum, less its link density,
//    with a bonus for article-like class names (content, article, story,
//    entry, post, body, text) and a penalty for furniture-like ones.
// 3. The best block wins; its siblings join it when they score at least a
//    fifth as much, or are paragraphs of plain text. When they do, the
//    common parent is the root and the siblings that did not join are left
//    out.
// 4. An explicit article root (`[itemprop=articleBody]`, common CMS body
//    classes, `<article>`, `<main>`) is preferred whenever it holds the best
//    block and not much more text besides: the page's own word is better
//    than a guess, and the guess keeps it honest.
// 5. Inside the root, furniture (step 1's list) and link lists are left out,
//    unless they hold a good part of the article's text.

const FURNITURE_TAGS = new Set(['nav', 'aside', 'footer', 'form', 'figure', 'figcaption', 'dialog', 'menu', 'button', 'select']);
const FURNITURE_ROLES = /^(navigation|complementary|contentinfo|banner|dialog|alertdialog|search|menu|menubar|toolbar)$/;
const NEGATIVE =
  /(?:^|[\s_-])(?:nav|navbar|navigation|menu|footer|comments?|disqus|related|share|sharing|social|promo|promos|ads?|advert\w*|sponsor\w*|cookies?|consent|gdpr|newsletter|caption|credit|sidebar|breadcrumbs?|subscribe|subscription|signup|paywall|popup|modal|banner|outbrain|taboola|recirc\w*|trending|popular|more|read-?more|tags?|toolbar|masthead|widget|skip|hidden|print|author-?bio|bio|newsletter)(?=$|[\s_-])/i;
const POSITIVE = /article|body|content|entry|main|post|story|text|blog|prose/i;
const CMS_ROOTS =
  '[itemprop="articleBody"],.article-body,.article__body,.articleBody,.article-content,.story-body,.story-content,.entry-content,.post-content,.post-body,.content-body,.body-text';

/**
 * @typedef {{root: Element, skip: Set<Element>, how: string, best?: Element | null}} Detected
 */

/**
 * The class and id of `el` as one string.
 * @param {Element} el
 */
function names(el) {
  const c = el.getAttribute('class') || '';
  return el.id ? `${c} ${el.id}` : c;
}

/**
 * Whether `el` is page furniture by its tag, role, class or id.
 * @param {Element} el
 */
export function isFurniture(el) {
  if (FURNITURE_TAGS.has(el.localName)) return true;
  const role = el.getAttribute('role');
  if (role && FURNITURE_ROLES.test(role)) return true;
  const n = names(el);
  return !!n && NEGATIVE.test(n) && !/(?:^|[\s_-])(?:article|story|entry|post)-?(?:body|content|text)/i.test(n);
}

// Subtrees whose text is not read (as in text-map.js).
const UNREAD = new Set(['script', 'style', 'noscript', 'template', 'textarea', 'select', 'option', 'svg', 'math', 'iframe', 'object', 'canvas', 'head', 'title']);

// Elements that flow inside a paragraph: their text is their block's.
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'br', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins',
  'kbd', 'label', 'mark', 'q', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr',
]);

/**
 * Text and link-text lengths (whitespace runs as one) of every element under
 * `top`, and each block's own text (its text outside nested blocks: a <p>'s,
 * or a <div>'s lines between <br>s), in one walk over its text nodes.
 * @param {Element} top
 */
function measure(top) {
  /** @type {Map<Element, number>} */
  const text = new Map();
  /** @type {Map<Element, number>} */
  const links = new Map();
  /** @type {Map<Element, number>} own text of blocks */
  const own = new Map();
  /** @type {Map<Element, number>} */
  const ownLinks = new Map();
  const doc = /** @type {Document} */ (top.ownerDocument);
  const walker = doc.createTreeWalker(top, 5 /* elements and text */, {
    acceptNode: (n) => (n.nodeType === 1 && UNREAD.has(/** @type {Element} */ (n).localName) ? 2 /* reject */ : 1),
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType !== 3) continue;
    const data = /** @type {Text} */ (n).data;
    const len = data.trim() ? data.replace(/\s+/g, ' ').length : 0;
    if (!len) continue;
    let inLink = false;
    /** @type {Element | null} */
    let block = null;
    for (let e = n.parentElement; e; e = e.parentElement) {
      if (e.localName === 'a') inLink = true;
      text.set(e, (text.get(e) || 0) + len);
      if (inLink) links.set(e, (links.get(e) || 0) + len);
      if (!block && !INLINE.has(e.localName)) {
        block = e;
        own.set(e, (own.get(e) || 0) + len);
        if (inLink) ownLinks.set(e, (ownLinks.get(e) || 0) + len);
      }
      if (e === top) break;
    }
  }
  return { text, links, own, ownLinks };
}

/**
 * Finds the article in `doc`. Never throws; a page with no paragraphs gets
 * `<article>`, `<main>` or `<body>`.
 * @param {Document} doc
 * @returns {Detected}
 */
export function detectArticle(doc) {
  const body = doc.body || doc.documentElement;
  /** @type {Map<Element, number>} paragraph weight under each element */
  const weight = new Map();
  /** @type {Map<Element, number>} Readability-style block scores */
  const score = new Map();
  let total = 0;
  const { text, links, own, ownLinks } = measure(body);
  const textLength = (/** @type {Element} */ el) => text.get(el) || 0;
  const linkLength = (/** @type {Element} */ el) => links.get(el) || 0;
  // A wrapper of most of the page is no furniture, whatever its class says
  // ("page-with-sidebar").
  const big = textLength(body) * 0.4;
  // Nor is a block that holds the headline or the page's article.
  const furniture = (/** @type {Element} */ el) =>
    isFurniture(el) && textLength(el) < big && !el.querySelector('h1,article,[itemprop="articleBody"]');
  /** @type {Map<Element, boolean>} */
  const furnitureCache = new Map();
  /** @param {Element} el */
  const inFurniture = (el) => {
    /** @type {Element[]} */
    const path = [];
    let verdict = false;
    for (let e = /** @type {Element | null} */ (el); e && e !== body; e = e.parentElement) {
      const known = furnitureCache.get(e);
      if (known !== undefined) {
        verdict = known;
        break;
      }
      path.push(e);
      if (furniture(e)) {
        verdict = true;
        break;
      }
    }
    for (const e of path) furnitureCache.set(e, verdict);
    return verdict;
  };

  for (const [el, len] of own) {
    if (len < 25 || el === body || /^h[1-6]$/.test(el.localName)) continue;
    const w = len - (ownLinks.get(el) || 0);
    if (w < 20 || inFurniture(el) || (el.checkVisibility && !el.checkVisibility({ visibilityProperty: true }))) continue;
    total += w;
    let level = 0;
    for (let a = el.parentElement; a; a = a.parentElement) {
      weight.set(a, (weight.get(a) || 0) + w);
      if (level < 5 && a !== body) score.set(a, (score.get(a) || 0) + w / (level === 0 ? 1 : level === 1 ? 2 : level * 3));
      level++;
    }
    weight.set(el, (weight.get(el) || 0) + w);
  }

  const fallback = doc.querySelector('article') || doc.querySelector('main') || body;
  if (!total) return { root: fallback, skip: new Set(), how: 'no paragraphs found' };

  // 2. The best block.
  /** @type {Element | null} */
  let best = null;
  let bestScore = 0;
  for (const [el, s] of score) {
    const len = textLength(el) || 1;
    const n = names(el);
    const bonus = (n && POSITIVE.test(n) ? 1.25 : 1) * (furniture(el) ? 0.3 : 1);
    const final = s * (1 - Math.min(1, linkLength(el) / len)) * bonus;
    score.set(el, final);
    if (final > bestScore) {
      best = el;
      bestScore = final;
    }
  }
  if (!best) return { root: fallback, skip: new Set(), how: 'no paragraphs found' };
  // An article cut in parts by pictures or ads: when two or more other
  // blocks score at least half as well, their common ancestor with the best is
  // the article (unless that is the whole page).
  const rivals = [...score]
    .filter(([el, s]) => s >= bestScore * 0.5 && !el.contains(best) && !best?.contains(el))
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([el]) => el);
  if (rivals.length >= 2) {
    for (let a = best.parentElement; a && a !== body; a = a.parentElement) {
      if (rivals.filter((r) => a?.contains(r)).length >= 2) {
        best = a;
        bestScore = score.get(a) || bestScore;
        break;
      }
    }
  }

  // 3. Siblings that belong to the article.
  /** @type {Element} */
  let root = best;
  /** @type {Set<Element>} */
  let skip = new Set();
  const parent = best.parentElement;
  if (parent && parent !== doc.documentElement) {
    const joined = [];
    for (const sib of parent.children) {
      if (sib === best) continue;
      const s = score.get(sib) || 0;
      const len = textLength(sib);
      const plain = sib.localName === 'p' && len > 80 && linkLength(sib) / len < 0.25 && !inFurniture(sib);
      if ((s >= bestScore * 0.2 && !furniture(sib)) || plain) joined.push(sib);
    }
    if (joined.length) {
      root = parent;
      const keep = new Set([best, ...joined]);
      for (const sib of parent.children) if (!keep.has(sib)) skip.add(sib);
    }
  }
  let how = 'the densest block of paragraphs';

  // 4. The page's own article root, when it agrees with the guess.
  const rootWeight = weight.get(root) || 0;
  for (const el of [...doc.querySelectorAll(CMS_ROOTS), ...doc.querySelectorAll('article'), doc.querySelector('main')]) {
    if (!el || !(el.contains(best) || root.contains(el))) continue;
    const w = weight.get(el) || 0;
    if (w >= rootWeight * 0.8 && w <= rootWeight * 1.3) {
      if (el !== root) skip = new Set();
      root = el;
      how = el.matches('article') ? 'the page’s <article>' : el.matches('main') ? 'the page’s <main>' : 'the page’s article body';
      break;
    }
  }

  // 5. Furniture and link lists inside the root.
  const all = weight.get(root) || 0;
  for (const el of root.querySelectorAll('*')) {
    if (skip.has(el)) continue;
    const w = weight.get(el) || 0;
    if (w > all * 0.4) continue;
    let out = isFurniture(el);
    if (!out && (el.localName === 'ul' || el.localName === 'ol' || el.localName === 'div' || el.localName === 'section')) {
      const len = textLength(el);
      out = len > 0 && linkLength(el) / len > 0.6 && len < 1500;
    }
    if (out) skip.add(el);
  }
  return { root, skip, how, best };
}

/**
 * A short description of `el` for the panel: `<div class="story-body">`.
 * @param {Element} el
 */
export function describe(el) {
  let s = `<${el.localName}`;
  if (el.id) s += ` id="${el.id}"`;
  const c = (el.getAttribute('class') || '').trim().split(/\s+/).slice(0, 2).join(' ');
  if (c) s += ` class="${c}"`;
  return `${s}>`;
}
