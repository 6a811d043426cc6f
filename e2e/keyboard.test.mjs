// Keyboard and screen reader (issue 23, item 11): a skip link to the charts
// is the first Tab stop; the side panel's tabs are ARIA tabs (a labelled
// tabpanel, arrow keys, Home and End, one Tab stop); every slider says its
// value with its unit (aria-valuetext); the five tabs sit on one row from
// 1,280 px.
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

const open = (options) => openInNewContext(browser, site.url, options);

for (const [lang, label] of [['zh', '跳到图表'], ['en', 'Skip to the charts']]) {
  test(`the first Tab reaches the skip link, shown; Enter moves the focus to the charts (${lang})`, async () => {
    const { context, page, problems } = await open({ lang });
    // The share link is in the address bar: the skip link must leave it there.
    await page.waitForFunction(() => /m=[\d.]+/.test(location.hash));
    const hash = await page.evaluate(() => location.hash);
    await page.keyboard.press('Tab');
    const link = await page.evaluate(() => {
      const a = document.activeElement;
      const r = a.getBoundingClientRect();
      return { tag: a.tagName, cls: a.className, text: a.textContent, inside: r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.width > 0 };
    });
    assert.deepEqual(link, { tag: 'A', cls: 'skip-link', text: label, inside: true });
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'charts');
    assert.equal(await page.getAttribute('#charts', 'aria-label'), lang === 'zh' ? '图表' : 'Charts');
    // The next Tab is the first chart's picker, not the header's 81 stops.
    await page.keyboard.press('Tab');
    assert.ok(await page.evaluate(() => !!document.activeElement.closest('#charts .chart-card')), 'Tab goes on inside the charts');
    assert.equal(await page.evaluate(() => location.hash), hash);
    // Out of focus, out of sight.
    assert.ok(await page.$eval('.skip-link', (a) => a.getBoundingClientRect().bottom <= 0));
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('the side panel\'s tabs: a labelled tabpanel, arrow keys, Home and End, one Tab stop', async () => {
  const { context, page, problems } = await open();
  const read = () => page.evaluate(() => {
    const tabs = [...document.querySelectorAll('.tabs [role=tab]')];
    const panel = document.querySelector('[role=tabpanel]');
    return {
      list: document.querySelector('.tabs').getAttribute('role'),
      focused: document.activeElement.id,
      selected: tabs.filter((t) => t.getAttribute('aria-selected') === 'true').map((t) => t.id),
      stops: tabs.filter((t) => t.tabIndex === 0).map((t) => t.id),
      controls: [...new Set(tabs.map((t) => t.getAttribute('aria-controls')))],
      panel: panel?.id,
      // The panel's name, through aria-labelledby.
      panelName: document.getElementById(panel?.getAttribute('aria-labelledby'))?.textContent,
      panelShows: panel?.querySelector('#lever-plan_funds_bn') ? 'levers' : panel?.querySelector('.goal-seek') ? 'seek' : 'other',
    };
  });
  let s = await read();
  assert.equal(s.list, 'tablist');
  assert.deepEqual(s.controls, [s.panel], 'every tab controls the panel');
  assert.deepEqual({ selected: s.selected, stops: s.stops, name: s.panelName, shows: s.panelShows },
    { selected: ['tab-levers'], stops: ['tab-levers'], name: '政策杠杆', shows: 'levers' });
  await page.focus('#tab-levers');
  const expect = async (key, id, name) => {
    await page.keyboard.press(key);
    s = await read();
    assert.deepEqual({ focused: s.focused, selected: s.selected, stops: s.stops, name: s.panelName },
      { focused: id, selected: [id], stops: [id], name }, `after ${key}`);
  };
  await expect('ArrowRight', 'tab-assumptions', '假设与数据');
  await expect('ArrowRight', 'tab-library', '情景库');
  await expect('End', 'tab-seek', '分析');
  assert.equal(s.panelShows, 'seek');
  await expect('ArrowRight', 'tab-levers', '政策杠杆'); // wraps around
  await expect('ArrowLeft', 'tab-seek', '分析');
  await expect('Home', 'tab-levers', '政策杠杆');
  // One Tab stop: Tab leaves the tabs for the panel's first control.
  await page.keyboard.press('Tab');
  assert.ok(await page.evaluate(() => !!document.activeElement.closest('[role=tabpanel]')), 'Tab goes into the panel');
  assert.deepEqual(problems, []);
  await context.close();
});

for (const lang of ['zh', 'en']) {
  test(`every slider says its value with the unit the panel shows (aria-valuetext), and says a move (${lang})`, async () => {
    const { context, page, problems } = await open({ lang });
    const sliders = () => page.$$eval('input[type=range]', (rs) => rs.map((r) => {
      const row = r.closest('.lever-row, .share-row');
      return {
        id: r.id,
        // What the panel shows: the number in the row's first box.
        value: Number(row.querySelector('input.entry').value),
        text: r.getAttribute('aria-valuetext'),
        units: [...row.querySelectorAll('.unit')].map((u) => u.textContent.trim()),
      };
    }));
    let found = [];
    for (const tab of ['tab-levers', 'tab-assumptions']) {
      await page.click(`#${tab}`);
      found = found.concat(await sliders());
    }
    assert.ok(found.length >= 15, `${found.length} sliders`);
    for (const s of found) {
      assert.ok(s.text, `${s.id} has no aria-valuetext`);
      // The value first (grouped by thousands), then each unit the row shows.
      const number = Number(s.text.match(/^−?[\d,]+(\.\d+)?/)?.[0].replaceAll(',', '').replace('−', '-'));
      assert.ok(Math.abs(number - s.value) < 1e-6, `${s.id}: "${s.text}" says ${number}, the panel ${s.value}`);
      for (const unit of s.units) assert.ok(s.text.includes(` ${unit}`), `${s.id}: "${s.text}" lacks its unit ${unit}`);
    }
    const funds = found.find((s) => s.id === 'lever-plan_funds_bn');
    assert.equal(funds.text, lang === 'zh' ? '3,244.0 亿元' : '324.40 bn yuan');
    // A move with the keyboard is said too.
    await page.click('#tab-levers');
    await page.focus('#lever-plan_funds_bn');
    await page.keyboard.press('PageUp');
    await page.waitForFunction((was) => document.querySelector('#lever-plan_funds_bn').getAttribute('aria-valuetext') !== was, funds.text);
    const moved = await page.$eval('#lever-plan_funds_bn', (r) => [r.closest('.lever-row').querySelector('.entry').value, r.getAttribute('aria-valuetext')]);
    assert.equal(Number(moved[1].split(' ')[0].replaceAll(',', '')), Number(moved[0]));
    assert.deepEqual(problems, []);
    await context.close();
  });
}

for (const [width, height] of [[1280, 720], [1920, 1080]]) {
  test(`at ${width}×${height} the five tabs sit on one row, both languages`, async () => {
    for (const lang of ['zh', 'en']) {
      const { context, page, problems } = await open({ lang, viewport: { width, height } });
      const bar = await page.$eval('.tabs', (t) => ({
        height: t.getBoundingClientRect().height,
        tabs: [...t.children].map((c) => c.getBoundingClientRect().toJSON()),
      }));
      assert.equal(bar.tabs.length, 5);
      assert.equal(new Set(bar.tabs.map((t) => Math.round(t.top))).size, 1, `${lang}: tabs on ${JSON.stringify(bar.tabs.map((t) => t.top))}`);
      assert.ok(bar.height < 1.5 * bar.tabs[0].height, `${lang}: the bar is ${bar.height} px tall, a tab ${bar.tabs[0].height}`);
      assert.deepEqual(problems, []);
      await context.close();
    }
  });
}
