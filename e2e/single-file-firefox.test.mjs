// The single file in Firefox (Debian's ESR, over WebDriver BiDi: e2e/firefox-bidi.mjs),
// opened from file:// with the network off: the KPIs, a lever moving them, the
// worker's target probabilities following, and no request but the file's own.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { FIREFOX, launchFirefox } from './firefox-bidi.mjs';

const SINGLE = new URL('../dist-single/urban-rural-sim.html', import.meta.url).pathname;

let firefox;
before(async () => {
  assert.ok(existsSync(SINGLE), `${SINGLE} is missing: run node scripts/single-file.mjs after trunk build --release`);
  assert.ok(existsSync(FIREFOX), `${FIREFOX} is missing: bash scripts/setup.sh --with-browser installs firefox-esr`);
  firefox = await launchFirefox();
});
after(async () => firefox?.close());

test('Firefox opens the single file from file:// offline; a lever moves the KPIs and the worker answers', async () => {
  await firefox.goto(pathToFileURL(SINGLE).href);
  const overall = `document.querySelector('.app:not(#boot) [data-kpi=overall] .kpi-value')`;
  const target = `document.querySelector('.app:not(#boot) [data-kpi=city-gap] .kpi-prob')`;
  await firefox.waitFor(`() => !!${overall}`);
  // Neither notice (the app's mount replaces the body's content).
  assert.equal(await firefox.evaluate(`['file-notice', 'browser-notice'].every((id) => document.getElementById(id)?.hidden ?? true)`), true);
  const before = await firefox.evaluate(`${overall}.textContent`);
  assert.match(before, /^\d+\.\d %$/);
  // The worker's band gives the target probabilities.
  await firefox.waitFor(`() => /达成概率 \\d+\\s%/.test(${target}?.textContent)`);
  const probability = await firefox.evaluate(`${target}.textContent`);

  await firefox.evaluate(`(() => {
    for (const id of ['hukou_reform', 'mountain_share']) {
      const x = document.getElementById('lever-' + id);
      x.value = x.max;
      x.dispatchEvent(new Event('input', { bubbles: true }));
    }
  })()`);
  await firefox.waitFor(`() => ${overall}.textContent !== ${JSON.stringify(before)}`);
  assert.ok(parseFloat(await firefox.evaluate(`${overall}.textContent`)) < parseFloat(before), 'the reform took money from the projects');
  await firefox.waitFor(`() => /达成概率 \\d+\\s%/.test(${target}?.textContent) && ${target}.textContent !== ${JSON.stringify(probability)}`);

  // The QR code's own worker, and its warning.
  await firefox.evaluate(`document.querySelector('.toolbar button.qr').click()`);
  await firefox.waitFor(`() => !!document.querySelector('dialog.qr-dialog[open] svg.qr-code path')`);
  assert.match(await firefox.evaluate(`document.querySelector('dialog .qr-hint').textContent`), /手机无法打开这个链接/);

  assert.deepEqual(firefox.requests.filter((u) => !/^(file|blob|data):/.test(u)), []);
  assert.deepEqual(firefox.errors(), []);
});
