// The room joins in: the toolbar's QR code of the current scenario's link,
// large, with the link under it, closed by Esc or its button; and that link
// opened on a phone. The code on the screen is read back by jsQR (an
// independent decoder, from npm) and must say the address bar's link;
// tests/qr.rs reads the app's codes back with a Rust decoder too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import jsQR from 'jsqr';
import { startBrowser } from './serve-dist.mjs';
import { openInNewContext } from './helpers.mjs';

/** The dialog's code, drawn as the browser draws it, read back by jsQR. */
async function readQr(page) {
  const { side, data } = await page.$eval('dialog svg.qr-code', async (svg) => {
    const img = new Image();
    img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
    await img.decode();
    const side = 800;
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = side;
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, side, side);
    ctx.drawImage(img, 0, 0, side, side);
    return { side, data: Array.from(ctx.getImageData(0, 0, side, side).data) };
  });
  return jsQR(Uint8ClampedArray.from(data), side, side)?.data;
}

let browser, site, harness;
before(async () => {
  harness = await startBrowser();
  ({ browser, site } = harness);
});
after(async () => harness?.close());

const LINK = '#v=1;m=1.2.0;hukou_reform=1.6;mountain_share=0.5;plan_funds_bn=280';

const open = (url, options) => openInNewContext(browser, url, options);

/** The modules the dialog's SVG paints dark, as "x,y" (quiet zone included). */
const darkModules = (page) =>
  page.$eval('dialog .qr-code path', (p) => {
    const out = [];
    for (const [, x, y, n] of p.getAttribute('d').matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)) {
      for (let i = 0; i < Number(n); i++) out.push(`${Number(x) + i},${y}`);
    }
    return out;
  });

for (const [width, height] of [[1280, 720], [1920, 1080], [390, 844]]) {
  test(`the QR code of the share link, large, closed by Esc and by its button (${width}×${height})`, async () => {
    const { page, context, problems } = await open(site.url + LINK, { viewport: { width, height } });
    // A phone folds the toolbar behind "工具".
    if (await page.isVisible('.tools-toggle')) await page.click('.tools-toggle');
    const button = page.locator('.toolbar button.qr');
    assert.equal((await button.textContent()).trim(), '二维码');
    // Beside "copy share link".
    assert.equal(await page.$eval('.toolbar button.qr', (b) => b.previousElementSibling.className), 'share');
    await button.click();
    await page.waitForSelector('dialog.qr-dialog[open] svg.qr-code');

    // The link under the code is the address bar's (the app keeps the
    // scenario there), and the dialog is modal.
    const href = await page.evaluate(() => location.href);
    assert.equal(await page.textContent('dialog .qr-link'), href);
    assert.equal(await readQr(page), href, 'the code, scanned, is the link');
    assert.match(href, /plan_funds_bn=280/);
    assert.ok(await page.$eval('dialog.qr-dialog', (d) => d.matches(':modal')));

    // Large: at least 60 % of the viewport's smaller side, square, and the
    // whole dialog (the link and the close button too) on the screen.
    const box = await page.locator('dialog svg.qr-code').boundingBox();
    assert.ok(box.width >= 0.6 * Math.min(width, height), `${box.width} px of ${Math.min(width, height)}`);
    assert.ok(Math.abs(box.width - box.height) < 1);
    const dialog = await page.locator('dialog.qr-dialog').boundingBox();
    const close = await page.locator('dialog .qr-close').boundingBox();
    assert.ok(dialog.y >= 0 && dialog.x >= 0 && dialog.x + dialog.width <= width, JSON.stringify(dialog));
    assert.ok(close.y + close.height <= height, `the close button is on screen: ${JSON.stringify(close)} in ${height}`);

    // A QR code's shape: 17 + 4·version modules a side, a quiet zone of 4,
    // the three finder patterns' dark centres, and about half its modules dark.
    const modules = Number(await page.getAttribute('dialog .qr-code', 'data-modules'));
    assert.equal((modules - 17) % 4, 0);
    assert.equal(await page.getAttribute('dialog .qr-code', 'viewBox'), `0 0 ${modules + 8} ${modules + 8}`);
    const dark = new Set(await darkModules(page));
    const finder = (x0, y0) => [2, 3, 4].every((dx) => [2, 3, 4].every((dy) => dark.has(`${x0 + dx},${y0 + dy}`)));
    const [q, far] = [4, 4 + modules - 7];
    assert.ok(finder(q, q) && finder(far, q) && finder(q, far), 'finder patterns in three corners');
    assert.ok(!finder(far, far), 'and not in the fourth');
    assert.ok(dark.size > 0.35 * modules * modules && dark.size < 0.65 * modules * modules, `${dark.size} dark`);
    const rendered = [...dark].map((c) => c.split(',').map(Number));
    assert.ok(rendered.every(([x, y]) => x >= 4 && y >= 4 && x < 4 + modules && y < 4 + modules), 'quiet zone empty');

    // Esc closes it; the button opens it again and "Close" closes it.
    await page.keyboard.press('Escape');
    await page.waitForSelector('dialog.qr-dialog', { state: 'detached' });
    await button.click();
    await page.waitForSelector('dialog.qr-dialog[open]');
    await page.click('dialog .qr-close');
    await page.waitForSelector('dialog.qr-dialog', { state: 'detached' });
    assert.deepEqual(problems, []);
    await context.close();
  });
}

