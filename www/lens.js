// lens.js: one mounted lens. It owns what it adds to the page (the painted
// highlights or marks, one host element for its shadow-DOM UI, one adopted
// stylesheet, its event listeners) and `unmount()` takes all of it away.

import { CATEGORIES, buildItems, groupDigits } from './items.js';
import { HighlightPainter, MarkPainter, hasHighlightApi, paintedAt } from './paint.js';
import { Panel } from './panel.js';
import { Popover } from './popover.js';
import { adoptPageSheet, uiSheetFor } from './styles.js';
import { h } from './dom.js';

/**
 * @typedef {import('./items.js').Item} Item
 * @typedef {import('./paint.js').Painted} Painted
 * @typedef {import('./text-map.js').TextMap} TextMap
 * @typedef {{
 *   date?: string, categories: Set<string>, claimThreshold: number,
 *   paint: 'auto'|'highlight'|'marks', panel: 'open'|'closed'|'none',
 *   factCheckUrl?: string, shortcuts: boolean, host?: HTMLElement,
 * }} LensOptions
 * @typedef {{load: number, collect: number, analyze: number, paint: number, total: number}} Timings
 */

/** How long the root must be still before changes are read (ms). */
const SETTLE_MS = 400;

/**
 * Whether a mutation record is the lens's own (a <mark data-factlens> added,
 * removed or split, or its UI host).
 * @param {MutationRecord} r
 */
function isOwn(r) {
  const own = (/** @type {Node} */ n) =>
    n.nodeType === 1 && (/** @type {Element} */ (n).hasAttribute('data-factlens') || /** @type {Element} */ (n).hasAttribute('data-factlens-ui'));
  const t = r.target.nodeType === 1 ? /** @type {Element} */ (r.target) : r.target.parentElement;
  if (t && t.closest('mark[data-factlens],[data-factlens-ui]')) return true;
  return r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every(own) && r.addedNodes.length + r.removedNodes.length > 0;
}

/** Page-level sheet users, so the last lens to go removes it. */
let sheetUsers = 0;
/** @type {(() => void) | null} */
let removeSheet = null;

export class Lens {
  /**
   * @param {Element} root @param {TextMap} map @param {any} analysis
   * @param {LensOptions} options @param {Timings} timings
   */
  constructor(root, map, analysis, options, timings) {
    this.root = root;
    this.doc = /** @type {Document} */ (root.ownerDocument);
    this.view = /** @type {Window & typeof globalThis} */ (this.doc.defaultView);
    this.map = map;
    this.text = map.text;
    this.analysis = analysis;
    this.options = options;
    this.timings = timings;
    this.items = buildItems(analysis, { claimThreshold: options.claimThreshold, factCheckUrl: options.factCheckUrl });
    this.categories = new Set(options.categories);
    this.visible = true;
    this.mounted = true;
    /** @type {Item | null} */
    this.current = null;
    /** @type {Painted[]} */
    this.painted = [];
    const useHighlights = options.paint === 'highlight' || (options.paint === 'auto' && hasHighlightApi(this.view));
    if (options.paint === 'highlight' && !hasHighlightApi(this.view)) {
      throw new Error('factlens: paint "highlight" was asked for, but this browser has no CSS Custom Highlight API');
    }
    this.painter = useHighlights ? new HighlightPainter(this.doc) : new MarkPainter(this.doc);
    this.mode = this.painter.mode;
    this.abort = new AbortController();
    /** @type {HTMLElement | null} */
    this.host = null;
    this.ownsHost = false;
    /** @type {Panel | null} */
    this.panel = null;
    /** @type {Popover | null} */
    this.popover = null;
    /** @type {number} */
    this.hideTimer = 0;
    this.overPopover = false;
    this.frame = 0;
    /** How many times the text was analysed (1 at mount, +1 per changed re-read). */
    this.analyses = 1;
    /**
     * Re-reads the root (set by mount()): its text map, and an analysis (the
     * same object when the text did not change).
     * @type {(() => Promise<{map: TextMap, analysis: any}>) | null}
     */
    this.reread = null;
    /**
     * Set when the lens found its own root: which part of the page it read.
     * @type {{how: string, element: string, skipped: number, whole: boolean} | null}
     */
    this.auto = null;
    /** Switches between the detected article and the whole page (auto roots only). @type {(() => Promise<Lens>) | null} */
    this.switchRoot = null;
    /** @type {MutationObserver | null} */
    this.observer = null;
    this.settleTimer = 0;
    this.updating = false;
    this.dirty = false;
  }

