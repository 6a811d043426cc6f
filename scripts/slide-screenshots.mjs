// Screenshots of presentation mode (run `trunk build --release` first):
//   node scripts/slide-screenshots.mjs [outdir]
// A deck whose middle slide changes money and every policy lever (the
// longest "what changed" and summary) is presented from that slide at
// 1920×1080 and 1280×720 in both languages: <outdir>/slide-<lang>-<w>x<h>.png;
// the levers drawer open with a live change: slide-live-zh-1920x1080.png;
// and the presenter's window: presenter-zh.png. Uses Debian's Chromium.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveDist, CHROMIUM_ARGS, APP_READY } from '../e2e/serve-dist.mjs';
import { busyDeck, funds } from '../e2e/deck-helpers.mjs';

const out = process.argv[2] ?? 'docs/screenshots';
await mkdir(out, { recursive: true });
const site = await serveDist(fileURLToPath(new URL('../dist/', import.meta.url)));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });

/** Present the busy deck from its second slide and wait for the band and the lines to settle. */
async function present(page) {
  await page.click('.slide-item[data-slide="1"] button:nth-child(1)');
  await page.waitForSelector('.presentation:not([data-moving]) .kpis[data-band-current=true]');
}

for (const [width, height] of [[1920, 1080], [1280, 720]]) {
  const context = await browser.newContext({ viewport: { width, height } });
  const page = await context.newPage();
  await page.goto(site.url);
  await page.waitForSelector(APP_READY);
  await busyDeck(page);
  for (const lang of ['zh', 'en']) {
    if (lang === 'en') {
      await page.click('button.lang-toggle');
      await page.waitForFunction(() => document.documentElement.lang === 'en');
    }
    await present(page);
    const file = `${out}/slide-${lang}-${width}x${height}.png`;
    await page.screenshot({ path: file });
    console.log(file);
    if (lang === 'zh' && width === 1920) {
      // The presenter's window beside it.
      const [presenter] = await Promise.all([context.waitForEvent('page'), page.click('.slide-presenter')]);
      await presenter.setViewportSize({ width: 900, height: 700 });
      await presenter.waitForSelector('.presenter-title');
      await presenter.screenshot({ path: `${out}/presenter-zh.png` });
      console.log(`${out}/presenter-zh.png`);
      await presenter.close();
      // A live change with the levers open.
      await page.keyboard.press('l');
      await page.waitForSelector('.live-levers #lever-plan_funds_bn');
      await funds(page, 3300);
      await page.waitForSelector('.presentation .live-badge');
      await page.waitForSelector('.presentation:not([data-moving]) .kpis[data-band-current=true]');
      await page.screenshot({ path: `${out}/slide-live-zh-1920x1080.png` });
      console.log(`${out}/slide-live-zh-1920x1080.png`);
      await page.click('.live-drop');
      await page.click('.live-levers .live-close');
    }
    await page.keyboard.press('Escape');
    await page.waitForSelector('.presentation', { state: 'detached' });
  }
  await context.close();
}
await browser.close();
site.server.close();
