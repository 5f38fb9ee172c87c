// The bookmarklet, article detection and re-reading a changing root, in
// headless Chromium on a made-up news page (the 210 real pages are
// real-pages.test.mjs's): toggling on and off, the CSP messages, the panel's
// "which part was read" and its whole-page switch, new paragraphs analysed
// once, and the lens's own marks never taken for page changes.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newPage } from './harness.mjs';
import { bookmarklet, bookmarkletSource } from '../../tools/bookmarklet.mjs';

/** @type {Awaited<ReturnType<typeof start>>} */
let env;

before(async () => {
  env = await start();
});

after(async () => {
  await env?.close();
});

const NEWS = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ferry fares</title>
<meta property="article:published_time" content="2025-03-14T07:00:00Z"></head><body>
<header class="site"><nav class="menu"><a href="#">News</a> <a href="#">Sport</a> <a href="#">Weather</a> <a href="#">Opinion about 7 things</a></nav></header>
<div class="cookie-banner"><p>We use 12 cookies to improve your experience of this website, as 90% of sites do.</p></div>
<div class="layout">
  <div class="story-wrap">
    <h1>Ferry fares rise again</h1>
    <div class="article-body">
      <p>Fares on the island ferry rose by 12% on 3 March 2025, the operator said, the third rise in two years.</p>
      <figure><img alt=""><figcaption>Passengers queue at the terminal, where 400 cars wait each morning.</figcaption></figure>
      <p>The operator, Coastline Ferries, said fuel now costs about £2.1m a year more than in 2023, and that the rise would cover “barely half” of it.</p>
      <div class="related-links"><a href="#">Ferry timetable changes for 2026</a> <a href="#">Port strike called off</a></div>
      <p>Islanders said more than 1,500 people had signed a petition against the rise, which takes a return ticket to £38.</p>
    </div>
  </div>
  <aside class="sidebar"><p>Most read: ten things to do this weekend, and 25 places to eat before summer arrives.</p></aside>
