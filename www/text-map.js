// text-map.js: the DOM of an article root as one string, and back.
//
// `collect(root)` walks the root's text nodes in reading order and builds the
// string the core analyses: whitespace collapses as the browser renders it,
// block boundaries (paragraphs, headings, list items, cells) become blank
// lines, <br> a line break. Script, style, form fields, hidden and
// aria-hidden subtrees are left out. Every character of the string that came
// from a text node remembers where it came from, so `rangeFor(start, end)`
// turns a span of the string (UTF-16 offsets, as the core returns them) into a
// DOM Range, even when the span crosses <a>, <em> or other inline markup.

const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'textarea', 'input', 'select', 'option',
  'button', 'iframe', 'object', 'embed', 'canvas', 'svg', 'math', 'video', 'audio',
  'img', 'picture', 'head', 'title', 'meta', 'link', 'fact-lens', 'datalist', 'dialog',
]);

// Elements whose boundaries break the text when CSS gives no answer (no
// computed style, or display: contents on a <p>): the segmenter needs them.
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'tr', 'td', 'th', 'caption', 'ul', 'menu',
]);

const COLLAPSE_ALL = /[ \t\n\r\f]+/g;
const COLLAPSE_SPACES = /[ \t\r\f]+/g;

/**
 * One stretch of the string copied from one text node without change:
 * string offsets out..out+len map to node offsets off..off+len.
 * @typedef {{out: number, node: Text, off: number, len: number}} Piece
 */

export class TextMap {
  /**
   * @param {string} text
   * @param {Piece[]} pieces
   */
  constructor(text, pieces) {
    this.text = text;
    this.pieces = pieces;
  }

  /**
   * The index of the last piece starting at or before `pos`, or -1.
   * @param {number} pos
   */
  pieceAt(pos) {
    const p = this.pieces;
    let lo = 0;
    let hi = p.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (p[mid].out <= pos) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found;
  }

  /**
   * The DOM position of string offset `pos`. A start offset that falls between
   * pieces (on an inserted paragraph break) moves forward to the next piece;
   * an end offset moves back to the end of the previous one.
   * @param {number} pos
   * @param {'start' | 'end'} side
   * @returns {{node: Text, offset: number} | null}
   */
  position(pos, side) {
    const p = this.pieces;
    if (side === 'start') {
      let i = this.pieceAt(pos);
      if (i < 0) i = 0;
      else if (pos >= p[i].out + p[i].len) i += 1;
      const piece = p[i];
      if (!piece) return null;
      return { node: piece.node, offset: piece.off + Math.max(0, pos - piece.out) };
    }
    const i = this.pieceAt(pos - 1);
    if (i < 0) return null;
    const piece = p[i];
    return { node: piece.node, offset: piece.off + Math.min(piece.len, pos - piece.out) };
  }

  /**
   * A live Range over string offsets start..end (end exclusive), or null when
   * the span is empty, out of bounds or its nodes have left the document.
   * @param {number} start
   * @param {number} end
   * @returns {Range | null}
   */
  rangeFor(start, end) {
    if (!(end > start) || start < 0 || end > this.text.length) return null;
    const a = this.position(start, 'start');
    const b = this.position(end, 'end');
    if (!a || !b) return null;
    if (!a.node.isConnected || !b.node.isConnected) return null;
    if (a.offset > a.node.length || b.offset > b.node.length) return null;
    const range = a.node.ownerDocument.createRange();
    try {
      range.setStart(a.node, a.offset);
      range.setEnd(b.node, b.offset);
    } catch {
      return null;
    }
    return range.collapsed ? null : range;
  }
}

/**
 * Collects the text of `root`.
 * @param {Element} root
 * @param {{skip?: (el: Element) => boolean}} [options] `skip` leaves out more subtrees
 * @returns {TextMap}
 */
