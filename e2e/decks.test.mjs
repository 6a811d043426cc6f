// End to end: building a deck for a meeting in the decks tab (slides from
// the current and saved scenarios, order, titles, notes), keeping it over a
// reload, exporting it and importing it elsewhere. Presenting it: present.test.mjs.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { startBrowser, APP_READY } from './serve-dist.mjs';
import { openApp } from './helpers.mjs';

let browser, site, harness;

before(async () => {
  harness = await startBrowser();
  ({ browser, site } = harness);
});
after(async () => harness?.close());

const open = (context) => openApp(context, site.url);

const tab = (page, name) => page.click(`button[role=tab]:has-text("${name}")`);

/** Move a lever as a drag does, from the levers tab, and come back to the decks. */
async function drag(page, id, value, back = '演示稿') {
  await tab(page, '政策杠杆');
  await page.$eval(`#${id}`, (x, v) => {
    x.value = String(v);
    x.dispatchEvent(new Event('input', { bubbles: true }));
    x.dispatchEvent(new Event('change', { bubbles: true }));
  }, value);
  await tab(page, back);
}

const slideTitles = (page) => page.$$eval('.slide-item .slide-title', (xs) => xs.map((x) => x.value));
const slideCount = (page, n) => page.waitForFunction((n) => document.querySelectorAll('.slide-item').length === n, n);

test('a three-slide deck: built from the current and a saved scenario, ordered, titled, noted, kept over a reload', async () => {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, acceptDownloads: true });
  context.setDefaultTimeout(10000);
  const { page, problems } = await open(context);
  // A saved scenario to add later: faster execution.
  await drag(page, 'lever-execution_speed', 1.2, '情景库');
  await page.fill('#save-name', '快速推进');
  await page.click('.save-form button[type=submit]');
  await page.waitForSelector('.lib-entry');

  await tab(page, '演示稿');
  assert.match(await page.textContent('.decks'), /还没有演示稿/);
  await page.fill('#deck-title', '<b>常委会</b> 汇报');
  await page.click('.deck-form button[type=submit]');
  await page.waitForSelector('.deck-editor');
  assert.equal(await page.$eval('.deck-editor .deck-title', (x) => x.value), '<b>常委会</b> 汇报', 'markup stays text');
  assert.ok(await page.$eval('button.present', (b) => b.disabled), 'nothing to present yet');

  // Slide 1: the scenario on screen (execution 1.2); slide 2: the saved one; slide 3: execution 0.8 in 2027.
  await page.click('button:has-text("添加当前情景")');
  await slideCount(page, 1);
  await page.selectOption('.add-saved select', { label: '快速推进' });
  await page.click('.add-saved button');
  await slideCount(page, 2);
  await drag(page, 'lever-execution_speed', 0.8);
  await page.click('.segmented button:has-text("2027")');
  await page.click('button:has-text("添加当前情景")');
  await slideCount(page, 3);
  assert.match(await page.textContent('.slide-item[data-slide="2"] .entry-meta'), /2027/);

  // Titles and a note (change events, as typing then leaving the field does).
  for (const [i, title] of [[0, '当前安排'], [1, '加快推进'], [2, '推进放缓']]) {
    await page.fill(`.slide-item[data-slide="${i}"] .slide-title`, title);
    await page.press(`.slide-item[data-slide="${i}"] .slide-title`, 'Enter');
    await page.waitForFunction(([i, t]) => document.querySelector(`.slide-item[data-slide="${i}"] .slide-title`).value === t, [i, title]);
  }
  await page.fill('.slide-item[data-slide="2"] .slide-note', '先请大家猜：完成率会降多少？');
  await page.$eval('.slide-item[data-slide="2"] .slide-note', (x) => x.dispatchEvent(new Event('change', { bubbles: true })));
  // Reorder: the slow one first.
  await page.click('.slide-item[data-slide="2"] button[aria-label^="上移"]');
  await page.waitForFunction(() => document.querySelector('.slide-item[data-slide="1"] .slide-title').value === '推进放缓');
  await page.click('.slide-item[data-slide="1"] button[aria-label^="上移"]');
  await page.waitForFunction(() => document.querySelector('.slide-item[data-slide="0"] .slide-title').value === '推进放缓');
  assert.deepEqual(await slideTitles(page), ['推进放缓', '当前安排', '加快推进']);
  assert.ok(await page.$eval('.slide-item[data-slide="0"] button[aria-label^="上移"]', (b) => b.disabled));

  // Kept over a reload, notes included.
  await page.reload();
  await page.waitForSelector(APP_READY);
  await tab(page, '演示稿');
  await slideCount(page, 3);
  assert.deepEqual(await slideTitles(page), ['推进放缓', '当前安排', '加快推进']);
  assert.equal(await page.$eval('.slide-item[data-slide="0"] .slide-note', (x) => x.value), '先请大家猜：完成率会降多少？');

  // Exported as a file …
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('button:has-text("导出演示稿")')]);
  const file = JSON.parse(await readFile(await download.path(), 'utf8'));
  assert.equal(file.format, 'urban-rural-sim-deck');
  assert.deepEqual(file.deck.slides.map((x) => [x.title, x.scenario.levers.execution_speed, x.year_index]),
    [['推进放缓', 0.8, 2], ['当前安排', 1.2, 0], ['加快推进', 1.2, 0]]);
  assert.equal(file.deck.slides[0].note, '先请大家猜：完成率会降多少？');
  assert.match(file.deck.model_version, /^\d+\.\d+\.\d+$/);

  // … and read in another browser profile (another laptop) by the same button.
  const other = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const elsewhere = await open(other);
  await tab(elsewhere.page, '演示稿');
  await elsewhere.page.setInputFiles('.decks .file-button input', {
    name: 'deck.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)),
  });
  await slideCount(elsewhere.page, 3);
  assert.deepEqual(await slideTitles(elsewhere.page), ['推进放缓', '当前安排', '加快推进']);
  // A damaged deck file is refused with a message naming the slide, and nothing changes.
  const bad = structuredClone(file);
  bad.deck.id = 'other';
  bad.deck.slides[1].scenario.levers.execution_speed = -3;
  await elsewhere.page.setInputFiles('.decks .file-button input', {
    name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)),
  });
  await elsewhere.page.waitForSelector('.messages .error, .messages [role=alert]');
  assert.match(await elsewhere.page.textContent('.messages'), /第 2 张幻灯片/);
  assert.equal(await elsewhere.page.$$eval('.deck-pick', (xs) => xs.length), 1);
  assert.deepEqual(elsewhere.problems, []);
  await other.close();

  // Printed from the deck: the handout has a page per slide, in the deck's order.
  await page.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });
  await page.click('.deck-actions button.print-deck');
  await page.waitForSelector('.handout[data-ready=true]', { state: 'attached' });
  assert.equal(await page.evaluate(() => window.__printed), 1, 'print asked for once');
  const pages = await page.$$eval('.handout .handout-page', (ps) => ps.map((p) => p.textContent));
  assert.equal(pages.length, 3, 'a page per slide');
  assert.ok(pages[0].includes('推进放缓') && pages[2].includes('加快推进'), pages.map((p) => p.slice(0, 40)).join(' | '));
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await page.waitForSelector('.handout', { state: 'detached' });

  // Remove a slide; delete asks to confirm.
  await page.click('.slide-item[data-slide="1"] button:has-text("移除")');
  await slideCount(page, 2);
  await page.click('button:has-text("删除演示稿")');
  await page.click('.deck-actions button.danger');
  await page.waitForSelector('.deck-editor', { state: 'detached' });
  assert.deepEqual(problems, []);
  await context.close();
});

