// The shipped module keeps every function small enough for Chromium to
// optimise cheaply while the first analysis runs (see tools/wasm-functions.mjs
// for why; `make fn-sizes` names the largest). Reads www/pkg, which
// `make browser-test` builds first.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { WWW } from './harness.mjs';
import { functionSizes, demangle, MAX_FUNCTION_BYTES } from '../../tools/wasm-functions.mjs';

test(`no function of the shipped module is over ${MAX_FUNCTION_BYTES} bytes`, () => {
  const fns = functionSizes(readFileSync(join(WWW, 'pkg', 'factlens_bg.wasm')));
  assert.ok(fns.length > 100, `only ${fns.length} functions read: the parser lost its way`);
  const big = fns.filter((f) => f.size > MAX_FUNCTION_BYTES).map((f) => `function ${f.index}: ${f.size} bytes`);
  assert.deepEqual(
    big,
    [],
    'a function grew past the limit, most likely a rule dispatcher with its rules inlined into it: ' +
      'run `make fn-sizes` to name it and mark the rules it calls #[inline(never)]',
  );
});

test('the function reader counts imports and reads names', () => {
  // (module (import "m" "f" (func)) (func) (func (nop) (nop))) with a name
  // section naming function 2.
  const name = [...new TextEncoder().encode('_ZN8factlens4demo17h0123456789abcdefE')];
  const nameSub = [0x01, 1 + 1 + 1 + name.length, 0x01, 0x02, name.length, ...name];
  const nameSection = [0x04, ...new TextEncoder().encode('name'), ...nameSub];
  const bytes = new Uint8Array([
    0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00,
    0x01, 0x04, 0x01, 0x60, 0x00, 0x00, // type section: () -> ()
    0x02, 0x07, 0x01, 0x01, 0x6d, 0x01, 0x66, 0x00, 0x00, // import m.f
    0x03, 0x03, 0x02, 0x00, 0x00, // two functions of type 0
    0x0a, 0x09, 0x02, 0x02, 0x00, 0x0b, 0x04, 0x00, 0x01, 0x01, 0x0b, // bodies of 2 and 4 bytes
    0x00, nameSection.length, ...nameSection,
  ]);
  assert.deepEqual(functionSizes(bytes), [
    { index: 1, size: 2, name: null },
    { index: 2, size: 4, name: 'factlens::demo' },
  ]);
  assert.equal(demangle('_ZN4core3fmt5write17h0123456789abcdefE'), 'core::fmt::write');
  assert.throws(() => functionSizes(new Uint8Array([1, 2, 3])), /not a WebAssembly module/);
});
