// End to end: presenting a deck. A three-slide deck built in the decks tab
// is presented with the keyboard (what clickers send), a change is replayed,
// a lever is moved live and kept as a new slide (or dropped), the presenter's
// window follows, and the slide's type is measured for the back of a room.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startBrowser } from './serve-dist.mjs';
import { chartsDrawn, openApp } from './helpers.mjs';
import { busyDeck, funds, measure, tab, threeSlideDeck } from './deck-helpers.mjs';

let browser, site, harness;

before(async () => {
  harness = await startBrowser();
  ({ browser, site } = harness);
});
after(async () => harness?.close());

const open = (context) => openApp(context, site.url);

const slideTitle = (page) => page.textContent('.presentation .slide-title');
const kpi = (page, id) => page.textContent(`.presentation [data-kpi=${id}] .kpi-value`);
/** Two animation frames: what a key did is on screen (no fixed wait). */
const frames = (page) => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
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
  assert.match(await page.textContent('.presentation .slide-changed'), /3,?800/, 'what changed says the lever and its value');

  // Replay: the state before this slide's change (slide 一, though we came from 三), then slide 二 again.
  await page.keyboard.press('r');
  await page.waitForSelector('.presentation[data-replay=before]');
  assert.equal(await kpi(page, 'overall'), first, 'during the pause the KPIs show the state before the change');
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
  await page.waitForSelector('.presentation[data-replay=before]');
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
  // This slide's key numbers (its cards) and a preview of the next slide's.
  const numbers = (cls) => presenter.$$eval(`.presenter-numbers.${cls} dd`, (xs) => xs.map((x) => x.textContent));
  const cards = await page.$$eval('.presentation .kpi .kpi-value', (xs) => xs.map((x) => x.textContent));
  await presenter.waitForFunction((n) => document.querySelectorAll('.presenter-numbers.now dd').length === n, cards.length);
  assert.deepEqual((await numbers('now')).map((v) => v.split(' · ')[0]), cards, 'the slide\'s cards');
  const preview = await numbers('next');
  assert.ok(preview.length > 0, 'the next slide\'s key numbers');
  // Its "next" button steps the presentation; the preview becomes the slide.
  await presenter.click('.presenter-next-button');
  await onSlide(page, '二');
  await presenter.waitForFunction(() => document.querySelector('.presenter-title')?.textContent === '二');
  assert.deepEqual(await numbers('now'), preview, 'the preview showed the next slide\'s own numbers');
  assert.match(await presenter.textContent('.presenter-note'), /先请大家猜/);
  await presenter.click('.presenter-prev');
  await onSlide(page, '一');
  await page.keyboard.press('ArrowRight');
  await presenter.waitForFunction(() => document.querySelector('.presenter-title')?.textContent === '二');
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
      await page.waitForSelector('.presentation:not([data-moving]) .kpis[data-band-current=true]');
      await chartsDrawn(page);
      const m = await measure(page);
      assert.ok(m.smallest >= 24 * scale - 0.01, `${lang}: smallest text ${m.smallest} px (${m.where})`);
      assert.ok(Math.min(...m.kpiValues) >= 56 * scale - 0.01, `${lang}: KPI values ${m.kpiValues}`);
      assert.ok(m.axis >= 20 * scale - 0.01, `${lang}: axis labels ${m.axis} px`);
      assert.deepEqual(m.overflowing, [], `${lang}: text cut off`);
      assert.deepEqual(m.outside, [], `${lang}: past the screen`);
      assert.deepEqual(m.overlaps, [], `${lang}: text over text`);
      assert.ok(m.sentences.includes('cost'), `${lang}: the summary keeps the money and its cost (${m.sentences})`);
      for (const st of m.strands) assert.ok(st.text && st.size >= 24 * scale - 0.01, `${lang}: strand ${st.id} shown large: ${JSON.stringify(st)}`);
      assert.ok(m.foot.size < 24 * scale && m.foot.gap < 30 * scale, `${lang}: the version stamp small at the foot: ${JSON.stringify(m.foot)}`);
      await page.keyboard.press('Escape');
      await page.waitForSelector('.presentation', { state: 'detached' });
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}

/** Present the three-slide deck at 1920×1080 from slide `from` (0-based). */
async function presenting(from = 0) {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  context.setDefaultTimeout(10000);
  const { page, problems } = await open(context);
  await threeSlideDeck(page);
  await page.click(`.slide-item[data-slide="${from}"] button:nth-child(1)`);
  await page.waitForSelector('.presentation');
  return { context, page, problems };
}

