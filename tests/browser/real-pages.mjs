// real-pages.mjs: the bookmarklet on 210 saved news pages in headless Chromium.
//
//   node tests/browser/real-pages.mjs [--limit N] [--set readability|benchmark] [--only ID,…] [--workers N]
//   (make real-pages; real-pages.test.mjs runs it in `make test` and asserts)
//
// Pages: ../shared/eval/html (FACTLENS_EVAL overrides ../shared/eval):
// Readability's 29 test pages (reference: expected_text) and the
// article-extraction benchmark's 181 pages (reference: article_body). They
// are read at run time and never copied into the repository.
//
// Each page is served from 127.0.0.1 (one server for the pages, another for
// www/, so the lens loads cross-origin as on a real site); every request to
// any other address is aborted. In a fresh browser context per page:
//   1. load, wait until the DOM has been still for 300 ms (the page's own
//      scripts run; external ones cannot load);
//   2. Readability (the devDependency) on a clone of the document: the anchor;
//   3. snapshot documentElement.outerHTML and body.innerText;
//   4. the bookmarklet's code (tools/bookmarklet.mjs, as in the javascript:
//      URL) with the local www/ as base: click → painted time, the text the
//      lens read, highlights per category; body.innerText while mounted;
//   5. the bookmarklet again (toggle off), and the outerHTML compared.
// Exceptions count when their stack points into the lens's files.
//
// Text F1: bag-of-words F1 of lowercased word tokens (runs of letters and
// digits), multiset overlap, between a text and the page's reference text.

import { chromium } from 'playwright-core';
import { createServer } from 'node:http';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import { serve } from '../../tools/serve.mjs';
import { bookmarkletSource } from '../../tools/bookmarklet.mjs';
import { CHROMIUM_ARGS, REPO, WWW, buildDir } from './harness.mjs';

const here = dirname(fileURLToPath(import.meta.url));
export const EVAL = resolve(process.env.FACTLENS_EVAL || join(REPO, '..', 'shared', 'eval'));
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

/** @typedef {{set: 'readability' | 'benchmark', id: string, file: string, gz: boolean, reference: string}} PageSpec */

/** Word tokens, lowercased. @param {string} text */
export function tokens(text) {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) || [];
}

/**
 * Bag-of-words F1 between `got` and `want` (multiset overlap of tokens).
 * @param {string} got @param {string} want
 */
export function textF1(got, want) {
  const a = tokens(got);
  const b = tokens(want);
  if (!a.length || !b.length) return { f1: 0, precision: 0, recall: 0 };
  /** @type {Map<string, number>} */
  const counts = new Map();
  for (const t of b) counts.set(t, (counts.get(t) || 0) + 1);
  let overlap = 0;
  for (const t of a) {
    const n = counts.get(t) || 0;
    if (n > 0) {
      overlap++;
      counts.set(t, n - 1);
    }
  }
  const precision = overlap / a.length;
  const recall = overlap / b.length;
  return { f1: overlap ? (2 * precision * recall) / (precision + recall) : 0, precision, recall };
}

/** The 210 pages, or none when ../shared/eval is not there. @returns {PageSpec[]} */
export function loadPages() {
  const dir = join(EVAL, 'html');
  if (!existsSync(join(dir, 'readability_pages.jsonl'))) return [];
  /** @type {PageSpec[]} */
  const pages = [];
  const lines = (/** @type {string} */ f) => readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  for (const r of lines('readability_pages.jsonl')) {
    pages.push({ set: 'readability', id: r.id, file: join(EVAL, r.source_html), gz: false, reference: r.expected_text });
  }
  for (const r of lines('article_extraction_benchmark.jsonl')) {
    pages.push({ set: 'benchmark', id: r.id, file: join(EVAL, r.html_gz), gz: true, reference: r.article_body });
  }
  return pages;
}

/** Serves page i at /p/i.html (bytes as saved, the charset left to the page). @param {PageSpec[]} pages */
async function servePages(pages) {
  const server = createServer((req, res) => {
    const m = /^\/p\/(\d+)\.html$/.exec(req.url || '');
    const page = m ? pages[Number(m[1])] : undefined;
    if (!page) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not here\n');
      return;
    }
    let body = readFileSync(page.file);
    if (page.gz) body = gunzipSync(body);
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Content-Length': body.length }).end(body);
  });
  server.keepAliveTimeout = 1000;
  await new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(undefined)));
  const addr = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://127.0.0.1:${addr.port}/`,
    close: () => new Promise((ok) => {
      server.close(() => ok(undefined));
      server.closeAllConnections?.();
    }),
  };
}

const CATS = ['claims', 'quotes', 'figures', 'flags'];

/**
 * Runs the suite. Resolves to the per-page rows and a summary.
 * @param {{limit?: number, set?: string, only?: string[], workers?: number, log?: (s: string) => void}} [opts]
 */
