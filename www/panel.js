// panel.js: the side panel (in the lens's shadow root). It lists the claims
// by score, the people quoted with their quotes, unnamed sources, the figures
// and the flags, with counts and a filter per category. Every entry is a
// button: activating it scrolls to the span, flashes it and opens its card.

import { CATEGORIES, CATEGORY_LABELS, REPORTS, countByCategory, groupDigits } from './items.js';
import { excerpt, h } from './dom.js';

/**
 * @typedef {import('./items.js').Item} Item
 * @typedef {import('./lens.js').Lens} Lens
 */

const SHORTCUTS = [
  ['Alt+Shift+L', 'highlights on/off'],
  ['Alt+Shift+N', 'next item'],
  ['Alt+Shift+P', 'previous item'],
  ['Alt+Shift+O', 'open/close this panel'],
  ['Esc', 'close the card or the panel'],
];

export class Panel {
  /**
   * @param {Lens} lens @param {ShadowRoot} shadow @param {AbortSignal} signal
   */
  constructor(lens, shadow, signal) {
    const doc = /** @type {Document} */ (shadow.ownerDocument);
    this.doc = doc;
    this.lens = lens;
    this.signal = signal;
    const total = lens.items.length;
    this.toggle = h(
      doc,
      'button',
      { type: 'button', class: 'toggle', 'aria-expanded': 'false', 'aria-controls': 'factlens-panel' },
      h(doc, 'span', { class: 'dot', 'aria-hidden': 'true' }),
      'Factlens',
      (this.count = h(doc, 'span', { class: 'sr' }, ` — ${total} items marked; open the panel`)),
    );
    this.el = h(doc, 'aside', {
      class: 'panel',
      id: 'factlens-panel',
      role: 'complementary',
      'aria-label': 'Factlens: claims, sources and figures in this article',
      hidden: true,
    });
    shadow.append(this.toggle, this.el);
    this.toggle.addEventListener('click', () => this.setOpen(this.el.hidden), { signal });
    this.el.addEventListener('keydown', (e) => this.onKey(/** @type {KeyboardEvent} */ (e)), { signal });
    // The lists are built on first open: a closed panel costs one button.
    this.rendered = false;
  }

  get open() {
    return !this.el.hidden;
  }

  /** @param {boolean} open @param {{focus?: boolean}} [opts] */
  setOpen(open, opts = {}) {
    if (open && !this.rendered) this.render();
    this.el.hidden = !open;
    this.toggle.setAttribute('aria-expanded', String(open));
    if (open && opts.focus !== false) {
      /** @type {HTMLElement | null} */ (this.el.querySelector('.close'))?.focus();
    } else if (!open && opts.focus !== false) {
      this.toggle.focus();
    }
  }

  /** Rebuilds the panel if it has been built (it is built on first open). */
  refresh() {
    this.count.textContent = ` — ${this.lens.items.length} items marked; open the panel`;
    if (this.rendered) this.render();
  }

  /** Which part of the page was read, with a switch to the whole page and back (auto roots). */
  readPart() {
    const doc = this.doc;
    const lens = this.lens;
    const auto = lens.auto;
    if (!auto) return null;
    const words = `${groupDigits(lens.words(), 0)} words`;
    const left = auto.skipped ? ` · ${auto.skipped} part${auto.skipped === 1 ? '' : 's'} left out (menus, captions, links…)` : '';
    const button = h(doc, 'button', { type: 'button', class: 'filter', 'data-action': 'whole-page' }, auto.whole ? 'Read the article only' : 'Read the whole page');
    button.addEventListener('click', () => lens.switchRoot?.().catch((/** @type {unknown} */ err) => console.warn(err)), { signal: this.signal });
    return h(doc, 'p', { class: 'read', 'data-read': '' }, `Read: ${auto.element} · ${words}${left} — ${auto.how}. `, button);
  }