/**
 * What the slide says now: its title, what changed, the cards' values and
 * the summary (`window.slideSnapshot`, put in the page once).
 */
const installSnapshot = (page) => page.evaluate(() => {
  window.slideSnapshot = () => {
    const root = document.querySelector('.presentation');
    return {
      phase: root.dataset.replay ?? null,
      title: root.querySelector('.slide-title').textContent,
      changed: root.querySelector('.slide-changed').textContent,
      cards: Object.fromEntries([...root.querySelectorAll('.kpi[data-kpi]')].map((k) => [k.dataset.kpi, k.querySelector('.kpi-value').textContent.replace(/\u00a0/g, ' ')])),
      summary: root.querySelector('.slide-summary').textContent.replace(/\u00a0/g, ' '),
    };
  };
});

/** Every frame of a replay (R), from its "before" until the slide is itself again. */
const replayFrames = async (page) => {
  await page.keyboard.press('r');
  await page.waitForSelector('.presentation[data-replay=before]');
  return page.evaluate(() => new Promise((resolve) => {
    const out = [];
    const tick = () => {
      out.push(window.slideSnapshot());
      if (out.at(-1).phase === null) resolve(out); else requestAnimationFrame(tick);
    };
    tick();
  }));
};

const atRest = async (page) => {
  await page.waitForSelector('.presentation:not([data-moving])');
  return page.evaluate(() => window.slideSnapshot());
};

test('a replay tells one story: everything shows the state before this slide\'s change, then after, whichever way the presenter came', async () => {
  const { context, page, problems } = await presenting(0);
  await onSlide(page, '一');
  await installSnapshot(page);
  const one = await atRest(page);
  await page.keyboard.press('PageDown');
  await onSlide(page, '二');
  const two = await atRest(page);
  await page.keyboard.press('PageDown');
  await onSlide(page, '三');
  await page.keyboard.press('PageUp'); // arriving at 二 from 三
  await onSlide(page, '二');
  await atRest(page);
  const seen = await replayFrames(page);
  const phases = seen.map((s) => s.phase).filter((p, i, all) => p !== all[i - 1]);
  assert.deepEqual(phases, ['before', 'after', null], 'before, then after, then the slide');
  let common = 0;
  for (const s of seen) {
    const rest = s.phase === 'before' ? one : two;
    assert.equal(s.title, rest.title, `${s.phase}: the title`);
    assert.equal(s.changed, rest.changed, `${s.phase}: what changed`);
    for (const [id, value] of Object.entries(s.cards)) {
      if (id in rest.cards) { assert.equal(value, rest.cards[id], `${s.phase}: card ${id}`); common += 1; }
    }
    // The cards and the words agree at every moment: the all-projects figure is the summary's.
    if (s.cards.overall) assert.ok(s.summary.includes(s.cards.overall), `${s.phase}: ${s.cards.overall} in "${s.summary.slice(0, 80)}"`);
  }
  assert.ok(common >= seen.length, 'every frame has a card to compare');
  assert.ok(seen.some((s) => s.phase === 'before') && seen.some((s) => s.phase === 'after'));
  assert.deepEqual(problems, []);
  await context.close();
});

