// bench.html: how long the lens takes to appear on the demo article.
//
// The article is the demo's own: it is copied from index.html (fetched and
// parsed) before the clock starts, so the two pages cannot drift apart.
// cold_ms: from the clock's start to the lens painted (the dynamic import of
//   ./factlens.js, WebAssembly start-up, analysis, paint, the next frame).
// module_to_paint_ms: the same from factlens.js finished loading.
// warm_median_ms, warm_p95_ms: unmount + mount + the next frame, repeated n
//   times (?n=, default 20).
// *_mount_* are the same up to mount() resolving, before the frame.
// wasm_memory_*_bytes: the module's linear memory after the demo's cold and
//   warm mounts, and after analysing the demo's text repeated to 1 MB
//   (big_analyze_ms times that).
// Results go to window.__factlensBench and, as text, to <pre id="result">.
// On failure window.__factlensBench is {error: "..."}.

const demo = new DOMParser().parseFromString(await (await fetch('./index.html')).text(), 'text/html');
const source = demo.querySelector('article');
if (source) document.getElementById('story')?.append(document.importNode(source, true));
// Let the page lay the article out first, as a real page has before the lens runs.
void document.body.offsetHeight;
await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

const t0 = performance.now();

const result = document.getElementById('result');

// Resolves once the next frame has been painted: a requestAnimationFrame
// callback runs just before the paint, and a task posted from it runs just
// after (waiting for a second frame would add a whole vsync interval).
function painted() {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => resolve();
      ch.port2.postMessage(null);
    });
  });
}

function readN() {
  const raw = new URLSearchParams(location.search).get('n');
  if (raw === null || raw === '') return 20;
  const n = Number(raw);
  return Number.isInteger(n) && n >= 1 && n <= 10000 ? n : 20;
}

// Nearest-rank percentile of an ascending array.
function percentile(sorted, p) {
  if (!sorted.length) return null;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

function median(sorted) {
  if (!sorted.length) return null;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const round = (x) => (x === null ? null : Math.round(x * 100) / 100);

async function bench() {
  const n = readN();
  const article = document.querySelector('article');
  if (!article) throw new Error('bench.html has no <article>');

  const { mount } = await import('./factlens.js');
  let lens = await mount(article, { panel: 'closed' });
  const coldMounted = performance.now() - t0;
  await painted();
  const end = performance.now();
  const cold = end - t0;
  // From the lens's modules loaded (factlens.js marks it) to painted: the
  // WebAssembly start-up, text collection, analysis and paint, without the
  // page's own module fetches.
  const loaded = performance.getEntriesByName('factlens:module-loaded')[0];
  const moduleToPaint = loaded ? end - loaded.startTime : null;

  const warm = [];
  const warmMounted = [];
  for (let i = 0; i < n; i++) {
    const start = performance.now();
    lens.unmount();
    lens = await mount(article, { panel: 'closed' });
    warmMounted.push(performance.now() - start);
    await painted();
    warm.push(performance.now() - start);
  }
  warm.sort((a, b) => a - b);
  warmMounted.sort((a, b) => a - b);

  // Memory: the module's linear memory (it grows, never shrinks) after the
  // mounts above, then after one analysis of the demo's text repeated to 1 MB, which
  // is timed too (analysis and the result's conversion to JS objects).
  const wasm = await (await import('./pkg/factlens.js')).default();
  const memoryDemo = wasm.memory.buffer.byteLength;
  const { analyze } = await import('./engine.js');
  const one = article.textContent ?? '';
  const big = one.length ? one.repeat(Math.ceil(1_000_000 / one.length)) : '';
  const tBig = performance.now();
  await analyze(big);
  const bigMs = performance.now() - tBig;
  const memoryBig = wasm.memory.buffer.byteLength;

  const analysis = lens.analysis ?? {};
  const count = (key) => (Array.isArray(analysis[key]) ? analysis[key].length : 0);
  return {
    cold_ms: round(cold),
    module_to_paint_ms: round(moduleToPaint),
    warm_median_ms: round(median(warm)),
    warm_p95_ms: round(percentile(warm, 95)),
    n,
    // The same without the two frames (the frame wait rounds the figures
    // above up to the display's frame interval, about 33 ms at 60 Hz).
    cold_mount_ms: round(coldMounted),
    warm_mount_median_ms: round(median(warmMounted)),
    warm_mount_p95_ms: round(percentile(warmMounted, 95)),
    wasm_memory_demo_bytes: memoryDemo,
    big_text_length: big.length,
    big_analyze_ms: round(bigMs),
    wasm_memory_big_bytes: memoryBig,
    // For the record: what was painted.
    text_length: article.textContent.length,
    figures: count('figures'),
    quotes: count('quotes'),
    claims: count('claims'),
    flags: count('flags'),
    user_agent: navigator.userAgent,
  };
}

bench().then(
  (out) => {
    window.__factlensBench = out;
    result.textContent =
      `cold: ${out.cold_ms} ms\n` +
      `warm: median ${out.warm_median_ms} ms, p95 ${out.warm_p95_ms} ms (n = ${out.n})\n` +
      `mount() alone: cold ${out.cold_mount_ms} ms, warm median ${out.warm_mount_median_ms} ms\n\n` +
      JSON.stringify(out, null, 2);
    document.documentElement.dataset.bench = 'done';
  },
  (err) => {
    const message = err && typeof err === 'object' && 'message' in err ? err.message : String(err);
    window.__factlensBench = { error: message };
    result.textContent = `Benchmark failed: ${message}`;
    document.documentElement.dataset.bench = 'error';
  },
);
