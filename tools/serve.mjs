#!/usr/bin/env node
// A dependency-free static file server for the Factlens demo (www/).
//
//   node tools/serve.mjs [--root DIR] [--port N] [--host 127.0.0.1] [--csp strict]
//
// Port 0 (the default) picks a free port. On start it prints exactly one line,
// the base URL (`http://127.0.0.1:PORT/`), to stdout; tests read it.
// `--csp strict` sends the strict Content-Security-Policy (Trusted Types
// included) with every HTML response; `?csp=strict` on one HTML request does
// the same for that response only, so one server can serve both.
//
// In-process use (Playwright):
//   import { serve } from './tools/serve.mjs';
//   const server = await serve({ root: 'www', port: 0, csp: 'strict' });
//   … server.url …; await server.close();

import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat, realpath } from 'node:fs/promises';
import { resolve, join, sep, extname, basename, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "require-trusted-types-for 'script'";

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.woff2': 'font/woff2',
};

/** The Content-Type for a file name; `.d.ts` is TypeScript, not MPEG-TS video. */
export function mimeType(name) {
  const lower = basename(name).toLowerCase();
  if (lower.endsWith('.d.ts') || lower.endsWith('.ts')) return 'application/typescript; charset=utf-8';
  return MIME[extname(lower)] ?? 'application/octet-stream';
}

function isHtml(type) {
  return type.startsWith('text/html');
}

/**
 * Starts the server. Resolves to `{url, port, server, close()}` once it listens.
 * @param {{root?: string, port?: number, host?: string, csp?: string|null}} [opts]
 */
export async function serve({ root = defaultRoot(), port = 0, host = '127.0.0.1', csp = null } = {}) {
  if (csp != null && csp !== 'strict' && csp !== 'off' && csp !== '') {
    throw new Error(`csp: expected "strict", got ${JSON.stringify(csp)}`);
  }
  const strictAlways = csp === 'strict';
  const rootDir = await realpath(resolve(root));
  const rootStat = await stat(rootDir);
  if (!rootStat.isDirectory()) throw new Error(`root is not a directory: ${rootDir}`);

  const server = createServer((req, res) => {
    handle(req, res, rootDir, strictAlways).catch((err) => {
      if (!res.headersSent) {
        send(res, req, 500, 'Internal Server Error\n');
      } else {
        res.destroy(err);
      }
    });
  });
  // Keep-alive sockets must not hold close() open.
  server.keepAliveTimeout = 1000;

  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      server.off('error', fail);
      ok();
    });
  });
  const addr = server.address();
  const shownHost = addr.family === 'IPv6' || addr.family === 6 ? `[${addr.address}]` : addr.address;
  const url = `http://${shownHost}:${addr.port}/`;

  let closing = null;
  const close = () => {
    closing ??= new Promise((ok) => {
      server.close(() => ok());
      server.closeAllConnections?.();
    });
    return closing;
  };
  return { url, port: addr.port, server, close };
}

function defaultRoot() {
  return join(dirname(fileURLToPath(import.meta.url)), '..', 'www');
}

// Access-Control-Allow-Origin: the bookmarklet imports the lens from this
// server into pages of other origins (static, public files: nothing to guard).
const BASE_HEADERS = {
  'Access-Control-Allow-Origin': '*',
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
};

function send(res, req, status, text, extra = {}) {
  const body = Buffer.from(text, 'utf8');
  res.writeHead(status, {
    ...BASE_HEADERS,
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': body.length,
    ...extra,
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

async function handle(req, res, rootDir, strictAlways) {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, req, 405, 'Method Not Allowed\n', { Allow: 'GET, HEAD' });
    return;
  }

  let pathname;
  let query;
  try {
    const u = new URL(req.url ?? '/', 'http://localhost');
    pathname = decodeURIComponent(u.pathname);
    query = u.searchParams;
  } catch {
    send(res, req, 400, 'Bad Request\n');
    return;
  }

  // Reject traversal outright (also after decoding: %2e%2e, %2f, backslashes).
  const segments = pathname.split(/[\\/]/);
  if (pathname.includes('\0') || segments.some((s) => s === '..')) {
    send(res, req, 403, 'Forbidden\n');
    return;
  }

  let file = resolve(rootDir, '.' + sep + segments.filter(Boolean).join(sep));
  if (!inside(rootDir, file)) {
    send(res, req, 403, 'Forbidden\n');
    return;
  }

  let st = await stat(file).catch(() => null);
  if (st?.isDirectory()) {
    if (!pathname.endsWith('/')) {
      // /sub -> /sub/ so that relative URLs in its index.html resolve.
      const u = new URL(req.url, 'http://localhost');
      res.writeHead(301, { ...BASE_HEADERS, Location: u.pathname + '/' + u.search, 'Content-Length': 0 });
      res.end();
      return;
    }
    file = join(file, 'index.html');
    st = await stat(file).catch(() => null);
  }
  if (!st || !st.isFile()) {
    send(res, req, 404, `Not Found: ${pathname}\n`);
    return;
  }

  // A symlink must not lead out of the root.
  const real = await realpath(file).catch(() => null);
  if (!real || !inside(rootDir, real)) {
    send(res, req, 403, 'Forbidden\n');
    return;
  }

  const type = mimeType(file);
  const headers = {
    ...BASE_HEADERS,
    'Content-Type': type,
    'Content-Length': st.size,
  };
  if (isHtml(type) && (strictAlways || query.get('csp') === 'strict')) {
    headers['Content-Security-Policy'] = STRICT_CSP;
  }
  res.writeHead(200, headers);
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  const stream = createReadStream(real);
  stream.on('error', (err) => res.destroy(err));
  stream.pipe(res);
}

function inside(rootDir, file) {
  return file === rootDir || file.startsWith(rootDir.endsWith(sep) ? rootDir : rootDir + sep);
}

function parseArgs(argv) {
  const opts = { root: defaultRoot(), port: 0, host: '127.0.0.1', csp: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined) throw new Error(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--root':
        opts.root = value();
        break;
      case '--port': {
        const v = value();
        const n = Number(v);
        if (!/^\d+$/.test(v) || n > 65535) throw new Error(`--port: expected 0..65535, got ${v}`);
        opts.port = n;
        break;
      }
      case '--host':
        opts.host = value();
        break;
      case '--csp': {
        const v = value();
        if (v !== 'strict' && v !== 'off') throw new Error(`--csp: expected "strict", got ${v}`);
        opts.csp = v === 'strict' ? 'strict' : null;
        break;
      }
      case '-h':
      case '--help':
        process.stdout.write(
          'usage: node tools/serve.mjs [--root DIR] [--port N] [--host 127.0.0.1] [--csp strict]\n',
        );
        process.exit(0);
        break;
      default:
        throw new Error(`unknown argument: ${arg}`);
    }
  }
  return opts;
}

async function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`serve: ${err.message}\n`);
    process.exit(2);
  }
  let server;
  try {
    server = await serve(opts);
  } catch (err) {
    process.stderr.write(`serve: ${err.message}\n`);
    process.exit(1);
  }
  process.stdout.write(server.url + '\n');
  const stop = () => {
    server.close().then(() => process.exit(0));
    // Do not hang on a stubborn connection.
    setTimeout(() => process.exit(0), 1000).unref();
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  main();
}
