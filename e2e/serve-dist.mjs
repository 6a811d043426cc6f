// Serving dist/ for the end-to-end tests, the screenshot scripts and the
// benchmark (through the project's one static server, scripts/static-server.mjs),
// and launching Debian's Chromium.
import { serveDir } from '../scripts/static-server.mjs';

/**
 * Serve `dir` at `prefix` (a sub-path such as '/sim/'; anything else is 404)
 * on 127.0.0.1, or on `host` (another loopback address stands in for the
 * room's network). With `{ gzip: true }`, gzip (level 9) to clients that
 * accept it, as a static host would: the cold-start benchmark's transfer
 * sizes are real. `rewrite(path, body)`, if given, may change what a file is
 * served as (the offline test serves a "new build" of sw.js that way).
 */
export function serveDist(dir, prefix = '/', options = {}) {
  return serveDir(dir, { prefix, ...options });
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
