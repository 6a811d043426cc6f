// Screenshots of the release build (run `trunk build --release` first):
//   node scripts/screenshots.mjs [outdir]
// Writes <outdir>/<lang>-<width>x<height>[@2x].png for both languages at the
// projector, tablet and phone sizes, and <name>-cities.png: the 11-city chart
// alone in the first slot at each size; and phone-<lang>-390x844.png: a phone's
// first screen (touch, DPR 2) opened from a share link to a changed scenario
// at 2027, as someone in the room sees it after scanning the QR code.
// `--phone` takes only those. Slides: scripts/slide-screenshots.mjs.
// Uses Debian's Chromium, nothing downloaded.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveDist, CHROMIUM_ARGS, APP_READY } from '../e2e/serve-dist.mjs';

const args = process.argv.slice(2);
const phoneOnly = args.includes('--phone');
const out = args.find((a) => !a.startsWith('--')) ?? 'docs/screenshots';
const sizes = [[1280, 720, 1], [1920, 1080, 1], [1024, 768, 2], [390, 844, 3]];
await mkdir(out, { recursive: true });
const site = await serveDist(fileURLToPath(new URL('../dist/', import.meta.url)));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
for (const lang of phoneOnly ? [] : ['zh', 'en']) {
  for (const [width, height, dpr] of sizes) {
    const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: dpr });
    await context.addInitScript((l) => localStorage.setItem('urban-rural-sim.lang', JSON.stringify(l)), lang);
    const page = await context.newPage();
    await page.goto(site.url);
    await page.waitForSelector(APP_READY);
    await page.waitForTimeout(200);
    const file = `${out}/${lang}-${width}x${height}${dpr > 1 ? `@${dpr}x` : ''}.png`;
    await page.screenshot({ path: file });
    console.log(file);
    // The same screen with the 11-city small multiples in the first slot,
    // the chart whose labels are easiest to get wrong.
    await page.selectOption('.slot:nth-child(1) select', 'cities');
    await page.waitForSelector('#chart-cities canvas.cities');
    await page.waitForTimeout(200);
    const cities = file.replace(/\.png$/, '-cities.png');
    await page.locator('#chart-cities').screenshot({ path: cities });
    console.log(cities);
    await context.close();
  }
}
// The phone: a changed scenario from a share link (this build's model version).
for (const lang of ['zh', 'en']) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  await context.addInitScript((l) => localStorage.setItem('urban-rural-sim.lang', JSON.stringify(l)), lang);
  const page = await context.newPage();
  await page.goto(site.url);
  await page.waitForSelector(APP_READY);
  await page.waitForFunction(() => /m=[\d.]+/.test(location.hash));
  const version = await page.evaluate(() => location.hash.match(/m=([\d.]+)/)[1]);
  await page.goto(`${site.url}#v=1;m=${version};plan_funds_bn=374.4;execution_speed=1.3;standards_effort=1.2;y=2027`);
  await page.reload();
  await page.waitForSelector(`${APP_READY}`);
  await page.waitForSelector('.story');
  await page.waitForTimeout(200);
  const file = `${out}/phone-${lang}-390x844.png`;
  await page.screenshot({ path: file });
  console.log(file);
  await context.close();
}
await browser.close();
site.server.close();
