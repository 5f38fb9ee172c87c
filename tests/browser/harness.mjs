// harness.mjs: what every browser test needs: Debian's Chromium through
// playwright-core (never a downloaded browser), the www/ build served on
// 127.0.0.1 at a random free port, and a record of console errors.

import { chromium } from 'playwright-core';
import { mkdirSync, existsSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '../../tools/serve.mjs';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const WWW = join(REPO, 'www');
export const BUILD = join(REPO, 'build');

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * Starts the server and the browser. `close()` stops both.
 * @param {{csp?: string | null}} [opts]
 */
export async function start(opts = {}) {
  if (!existsSync(join(WWW, 'pkg', 'factlens_bg.wasm'))) {
    throw new Error('www/pkg is missing: run `make build` first');
  }
  const server = await serve({ root: WWW, port: 0, csp: opts.csp ?? null });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    // Playwright gives every launch a fresh, empty profile of its own.
    args: CHROMIUM_ARGS,
  });
  return {
    url: server.url,
    browser,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * A new page that records console errors, page errors and CSP violations.
 * @param {import('playwright-core').Browser} browser
 * @param {{viewport?: {width: number, height: number}, reducedMotion?: 'reduce'|'no-preference', colorScheme?: 'light'|'dark'}} [opts]
 */
export async function newPage(browser, opts = {}) {
  const context = await browser.newContext({
    viewport: opts.viewport ?? { width: 1280, height: 900 },
    reducedMotion: opts.reducedMotion ?? 'reduce',
    colorScheme: opts.colorScheme ?? 'light',
  });
  const page = await context.newPage();
  /** @type {string[]} */
  const errors = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  await page.addInitScript(() => {
    // @ts-ignore
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      // @ts-ignore
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return { page, context, errors };
}

/** Waits until the auto-mounted lens has painted; returns its summary. */
export async function waitForLens(page) {
  await page.waitForFunction(async () => {
    const m = await import('./factlens.js');
    return !!m.current();
  });
  return page.evaluate(async () => {
    const m = await import('./factlens.js');
    const lens = /** @type {any} */ (m.current());
    return { mode: lens.mode, items: lens.items.length, painted: lens.painted.length };
  });
}

/** The build folder for screenshots and reports. */
export function buildDir(sub) {
  const dir = join(BUILD, sub);
  mkdirSync(dir, { recursive: true });
  return dir;
}
