// Screenshots of the release build (run `trunk build --release` first):
//   node scripts/screenshots.mjs [outdir]
// Writes <outdir>/<lang>-<width>x<height>[@2x].png for both languages at the
// projector, tablet and phone sizes, and <name>-cities.png: the 11-city chart
// alone in the first slot at each size. Uses Debian's Chromium, nothing downloaded.
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveDist, CHROMIUM_ARGS, APP_READY } from '../e2e/serve-dist.mjs';

const out = process.argv[2] ?? 'docs/screenshots';
const sizes = [[1280, 720, 1], [1920, 1080, 1], [1024, 768, 2], [390, 844, 3]];
await mkdir(out, { recursive: true });
const site = await serveDist(fileURLToPath(new URL('../dist/', import.meta.url)));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
for (const lang of ['zh', 'en']) {
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
await browser.close();
site.server.close();
