// End to end: presenting a deck. A three-slide deck built in the decks tab
// is presented with the keyboard (what clickers send), a change is replayed,
// a lever is moved live and kept as a new slide (or dropped), the presenter's
// window follows, and the slide's type is measured for the back of a room.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startBrowser } from './serve-dist.mjs';
import { chartsDrawn, openApp } from './helpers.mjs';
import { busyDeck, funds, tab, threeSlideDeck } from './deck-helpers.mjs';

let browser, site, harness;

before(async () => {
  harness = await startBrowser();
  ({ browser, site } = harness);
});
after(async () => harness?.close());

const open = (context) => openApp(context, site.url);

const slideTitle = (page) => page.textContent('.presentation .slide-title');
const kpi = (page, id) => page.textContent(`.presentation [data-kpi=${id}] .kpi-value`);
const onSlide = (page, title) => page.waitForFunction((t) => document.querySelector('.presentation .slide-title')?.textContent === t, title);

test('a three-slide deck presented with the keyboard: each slide shows its own scenario; replay; live change kept or dropped', async () => {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  context.setDefaultTimeout(10000);
  const { page, problems } = await open(context);
  await threeSlideDeck(page);
  // What the planner was editing comes back after.
  await tab(page, '政策杠杆');
  await funds(page, 3500);
  await tab(page, '演示稿');
  const editing = await page.textContent('[data-kpi=overall] .kpi-value');

  await page.click('button.present');
  await page.waitForSelector('.presentation');
  await onSlide(page, '一');
  assert.equal(await page.textContent('.presentation .slide-count'), '1 / 3');
  const first = await kpi(page, 'overall');
  // → (and PageDown, what a clicker sends) step forward; ← and PageUp back.
  await page.keyboard.press('ArrowRight');
  await onSlide(page, '二');
  const second = await kpi(page, 'overall');
  assert.notEqual(second, first, 'the second slide shows its own scenario');
  await page.keyboard.press('PageDown');
  await onSlide(page, '三');
  const third = await kpi(page, 'overall');
  assert.notEqual(third, second);
  // At the end PageDown stays on 三: the PageUp after it then shows 二 (had it
  // wrapped round to 一, or left, PageUp could not show 二). Keys are handled
  // in order, so no wait is needed between them.
  await page.keyboard.press('PageDown');
  await page.keyboard.press('PageUp');
  await onSlide(page, '二');
  assert.equal(await kpi(page, 'overall'), second, 'back to the same numbers');
  assert.match(await page.textContent('.presentation .slide-changed'), /3800/, 'what changed says the lever and its value');

  // Replay: the state before the last change (slide 三) for a moment, then slide 二 again.
  await page.keyboard.press('r');
  await page.waitForSelector('.presentation .replay-badge');
  assert.equal(await kpi(page, 'overall'), third, 'during the pause the KPIs show the state before the change');
  await page.waitForSelector('.presentation .replay-badge', { state: 'detached', timeout: 5000 });
  assert.equal(await kpi(page, 'overall'), second);

  // Live what-if: open the levers (L), move one, keep it as a new slide after this one.
  await page.keyboard.press('l');
  await page.waitForSelector('.live-levers #lever-plan_funds_bn');
  await funds(page, 3000);
  await page.waitForSelector('.presentation .live-badge');
  const live = await kpi(page, 'overall');
  assert.notEqual(live, second);
  // Replay a live change: the slide as it was before it, then the change again.
  await page.click('.presentation .slide-title'); // out of the lever's entry box: keys work again
  await page.keyboard.press('r');
  await page.waitForSelector('.presentation .replay-badge');
  assert.equal(await kpi(page, 'overall'), second, 'during the pause: the slide before the live change');
  await page.waitForSelector('.presentation .replay-badge', { state: 'detached', timeout: 5000 });
  assert.equal(await kpi(page, 'overall'), live);
  await page.click('.live-keep');
  await page.waitForFunction(() => document.querySelector('.presentation .slide-count')?.textContent === '3 / 4');
  assert.equal(await slideTitle(page), '二（现场调整）');
  assert.equal(await kpi(page, 'overall'), live, 'the kept slide shows the live change');
  assert.equal(await page.$('.presentation .live-badge'), null);
  // A live change dropped: the slide's own numbers again.
  await funds(page, 3100);
  await page.waitForSelector('.presentation .live-badge');
  await page.click('.live-drop');
  await page.waitForSelector('.presentation .live-badge', { state: 'detached' });
  assert.equal(await kpi(page, 'overall'), live);
  await page.click('.live-levers .live-close'); // close the drawer, so keys step again

  // Home / End, then Esc leaves: the edited scenario is back, the deck has 4 slides.
  await page.keyboard.press('End');
  await onSlide(page, '三');
  await page.keyboard.press('Home');
  await onSlide(page, '一');
  await page.keyboard.press('Escape');
  await page.waitForSelector('.presentation', { state: 'detached' });
  assert.equal(await page.textContent('[data-kpi=overall] .kpi-value'), editing);
  await tab(page, '演示稿');
  assert.deepEqual(await page.$$eval('.slide-item .slide-title', (xs) => xs.map((x) => x.value)), ['一', '二', '二（现场调整）', '三']);
  assert.deepEqual(problems, []);
  await context.close();
});

