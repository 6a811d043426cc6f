// Cold start, for e2e/bench/run.mjs: navigation → the first chart drawn, in
// a fresh browser context each run (empty cache) with the cache also
// disabled through CDP (Network.setCacheDisabled), no CPU throttling.
// "First chart drawn" is the app's own stamp: every chart calls
// stamp_draw() (src/app/charts/view.rs) right after drawing both of its
// canvases, which writes performance.now() to window.__ursLastDraw; a setter
// installed before the page's scripts keeps the first one. performance.now()
// counts from the navigation's start, so the stamp is the figure.

/** DevTools' "Fast 3G" preset (NetworkManager.ts; Puppeteer's
 *  PredefinedNetworkConditions['Fast 3G'], since renamed "Slow 4G"):
 *  1.6 Mbps × 0.9 down, 750 kbps × 0.9 up, 150 ms × 3.75 latency. */
export const FAST_3G = { offline: false, downloadThroughput: (1.6 * 1000 * 1000 / 8) * 0.9, uploadThroughput: (750 * 1000 / 8) * 0.9, latency: 150 * 3.75 };

function firstDrawProbe() {
  let last;
  Object.defineProperty(window, '__ursLastDraw', {
    configurable: true,
    get: () => last,
    set: (t) => { last = t; window.__ursFirstDraw ??= t; },
  });
}

/** `runs` cold loads of `url`; `network`: undefined (none) or conditions. */
export async function coldStart(browser, url, { runs = 5, network } = {}) {
  const out = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    if (network) await cdp.send('Network.emulateNetworkConditions', network);
    await page.addInitScript(firstDrawProbe);
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__ursFirstDraw !== undefined, null, { timeout: 60000, polling: 50 });
    // Two frames later the chart is painted and first-contentful-paint is in.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    out.push(await page.evaluate(() => {
      const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
      // What the first screen fetched before the first chart (the worker comes later).
      const fetched = performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))
        .filter((r) => r.responseEnd <= window.__ursFirstDraw)
        .map((r) => ({ name: r.name.split('/').pop() || 'index.html', transfer: r.transferSize, end: r.responseEnd }));
      return { firstChart: window.__ursFirstDraw, fcp, fetched };
    }));
    await context.close();
  }
  return out;
}
