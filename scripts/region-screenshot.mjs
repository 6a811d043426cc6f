// The README's region screenshot (issue 22): Jiaxing loaded, the assumptions
// tab open, and a wrong file's problems listed. After `trunk build --release`:
//   node scripts/region-screenshot.mjs [out.png]
import { startBrowser } from '../e2e/serve-dist.mjs';
import { openApp } from '../e2e/helpers.mjs';

const root = new URL('..', import.meta.url).pathname;
const out = process.argv[2] ?? `${root}docs/screenshots/region-zh-1280x720.png`;
const harness = await startBrowser();
try {
  const context = await harness.browser.newContext({ viewport: { width: 1280, height: 720 } });
  const { page } = await openApp(context, harness.site.url);
  await page.click('button[role=tab]:nth-child(2)');
  await Promise.all([page.waitForNavigation(), page.setInputFiles('.region-load input', `${root}data/jiaxing-2025.json`)]);
  await page.waitForSelector('.kpis');
  await page.click('button[role=tab]:nth-child(2)');
  await page.setInputFiles('.region-load input', `${root}tests/fixtures/region/many-problems.csv`);
  await page.waitForSelector('.region-problems li');
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await harness.close();
}
