// End to end: the first screen and the full app (src/main.rs, src/bin/full_app.rs,
// src/app/swap.rs). The first screen is painted from its own small wasm; the full
// app is fetched only after that. Asking for a part the first screen lacks (the
// library tab) hands the scenario with its undo and redo history, the year, the
// language and the scroll position over to the full app, which takes the first
// screen's place; undo and redo go on working.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startBrowser, openApp } from './serve-dist.mjs';

let browser, site, harness;
before(async () => {
  harness = await startBrowser();
  ({ browser, site } = harness);
});
after(async () => harness?.close());

const FUNDS = '[data-param=plan_funds_bn] input.entry';
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