  /** Paints and builds the UI. On failure everything added is taken away. */
  start() {
    try {
      if (sheetUsers++ === 0) removeSheet = adoptPageSheet(this.doc);
      this.repaint();
      this.buildUi();
      this.listen();
      this.watch();
    } catch (err) {
      this.unmount();
      throw err;
    }
  }

  /** Items of the categories switched on. */
  visibleItems() {
    return this.items.filter((i) => this.categories.has(i.cat));
  }

  repaint() {
    this.painted = this.visible ? this.painter.paint(this.visibleItems(), this.map) : [];
    if (!this.visible) this.painter.clear();
    // The <mark> painter's own changes to the root are not the page's.
    this.observer?.takeRecords();
    if (this.current && !this.painted.some((p) => p.item === this.current)) this.current = null;
  }

  buildUi() {
    if (this.options.host) {
      this.host = this.options.host;
      this.shadow = this.host.shadowRoot || this.host.attachShadow({ mode: 'open' });
      this.shadow.replaceChildren();
    } else {
      this.host = this.doc.createElement('factlens-ui');
      this.host.setAttribute('data-factlens-ui', '');
      this.ownsHost = true;
      this.shadow = this.host.attachShadow({ mode: 'open' });
    }
    this.shadow.adoptedStyleSheets = [uiSheetFor(this.doc)];
    const signal = this.abort.signal;
    this.live = h(this.doc, 'div', { class: 'sr', 'aria-live': 'polite', role: 'status' });
    this.shadow.append(this.live);
    this.popover = new Popover(this.shadow, signal, {
      onEnter: () => {
        this.overPopover = true;
        this.view.clearTimeout(this.hideTimer);
      },
      onLeave: () => {
        this.overPopover = false;
        this.scheduleHide();
      },
    });
    if (this.options.panel !== 'none') {
      this.panel = new Panel(this, this.shadow, signal);
      if (this.options.panel === 'open') this.panel.setOpen(true, { focus: false });
    }
    if (this.ownsHost) this.doc.documentElement.append(this.host);
  }

  listen() {
    const signal = this.abort.signal;
    const doc = this.doc;
    doc.addEventListener('pointermove', (e) => this.onPointerMove(e), { signal, passive: true });
    doc.addEventListener('click', (e) => this.onClick(e), { signal });
    doc.addEventListener('scroll', () => this.onScroll(), { signal, passive: true, capture: true });
    this.view.addEventListener('resize', () => this.popover?.reposition(), { signal, passive: true });
    this.view.addEventListener('keydown', (e) => this.onKey(e), { signal });
  }

  /**
   * Watches the root for content the page adds or changes after mount (lazy
   * paragraphs, "read more"): once it has been still for SETTLE_MS, the text
   * is read again, analysed if it changed, and repainted.
   */
  watch() {
    if (!this.reread || !this.view.MutationObserver) return;
    this.observer = new this.view.MutationObserver((records) => {
      if (!records.some((r) => !isOwn(r))) return;
      this.view.clearTimeout(this.settleTimer);
      this.settleTimer = this.view.setTimeout(() => this.update(), SETTLE_MS);
    });
    this.observer.observe(this.root, { childList: true, subtree: true, characterData: true });
  }

  /** Reads the root again and repaints (see watch()). */
  async update() {
    if (!this.mounted || !this.reread) return;
    if (this.updating) {
      this.dirty = true;
      return;
    }
    this.updating = true;
    try {
      // Marks split text nodes: the text is read from the page as it was.
      if (this.mode === 'marks') {
        this.painter.clear();
        this.observer?.takeRecords();
      }
      const { map, analysis } = await this.reread();
      if (!this.mounted) return;
      if (analysis !== this.analysis) {
        this.analysis = analysis;
        this.items = buildItems(analysis, { claimThreshold: this.options.claimThreshold, factCheckUrl: this.options.factCheckUrl });
        this.analyses += 1;
        this.current = null;
        this.popover?.hide();
      }
      this.map = map;
      this.text = map.text;
      this.repaint();
      this.panel?.refresh();
      this.root.dispatchEvent(new this.view.CustomEvent('factlens:updated', { detail: { analyses: this.analyses } }));
    } finally {
      this.updating = false;
      if (this.dirty && this.mounted) {
        this.dirty = false;
        this.update();
      }
    }
  }

