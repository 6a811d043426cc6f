// End to end: the first screen and the full app (src/main.rs, src/bin/full_app.rs,
// src/app/swap.rs). The first screen is painted from its own small wasm; the full
// app is fetched only after that. Asking for a part the first screen lacks (the
// library tab) hands the scenario with its undo and redo history, the year, the
// language and the scroll position over to the full app, which takes the first
// screen's place; undo and redo go on working.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { inflateSync } from 'node:zlib';
import { startBrowser, openApp } from './serve-dist.mjs';

let browser, site, harness;
before(async () => {
  harness = await startBrowser();
  ({ browser, site } = harness);
});
after(async () => harness?.close());

const FUNDS = '[data-param=plan_funds_bn] input.entry';

/** A PNG's width, height, channels and unfiltered pixels (8-bit RGB or RGBA, not interlaced). */
function decodePng(bytes) {
  const width = bytes.readUInt32BE(16), height = bytes.readUInt32BE(20);
  const channels = bytes[25] === 6 ? 4 : 3;
  const idat = [];
  for (let at = 8; at < bytes.length;) {
    const len = bytes.readUInt32BE(at);
    if (bytes.subarray(at + 4, at + 8).toString() === 'IDAT') idat.push(bytes.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels, out = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)], row = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    for (let x = 0; x < stride; x++) {
      const a = x >= channels ? out[y * stride + x - channels] : 0, b = y > 0 ? out[(y - 1) * stride + x] : 0;
      const c = x >= channels && y > 0 ? out[(y - 1) * stride + x - channels] : 0;
      const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
      const pred = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][filter];
      out[y * stride + x] = (row[x] + pred) & 255;
    }
  }
  return { width, height, channels, out };
}

/** How much of two screenshots differs: the share of pixels, the largest channel difference. */
function pixelChange(before, after) {
  const a = decodePng(before), b = decodePng(after);
  assert.deepEqual([b.width, b.height], [a.width, a.height], 'the same size');
  let changed = 0, most = 0;
  for (let i = 0; i < a.out.length; i += a.channels) {
    let d = 0;
    for (let k = 0; k < 3; k++) d = Math.max(d, Math.abs(a.out[i + k] - b.out[i + k]));
    if (d) changed += 1;
    most = Math.max(most, d);
  }
  return { share: changed / (a.width * a.height), most };
}
const kpis = (page) => page.$$eval('[data-kpi] .kpi-value', (els) => els.map((e) => e.textContent));

/** Type a value (亿元) into the plan funds' box: one undo step; the link carries bn. */
async function setFunds(page, yi) {
  await page.fill(FUNDS, yi);
  await page.press(FUNDS, 'Enter');
  await page.waitForFunction((bn) => location.hash.includes(`plan_funds_bn=${bn}`), String(Number(yi) / 10));
}

