// The widget on the demo article, in headless Chromium: painting, the text
// under highlights, popovers, keyboard navigation, the panel, unmount
// restoring the page byte for byte (Highlight API and <mark> fallback),
// strict CSP with Trusted Types, the <fact-lens> element and the paste page.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { start, newPage, waitForLens, buildDir } from './harness.mjs';

/** @type {Awaited<ReturnType<typeof start>>} */
let env;

before(async () => {
  env = await start();
});

after(async () => {
  await env?.close();
});

/** The demo page as served, without the auto-mount attribute (the pristine page). */
async function openPristine(page, extraHeaders = {}) {
  await page.route(`${env.url}`, async (route) => {
    const res = await route.fetch();
    const body = (await res.text()).replace(' data-factlens-auto', '');
    await route.fulfill({ response: res, body, headers: { ...res.headers(), ...extraHeaders } });
  });
  await page.goto(env.url);
  await page.waitForLoadState('load');
}

/** Listener counts on document and window, through the DevTools protocol. */
async function listenerCounts(page) {
  const cdp = await page.context().newCDPSession(page);
  const out = {};
  for (const expr of ['document', 'window']) {
    const { result } = await cdp.send('Runtime.evaluate', { expression: expr });
    const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
    out[expr] = listeners.length;
  }
  await cdp.detach();
  return out;
}

/** Reads the lens's state: each painted item with the text under its ranges. */
async function paintedTexts(page) {
  return page.evaluate(async () => {
    const m = await import('./factlens.js');
    const lens = /** @type {any} */ (m.current());
    return lens.painted.map((/** @type {any} */ p) => ({
      id: p.item.id,
      cat: p.item.cat,
      style: p.item.style,
      start: p.item.start,
      end: p.item.end,
      summary: p.item.summary,
      first: p.ranges[0].toString(),
      expected: lens.text.slice(p.item.spans[0][0], p.item.spans[0][1]),
      crosses: p.ranges[0].startContainer !== p.ranges[0].endContainer,
    }));
  });
}

const squash = (/** @type {string} */ s) => s.replace(/\s+/g, ' ');

test('demo: every highlight covers exactly the text the core analysed', async () => {
  const { page, context, errors } = await newPage(env.browser);
  await page.goto(env.url);
  const lens = await waitForLens(page);
  assert.equal(lens.mode, 'highlight');
  assert.ok(lens.painted > 20, `painted ${lens.painted}`);
  assert.equal(lens.painted, lens.items, 'every item maps to a range');

  const names = await page.evaluate(() => [...CSS.highlights.keys()]);
  const painted = await paintedTexts(page);
  for (const style of new Set(painted.map((p) => p.style))) {
    assert.ok(
      names.includes(`factlens-${style}`) || (style === 'quote' && names.includes('factlens-quote')),
      `highlight for ${style}`,
    );
  }
  for (const p of painted) assert.equal(squash(p.first), squash(p.expected), `${p.id} ${p.summary}`);

  const figures = painted.filter((p) => p.cat === 'figures').map((p) => p.first);
  for (const known of ['£2.4bn', 'more than 18 months', '18-19 February', 'more than 1,200', 'between 400 and 600', 'up to 700', '€45m', '7.8%']) {
    assert.ok(figures.includes(known), `figure "${known}" among ${JSON.stringify(figures)}`);
  }
  // Spans across inline markup: "18-19 <a>February</a>", "<em>more than 1,200</em> …".
  const across = painted.find((p) => p.first === '18-19 February');
  assert.ok(across && across.crosses, '"18-19 February" crosses the link');

  // The publication date comes from the page's metadata.
  const date = await page.evaluate(async () => (/** @type {any} */ ((await import('./factlens.js')).current())).options.date);
  assert.equal(date, '2025-03-14');
  assert.deepEqual(errors, []);
  await context.close();
});

