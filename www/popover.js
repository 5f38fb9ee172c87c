// popover.js: the card that says what a highlight is. It opens on hover,
// keyboard focus (next/previous item) or tap, lists every item under the
// point (most specific first), and is built with textContent only.

import { h } from './dom.js';

/**
 * @typedef {import('./paint.js').Painted} Painted
 * @typedef {import('./items.js').Item} Item
 */

export class Popover {
  /**
   * @param {ShadowRoot} shadow
   * @param {AbortSignal} signal
   * @param {{onEnter: () => void, onLeave: () => void}} hooks
   */
  constructor(shadow, signal, hooks) {
    const doc = /** @type {Document} */ (shadow.ownerDocument);
    this.doc = doc;
    this.el = h(doc, 'div', { class: 'popover', role: 'dialog', 'aria-modal': 'false', hidden: true, id: 'factlens-popover' });
    shadow.append(this.el);
    /** @type {Painted[]} */
    this.shown = [];
    this.pinned = false;
    /** @type {DOMRect | null} */
    this.anchor = null;
    this.el.addEventListener('pointerenter', hooks.onEnter, { signal });
    this.el.addEventListener('pointerleave', hooks.onLeave, { signal });
  }

  get open() {
    return !this.el.hidden;
  }

  /**
   * Shows `hits` next to `anchor` (a viewport rectangle).
   * @param {Painted[]} hits @param {DOMRect} anchor @param {boolean} pinned
   */
  show(hits, anchor, pinned) {
    const doc = this.doc;
    this.shown = hits;
    this.pinned = pinned;
    this.anchor = anchor;
    const sections = hits.slice(0, 3).map(({ item }) => section(doc, item));
    this.el.replaceChildren(...sections);
    this.el.setAttribute('aria-label', hits[0] ? hits[0].item.title : 'Factlens');
    this.el.hidden = false;
    this.place(anchor);
  }

  /** Keeps the card next to its anchor (after a scroll). */
  reposition() {
    const first = this.shown[0];
    if (!this.open || !first) return;
    const rect = first.ranges[0].getBoundingClientRect();
    this.place(rect);
  }

  /** @param {DOMRect} anchor */
  place(anchor) {
    const view = /** @type {Window} */ (this.doc.defaultView);
    const w = this.el.offsetWidth;
    const hgt = this.el.offsetHeight;
    const margin = 8;
    let top = anchor.bottom + margin;
    if (top + hgt > view.innerHeight - margin && anchor.top - hgt - margin > margin) {
      top = anchor.top - hgt - margin;
    }
    let left = Math.min(Math.max(margin, anchor.left), view.innerWidth - w - margin);
    left = Math.max(margin, left);
    this.el.style.setProperty('top', `${Math.round(top)}px`);
    this.el.style.setProperty('left', `${Math.round(left)}px`);
  }

  hide() {
    this.el.hidden = true;
    this.el.replaceChildren();
    this.shown = [];
    this.pinned = false;
  }
}

/**
 * One item's section of the card.
 * @param {Document} doc @param {Item} item
 */
export function section(doc, item) {
  const parts = [h(doc, 'p', { class: 'title' }, item.title)];
  for (const line of item.lines) parts.push(h(doc, 'p', {}, line));
  if (item.reasons.length) {
    parts.push(h(doc, 'p', {}, 'Why it is marked:'));
    parts.push(h(doc, 'ul', {}, ...item.reasons.map((r) => h(doc, 'li', {}, r))));
  }
  if (item.link) {
    parts.push(
      h(doc, 'p', {}, h(doc, 'a', { href: item.link, target: '_blank', rel: 'noopener noreferrer' }, 'Search fact-checks for this claim')),
    );
  }
  return h(doc, 'section', { 'data-item': item.id, 'data-cat': item.cat }, ...parts);
}
