// The first paint: index.html carries the built-in scenario's first screen,
// rendered at build time by the app's own components (src/bin/first_paint.rs,
// src/app/first_paint.rs), so it is there before any script runs, and with
// scripts off; the app replaces it as it mounts, with the cards in place.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startBrowser, APP_READY } from './serve-dist.mjs';

let browser, site, harness;

before(async () => {
  harness = await startBrowser();
  ({ browser, site } = harness);
});
after(async () => harness?.close());

const FIRST = '#boot';
const APP = '.app:not(#boot)';
const APP_WASM = /urban-rural-sim-[0-9a-f]+_bg\.wasm$/;
// The app's worker (band, goal seek, attribution): static/worker.js.
const WORKER = /\/worker\.js$/;
/** How far (css px) a card may move or change size as the app takes over. */
const TOLERANCE_PX = 0.5;

/**
 * Holds requests for `pattern` until `release()`; `drop()` aborts the held
 * ones (the app's worker, which computes the band: its answer would
 * change the cards' target lines and the summary, which is the band's
 * doing, not the takeover's).
 */
async function hold(context, pattern) {
  let open;
  const gate = new Promise((r) => { open = r; });
  await context.route(pattern, async (route) => ((await gate) ? route.continue() : route.abort()));
  return { release: () => open(true), drop: () => open(false) };
}

/** What a planner reads on the first screen under `root`: each card's text, the province's targets, the summary. */
function readScreen(page, root) {
  return page.evaluate((root) => {
    const text = (e) => e.textContent.replace(/\s+/g, ' ').trim();
    const all = (sel) => [...document.querySelectorAll(`${root} ${sel}`)];
    return {
      cards: all('[data-kpi]').map((c) => ({
        id: c.dataset.kpi,
        value: text(c.querySelector('.kpi-value')),
        target: text(c.querySelector('.kpi-target')),
        card: text(c),
      })),
      targets: all('.targets .target-item').map(text),
      summary: all('.summary-lines li').map(text),
      summaryHead: all('.summary summary').map(text),
    };
  }, root);
}

/** Where the KPI cards, the chart cards on screen and the summary are. */
const boxes = (page, root) =>
  page.$$eval(`${root} [data-kpi], ${root} .chart-card, ${root} .in-words`, (cs) => cs.flatMap((c) => {
    const r = c.getBoundingClientRect();
    const id = c.dataset.kpi ?? c.id ?? c.className;
    return r.width > 0 ? [{ id: id || c.className, x: r.x, y: r.y, w: r.width, h: r.height }] : [];
  }));

test('with scripts off the page shows the built-in scenario: KPIs, targets and the summary, in Chinese, as the app does', async () => {
  const off = await browser.newContext({ viewport: { width: 1280, height: 720 }, javaScriptEnabled: false });
  const page = await off.newPage();
  await page.goto(site.url);
  await page.waitForSelector(`${FIRST} [data-kpi=urban] .kpi-value`, { state: 'visible' });
  const first = await readScreen(page, FIRST);

  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
  assert.equal((await page.textContent(`${FIRST} h1`)).trim(), '城乡融合情景模拟器');
  assert.deepEqual(first.cards.map((c) => c.id), ['urban', 'rural', 'integration', 'overall', 'income-ratio', 'standards', 'city-gap']);
  for (const c of first.cards) assert.match(c.value, /^\d[\d.,]* ?(%|\/ \d+)?$/, `${c.id}: ${c.value}`);
  // The two ratios have the province's targets, said in Chinese.
  for (const id of ['income-ratio', 'city-gap']) {
    assert.match(first.cards.find((c) => c.id === id).target, /^[✓✗≈] (达成目标|未达目标|难以判定) < \d\.\d+$/, id);
  }
  assert.ok(first.targets.length >= 3, first.targets.join(' | '));
  assert.ok(first.summary.length >= 3, 'the summary in words has sentences');
  for (const s of first.summary) assert.match(s, /[\u4e00-\u9fff]/, s);
  assert.match(first.summaryHead[0], /2025/);

  await off.close();

  // The same numbers and words as the app shows once it has mounted (its band
  // held back: the band's probabilities come later, as they do today).
  const on = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const band = await hold(on, WORKER);
  const app = await on.newPage();
  const problems = [];
  app.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await app.goto(site.url);
  await app.waitForSelector(APP_READY);
  const mounted = await readScreen(app, APP);
  assert.deepEqual(first.cards, mounted.cards.slice(0, first.cards.length));
  assert.equal(mounted.cards.length, first.cards.length);
  assert.deepEqual(first.targets, mounted.targets);
  assert.deepEqual(first.summary, mounted.summary);
  assert.deepEqual(first.summaryHead, mounted.summaryHead);
  assert.deepEqual(problems, []);
  band.drop();
  await on.close();
});

