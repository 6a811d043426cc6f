// The single file (scripts/single-file.mjs → dist-single/urban-rural-sim.html,
// built by scripts/test.sh after the release build): opened from file:// with
// the network off, in Chromium, it shows the KPIs, a lever moves them, the
// worker answers (the target probabilities, the band), the model reference
// and the QR code's worker load from inside the file; it asks for nothing
// but the file itself. The QR dialog says a file cannot be opened by phones;
// built with HOSTED_URL, its code opens the hosted copy instead.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import jsQR from 'jsqr';
import { launchChromium, APP_READY } from './serve-dist.mjs';

const ROOT = new URL('..', import.meta.url).pathname;
const SINGLE = join(ROOT, 'dist-single', 'urban-rural-sim.html');
// A hosted copy's address (nothing is sent there: the test only reads the code).
const HOSTED = 'https://planning.example.org/sim/';

let browser, tmp;
before(async () => {
  assert.ok(existsSync(SINGLE), `${SINGLE} is missing: run node scripts/single-file.mjs after trunk build --release`);
  browser = await launchChromium();
  tmp = mkdtempSync(join(tmpdir(), 'urs-single-'));
});
after(async () => {
  await browser?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

/**
 * `file` opened from file:// in a new context with the network off: offline,
 * and any request that is not for a file:, blob: or data: URL refused and
 * recorded in `requests`.
 */
async function openOffline(file, hash = '') {
  const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
  context.setDefaultTimeout(20000);
  await context.setOffline(true);
  const requests = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (/^(file|blob|data):/.test(url)) return route.continue();
    requests.push(url);
    return route.abort('internetdisconnected');
  });
  // Every attempt to register a service worker, counted (Chromium refuses one
  // on file://, but the app should not even ask: src/app/offline.rs).
  await context.addInitScript(() => {
    window.__swRegisters = 0;
    const register = globalThis.ServiceWorkerContainer?.prototype.register;
    if (register) {
      ServiceWorkerContainer.prototype.register = function (...args) {
        window.__swRegisters += 1;
        return register.apply(this, args);
      };
    }
  });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('request', (r) => { if (!/^(file|blob|data):/.test(r.url())) requests.push(r.url()); });
  page.on('worker', (w) => w.on('console', (m) => { if (m.type() === 'error') problems.push(`worker: ${m.text()}`); }));
  await page.goto(pathToFileURL(file).href + hash);
  return { context, page, problems, requests };
}

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

test('the single file opens from file:// with the network off: KPIs, a lever, the worker, the model reference, the QR code', async () => {
  const { context, page, problems, requests } = await openOffline(SINGLE);
  try {
    await page.waitForSelector(APP_READY);
    assert.equal(await page.isVisible('#file-notice'), false, 'no "needs a server" notice');
    assert.equal(await page.isVisible('#browser-notice'), false);
    const kpi = (name) => page.textContent(`[data-kpi=${name}] .kpi-value`);
    assert.match(await kpi('overall'), /^\d+\.\d %$/);

    // The worker (a blob: worker running the page's compiled wasm): the
    // target probabilities come from its band.
    const target = '[data-kpi=city-gap] .kpi-prob';
    await page.waitForFunction((t) => /达成概率 \d+\s%/.test(document.querySelector(t)?.textContent), target);
    const probability = await page.textContent(target);

    // A lever moves a KPI, and the worker answers again for the new scenario.
    const overall = await kpi('overall');
    await page.$eval('#lever-hukou_reform', (x) => {
      x.value = x.max;
      x.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.waitForFunction((b) => document.querySelector('[data-kpi=overall] .kpi-value').textContent !== b, overall);
    assert.ok(parseFloat(await kpi('overall')) < parseFloat(overall), 'the reform took money from the projects');
    await page.$eval('#lever-mountain_share', (x) => {
      x.value = x.max;
      x.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await page.waitForFunction(([t, b]) => {
      const now = document.querySelector(t)?.textContent;
      return /达成概率 \d+\s%/.test(now) && now !== b;
    }, [target, probability]);

    // The model reference, from the file's own copy of docs/MODEL.zh.md (the page is in Chinese).
    await page.click('details.panel:last-of-type summary');
    await page.waitForSelector('article.model-ref[lang=zh]');
    assert.match(await page.textContent('.model-ref'), /income_ratio\(y\)\s+= U\(y\) \/ R\(y\)/);
    assert.match(await page.textContent('.model-ref h3'), /[\u4e00-\u9fff]/);

    // The QR code, from the file's own QR worker; the dialog says phones cannot open a file.
    await page.click('.toolbar button.qr');
    await page.waitForSelector('dialog.qr-dialog[open] svg.qr-code path');
    assert.match(await page.textContent('dialog .qr-hint'), /本页面是从文件打开的，手机无法打开这个链接/);
    assert.match(await readQr(page), /^file:\/\/.*urban-rural-sim\.html#/);
    await page.click('dialog .qr-close');

    // No service worker asked for on file://, and nothing asked of any network.
    assert.equal(await page.evaluate(() => window.__swRegisters), 0);
    assert.deepEqual(requests, []);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('built with HOSTED_URL, the file\'s QR code opens the hosted copy at the same scenario, and says so', async () => {
  const hostedFile = join(tmp, 'hosted.html');
  execFileSync('node', [join(ROOT, 'scripts/single-file.mjs'), join(ROOT, 'dist'), hostedFile], {
    env: { ...process.env, HOSTED_URL: HOSTED },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const link = '#v=1;m=1.1.0;hukou_reform=1.6;mountain_share=0.5;plan_funds_bn=280';
  const { context, page, problems, requests } = await openOffline(hostedFile, link);
  try {
    await page.waitForSelector(APP_READY);
    await page.click('.toolbar button.qr');
    await page.waitForSelector('dialog.qr-dialog[open] svg.qr-code path');
    // The hosted address is known at once (the file's own room.json): wait for the code of it.
    await page.waitForFunction((h) => document.querySelector('dialog .qr-link')?.textContent.startsWith(h), HOSTED);
    const hint = await page.textContent('dialog .qr-hint');
    assert.match(hint, /手机无法打开文件/);
    assert.match(hint, /托管在网上的副本/);
    const code = await readQr(page);
    assert.ok(code.startsWith(`${HOSTED}#`), code);
    assert.match(code, /plan_funds_bn=280/, 'the same scenario');
    assert.equal(code, await page.textContent('dialog .qr-link'));
    assert.deepEqual(requests, []);
    assert.deepEqual(problems, []);
  } finally {
    await context.close();
  }
});

test('the single-file build refuses a HOSTED_URL a phone could not open', () => {
  assert.throws(
    () => execFileSync('node', [join(ROOT, 'scripts/single-file.mjs'), join(ROOT, 'dist'), join(tmp, 'bad.html')], {
      env: { ...process.env, HOSTED_URL: 'file:///media/usb/sim.html' },
      stdio: ['ignore', 'ignore', 'pipe'],
    }),
    /HOSTED_URL must be an http\(s\) address/,
  );
  assert.equal(existsSync(join(tmp, 'bad.html')), false);
});