test('the QR code follows the scenario, in English too', async () => {
  const { page, context, problems } = await open(site.url);
  await page.click('button.lang-toggle');
  await page.click('.toolbar button.qr');
  await page.waitForSelector('dialog.qr-dialog[open] svg.qr-code');
  assert.equal(await page.getAttribute('dialog .qr-code', 'aria-label'), "QR code of this scenario's share link");
  assert.equal((await page.textContent('dialog .qr-close')).trim(), 'Close');
  const first = await page.getAttribute('dialog .qr-code path', 'd');
  await page.keyboard.press('Escape');
  await page.waitForSelector('dialog.qr-dialog', { state: 'detached' });
  await page.focus('#alloc-plan-urban');
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
  await page.waitForFunction(() => location.hash.includes('plan'));
  await page.click('.toolbar button.qr');
  await page.waitForSelector('dialog.qr-dialog[open] svg.qr-code');
  assert.equal(await page.textContent('dialog .qr-link'), await page.evaluate(() => location.href));
  assert.notEqual(await page.getAttribute('dialog .qr-code path', 'd'), first, 'a new link, a new code');
  assert.equal(await readQr(page), await page.evaluate(() => location.href), 'and it reads as the new link');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the link opens on a phone in a phone layout: one column, nothing wider than the screen', async () => {
  // The scenario of the link, as the desktop shows it.
  const desk = await open(site.url + LINK);
  const kpis = await desk.page.$$eval('.kpi .kpi-value', (xs) => xs.map((x) => x.textContent));
  await desk.context.close();

  const { page, context, problems } = await open(site.url + LINK, {
    viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true,
  });
  assert.deepEqual(await page.$$eval('.kpi .kpi-value', (xs) => xs.map((x) => x.textContent)), kpis, 'the same scenario');
  const layout = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth,
    // Outcomes first, the levers under them, each as wide as the screen.
    outcomes: document.querySelector('section.outcomes').getBoundingClientRect().toJSON(),
    levers: document.querySelector('aside.levers').getBoundingClientRect().toJSON(),
    kpiFont: parseFloat(getComputedStyle(document.querySelector('.kpi .kpi-value')).fontSize),
    smallest: Math.min(...[...document.querySelectorAll('.kpi *, .toolbar button, h1')]
      .filter((e) => e.childNodes.length && [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim()))
      .map((e) => parseFloat(getComputedStyle(e).fontSize))),
  }));
  assert.ok(layout.scrollWidth <= layout.innerWidth, `no sideways scrolling: ${layout.scrollWidth} > ${layout.innerWidth}`);
  assert.ok(layout.outcomes.y < layout.levers.y, 'outcomes above the levers');
  assert.ok(layout.outcomes.width > 340 && layout.levers.width > 340, JSON.stringify(layout));
  assert.ok(layout.kpiFont >= 18, `KPI values readable: ${layout.kpiFont}px`);
  assert.ok(layout.smallest >= 12, `no text under 12px: ${layout.smallest}px`);
  await page.waitForSelector('#chart-completion canvas.plot');
  assert.deepEqual(problems, []);
  await context.close();
});

