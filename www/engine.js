// engine.js: loads the WebAssembly core once and runs it.
//
// The module (www/pkg/, made by `make build`) is fetched from next to this
// file, so the lens works from any static host. Loading fails with a clear
// Error when the page's Content-Security-Policy forbids compiling WebAssembly
// ('wasm-unsafe-eval' missing from script-src).

import init, { analyze as analyzeWasm, version as versionWasm } from './pkg/factlens.js';

/** @type {Promise<void> | null} */
let loading = null;

/**
 * Loads and compiles the core (once; later calls share the first load).
 * @returns {Promise<void>}
 */
export function load() {
  if (!loading) {
    const url = new URL('./pkg/factlens_bg.wasm', import.meta.url);
    loading = init({ module_or_path: url }).then(
      () => undefined,
      (err) => {
        loading = null;
        throw explainLoadError(err);
      },
    );
  }
  return loading;
}

/**
 * Analyses `text`; offsets in the result are UTF-16 code units (string indices).
 * @param {string} text
 * @param {{date?: string, layers?: string[]}} [options]
 * @returns {Promise<import('./factlens.js').Analysis>}
 */
export async function analyze(text, options) {
  if (typeof text !== 'string') {
    throw new TypeError(`factlens: analyze() needs a string, got ${typeof text}`);
  }
  await load();
  try {
    return analyzeWasm(text, options ?? undefined);
  } catch (err) {
    // Bad options arrive as Errors with a message from the core; anything
    // else (a trap inside the module) is a bug, reported as such.
    if (err instanceof Error && !(err instanceof WebAssembly.RuntimeError)) throw err;
    const e = new Error(`factlens: the analysis failed inside the engine (${String(err)}); please report it with the text`);
    e.cause = err;
    throw e;
  }
}

/** The core's version, once loaded. */
export async function version() {
  await load();
  return versionWasm();
}

/** @param {unknown} err */
function explainLoadError(err) {
  const message = String(err && /** @type {Error} */ (err).message || err);
  if (/Content.Security.Policy|wasm-unsafe-eval|unsafe-eval|CompileError/i.test(message)) {
    const e = new Error(
      "factlens: this page's security policy (Content-Security-Policy) does not allow " +
        "WebAssembly, so the lens cannot run here. The page is unchanged.",
    );
    e.cause = err;
    return e;
  }
  const e = new Error(`factlens: the analysis engine could not be loaded (${message}). The page is unchanged.`);
  e.cause = err;
  return e;
}
