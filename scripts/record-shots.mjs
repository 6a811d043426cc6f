// Screenshots of what branch `record` changed (issues 19 and 23), from the
// release build: the KPI strip in 2025 and 2030 with a changed lever (the
// change's 80 % range, targets in their years, 预计, latest published), the
// income-ratio chart's legend with the scenario's and the baseline's bands,
// and the record chart above the model reference. Both languages.
//   node scripts/record-shots.mjs [outdir]
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveDist, CHROMIUM_ARGS, APP_READY } from '../e2e/serve-dist.mjs';

const out = process.argv[2] ?? 'docs/screenshots/record';
await mkdir(out, { recursive: true });
const site = await serveDist(fileURLToPath(new URL('../dist/', import.meta.url)));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
for (const lang of ['zh', 'en']) {
  for (const [width, height] of [[1920, 1080], [1280, 720], [390, 844]]) {
    const context = await browser.newContext({ viewport: { width, height } });
    context.setDefaultTimeout(30000);
    await context.addInitScript((l) => localStorage.setItem('urban-rural-sim.lang', JSON.stringify(l)), lang);
    const page = await context.newPage();
    await page.goto(site.url);
    await page.waitForSelector(APP_READY);
    // A changed lever: 30 % more ordinary funds.
    const box = '[data-param=plan_funds_bn] input.entry';
    await page.fill(box, '4217');
    await page.press(box, 'Enter');
    await page.waitForSelector('.kpi-range');
    await page.locator('section.kpis').screenshot({ path: `${out}/${lang}-${width}-kpis-2025.png` });
    // The last year, and the baseline's band too.
    await page.click('header button.seg:has-text("2030")');
    await page.click('header button.baseline-band');
    await page.waitForFunction(() => document.querySelector('.kpi .kpi-year').textContent === '2030');
    await page.waitForSelector('[data-kpi=income-ratio] .kpi-range');
    await page.locator('section.kpis').screenshot({ path: `${out}/${lang}-${width}-kpis-2030.png` });
    await page.waitForTimeout(500);
    const ratio = page.locator('#chart-income-ratio').first();
    if (await ratio.count()) await ratio.screenshot({ path: `${out}/${lang}-${width}-income-ratio.png` });
    // The record chart above the model reference.
    const model = page.locator('details.panel', { hasText: lang === 'zh' ? '模型' : 'Model' }).last();
    await model.locator('summary').click();
    await page.waitForSelector('#record-chart canvas');
    await page.waitForTimeout(300);
    await page.locator('#record-chart').screenshot({ path: `${out}/${lang}-${width}-record.png` });
    console.log(lang, width, 'done');
    await context.close();
  }
}
await browser.close();
site.server.close();