test('the first screen needs only its own wasm; the full app takes over with the scenario, history, year, language and scroll', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  context.setDefaultTimeout(15000);
  const { page, problems } = await openApp(context, site.url);

  // What was fetched before the first screen was painted: its wasm, not the full app's.
  const early = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
    const names = performance.getEntriesByType('resource').filter((r) => r.startTime <= fcp).map((r) => r.name.split('/').pop());
    return { fcp, names };
  });
  assert.ok(early.fcp > 0, 'a first contentful paint');
  assert.ok(early.names.some((n) => /^urban-rural-sim-[0-9a-f]+_bg\.wasm$/.test(n)), `first screen wasm: ${early.names}`);
  assert.ok(!early.names.some((n) => n.startsWith('full-app')), `no full app before the first paint: ${early.names}`);
  assert.equal(await page.$$eval('.urs-host', (h) => h.length), 1);

  // Two changes, one undone: an undo step and a redo step exist.
  const original = await page.inputValue(FUNDS);
  await setFunds(page, '3400');
  await setFunds(page, '3600');
  await page.click('button.undo');
  await page.waitForFunction(() => location.hash.includes('plan_funds_bn=340;') || location.hash.endsWith('plan_funds_bn=340'));
  // English, the year 2028, the page scrolled a little.
  await page.click('button.lang-toggle');
  await page.waitForFunction(() => document.documentElement.lang === 'en');
  await page.click('.segmented button.seg:has-text("2028")');
  // The band for this scenario is on screen (it is handed over, not recomputed).
  await page.waitForSelector('[data-band-current=true]');
  // What must not move: the header and toolbar, the KPIs, the charts, the
  // summary (an element's screenshot scrolls it into view: scroll after).
  const shot = async () => [await page.locator('header.top').screenshot(), await page.locator('section.outcomes').screenshot()];
  const pixelsBefore = await shot();
  await page.evaluate(() => window.scrollTo(0, 40));
  const before = { kpis: await kpis(page), scroll: await page.evaluate(() => window.scrollY) };
  assert.ok(before.scroll > 0, 'the page scrolls at 1280 × 720');

  // The library tab: the full app takes over.
  await page.evaluate(() => document.querySelectorAll('button[role=tab]')[2].click());
  await page.waitForSelector('.library form.save-form');
  const after = await page.evaluate(() => ({
    hosts: document.querySelectorAll('.urs-host').length,
    apps: document.querySelectorAll('.app').length,
    full: performance.getEntriesByType('resource').some((r) => /full-app-[0-9a-f]+_bg\.wasm$/.test(r.name)),
    scroll: window.scrollY,
    lang: document.documentElement.lang,
    tab: document.querySelector('button[role=tab][aria-selected=true]').textContent,
    year: document.querySelector('.segmented button.seg[aria-pressed=true]').textContent,
    style: document.querySelector('.urs-host').getAttribute('style'),
  }));
  assert.deepEqual(
    { ...after, tab: after.tab.trim() },
    { hosts: 1, apps: 1, full: true, scroll: before.scroll, lang: 'en', tab: 'Library', year: '2028', style: null },
  );
  assert.deepEqual(await kpis(page), before.kpis, 'the same KPIs in the same year');
  const pixelsAfter = await shot();
  assert.ok(pixelsAfter[0].equals(pixelsBefore[0]), 'the header and toolbar look the same, pixel for pixel');
  // The outcomes are drawn anew by the full app: text and lines may be
  // antialiased a shade differently (measured: under 0.2 % of the pixels, by
  // less than 64 of 255), nothing moved or changed.
  const change = pixelChange(pixelsBefore[1], pixelsAfter[1]);
  assert.ok(change.share < 0.002 && change.most < 64, `the KPIs, charts and summary look the same: ${JSON.stringify(change)}`);
  assert.ok(/plan_funds_bn=340(;|$)/.test(page.url()), page.url());

  // The history came along: redo, then undo twice, back to the start.
  assert.equal(await page.isEnabled('button.redo'), true, 'a redo step');
  await page.click('button.redo');
  await page.waitForFunction(() => location.hash.includes('plan_funds_bn=360'));
  await page.click('button.undo');
  await page.click('button.undo');
  await page.click('button[role=tab]:nth-child(1)');
  // Back at the start (the box shows bn in English).
  await page.waitForFunction(() => !/plan_funds_bn/.test(location.hash));
  assert.equal(Number(await page.inputValue(FUNDS)) * 10, Number(original));
  assert.equal(await page.isEnabled('button.undo'), false, 'no step left to undo');
  assert.deepEqual(problems, []);
  await context.close();
});

test('opening the model reference (not on the first screen) hands over with that section open, and the others as they were', async () => {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  context.setDefaultTimeout(15000);
  const { page, problems } = await openApp(context, site.url);
  await page.click('details.summary > summary'); // folded by the user
  await page.click('details.panel >> nth=-1 >> summary');
  await page.waitForSelector('details.panel[open] .model-ref h2');
  assert.equal(await page.$$eval('.urs-host', (h) => h.length), 1);
  assert.equal(await page.$eval('details.summary', (d) => d.open), false, 'the summary stays folded');
  assert.equal(await page.$eval('details.panel', (d) => d.open), false, 'the city table stays folded');
  assert.deepEqual(problems, []);
  await context.close();
});

test('when the full app cannot be loaded (offline, never cached), the first screen stays and says so', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  context.setDefaultTimeout(15000);
  await context.route(/full-app-/, (route) => route.abort());
  const { page, problems } = await openApp(context, site.url);
  await setFunds(page, '3400');
  await page.click('button[role=tab]:nth-child(3)');
  await page.waitForSelector('.messages .error');
  assert.match(await page.textContent('.messages .error'), /未能加载/);
  assert.equal((await page.textContent('button[role=tab][aria-selected=true]')).trim(), '政策杠杆');
  assert.equal(await page.inputValue(FUNDS), '3400.0', 'the scenario as it was');
  // Asked again once the network is back: the full app takes over.
  await context.unroute(/full-app-/);
  await page.click('button[role=tab]:nth-child(3)');
  await page.waitForSelector('.library form.save-form');
  assert.ok(/plan_funds_bn=340(;|$)/.test(page.url()), page.url());
  // Only the refused fetches of the full app were reported.
  assert.deepEqual(problems.filter((p) => !/Failed to (load resource|fetch dynamically imported module)|full-app-/.test(p)), []);
  await context.close();
});
