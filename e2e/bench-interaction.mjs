// In-browser interaction benchmark: lever move → every visible chart redrawn.
//   trunk build --release && node e2e/bench-interaction.mjs [moves=240]
// For DPR 1 and 2, with the 4-chart layout (1920×1080), it moves the
// allocation slider `moves` times. Each move: t0 = performance.now(), set the
// value and fire `input` (what a drag does); the app batches to the next
// animation frame, recomputes once and redraws; t1 = the time the last chart
// finished drawing (window.__ursLastDraw, stamped by the chart code). Prints
// p50 / p95 / max of t1 − t0 ("input → drawn", which includes waiting for
// the next frame, up to 16.7 ms) and of t1 − frame start ("work in the
// frame": recompute, render, all charts redrawn), and how many charts each
// move redrew.
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveDist, CHROMIUM_ARGS } from './serve-dist.mjs';

const moves = Number(process.argv[2] ?? 240);
const site = await serveDist(fileURLToPath(new URL('../dist/', import.meta.url)));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
const pct = (xs, p) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

for (const dpr of [1, 2]) {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, deviceScaleFactor: dpr });
  const page = await context.newPage();
  await page.goto(site.url);
  await page.waitForSelector('#chart-urbanization canvas.plot');
  const result = await page.evaluate(async (moves) => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const slider = document.querySelector('#alloc-plan-urban');
    const times = [];
    const work = [];
    const draws = [];
    await frame();
    for (let i = 0; i < moves; i++) {
      const before = window.__ursDraws;
      const t0 = performance.now();
      slider.value = String(30 + (i % 40) * 0.5);
      slider.dispatchEvent(new Event('input', { bubbles: true }));
      await frame();
      times.push(window.__ursLastDraw - t0);
      work.push(window.__ursLastDraw - window.__ursFrameStart);
      draws.push(window.__ursDraws - before);
    }
    return { times, work, draws };
  }, moves);
  const stats = (xs) => {
    const s = [...xs].sort((a, b) => a - b);
    return `p50 ${pct(s, 50).toFixed(1)} ms, p95 ${pct(s, 95).toFixed(1)} ms, max ${s.at(-1).toFixed(1)} ms`;
  };
  const charts = result.draws.reduce((a, b) => a + b, 0) / result.draws.length;
  console.log(`DPR ${dpr}: ${moves} moves, ${charts.toFixed(1)} charts redrawn per move`);
  console.log(`  work in the frame: ${stats(result.work)}`);
  console.log(`  input → drawn:     ${stats(result.times)}`);
  await context.close();
}
await browser.close();
site.server.close();
