// CI size budget: fail when the first screen's wasm + JS (gzip -9) in dist/
// grows past size-budget.json. Run after `trunk build --release`:
//   node scripts/check-size.mjs [dist-dir] [budget-file]
// The budget is a measured size + 5 %; when the build is more than 5 % below
// the budget, this says to lower it, so the slack never builds up.
import { readFileSync } from 'node:fs';
import { distSizes, firstScreenCode } from './dist-sizes.mjs';

const root = new URL('..', import.meta.url).pathname;
const dir = process.argv[2] ?? `${root}dist`;
const budgetFile = process.argv[3] ?? `${root}size-budget.json`;
const budget = JSON.parse(readFileSync(budgetFile, 'utf8')).first_screen_wasm_js_gzip_bytes;
const files = distSizes(dir);
const size = firstScreenCode(files);
const kb = (n) => `${n.toLocaleString('en')} B (${(n / 1024).toFixed(1)} KiB)`;

for (const f of files) console.log(`  ${(f.part ?? f.group).padEnd(50)} ${f.name.padEnd(44)} ${String(f.gzip).padStart(8)} B gzip`);
console.log(`first screen wasm + JS, gzip -9: ${kb(size)}; budget ${kb(budget)} (${budgetFile})`);
if (size > budget) {
  console.error(`FAIL: the first screen's wasm + JS is ${kb(size - budget)} over the budget.`);
  console.error('Make it smaller, or, if the growth is worth it, raise the budget in the same commit and say why.');
  process.exit(1);
}
if (size < budget * 0.95) {
  console.log(`More than 5 % below the budget: lower first_screen_wasm_js_gzip_bytes to ${Math.ceil(size * 1.05)} (this size + 5 %).`);
}
console.log('OK: within the size budget.');
