// paint.js: puts the items on the page and finds the item under a point.
//
// HighlightPainter uses the CSS Custom Highlight API: ranges are registered in
// CSS.highlights and styled with ::highlight(); the article's DOM is never
// touched. MarkPainter is the fallback for browsers without it: it splits text
// nodes and wraps the pieces in <mark data-factlens>, and `clear()` undoes
// exactly that (same nodes, same text, same serialization).

import { STYLES } from './items.js';

/**
 * @typedef {import('./items.js').Item} Item
 * @typedef {import('./text-map.js').TextMap} TextMap
 * @typedef {{item: Item, ranges: Range[]}} Painted
 */

/** Whether this browser paints with the Highlight API. */
export function hasHighlightApi(/** @type {Window} */ view = window) {
  const css = /** @type {any} */ (view).CSS;
  return !!(css && css.highlights && typeof (/** @type {any} */ (view).Highlight) === 'function');
}

/** The Highlight API painter. */
export class HighlightPainter {
  /** @param {Document} doc */
  constructor(doc) {
    this.doc = doc;
    this.view = /** @type {any} */ (doc.defaultView);
    /** @type {Painted[]} */
    this.painted = [];
    this.mode = 'highlight';
    this.prefix = 'factlens-';
  }

  /**
   * Paints `items`, whose ranges come from `map`.
   * @param {Item[]} items @param {TextMap} map
   * @returns {Painted[]}
   */
  paint(items, map) {
    this.clear();
    /** @type {Map<string, Range[]>} */
    const byStyle = new Map(STYLES.map((s) => [s, []]));
    for (const item of items) {
      const ranges = [];
      for (const [s, e] of item.spans) {
        const r = map.rangeFor(s, e);
        if (r) ranges.push(r);
      }
      if (!ranges.length) continue;
      this.painted.push({ item, ranges });
      const list = byStyle.get(item.style) || byStyle.get('claim');
      if (item.style === 'quote' || item.style === 'quote-anon') {
        // The quote itself in its style, the source and cue words double-underlined.
        /** @type {Range[]} */ (byStyle.get(item.style)).push(ranges[0]);
        /** @type {Range[]} */ (byStyle.get(item.style === 'quote' ? 'source' : 'quote-anon')).push(...ranges.slice(1));
      } else {
        /** @type {Range[]} */ (list).push(...ranges);
      }
    }
    const registry = this.view.CSS.highlights;
    STYLES.forEach((style, priority) => {
      const ranges = /** @type {Range[]} */ (byStyle.get(style));
      if (!ranges.length) return;
      const h = new this.view.Highlight(...ranges);
      h.priority = priority;
      registry.set(this.prefix + style, h);
    });
    return this.painted;
  }

  /**
   * Marks `ranges` as the focused item (null: none).
   * @param {Range[] | null} ranges
   */
  setActive(ranges) {
    const registry = this.view.CSS.highlights;
    if (ranges && ranges.length) {
      const h = new this.view.Highlight(...ranges);
      h.priority = STYLES.length;
      registry.set(`${this.prefix}active`, h);
    } else {
      registry.delete(`${this.prefix}active`);
    }
  }

  /**
   * Flashes `ranges` once (skipped under prefers-reduced-motion by the caller).
   * @param {Range[]} ranges @param {number} ms
   */
  flash(ranges, ms) {
    const registry = this.view.CSS.highlights;
    const h = new this.view.Highlight(...ranges);
    h.priority = STYLES.length + 1;
    registry.set(`${this.prefix}flash`, h);
    this.view.setTimeout(() => {
      if (registry.get(`${this.prefix}flash`) === h) registry.delete(`${this.prefix}flash`);
    }, ms);
  }

  clear() {
    const registry = this.view.CSS.highlights;
    for (const style of [...STYLES, 'active', 'flash']) registry.delete(this.prefix + style);
    this.painted = [];
  }
}

