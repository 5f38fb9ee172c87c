// The DOM ⇄ string map (www/text-map.js) in Chromium, on small pages written
// for the purpose: whitespace as rendered, block breaks, what is skipped, and
// ranges back from UTF-16 offsets, across inline markup and astral characters.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { start, newPage } from './harness.mjs';

let env;
before(async () => {
  env = await start();
});
after(async () => {
  await env?.close();
});

/** Loads `body` as a page under the server's origin and runs collect() on #root. */
async function collectOn(body, probes = []) {
  const { page, context, errors } = await newPage(env.browser);
  await page.route(`${env.url}fixture.html`, (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>t</title></head><body>${body}</body></html>` }),
  );
  await page.goto(`${env.url}fixture.html`);
  const out = await page.evaluate(async (probes) => {
    const { collect } = await import('./text-map.js');
    const map = collect(/** @type {Element} */ (document.getElementById('root')));
    const ranges = probes.map((/** @type {string} */ p) => {
      const i = map.text.indexOf(p);
      const r = i < 0 ? null : map.rangeFor(i, i + p.length);
      return r ? { text: r.toString(), crosses: r.startContainer !== r.endContainer } : null;
    });
    return { text: map.text, ranges };
  }, probes);
  assert.deepEqual(errors, []);
  await context.close();
  return out;
}

test('whitespace collapses as rendered; blocks become paragraphs; <br> a line', async () => {
  const { text } = await collectOn(`<div id="root">
      <h1>  Ferry   fares
        rise </h1>
      <p>First <b>bold</b>  line.<br>Second line.</p>
      <ul><li>one</li><li>two</li></ul>
      <p>Tail&nbsp;end</p>
    </div>`);
  assert.equal(text, 'Ferry fares rise\n\nFirst bold line.\nSecond line.\n\none\n\ntwo\n\nTail\u00a0end');
});

test('scripts, styles, form fields, hidden and aria-hidden parts are left out', async () => {
  const { text } = await collectOn(`<div id="root"><p>Kept.</p>
      <script>var x = "not text";</script><style>p{}</style><noscript>ns</noscript>
      <p hidden>hidden attr</p><p aria-hidden="true">aria hidden</p>
      <p style="display:none">display none</p><p style="visibility:hidden">invisible</p>
      <form><input value="field"><textarea>area</textarea><select><option>opt</option></select><button>Share</button></form>
      <p>Also <span style="display:none">not </span>kept.</p></div>`);
  assert.equal(text, 'Kept.\n\nAlso kept.');
});

test('preformatted text keeps its lines; display decides blocks', async () => {
  const { text } = await collectOn(`<div id="root"><pre>a  b\nc</pre><div style="white-space: pre-wrap">x\n\ny</div><span style="display:block">blk</span><div style="display:inline">in</div><span>line</span></div>`);
  assert.equal(text, 'a  b\nc\n\nx\n\ny\n\nblk\n\ninline');
});

test('ranges come back exactly, across inline markup and after astral characters', async () => {
  const { text, ranges } = await collectOn(
    `<article id="root"><p>😀 Fares rose by <a href="#">over <em>12</em>%</a> on 3&nbsp;March.</p>
     <p>東京 costs <strong>$4</strong>0 a night.</p></article>`,
    ['over 12%', '3\u00a0March', '$40', 'Fares', '東京 costs'],
  );
  assert.ok(text.startsWith('😀 Fares'));
  assert.deepEqual(ranges, [
    { text: 'over 12%', crosses: true },
    { text: '3\u00a0March', crosses: false },
    { text: '$40', crosses: true },
    { text: 'Fares', crosses: false },
    { text: '東京 costs', crosses: false },
  ]);
});

test('a span over a collapsed run of whitespace maps to the rendered text', async () => {
  const { ranges } = await collectOn(`<p id="root">more
        than   200 people</p>`, ['more than 200']);
  assert.equal(ranges[0].text.replace(/\s+/g, ' '), 'more than 200');
});