export function collect(root, options = {}) {
  const view = root.ownerDocument.defaultView;
  /** @type {string[]} */
  const parts = [];
  /** @type {Piece[]} */
  const pieces = [];
  let length = 0;
  let pendingBreak = 0; // newlines owed before the next text: 1 (line) or 2 (paragraph)
  /** @type {{node: Text, off: number} | null} */
  let pendingSpace = null; // a collapsed run of whitespace owed as one space
  let atLineStart = true;

  /** @param {number} n */
  const lineBreak = (n) => {
    if (length > 0) pendingBreak = Math.max(pendingBreak, n);
    pendingSpace = null;
  };

  /**
   * Appends node.data[from, to) unchanged.
   * @param {Text} node @param {number} from @param {number} to
   */
  const append = (node, from, to) => {
    if (to <= from) return;
    if (pendingBreak) {
      parts.push(pendingBreak === 2 ? '\n\n' : '\n');
      length += pendingBreak;
      pendingBreak = 0;
      pendingSpace = null;
    } else if (pendingSpace) {
      push(pendingSpace.node, pendingSpace.off, pendingSpace.off + 1, ' ');
      pendingSpace = null;
    }
    push(node, from, to, node.data.slice(from, to));
    atLineStart = false;
  };

  /** @param {Text} node @param {number} from @param {number} to @param {string} str */
  const push = (node, from, to, str) => {
    const last = pieces[pieces.length - 1];
    if (last && last.node === node && last.off + last.len === from && last.out + last.len === length) {
      last.len += to - from;
    } else {
      pieces.push({ out: length, node, off: from, len: to - from });
    }
    parts.push(str);
    length += str.length;
  };

  /** @param {Text} node @param {string} mode */
  const text = (node, mode) => {
    const data = node.data;
    if (mode === 'pre') {
      append(node, 0, data.length);
      if (data.endsWith('\n')) atLineStart = true;
      return;
    }
    const re = mode === 'pre-line' ? COLLAPSE_SPACES : COLLAPSE_ALL;
    re.lastIndex = 0;
    let from = 0;
    for (let m = re.exec(data); m; m = re.exec(data)) {
      append(node, from, m.index);
      if (!atLineStart && !pendingBreak && !pendingSpace) pendingSpace = { node, off: m.index };
      from = m.index + m[0].length;
    }
    append(node, from, data.length);
    if (mode === 'pre-line' && data.endsWith('\n')) atLineStart = true;
  };

  /** @type {{block: boolean, mode: string}[]} */
  const stack = [];
  const modeOf = (/** @type {CSSStyleDeclaration} */ cs) => {
    const ws = cs.whiteSpace;
    if (ws === 'pre' || ws === 'pre-wrap' || ws === 'break-spaces') return 'pre';
    if (ws === 'pre-line') return 'pre-line';
    return 'normal';
  };

  /** @param {Element} el @returns {boolean} whether to walk its children */
  const enter = (el) => {
    const tag = el.localName;
    if (SKIP.has(tag) || el.hasAttribute('data-factlens-ui')) return false;
    if (options.skip && options.skip(el)) return false;
    if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return false;
    if (tag === 'br') {
      lineBreak(1);
      atLineStart = true;
      return false;
    }
    const cs = view ? view.getComputedStyle(el) : null;
    if (cs && (cs.display === 'none' || cs.visibility === 'hidden' || cs.contentVisibility === 'hidden')) {
      return false;
    }
    const display = cs ? cs.display : '';
    const block =
      display === '' || display === 'contents'
        ? BLOCK_TAGS.has(tag)
        : display !== 'inline' && !display.startsWith('inline') && display !== 'ruby';
    if (block) {
      lineBreak(2);
      atLineStart = true;
    }
    stack.push({ block, mode: cs ? modeOf(cs) : stack.length ? stack[stack.length - 1].mode : 'normal' });
    return true;
  };

  const leave = () => {
    const top = stack.pop();
    if (top && top.block) {
      lineBreak(2);
      atLineStart = true;
    }
  };

  const rootStyle = view ? view.getComputedStyle(root) : null;
  stack.push({ block: false, mode: rootStyle ? modeOf(rootStyle) : 'normal' });

  /** @type {Node | null} */
  let node = root.firstChild;
  while (node) {
    let descend = false;
    if (node.nodeType === 3) {
      text(/** @type {Text} */ (node), stack[stack.length - 1].mode);
    } else if (node.nodeType === 1 && enter(/** @type {Element} */ (node))) {
      if (node.firstChild) descend = true;
      else leave();
    }
    if (descend) {
      node = /** @type {Node} */ (node.firstChild);
      continue;
    }
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root) leave();
    }
    if (!node || node === root) break;
    node = node.nextSibling;
  }

  return new TextMap(parts.join(''), pieces);
}
