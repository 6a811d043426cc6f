// End to end, issue 23 (branch details): what a careful planner notices —
// notices for the year on screen near the cards, exports named for what they
// hold, the comparison against the baseline on the first screen, and one
// number format per unit over everything the page prints.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startBrowser } from './serve-dist.mjs';
import { lever, tab } from './deck-helpers.mjs';
import { openInNewContext, chartsDrawn } from './helpers.mjs';

let browser, site, harness;

before(async () => {
  harness = await startBrowser();
  ({ browser, site } = harness);
});
after(async () => harness?.close());

// 强城 given 60 % of the ordinary funds: it reaches its capacity year after year.
const URBAN_60 = '#v=1;a.plan=0.6,0.37102,0.02898';

async function download(page, click) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(click)]);
  return { name: d.suggestedFilename(), text: (await readFile(await d.path())).toString('utf8') };
}

const year = (page, y) => page.click(`.segmented button:has-text("${y}")`);

test('the notices are those of the year on screen, under the KPI cards on the first screen', async () => {
  const { context, page, problems } = await openInNewContext(browser, site.url + URBAN_60);
  for (const y of ['2025', '2030']) {
    await year(page, y);
    await page.waitForFunction((y) => document.querySelector('.notices h2')?.textContent.includes(y), y);
    const notices = await page.$$eval('.notices li', (ls) => ls.map((l) => l.textContent));
    assert.ok(notices.length > 0, `notices in ${y}`);
    // The card's "未使用 X 亿元" and the notice's "X 亿元当年无法使用" are the
    // same money (before: 325.9 at 2030 beside a card of 340.4, the 2025 figure).
    for (const kpi of ['urban', 'rural', 'integration']) {
      const warn = await page.$eval(`[data-kpi=${kpi}]`, (k) => k.querySelector('.warn')?.textContent ?? '');
      const unspent = /未使用 ([\d,]+(\.\d)?) 亿元/.exec(warn)?.[1];
      if (!unspent) continue;
      const name = await page.$eval(`[data-kpi=${kpi}] .kpi-name, [data-kpi=${kpi}] h3`, (n) => n.textContent.trim()).catch(() => null);
      const told = notices.filter((n) => n.includes(`${unspent} 亿元`));
      assert.ok(told.length > 0, `${y} ${kpi} (${name}): ${unspent} 亿元 unspent, notices: ${notices.join(' | ')}`);
    }
  }
  // Near the cards: between the KPI strip and the charts, inside the first screen.
  const box = await page.$eval('.notices', (n) => n.getBoundingClientRect().top + scrollY);
  const kpis = await page.$eval('.kpis, .kpi-strip, [data-kpi]', (k) => k.getBoundingClientRect().top + scrollY);
  const charts = await page.$eval('.chart-grid', (c) => c.getBoundingClientRect().top + scrollY);
  assert.ok(kpis < box && box < charts && box < 720, `notices at ${box} px (cards ${kpis}, charts ${charts})`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('exports of an unsaved change are named as one, with the year and the time in the file name', async () => {
  const { context, page, problems } = await openInNewContext(browser, site.url, { acceptDownloads: true, timeout: 15000 });
  const csv0 = await download(page, 'button.export-csv');
  assert.match(csv0.name, /^浙江-2025_2025_table_\d{4}-\d\d-\d\d-\d{4}\.csv$/);
  await lever(page, 'execution_speed', 1.2);
  await year(page, '2030');
  const csv = await download(page, 'button.export-csv');
  // Before: 浙江-2025---Zhejiang-2025.csv, and "浙江 2025 / Zhejiang 2025" inside.
  assert.match(csv.name, /^未保存的情景-基于-浙江-2025_2030_table_\d{4}-\d\d-\d\d-\d{4}\.csv$/);
  assert.match(csv.text, /^\ufeff#,情景 \/ scenario,未保存的情景（基于 浙江 2025）\n/);
  const json = await download(page, 'button.export-json');
  assert.match(json.name, /^未保存的情景-基于-浙江-2025_2030_scenario_.*\.json$/);
  assert.equal(JSON.parse(json.text).exported.name, '未保存的情景（基于 浙江 2025）');
  await chartsDrawn(page);
  const png = await download(page, '.chart-card .png');
  assert.match(png.name, /^未保存的情景-基于-浙江-2025_.+@2x_.*\.png$|^未保存的情景-基于-浙江-2025_.+-2x_.*\.png$/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('compare: differences against the baseline, the table on the first screen, columns the planner can pick', async () => {
  const { context, page, problems } = await openInNewContext(browser, site.url, { viewport: { width: 1920, height: 1080 } });
  await lever(page, 'plan_funds_bn', 3744);
  await tab(page, '情景库');
  await page.check('.compare-fixed label:nth-child(2) input'); // current first
  await page.check('.compare-fixed label:nth-child(1) input'); // then the baseline
  await page.waitForSelector('.compare table');
  const head = await page.$$eval('.compare thead th', (ths) => ths.map((t) => [t.textContent, t.classList.contains('reference')]));
  const ref = head.findIndex(([, r]) => r);
  assert.ok(ref > 0 && head[ref][0].includes('基准'), `the baseline is the reference: ${JSON.stringify(head)}`);
  // Before: ~1,700 px down, below the summary.
  const top = await page.$eval('.compare', (c) => c.getBoundingClientRect().top + scrollY);
  assert.ok(top < 1080, `the table at ${top} px`);
  const table = await page.textContent('.compare table');
  assert.ok(table.includes('3,744.0 亿元') && !/3744\.000/.test(table), table.slice(0, 300));
  // Picking the other column moves the differences there.
  await page.click('.compare thead th:not(.reference) .pick-reference');
  await page.waitForFunction(() => document.querySelector('.compare thead th.reference')?.textContent.includes('当前'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('one number format per unit over everything the page prints, in both languages', async () => {
  for (const lang of ['zh', 'en']) {
    const { context, page, problems } = await openInNewContext(browser, site.url + URBAN_60, { lang, viewport: { width: 1920, height: 1080 } });
    await year(page, '2030');
    await page.$$eval('details', (ds) => ds.forEach((d) => { d.open = true; }));
    // Everything the app prints; docs/MODEL.md's own text (the English
    // reference under the generated parameter table) is the docs' wording.
    const text = await page.evaluate(() => {
      const article = document.querySelector('article.model-ref');
      if (article) article.hidden = true;
      const t = document.body.innerText;
      if (article) article.hidden = false;
      return t;
    });
    const ungrouped = text.match(/(?<![\d,.])\d{4,}(\.\d+)?\s?(亿元|元|bn\b|yuan)/g) ?? [];
    assert.deepEqual(ungrouped, [], `${lang}: amounts without thousands separators`);
    assert.deepEqual(text.match(/\d\.\d{6,}/g) ?? [], [], `${lang}: float noise`);
    assert.deepEqual(text.match(/(?<![\d.])1 (slides|scenarios|standards|levers)\b/g) ?? [], [], `${lang}: plurals`);
    assert.deepEqual(problems, []);
    await context.close();
  }
});

test('the analysis view is wide, says why in plain words, has a legend and follows the year on screen', async () => {
  const { context, page, problems } = await openInNewContext(browser, site.url + '#v=1;execution_speed=1.2;hukou_reform=1.6', { timeout: 20000 });
  await year(page, '2027');
  await page.click('button[role=tab]:has-text("分析")');
  await page.waitForSelector('.waterfall tr.contribution');
  // Before: ~330 px, 亿/元 split over lines.
  const width = await page.$eval('aside.levers', (a) => a.getBoundingClientRect().width);
  assert.ok(width >= 500, `the analysis panel is ${width} px wide`);
  const text = await page.textContent('.explain');
  assert.ok(text.includes('为什么变了') && text.includes('各项贡献') && !text.includes('Shapley'), text.slice(0, 200));
  assert.equal(await page.locator('.explain-legend .bar').count(), 2, 'a legend for the bars');
  assert.equal(await page.$eval('.explain-year', (s) => s.value), '2027', 'the year on screen');
  await page.selectOption('.explain-year', '2029');
  await page.waitForFunction(() => document.querySelector('.kpis .kpi-year')?.textContent.includes('2029'));
  // The interaction's bar stands beside its value, in the one-at-a-time column.
  assert.equal(await page.locator('.waterfall tr.interaction td.alone-cell .bar').count(), 1);
  assert.equal(await page.locator('.waterfall tr.interaction td.bar-cell .bar').count(), 0);
  assert.deepEqual(problems, []);
  await context.close();
});

test('at 1280 px each chart header keeps PNG and SVG on one line', async () => {
  const { context, page, problems } = await openInNewContext(browser, site.url, { viewport: { width: 1280, height: 720 } });
  await chartsDrawn(page);
  const rows = await page.$$eval('.chart-card .legend', (ls) => ls.map((l) => {
    const [png, svg] = ['.png', '.svg'].map((s) => l.querySelector(s).getBoundingClientRect());
    return Math.abs(png.top - svg.top);
  }));
  assert.ok(rows.length > 0 && rows.every((d) => d < 2), `PNG and SVG tops differ by ${rows} px`);
  assert.deepEqual(problems, []);
  await context.close();
});
