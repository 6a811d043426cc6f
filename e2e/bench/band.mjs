// The band, goal seek and attribution in the release build, for
// e2e/bench/run.mjs (formerly e2e/bench-band.mjs). Returns: the worker's own
// time for 1,000 draws (wasm; its Date.now() difference, 1 ms resolution,
// read from the KPI strip's data-band-ms), how far the band lags the last
// input of a drag, the main thread's long tasks during the drags, goal seek
// (click → answer) and the attribution table (tab click → table).

import { APP_READY } from '../serve-dist.mjs';

/** `page`: a fresh page at 1920×1080; `url`: the app. */
/** `builtin`: the built-in scenario as the CLI prints it (`urs --print-builtin`). */
export async function benchBand(page, url, moves = 60, builtin) {
  await page.addInitScript(() => {
    window.__long = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(e.duration); }).observe({ type: 'longtask', buffered: true });
  });
  await page.goto(url);
  await page.waitForSelector('.kpis[data-band-ms]');

  // Worker time for one band, at rest: nudge a lever and read the worker's
  // own figure. The first ten run while V8 still tiers the worker's wasm up
  // from its baseline compiler; the report takes the 30 after them.
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
    lags.push(await page.evaluate(async (n) => {
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
    }, Math.floor(moves / 5)));
  }
  const longTasks = await page.evaluate(() => window.__long);

  // Goal seek and attribution from the Analysis tab.
  await page.click('button[role=tab]:has-text("分析")');
  const seek = [];
  await page.selectOption('[data-goal=income-ratio] select.goal-year', '2030');
  for (const goal of ['1.65', '1.66', '1.64']) {
    await page.fill('[data-goal=income-ratio] input.goal-value', goal);
    seek.push(await page.evaluate(async () => {
      const before = document.querySelector('.goal-answer')?.textContent ?? '';
      const t0 = performance.now();
      document.querySelector('button.solve').click();
      // 计算中… shows while the worker solves: wait for an answer other than the last.
      const answered = () => { const a = document.querySelector('.goal-answer'); return a && a.textContent !== before; };
      while (!answered() && performance.now() - t0 < 10000) {
        await new Promise((r) => setTimeout(r, 1));
      }
      return performance.now() - t0;
    }));
  }
  await page.goto(url + '#v=1;m=1.0.0;hukou_reform=1.6;mountain_share=0.5;plan_funds_bn=280;county_capacity=1.2;standards_effort=1.3;execution_speed=0.9');
  await page.waitForSelector(APP_READY);
  const attribution = await page.evaluate(async () => {
    const t0 = performance.now();
    [...document.querySelectorAll('button[role=tab]')].find((b) => b.textContent === '分析').click();
    while (!document.querySelector('.waterfall tr.contribution') && performance.now() - t0 < 10000) {
      await new Promise((r) => setTimeout(r, 1));
    }
    return performance.now() - t0;
  });
  // The worker alone, nothing else running on the page: a fresh worker, the
  // built-in scenario posted 40 times (the app's worker shares the machine's
  // cores with the page redrawing after each move).
  const alone = await page.evaluate(async (scenario) => {
    // The app's worker runs the page's own wasm module, handed to it (src/app/worker.rs).
    const w = new Worker('./worker.js', { type: 'module' });
    const next = () => new Promise((r) => { w.onmessage = (e) => r(e.data); });
    w.postMessage(window.wasmBindings.default.__wbindgen_wasm_module);
    await next(); // ready
    const times = [];
    for (let i = 0; i < 40; i++) {
      w.postMessage({ id: i + 1, job: { Band: { scenario, draws: 1000, seed: 1 } } });
      times.push((await next()).elapsed_ms);
    }
    w.terminate();
    return times;
  }, builtin);
  return { worker: worker.slice(10), workerFirst: worker.slice(0, 10), alone: alone.slice(10), lags, longTasks, seek, attribution };
}
