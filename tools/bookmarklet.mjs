#!/usr/bin/env node
// The Factlens bookmarklet for a given host of www/:
//
//   node tools/bookmarklet.mjs [BASE]      (make bookmarklet BASE=https://…/factlens/)
//
// BASE is the URL of the hosted www/ folder (default: the `make demo` address).
// Prints the `javascript:` URL and writes it to build/bookmarklet.txt. The code
// is www/bookmarklet.js's factlensBookmarklet, minified with esbuild when
// tests/browser's devDependencies are installed (else as written: same
// behaviour, a longer URL). www/bookmarklet.html builds the same link in the
// browser for wherever it is served from.

import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bookmarkletUrl, factlensBookmarklet } from '../www/bookmarklet.js';

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * The bookmarklet's function source, minified when esbuild is at hand.
 * @returns {string}
 */
export function bookmarkletSource() {
  const source = factlensBookmarklet.toString();
  try {
    const require = createRequire(join(REPO, 'tests', 'browser', 'package.json'));
    const esbuild = require('esbuild');
    // An assignment, so that the minifier keeps the expression.
    const out = esbuild.transformSync(`globalThis.f=(${source})`, { minify: true, target: 'es2020' }).code.trim();
    const fn = out.replace(/^globalThis\.f=/, '').replace(/;$/, '');
    return fn.startsWith('function') || fn.startsWith('(') ? fn : source;
  } catch {
    return source;
  }
}

/**
 * The `javascript:` URL for `base` (normalised to end in "/").
 * @param {string} base
 */
export function bookmarklet(base) {
  const u = new URL(base);
  if (!/^https?:$/.test(u.protocol)) throw new Error(`BASE must be an http(s) URL, got ${base}`);
  if (!u.pathname.endsWith('/')) u.pathname += '/';
  return bookmarkletUrl(u.href, bookmarkletSource());
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const base = process.argv[2] || 'http://127.0.0.1:8000/';
  let url;
  try {
    url = bookmarklet(base);
  } catch (err) {
    process.stderr.write(`bookmarklet: ${err.message}\n`);
    process.exit(2);
  }
  mkdirSync(join(REPO, 'build'), { recursive: true });
  writeFileSync(join(REPO, 'build', 'bookmarklet.txt'), url + '\n');
  process.stdout.write(url + '\n');
  const loads = /\("([^"]*)"\)$/.exec(decodeURIComponent(url))?.[1] ?? base;
  process.stderr.write(`(${url.length} characters; written to build/bookmarklet.txt; loads ${loads}factlens.min.js)\n`);
}