/** The fallback painter: <mark data-factlens> elements. */
export class MarkPainter {
  /** @param {Document} doc */
  constructor(doc) {
    this.doc = doc;
    this.view = /** @type {any} */ (doc.defaultView);
    /** @type {Painted[]} */
    this.painted = [];
    this.mode = 'marks';
    /** @type {HTMLElement[]} */
    this.marks = [];
    /** Split text nodes: original node → the nodes split off it, in order. */
    /** @type {Map<Text, Text[]>} */
    this.splits = new Map();
    /** @type {Map<Item, HTMLElement[]>} */
    this.marksOf = new Map();
  }

  /**
   * @param {Item[]} items @param {TextMap} map
   * @returns {Painted[]}
   */
  paint(items, map) {
    this.clear();
    // 1. Every span boundary as a (text node, offset) cut.
    /** @type {{item: Item, a: {node: Text, offset: number}, b: {node: Text, offset: number}}[]} */
    const spans = [];
    /** @type {Map<Text, Set<number>>} */
    const cuts = new Map();
    const addCut = (/** @type {Text} */ node, /** @type {number} */ off) => {
      if (off <= 0 || off >= node.length) return;
      let set = cuts.get(node);
      if (!set) cuts.set(node, (set = new Set()));
      set.add(off);
    };
    for (const item of items) {
      for (const [s, e] of item.spans) {
        if (!map.rangeFor(s, e)) continue;
        const a = /** @type {{node: Text, offset: number}} */ (map.position(s, 'start'));
        const b = /** @type {{node: Text, offset: number}} */ (map.position(e, 'end'));
        spans.push({ item, a, b });
        addCut(a.node, a.offset);
        addCut(b.node, b.offset);
      }
    }
    // 2. Split each text node at its cuts; remember the pieces.
    /** @type {Map<Text, {at: number, node: Text}[]>} */
    const segmentsOf = new Map();
    for (const [node, set] of cuts) {
      const offsets = [...set].sort((x, y) => x - y);
      /** @type {{at: number, node: Text}[]} */
      const segs = [{ at: 0, node }];
      let current = node;
      let base = 0;
      for (const off of offsets) {
        const tail = current.splitText(off - base);
        segs.push({ at: off, node: tail });
        current = tail;
        base = off;
      }
      segmentsOf.set(node, segs);
      this.splits.set(node, segs.slice(1).map((s) => s.node));
    }
    const segmentAt = (/** @type {Text} */ node, /** @type {number} */ off, /** @type {'start'|'end'} */ side) => {
      const segs = segmentsOf.get(node);
      if (!segs) return { node, offset: off };
      for (let i = segs.length - 1; i >= 0; i--) {
        if (side === 'start' ? segs[i].at <= off : segs[i].at < off) {
          return { node: segs[i].node, offset: off - segs[i].at };
        }
      }
      return { node: segs[0].node, offset: off };
    };
    // 3. Wrap every text node a span covers, longest spans first so that
    // shorter ones nest inside.
    /** @type {Map<Item, [Text, Text][]>} */
    const nodesOf = new Map();
    const order = spans
      .map((s) => ({ ...s, len: s.item.end - s.item.start }))
      .sort((x, y) => y.len - x.len);
    for (const { item, a, b } of order) {
      const start = segmentAt(a.node, a.offset, 'start');
      const end = segmentAt(b.node, b.offset, 'end');
      const range = this.doc.createRange();
      try {
        range.setStart(start.node, start.offset);
        range.setEnd(end.node, end.offset);
      } catch {
        continue;
      }
      const nodes = textNodesIn(range);
      const style = item.style;
      for (const t of nodes) {
        const mark = this.doc.createElement('mark');
        mark.setAttribute('data-factlens', style);
        mark.setAttribute('data-factlens-id', item.id);
        t.before(mark);
        mark.append(t);
        this.marks.push(mark);
        let list = this.marksOf.get(item);
        if (!list) this.marksOf.set(item, (list = []));
        list.push(mark);
      }
      if (nodes.length) {
        let list = nodesOf.get(item);
        if (!list) nodesOf.set(item, (list = []));
        list.push([nodes[0], nodes[nodes.length - 1]]);
      }
    }
    // 4. Ranges for hit testing, made once no node moves any more (a live
    // range whose boundary node is moved collapses to the old parent).
    for (const item of items) {
      const ends = nodesOf.get(item);
      if (!ends) continue;
      const ranges = ends.map(([first, last]) => {
        const r = this.doc.createRange();
        r.setStart(first, 0);
        r.setEnd(last, last.length);
        return r;
      });
      this.painted.push({ item, ranges });
    }
    return this.painted;
  }

