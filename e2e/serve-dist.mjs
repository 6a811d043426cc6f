// A tiny static server for dist/ (no dependencies): the end-to-end test and
// the screenshot script load the real release build through it.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
};

/**
 * Serve `dir` at `prefix` (a sub-path such as '/sim/'; anything else is 404).
 * With `{ gzip: true }`, gzip (level 9) to clients that accept it, as a
 * static host would: the cold-start benchmark's transfer sizes are real.
 */
export function serveDist(dir, prefix = '/', { gzip = false } = {}) {
  const zipped = new Map(); // compressed once per file: timings exclude the compression
  const server = createServer(async (req, res) => {
    const full = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (!full.startsWith(prefix)) return res.writeHead(404).end();
    const path = full.slice(prefix.length - 1);
    const file = join(dir, path === '/' ? 'index.html' : path);
    try {
      const body = await readFile(file);
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
      if (gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        res.writeHead(200, { ...headers, 'content-encoding': 'gzip' });
        if (!zipped.has(file)) zipped.set(file, gzipSync(body, { level: 9 }));
        return res.end(zipped.get(file));
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve({ server, url: `http://127.0.0.1:${server.address().port}${prefix}` }));
  });
}

export const CHROMIUM_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

/**
 * The shared set-up of the end-to-end tests: serve dist/ and launch Debian's
 * Chromium once per file (call in `before`); `close` in `after`.
 */
export async function startBrowser() {
  const { chromium } = await import('playwright-core');
  const site = await serveDist(new URL('../dist/', import.meta.url).pathname);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  return {
    site,
    browser,
    close: async () => {
      await browser.close();
      site.server.close();
    },
  };
}
