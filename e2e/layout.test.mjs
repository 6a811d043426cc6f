// Layout check: at projector, laptop, tablet and phone sizes, in both
// languages, every chart kind in every layout and in compare mode: no piece of text overlaps
// another or leaves its panel, no axis, target or guide label drawn on a chart
// overlaps another or leaves the chart, and in the 11-city small multiples
// each city's name sits over its own line (the canvases report where they
// drew each label in `data-labels`, because canvas text is not in the DOM). This is the check
// that would have caught names drawn one panel off.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startBrowser, APP_READY } from './serve-dist.mjs';
import { chartsDrawn } from './helpers.mjs';

let browser, site, harness;
before(async () => {
  harness = await startBrowser();
  ({ browser, site } = harness);
});
after(async () => harness?.close());

const SIZES = [[1920, 1080], [1280, 720], [1024, 768], [390, 844]];
// Text lives in these boxes; none of it may stick out of the nearest one.
const PANELS = '.kpi, .target-item, .chart-card, .top, aside.levers, .table-wrap, .panel, footer, .messages, .story';

/**
 * Runs in the page: every problem with the DOM text and the city labels.
 * `shiftCities` first draws the fault the check exists for into the city
 * chart's label record (each name where the next city's goes), in the same
 * task as the check, so no redraw can come between.
 */
