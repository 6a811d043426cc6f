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
