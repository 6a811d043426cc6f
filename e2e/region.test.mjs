// End to end: a planner's own region (issue 22). In the assumptions tab:
// the template downloads, a wrong file lists its problems and changes
// nothing, Jiaxing's file loads and the projection is Jiaxing's, a saved
// scenario and a share link carry on, another browser without the region
// is told to load it, and the built-in region is one click away — in both
// languages.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startBrowser } from './serve-dist.mjs';
import { openApp } from './helpers.mjs';

const root = new URL('..', import.meta.url).pathname;
let browser, site, harness;

before(async () => {
  harness = await startBrowser();
  ({ browser, site } = harness);
});
after(async () => harness?.close());

async function newContext() {
  const context = await browser.newContext({ viewport: { width: 1600, height: 1000 }, acceptDownloads: true });
  context.setDefaultTimeout(15000);
  return context;
}

const assumptionsTab = (page) => page.click('button[role=tab]:nth-child(2)');
const ratio = (page) => page.$eval('[data-kpi=income-ratio] .kpi-value', (v) => v.textContent.trim());

test('load Jiaxing, plan with it, save, share, reopen; a wrong file changes nothing', async () => {
  const context = await newContext();
  const { page, problems } = await openApp(context, site.url);
  await assumptionsTab(page);
  assert.match(await page.textContent('.region-name'), /浙江/);
  const provinceRatio = await ratio(page);

  // The template, pre-filled, with a BOM for WPS and Excel.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('.region-template')]);
  const csv = await readFile(await download.path());
  assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  assert.match(csv.toString('utf8'), /plan_funds_bn,/);

  // A wrong file: every problem listed, in Chinese; nothing changed.
  await page.setInputFiles('.region-load input', `${root}tests/fixtures/region/many-problems.csv`);
  await page.waitForSelector('.region-problems li');
  assert.equal(await page.$$eval('.region-problems li', (l) => l.length), 3);
  assert.match(await page.textContent('.region-problems'), /行 \d+ \/ row \d+\].*万元/s);
  assert.match(await page.textContent('.region-name'), /浙江/);
  assert.equal(await ratio(page), provinceRatio);

  // Jiaxing: the page starts again on it.
  await Promise.all([page.waitForNavigation(), page.setInputFiles('.region-load input', `${root}data/jiaxing-2025.json`)]);
  await page.waitForSelector('.kpis');
  await assumptionsTab(page);
  assert.match(await page.textContent('.region-name'), /嘉兴/);
  const jiaxingRatio = await ratio(page);
  assert.notEqual(jiaxingRatio, provinceRatio);
  // Jiaxing's ratio (1.49 in 2025 falling to 1.38 in 2030), far under the province's.
  assert.ok(parseFloat(jiaxingRatio) < 1.55 && parseFloat(provinceRatio) > 1.6, `${jiaxingRatio} vs ${provinceRatio}`);

  // Save a scenario; share its link: it names the region.
  await page.click('button[role=tab]:nth-child(1)');
  await page.$eval('#lever-hukou_reform', (x) => {
    x.value = '1.6';
    x.dispatchEvent(new Event('input', { bubbles: true }));
    x.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await page.click('button[role=tab]:nth-child(3)');
  await page.fill('#save-name', '嘉兴 方案');
  await page.click('.save-form button[type=submit]');
  await page.waitForSelector('.lib-entry');
  await page.click('button.share');
  await page.waitForSelector('.messages .notice');
  const hash = '#' + page.url().split('#')[1];
  assert.match(hash, /;r=jiaxing-2025/);

  // Reopen in this browser (the region is kept), in English.
  const again = await openApp(context, site.url + hash);
  await again.page.click('button.lang-toggle');
  assert.equal(Number(await again.page.inputValue('#lever-hukou_reform')), 1.6);
  await assumptionsTab(again.page);
  assert.match(await again.page.textContent('.region-name'), /Jiaxing/);
  await again.page.click('button[role=tab]:nth-child(3)');
  assert.match(await again.page.textContent('.lib-entry'), /嘉兴 方案/);

  // Another browser without Jiaxing: told so, opens on nothing wrong.
  const fresh = await newContext();
  const other = await openApp(fresh, site.url + hash);
  await other.page.waitForSelector('.messages .error');
  assert.match(await other.page.textContent('.messages .error'), /jiaxing-2025.*载入/);

  // Back to the built-in region in one click; the saved scenario stays.
  await assumptionsTab(again.page);
  await Promise.all([again.page.waitForNavigation(), again.page.click('.region-builtin')]);
  await again.page.waitForSelector('.kpis');
  assert.equal(await ratio(again.page), provinceRatio);
  await again.page.click('button[role=tab]:nth-child(3)');
  assert.match(await again.page.textContent('.lib-entry'), /嘉兴 方案/);
  assert.deepEqual([...problems, ...again.problems, ...other.problems], []);
  await fresh.close();
  await context.close();
});
