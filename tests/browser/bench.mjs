// bench.mjs (`make bench-web`): module load to painted highlights on the demo
// article, in headless Chromium. Not a test: it prints figures for the README.
//
// Each run is a fresh browser context (empty cache) loading www/bench.html,
// which times from its own first line through the import of factlens.js,
// WebAssembly start-up, text collection, analysis and painting to two frames
// later (cold), then unmount + mount n times (warm).
//
//   node tests/browser/bench.mjs [--runs 7] [--n 20]

import { start, newPage } from './harness.mjs';

const arg = (name, dflt) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const runs = arg('runs', 7);
const n = arg('n', 20);

const env = await start();
const rows = [];
try {
  for (let i = 0; i < runs; i++) {
    const { page, context } = await newPage(env.browser);
    await page.goto(`${env.url}bench.html?n=${n}`);
    await page.waitForFunction(() => /** @type {any} */ (window).__factlensBench, null, { timeout: 30000 });
    const out = await page.evaluate(() => /** @type {any} */ (window).__factlensBench);
    if (out.error) throw new Error(out.error);
    rows.push(out);
    await context.close();
  }
} finally {
  await env.close();
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const cold = rows.map((r) => r.cold_ms);
const moduleToPaint = rows.map((r) => r.module_to_paint_ms);
const last = rows[rows.length - 1];
console.log(`demo article: ${last.text_length} characters, ${last.figures} figures, ${last.quotes} quotes, ${last.claims} claims, ${last.flags} flags`);
console.log(`${last.user_agent.match(/(Headless)?Chrom(e|ium)\/[\d.]+/)?.[0] ?? last.user_agent}`);
console.log(`module loaded → painted (wasm start-up, collect, analyse, paint), ${runs} fresh loads: median ${median(moduleToPaint).toFixed(1)} ms, max ${Math.max(...moduleToPaint).toFixed(1)}`);
console.log(`page script start → painted (also fetching the lens's 14 files from a local server), median ${median(cold).toFixed(1)} ms, max ${Math.max(...cold).toFixed(1)}`);
console.log(`warm (unmount + mount + 2 frames), ${n} × ${runs}: median ${median(rows.map((r) => r.warm_median_ms)).toFixed(1)} ms, p95 ${median(rows.map((r) => r.warm_p95_ms)).toFixed(1)} ms`);
console.log(`mount() alone, warm: median ${median(rows.map((r) => r.warm_mount_median_ms)).toFixed(1)} ms`);
const mib = (b) => (b / 1048576).toFixed(1);
console.log(`wasm memory after the demo: median ${mib(median(rows.map((r) => r.wasm_memory_demo_bytes)))} MiB; ` +
  `after ${(last.big_text_length / 1e6).toFixed(2)} MB of text (the demo repeated): ${mib(median(rows.map((r) => r.wasm_memory_big_bytes)))} MiB, ` +
  `analysed in ${median(rows.map((r) => r.big_analyze_ms)).toFixed(0)} ms (median)`);
console.log('budget: ≤ 50 ms module load → painted');