  /** Whether the event happened inside the lens's own UI. @param {Event} e */
  fromUi(e) {
    return !!this.host && e.composedPath().includes(this.host);
  }

  /** @param {PointerEvent} e */
  onPointerMove(e) {
    if (e.pointerType === 'touch' || this.fromUi(e)) return;
    const { clientX: x, clientY: y } = e;
    if (this.frame) return;
    this.frame = this.view.requestAnimationFrame(() => {
      this.frame = 0;
      if (!this.mounted || !this.popover) return;
      const hits = paintedAt(this.doc, this.painted, x, y);
      if (hits.length) {
        this.view.clearTimeout(this.hideTimer);
        if (this.popover.pinned && this.popover.shown[0]?.item !== hits[0].item) return;
        if (this.popover.shown[0]?.item !== hits[0].item) this.popover.show(hits, anchorRect(hits[0], x, y), false);
      } else if (!this.popover.pinned) {
        this.scheduleHide();
      }
    });
  }

  scheduleHide() {
    this.view.clearTimeout(this.hideTimer);
    this.hideTimer = this.view.setTimeout(() => {
      if (this.popover && !this.popover.pinned && !this.overPopover) this.popover.hide();
    }, 250);
  }

  /** A click or tap on a highlight pins its card; elsewhere it closes it. @param {MouseEvent} e */
  onClick(e) {
    if (this.fromUi(e) || !this.popover) return;
    const hits = paintedAt(this.doc, this.painted, e.clientX, e.clientY);
    if (hits.length) {
      this.setCurrent(hits[0].item, false);
      this.popover.show(hits, anchorRect(hits[0], e.clientX, e.clientY), true);
      this.announce(hits[0].item);
    } else if (this.popover.open) {
      this.popover.hide();
      this.setCurrent(null, false);
    }
  }

  onScroll() {
    if (!this.popover || !this.popover.open) return;
    if (this.popover.pinned) this.popover.reposition();
    else if (!this.overPopover) this.popover.hide();
  }

