// styles.js: every style the lens brings, as constructed stylesheets
// (adoptedStyleSheets): no <style> element is added to the page, nothing is
// subject to the page's style-src, and unmounting removes it all.
//
// Colours are the Okabe–Ito palette (safe for the common colour-vision
// deficiencies), and every category also differs in shape (background,
// solid/dashed/dotted/wavy underline), so colour is never the only cue.
// Sites theme the lens with CSS custom properties (README, "Theming").

/** Page-level rules: ::highlight() styles and the fallback <mark> look. */
export const PAGE_CSS = `
::highlight(factlens-claim) { background-color: var(--factlens-claim, rgb(240 228 66 / 0.22)); }
::highlight(factlens-claim-strong) { background-color: var(--factlens-claim-strong, rgb(240 228 66 / 0.48)); }
::highlight(factlens-figure) { background-color: var(--factlens-figure, rgb(86 180 233 / 0.38)); }
::highlight(factlens-term) { text-decoration: underline dotted var(--factlens-term, rgb(120 120 120 / 0.8)) 1px; }
::highlight(factlens-quote) { text-decoration: underline solid var(--factlens-quote, #0072b2) 2px; }
::highlight(factlens-source) { text-decoration: underline double var(--factlens-quote, #0072b2) 1px; }
::highlight(factlens-quote-anon) { text-decoration: underline dashed var(--factlens-quote-anon, #e69f00) 2px; }
::highlight(factlens-quote-none) { text-decoration: underline dotted var(--factlens-quote-none, #d55e00) 3px; }
::highlight(factlens-flag) { text-decoration: underline wavy var(--factlens-flag, #cc79a7) 1.5px; }
::highlight(factlens-active) { background-color: var(--factlens-active, rgb(0 114 178 / 0.32)); }
::highlight(factlens-flash) { background-color: var(--factlens-flash, rgb(230 159 0 / 0.55)); }

mark[data-factlens] {
  all: unset;
  display: inline;
  font: inherit;
  color: inherit;
  background: none;
  cursor: help;
}
mark[data-factlens="claim"] { background-color: var(--factlens-claim, rgb(240 228 66 / 0.22)); }
mark[data-factlens="claim-strong"] { background-color: var(--factlens-claim-strong, rgb(240 228 66 / 0.48)); }
mark[data-factlens="figure"] { background-color: var(--factlens-figure, rgb(86 180 233 / 0.38)); }
mark[data-factlens="term"] { text-decoration: underline dotted var(--factlens-term, rgb(120 120 120 / 0.8)) 1px; }
mark[data-factlens="quote"] { text-decoration: underline solid var(--factlens-quote, #0072b2) 2px; }
mark[data-factlens="source"] { text-decoration: underline double var(--factlens-quote, #0072b2) 1px; }
mark[data-factlens="quote-anon"] { text-decoration: underline dashed var(--factlens-quote-anon, #e69f00) 2px; }
mark[data-factlens="quote-none"] { text-decoration: underline dotted var(--factlens-quote-none, #d55e00) 3px; }
mark[data-factlens="flag"] { text-decoration: underline wavy var(--factlens-flag, #cc79a7) 1.5px; }
mark[data-factlens][data-factlens-active] { background-color: var(--factlens-active, rgb(0 114 178 / 0.32)); }
mark[data-factlens][data-factlens-flash] { background-color: var(--factlens-flash, rgb(230 159 0 / 0.55)); }

@media (prefers-color-scheme: dark) {
  ::highlight(factlens-quote) { text-decoration-color: var(--factlens-quote, #56b4e9); }
  ::highlight(factlens-source) { text-decoration-color: var(--factlens-quote, #56b4e9); }
  ::highlight(factlens-figure) { background-color: var(--factlens-figure, rgb(86 180 233 / 0.3)); }
  ::highlight(factlens-claim) { background-color: var(--factlens-claim, rgb(240 228 66 / 0.14)); }
  ::highlight(factlens-claim-strong) { background-color: var(--factlens-claim-strong, rgb(240 228 66 / 0.3)); }
  mark[data-factlens="quote"], mark[data-factlens="source"] { text-decoration-color: var(--factlens-quote, #56b4e9); }
}
`;