test('the presenter window follows the slides and steps them, with the note and the next title', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  context.setDefaultTimeout(10000);
  const { page, problems } = await open(context);
  await threeSlideDeck(page);
  await page.click('button.present');
  await onSlide(page, '一');
  const [presenter] = await Promise.all([context.waitForEvent('page'), page.click('.slide-presenter')]);
  await presenter.waitForSelector('.presenter-title');
  assert.equal(await presenter.textContent('.presenter-title'), '一');
  assert.equal(await presenter.textContent('.presenter-next'), '二');
  assert.match(await presenter.textContent('.presenter-timer'), /^\d\d:\d\d$/);
  await page.keyboard.press('ArrowRight');
  await presenter.waitForFunction(() => document.querySelector('.presenter-title')?.textContent === '二');
  assert.match(await presenter.textContent('.presenter-note'), /先请大家猜/);
  // A key in the presenter's window steps the presentation.
  await presenter.keyboard.press('PageDown');
  await onSlide(page, '三');
  await presenter.waitForFunction(() => document.querySelector('.presenter-title')?.textContent === '三');
  assert.match(await presenter.textContent('.presenter-next'), /最后一页/);
  // A live change kept as a new slide: the presenter's window has it at once.
  await page.keyboard.press('l');
  await page.waitForSelector('.live-levers #lever-plan_funds_bn');
  await funds(page, 3000);
  await page.click('.live-keep');
  await onSlide(page, '三（现场调整）');
  await presenter.waitForFunction(() => document.querySelector('.presenter-title')?.textContent === '三（现场调整）');
  assert.equal(await presenter.textContent('.presenter-count'), '4 / 4');
  assert.match(await presenter.textContent('.presenter-next'), /最后一页/);
  await page.click('.live-levers .live-close');
  await page.keyboard.press('Home');
  await presenter.waitForFunction(() => document.querySelector('.presenter-title')?.textContent === '一');
  assert.equal(await presenter.textContent('.presenter-next'), '二');
  assert.deepEqual(problems, []);
  await context.close();
});

