// What the end-to-end tests share, written once: opening the app in a page
// with its errors collected, waiting until the charts are drawn, and reading
// a downloaded PNG's pixels. (serve-dist.mjs serves dist/ and starts Chromium.)
import assert from 'node:assert/strict';
import { inflateSync } from 'node:zlib';
import { APP_READY } from './serve-dist.mjs';

/**
 * A new page of `context` at `url`, once the app has mounted (APP_READY), with every
 * console error and page error collected in `problems` (a test ends by
 * asserting there were none).
 */
export async function openApp(context, url) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(url);
  await page.waitForSelector(APP_READY);
  return { page, problems };
}

/**
 * The app at `url` in a new context of `browser`: 1280×720 unless `viewport`
 * says otherwise, `timeout` ms for every wait, the app's language set to
 * `lang` before it starts if given; other options go to `browser.newContext`.
 * The caller closes the context.
 */
export async function openInNewContext(browser, url, { timeout = 10000, lang, viewport = { width: 1280, height: 720 }, ...options } = {}) {
  const context = await browser.newContext({ viewport, ...options });
  context.setDefaultTimeout(timeout);
  if (lang) await context.addInitScript((l) => localStorage.setItem('urban-rural-sim.lang', JSON.stringify(l)), lang);
  const { page, problems } = await openApp(context, url);
  return { context, page, problems };
}

/**
 * Resolves once every chart canvas on the page (the line charts' `canvas.plot`,
 * the small multiples' `canvas.cities`) has been drawn at the size it is laid
 * out at now — its pixels are its css size × the device pixel ratio, and it
 * has recorded its labels — and stays so over two frames (a resize observer's
 * redraw lands in the frame after the layout change).
 */
export function chartsDrawn(page) {
  return page.waitForFunction(() => {
    const dpr = Math.min(Math.max(devicePixelRatio, 1), 4);
    const drawn = () => [...document.querySelectorAll('canvas.plot, canvas.cities')].every((c) => {
      if (!c.isConnected || c.clientWidth === 0) return true; // not on screen: nothing to draw
      const w = Math.round(Math.max(c.clientWidth, c.classList.contains('cities') ? 200 : 120) * dpr);
      const h = Math.round(Math.max(c.clientHeight, 100) * dpr);
      return c.hasAttribute('data-labels') && c.width === w && (c.classList.contains('cities') || c.height === h);
    });
    if (!drawn()) { window.__drawnFrames = 0; return false; }
    window.__drawnFrames = (window.__drawnFrames ?? 0) + 1;
    return window.__drawnFrames >= 2;
  }, null, { polling: 'raf' });
}

/**
 * A PNG (8-bit RGBA or RGB, non-interlaced, as the app and screenshots make
 * them): its width, height, channels, unfiltered pixels `out` (rows of
 * width × channels bytes), and `dark(x0, y0, x1, y1)`, how many pixels of
 * that box are dark.
 */
export function decodePng(bytes) {
  const width = bytes.readUInt32BE(16), height = bytes.readUInt32BE(20);
  const depth = bytes[24], type = bytes[25];
  assert.equal(depth, 8);
  const channels = type === 6 ? 4 : 3;
  const idat = [];
  for (let at = 8; at < bytes.length;) {
    const len = bytes.readUInt32BE(at), kind = bytes.subarray(at + 4, at + 8).toString();
    if (kind === 'IDAT') idat.push(bytes.subarray(at + 8, at + 8 + len));
    at += 12 + len;
  }
  const raw = inflateSync(Buffer.concat(idat));
  const stride = width * channels, out = Buffer.alloc(height * stride);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    for (let x = 0; x < stride; x++) {
      const v = raw[y * (stride + 1) + 1 + x];
      const a = x >= channels ? out[y * stride + x - channels] : 0;
      const b = y > 0 ? out[(y - 1) * stride + x] : 0;
      const c = x >= channels && y > 0 ? out[(y - 1) * stride + x - channels] : 0;
      const p = a + b - c, pa = Math.abs(p - a), pb = Math.abs(p - b), pc = Math.abs(p - c);
      const pred = [0, a, b, (a + b) >> 1, pa <= pb && pa <= pc ? a : pb <= pc ? b : c][filter];
      out[y * stride + x] = (v + pred) & 0xff;
    }
  }
  return { width, height, channels, out, dark: (x0, y0, x1, y1) => {
    let n = 0;
    for (let y = y0; y < y1; y++) for (let x = x0; x < x1; x++) {
      const i = y * stride + x * channels;
      if (out[i] < 100 && out[i + 1] < 100 && out[i + 2] < 100) n++;
    }
    return n;
  } };
}