/** The shadow root's rules: the toggle button, the panel and the popover. */
export const UI_CSS = `
:host {
  all: initial;
  --fl-bg: var(--factlens-panel-bg, #ffffff);
  --fl-fg: var(--factlens-panel-fg, #1d1d1f);
  --fl-muted: var(--factlens-panel-muted, #5a5a66);
  --fl-line: var(--factlens-panel-line, #d8d8e0);
  --fl-accent: var(--factlens-accent, #0072b2);
  --fl-font: var(--factlens-font, system-ui, -apple-system, "Segoe UI", Roboto, sans-serif);
  position: fixed !important;
  inset: auto !important;
  z-index: 2147483646 !important;
  display: block !important;
  width: 0 !important;
  height: 0 !important;
  overflow: visible !important;
}
@media (prefers-color-scheme: dark) {
  :host {
    --fl-bg: var(--factlens-panel-bg, #1f1f24);
    --fl-fg: var(--factlens-panel-fg, #ececf1);
    --fl-muted: var(--factlens-panel-muted, #a8a8b8);
    --fl-line: var(--factlens-panel-line, #3a3a44);
    --fl-accent: var(--factlens-accent, #56b4e9);
  }
}
*, *::before, *::after { box-sizing: border-box; }
[hidden] { display: none !important; }
.toggle, .panel, .popover, .notice {
  font-family: var(--fl-font);
  font-size: 14px;
  line-height: 1.45;
  color: var(--fl-fg);
  background: var(--fl-bg);
  text-align: left;
  letter-spacing: normal;
}
button { font: inherit; color: inherit; cursor: pointer; }
:focus-visible { outline: 3px solid var(--fl-accent); outline-offset: 2px; }
.toggle {
  position: fixed; right: 16px; bottom: 16px;
  display: flex; align-items: center; gap: 8px;
  padding: 8px 14px; border: 1px solid var(--fl-line); border-radius: 999px;
  box-shadow: 0 2px 10px rgb(0 0 0 / 0.18); font-weight: 600;
}
.toggle .dot { width: 10px; height: 10px; border-radius: 50%; background: var(--fl-accent); }
.toggle[aria-pressed="false"] .dot { background: var(--fl-muted); }
.panel {
  position: fixed; top: 0; right: 0; bottom: 0;
  width: min(400px, 100vw); overflow: auto;
  border-left: 1px solid var(--fl-line);
  box-shadow: -4px 0 18px rgb(0 0 0 / 0.15);
  padding: 14px 16px 24px;
}
.panel header { display: flex; align-items: baseline; justify-content: space-between; gap: 8px; }
.panel h2 { font-size: 18px; margin: 0; }
.panel h3 { font-size: 13px; text-transform: uppercase; letter-spacing: 0.04em; color: var(--fl-muted); margin: 18px 0 6px; }
.panel .summary { color: var(--fl-muted); margin: 4px 0 10px; }
.panel .read { margin: 0 0 10px; overflow-wrap: anywhere; }
.close { border: 1px solid var(--fl-line); background: transparent; border-radius: 6px; padding: 2px 10px; }
.filters { display: flex; flex-wrap: wrap; gap: 6px; border: 0; padding: 0; margin: 0; }
.filters legend { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); }
.filter {
  border: 1px solid var(--fl-line); background: transparent; border-radius: 999px;
  padding: 3px 10px; display: inline-flex; gap: 6px; align-items: center;
}
.filter[aria-pressed="true"] { border-color: var(--fl-accent); box-shadow: inset 0 0 0 1px var(--fl-accent); }
.filter[aria-pressed="false"] { opacity: 0.65; text-decoration: line-through; }
.swatch { width: 14px; height: 10px; border-radius: 2px; display: inline-block; }
.swatch.claims { background: rgb(240 228 66 / 0.7); }
.swatch.figures { background: rgb(86 180 233 / 0.7); }
.swatch.quotes { border-bottom: 2px solid #0072b2; border-radius: 0; }
.swatch.flags { border-bottom: 2px dotted #cc79a7; border-radius: 0; }
.list { list-style: none; margin: 0; padding: 0; }
.list li { margin: 0; }
.entry {
  display: block; width: 100%; text-align: left; background: transparent;
  border: 0; border-bottom: 1px solid var(--fl-line); padding: 7px 4px;
}
.entry:hover { background: rgb(127 127 127 / 0.1); }
.entry .meta { display: block; color: var(--fl-muted); font-size: 12px; }
.entry .text { display: block; }
.score {
  display: inline-block; min-width: 36px; text-align: center; font-size: 12px; font-weight: 700;
  border-radius: 4px; padding: 0 4px; margin-right: 6px; background: rgb(240 228 66 / 0.55); color: #1d1d1f;
}
.tag { display: inline-block; font-size: 11px; border: 1px solid var(--fl-line); border-radius: 4px; padding: 0 4px; margin-left: 4px; }
.tag.warn { border-color: #d55e00; color: #d55e00; }
.person { margin: 8px 0 2px; font-weight: 600; }
.person .title { font-weight: 400; color: var(--fl-muted); }
.empty { color: var(--fl-muted); font-style: italic; margin: 4px 0; }
.foot { margin-top: 18px; color: var(--fl-muted); font-size: 12px; }
.foot kbd { font: 12px ui-monospace, monospace; border: 1px solid var(--fl-line); border-radius: 3px; padding: 0 3px; }
.popover {
  position: fixed; max-width: min(360px, calc(100vw - 16px)); padding: 10px 12px;
  border: 1px solid var(--fl-line); border-radius: 8px;
  box-shadow: 0 6px 22px rgb(0 0 0 / 0.2);
}
.popover section + section { border-top: 1px solid var(--fl-line); margin-top: 8px; padding-top: 8px; }
.popover .title { font-weight: 700; margin: 0 0 4px; }
.popover p { margin: 2px 0; }
.popover ul { margin: 4px 0 0; padding-left: 18px; }
.popover a { color: var(--fl-accent); }
.notice {
  position: fixed; right: 16px; bottom: 64px; max-width: min(420px, calc(100vw - 32px));
  padding: 10px 12px; border: 1px solid #d55e00; border-radius: 8px;
  box-shadow: 0 4px 14px rgb(0 0 0 / 0.2); display: flex; gap: 10px; align-items: start;
}
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media (prefers-reduced-motion: no-preference) {
  .panel { animation: fl-in 140ms ease-out; }
  @keyframes fl-in { from { transform: translateX(24px); opacity: 0; } to { transform: none; opacity: 1; } }
}
`;

