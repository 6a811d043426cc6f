// End to end: the real release build (dist/, made by `trunk build --release`)
// in Debian's Chromium, driven by playwright-core as a planner would use it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveDist, CHROMIUM_ARGS } from './serve-dist.mjs';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
let browser, site;

before(async () => {
  site = await serveDist(DIST);
  browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
});
after(async () => {
  await browser?.close();
  site?.server.close();
});

async function open(options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, ...options });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(site.url);
  await page.waitForSelector('[data-kpi=urban] .kpi-value');
  return { page, context, problems };
}

const kpi = (page, id) => page.textContent(`[data-kpi=${id}] .kpi-value`);
const chartPixels = (page) => page.$eval('canvas.chart', (c) => c.toDataURL());
const shares = (page) => page.$$eval('#alloc-plan input.entry', (xs) => xs.map((x) => Number(x.value)));

test('moving the allocation lever changes the KPIs and the chart, with no console error', async () => {
  const { page, context, problems } = await open();
  const urbanBefore = await kpi(page, 'urban');
  const ruralBefore = await kpi(page, 'rural');
  const chartBefore = await chartPixels(page);
  assert.match(urbanBefore, /^\d+\.\d %$/);
  assert.match(await page.textContent('[data-kpi=urban] .kpi-delta'), /±0\.0/);

  // Keyboard, as a planner without a mouse would: +5 percentage points to 强城.
  await page.focus('#alloc-plan-urban');
  for (let i = 0; i < 50; i++) await page.keyboard.press('ArrowRight');
  await page.waitForFunction((before) => document.querySelector('[data-kpi=urban] .kpi-value').textContent !== before, urbanBefore);

  const urbanAfter = await kpi(page, 'urban');
  assert.ok(parseFloat(urbanAfter) > parseFloat(urbanBefore), `${urbanBefore} -> ${urbanAfter}`);
  assert.ok(parseFloat(await kpi(page, 'rural')) < parseFloat(ruralBefore), 'rural gave up money');
  assert.match(await page.textContent('[data-kpi=urban] .kpi-delta'), /▲ \+/);
  assert.notEqual(await chartPixels(page), chartBefore, 'the chart was redrawn with new numbers');
  const s = await shares(page);
  assert.ok(Math.abs(s.reduce((a, b) => a + b, 0) - 100) < 0.15, `shares ${s} add up to 100`);
  assert.ok(Math.abs(s[0] - 46.7) < 0.11, `urban share ${s[0]}`);

  // Reset brings the baseline back.
  await page.click('button.reset-all');
  await page.waitForFunction((before) => document.querySelector('[data-kpi=urban] .kpi-value').textContent === before, urbanBefore);
  assert.deepEqual(problems, []);
  await context.close();
});

test('typing nonsense into a number box shows a message and changes nothing', async () => {
  const { page, context, problems } = await open();
  const before = await kpi(page, 'overall');
  const box = '[data-param=plan_funds_bn] input.entry';
  await page.fill(box, '-50');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.levers .error');
  assert.equal(await page.textContent('.levers .error'), '常规渠道资金（全年）不能为负数（输入 -50 亿元）');
  await page.fill(box, 'abc');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelector('.levers .error').textContent.includes('不是数字'));
  assert.equal(await kpi(page, 'overall'), before);
  // A sane value afterwards is taken and clears the message.
  await page.fill(box, '3000');
  await page.keyboard.press('Enter');
  await page.waitForFunction((b) => document.querySelector('[data-kpi=overall] .kpi-value').textContent !== b, before);
  assert.equal(await page.$('.levers .error'), null);
  assert.deepEqual(problems, []);
  await context.close();
});

test('English toggle translates the screen and is remembered after reload', async () => {
  const { page, context, problems } = await open();
  assert.equal(await page.textContent('h1'), '城乡融合情景模拟器');
  await page.click('button.lang-toggle');
  await page.waitForFunction(() => document.querySelector('h1').textContent.startsWith('Urban'));
  assert.match(await page.textContent('.kpis h2'), /Year-end investment completion/);
  await page.reload();
  await page.waitForSelector('[data-kpi=urban] .kpi-value');
  assert.match(await page.textContent('h1'), /^Urban–Rural/);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the chart is drawn at device resolution on a devicePixelRatio 2 screen', async () => {
  const { page, context, problems } = await open({ deviceScaleFactor: 2 });
  const size = await page.$eval('canvas.chart', (c) => ({ w: c.width, h: c.height, cw: c.clientWidth, ch: c.clientHeight }));
  assert.equal(size.w, size.cw * 2);
  assert.equal(size.h, size.ch * 2);
  assert.deepEqual(problems, []);
  await context.close();
});
