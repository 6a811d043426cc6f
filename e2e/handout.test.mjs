// End to end: what leaves the app carries its stamp — the CSV, the scenario
// JSON and a chart's PNG and SVG (downloads), and the printed handout (page.pdf(),
// read back with poppler's pdftotext / pdfinfo, installed by
// scripts/setup.sh --with-browser). With HANDOUT_SHOTS=dir, the printed
// pages are also rendered to PNG there (pdftoppm) to look at.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBrowser } from './serve-dist.mjs';
import { makeDeck, tab } from './deck-helpers.mjs';
import { decodePng, openInNewContext } from './helpers.mjs';

let browser, site, harness, version;

before(async () => {
  harness = await startBrowser();
  ({ browser, site } = harness);
  version = JSON.parse(execFileSync('cargo', ['run', '-q', '--bin', 'urs', '--', '--builtin', 'zhejiang-2025', '--json']).toString()).model_version;
});
after(async () => harness?.close());

const LINK = '#v=1;m=1.2.0;n=%E5%85%B4%E6%9D%91%E4%BC%98%E5%85%88;hukou_reform=1.6;credit_take_up=0.057988721804511284;plan_funds_bn=360';

async function open(lang = 'zh', hash = LINK) {
  const { context, page, problems } = await openInNewContext(browser, site.url + hash, {
    viewport: { width: 1920, height: 1080 }, acceptDownloads: true, timeout: 15000, lang,
  });
  // The browser's print dialog would block: count the calls instead.
  await page.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });
  return { context, page, problems };
}

async function download(page, click) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(click)]);
  return { name: d.suggestedFilename(), bytes: await readFile(await d.path()) };
}

