// The CI size check (scripts/check-size.mjs) on the release build in dist/:
// it passes with the repository's budget and fails, saying by how much,
// when the budget is below the build.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const script = new URL('../scripts/check-size.mjs', import.meta.url).pathname;
const dist = new URL('../dist', import.meta.url).pathname;
const run = (...args) => spawnSync(process.execPath, [script, dist, ...args], { encoding: 'utf8' });

test('the release build is within the repository budget', () => {
  const r = run();
  assert.equal(r.status, 0, r.stdout + r.stderr);
});

test('a budget below the build fails with both numbers', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'budget-')), 'size-budget.json');
  writeFileSync(file, JSON.stringify({ first_screen_wasm_js_gzip_bytes: 1000 }));
  const r = run(file);
  assert.equal(r.status, 1);
  assert.match(r.stdout, /first screen wasm \+ JS, gzip -9: [\d,]+ B .*; budget 1,000 B/);
  assert.match(r.stderr, /FAIL: .* over the budget/);
});
