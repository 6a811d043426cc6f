// End to end: scenarios that last and travel (share links, library, compare,
// import, undo), on the release build in Debian's Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBrowser } from './serve-dist.mjs';
import { openApp } from './helpers.mjs';

let browser, site, harness;

before(async () => {
  harness = await startBrowser();
  ({ browser, site } = harness);
});
after(async () => harness?.close());

async function newContext() {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  context.setDefaultTimeout(10000);
  return context;
}

const open = (context, hash = '') => openApp(context, site.url + hash);

// The KPI strip without the target lines and probabilities: those change
// when the band arrives from its worker a moment later, and these tests are
// about the numbers.
const kpis = (page) => page.$eval('.kpis', (k) => {
  const copy = k.cloneNode(true);
  // What the band decides (a probability, ≈ or ✓ in the target list) arrives from the worker later.
  copy.querySelectorAll('.kpi-target, .probability, .targets').forEach((t) => t.remove());
  return copy.textContent;
});
const settle = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

/** Save the current scenario in the library tab under `name`. */
async function saveAs(page, name) {
  await page.click('button[role=tab]:nth-child(3)');
  await page.fill('#save-name', name);
  await page.click('.save-form button[type=submit]');
  await page.waitForSelector('.lib-entry');
}

async function drag(page, id, value) {
  await page.$eval(`#${id}`, (x, v) => {
    x.value = String(v);
    x.dispatchEvent(new Event('input', { bubbles: true }));
    x.dispatchEvent(new Event('change', { bubbles: true }));
  }, value);
  await settle(page);
}