test('the CSV and the scenario JSON carry name, stamp and changed settings, with numbers rounded', async () => {
  const { context, page, problems } = await open();
  const csv = (await download(page, 'button.export-csv')).bytes.toString('utf8');
  assert.match(csv, /^\ufeff#,情景 \/ scenario,兴村优先\n/);
  assert.match(csv, /\n#,导出时间 \/ exported,\d{4}-\d\d-\d\d \d\d:\d\d\n/);
  assert.ok(csv.includes(`\n#,模型版本 / model version,${version}\n`), 'model version');
  assert.match(csv, /\n#,数据版本 \/ data version,zhejiang-2025 2025-07-05 #[0-9a-f]{8}\n/);
  assert.match(csv, /\n#,程序版本 \/ app version,\d+\.\d+\.\d+\n/);
  // The changed lever with both values, as a percent with one decimal.
  assert.match(csv, /\n#,改动 \/ changed,credit_take_up,[^,]+,[^,]+,\d+\.\d,5\.8,%\n/);
  // In 亿元 as on screen: a Chinese export (issue 23, item 5).
  assert.match(csv, /\n#,改动 \/ changed,plan_funds_bn,[^,]+,[^,]+,3244\.0,3600\.0,亿元\n/);
  assert.match(csv, /\n城乡居民收入比,Urban–rural income ratio,2030,,\d\.\d{3},\d\.\d{3},ratio\n/);
  // The table and the settings: no number with more than three decimals (the
  // sentences in words may give a fourth next to a target, as on screen).
  const numbers = csv.split('\n').filter((l) => !/^\ufeff?#,(要点|in words|数据版本)/.test(l)).join('\n');
  assert.ok(!/\d\.\d{4,}/.test(numbers), `no float noise: ${/.*\d\.\d{4,}.*/.exec(numbers)}`);
  const json = JSON.parse((await download(page, 'button.export-json')).bytes.toString('utf8'));
  assert.equal(json.format_version, 2);
  assert.equal(json.levers.credit_take_up, 0.057988721804511284, 'the scenario itself stays exact');
  assert.equal(json.exported.name, '兴村优先');
  assert.equal(json.exported.model_version, version);
  assert.match(json.exported.data_version, /^zhejiang-2025 2025-07-05 #[0-9a-f]{8}$/);
  assert.match(json.exported.made_at, /^\d{4}-\d\d-\d\d \d\d:\d\d$/);
  const takeUp = json.exported.changed.find((c) => c.id === 'credit_take_up');
  assert.deepEqual([takeUp.scenario, takeUp.unit, takeUp.kind], [5.8, '%', 'lever']);
  // The address carries the data digest too.
  assert.match(page.url(), /#v=1;m=[\d.]+;d=[0-9a-f]{8};/);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a chart PNG carries title, scenario, year, legend and stamp, drawn at 2x', async () => {
  const { context, page, problems } = await open('en');
  // The band (and its legend entry) first: the SVG and the legend compared below are then of one state.
  const css = await page.$eval('#chart-income-ratio canvas.plot', (c) => ({ w: c.clientWidth, h: c.clientHeight }));
  const png = await download(page, '#chart-income-ratio .png');
  if (process.env.HANDOUT_SHOTS) await writeFile(join(process.env.HANDOUT_SHOTS, "chart-en.png"), png.bytes);
  const img = decodePng(png.bytes);
  assert.equal(img.width, css.w * 2);
  assert.ok(img.height > css.h * 2 + 200, `room for the title, legend and stamp: ${img.height} vs ${css.h * 2}`);
  // Dark text in the title band (top 60 px) and in the stamp band (bottom 40 px).
  assert.ok(img.dark(0, 0, img.width, 60) > 300, 'a title');
  assert.ok(img.dark(0, img.height - 40, img.width, img.height) > 200, 'a stamp');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a chart SVG carries the same title, scenario, legend and stamp as the PNG, as vector lines and text', async () => {
  const { context, page, problems } = await open('en');
  const css = await page.$eval('#chart-income-ratio canvas.plot', (c) => ({ w: c.clientWidth, h: c.clientHeight }));
  const svg = await download(page, '#chart-income-ratio .svg');
  // Named for the scenario, the years, the chart and the time (issue 23, item 4).
  assert.match(svg.name, /^兴村优先_\d{4}-\d{4}_income-ratio_\d{4}-\d\d-\d\d-\d{4}\.svg$/);
  const text = svg.bytes.toString('utf8');
  if (process.env.HANDOUT_SHOTS) await writeFile(join(process.env.HANDOUT_SHOTS, 'chart-en.svg'), text);
  // Parsed by the browser's own XML parser, then drawn as an image.
  const read = await page.evaluate(async (source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const root = doc.documentElement;
    const img = new Image();
    img.src = URL.createObjectURL(new Blob([source], { type: 'image/svg+xml' }));
    await img.decode();
    return {
      error: doc.getElementsByTagName('parsererror').length,
      root: root.localName,
      width: Number(root.getAttribute('width')),
      texts: [...doc.querySelectorAll('text')].map((t) => t.textContent.trim()),
      lines: [...doc.querySelectorAll('polyline')].filter((l) => l.getAttribute('stroke-width') === '3').length,
      drawn: img.naturalWidth,
    };
  }, text);
  assert.equal(read.error, 0, 'well-formed');
  assert.equal(read.root, 'svg');
  assert.equal(read.width, css.w, 'one SVG unit per css px, at the size on screen');
  assert.ok(read.drawn > 0, 'the browser draws it');
  // The series' legend entries; the band's entry comes and goes with the
  // worker's answers (a band for this scenario, then with its differences),
  // so it is checked only when the SVG was made with a band.
  const legend = (await page.$$eval('#chart-income-ratio .legend-item', (items) => items.map((i) => i.textContent.trim())))
    .filter((item) => !/80 %/.test(item) || read.texts.some((t) => /80 %/.test(t)));
  for (const expected of ['Urban–rural income ratio', ...legend, '— scenario  ┄ baseline']) {
    assert.ok(read.texts.includes(expected), `"${expected}" in ${JSON.stringify(read.texts)}`);
  }
  assert.ok(read.texts.some((t) => t.startsWith('兴村优先 · ')), 'the scenario and years');
  assert.ok(read.texts.some((t) => t.includes(`model ${version}`)), 'the stamp');
  assert.ok(read.lines >= 1, 'the scenario line as a vector path');
  assert.deepEqual(problems, []);
  await context.close();
});

function pdfText(bytes, dir, name) {
  const file = join(dir, `${name}.pdf`);
  return writeFile(file, bytes).then(() => ({
    file,
    pages: Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file]).toString())[1]),
    text: execFileSync('pdftotext', ['-layout', file, '-']).toString(),
  }));
}

/** Ask for the print (`start`), check the handout, print it to PDF. */
async function printToPdf(page, start) {
  await start();
  await page.waitForSelector('.handout[data-ready=true]', { state: 'attached' });
  assert.ok(await page.evaluate(() => window.__printed) >= 1, 'print was asked for once the charts were drawn');
  const widths = await page.$$eval('.handout-chart img', (imgs) => imgs.map((i) => i.naturalWidth));
  const legends = await page.$$eval('.handout-chart .legend', (ls) => ls.map((l) => l.textContent));
  // Laid out for print (sizes in mm), no page's text is cut off.
  await page.emulateMedia({ media: 'print' });
  const clipped = await page.$$eval('.handout-text', (cols) => cols.map((c) => c.scrollHeight - c.clientHeight));
  await page.emulateMedia({ media: null });
  assert.ok(clipped.length > 0 && clipped.every((d) => d <= 1), `text cut off at the foot of a page: ${clipped} px`);
  return { bytes: await page.pdf({ preferCSSPageSize: true, printBackground: true }), widths, legends };
}

async function shots(file, name) {
  const dir = process.env.HANDOUT_SHOTS;
  if (dir) execFileSync('pdftoppm', ['-png', '-r', '80', file, join(dir, name)]);
}

for (const lang of ['zh', 'en']) {
  test(`print (${lang}): one A4 landscape page with title, year, date, summary, changed settings, charts and stamp`, async () => {
    const { context, page, problems } = await open(lang);
    await page.click('.segmented[role=group] button.seg:nth-of-type(3)');
    const dir = await mkdtemp(join(tmpdir(), 'handout-'));
    const { bytes, widths } = await printToPdf(page, () => page.click('button.print'));
    const pdf = await pdfText(bytes, dir, `current-${lang}`);
    assert.equal(pdf.pages, 1);
    const info = execFileSync('pdfinfo', [pdf.file]).toString();
    const [, w, h] = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(info);
    assert.ok(Number(w) > Number(h) && Math.abs(Number(w) - 842) < 2, `A4 landscape: ${w} x ${h}`);
    const text = pdf.text.replace(/\s+/g, ' ');
    const t = lang === 'zh'
      ? { year: '2027 年', printed: '打印于', summary: '本情景要点', changed: '改动的设置', stamp: '程序 ', model: `模型 ${version}`, chart: '城乡居民收入比' }
      : { year: '2027', printed: 'printed', summary: 'In words', changed: 'Changed settings', stamp: 'App ', model: `model ${version}`, chart: 'Urban–rural income ratio' };
    for (const want of ['兴村优先', t.year, t.printed, t.summary, t.changed, t.stamp, t.model, 'zhejiang-2025 2025-07-05', t.chart]) {
      assert.ok(text.includes(want), `the page says “${want}”: ${text.slice(0, 400)}`);
    }
    assert.match(text, /\d{4}-\d\d-\d\d \d\d:\d\d/, 'the date and time');
    assert.match(text, /324\.40 bn|3,244\.0 亿元/, 'the changed money lever, baseline value');
    // Crisp: the images are drawn for print at 3 device pixels per css pixel and
    // 1.35 × their printed size: an 80 mm wide chart is over 1,200 pixels wide.
    assert.ok(widths.length >= 1 && widths.every((w) => w >= 1200), `chart images drawn for print: ${widths}`);
    await shots(pdf.file, `handout-${lang}`);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('print a deck: one page per slide, each with its title and year', async () => {
  const json = JSON.parse(execFileSync('cargo', ['run', '-q', '--bin', 'urs', '--', '--print-builtin', 'zhejiang-2025']).toString());
  const slide = (title, year_index, edit) => {
    const scenario = structuredClone(json);
    edit(scenario);
    return { title, note: '', year_index, scenario };
  };
  const deck = {
    id: 'd-print', title: '季度会议', saved_at: '2026-11-28T10:00:00Z', model_version: version,
    slides: [
      slide('第一张：基准', 0, () => {}),
      slide('第二张：加快执行', 2, (s) => { s.name = '加快执行'; s.levers.execution_speed = 1.3; }),
      slide('第三张：兴村', 5, (s) => { s.name = '兴村'; s.levers.plan_funds_bn = 360; }),
    ],
  };
  const { context, page, problems } = await open('zh', '');
  await page.evaluate((d) => localStorage.setItem('urban-rural-sim.deck.d-print', JSON.stringify(d)), deck);
  await page.reload();
  await page.waitForSelector('select.print-deck');
  await page.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });
  const dir = await mkdtemp(join(tmpdir(), 'handout-'));
  const printed = await printToPdf(page, () => page.selectOption('select.print-deck', 'd-print'));
  const pdf = await pdfText(printed.bytes, dir, 'deck');
  assert.equal(pdf.pages, 3);
  const pages = pdf.text.split('\f').map((p) => p.replace(/\s+/g, ' '));
  const expect = [['第一张：基准', '2025 年'], ['第二张：加快执行', '2027 年'], ['第三张：兴村', '2030 年']];
  expect.forEach(([title, year], i) => {
    assert.ok(pages[i].includes(title) && pages[i].includes(year), `page ${i + 1}: ${pages[i].slice(0, 200)}`);
    assert.ok(pages[i].includes(`模型 ${version}`) && pages[i].includes(`${i + 1}/3`), `page ${i + 1} stamp`);
  });
  // The built-in assumptions on every slide: no built-in line on any page.
  const legends = printed.legends;
  assert.ok(legends.length >= 3 && legends.every((l) => !l.includes('内置情景')), `legends: ${legends}`);
  await shots(pdf.file, 'handout-deck');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the screen, the slides and the handout draw the built-in line when the assumptions differ, and only then', async () => {
  const { context, page, problems } = await open('zh', '');
  const builtin = '内置情景';
  assert.doesNotMatch(await page.textContent('#chart-income-ratio .legend'), new RegExp(builtin), 'the built-in assumptions');
  await tab(page, '假设与数据');
  await page.fill('[data-param=income_ratio_decline] input.entry', '1.8');
  await page.press('[data-param=income_ratio_decline] input.entry', 'Enter');
  await page.waitForFunction((b) => document.querySelector('#chart-income-ratio .legend').textContent.includes(b), builtin);
  // The handout of the scenario on screen: every line chart has the grey line.
  const printed = (await printToPdf(page, () => page.click('button.print'))).legends;
  assert.ok(printed.length >= 1 && printed.every((l) => l.includes(builtin)), `handout legends: ${printed}`);
  // A slide of it: the same.
  await makeDeck(page, '假设', [{ title: '假设不同', funds: 3244 }]);
  await page.click('button.present');
  await page.waitForSelector('.presentation .slide-charts .legend');
  const slides = await page.$$eval('.presentation .slide-charts .legend', (ls) => ls.map((l) => l.textContent));
  assert.ok(slides.length >= 1 && slides.every((l) => l.includes(builtin)), `slide legends: ${slides}`);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a print the browser starts (Ctrl+P) prints the handout too, with its charts', async () => {
  const { context, page, problems } = await open('zh');
  const dir = await mkdtemp(join(tmpdir(), 'handout-'));
  // No click: page.pdf() fires beforeprint as the browser's own print does.
  const pdf = await pdfText(await page.pdf({ preferCSSPageSize: true, printBackground: true }), dir, 'browser');
  assert.equal(pdf.pages, 1);
  const text = pdf.text.replace(/\s+/g, ' ');
  assert.ok(text.includes('本情景要点') && text.includes(`模型 ${version}`), text.slice(0, 300));
  // The charts are in: each chart image is a PDF image.
  const images = execFileSync('pdfimages', ['-list', pdf.file]).toString().trim().split('\n').length - 2;
  assert.ok(images >= 2, `chart images in the PDF: ${images}`);
  assert.equal(await page.evaluate(() => window.__printed), 0, 'no second print dialog');
  await shots(pdf.file, 'handout-browser');
  assert.deepEqual(problems, []);
  await context.close();
});