export async function run(opts = {}) {
  const log = opts.log ?? (() => {});
  let pages = loadPages();
  if (opts.set) pages = pages.filter((p) => p.set === opts.set);
  if (opts.only) pages = pages.filter((p) => opts.only?.some((id) => p.id.startsWith(id)));
  if (opts.limit) pages = pages.slice(0, opts.limit);
  if (!existsSync(join(WWW, 'factlens.min.js'))) throw new Error('www/factlens.min.js is missing: run `make dist` first');
  const readability = readFileSync(createRequire(join(here, 'package.json')).resolve('@mozilla/readability/Readability.js'), 'utf8');
  const code = bookmarkletSource();
  const started = Date.now();
  const www = await serve({ root: WWW, port: 0 });
  const site = await servePages(pages);
  // No network but 127.0.0.1: every other request goes to a proxy that is
  // not there (loopback bypasses proxies), without intercepting each request.
  const browser = await chromium.launch({
    executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS,
    proxy: { server: 'http://127.0.0.1:9', bypass: '127.0.0.1' },
  });
  const allowed = [www.url, site.url];
  /** @type {any[]} */
  const rows = new Array(pages.length);
  let next = 0;
  const worker = async () => {
    while (next < pages.length) {
      const i = next++;
      rows[i] = await runPage(browser, pages[i], `${site.url}p/${i}.html`, www.url, allowed, code, readability);
      const r = rows[i];
      log(`${String(i + 1).padStart(3)}/${pages.length} ${r.set.padEnd(11)} ${r.id.slice(0, 16).padEnd(16)} F1 ${fmt(r.f1)} (Readability ${fmt(r.f1_readability)}) ${r.click_to_paint_ms?.toFixed(0)} ms ${r.restored ? '' : 'NOT RESTORED '}${r.exceptions.length ? 'EXCEPTION ' : ''}${r.state}`);
    }
  };
  try {
    await Promise.all(Array.from({ length: Math.max(1, opts.workers ?? 1) }, worker));
  } finally {
    await browser.close();
    await www.close();
    await site.close();
  }
  const summary = summarize(rows, (Date.now() - started) / 1000);
  return { rows, summary };
}

/**
 * One page: see the file's header.
 * @param {import('playwright-core').Browser} browser @param {PageSpec} spec @param {string} url
 * @param {string} base @param {string[]} allowed @param {string} code @param {string} readability
 */
async function runPage(browser, spec, url, base, allowed, code, readability) {
  const first = await attempt(browser, spec, url, base, allowed, code, readability, 300);
  if (first.restored || first.exceptions.length) return first;
  // A page whose own scripts change its DOM while the lens is on (ads
  // arriving late) gets a second run after a longer quiet spell.
  const second = await attempt(browser, spec, url, base, allowed, code, readability, 1500);
  second.attempts = 2;
  second.note = `${second.note} (second run; first: ${first.restored ? 'restored' : 'not restored'}${first.note ? `, ${first.note}` : ''})`.trim();
  return second;
}

/**
 * One run of one page, waiting for `quiet` ms without DOM changes first.
 * @param {import('playwright-core').Browser} browser @param {PageSpec} spec @param {string} url
 * @param {string} base @param {string[]} allowed @param {string} code @param {string} readability @param {number} quiet
 */
