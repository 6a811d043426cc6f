// Offline and locked down: after the first visit the app works with the
// network cut and the server gone, and survives a reload, at the site root
// and under a sub-path; a new build (a new sw.js) is noticed and offered as
// "updated — reload"; nothing breaks the Content-Security-Policy.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { serveDist, launchChromium, APP_READY } from './serve-dist.mjs';
import { openInNewContext } from './helpers.mjs';

const DIST = new URL('../dist/', import.meta.url).pathname;
const BUILD = readFileSync(`${DIST}sw.js`, 'utf8').match(/const BUILD = '([0-9a-f]{16})'/)?.[1];

let browser;
before(async () => {
  browser = await launchChromium();
});
after(async () => browser?.close());

const open = (url) => openInNewContext(browser, url, { timeout: 15000 });

/** The service worker is active and controls the page. */
const controlled = (page) =>
  page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');

/** KPIs, drawn charts, and the band worker's answer (a target probability). */
async function appWorks(page) {
  await page.waitForSelector(APP_READY);
  assert.match(await page.textContent('[data-kpi=urban] .kpi-value'), /^\d+\.\d %$/);
  await page.waitForFunction(() => /达成概率/.test(document.querySelector('section.kpis').textContent));
  const painted = await page.$eval('#chart-completion canvas.plot', (c) => {
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
    return n;
  });
  assert.ok(painted > 1000, `the completion chart is drawn (${painted} pixels)`);
}

test('the build has an id, and its service worker lists every file of dist/', () => {
  assert.ok(BUILD, 'sw.js carries a 16-digit build id');
  const files = JSON.parse(readFileSync(`${DIST}sw.js`, 'utf8').match(/FILES = (\[.*?\]);/)[1]);
  const inDist = readFileSync(`${DIST}index.html`, 'utf8').match(/urban-rural-sim-[0-9a-f]+_bg\.wasm/)[0];
  assert.ok(files.includes('index.html') && files.includes(inDist) && files.includes('worker.js'), files.join());
  assert.ok(files.includes('qr-worker_bg.wasm') && files.includes('qr-worker_loader.js'), files.join());
  assert.ok(!files.includes('sw.js'));
});

for (const prefix of ['/', '/sim/']) {
  test(`after the first visit the app works offline and survives a reload (${prefix})`, async () => {
    const site = await serveDist(DIST, prefix);
    // A share link with three changed levers.
    const { context, page, problems } = await open(`${site.url}#v=1;m=1.2.0;hukou_reform=1.6;mountain_share=0.5;plan_funds_bn=280`);
    try {
      await controlled(page);
      assert.deepEqual(await page.evaluate(() => caches.keys()), [`urs-${BUILD}`]);
      const scope = await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.scope));
      assert.equal(scope, site.url);
      await appWorks(page);
      const urban = await page.textContent('[data-kpi=urban] .kpi-value');
      assert.match(page.url(), /plan_funds_bn=280/);

      // The network cut, and the server gone too.
      await context.setOffline(true);
      site.server.closeAllConnections?.();
      await new Promise((resolve) => site.server.close(resolve));
      await page.reload();
      await appWorks(page);
      assert.equal(await page.textContent('[data-kpi=urban] .kpi-value'), urban, 'the scenario came back from the link');
      // The baseline's band starts a second worker, from the cache too.
      const before = await page.$eval('#chart-income-ratio canvas.plot', (c) => c.toDataURL());
      await page.click('button.baseline-band');
      await page.waitForFunction((b) => document.querySelector('#chart-income-ratio canvas.plot').toDataURL() !== b, before);
      // The QR code is made by its own worker, fetched when the dialog first
      // opens (issue 10): from the cache too.
      await page.click('.toolbar button.qr');
      await page.waitForSelector('dialog.qr-dialog[open] svg.qr-code path');
      await page.click('dialog .qr-close');
      // Offline, the check for a new build fails quietly.
      assert.deepEqual(problems, []);
    } finally {
      await context.close();
      site.server.close();
    }
  });
}

test('a deck made online is presented with the network cut, after a reload', async () => {
  const site = await serveDist(DIST, '/');
  const { context, page, problems } = await open(site.url);
  try {
    await controlled(page);
    // Two slides: the built-in scenario, and 3800 亿元 of ordinary funds, both in 2027.
    await page.click('.segmented button:has-text("2027")');
    await page.click('button[role=tab]:has-text("演示稿")');
    await page.click('.deck-form button[type=submit]');
    await page.click('button:has-text("添加当前情景")');
    await page.click('button[role=tab]:has-text("政策杠杆")');
    await page.fill('[data-param=plan_funds_bn] input.entry', '3800');
    await page.press('[data-param=plan_funds_bn] input.entry', 'Enter');
    await page.click('button[role=tab]:has-text("演示稿")');
    await page.click('button:has-text("添加当前情景")');
    await page.waitForFunction(() => document.querySelectorAll('.slide-item').length === 2);

    await context.setOffline(true);
    site.server.closeAllConnections?.();
    await new Promise((resolve) => site.server.close(resolve));
    await page.reload();
    await page.waitForSelector(APP_READY);
    await page.click('button[role=tab]:has-text("演示稿")');
    await page.click('button.present');
    await page.waitForSelector('.presentation .slide-count');
    assert.equal(await page.textContent('.presentation .slide-count'), '1 / 2');
    const first = await page.textContent('.presentation [data-kpi=overall] .kpi-value');
    await page.keyboard.press('PageDown');
    await page.waitForFunction(() => document.querySelector('.presentation .slide-count').textContent === '2 / 2');
    assert.notEqual(await page.textContent('.presentation [data-kpi=overall] .kpi-value'), first);
    // The band comes from its worker, from the cache too.
    await page.waitForSelector('.presentation .kpis[data-band-current=true]');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    site.server.close();
  }
});

test('a new build is noticed: "updated — reload" takes it, old caches are deleted', async () => {
  let next = null; // the build id the server pretends to have
  const rewrite = (path, body) =>
    path === '/sw.js' && next ? Buffer.from(body.toString().replace(/const BUILD = '[^']*'/, `const BUILD = '${next}'`)) : body;
  const site = await serveDist(DIST, '/', { rewrite });
  const { context, page, problems } = await open(site.url);
  try {
    await controlled(page);
    assert.equal(await page.$('.update-reload'), null, 'nothing to offer on a first visit');

    // A new build is served; the page, opened from the cache, asks for sw.js
    // again as it starts, and offers the new build.
    next = 'new0build0000001';
    await page.reload();
    await page.waitForSelector('.update-reload');
    assert.equal((await page.textContent('.update-reload')).trim(), '已更新，重新加载');
    assert.deepEqual(await page.evaluate(() => caches.keys().then((k) => k.sort())), [`urs-${BUILD}`, `urs-${next}`].sort());
    // Until asked, the page runs the build it started with.
    assert.match(await page.evaluate(() => navigator.serviceWorker.controller.scriptURL), /sw\.js$/);

    await Promise.all([page.waitForEvent('load'), page.click('.update-reload')]);
    await page.waitForSelector(APP_READY);
    await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated');
    assert.deepEqual(await page.evaluate(() => caches.keys()), [`urs-${next}`], 'the old build\'s cache is gone');
    assert.equal(await page.$('.update-reload'), null);

    // A page left open hears of a build served later (the periodic check,
    // here asked for at once), without a reload; in English too.
    await page.click('button.lang-toggle');
    next = 'new0build0000002';
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r.update()));
    await page.waitForSelector('.update-reload');
    assert.equal((await page.textContent('.update-reload')).trim(), 'Updated — reload');
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
    site.server.close();
  }
});