  /** @param {KeyboardEvent} e */
  onKey(e) {
    if (e.key === 'Escape' && this.popover?.open) {
      this.popover.hide();
      this.setCurrent(null, false);
      return;
    }
    if (!this.options.shortcuts || !e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return;
    // Alt+Shift+letter types characters on some keyboards: never steal it
    // from a field the reader is typing in.
    if (isEditable(e.composedPath()[0])) return;
    const action = { KeyL: 'toggle', KeyN: 'next', KeyP: 'prev', KeyO: 'panel' }[e.code];
    if (!action) return;
    e.preventDefault();
    if (action === 'toggle') this.setVisible(!this.visible);
    else if (action === 'next') this.next();
    else if (action === 'prev') this.prev();
    else if (this.panel) this.panel.setOpen(!this.panel.open);
  }

  /** Moves to the next item in reading order (wrapping around). */
  next() {
    return this.step(1);
  }

  /** Moves to the previous item in reading order (wrapping around). */
  prev() {
    return this.step(-1);
  }

  /** @param {number} dir */
  step(dir) {
    const list = this.painted;
    if (!list.length) return null;
    const at = this.current ? list.findIndex((p) => p.item === this.current) : -1;
    const i = at < 0 ? (dir > 0 ? 0 : list.length - 1) : (at + dir + list.length) % list.length;
    this.focusItem(list[i].item, { source: 'keys' });
    return list[i].item;
  }

  /**
   * Scrolls to `item`, flashes it and opens its card.
   * @param {Item} item @param {{source?: string}} [opts]
   */
  focusItem(item, opts = {}) {
    const painted = this.painted.find((p) => p.item === item);
    if (!painted || !this.popover) return;
    this.setCurrent(item, true);
    const reduce = this.view.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    const range = painted.ranges[0];
    const target = range.startContainer.parentElement;
    target?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: reduce ? 'auto' : 'smooth' });
    this.painter.flash(painted.ranges, 900, item);
    this.popover.show([painted], range.getBoundingClientRect(), true);
    this.announce(item);
    if (opts.source === 'panel' && this.panel && this.view.innerWidth < 700) this.panel.setOpen(false, { focus: false });
  }

  /** @param {Item | null} item @param {boolean} _scroll */
  setCurrent(item, _scroll) {
    this.current = item;
    const painted = item ? this.painted.find((p) => p.item === item) : null;
    this.painter.setActive(painted ? painted.ranges : null, item ?? undefined);
  }

  /** @param {Item} item */
  announce(item) {
    if (!this.live) return;
    const i = this.painted.findIndex((p) => p.item === item);
    this.live.textContent = `${i + 1} of ${this.painted.length}: ${item.title}. ${item.lines.join(' ')}`;
  }

  /** Shows or hides every highlight (the lens stays mounted). @param {boolean} on */
  setVisible(on) {
    this.visible = on;
    this.popover?.hide();
    this.repaint();
    this.panel?.refresh();
    this.restoreFocus('[data-action="highlights"]');
  }

  /** Switches a category on or off. @param {string} cat */
  toggleCategory(cat) {
    if (!CATEGORIES.includes(/** @type {any} */ (cat))) return;
    if (this.categories.has(cat)) this.categories.delete(cat);
    else this.categories.add(cat);
    this.popover?.hide();
    this.repaint();
    this.panel?.refresh();
    this.restoreFocus(`.filter[data-cat="${cat}"]`);
  }

  /** After a panel re-render, focus returns to the control that caused it. @param {string} selector */
  restoreFocus(selector) {
    if (!this.panel || !this.panel.open) return;
    /** @type {HTMLElement | null} */ (this.panel.el.querySelector(selector))?.focus();
  }

  /** Titles of the people the core found ("Defence Minister"), by name. */
  peopleTitles() {
    /** @type {Map<string, string>} */
    const m = new Map();
    for (const p of Array.isArray(this.analysis.people) ? this.analysis.people : []) {
      if (p && typeof p.name === 'string' && typeof p.title === 'string' && p.title) m.set(p.name, p.title);
    }
    return m;
  }

  /** "<article> (4,210 characters)". */
  readDescription() {
    const el = this.root;
    let what = this.auto ? this.auto.element : `<${el.localName}>`;
    if (!this.auto && el.id) what += `#${el.id}`;
    return `${what} (${groupDigits(this.text.length, 0)} characters)`;
  }

  /** Words in the text read. */
  words() {
    return (this.text.match(/\S+/g) || []).length;
  }

  /** Takes away everything the lens added to the page. Safe to call twice. */
  unmount() {
    if (!this.mounted) return;
    this.mounted = false;
    this.observer?.disconnect();
    this.observer = null;
    this.view.clearTimeout(this.settleTimer);
    this.abort.abort();
    this.view.clearTimeout(this.hideTimer);
    if (this.frame) this.view.cancelAnimationFrame(this.frame);
    this.painter.clear();
    if (this.host) {
      if (this.ownsHost) this.host.remove();
      else this.shadow?.replaceChildren();
    }
    this.panel = null;
    this.popover = null;
    if (--sheetUsers <= 0 && removeSheet) {
      sheetUsers = 0;
      removeSheet();
      removeSheet = null;
    }
  }
}

/** Whether `target` takes typed text (a field, or contenteditable). @param {EventTarget | undefined} target */
function isEditable(target) {
  const el = /** @type {HTMLElement | null} */ (target && /** @type {Node} */ (target).nodeType === 1 ? target : null);
  if (!el) return false;
  return el.isContentEditable || el.localName === 'textarea' || el.localName === 'select' || (el.localName === 'input' && !['button', 'checkbox', 'radio', 'submit', 'reset'].includes(/** @type {HTMLInputElement} */ (el).type));
}

/**
 * The rectangle of the highlight under (x, y), for placing the card.
 * @param {Painted} p @param {number} x @param {number} y
 */
function anchorRect(p, x, y) {
  for (const r of p.ranges) {
    for (const rect of r.getClientRects()) {
      if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return rect;
    }
  }
  return p.ranges[0].getBoundingClientRect();
}
