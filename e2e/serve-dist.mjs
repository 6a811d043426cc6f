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
 * `rewrite(path, body)`, if given, may change what a file is served as (the
 * offline test serves a "new build" of sw.js that way).
 */
export function serveDist(dir, prefix = '/', { gzip = false, rewrite } = {}) {
  const zipped = new Map(); // compressed once per file: timings exclude the compression
  const server = createServer(async (req, res) => {
    const full = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (!full.startsWith(prefix)) return res.writeHead(404).end();
    const path = full.slice(prefix.length - 1);
    const file = join(dir, path === '/' ? 'index.html' : path);
    try {
      let body = await readFile(file);
      if (rewrite) body = rewrite(path, body);
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' };
      if (gzip && !rewrite && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
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
 * Debian's Chromium. In every page it opens, a breach of the page's
 * Content-Security-Policy is thrown as a page error, which the tests collect
 * (Chromium also logs it to the console), so the whole suite checks the CSP.
 */
export async function launchChromium() {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    await context.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) =>
        setTimeout(() => {
          throw new Error(`CSP violation: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
        }),
      );
    });
    return context;
  };
  return browser;
}

/**
 * The shared set-up of the end-to-end tests: serve dist/ and launch Debian's
 * Chromium once per file (call in `before`); `close` in `after`.
 */
export async function startBrowser() {
  const site = await serveDist(new URL('../dist/', import.meta.url).pathname);
  const browser = await launchChromium();
  return {
    site,
    browser,
    close: async () => {
      await browser.close();
      site.server.close();
    },
  };
}

/**
 * The app has mounted: its KPIs are on screen. Before that, the page shows
 * the first paint (index.html's `#boot`, src/app/first_paint.rs) with the
 * same KPI cards, which the app removes as it mounts.
 */
export const APP_READY = '.app:not(#boot) [data-kpi=urban] .kpi-value';

/**
 * A new page of `context` at `url`, once the app has mounted, with every
 * console error and page error collected in `problems` (a test ends by
 * asserting there were none).
 */
export async function openApp(context, url) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(url);
  await page.waitForSelector(APP_READY);
  return { page, problems };
}
