// The bookmarklet on 210 saved news pages (real-pages.mjs does the work and
// says how): the acceptance criteria, asserted, so CI fails when one
// breaks. Prints the summary table; rows in build/real-pages/rows.jsonl.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EVAL, loadPages, run, table, writeReport } from './real-pages.mjs';

test('real pages: no exception, DOM restored, innerText kept, F1 and speed', { timeout: 20 * 60 * 1000 }, async () => {
  const pages = loadPages();
  assert.equal(pages.length, 210, `the 29 + 181 pages of ${EVAL}/html (FACTLENS_EVAL overrides ../shared/eval)`);
  const { rows, summary } = await run();
  const dir = writeReport(rows, summary);
  console.log(`${table(summary)}\n(per-page rows: ${dir}/rows.jsonl)`);
  const list = (/** @type {(r: any) => boolean} */ bad) => rows.filter(bad).map((r) => `${r.set}/${r.id.slice(0, 12)} ${r.note}`).join('\n');

  assert.equal(summary.with_exceptions, 0, list((r) => r.exceptions.length));
  assert.equal(summary.mounted, summary.pages, list((r) => r.state !== 'on'));
  assert.equal(summary.restored, summary.pages, list((r) => !r.restored));
  assert.equal(summary.highlight_mode, summary.mounted, 'the Highlight API painter on every page');
  assert.equal(summary.inner_text_same, summary.mounted, list((r) => r.state === 'on' && !r.inner_text_same));
  assert.ok(summary.sets.benchmark.f1_median >= 0.85, `median F1 on the benchmark ${summary.sets.benchmark.f1_median}`);
  assert.ok(summary.p95_ms <= 150, `p95 click to paint ${summary.p95_ms} ms`);
  assert.ok(rows.every((r) => r.leaked.length === 0), list((r) => r.leaked.length));
  // The figures are real: the lens found things to mark on these pages.
  assert.ok(summary.highlights.figures > 1000 && summary.highlights.claims > 1000, JSON.stringify(summary.highlights));
});