  /** Builds the panel from the lens's items and filters. */
  render() {
    this.rendered = true;
    const doc = this.doc;
    const lens = this.lens;
    const counts = countByCategory(lens.items);
    const on = lens.categories;
    const summary = CATEGORIES.map((c) => `${counts[c]} ${CATEGORY_LABELS[c].toLowerCase()}`).join(' · ');

    const close = h(doc, 'button', { type: 'button', class: 'close', 'aria-label': 'Close the Factlens panel' }, 'Close');
    close.addEventListener('click', () => this.setOpen(false), { signal: this.signal });

    const filters = h(
      doc,
      'fieldset',
      { class: 'filters' },
      h(doc, 'legend', {}, 'Show categories'),
      ...CATEGORIES.map((cat) => {
        const b = h(
          doc,
          'button',
          { type: 'button', class: 'filter', 'aria-pressed': String(on.has(cat)), 'data-cat': cat },
          h(doc, 'span', { class: `swatch ${cat}`, 'aria-hidden': 'true' }),
          `${CATEGORY_LABELS[cat]} `,
          h(doc, 'span', { class: 'count' }, `(${counts[cat]})`),
        );
        b.addEventListener('click', () => lens.toggleCategory(cat), { signal: this.signal });
        return b;
      }),
    );

    const lensOn = h(
      doc,
      'button',
      { type: 'button', class: 'filter', 'aria-pressed': String(lens.visible), 'data-action': 'highlights' },
      'Highlights in the article',
    );
    lensOn.addEventListener('click', () => lens.setVisible(!lens.visible), { signal: this.signal });

    const body = [];
    if (on.has('claims')) body.push(...this.claims());
    if (on.has('quotes')) body.push(...this.sources());
    if (on.has('figures')) body.push(...this.figures());
    if (on.has('flags')) body.push(...this.flags());

    const keys = h(
      doc,
      'ul',
      { class: 'list' },
      ...SHORTCUTS.map(([k, what]) => h(doc, 'li', {}, h(doc, 'kbd', {}, k), ` ${what}`)),
    );

    // replaceChildren() would write a null as the text "null".
    const read = this.readPart();
    this.el.replaceChildren(
      h(doc, 'header', {}, h(doc, 'h2', {}, 'Factlens'), close),
      h(doc, 'p', { class: 'summary', 'data-summary': '' }, summary),
      ...(read ? [read] : []),
      filters,
      h(doc, 'p', {}, lensOn),
      ...body,
      h(
        doc,
        'div',
        { class: 'foot' },
        h(doc, 'p', {}, `Read ${lens.readDescription()} in ${Math.round(lens.timings.total)} ms, in this browser: nothing left the page.`),
        keys,
      ),
    );
  }

  /** @param {string} title @param {number} count @param {string} cat */
  heading(title, count, cat) {
    return h(this.doc, 'h3', { 'data-section': cat }, `${title} (${count})`);
  }

  /**
   * An entry button for `item`.
   * @param {Item} item @param {(Node | string)[]} content
   */
  entry(item, content) {
    const b = h(this.doc, 'button', { type: 'button', class: 'entry', 'data-item': item.id }, ...content);
    b.addEventListener('click', () => this.lens.focusItem(item, { source: 'panel' }), { signal: this.signal });
    return h(this.doc, 'li', {}, b);
  }

  claims() {
    const doc = this.doc;
    const claims = this.lens.items.filter((i) => i.cat === 'claims').sort((a, b) => (b.score ?? 0) - (a.score ?? 0));
    const out = [this.heading('Claims, most check-worthy first', claims.length, 'claims')];
    if (!claims.length) out.push(h(doc, 'p', { class: 'empty' }, 'No check-worthy claims found.'));
    else {
      out.push(
        h(
          doc,
          'ol',
          { class: 'list' },
          ...claims.map((c) => {
            const unattributed = c.title.endsWith('unattributed');
            return this.entry(c, [
              h(doc, 'span', { class: 'text' }, h(doc, 'span', { class: 'score' }, `${Math.round((c.score ?? 0) * 100)}%`), excerpt(c.summary, 160)),
              h(doc, 'span', { class: 'meta' }, unattributed ? h(doc, 'span', { class: 'tag warn' }, 'unattributed') : c.title.replace(/^Claim — /, ''), ...c.reasons.map((r) => h(doc, 'span', { class: 'tag' }, r))),
            ]);
          }),
        ),
      );
    }
    return out;
  }