test('with scripts off the page shows the two headline charts as SVG', async () => {
  const off = await browser.newContext({ viewport: { width: 1280, height: 720 }, javaScriptEnabled: false });
  const page = await off.newPage();
  await page.goto(site.url);
  // The two headline charts, drawn as SVG where the app's canvases go, each
  // with lines in it and the size of the slot.
  const charts = await page.$$eval(`${FIRST} .chart-grid .chart-stack`, (stacks) => stacks.filter((s) => s.getBoundingClientRect().width > 0).map((s) => {
    const svg = s.querySelector('svg');
    const r = svg?.getBoundingClientRect();
    return { svg: !!svg, w: r?.width ?? 0, h: r?.height ?? 0, marks: svg ? svg.querySelectorAll('path, polyline, line, circle, rect').length : 0, text: svg?.textContent ?? '' };
  }));
  assert.equal(charts.length, 2);
  for (const c of charts) {
    assert.ok(c.svg, 'an inline SVG chart');
    assert.ok(c.w > 200 && c.h > 200, `drawn at the slot's size: ${c.w}×${c.h}`);
    assert.ok(c.marks > 20, `lines and axes drawn (${c.marks} marks)`);
  }
  await off.close();
});

for (const viewport of [{ width: 1280, height: 720 }, { width: 390, height: 844 }, { width: 1920, height: 1080 }]) {
  test(`at ${viewport.width}×${viewport.height}, while the wasm loads the first paint shows the KPIs; the app takes over with the cards, the charts and the summary where they were`, async () => {
    const context = await browser.newContext({ viewport });
    const wasm = await hold(context, APP_WASM);
    const band = await hold(context, WORKER);
    const page = await context.newPage();
    const problems = [];
    page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await page.goto(site.url, { waitUntil: 'domcontentloaded' });
    await page.waitForSelector(`${FIRST} [data-kpi=urban] .kpi-value`, { state: 'visible' });
    const before = await boxes(page, FIRST);
    const shown = await readScreen(page, FIRST);
    assert.equal(await page.$(APP), null, 'the app has not mounted: its wasm is held back');
    // Seven KPI cards, the charts of the layout the app picks for the width
    // (four from 1,500 px, two below), the summary.
    assert.equal(before.length, 7 + (viewport.width >= 1500 ? 4 : 2) + 1, JSON.stringify(before.map((b) => b.id)));

    wasm.release();
    await page.waitForSelector(APP_READY);
    assert.equal(await page.$(FIRST), null, 'the first paint is gone once the app is there');
    const after = await boxes(page, APP);
    assert.deepEqual(after.map((b) => b.id), before.map((b) => b.id));
    for (const [i, b] of before.entries()) {
      const a = after[i];
      for (const k of ['x', 'y', 'w', 'h']) {
        assert.ok(Math.abs(a[k] - b[k]) <= TOLERANCE_PX, `${b.id}.${k}: ${b[k]} in the first paint, ${a[k]} in the app`);
      }
    }
    assert.deepEqual((await readScreen(page, APP)).cards, shown.cards);
    assert.deepEqual((await readScreen(page, APP)).summary, shown.summary);
    assert.deepEqual(problems, []);
    band.drop();
    await context.close();
  });
}
