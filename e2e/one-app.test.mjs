// End to end: one app (issue 20). The whole app is one wasm, and the
// worker runs that same module: what a component holds stays while the
// planner opens the QR code or the model reference (the share lock, which a
// takeover to a second app used to drop); and when the worker cannot be
// loaded, the analysis tab says so while the page works on.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startBrowser } from './serve-dist.mjs';
import { openApp } from './helpers.mjs';

let browser, site, harness;
before(async () => {
  harness = await startBrowser();
  ({ browser, site } = harness);
});
after(async () => harness?.close());

const shares = (page) => page.$$eval('#alloc-plan input.entry:not(.amount)', (xs) => xs.map((x) => Number(x.value)));

test('a locked share stays locked through the QR code and the model reference, and holds while another moves', async () => {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  context.setDefaultTimeout(15000);
  const { page, problems } = await openApp(context, site.url);
  const lock = page.locator('#alloc-plan button.lock').nth(2);
  await lock.click();
  assert.equal(await lock.getAttribute('aria-pressed'), 'true');
  const before = await shares(page);

  await page.click('button.qr');
  await page.waitForSelector('dialog.qr-dialog[open]');
  await page.keyboard.press('Escape');
  await page.waitForSelector('dialog.qr-dialog', { state: 'detached' });
  await page.click('details.panel >> nth=-1 >> summary');
  await page.waitForSelector('details.panel[open] .model-ref h2');
  assert.equal(await lock.getAttribute('aria-pressed'), 'true', 'still locked');
  const wasm = await page.evaluate(() => performance.getEntriesByType('resource').filter((r) => r.name.endsWith('.wasm')).map((r) => r.name.split('/').pop()));
  assert.equal(wasm.filter((n) => n.startsWith('urban-rural-sim-')).length, 1, `one app wasm: ${wasm}`);

  // Move the first share by keyboard: the locked third stays, the second takes the rest.
  await page.focus('#alloc-plan-urban');
  for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowLeft');
  await page.waitForFunction((b) => Number(document.querySelector('#alloc-plan input.entry:not(.amount)').value) !== b, before[0]);
  const after = await shares(page);
  assert.ok(after[0] < before[0], `${before} -> ${after}`);
  assert.equal(after[2], before[2], `the locked share stays: ${before} -> ${after}`);
  assert.ok(Math.abs(after.reduce((a, b) => a + b, 0) - 100) < 0.15, `${after} add up to 100`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the analysis tab says 计算中… and then answers; without its worker it says the computation failed, and the page works on', async () => {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  context.setDefaultTimeout(15000);
  await context.route(/worker\.js$/, (route) => route.abort());
  const { page, problems } = await openApp(context, site.url);
  await page.click('button[role=tab]:has-text("分析")');
  await page.waitForSelector('.explain .error');
  assert.match(await page.textContent('.explain .error'), /计算未能完成/);
  await page.click('button.solve');
  await page.waitForSelector('.goal-seek .error');
  assert.match(await page.textContent('.goal-seek .error'), /计算未能完成/);
  // The levers and KPIs need no worker.
  const urban = await page.textContent('[data-kpi=urban] .kpi-value');
  await page.click('button[role=tab]:has-text("政策杠杆")');
  await page.focus('#alloc-plan-urban');
  for (let i = 0; i < 20; i++) await page.keyboard.press('ArrowLeft');
  await page.waitForFunction((u) => document.querySelector('[data-kpi=urban] .kpi-value').textContent !== u, urban);
  // The network comes back: the next question starts a new worker and is answered.
  await context.unroute(/worker\.js$/);
  await page.click('button[role=tab]:has-text("分析")');
  // Record whether 计算中… was ever on screen (the answer comes in a later task).
  await page.evaluate(() => {
    window.__computing = false;
    new MutationObserver(() => {
      if (/计算中/.test(document.querySelector('.goal-seek .computing')?.textContent ?? '')) window.__computing = true;
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.click('button.solve');
  await page.waitForSelector('.goal-answer');
  assert.equal(await page.evaluate(() => window.__computing), true, '计算中… while the worker solved');
  assert.deepEqual(problems.filter((p) => !/Failed to load resource|worker\.js/.test(p)), []);
  await context.close();
});