  sources() {
    const doc = this.doc;
    const items = this.lens.items.filter((i) => i.cat === 'quotes' && i.kind !== 'term');
    /** @type {Map<string, Item[]>} */
    const byPerson = new Map();
    /** @type {Map<string, Item[]>} */
    const byOther = new Map();
    /** @type {Item[]} */
    const unnamed = [];
    for (const it of items) {
      const group = it.person ? byPerson : it.speaker && (it.sourceKind === 'organization' || it.sourceKind === 'document') ? byOther : null;
      const key = it.person || it.speaker;
      if (group && key) {
        let list = group.get(key);
        if (!list) group.set(key, (list = []));
        list.push(it);
      } else {
        unnamed.push(it);
      }
    }
    const titles = this.lens.peopleTitles();
    // What a source said comes first; its views and positions after, tagged.
    const tag = (/** @type {Item} */ it) => REPORTS[/** @type {keyof typeof REPORTS} */ (it.reports)]?.[2] || '';
    const entries = (/** @type {Item[]} */ list) =>
      h(
        doc,
        'ul',
        { class: 'list' },
        ...[...list]
          .sort((a, b) => +!!tag(a) - +!!tag(b))
          .map((it) =>
            this.entry(it, [
              h(doc, 'span', { class: 'text' }, excerpt(it.summary, 140)),
              tag(it) ? h(doc, 'span', { class: 'meta' }, h(doc, 'span', { class: 'tag' }, tag(it))) : null,
            ]),
          ),
      );
    const out = [this.heading('People quoted', byPerson.size, 'people')];
    if (!byPerson.size) out.push(h(doc, 'p', { class: 'empty' }, 'No named people quoted.'));
    for (const [name, list] of byPerson) {
      const title = titles.get(name);
      out.push(h(doc, 'p', { class: 'person' }, name, title ? h(doc, 'span', { class: 'title' }, `, ${title}`) : null, ` — ${list.length}`));
      out.push(entries(list));
    }
    if (byOther.size) {
      out.push(this.heading('Organisations and documents', byOther.size, 'organisations'));
      for (const [name, list] of byOther) {
        out.push(h(doc, 'p', { class: 'person' }, name, ` — ${list.length}`));
        out.push(entries(list));
      }
    }
    out.push(this.heading('Unnamed or missing sources', unnamed.length, 'unnamed'));
    if (!unnamed.length) out.push(h(doc, 'p', { class: 'empty' }, 'None found.'));
    else {
      out.push(
        h(
          doc,
          'ul',
          { class: 'list' },
          ...unnamed.map((it) =>
            this.entry(it, [
              h(doc, 'span', { class: 'meta' }, it.title),
              h(doc, 'span', { class: 'text' }, excerpt(it.summary, 140)),
            ]),
          ),
        ),
      );
    }
    return out;
  }

  figures() {
    const doc = this.doc;
    const figures = this.lens.items.filter((i) => i.cat === 'figures');
    const out = [this.heading('Figures', figures.length, 'figures')];
    if (!figures.length) out.push(h(doc, 'p', { class: 'empty' }, 'No figures found.'));
    else {
      out.push(
        h(
          doc,
          'ul',
          { class: 'list' },
          ...figures.map((f) =>
            this.entry(f, [h(doc, 'span', { class: 'text' }, f.summary), h(doc, 'span', { class: 'meta' }, f.lines.join(' · '))]),
          ),
        ),
      );
    }
    return out;
  }

  flags() {
    const doc = this.doc;
    const flags = this.lens.items.filter((i) => i.cat === 'flags');
    const out = [this.heading('Flags', flags.length, 'flags')];
    if (!flags.length) out.push(h(doc, 'p', { class: 'empty' }, 'No flags raised.'));
    else {
      out.push(
        h(
          doc,
          'ul',
          { class: 'list' },
          ...flags.map((f) =>
            this.entry(f, [h(doc, 'span', { class: 'meta' }, f.title), h(doc, 'span', { class: 'text' }, excerpt(f.summary, 140))]),
          ),
        ),
      );
    }
    return out;
  }

  /** Arrow keys move between entries; Escape closes. @param {KeyboardEvent} e */
  onKey(e) {
    if (e.key === 'Escape') {
      e.stopPropagation();
      this.setOpen(false);
      return;
    }
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const root = /** @type {ShadowRoot} */ (this.el.getRootNode());
    const entries = /** @type {HTMLElement[]} */ ([...this.el.querySelectorAll('button.entry')]);
    const i = entries.indexOf(/** @type {HTMLElement} */ (root.activeElement));
    if (i < 0) return;
    e.preventDefault();
    const next = entries[e.key === 'ArrowDown' ? Math.min(entries.length - 1, i + 1) : Math.max(0, i - 1)];
    next.focus();
  }
}
