#!/usr/bin/env node
// The largest functions of a WebAssembly module, by body size in bytes.
//
//   node tools/wasm-functions.mjs [FILE] [--top N]
//
// FILE defaults to the release build, target/wasm32-unknown-unknown/release/
// factlens.wasm, which still has its name section (the shipped www/pkg copy
// has none, so there the functions are only numbered). `make fn-sizes` runs it.
//
// Why it matters: Chromium compiles every function lazily on its first call,
// then recompiles the hot ones with its optimising compiler on background
// threads, and that compiler's time grows faster than the function. When
// LLVM inlined every rule into its dispatcher, the dispatchers reached 8 to
// 14 KB and their recompilation took over 100 ms of CPU during the first
// analysis, which on a two-core machine slowed the page's own thread by about
// 10 ms. tests/browser/wasm-functions.test.mjs keeps every function under
// MAX_FUNCTION_BYTES.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The largest function body the shipped module may have, in bytes. */
export const MAX_FUNCTION_BYTES = 7000;

/** @param {Uint8Array} b @param {number} i @returns {[number, number]} */
function leb(b, i) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = b[i++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, i];
  }
}

/**
 * Every defined function of `bytes` (a .wasm file): its index, body size and,
 * when the module has a name section, its name (Rust symbols demangled).
 * @param {Uint8Array} bytes
 * @returns {{index: number, size: number, name: string | null}[]}
 */
export function functionSizes(bytes) {
  const b = bytes;
  if (b.length < 8 || b[0] !== 0 || b[1] !== 0x61 || b[2] !== 0x73 || b[3] !== 0x6d) {
    throw new Error('not a WebAssembly module');
  }
  let imported = 0;
  /** @type {number[]} */
  const sizes = [];
  /** @type {Map<number, string>} */
  const names = new Map();
  let i = 8;
  while (i < b.length) {
    const id = b[i++];
    let len;
    [len, i] = leb(b, i);
    const end = i + len;
    if (id === 2) {
      // Imports: count the functions, which come first in the index space.
      let [count, j] = leb(b, i);
      for (; count > 0; count--) {
        let n;
        [n, j] = leb(b, j);
        j += n;
        [n, j] = leb(b, j);
        j += n;
        const kind = b[j++];
        if (kind === 0) {
          [, j] = leb(b, j);
          imported++;
        } else if (kind === 1) {
          j++;
          const [flags, k] = leb(b, j);
          [, j] = leb(b, k);
          if (flags & 1) [, j] = leb(b, j);
        } else if (kind === 2) {
          const [flags, k] = leb(b, j);
          [, j] = leb(b, k);
          if (flags & 1) [, j] = leb(b, j);
        } else if (kind === 3) {
          j += 2;
        } else {
          [, j] = leb(b, j + 1);
        }
      }
    } else if (id === 10) {
      let [count, j] = leb(b, i);
      for (; count > 0; count--) {
        let size;
        [size, j] = leb(b, j);
        sizes.push(size);
        j += size;
      }
    } else if (id === 0) {
      const [n, j] = leb(b, i);
      const section = new TextDecoder().decode(b.subarray(j, j + n));
      if (section === 'name') readNames(b, j + n, end, names);
    }
    i = end;
  }
  return sizes.map((size, k) => ({ index: imported + k, size, name: names.get(imported + k) ?? null }));
}

/** @param {Uint8Array} b @param {number} i @param {number} end @param {Map<number, string>} names */
function readNames(b, i, end, names) {
  while (i < end) {
    const sub = b[i++];
    let len;
    [len, i] = leb(b, i);
    if (sub === 1) {
      let [count, j] = leb(b, i);
      for (; count > 0; count--) {
        let index, n;
        [index, j] = leb(b, j);
        [n, j] = leb(b, j);
        names.set(index, demangle(new TextDecoder().decode(b.subarray(j, j + n))));
        j += n;
      }
    }
    i += len;
  }
}

/**
 * A Rust legacy symbol (`_ZN8factlens5dates4find17h…E`) as a path
 * (`factlens::dates::find`); other names unchanged.
 * @param {string} s
 */
export function demangle(s) {
  if (!s.startsWith('_ZN') || !s.endsWith('E')) return s;
  const parts = [];
  let i = 3;
  while (i < s.length - 1) {
    const m = /^\d+/.exec(s.slice(i));
    if (!m) return s;
    const n = Number(m[0]);
    i += m[0].length;
    parts.push(s.slice(i, i + n));
    i += n;
  }
  if (parts.length && /^h[0-9a-f]{16}$/.test(parts[parts.length - 1])) parts.pop();
  return parts
    .join('::')
    .replace(/\$LT\$/g, '<')
    .replace(/\$GT\$/g, '>')
    .replace(/\$u20\$/g, ' ')
    .replace(/\$u7b\$/g, '{')
    .replace(/\$u7d\$/g, '}')
    .replace(/\$RF\$/g, '&')
    .replace(/\$C\$/g, ',')
    .replace(/\.\./g, '::');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const t = args.indexOf('--top');
  const top = t >= 0 ? Number(args[t + 1]) : 15;
  const file = args.find((a, k) => !a.startsWith('--') && args[k - 1] !== '--top') ?? 'target/wasm32-unknown-unknown/release/factlens.wasm';
  const fns = functionSizes(readFileSync(file)).sort((a, b) => b.size - a.size);
  const total = fns.reduce((s, f) => s + f.size, 0);
  console.log(`${file}: ${fns.length} functions, ${total} bytes of code; the largest (limit ${MAX_FUNCTION_BYTES}):`);
  for (const f of fns.slice(0, top)) console.log(`${String(f.size).padStart(7)}  ${f.name ?? `function ${f.index}`}`);
}
