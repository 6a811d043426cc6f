// A phone in the room (issue 21): a changed scenario opened from a share
// link starts with its name and what changed, then the KPIs, the toolbar
// folded behind "工具"; every control a finger can reach is at least 44 px
// tall on a touch screen; the year selector sits inside the screen's edge.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startBrowser } from './serve-dist.mjs';
import { openInNewContext } from './helpers.mjs';

let browser, site, harness;
before(async () => {
  harness = await startBrowser();
  ({ browser, site } = harness);
});
after(async () => harness?.close());

const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
/** The smallest height a control may have on a touch screen, css px. */
const FINGER = 44;

/** A share link (this build's model version) to a changed scenario at 2027, named `name` if given. */
async function changedLink(name) {
  const { context, page } = await openInNewContext(browser, site.url);
  await page.waitForFunction(() => /m=[\d.]+/.test(location.hash));
  const version = await page.evaluate(() => location.hash.match(/m=([\d.]+)/)[1]);
  await context.close();
  const n = name ? `;n=${encodeURIComponent(name)}` : '';
  return `${site.url}#v=1;m=${version}${n};plan_funds_bn=374.4;execution_speed=1.3;y=2027`;
}

for (const lang of ['zh', 'en']) {
  test(`a phone opening a changed scenario's link starts with its name and what changed, then the KPIs (${lang})`, async () => {
    const { context, page, problems } = await openInNewContext(browser, await changedLink(), { ...PHONE, lang });
    const first = await page.evaluate(() => {
      const box = (s) => document.querySelector(s)?.getBoundingClientRect().toJSON();
      const texts = (s) => [...document.querySelectorAll(s)].map((e) => e.textContent.replace(/\s+/g, ' ').trim());
      return {
        story: box('.story'),
        name: document.querySelector('.story h2')?.textContent,
        said: texts('.story li'),
        // The summary's own "what changed" sentences, further down.
        summary: texts('.in-words li[data-topic=levers]'),
        kpi: box('[data-kpi]'),
        year: document.querySelector('.kpi .kpi-year').textContent,
        toolbar: document.querySelector('.toolbar').checkVisibility(),
        toggle: document.querySelector('.tools-toggle').getAttribute('aria-expanded'),
      };
    });
    assert.ok(first.story, 'the story is on the page');
    assert.equal(first.year, '2027', 'the year of the link');
    assert.equal(first.name, lang === 'zh' ? '未保存的情景（基于 浙江 2025）' : 'Unsaved scenario (based on Zhejiang 2025)');
    assert.deepEqual(first.said, first.summary, 'the summary\'s "what changed", word for word');
    assert.equal(first.said.length, 2, 'money and policy');
    assert.match(first.said[0], lang === 'zh' ? /常规渠道资金.*3,244\.0.*3,744\.0/ : /Funds through ordinary channels.*324\.4.*374\.4/);
    // On the first screen, above the cards, and the cards start on it too.
    assert.ok(first.story.bottom <= 844 && first.story.bottom <= first.kpi.top, JSON.stringify(first));
    assert.ok(first.kpi.top < 600, `the KPIs start at ${first.kpi.top} px`);
    // The toolbar is folded; its button unfolds it.
    assert.equal(first.toolbar, false);
    assert.equal(first.toggle, 'false');
    await page.click('.tools-toggle');
    assert.ok(await page.isVisible('.toolbar button.share'));
    assert.equal(await page.getAttribute('.tools-toggle', 'aria-expanded'), 'true');
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('a named scenario is named; the baseline has no story; a wide screen keeps its toolbar and no story', async () => {
  const link = await changedLink('兴村优先 方案 A');
  const phone = await openInNewContext(browser, link, PHONE);
  assert.equal(await phone.page.textContent('.story h2'), '兴村优先 方案 A');
  await phone.context.close();

  const baseline = await openInNewContext(browser, site.url, PHONE);
  assert.equal(await baseline.page.$('.story'), null, 'nothing changed, nothing to tell');
  await baseline.context.close();

  const wide = await openInNewContext(browser, link, { viewport: { width: 1280, height: 720 } });
  assert.equal(await wide.page.isVisible('.story'), false);
  assert.equal(await wide.page.isVisible('.tools-toggle'), false);
  assert.ok(await wide.page.isVisible('.toolbar button.share'));
  assert.deepEqual([...phone.problems, ...baseline.problems, ...wide.problems], []);
  await wide.context.close();
});

/**
 * In the page: every visible control under `min` px tall, as "what [text] w×h".
 * A checkbox is hit through its label too, so the taller of the two counts.
 */
function smallControls(min) {
  const found = [];
  const sel = 'a[href], button, input:not([type=hidden]), select, textarea, summary, [role=tab], [tabindex]:not([tabindex="-1"])';
  for (const el of document.querySelectorAll(`.app ${sel}`)) {
    if (!el.checkVisibility({ visibilityProperty: true })) continue;
    const hits = el.matches('input[type=checkbox], input[type=radio]') ? [el, ...el.labels] : [el];
    const r = hits.map((h) => h.getBoundingClientRect()).reduce((a, b) => (b.height > a.height ? b : a));
    if (r.width === 0 || r.height === 0) continue;
    if (r.height < min - 0.5) {
      const what = `${el.tagName.toLowerCase()}.${el.className || el.type || ''}`;
      found.push(`${what} [${(el.textContent || el.value || '').trim().slice(0, 16)}] ${Math.round(r.width)}×${r.height.toFixed(1)}`);
    }
  }
  return found;
}

for (const [width, height] of [[390, 844], [1024, 768]]) {
  test(`on a touch screen at ${width}×${height} no control is under ${FINGER} px tall, in every tab and panel`, async () => {
    const { context, page, problems } = await openInNewContext(browser, await changedLink(), {
      viewport: { width, height }, isMobile: true, hasTouch: true,
    });
    assert.ok(await page.evaluate(() => matchMedia('(pointer: coarse)').matches), 'a touch screen');
    if (await page.isVisible('.tools-toggle')) await page.click('.tools-toggle');
    // The city table and the model reference open too.
    for (const d of await page.$$('details.panel:not([open]) > summary')) await d.click();
    const found = [];
    let checked = 0;
    for (const tab of await page.$$eval('[role=tab]', (ts) => ts.map((t) => t.id))) {
      await page.click(`#${tab}`);
      await page.waitForSelector(`#${tab}[aria-selected=true]`);
      checked += await page.$$eval('.app button, .app input, .app select', (es) => es.filter((e) => e.checkVisibility()).length);
      for (const s of await page.evaluate(smallControls, FINGER)) found.push(`${tab}: ${s}`);
    }
    assert.ok(checked > 200, `only ${checked} controls were looked at`);
    assert.deepEqual([...new Set(found)], []);
    assert.deepEqual(problems, []);
    await context.close();
  });
}

for (const lang of ['zh', 'en']) {
  test(`at 390 px the year selector is on one row inside the screen's edge, each year a finger wide (${lang})`, async () => {
    const { context, page, problems } = await openInNewContext(browser, site.url, { ...PHONE, lang });
    const years = await page.$$eval('.controls .segmented:first-child .seg', (bs) => bs.map((b) => b.getBoundingClientRect().toJSON()));
    const edge = 8;
    assert.equal(years.length, 6);
    assert.equal(new Set(years.map((y) => Math.round(y.top))).size, 1, 'one row');
    for (const y of years) {
      assert.ok(y.left >= edge && y.right <= 390 - edge, `a year from ${y.left} to ${y.right} px on a 390 px screen`);
      assert.ok(y.width >= FINGER && y.height >= FINGER, `${y.width}×${y.height}`);
    }
    assert.deepEqual(problems, []);
    await context.close();
  });
}
