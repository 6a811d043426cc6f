// Benchmark of the band, goal seek and attribution in the release build
// (run `trunk build --release` first):
//   node e2e/bench-band.mjs [moves]
// Headless Debian Chromium, 1920×1080. Prints JSON: the worker's time for
// 1,000 draws (wasm), how far the band lags the last input of a drag, the
// main thread's long tasks during the drag, goal seek (click → answer) and
// the attribution table (tab open → table) times. Not a test: nothing is
// asserted (docs/BENCHMARKS.md records the figures).
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { serveDist, CHROMIUM_ARGS } from './serve-dist.mjs';

const moves = Number(process.argv[2] ?? 60);
const site = await serveDist(new URL('../dist/', import.meta.url).pathname);
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const page = await (await browser.newContext({ viewport: { width: 1920, height: 1080 } })).newPage();
await page.addInitScript(() => {
  window.__long = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(e.duration); }).observe({ type: 'longtask', buffered: true });
});
await page.goto(site.url);
await page.waitForSelector('.kpis[data-band-ms]');
const pct = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor(p * s.length))]; };

// Worker time for one band, at rest: nudge a lever and read the worker's own
// figure. The first bands run while V8 still tiers the worker's wasm up from
// its baseline compiler: reported apart from the warm ones.
const worker = [];
for (let i = 0; i < 40; i++) {
  await page.$eval('#lever-mountain_share', (x, v) => { x.value = v; x.dispatchEvent(new Event('input', { bubbles: true })); }, String(30 + i));
  await page.waitForFunction(() => document.querySelector('.kpis').dataset.bandCurrent === 'true');
  await page.waitForTimeout(50);
  worker.push(Number(await page.$eval('.kpis', (k) => k.dataset.bandMs)));
}

// A drag: one input per frame; then how long until the band is current.
await page.evaluate(() => { window.__long = []; });
const lags = [];
for (let round = 0; round < 5; round++) {
  const lag = await page.evaluate(async (n) => {
    const x = document.querySelector('#lever-mountain_share');
    for (let i = 0; i < n; i++) {
      x.value = String(10 + ((i * 7) % 50));
      x.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(r));
    }
    const t0 = performance.now();
    while (document.querySelector('.kpis').dataset.bandCurrent !== 'true' && performance.now() - t0 < 10000) {
      await new Promise((r) => setTimeout(r, 1));
    }
    return performance.now() - t0;
  }, Math.floor(moves / 5));
  lags.push(lag);
}
const longTasks = await page.evaluate(() => window.__long);

// Goal seek and attribution from the Analysis tab.
await page.click('button[role=tab]:has-text("分析")');
const seek = [];
await page.selectOption('[data-goal=income-ratio] select.goal-year', '2030');
for (const goal of ['1.62', '1.63', '1.61']) {
  await page.fill('[data-goal=income-ratio] input.goal-value', goal);
  seek.push(await page.evaluate(async () => {
    const before = document.querySelector('.goal-answer')?.textContent ?? '';
    const t0 = performance.now();
    document.querySelector('button.solve').click();
    while ((document.querySelector('.goal-answer')?.textContent ?? '') === before && performance.now() - t0 < 10000) {
      await new Promise((r) => setTimeout(r, 1));
    }
    return performance.now() - t0;
  }));
}
await page.goto(site.url + '#v=1;m=1.0.0;hukou_reform=1.6;mountain_share=0.5;plan_funds_bn=280;county_capacity=1.2;standards_effort=1.3;execution_speed=0.9');
await page.waitForSelector('[data-kpi=urban] .kpi-value');
const attribution = await page.evaluate(async () => {
  const t0 = performance.now();
  [...document.querySelectorAll('button[role=tab]')].find((b) => b.textContent === '分析').click();
  while (!document.querySelector('.waterfall tr.contribution') && performance.now() - t0 < 10000) {
    await new Promise((r) => setTimeout(r, 1));
  }
  return performance.now() - t0;
});
// The worker alone, nothing else running on the page: a fresh worker, the
// built-in scenario posted 40 times (the first runs include V8 tiering the
// wasm up from its baseline compiler).
const builtin = JSON.parse(execFileSync('cargo', ['run', '--quiet', '--release', '--bin', 'urs', '--', '--print-builtin', 'zhejiang-2025'], { encoding: 'utf8' }));
const alone = await page.evaluate(async (scenario) => {
  const w = new Worker('./band-worker_loader.js');
  const next = () => new Promise((r) => { w.onmessage = (e) => r(e.data); });
  await next(); // ready
  const times = [];
  for (let i = 0; i < 40; i++) {
    w.postMessage({ id: i + 1, scenario, draws: 1000, seed: 1 });
    times.push((await next()).elapsed_ms);
  }
  w.terminate();
  return times;
}, builtin);
console.log(JSON.stringify({
  date: new Date().toISOString(),
  browser: await browser.version(),
  worker_1000_draws_ms: { first_10: worker.slice(0, 10), warm_p50: pct(worker.slice(10), 0.5), warm_p95: pct(worker.slice(10), 0.95), warm_max: Math.max(...worker.slice(10)) },
  worker_alone_1000_draws_ms: { first_10: alone.slice(0, 10), warm_p50: pct(alone.slice(10), 0.5), warm_p95: pct(alone.slice(10), 0.95), warm_max: Math.max(...alone.slice(10)) },
  band_behind_last_input_ms: { p50: pct(lags, 0.5), max: Math.max(...lags) },
  long_tasks_during_drags_ms: longTasks,
  goal_seek_click_to_answer_ms: seek,
  attribution_6_levers_tab_to_table_ms: attribution,
}, null, 2));
await browser.close();
site.server.close();