async function attempt(browser, spec, url, base, allowed, code, readability, quiet) {
  const row = {
    attempts: 1,
    set: spec.set, id: spec.id, state: 'not run', f1: 0, f1_readability: 0, precision: 0, recall: 0,
    words: 0, root: '', how: '', skipped: 0, mode: '', highlights: Object.fromEntries(CATS.map((c) => [c, 0])),
    click_to_paint_ms: /** @type {number | null} */ (null), timings: null, restored: false, inner_text_same: false,
    settled: false, /** @type {any} */ diff: null, /** @type {string[]} */ leaked: [], /** @type {string[]} */ exceptions: [], /** @type {string[]} */ page_errors: [], note: '',
  };
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, serviceWorkers: 'block', reducedMotion: 'reduce' });
  try {
    // Saved pages' scripts send the reader elsewhere (to their own site): a
    // 204 answer keeps the page where it is. Anything else not local is
    // refused here too (the proxy refuses it anyway).
    // A page that insists on https:// gets it: https://127.0.0.1 URLs of the
    // two servers are answered with what they serve over http (the lens then
    // loads over https too, as it must on an https site).
    await context.route(
      (u) => !allowed.some((a) => u.href.startsWith(a)) && /^(https?|wss?):$/.test(u.protocol),
      async (route) => {
        const req = route.request();
        const insecure = req.url().replace(/^https:/, 'http:');
        if (req.url().startsWith('https:') && allowed.some((a) => insecure.startsWith(a))) {
          return route.fulfill({ response: await route.fetch({ url: insecure }) });
        }
        return req.isNavigationRequest() ? route.fulfill({ status: 204 }) : route.abort();
      },
    );
    /** @type {string[]} */
    const outside = [];
    context.on('request', (r) => {
      const u = r.url();
      if (/^(https?|wss?):/.test(u) && new URL(u).hostname !== '127.0.0.1') outside.push(u);
    });
    context.on('requestfinished', (r) => {
      if (outside.includes(r.url())) row.leaked.push(r.url().slice(0, 120));
    });
    const page = await context.newPage();
    page.setDefaultTimeout(20000);
    page.on('pageerror', (e) => {
      const text = `${e.message}\n${e.stack || ''}`;
      if (text.includes(new URL(base).host)) row.exceptions.push(text.slice(0, 500));
      else row.page_errors.push(e.message.slice(0, 200));
    });
    // Dialogs of the page's own scripts must not block the run.
    page.on('dialog', (d) => d.dismiss().catch(() => {}));
    // 'commit': a page that sends itself elsewhere at once (answered 204
    // above) never finishes that navigation, and goto would wait for it.
    await page.goto(url, { waitUntil: 'commit', timeout: 20000 });
    try {
      await page.waitForLoadState('load', { timeout: 10000 });
    } catch {
      row.note = 'no load event within 10 s';
    }
    row.settled = await page.evaluate(settle, quiet);
    if (page.url().startsWith('https:')) {
      base = base.replace(/^http:/, 'https:');
      row.note = `${row.note} (went to https by itself)`.trim();
    }

    const theirs = await page.evaluate(`(() => { ${readability}\n;try { const a = new Readability(document.cloneNode(true)).parse(); return a ? a.textContent || '' : ''; } catch (e) { return ''; } })()`);
    row.f1_readability = textF1(theirs, spec.reference).f1;

    const before = await page.evaluate(() => ({ html: document.documentElement.outerHTML, text: document.body ? document.body.innerText : '' }));
    const on = await page.evaluate(`(${code})(${JSON.stringify(base)})`);
    row.state = on.state;
    row.click_to_paint_ms = on.ms;
    if (on.state === 'on') {
      const got = await page.evaluate(async (b) => {
        const m = await import(b + 'factlens.min.js');
        const lens = /** @type {any} */ (m.current());
        /** @type {Record<string, number>} */
        const highlights = {};
        for (const p of lens.painted) highlights[p.item.cat] = (highlights[p.item.cat] || 0) + 1;
        return {
          text: lens.text, mode: lens.mode, highlights, timings: lens.timings, root: lens.auto?.element ?? '',
          how: lens.auto?.how ?? '', skipped: lens.auto?.skipped ?? 0, words: lens.words(),
          innerText: document.body ? document.body.innerText : '',
        };
      }, base);
      const score = textF1(got.text, spec.reference);
      Object.assign(row, score, { words: got.words, root: got.root, how: got.how, skipped: got.skipped, mode: got.mode, timings: got.timings });
      for (const c of CATS) row.highlights[c] = got.highlights[c] || 0;
      row.inner_text_same = got.innerText === before.text;
      const off = await page.evaluate(`(${code})(${JSON.stringify(base)})`);
      if (off.state !== 'off') row.note += ` second click: ${off.state}`;
    } else {
      row.note += ` ${on.message || ''}`;
      // The reader dismisses the message.
      await page.evaluate(() => {
        const host = /** @type {any} */ (window)[Symbol.for('factlens.bookmarklet')]?.notice;
        host?.shadowRoot?.querySelector('button')?.click();
      });
    }
    const after = await page.evaluate(() => document.documentElement.outerHTML);
    row.restored = after === before.html;
    if (!row.restored) {
      let at = 0;
      while (at < after.length && after[at] === before.html[at]) at++;
      row.diff = { before: before.html.slice(Math.max(0, at - 80), at + 120), after: after.slice(Math.max(0, at - 80), at + 120) };
    }
  } catch (err) {
    row.note += ` run: ${String(err).slice(0, 200)}`;
  } finally {
    await context.close();
  }
  row.note = row.note.trim();
  return row;
}

/**
 * Resolves once the document has had no DOM change for `quiet` ms (waits 10 × quiet at most).
 * @param {number} quiet
 */
function settle(quiet) {
  return new Promise((ok) => {
    let timer = setTimeout(done, quiet);
    const mo = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(done, quiet);
    });
    const cap = setTimeout(() => {
      mo.disconnect();
      clearTimeout(timer);
      ok(false);
    }, quiet * 10);
    mo.observe(document, { childList: true, subtree: true, characterData: true, attributes: true });
    function done() {
      mo.disconnect();
      clearTimeout(cap);
      ok(true);
    }
  });
}