  /** @param {Range[] | null} _ranges @param {Item} [item] */
  setActive(_ranges, item) {
    for (const m of this.marks) m.removeAttribute('data-factlens-active');
    if (item) for (const m of this.marksOf.get(item) || []) m.setAttribute('data-factlens-active', '');
  }

  /** @param {Range[]} _ranges @param {number} ms @param {Item} [item] */
  flash(_ranges, ms, item) {
    const marks = item ? this.marksOf.get(item) || [] : [];
    // One flash at a time, as with the Highlight API painter.
    for (const m of this.marks) m.removeAttribute('data-factlens-flash');
    for (const m of marks) m.setAttribute('data-factlens-flash', '');
    this.view.setTimeout(() => {
      for (const m of marks) m.removeAttribute('data-factlens-flash');
    }, ms);
  }

  /** Removes every mark and joins every split text node back together. */
  clear() {
    for (const mark of this.marks) {
      if (mark.parentNode) mark.replaceWith(...mark.childNodes);
    }
    for (const [node, tails] of this.splits) {
      let data = node.data;
      for (const t of tails) {
        data += t.data;
        t.remove();
      }
      if (node.data !== data) node.data = data;
    }
    this.marks = [];
    this.splits = new Map();
    this.marksOf = new Map();
    this.painted = [];
  }
}

/**
 * The text nodes a range covers entirely (the range's ends are on node
 * boundaries after the splits above).
 * @param {Range} range
 * @returns {Text[]}
 */
function textNodesIn(range) {
  const root = range.commonAncestorContainer;
  if (root.nodeType === 3) return range.startOffset < range.endOffset ? [/** @type {Text} */ (root)] : [];
  const doc = /** @type {Document} */ (root.ownerDocument);
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  /** @type {Text[]} */
  const out = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = /** @type {Text} */ (n);
    if (!range.intersectsNode(t) || t.length === 0) continue;
    const from = t === range.startContainer ? range.startOffset : 0;
    const to = t === range.endContainer ? range.endOffset : t.length;
    if (to > from) out.push(t);
  }
  return out;
}

/**
 * The painted items under the point (x, y), most specific (shortest) first.
 * @param {Document} doc @param {Painted[]} painted @param {number} x @param {number} y
 * @returns {Painted[]}
 */
export function paintedAt(doc, painted, x, y) {
  const anyDoc = /** @type {any} */ (doc);
  /** @type {{node: Node, offset: number} | null} */
  let caret = null;
  if (typeof anyDoc.caretPositionFromPoint === 'function') {
    const p = anyDoc.caretPositionFromPoint(x, y);
    if (p) caret = { node: p.offsetNode, offset: p.offset };
  } else if (typeof anyDoc.caretRangeFromPoint === 'function') {
    const r = anyDoc.caretRangeFromPoint(x, y);
    if (r) caret = { node: r.startContainer, offset: r.startOffset };
  }
  if (!caret || caret.node.nodeType !== 3) return [];
  /** @type {{p: Painted, len: number}[]} */
  const hits = [];
  for (const p of painted) {
    for (const r of p.ranges) {
      let inside = false;
      try {
        inside = r.isPointInRange(caret.node, caret.offset) || (caret.offset > 0 && r.isPointInRange(caret.node, caret.offset - 1));
      } catch {
        inside = false;
      }
      if (inside && rectsContain(r, x, y)) {
        hits.push({ p, len: p.item.end - p.item.start });
        break;
      }
    }
  }
  return hits.sort((a, b) => a.len - b.len).map((h) => h.p);
}

/** @param {Range} r @param {number} x @param {number} y */
function rectsContain(r, x, y) {
  for (const rect of r.getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return true;
  }
  return false;
}