/** Sizes on the slide: the smallest text, KPI values, canvas axis text, and anything that leaves its box. */
const measure = (page) => page.evaluate(() => {
  const root = document.querySelector('.presentation');
  let smallest = Infinity, where = '';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const el = node.parentElement;
    if (!node.textContent.trim() || el.closest('.live-levers')) continue;
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden' || !el.getClientRects().length) continue;
    const size = parseFloat(style.fontSize);
    if (el.closest('.kpi-value')) continue;
    if (size < smallest) { smallest = size; where = `${el.className}: ${node.textContent.trim().slice(0, 30)}`; }
  }
  const kpiValues = [...root.querySelectorAll('.kpi-value')].map((v) => parseFloat(getComputedStyle(v).fontSize));
  // Canvas text: the back canvases record every label they draw (css px boxes, height = 1.2 × font size).
  const axis = [...root.querySelectorAll('canvas.plot')].flatMap((c) => JSON.parse(c.getAttribute('data-labels') || '[]')).map((l) => l.label[3] / 1.2);
  const overflowing = [...root.querySelectorAll('.slide-summary, .kpi, .slide-changed, .slide-head, .chart-card')]
    .filter((e) => e.scrollHeight > e.clientHeight + 1 || e.scrollWidth > e.clientWidth + 1)
    .map((e) => e.className);
  const outside = [...root.querySelectorAll('*')].filter((e) => {
    const r = e.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && (r.bottom > innerHeight + 0.5 || r.right > innerWidth + 0.5) && !e.closest('.live-levers');
  }).map((e) => e.className || e.tagName);
  // Text over text: the DOM's text boxes (as layout.test.mjs checks them) and the charts' canvas labels.
  const overlaps = [];
  const boxes = [];
  const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (texts.nextNode()) {
    const node = texts.currentNode;
    if (!node.textContent.trim() || node.parentElement.closest('.live-levers, .readout')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const r of range.getClientRects()) if (r.width >= 1 && r.height >= 1) boxes.push({ node, text: node.textContent.trim().slice(0, 30), r });
  }
  boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => {
    const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
    const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
    if (a.node !== b.node && w > 2 && h > 0.4 * Math.min(a.r.height, b.r.height)) overlaps.push(`"${a.text}" overlaps "${b.text}"`);
  }));
  for (const back of root.querySelectorAll('canvas.plot')) {
    const labels = JSON.parse(back.dataset.labels || '[]').map((l) => ({ text: l.text, x: l.label[0], y: l.label[1], r: l.label[0] + l.label[2], b: l.label[1] + l.label[3] }));
    labels.forEach((l, i) => {
      if (l.x < -0.5 || l.y < -0.5 || l.r > back.clientWidth + 0.5 || l.b > back.clientHeight + 0.5) overlaps.push(`"${l.text}" leaves its chart`);
      labels.slice(i + 1).forEach((m) => {
        if (l.x < m.r - 0.5 && m.x < l.r - 0.5 && l.y < m.b - 0.5 && m.y < l.b - 0.5) overlaps.push(`chart: "${l.text}" overlaps "${m.text}"`);
      });
    });
  }
  const sentences = [...root.querySelectorAll('.slide-summary li')].map((li) => li.dataset.topic);
  return { smallest, where, kpiValues, axis: Math.min(...axis), overflowing, outside, overlaps, sentences };
});

for (const [w, h, scale] of [[1920, 1080, 1], [1280, 720, 2 / 3]]) {
  test(`type for the back of the room at ${w}×${h}, both languages: KPI values ≥ ${Math.round(56 * scale)} px, text ≥ ${Math.round(24 * scale)} px, axis ≥ ${Math.round(20 * scale)} px, nothing cut off or overlapping`, async () => {
    const context = await browser.newContext({ viewport: { width: w, height: h } });
    context.setDefaultTimeout(10000);
    const { page, problems } = await open(context);
    await busyDeck(page); // its second slide changes money and every policy lever: the longest slide
    for (const lang of ['zh', 'en']) {
      if (lang === 'en') {
        await page.click('button.lang-toggle');
        await page.waitForFunction(() => document.documentElement.lang === 'en');
      }
      await page.click('.slide-item[data-slide="1"] button:nth-child(1)'); // present from slide 2
      // The lines have moved and the band for this slide has come: the slide's
      // KPIs carry a current band only once the move is over (present.rs),
      // then the charts are drawn with it at their size.
      await page.waitForSelector('.presentation .kpis[data-band-current=true]');
      await chartsDrawn(page);
      const m = await measure(page);
      assert.ok(m.smallest >= 24 * scale - 0.01, `${lang}: smallest text ${m.smallest} px (${m.where})`);
      assert.ok(Math.min(...m.kpiValues) >= 56 * scale - 0.01, `${lang}: KPI values ${m.kpiValues}`);
      assert.ok(m.axis >= 20 * scale - 0.01, `${lang}: axis labels ${m.axis} px`);
      assert.deepEqual(m.overflowing, [], `${lang}: text cut off`);
      assert.deepEqual(m.outside, [], `${lang}: past the screen`);
      assert.deepEqual(m.overlaps, [], `${lang}: text over text`);
      assert.ok(m.sentences.includes('cost'), `${lang}: the summary keeps the money and its cost (${m.sentences})`);
      await page.keyboard.press('Escape');
      await page.waitForSelector('.presentation', { state: 'detached' });
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}