const fmt = (/** @type {number} */ x) => (Number.isFinite(x) ? x.toFixed(3) : '  -  ');

/** @param {number[]} xs @param {number} q */
export function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  if (!s.length) return NaN;
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}

/**
 * The summary table's figures.
 * @param {any[]} rows @param {number} seconds
 */
export function summarize(rows, seconds) {
  const median = (/** @type {number[]} */ xs) => {
    const s = [...xs].sort((a, b) => a - b);
    if (!s.length) return NaN;
    const m = s.length >> 1;
    return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
  };
  const mean = (/** @type {number[]} */ xs) => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);
  /** @type {Record<string, any>} */
  const sets = {};
  for (const set of ['benchmark', 'readability']) {
    const rs = rows.filter((r) => r.set === set);
    sets[set] = {
      pages: rs.length,
      f1_median: median(rs.map((r) => r.f1)),
      f1_mean: mean(rs.map((r) => r.f1)),
      readability_median: median(rs.map((r) => r.f1_readability)),
      readability_mean: mean(rs.map((r) => r.f1_readability)),
    };
  }
  const times = rows.filter((r) => r.click_to_paint_ms != null).map((r) => r.click_to_paint_ms);
  const mounted = rows.filter((r) => r.state === 'on');
  const highlights = Object.fromEntries(CATS.map((c) => [c, rows.reduce((n, r) => n + r.highlights[c], 0)]));
  return {
    pages: rows.length,
    sets,
    mounted: mounted.length,
    with_exceptions: rows.filter((r) => r.exceptions.length).length,
    restored: rows.filter((r) => r.restored).length,
    inner_text_same: mounted.filter((r) => r.inner_text_same).length,
    highlight_mode: mounted.filter((r) => r.mode === 'highlight').length,
    p50_ms: quantile(times, 0.5),
    p95_ms: quantile(times, 0.95),
    max_ms: Math.max(...times),
    highlights,
    seconds,
  };
}

/** The summary as a text table. @param {ReturnType<typeof summarize>} s */
export function table(s) {
  const pct = (/** @type {number} */ n, /** @type {number} */ d) => `${n}/${d} (${d ? ((100 * n) / d).toFixed(1) : '-'}%)`;
  const b = s.sets.benchmark;
  const r = s.sets.readability;
  const lines = [
    ['', 'Factlens', 'Readability'],
    [`text F1, benchmark (${b.pages} pages), median`, fmt(b.f1_median), fmt(b.readability_median)],
    ['text F1, benchmark, mean', fmt(b.f1_mean), fmt(b.readability_mean)],
    [`text F1, Readability pages (${r.pages}), median`, fmt(r.f1_median), fmt(r.readability_median)],
    ['text F1, Readability pages, mean', fmt(r.f1_mean), fmt(r.readability_mean)],
    ['mounted (bookmarklet reported "on")', pct(s.mounted, s.pages), ''],
    ['pages with an exception from Factlens', String(s.with_exceptions), ''],
    ['DOM byte-identical after unmount', pct(s.restored, s.pages), ''],
    ['body.innerText unchanged while mounted', pct(s.inner_text_same, s.mounted), ''],
    ['click to paint p50 / p95 / max (ms)', `${s.p50_ms.toFixed(0)} / ${s.p95_ms.toFixed(0)} / ${s.max_ms.toFixed(0)}`, ''],
    ['highlights: claims / quotes / figures / flags', CATS.map((c) => s.highlights[c]).join(' / '), ''],
    ['suite run time (s)', s.seconds.toFixed(0), ''],
  ];
  const w0 = Math.max(...lines.map((l) => l[0].length));
  const w1 = Math.max(...lines.map((l) => l[1].length));
  return lines.map((l) => `${l[0].padEnd(w0)}  ${l[1].padStart(w1)}  ${l[2]}`.trimEnd()).join('\n');
}

/** Writes rows.jsonl and summary.txt to build/real-pages/. @param {any[]} rows @param {any} summary */
export function writeReport(rows, summary) {
  const dir = buildDir('real-pages');
  writeFileSync(join(dir, 'rows.jsonl'), rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  writeFileSync(join(dir, 'summary.txt'), table(summary) + '\n');
  writeFileSync(join(dir, 'summary.json'), JSON.stringify(summary, null, 2) + '\n');
  return dir;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const args = process.argv.slice(2);
  const arg = (/** @type {string} */ name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const { rows, summary } = await run({
    limit: Number(arg('--limit')) || undefined,
    set: arg('--set'),
    only: arg('--only')?.split(','),
    workers: Number(arg('--workers')) || undefined,
    log: args.includes('--quiet') ? undefined : (s) => process.stderr.write(s + '\n'),
  });
  const dir = writeReport(rows, summary);
  process.stdout.write(table(summary) + `\n\nper-page rows: ${join(dir, 'rows.jsonl')}\n`);
}