function problemsInPage({ PANELS, shiftCities = false }) {
  if (shiftCities) {
    const canvas = document.querySelector('canvas.cities');
    const labels = JSON.parse(canvas.dataset.labels);
    canvas.dataset.labels = JSON.stringify(labels.map((l, i) => ({ ...l, label: i < 20 ? labels[i + 2].label : l.label })));
  }
  const problems = [];
  const boxes = [];
  const visible = (el) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true });
  // Text scrolled out of a scrolling box (the lever panel) is not on screen;
  // text or a field cut at the box's edge is clipped there, so it cannot
  // overlap what lies beyond (a field half under the tab bar, as a screen's
  // scroll step may leave it, is not drawn over the tabs).
  const scrolledAway = (el, r) => {
    for (let e = el.parentElement; e; e = e.parentElement) {
      const s = getComputedStyle(e);
      if (s.overflowY === 'visible' && s.overflowX === 'visible') continue;
      const c = e.getBoundingClientRect();
      if (r.bottom <= c.top || r.top >= c.bottom) return true;
      const scroller = s.overflowY === 'auto' || s.overflowY === 'scroll';
      if (scroller && (r.top < c.top - 1 || r.bottom > c.bottom + 1)) return true;
    }
    return false;
  };
  const walker = document.createTreeWalker(document.querySelector('.app'), NodeFilter.SHOW_TEXT);
  // What a scrolling box (the lever panel under its tabs) shows of a box half
  // scrolled out: the part inside it.
  const inScroller = (el, r) => {
    let [top, bottom] = [r.top, r.bottom];
    for (let e = el.parentElement; e; e = e.parentElement) {
      if (!['auto', 'scroll'].includes(getComputedStyle(e).overflowY)) continue;
      const c = e.getBoundingClientRect();
      [top, bottom] = [Math.max(top, c.top), Math.min(bottom, c.bottom)];
    }
    return new DOMRect(r.left, top, r.width, Math.max(0, bottom - top));
  };
  for (let node = walker.nextNode(), n = 0; node; node = walker.nextNode(), n++) {
    if (!node.textContent.trim() || !visible(node.parentElement)) continue;
    if (node.parentElement.closest('.readout')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const r of range.getClientRects()) {
      if (r.width < 1 || r.height < 1 || scrolledAway(node.parentElement, r)) continue;
      boxes.push({ node: n, el: node.parentElement, text: node.textContent.trim().slice(0, 30), r: inScroller(node.parentElement, r) });
    }
  }
  for (const input of document.querySelectorAll('.app input[type=text]')) {
    const r = input.getBoundingClientRect();
    if (visible(input) && !scrolledAway(input, r)) boxes.push({ node: `input${boxes.length}`, el: input, text: `[${input.value}]`, r: inScroller(input, r) });
  }
  for (const b of boxes) {
    const panel = b.el.closest(PANELS);
    if (!panel) continue;
    const p = panel.getBoundingClientRect();
    // Text in a scrolling box (the panel itself or one inside it, as the lever
    // panel's list under its tabs) may be cut at that box's top and bottom.
    let scrolls = false;
    for (let e = b.el; e && !scrolls; e = e === panel ? null : e.parentElement) scrolls = getComputedStyle(e).overflowY !== 'visible';
    // A wide table scrolls sideways in its wrapper on a phone, by design.
    const sideways = panel.matches('.table-wrap');
    const out = (!sideways && (b.r.left < p.left - 1 || b.r.right > p.right + 1))
      || (!scrolls && (b.r.top < p.top - 1 || b.r.bottom > p.bottom + 1));
    if (out) problems.push(`"${b.text}" leaves its panel ${panel.className}`);
  }
  // Nothing sticks out past the page's right edge (a grid column widened by
  // its content once pushed half the KPI cards off a phone's screen), but
  // what a table's wrapper scrolls sideways.
  for (const el of document.querySelectorAll('.app *')) {
    if (el.closest('.table-wrap') || !visible(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.width > 0 && r.right > innerWidth + 1) {
      problems.push(`${el.tagName.toLowerCase()}.${el.className} ends at ${Math.round(r.right)} px, past the page's ${innerWidth} px`);
      break;
    }
  }
  // Two pieces of text overlap when they share more than a sliver: CJK fonts'
  // inline boxes are taller than a tight line height, so adjacent lines touch.
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      if (a.node === b.node || a.el.contains(b.el) && a.el.tagName === 'INPUT') continue;
      const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
      const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
      if (w > 2 && h > 0.4 * Math.min(a.r.height, b.r.height)) problems.push(`"${a.text}" overlaps "${b.text}"`);
    }
  }
  // The city small multiples: label boxes as the canvas drew them.
  const box = ([x, y, w, h]) => ({ x, y, w, h, r: x + w, b: y + h });
  const inside = (o, i) => i.x >= o.x - 0.5 && i.y >= o.y - 0.5 && i.r <= o.r + 0.5 && i.b <= o.b + 0.5;
  const overlap = (a, b) => a.x < b.r - 0.5 && b.x < a.r - 0.5 && a.y < b.b - 0.5 && b.y < a.b - 0.5;
  // The line charts' axis, target and guide labels, as the back canvas drew them.
  for (const back of document.querySelectorAll('canvas.plot')) {
    const labels = JSON.parse(back.dataset.labels ?? '[]');
    const chart = back.closest('.chart-card').id;
    if (labels.length < 4) problems.push(`${chart}: only ${labels.length} labels drawn`);
    const area = box([0, 0, back.clientWidth, back.clientHeight]);
    labels.forEach((l, i) => {
      if (!inside(area, box(l.label))) problems.push(`${chart}: "${l.text}" leaves the chart`);
      labels.forEach((m, j) => {
        if (j > i && overlap(box(l.label), box(m.label))) problems.push(`${chart}: "${l.text}" overlaps "${m.text}"`);
      });
    });
  }
  const canvas = document.querySelector('canvas.cities');
  if (canvas) {
    const labels = JSON.parse(canvas.dataset.labels ?? '[]');
    const [cw, ch] = [canvas.clientWidth, canvas.clientHeight];
    if (labels.length !== 22) problems.push(`city chart drew ${labels.length} labels, not 22`);
    labels.forEach((l, i) => {
      const [label, cell, plot, data] = [box(l.label), box(l.cell), box(l.plot), box(l.data)];
      if (!inside(box([0, 0, cw, ch]), cell)) problems.push(`${l.city}: its panel is cut off by the canvas`);
      if (!inside(cell, label)) problems.push(`${l.city}: "${l.text}" leaves its panel`);
      if (!inside(plot, data)) problems.push(`${l.city}: its line leaves its plot`);
      // Over its own data: same column, above its own plot.
      if (!(label.x < data.r && data.x < label.r)) problems.push(`${l.city}: "${l.text}" is not over its own line`);
      if (label.b > plot.y + 0.5) problems.push(`${l.city}: "${l.text}" is not above its own plot`);
      labels.forEach((m, j) => {
        if (j <= i) return;
        if (overlap(label, box(m.label))) problems.push(`"${l.text}" overlaps "${m.text}"`);
        if (overlap(label, box(m.plot))) problems.push(`"${l.text}" overlaps the plot of ${m.city}`);
      });
    });
  }
  return { problems, texts: boxes.length };
}