</div>
<section class="comments"><h2>Comments</h2><p>I have paid 30% more since last year, and nothing has improved on board at all.</p></section>
<footer class="site-footer"><p>© 2025 The Island Courier. All 3 rights reserved, reproduced with permission.</p></footer>
</body></html>`;

/** Serves NEWS at /news.html, with extra headers. */
async function openNews(page, headers = {}) {
  await page.route(`${env.url}news.html`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: NEWS, headers }),
  );
  await page.goto(`${env.url}news.html`);
}

const click = (/** @type {import('playwright-core').Page} */ page) =>
  page.evaluate(`(${bookmarkletSource()})(${JSON.stringify(env.url)})`);

test('the javascript: URL is the bookmarklet code, called with its base', () => {
  const url = bookmarklet('https://example.test/factlens');
  assert.ok(url.startsWith('javascript:'));
  assert.equal(decodeURIComponent(url.slice('javascript:'.length)), `void (${bookmarkletSource()})("https://example.test/factlens/")`);
  assert.throws(() => bookmarklet('ftp://example.test/'), /http/);
});

test('bookmarklet: finds the article, leaves out furniture, toggles off leaving the page byte-identical', async () => {
  const { page, context, errors } = await newPage(env.browser);
  await openNews(page);
  const before = await page.evaluate(() => ({ html: document.documentElement.outerHTML, text: document.body.innerText }));
  const on = await click(page);
  assert.equal(on.state, 'on', JSON.stringify(on));
  const got = await page.evaluate(async (base) => {
    const lens = /** @type {any} */ ((await import(base + 'factlens.min.js')).current());
    return {
      text: lens.text, auto: lens.auto, figures: lens.painted.filter((/** @type {any} */ p) => p.item.cat === 'figures').map((/** @type {any} */ p) => p.ranges[0].toString()),
      innerText: document.body.innerText,
    };
  }, env.url);
  assert.equal(got.auto.element, '<div class="article-body">');
  assert.equal(got.auto.whole, false);
  assert.ok(got.auto.skipped >= 2, `left out: figure and related links (${got.auto.skipped})`);
  for (const kept of ['rose by 12%', 'about £2.1m', 'more than 1,500']) assert.ok(got.text.includes(kept), kept);
  for (const out of ['Weather', 'cookies', 'Passengers queue', 'Ferry timetable', 'Most read', 'paid 30% more', 'rights reserved']) {
    assert.ok(!got.text.includes(out), `"${out}" left out`);
  }
  assert.ok(got.figures.includes('12%') && got.figures.includes('more than 1,500'), JSON.stringify(got.figures));
  assert.equal(got.innerText, before.text, 'body.innerText unchanged while mounted');

  const off = await click(page);
  assert.equal(off.state, 'off');
  assert.equal(await page.evaluate(() => document.documentElement.outerHTML), before.html);
  assert.equal(await page.evaluate(() => CSS.highlights.size), 0);
  // And on again: the module is loaded once, the toggle still works.
  assert.equal((await click(page)).state, 'on');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the panel says what was read and switches to the whole page and back', async () => {
  const { page, context } = await newPage(env.browser);
  await openNews(page);
  const before = await page.evaluate(() => document.documentElement.outerHTML);
  await click(page);
  await page.locator('factlens-ui .toggle').click();
  const read = page.locator('factlens-ui [data-read]');
  assert.match(await read.innerText(), /Read: <div class="article-body"> · \d+ words · \d+ parts left out/);
  await read.locator('button').click();
  await page.waitForFunction(() => /Read: <body>/.test(document.querySelector('factlens-ui')?.shadowRoot?.querySelector('[data-read]')?.textContent || ''));
  const whole = await page.evaluate(async (base) => (/** @type {any} */ ((await import(base + 'factlens.min.js')).current())).text, env.url);
  assert.ok(whole.includes('Most read') && whole.includes('paid 30% more'), 'the whole page is read');
  await page.locator('factlens-ui [data-read] button').click();
  await page.waitForFunction(() => /Read: <div class="article-body">/.test(document.querySelector('factlens-ui')?.shadowRoot?.querySelector('[data-read]')?.textContent || ''));
  assert.equal(await page.locator('factlens-ui').count(), 1, 'one lens at a time');
  assert.equal((await click(page)).state, 'off');
  assert.equal(await page.evaluate(() => document.documentElement.outerHTML), before);
  await context.close();
});

test('a CSP that blocks the module: a clear message, and the page unchanged once dismissed', async () => {
  const { page, context } = await newPage(env.browser);
  await openNews(page, { 'content-security-policy': "script-src 'unsafe-inline'" });
  const before = await page.evaluate(() => document.documentElement.outerHTML);
  const res = await click(page);
  assert.equal(res.state, 'error');
  const card = page.locator('factlens-ui [role=alert]');
  await card.waitFor({ state: 'visible' });
  assert.match(await card.innerText(), /security policy \(Content-Security-Policy\) does not allow scripts from http:\/\/127\.0\.0\.1/);
  await card.locator('button').click();
  assert.equal(await page.evaluate(() => document.documentElement.outerHTML), before);
  await context.close();
});

test('a CSP without wasm-unsafe-eval: the module loads, the message says WebAssembly is not allowed', async () => {
  const { page, context } = await newPage(env.browser);
  await openNews(page, { 'content-security-policy': "script-src 'self'" });
  const before = await page.evaluate(() => document.documentElement.outerHTML);
  const res = await click(page);
  assert.equal(res.state, 'error', JSON.stringify(res));
  const card = page.locator('factlens-ui [role=alert]');
  await card.waitFor({ state: 'visible' });
  assert.match(await card.innerText(), /could not run on this page: .*does not allow WebAssembly/);
  assert.equal(await page.evaluate(() => CSS.highlights.size), 0);
  await card.locator('button').click();
  assert.equal(await page.evaluate(() => document.documentElement.outerHTML), before);
  await context.close();
});

for (const paint of ['highlight', 'marks']) {
  test(`paragraphs added after mount are analysed once, without duplicates (${paint})`, async () => {
    const { page, context, errors } = await newPage(env.browser);
    await openNews(page);
    const out = await page.evaluate(async ({ base, paint }) => {
      const m = await import(base + 'factlens.js');
      const lens = /** @type {any} */ (await m.mount(null, { paint }));
      const figures = () => lens.painted.filter((/** @type {any} */ p) => p.item.cat === 'figures').map((/** @type {any} */ p) => p.ranges[0].toString());
      const first = { analyses: lens.analyses, figures: figures() };
      // The lens's own painting, a category off and on, must not count as a
      // change: no re-read at all (factlens:updated), not just no analysis.
      let rereads = 0;
      lens.root.addEventListener('factlens:updated', () => rereads++);
      lens.toggleCategory('claims');
      lens.toggleCategory('claims');
      lens.next();
      await new Promise((r) => setTimeout(r, 700));
      const still = { analyses: lens.analyses, rereads };
      // "Read more": two paragraphs arrive, in two steps.
      const body = document.querySelector('.article-body');
      const add = (/** @type {string} */ t) => {
        const p = document.createElement('p');
        p.textContent = t;
        body?.append(p);
      };
      const updated = new Promise((r) => body?.addEventListener('factlens:updated', r, { once: true }));
      add('The council will meet on 9 April to discuss a subsidy of €450,000.');
      await new Promise((r) => setTimeout(r, 100));
      add('A second operator has offered fares 15% lower from June.');
      await updated;
      const second = { analyses: lens.analyses, figures: figures(), marks: document.querySelectorAll('mark[data-factlens]').length };
      await new Promise((r) => setTimeout(r, 700));
      const third = lens.analyses;
      lens.unmount();
      return { first, still, second, third, marksLeft: document.querySelectorAll('mark').length };
    }, { base: env.url, paint });
    assert.equal(out.first.analyses, 1);
    assert.deepEqual(out.still, { analyses: 1, rereads: 0 }, 'own painting is not a page change');
    assert.equal(out.second.analyses, 2, 'one analysis for both paragraphs (debounced)');
    assert.equal(out.third, 2, 'and none after it');
    for (const f of ['€450,000', '15%', '12%']) {
      assert.equal(out.second.figures.filter((/** @type {string} */ x) => x === f).length, 1, `${f} once in ${JSON.stringify(out.second.figures)}`);
    }
    assert.equal(out.second.figures.length, new Set(out.second.figures).size, 'no duplicate highlights');
    if (paint === 'marks') assert.ok(out.second.marks > 0);
    assert.equal(out.marksLeft, 0);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('bookmarklet.html offers the link for the folder it is served from', async () => {
  const { page, context, errors } = await newPage(env.browser);
  await page.goto(`${env.url}bookmarklet.html`);
  const href = await page.locator('#bookmarklet').getAttribute('href');
  assert.ok(href?.startsWith('javascript:'), href ?? '');
  assert.ok(decodeURIComponent(href.slice(11)).endsWith(`)(${JSON.stringify(env.url)})`));
  assert.equal(await page.locator('#code').inputValue(), href);
  assert.deepEqual(errors, []);
  await context.close();
});