/** @type {WeakMap<Document, CSSStyleSheet>} */
const pageSheets = new WeakMap();

/**
 * Adds the page-level sheet to `doc` (once per document); returns a function
 * that removes it again.
 * @param {Document} doc
 */
export function adoptPageSheet(doc) {
  const view = /** @type {any} */ (doc.defaultView);
  let sheet = pageSheets.get(doc);
  if (!sheet) {
    sheet = new view.CSSStyleSheet();
    /** @type {CSSStyleSheet} */ (sheet).replaceSync(PAGE_CSS);
    pageSheets.set(doc, /** @type {CSSStyleSheet} */ (sheet));
  }
  const s = /** @type {CSSStyleSheet} */ (sheet);
  if (!doc.adoptedStyleSheets.includes(s)) doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, s];
  return () => {
    doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((x) => x !== s);
  };
}

/** @type {CSSStyleSheet | null} */
let uiSheet = null;

/** The shadow root's sheet (shared by every lens). */
export function uiSheetFor(/** @type {Document} */ doc) {
  if (!uiSheet) {
    const view = /** @type {any} */ (doc.defaultView);
    uiSheet = /** @type {CSSStyleSheet} */ (new view.CSSStyleSheet());
    uiSheet.replaceSync(UI_CSS);
  }
  return uiSheet;
}