for (const [width, height] of SIZES) {
  test(`no text overlaps or leaves its panel at ${width}×${height}, both languages, every chart and layout`, async () => {
    const context = await browser.newContext({ viewport: { width, height } });
    context.setDefaultTimeout(10000);
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // A changed scenario, so every KPI shows a change with its unit (the
    // longest text a card holds: "▲ +12.3 个百分点 较基准"), and money runs out.
    await page.goto(site.url);
    await page.waitForSelector(APP_READY);
    // The address bar takes the link once the scenario rests (200 ms).
    await page.waitForFunction(() => /m=[\d.]+/.test(location.hash));
    const version = await page.evaluate(() => location.hash.match(/m=([\d.]+)/)[1]);
    await page.goto(`${site.url}#v=1;m=${version};execution_speed=1.3;standards_effort=1.5;plan_funds_bn=360`);
    await page.reload();
    await page.waitForSelector(APP_READY);
    assert.match(await page.textContent('[data-kpi=integration] .kpi-delta'), /▲ \+\d+\.\d 个百分点/);
    // Every chart the picker offers: a new chart is checked without an edit here.
    const KINDS = await page.$$eval('.slot:nth-child(1) select option', (os) => os.map((o) => o.value));
    assert.ok(KINDS.length >= 7 && KINDS.at(-1) === 'cities', KINDS.join());
    const found = [];
    for (const lang of ['zh', 'en']) {
      if (lang === 'en') {
        await page.click('button.lang-toggle');
        await page.waitForFunction(() => document.documentElement.lang === 'en');
      }
      // Every side-panel tab (levers, assumptions and data, library, decks), scrolled
      // a screen at a time where it scrolls, once per language.
      for (const tab of [2, 3, 4, 1]) {
        await page.click(`button[role=tab]:nth-child(${tab})`);
        const screens = await page.$eval('.levers-scroll', (a) => Math.ceil(a.scrollHeight / a.clientHeight));
        for (let n = 0; n < screens; n++) {
          await page.$eval('.levers-scroll', (a, n) => { a.scrollTop = n * a.clientHeight; }, n);
          await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
          for (const p of (await page.evaluate(problemsInPage, { PANELS })).problems) found.push(`${lang} tab ${tab}: ${p}`);
        }
        await page.$eval('.levers-scroll', (a) => { a.scrollTop = 0; });
      }
      for (const layout of [1, 2, 4]) {
        await page.click(`.segmented button[aria-label$=" ${layout}"]`);
        for (const kind of KINDS) {
          await page.selectOption('.slot:nth-child(1) select', kind);
          await page.waitForSelector(`#chart-${kind}`);
          await chartsDrawn(page); // at the size the layout gives them now, labels recorded
          const { problems, texts } = await page.evaluate(problemsInPage, { PANELS });
          assert.ok(texts > 60, `only ${texts} pieces of text were checked`);
          for (const p of problems) found.push(`${lang} layout ${layout} ${kind}: ${p}`);
        }
      }
    }
    // Compare mode (baseline and current overlaid), every chart, in English.
    await page.click('button[role=tab]:nth-child(3)');
    await page.check('.compare-fixed label:nth-child(1) input');
    await page.check('.compare-fixed label:nth-child(2) input');
    await page.waitForSelector('.compare table');
    for (const kind of KINDS) {
      await page.selectOption('.slot:nth-child(1) select', kind);
      await page.waitForSelector(`#chart-${kind}`);
      await chartsDrawn(page);
      const { problems } = await page.evaluate(problemsInPage, { PANELS });
      for (const p of problems) found.push(`compare ${kind}: ${p}`);
    }
    // The check is not blind: the old fault (each name drawn one panel to the
    // right of its line) and a label overprinting another are both found.
    const faults = (await page.evaluate(problemsInPage, { PANELS, shiftCities: true })).problems;
    await context.close();
    assert.ok(faults.some((f) => f.includes('is not over its own line')), `shifted labels went unnoticed: ${faults}`);
    assert.deepEqual(errors, []);
    assert.deepEqual([...new Set(found)].slice(0, 40), []);
  });
}