test('hovering a figure opens its card; a click pins it; Escape closes it', async () => {
  const { page, context, errors } = await newPage(env.browser);
  await page.goto(env.url);
  await waitForLens(page);
  const box = await page.evaluate(async () => {
    const lens = /** @type {any} */ ((await import('./factlens.js')).current());
    const p = lens.painted.find((/** @type {any} */ x) => x.item.summary === 'more than 18 months');
    const r = p.ranges[0].getClientRects()[0];
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
  });
  await page.mouse.move(box.x, box.y);
  const card = page.locator('factlens-ui .popover');
  await card.waitFor({ state: 'visible' });
  const text = await card.innerText();
  assert.match(text, /Figure: more than 18 months — a lower bound/);
  assert.match(text, /Duration/);
  await page.mouse.click(box.x, box.y);
  await page.mouse.move(5, 5);
  await page.waitForTimeout(400);
  assert.ok(await card.isVisible(), 'a clicked card stays open');
  await page.keyboard.press('Escape');
  await card.waitFor({ state: 'hidden' });
  assert.deepEqual(errors, []);
  await context.close();
});

test('the card of a quote names its speaker', async () => {
  const { page, context, errors } = await newPage(env.browser);
  await page.goto(env.url);
  await waitForLens(page);
  const box = await page.evaluate(async () => {
    const lens = /** @type {any} */ ((await import('./factlens.js')).current());
    const p = lens.painted.find((/** @type {any} */ x) => x.item.kind === 'quote' && x.item.summary.includes('We will create'));
    if (!p) return null;
    const r = p.ranges[0].getClientRects()[0];
    return { x: r.left + 8, y: r.top + r.height / 2 };
  });
  assert.ok(box, 'the quote "We will create …" is painted');
  await page.mouse.move(box.x, box.y);
  const card = page.locator('factlens-ui .popover');
  await card.waitFor({ state: 'visible' });
  assert.match(await card.innerText(), /Quote — Miriam Okafor/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('keyboard: Alt+Shift+N / P walk the items in reading order', async () => {
  const { page, context, errors } = await newPage(env.browser);
  await page.goto(env.url);
  await waitForLens(page);
  const order = await page.evaluate(async () => {
    const lens = /** @type {any} */ ((await import('./factlens.js')).current());
    return lens.painted.map((/** @type {any} */ p) => ({ id: p.item.id, start: p.item.start, title: p.item.title }));
  });
  for (let i = 1; i < order.length; i++) assert.ok(order[i - 1].start <= order[i].start, 'painted in text order');
  const card = page.locator('factlens-ui .popover');
  const seen = [];
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('Alt+Shift+KeyN');
    seen.push(await page.evaluate(async () => (/** @type {any} */ ((await import('./factlens.js')).current())).current.id));
    assert.equal((await card.locator('.title').first().innerText()).trim(), order[i].title);
  }
  assert.deepEqual(seen, order.slice(0, 6).map((o) => o.id));
  await page.keyboard.press('Alt+Shift+KeyP');
  const back = await page.evaluate(async () => (/** @type {any} */ ((await import('./factlens.js')).current())).current.id);
  assert.equal(back, order[4].id);
  const live = await page.locator('factlens-ui [aria-live]').innerText();
  assert.match(live, new RegExp(`^5 of ${order.length}: `));
  // Alt+Shift+L hides every highlight and shows them again.
  await page.keyboard.press('Alt+Shift+KeyL');
  assert.equal(await page.evaluate(() => CSS.highlights.size), 0);
  await page.keyboard.press('Alt+Shift+KeyL');
  assert.ok(await page.evaluate(() => CSS.highlights.size) > 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('panel: counts equal the analysis, entries jump to their span, filters and keyboard work', async () => {
  const { page, context, errors } = await newPage(env.browser);
  await page.goto(env.url);
  await waitForLens(page);
  const expected = await page.evaluate(async () => {
    const lens = /** @type {any} */ ((await import('./factlens.js')).current());
    const a = lens.analysis;
    const quoteItems = lens.items.filter((/** @type {any} */ i) => i.cat === 'quotes').length;
    return { claims: a.claims.length, figures: a.figures.length, flags: a.flags.length, quotes: quoteItems };
  });
  const toggle = page.locator('factlens-ui .toggle');
  await toggle.focus();
  await page.keyboard.press('Enter');
  const panel = page.locator('factlens-ui .panel');
  await panel.waitFor({ state: 'visible' });
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  // No missing value is written out as text.
  assert.doesNotMatch(await panel.innerText(), /\b(null|undefined|NaN)\b/);
  for (const cat of ['claims', 'figures', 'flags', 'quotes']) {
    const count = await panel.locator(`.filter[data-cat="${cat}"] .count`).innerText();
    assert.equal(count, `(${expected[cat]})`, cat);
  }
  const figureHeading = await panel.locator('h3[data-section="figures"]').textContent();
  assert.equal(figureHeading, `Figures (${expected.figures})`);
  assert.equal(await panel.locator('button.entry[data-item^="f"]').count(), expected.figures);

  // An entry moves the lens to its item.
  const entry = panel.locator('button.entry[data-item="f5"]');
  await entry.click();
  const cur = await page.evaluate(async () => (/** @type {any} */ ((await import('./factlens.js')).current())).current.id);
  assert.equal(cur, 'f5');

  // Filters switch a category's highlights off and on, keeping focus.
  const filter = panel.locator('.filter[data-cat="figures"]');
  await filter.click();
  assert.equal(await panel.locator('.filter[data-cat="figures"]').getAttribute('aria-pressed'), 'false');
  assert.equal(await page.evaluate(() => CSS.highlights.has('factlens-figure')), false);
  await page.keyboard.press('Enter');
  assert.equal(await page.evaluate(() => CSS.highlights.has('factlens-figure')), true);

  // A view and a position are tagged as such in the sources list (people
  // first, then organisations).
  const tagged = await panel.locator('button.entry .tag').evaluateAll((els) =>
    els.map((e) => `${e.textContent}: ${e.closest('button')?.querySelector('.text')?.textContent}`).filter((t) => /^(view|position):/.test(t)));
  assert.deepEqual(tagged, ['view: to meet the harbour minister before the works begin', 'position: the dredging from the start']);

  // Arrow keys move between entries; Escape closes the panel and returns focus.
  await panel.locator('button.entry').first().focus();
  await page.keyboard.press('ArrowDown');
  const focused = await page.evaluate(() => {
    const host = document.querySelector('factlens-ui');
    return host?.shadowRoot?.activeElement?.getAttribute('data-item');
  });
  assert.equal(focused, await panel.locator('button.entry').nth(1).getAttribute('data-item'));
  await page.keyboard.press('Escape');
  await panel.waitFor({ state: 'hidden' });
  const back = await page.evaluate(() => document.querySelector('factlens-ui')?.shadowRoot?.activeElement?.className);
  assert.equal(back, 'toggle');
  assert.deepEqual(errors, []);
  await context.close();
});

for (const paint of ['highlight', 'marks']) {
  test(`unmount() restores the page byte for byte (${paint})`, async () => {
    const { page, context, errors } = await newPage(env.browser);
    await openPristine(page);
    const before = await page.evaluate(() => {
      // Keep the article's text nodes to check that the same nodes come back.
      const walker = document.createTreeWalker(document.querySelector('article'), NodeFilter.SHOW_TEXT);
      const nodes = [];
      for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
      // @ts-ignore
      window.__nodes = nodes.map((n) => [n, n.data]);
      return { html: document.documentElement.outerHTML, text: document.body.innerText, sheets: document.adoptedStyleSheets.length };
    });
    const listenersBefore = await listenerCounts(page);

    const mounted = await page.evaluate(async (paint) => {
      const m = await import('./factlens.js');
      const lens = /** @type {any} */ (await m.mount('article', { paint, panel: 'open' }));
      const marks = document.querySelectorAll('mark[data-factlens]').length;
      const texts = lens.painted.map((/** @type {any} */ p) => [p.ranges.map((/** @type {Range} */ r) => r.toString()).join(''), lens.text.slice(p.item.spans[0][0], p.item.spans[0][1])]);
      return {
        mode: lens.mode,
        painted: lens.painted.length,
        marks,
        highlights: CSS.highlights.size,
        articleText: document.querySelector('article')?.textContent,
        bodyText: document.body.innerText,
        texts,
      };
    }, paint);
    assert.equal(mounted.mode, paint);
    assert.ok(mounted.painted > 20);
    if (paint === 'marks') {
      assert.ok(mounted.marks >= mounted.painted, `${mounted.marks} marks`);
      assert.equal(mounted.highlights, 0);
      for (const [got, want] of mounted.texts.slice(0, 40)) {
        if (squash(got) !== squash(want)) assert.ok(squash(got).includes(squash(want)) || squash(want).includes(squash(got)), `${got} / ${want}`);
      }
    } else {
      assert.equal(mounted.marks, 0);
      assert.ok(mounted.highlights > 0);
      assert.equal(mounted.bodyText, before.text, 'body.innerText unchanged while mounted');
    }

    // The hover card and keyboard navigation work in this mode too.
    await page.keyboard.press('Alt+Shift+KeyN');
    await page.locator('factlens-ui .popover').waitFor({ state: 'visible' });

    const after = await page.evaluate(async () => {
      const m = await import('./factlens.js');
      m.unmount();
      // @ts-ignore
      const same = window.__nodes.every(([n, data]) => n.isConnected && n.data === data);
      // @ts-ignore
      delete window.__nodes;
      return {
        html: document.documentElement.outerHTML,
        text: document.body.innerText,
        sheets: document.adoptedStyleSheets.length,
        highlights: CSS.highlights.size,
        same,
      };
    });
    assert.equal(after.html, before.html, 'documentElement.outerHTML is byte-identical');
    assert.equal(after.text, before.text);
    assert.equal(after.sheets, before.sheets);
    assert.equal(after.highlights, 0);
    assert.ok(after.same, 'the original text nodes are back, with their text');
    assert.deepEqual(await listenerCounts(page), listenersBefore, 'no listeners left behind');
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('strict CSP with Trusted Types: the lens runs and nothing is blocked', async () => {
  const { page, context, errors } = await newPage(env.browser);
  const res = await page.goto(`${env.url}?csp=strict`);
  assert.match(res?.headers()['content-security-policy'] ?? '', /require-trusted-types-for 'script'/);
  const lens = await waitForLens(page);
  assert.ok(lens.painted > 20);
  // Exercise the panel and the card under the policy.
  await page.locator('factlens-ui .toggle').click();
  await page.locator('factlens-ui .panel').waitFor({ state: 'visible' });
  await page.locator('factlens-ui button.entry').first().click();
  await page.locator('factlens-ui .popover').waitFor({ state: 'visible' });
  assert.deepEqual(await page.evaluate(() => /** @type {any} */ (window).__violations), []);
  assert.deepEqual(errors, []);
  // Last, since it logs an error of its own: the policy really is enforced.
  const tt = await page.evaluate(() => {
    try {
      document.createElement('div').innerHTML = '<b>x</b>';
      return 'allowed';
    } catch {
      return 'blocked';
    }
  });
  assert.equal(tt, 'blocked', 'Trusted Types are enforced on this page');
  await context.close();
});

test('a CSP without wasm-unsafe-eval gets a clear message and an unchanged article', async () => {
  const { page, context } = await newPage(env.browser);
  await page.route(`${env.url}`, async (route) => {
    const res = await route.fetch();
    await route.fulfill({ response: res, headers: { ...res.headers(), 'content-security-policy': "script-src 'self'" } });
  });
  await page.goto(env.url);
  const notice = page.locator('factlens-ui .notice');
  await notice.waitFor({ state: 'visible' });
  assert.match(await notice.innerText(), /security policy/);
  assert.equal(await page.evaluate(() => CSS.highlights.size), 0);
  await notice.locator('button').click();
  assert.equal(await page.locator('factlens-ui').count(), 0, 'dismissing the notice removes it');
  await context.close();
});

test('<fact-lens for="…"> mounts on its article and goes away with the element', async () => {
  const { page, context, errors } = await newPage(env.browser);
  await page.route(`${env.url}element-test.html`, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><html lang="en"><head><title>t</title>
        <script type="module" src="./factlens.js"></script></head><body>
        <article id="story"><h1>Ferry fares rise</h1><p>Fares rose by <em>over 12%</em> on 3 March 2025, the operator said.</p></article>
        <fact-lens for="story" panel="open" categories="figures claims quotes flags"></fact-lens></body></html>`,
    }),
  );
  await page.goto(`${env.url}element-test.html`);
  await page.waitForFunction(() => CSS.highlights.has('factlens-figure'));
  const inside = await page.evaluate(() => {
    const el = document.querySelector('fact-lens');
    return { panel: !!el?.shadowRoot?.querySelector('.panel:not([hidden])'), hosts: document.querySelectorAll('factlens-ui').length };
  });
  assert.ok(inside.panel, 'the panel lives in <fact-lens>');
  assert.equal(inside.hosts, 0, 'no extra host element');
  await page.evaluate(() => document.querySelector('fact-lens')?.remove());
  assert.equal(await page.evaluate(() => CSS.highlights.size), 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('paste page: text typed in is analysed and marked', async () => {
  const { page, context, errors } = await newPage(env.browser);
  await page.goto(`${env.url}paste.html`);
  await page.locator('textarea').fill('Prices rose by 4.5% in May 2024.\n\nAbout 300 people signed the letter on Friday.');
  await page.waitForFunction(() => CSS.highlights.has('factlens-figure'), null, { timeout: 5000 });
  const figures = await page.evaluate(async () => (/** @type {any} */ ((await import('./factlens.js')).current())).analysis.figures.map((/** @type {any} */ f) => f.text));
  assert.ok(figures.includes('4.5%') && figures.includes('About 300'), JSON.stringify(figures));
  assert.deepEqual(errors, []);
  await context.close();
});

test('screenshots: the demo with the lens, a card, and the panel (build/screenshots)', async () => {
  const dir = buildDir('screenshots');
  for (const scheme of /** @type {const} */ (['light', 'dark'])) {
    const { page, context, errors } = await newPage(env.browser, { colorScheme: scheme, viewport: { width: 1280, height: 860 } });
    await page.goto(env.url);
    await waitForLens(page);
    await page.evaluate(() => window.scrollTo(0, 260));
    await page.keyboard.press('Alt+Shift+KeyN');
    await page.keyboard.press('Alt+Shift+KeyN');
    await page.waitForTimeout(150);
    await page.screenshot({ path: join(dir, `demo-lens-${scheme}.png`) });
    await page.locator('factlens-ui .toggle').click();
    await page.locator('factlens-ui .panel').waitFor({ state: 'visible' });
    await page.waitForTimeout(200);
    await page.screenshot({ path: join(dir, `demo-panel-${scheme}.png`) });
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('the minified bundle (make dist) runs the same lens under the strict CSP', async () => {
  const { page, context, errors } = await newPage(env.browser);
  const modules = await (async () => {
    await page.goto(env.url);
    await waitForLens(page);
    return page.evaluate(async () => (/** @type {any} */ ((await import('./factlens.js')).current())).painted.map((/** @type {any} */ p) => p.item.id));
  })();
  await page.route(`${env.url}?csp=strict`, async (route) => {
    const res = await route.fetch();
    const body = (await res.text()).replaceAll('factlens.js', 'factlens.min.js');
    await route.fulfill({ response: res, body });
  });
  await page.goto(`${env.url}?csp=strict`);
  await page.waitForFunction(async () => !!(await import('./factlens.min.js')).current());
  const bundled = await page.evaluate(async () => {
    const m = await import('./factlens.min.js');
    const lens = /** @type {any} */ (m.current());
    const ids = lens.painted.map((/** @type {any} */ p) => p.item.id);
    const hasModules = performance.getEntriesByType('resource').some((e) => /\/(lens|paint|items)\.js$/.test(e.name));
    m.unmount();
    return { ids, hasModules, left: CSS.highlights.size + document.querySelectorAll('factlens-ui').length };
  });
  assert.deepEqual(bundled.ids, modules, 'the bundle paints exactly what the modules paint');
  assert.equal(bundled.hasModules, false, 'one file: no module of the lens fetched separately');
  assert.equal(bundled.left, 0);
  assert.deepEqual(await page.evaluate(() => /** @type {any} */ (window).__violations), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('bad options and a missing root are clear errors that leave the page as it was', async () => {
  const { page, context, errors } = await newPage(env.browser);
  await openPristine(page);
  const out = await page.evaluate(async () => {
    const before = document.documentElement.outerHTML;
    const m = await import('./factlens.js');
    const messages = [];
    for (const [root, opts] of [
      ['article', { date: '14/03/2025' }],
      ['article', { categories: ['claims', 'rumours'] }],
      ['article', { claimThreshold: 2 }],
      ['article', { colour: 'red' }],
      ['#no-such-element', {}],
      ['article[', {}],
    ]) {
      try {
        await m.mount(root, opts);
        messages.push('mounted');
      } catch (e) {
        messages.push(/** @type {Error} */ (e).message);
      }
    }
    let analyzeError = '';
    try {
      await m.analyze('x', { date: '2025-02-30' });
    } catch (e) {
      analyzeError = /** @type {Error} */ (e).message;
    }
    return { messages, analyzeError, same: document.documentElement.outerHTML === before, highlights: CSS.highlights.size };
  });
  assert.deepEqual(out.messages.map((m) => m.slice(0, 40)), [
    'factlens: option "date" must be YYYY-MM-',
    'factlens: unknown category "rumours" (kn',
    'factlens: option "claimThreshold" must b',
    'factlens: unknown option "colour" (known',
    'factlens: no element matches the root se',
    'factlens: the root selector "article[" i',
  ]);
  assert.match(out.analyzeError, /^factlens: options\.date: bad date "2025-02-30"/);
  assert.ok(out.same, 'the page is unchanged');
  assert.equal(out.highlights, 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test('shortcuts stay out of the way while the reader types in a field', async () => {
  const { page, context, errors } = await newPage(env.browser);
  await page.goto(`${env.url}paste.html`);
  const area = page.locator('textarea');
  await area.fill('Fares rose by 12% on 3 March 2025.');
  await page.waitForFunction(() => CSS.highlights.has('factlens-figure'), null, { timeout: 5000 });
  await area.focus();
  await page.keyboard.press('Alt+Shift+KeyN');
  const current = await page.evaluate(async () => (/** @type {any} */ ((await import('./factlens.js')).current()))?.current);
  assert.equal(current, null, 'no item was focused from inside the text box');
  await page.locator('h1, body').first().click({ position: { x: 2, y: 2 } });
  await page.keyboard.press('Alt+Shift+KeyN');
  const next = await page.evaluate(async () => (/** @type {any} */ ((await import('./factlens.js')).current()))?.current?.id);
  assert.ok(next, 'outside the field the shortcut moves to an item');
  assert.deepEqual(errors, []);
  await context.close();
});