test('a share link opens the same scenario in a fresh browser', async () => {
  const a = await newContext();
  const { page, problems } = await open(a);
  await drag(page, 'alloc-plan-rural', 60);
  await drag(page, 'lever-hukou_reform', 1.6);
  const numbers = await kpis(page);
  // "Copy share link" says where the link is: the clipboard, or (if the
  // browser refuses the clipboard) the address bar.
  await page.click('button.share');
  await page.waitForSelector('.messages .notice');
  assert.match(await page.textContent('.messages .notice'), /分享链接/);
  const url = page.url();
  assert.match(url, /#v=1;m=[\d.]+;.*hukou_reform=1.6/);
  // The shortest decimals: 60 % is 0.6, never 0.6000000000000001, and the
  // rebalanced shares carry no float noise either.
  assert.match(url, /a\.plan=[\d.]+,0\.6,/);
  assert.doesNotMatch(url, /\d\.\d{9,}/, url);
  assert.ok(url.split('#')[1].length <= 300, `link is ${url.length} characters`);
  // A different browser profile: nothing shared but the link.
  const b = await newContext();
  const other = await open(b, '#' + url.split('#')[1]);
  assert.equal(await kpis(other.page), numbers);
  assert.deepEqual([...problems, ...other.problems], []);
  await a.close();
  await b.close();
});

test('the v1 link fixture opens, and a tampered link says so and opens the built-in scenario', async () => {
  const context = await newContext();
  const fixture = '#v=1;m=0.2.0;n=%E5%85%B4%E6%9D%91%E4%BC%98%E5%85%88;execution_speed=1.15;plan_funds_bn=320;hukou_reform=1.5;a.plan=0.3,0.6,0.1;c.jiaxing=1.6,5.584,0.732';
  const { page } = await open(context, fixture);
  assert.match(await page.textContent('footer'), /兴村优先/);
  // Made with model 0.2.0: the app says the results may differ today.
  assert.match(await page.textContent('.messages .notice'), /模型版本 0\.2\.0/);
  // Its money is mapped to today's (the same tilt against the built-in split), and the notice says so.
  assert.ok(Number(await page.inputValue('#alloc-plan-rural')) > 60);
  assert.match(await page.textContent('.messages .notice'), /已换算：常规资金分配 30\.0 % \/ 60\.0 % \/ 10\.0 %/);
  const builtin = await kpis((await open(await newContext())).page);
  const tampered = await open(context, '#v=1;m=0.2.0;execution_speed=abc');
  assert.match(await tampered.page.textContent('.messages .error'), /分享链接无效.*不是数字/);
  assert.equal(await kpis(tampered.page), builtin);
  assert.match(tampered.page.url(), /execution_speed=abc/, 'the refused link stays in the address bar');
  await context.close();
});

test('a model 1.1.0 link opens at today\'s depreciation and says what became of its settings', async () => {
  const context = await newContext();
  const { page, problems } = await open(context, '#v=1;m=1.1.0;depreciation=0.048;hukou_reform=1.6');
  const notice = await page.textContent('.messages .notice');
  assert.match(notice, /模型版本 1\.1\.0/);
  // 4.8 %, half of model 1.1's 9.6 %, is half of today's 2.4 %: listed, with today's range.
  assert.match(notice, /已换算：depreciation：0\.048 → 0\.012（相对内置值同比例；超出合理范围 0\.015–0\.033）/);
  assert.match(notice, /已更新：gestation_years：— → 2/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('save, reload, still there; rename, duplicate, delete', async () => {
  const context = await newContext();
  const { page, problems } = await open(context);
  await drag(page, 'lever-execution_speed', 1.2);
  await saveAs(page, '<script>alert(1)</script> 方案 A');
  await page.reload();
  await page.click('button[role=tab]:nth-child(3)');
  await page.waitForSelector('.lib-entry');
  // Markup in a name is shown as text, never run.
  assert.equal(await page.textContent('.entry-name'), '<script>alert(1)</script> 方案 A');
  // Each control says which scenario it acts on, its visible word first.
  const names = await page.$$eval('.lib-entry:nth-child(1) :is(button, input)', (xs) => xs.map((x) => x.getAttribute('aria-label')));
  assert.deepEqual(names, ['比较 <script>alert(1)</script> 方案 A', '打开 <script>alert(1)</script> 方案 A',
    '重命名 <script>alert(1)</script> 方案 A', '复制 <script>alert(1)</script> 方案 A', '删除 <script>alert(1)</script> 方案 A']);
  await page.click('.entry-actions button:nth-child(3)'); // duplicate
  await page.waitForFunction(() => document.querySelectorAll('.lib-entry').length === 2);
  await page.click('.lib-entry:nth-child(1) .entry-actions button:nth-child(2)'); // rename
  await page.fill('.lib-entry:nth-child(1) input.rename', '方案 B');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => [...document.querySelectorAll('.entry-name')].some((e) => e.textContent === '方案 B'));
  await page.click('.lib-entry:nth-child(1) .entry-actions button:nth-child(4)'); // delete …
  await page.click('.lib-entry:nth-child(1) .entry-actions button.danger'); // … confirm
  await page.waitForFunction(() => document.querySelectorAll('.lib-entry').length === 1);
  assert.deepEqual(problems, []);
  await context.close();
});

test('compare two scenarios: charts overlay them and a table lists the differences', async () => {
  const context = await newContext();
  const { page, problems } = await open(context);
  await drag(page, 'lever-standards_effort', 1.8);
  await page.click('button[role=tab]:nth-child(3)');
  await page.check('.compare-fixed label:nth-child(1) input'); // baseline
  await page.check('.compare-fixed label:nth-child(2) input'); // current
  await page.waitForSelector('.compare table');
  const table = await page.textContent('.compare table');
  assert.match(table, /公共服务补短板力度/);
  assert.match(table, /无城乡差异的基本公共服务标准 2030/);
  // Standards are whole: a count, never a fraction like 100.1.
  const standards = await page.$$eval('.compare tr', (rows) => rows
    .filter((r) => /无(城乡|户籍)差异的基本公共服务标准 2030/.test(r.textContent))
    .flatMap((r) => [...r.querySelectorAll('td')].map((td) => td.textContent)));
  assert.ok(standards.length >= 4 && standards.every((t) => /^\d+ 项( \([+−]\d+\))?$/.test(t)), standards.join(' | '));
  const legend = await page.textContent('#chart-income-ratio .legend');
  assert.match(legend, /基准/);
  assert.match(legend, /当前情景/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('importing a bad file shows the message and leaves the library and the scenario intact', async () => {
  const context = await newContext();
  const { page, problems } = await open(context);
  await saveAs(page, '保留的情景');
  const before = await kpis(page);
  const dir = await mkdtemp(join(tmpdir(), 'urs-'));
  const bad = join(dir, 'bad.json');
  await writeFile(bad, '{"format": "urban-rural-sim-library", "version": 1, "entries": [{"id": "x1", "name": "坏"');
  await page.setInputFiles('.file-button input', bad);
  await page.waitForSelector('.messages .error');
  assert.match(await page.textContent('.messages .error'), /不是情景或情景库文件/);
  assert.equal(await page.locator('.lib-entry').count(), 1);
  assert.equal(await kpis(page), before);
  // A good scenario file (as the CLI prints it, with one lever changed) loads as one undo step.
  const good = join(dir, 'good.json');
  const { execFileSync } = await import('node:child_process');
  const json = JSON.parse(execFileSync('cargo', ['run', '-q', '--bin', 'urs', '--', '--print-builtin', 'zhejiang-2025']).toString());
  json.levers.execution_speed = 1.25;
  json.name = '导入的情景';
  await writeFile(good, JSON.stringify(json));
  await page.setInputFiles('.file-button input', good);
  await page.waitForFunction(() => document.querySelector('footer').textContent.includes('导入的情景'));
  assert.notEqual(await kpis(page), before);
  await page.click('button.undo');
  await page.waitForFunction(() => !document.querySelector('footer').textContent.includes('导入的情景'));
  assert.equal(await page.locator('.lib-entry').count(), 1);
  await context.close();
  assert.deepEqual(problems, []);
});

test('a damaged storage entry is reported and the others load', async () => {
  const context = await newContext();
  const { page } = await open(context);
  await saveAs(page, '好的');
  await page.evaluate(() => localStorage.setItem('urban-rural-sim.scenario.bad1', '{"id": "bad1", "name": '));
  await page.reload();
  await page.click('button[role=tab]:nth-child(3)');
  await page.waitForSelector('.damaged');
  assert.match(await page.textContent('.damaged'), /urban-rural-sim\.scenario\.bad1/);
  assert.equal(await page.locator('.lib-entry').count(), 1);
  await context.close();
});

test('storage full: saving says so and nothing is lost', async () => {
  const context = await newContext();
  const { page } = await open(context);
  await page.click('button[role=tab]:nth-child(3)');
  // Fill localStorage to the brim.
  await page.evaluate(() => {
    const chunk = 'x'.repeat(1 << 20);
    try { for (let i = 0; i < 100; i++) localStorage.setItem(`filler${i}`, chunk); } catch (e) { /* full */ }
    try { for (let i = 0; i < 100000; i++) localStorage.setItem(`small${i}`, 'x'.repeat(256)); } catch (e) { /* full */ }
  });
  const before = await kpis(page);
  await page.fill('#save-name', '放不下');
  await page.click('.save-form button[type=submit]');
  await page.waitForSelector('.messages .error');
  assert.match(await page.textContent('.messages .error'), /浏览器存储已满/);
  assert.equal(await page.locator('.lib-entry').count(), 0);
  assert.equal(await kpis(page), before);
  await context.close();
});

test('undo takes back a whole drag in one step, redo brings it back, also from the keyboard', async () => {
  const context = await newContext();
  const { page, problems } = await open(context);
  const start = await kpis(page);
  // One drag: many input events, one change at the end.
  await page.$eval('#alloc-plan-urban', async (x) => {
    for (const v of [42, 44, 46, 48, 50]) {
      x.value = String(v);
      x.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((r) => requestAnimationFrame(r));
    }
    x.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await settle(page);
  const dragged = await kpis(page);
  assert.notEqual(dragged, start);
  await page.click('button.undo');
  await settle(page);
  assert.equal(await kpis(page), start, 'one undo takes back the whole drag');
  await page.click('button.redo');
  await settle(page);
  assert.equal(await kpis(page), dragged);
  await page.locator('body').press('Control+z');
  await settle(page);
  assert.equal(await kpis(page), start);
  await page.locator('body').press('Control+Shift+z');
  await settle(page);
  assert.equal(await kpis(page), dragged);
  assert.deepEqual(problems, []);
  await context.close();
});

test('exports: a chart as PNG at 2x, results as CSV with a BOM, the scenario as JSON', async () => {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, acceptDownloads: true });
  context.setDefaultTimeout(10000);
  const { page, problems } = await open(context);
  const read = async (click) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(click)]);
    const { readFile } = await import('node:fs/promises');
    return { name: download.suggestedFilename(), bytes: await readFile(await download.path()) };
  };
  const css = await page.$eval('#chart-income-ratio canvas.plot', (c) => ({ w: c.clientWidth, h: c.clientHeight }));
  const png = await read('#chart-income-ratio .png');
  assert.equal(png.bytes.subarray(1, 4).toString(), 'PNG');
  assert.equal(png.bytes.readUInt32BE(16), css.w * 2);
  // Taller than the chart: its title, legend and stamp are drawn in too (e2e/handout.test.mjs).
  assert.ok(png.bytes.readUInt32BE(20) > css.h * 2);
  const csv = await read('button.export-csv');
  assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  assert.match(csv.bytes.toString('utf8'), /城乡居民收入比,Urban–rural income ratio,2030,/);
  const json = await read('button.export-json');
  assert.equal(JSON.parse(json.bytes.toString('utf8')).format_version, 2);
  assert.deepEqual(problems, []);
  await context.close();
});

test('reset all gives back the built-in name, so a save cannot make a second scenario of an old name', async () => {
  const context = await newContext();
  const { page, problems } = await open(context);
  await drag(page, 'lever-execution_speed', 1.2);
  await saveAs(page, '方案 A');
  assert.match(await page.textContent('footer'), /方案 A/);
  await page.click('button[role=tab]:nth-child(1)');
  await page.click('button.reset-all');
  await page.waitForFunction(() => !document.querySelector('footer').textContent.includes('方案 A'));
  await page.click('button[role=tab]:nth-child(3)');
  assert.notEqual(await page.inputValue('#save-name'), '方案 A');
  assert.deepEqual(problems, []);
  await context.close();
});