test('after a live change the clicker turns the slide and moves no lever; Esc closes the drawer, then asks, and leaving says what became of the change', async () => {
  const { context, page, problems } = await presenting(1);
  await onSlide(page, '二');
  await page.keyboard.press('l');
  const slider = '.live-levers #lever-plan_funds_bn';
  await page.waitForSelector(slider);
  // Drag the ordinary funds' slider: the focus stays on it.
  const box = await (await page.$(slider)).boundingBox();
  await page.mouse.move(box.x + box.width * 0.5, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2, { steps: 4 });
  await page.mouse.up();
  await page.waitForSelector('.presentation .live-badge');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'lever-plan_funds_bn', 'the slider has the focus');
  await page.keyboard.press('PageDown');
  await onSlide(page, '三');
  assert.equal(await page.$('.presentation .live-badge'), null, 'slide 三 as it was made: no lever moved');
  assert.equal(Number(await page.$eval(slider, (x) => x.value)), 2700);
  await page.keyboard.press('PageUp');
  await onSlide(page, '二');
  assert.equal(Number(await page.$eval(slider, (x) => x.value)), 3800, 'the drag was dropped with the slide, no PageUp step on it');
  // Typing in the drawer's entry box: PageDown still turns the slide, Esc closes the drawer.
  await page.click('.live-levers [data-param=plan_funds_bn] input.entry');
  await page.keyboard.press('PageDown');
  await onSlide(page, '三');
  await page.keyboard.press('PageUp');
  await onSlide(page, '二');
  await funds(page, 3000); // typed, Enter: a live change, the focus in the box
  await page.waitForSelector('.presentation .live-badge');
  await page.keyboard.press('Escape');
  await page.waitForSelector('.live-levers', { state: 'detached' });
  assert.ok(await page.$('.presentation .live-badge'), 'Esc closed the drawer only');
  // Esc with a live change not kept: asked; Esc again: still presenting.
  await page.keyboard.press('Escape');
  await page.waitForSelector('.leave-ask');
  await page.keyboard.press('Escape');
  await page.waitForSelector('.leave-ask', { state: 'detached' });
  assert.ok(await page.$('.presentation'));
  await page.keyboard.press('Escape');
  await page.click('.leave-ask .leave-drop');
  await page.waitForSelector('.presentation', { state: 'detached' });
  assert.match(await page.textContent('.notice'), /现场调整已放弃/);
  assert.equal(await page.$$eval('.slide-item', (xs) => xs.length), 3, 'dropped: the deck as it was');
  // Again, kept this time: a fourth slide, and the notice names it.
  await page.click('.slide-item[data-slide="1"] button:nth-child(1)');
  await onSlide(page, '二');
  await page.keyboard.press('l');
  await funds(page, 3100);
  await page.waitForSelector('.presentation .live-badge');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.click('.leave-ask .leave-keep');
  await page.waitForSelector('.presentation', { state: 'detached' });
  assert.match(await page.textContent('.notice'), /现场调整已保留为新幻灯片“二（现场调整）”/);
  await page.waitForFunction(() => document.querySelectorAll('.slide-item').length === 4);
  assert.deepEqual(problems, []);
  await context.close();
});

test('Q and the QR button show the slide\'s share link as a QR code across the screen; Q or Esc close it', async () => {
  const { context, page, problems } = await presenting(1);
  await onSlide(page, '二');
  await page.keyboard.press('q');
  const code = await page.waitForSelector('.slide-qr-full .qr-dialog svg.qr-code');
  const side = (await code.boundingBox()).height;
  assert.ok(side >= 0.6 * 1080, `the code is ${side} px tall`);
  const link = await page.textContent('.slide-qr-full .qr-link');
  assert.match(link, /#/, 'the scenario is in the link');
  await page.keyboard.press('q');
  await page.waitForSelector('.slide-qr-full', { state: 'detached' });
  await page.click('.slide-controls .slide-qr');
  await page.waitForSelector('.slide-qr-full .qr-dialog svg.qr-code');
  await page.keyboard.press('Escape');
  await page.waitForSelector('.slide-qr-full', { state: 'detached' });
  assert.ok(await page.$('.presentation'), 'Esc closed the code, not the presentation');
  // The next slide has its own link.
  await page.keyboard.press('PageDown');
  await onSlide(page, '三');
  await page.keyboard.press('q');
  await page.waitForSelector('.slide-qr-full .qr-link');
  assert.notEqual(await page.textContent('.slide-qr-full .qr-link'), link);
  assert.deepEqual(problems, []);
  await context.close();
});

test('cards pinned in the deck editor are the slide\'s cards; a fifth cannot be ticked', async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  context.setDefaultTimeout(10000);
  const { page, problems } = await open(context);
  await threeSlideDeck(page);
  const pins = ['rural', 'income-ratio', 'standards', 'city-gap'];
  for (const id of pins) {
    const box = `.slide-item[data-slide="1"] .slide-pins input[data-card=${id}]`;
    await page.click(box);
    await page.waitForSelector(`${box}:checked`);
  }
  assert.ok(await page.$eval('.slide-item[data-slide="1"] .slide-pins input[data-card=overall]', (x) => x.disabled), 'four at most');
  await page.click('.slide-item[data-slide="1"] button:nth-child(1)');
  await onSlide(page, '二');
  const shown = await page.$$eval('.presentation .kpi[data-kpi]', (xs) => xs.map((x) => x.dataset.kpi));
  assert.deepEqual([...shown].sort(), [...pins].sort());
  // The strands not on a card, and all projects, are in the table.
  assert.deepEqual(await page.$$eval('.slide-strands tr', (xs) => xs.map((x) => x.dataset.strand)), ['urban', 'integration', 'overall']);
  assert.deepEqual(problems, []);
  await context.close();
});