/**
 * Render the page again while the focus stays where it is, as the band's
 * answer, a message clearing or another tab's storage do: the year is
 * changed by a click from script (element.click() moves no focus).
 */
async function renderAgain(page, year) {
  await page.$eval(`.segmented button:text-is("${year}")`, (b) => b.click());
  await page.waitForSelector(`.segmented button.on:text-is("${year}")`);
}

test('what a planner is typing in a deck title, a slide title or a note stays while the page renders for another reason, and is saved when they finish', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  context.setDefaultTimeout(10000);
  const { page, problems } = await open(context);
  await tab(page, '演示稿');
  await page.waitForSelector('#deck-title');

  // The new deck's title, typed, not yet submitted.
  await page.fill('#deck-title', '周五 汇报');
  await renderAgain(page, '2027');
  assert.equal(await page.inputValue('#deck-title'), '周五 汇报', 'the new title is not put back to the default');
  await page.click('.deck-form button[type=submit]');
  await page.waitForSelector('.deck-editor');
  assert.equal(await page.inputValue('.deck-editor .deck-title'), '周五 汇报');

  // A slide's title and note, typed, not yet finished (no Enter, no leaving the field).
  await page.click('button:has-text("添加当前情景")');
  await slideCount(page, 1);
  const title = '.slide-item[data-slide="0"] .slide-title';
  const note = '.slide-item[data-slide="0"] .slide-note';
  await page.fill(title, '加快推进');
  await renderAgain(page, '2028');
  assert.equal(await page.inputValue(title), '加快推进', 'the slide title being typed stays');
  await page.press(title, 'Enter');
  // Saved: the slide's buttons are named after its new title.
  await page.waitForFunction((t) => [...document.querySelectorAll('.slide-item .entry-actions button')].some((b) => b.getAttribute('aria-label')?.endsWith(t)), '加快推进');
  await page.fill(note, '先看收入比');
  await renderAgain(page, '2029');
  assert.equal(await page.inputValue(note), '先看收入比', 'the note being typed stays');
  await page.click('.deck-editor .deck-title'); // leaving the note saves it
  await page.reload();
  await tab(page, '演示稿');
  await page.waitForSelector('.deck-editor');
  assert.deepEqual([await page.inputValue('.deck-editor .deck-title'), await page.inputValue(title), await page.inputValue(note)], ['周五 汇报', '加快推进', '先看收入比'], 'all three kept over a reload');
  assert.deepEqual(problems, []);
  await context.close();
});
