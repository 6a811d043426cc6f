// CI size budget: fail when the wasm + JS (gzip -9) that a first visit
// fetches — the app and its worker — grows past size-budget.json. Run after
// `trunk build --release`:
//   node scripts/check-size.mjs [dist-dir] [budget-file]
// The files a first visit fetches are read from the build (scripts/dist-sizes.mjs);
// e2e/size-budget.test.mjs checks, in Chromium, that they are what a first
// visit really fetches, and holds the same budget. Issue 20 asked for at most
// 500 KB; the build is over it since 2026-12-07 and the budget is then the
// measured size + about 1 % (size-budget.json says why); when the build is
// more than 5 % below it, this says to lower it, so the slack never builds up.
import { readFileSync } from 'node:fs';
import { distSizes, firstScreenCode, firstVisitCode, firstVisitFetches } from './dist-sizes.mjs';
import { forbiddenIn } from './wasm-regressions.mjs';

const root = new URL('..', import.meta.url).pathname;
const dir = process.argv[2] ?? `${root}dist`;
const budgetFile = process.argv[3] ?? `${root}size-budget.json`;
const budget = JSON.parse(readFileSync(budgetFile, 'utf8')).first_visit_wasm_js_gzip_bytes;
const files = distSizes(dir);
const size = firstVisitCode(files);
const kb = (n) => `${n.toLocaleString('en')} B (${(n / 1024).toFixed(1)} KiB)`;

for (const f of files) console.log(`  ${f.part.padEnd(80)} ${f.name.padEnd(44)} ${String(f.gzip).padStart(8)} B gzip`);
console.log(`first screen (before the first chart) wasm + JS, gzip -9: ${kb(firstScreenCode(files))}`);
console.log(`first visit fetches: ${firstVisitFetches(files).map((f) => f.name).join(', ')} (the worker's import of the JS glue comes from the browser's cache: docs/DEPLOY.md's headers)`);
console.log(`first visit wasm + JS, gzip -9: ${kb(size)}; budget ${kb(budget)} (${budgetFile})`);
// Pieces earlier cuts took out, brought back by one call (scripts/wasm-regressions.mjs).
const back = files
  .filter((f) => f.name.endsWith('_bg.wasm') && !f.part.startsWith('lazy'))
  .flatMap((f) => forbiddenIn(readFileSync(`${dir}/${f.name}`)).map((x) => ({ file: f.name, ...x })));
for (const b of back) console.error(`FAIL: ${b.file} contains ${b.what} again: ${b.fix}.`);
if (back.length) process.exitCode = 1;
if (size > budget) {
  console.error(`FAIL: a first visit's wasm + JS is ${kb(size - budget)} over the budget.`);
  console.error('Make it smaller, or, if the growth is worth it, raise the budget in the same commit and say why (issue 20 asked for 500 KB: going past it is a regression to report).');
  process.exit(1);
}
if (size < budget * 0.95) {
  console.log(`More than 5 % below the budget: lower first_visit_wasm_js_gzip_bytes to ${Math.ceil(size * 1.05)} (this size + 5 %).`);
}
if (back.length) process.exit(1);
console.log('OK: within the size budget.');
