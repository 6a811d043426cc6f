// Navigation → the first KPI numbers on screen, on DevTools' Fast 3G, cold
// (fresh context, cache disabled), for one or more builds:
//   node e2e/bench/first-kpi.mjs [runs=5] DIR...   (default: dist/)
// "On screen": the first animation frame in which the urban KPI's value is
// in the page and laid out (a frame runs just before it is painted), so the
// same probe measures the first paint in index.html (src/bin/first_paint.rs)
// and a build whose KPIs come with the app. first-contentful-paint is printed
// beside it. Served gzip from 127.0.0.1 (serve-dist.mjs). Times are reported,
// nothing is asserted.
import { serveDist, launchChromium } from '../serve-dist.mjs';
import { FAST_3G } from './coldstart.mjs';

function kpiProbe() {
  const tick = (t) => {
    const value = document.querySelector('[data-kpi=urban] .kpi-value');
    if (value && value.getBoundingClientRect().height > 0 && /\d/.test(value.textContent)) window.__ursFirstKpi = t;
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

async function measure(browser, url, runs) {
  const out = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', FAST_3G);
    await page.addInitScript(kpiProbe);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__ursFirstKpi !== undefined, null, { timeout: 60000, polling: 50 });
    // The paint's own time comes a little later (presentation feedback).
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 10000, polling: 50 });
    out.push(await page.evaluate(() => ({
      kpi: window.__ursFirstKpi,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    })));
    await context.close();
  }
  return out;
}

const args = process.argv.slice(2);
const runs = /^\d+$/.test(args[0] ?? '') ? Number(args.shift()) : 5;
const dirs = args.length ? args : [new URL('../../dist/', import.meta.url).pathname];
const browser = await launchChromium();
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (const dir of dirs) {
  const site = await serveDist(dir, '/', { gzip: true });
  const r = await measure(browser, site.url, runs);
  site.server.close();
  const f = (x) => (x == null ? '–' : `${Math.round(x)}`);
  console.log(`${dir}: first KPI numbers on screen, median of ${runs}: ${f(median(r.map((x) => x.kpi)))} ms ` +
    `(runs ${r.map((x) => f(x.kpi)).join(', ')}); first-contentful-paint ${r.map((x) => f(x.fcp)).join(', ')} ms`);
}
await browser.close();