/** Start `scripts/room-server.mjs` with `args`; resolves to { url (the first address it prints), stop }. */
async function roomServer(args) {
  const { spawn } = await import('node:child_process');
  const server = spawn(process.execPath, [new URL('../scripts/room-server.mjs', import.meta.url).pathname, ...args, '--no-qr']);
  let out = '';
  const url = await new Promise((resolve, reject) => {
    server.stdout.on('data', (chunk) => {
      out += chunk;
      const found = out.match(/^ {2}(http:\S+)$/m);
      if (found) resolve(found[1]);
    });
    server.on('exit', (code) => reject(new Error(`room-server exited (${code}): ${out}`)));
  });
  return { url, stop: () => server.kill() };
}

test('served to the room, the QR code holds the room\'s address, and a second browser opens it to the same scenario', async () => {
  // 127.0.0.2 stands in for the room's network: the page is opened at
  // 127.0.0.1 (the presenter's own browser), the server was told to offer
  // 127.0.0.2; no traffic leaves loopback.
  const room = await roomServer(['--address', '127.0.0.1', '--address', '127.0.0.2', '--advertise', '127.0.0.2', '--port', '0']);
  try {
    const port = new URL(room.url).port;
    assert.equal(room.url, `http://127.0.0.2:${port}/`);
    const { page, context, problems } = await open(`http://127.0.0.1:${port}/${LINK}`);
    // The room looks at 2027: the phone must open 2027 too.
    await page.click('.segmented button:has-text("2027")');
    await page.waitForFunction(() => document.querySelector('.kpi .kpi-year').textContent === '2027');
    await page.click('.toolbar button.qr');
    await page.waitForSelector('dialog.qr-dialog[open] svg.qr-code');
    const link = await page.textContent('dialog .qr-link');
    assert.ok(link.startsWith(room.url + '#'), `the room's address, not the page's: ${link}`);
    assert.match(link, /;y=2027(;|$)/, 'the year on screen');
    assert.equal(await readQr(page), link, 'the code, scanned, is that link');
    assert.equal(await page.$$eval('dialog .qr-warning', (w) => w.length), 0, 'no warning: phones can open it');
    assert.equal((await page.textContent('dialog .qr-hint')).trim(), '用手机扫码，打开当前情景');
    const kpis = await page.$$eval('.kpi .kpi-value', (xs) => xs.map((x) => x.textContent));
    assert.deepEqual(problems, []);
    await context.close();

    // The "phone": another browser context, at the scanned address.
    const phone = await open(link, { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    assert.equal(new URL(await phone.page.evaluate(() => location.href)).host, `127.0.0.2:${port}`);
    assert.deepEqual(await phone.page.$$eval('.kpi .kpi-value', (xs) => xs.map((x) => x.textContent)), kpis, 'the same scenario');
    assert.equal(await phone.page.textContent('.kpi .kpi-year'), '2027', 'at the same year');
    assert.deepEqual(phone.problems, []);
    await phone.context.close();
  } finally {
    room.stop();
  }
});

test('on loopback only, the QR dialog says plainly that phones cannot open the link', async () => {
  for (const [lang, text] of [['zh', /只在本机有效.*手机.*无法打开/], ['en', /works on this computer only; phones in the room cannot open it/]]) {
    const { page, context, problems } = await open(site.url + LINK, { lang });
    await page.click('.toolbar button.qr');
    await page.waitForSelector('dialog.qr-dialog[open] svg.qr-code');
    assert.match(await page.textContent('dialog .qr-warning'), text);
    assert.match(await page.textContent('dialog .qr-link'), /^http:\/\/127\.0\.0\.1:/);
    assert.deepEqual(problems, []);
    await context.close();
  }
});
