// Helpers shared by e2e/present.test.mjs and scripts/slide-screenshots.mjs:
// a deck built in the Chinese app the way a planner builds one.

export const tab = (page, name) => page.click(`button[role=tab]:has-text("${name}")`);

/** Set a lever's slider (`#lever-<id>`) to `value` as shown (%, 亿元, ×), as a drag ends. */
export async function lever(page, id, value) {
  await page.$eval(`#lever-${id}`, (x, v) => {
    x.value = String(v);
    x.dispatchEvent(new Event('input', { bubbles: true }));
    x.dispatchEvent(new Event('change', { bubbles: true }));
  }, value);
}

/** Type the ordinary funds (plan_funds_bn) in 亿元 (the Chinese screen's unit), as a planner does. */
export async function funds(page, yi) {
  await page.fill('[data-param=plan_funds_bn] input.entry', String(yi));
  await page.press('[data-param=plan_funds_bn] input.entry', 'Enter');
  await page.waitForFunction((v) => Number(document.querySelector('#lever-plan_funds_bn').value) === v, Number(yi));
}

/**
 * A deck titled `title` in 2027 (when money shows in every KPI), one slide
 * per entry of `slides`: { title, funds (亿元), levers: { id: value }, note }.
 * Levers not named keep their value from the slide before.
 */
export async function makeDeck(page, title, slides) {
  await page.click('.segmented button:has-text("2027")');
  await tab(page, '演示稿');
  await page.fill('#deck-title', title);
  await page.click('.deck-form button[type=submit]');
  await page.waitForSelector('.deck-editor');
  for (const [i, s] of slides.entries()) {
    await tab(page, '政策杠杆');
    await funds(page, s.funds);
    for (const [id, v] of Object.entries(s.levers ?? {})) await lever(page, id, v);
    await tab(page, '演示稿');
    await page.click('button:has-text("添加当前情景")');
    await page.waitForFunction((n) => document.querySelectorAll('.slide-item').length === n, i + 1);
    await page.fill(`.slide-item[data-slide="${i}"] .slide-title`, s.title);
    await page.press(`.slide-item[data-slide="${i}"] .slide-title`, 'Enter');
    // Saved: the slide's buttons are named after its new title (the field
    // itself shows what was typed, saved or not).
    await page.waitForFunction(([i, t]) => [...document.querySelectorAll(`.slide-item[data-slide="${i}"] .entry-actions button`)]
      .some((b) => b.getAttribute('aria-label')?.endsWith(` ${t}`)), [i, s.title]);
    if (s.note) {
      await page.fill(`.slide-item[data-slide="${i}"] .slide-note`, s.note);
      await page.$eval(`.slide-item[data-slide="${i}"] .slide-note`, (x) => x.dispatchEvent(new Event('change', { bubbles: true })));
    }
  }
}

/** "常委会": ordinary funds 3244, 3800 and 2700 亿元, titled 一, 二, 三; slide 二 has a note. */
export const threeSlideDeck = (page) => makeDeck(page, '常委会', [
  { title: '一', funds: 3244 },
  { title: '二', funds: 3800, note: '先请大家猜：加快推进后，收入比会到多少？' },
  { title: '三', funds: 2700 },
]);

/**
 * The longest slide a planner is likely to make: money and every policy
 * lever changed (the "what changed" line and the summary at their longest),
 * a long title, between two plainer slides.
 */
export const busyDeck = (page) => makeDeck(page, '专题会', [
  { title: '现行安排', funds: 3244 },
  {
    title: '增加常规资金、深化户籍改革、补齐公共服务短板、提升县城承载能力',
    funds: 3800,
    levers: { hukou_reform: 1.5, standards_effort: 1.5, county_capacity: 1.5, mountain_share: 50, plan_growth: 8 },
    note: '先请大家猜：收入比会到多少？',
  },
  { title: '推进放缓', funds: 2700, levers: { hukou_reform: 1, standards_effort: 1, county_capacity: 1, mountain_share: 40, plan_growth: 3 } },
]);

/** Sizes on the slide: the smallest text, KPI values, canvas axis text, and anything that leaves its box. */
export const measure = (page) => page.evaluate(() => {
  const root = document.querySelector('.presentation');
  let smallest = Infinity, where = '';
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = walker.currentNode;
    const el = node.parentElement;
    if (!node.textContent.trim() || el.closest('.live-levers, .slide-stamp')) continue;
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
  // The version stamp: small, at the foot of the screen.
  const stamp = root.querySelector('.slide-stamp');
  const foot = { size: parseFloat(getComputedStyle(stamp).fontSize), gap: innerHeight - stamp.getBoundingClientRect().bottom };
  // Each strand's figure on a card or in the strand table, at the room's size.
  const strands = ['urban', 'rural', 'integration'].map((id) => {
    const el = root.querySelector(`[data-kpi=${id}] .kpi-value, tr[data-strand=${id}] .strand-value`);
    return { id, text: el?.textContent ?? null, size: el ? parseFloat(getComputedStyle(el).fontSize) : 0 };
  });
  return { smallest, where, kpiValues, axis: Math.min(...axis), overflowing, outside, overlaps, sentences, foot, strands };
});
