// The size budget of a first visit, measured from outside: the release
// build (dist/) served with the cache headers docs/DEPLOY.md asks of a host
// (scripts/static-server.mjs) and loaded in Chromium with an empty cache,
// until the band's first answer is on screen (the app and its worker have
// then both loaded and run); every wasm and JS file the server sent — what
// crossed the network, so the worker's import of the JS glue the page has
// just loaded, served from the browser's cache, counts once — is gzipped
// (-9, as dist-sizes.mjs does) and summed, within size-budget.json (issue
// 20's 500 KB is not met since 2026-12-07: the budget says why). The CI size check (scripts/check-size.mjs)
// reads the same figure from the files; here it must agree with what the
// browser fetched. The service worker's own copy of the build, which it
// caches after the page has loaded, is a later background fetch and not
// counted.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBrowser } from './serve-dist.mjs';
import { serveDir } from '../scripts/static-server.mjs';
import { distSizes, firstVisitCode, firstVisitFetches, gzipSize } from '../scripts/dist-sizes.mjs';

const script = new URL('../scripts/check-size.mjs', import.meta.url).pathname;
const dist = new URL('../dist', import.meta.url).pathname;
const budget = JSON.parse(readFileSync(new URL('../size-budget.json', import.meta.url), 'utf8')).first_visit_wasm_js_gzip_bytes;
const run = (...args) => spawnSync(process.execPath, [script, dist, ...args], { encoding: 'utf8' });

let browser, site, harness;
before(async () => {
  harness = await startBrowser();
  ({ browser, site } = harness);
});
after(async () => harness?.close());

test('a first visit fetches the wasm and JS within the budget (gzip), and the CI check counts the same files', async () => {
  const sent = [];
  const server = await serveDir(dist + '/', { log: sent });
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, serviceWorkers: 'block' });
  context.setDefaultTimeout(30000);
  const page = await context.newPage();
  await page.goto(server.url);
  // The band's first answer: the worker's wasm has been fetched and has run.
  await page.waitForSelector('[data-band-current=true]');
  server.server.close();
  const fetched = sent
    .map(({ path }) => path.split('/').pop())
    .filter((name) => /\.(wasm|js)$/.test(name))
    .map((name) => ({ name, gzip: gzipSize(readFileSync(join(dist, name))) }));
  const total = fetched.reduce((a, f) => a + f.gzip, 0);
  const names = fetched.map((f) => f.name).sort();
  console.log(`first visit: ${fetched.length} wasm/JS responses, ${total.toLocaleString('en')} B gzip -9 (budget ${budget.toLocaleString('en')} B)`);
  for (const f of fetched) console.log(`  ${f.name.padEnd(48)} ${String(f.gzip).padStart(8)} B`);
  // The worker runs the page's own wasm, handed to it: one download of it.
  assert.ok(names.includes('worker.js'), `the worker's script: ${names}`);
  assert.equal(names.filter((n) => n.endsWith('.wasm')).length, 1, `one wasm: ${names}`);
  assert.ok(!names.some((n) => n.startsWith('qr-worker')), `the QR worker waits for its dialog: ${names}`);
  assert.ok(total <= budget, `${total} B over the budget of ${budget} B`);
  // The CI check counts the fetches the browser made.
  assert.deepEqual(names, firstVisitFetches(distSizes(dist)).map((f) => f.name).sort());
  assert.equal(total, firstVisitCode(distSizes(dist)));
  await context.close();
});

test('the CI size check passes with the repository budget', () => {
  const r = run();
  assert.equal(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /first visit wasm \+ JS, gzip -9: [\d,]+ B/);
});

test('a budget below the build fails with both numbers', () => {
  const file = join(mkdtempSync(join(tmpdir(), 'budget-')), 'size-budget.json');
  writeFileSync(file, JSON.stringify({ first_visit_wasm_js_gzip_bytes: 1000 }));
  const r = run(file);
  assert.equal(r.status, 1);
  assert.match(r.stdout, /first visit wasm \+ JS, gzip -9: [\d,]+ B .*; budget 1,000 B/);
  assert.match(r.stderr, /FAIL: .* over the budget/);
});
