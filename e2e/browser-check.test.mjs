// A browser too old for the app gets a page saying so, in both languages
// (中文 first), naming the browsers to use — not a blank page and not the
// first paint's inert picture (index.html's plain-ES5 check; README,
// "Browsers"). Stood in for by taking away, before any script of the page
// runs (CDP Page.addScriptToEvaluateOnNewDocument, through addInitScript),
// what an older browser lacks: WebAssembly itself, the wasm features the
// app's module uses, compiling wasm under the CSP, or the app's wasm failing
// to compile as it loads.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { startBrowser, serveDist, APP_READY } from './serve-dist.mjs';

const DIST = new URL('../dist/', import.meta.url).pathname;

let browser, site, harness;
before(async () => {
  harness = await startBrowser();
  ({ browser, site } = harness);
});
after(async () => harness?.close());

/**
 * A page of the app at `url` with `older` run before any of its scripts;
 * `error(re)` resolves at the first page error matching `re`.
 */
async function openAs(older, url = site.url) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  context.setDefaultTimeout(15000);
  if (older) await context.addInitScript(older);
  const page = await context.newPage();
  const errors = [];
  const waiting = [];
  page.on('pageerror', (e) => {
    errors.push(e.message);
    for (const w of waiting) if (w.re.test(e.message)) w.resolve();
  });
  const error = (re) =>
    errors.some((m) => re.test(m)) ? Promise.resolve() : new Promise((resolve) => waiting.push({ re, resolve }));
  await page.goto(url);
  return { context, page, errors, error };
}

/** The notice is on screen, Chinese first, naming what to use; the first paint is gone. */
async function saysTooOld(page) {
  await page.waitForSelector('#browser-notice', { state: 'visible' });
  const [zh, en] = await page.$$eval('#browser-notice p', (ps) => ps.map((p) => p.textContent));
  assert.match(zh, /此浏览器版本过旧/);
  assert.match(zh, /Chrome 或 Edge 97 及以上、Firefox 114 及以上、Safari 16 及以上/);
  assert.match(en, /This browser is too old/);
  assert.match(en, /Chrome or Edge 97 or later, Firefox 114 or later, Safari 16 or later/);
  assert.equal(await page.isVisible('#boot'), false, 'the first paint is replaced by the notice');
  assert.equal(await page.isVisible('#file-notice'), false);
  assert.equal(await page.$('.app:not(#boot)'), null, 'the app did not start');
}

const OLDER = {
  'no WebAssembly at all': () => {
    delete globalThis.WebAssembly;
  },
  'WebAssembly without reference types or bulk memory (validate says no; the app\'s module would not compile)': () => {
    WebAssembly.validate = () => false;
    const refuse = () => Promise.reject(new WebAssembly.CompileError('invalid value type 0x6f'));
    WebAssembly.instantiate = refuse;
    WebAssembly.instantiateStreaming = refuse;
  },
};

for (const [what, older] of Object.entries(OLDER)) {
  test(`an older browser (${what}) is told which browsers to use`, async () => {
    const { context, page } = await openAs(older);
    try {
      await saysTooOld(page);
    } finally {
      await context.close();
    }
  });
}

test('a browser that does not know \'wasm-unsafe-eval\' (as before Chromium 97 or Safari 16) refuses to compile wasm under the CSP: the same notice', async () => {
  // The build's own CSP without the keyword: Chromium then refuses wasm as
  // an older one refuses it with the keyword it does not know.
  const strict = await serveDist(DIST, '/', {
    rewrite: (path, body) =>
      path === '/' || path.endsWith('index.html') ? Buffer.from(body.toString().replace(/(script-src [^;"]*?) 'wasm-unsafe-eval'/, '$1')) : body,
  });
  const { context, page } = await openAs(null, strict.url);
  try {
    const csp = await page.getAttribute('meta[http-equiv=Content-Security-Policy]', 'content');
    assert.ok(!csp.includes('wasm-unsafe-eval') && csp.includes("script-src 'self'"), csp);
    await saysTooOld(page);
  } finally {
    await context.close();
    strict.server.close();
  }
});

test('the check passes, but the app\'s wasm fails to compile as it loads: the same notice', async () => {
  // The small probe validates and compiles; the app's own module does not.
  const { context, page } = await openAs(() => {
    const refuse = () => Promise.reject(new WebAssembly.CompileError('invalid opcode 0xfc'));
    WebAssembly.instantiate = refuse;
    WebAssembly.instantiateStreaming = refuse;
  });
  try {
    await saysTooOld(page);
  } finally {
    await context.close();
  }
});

test('a current browser sees no notice, and a wasm fetch that fails for the network is not called "too old"', async () => {
  const { context, page, errors } = await openAs(null);
  try {
    await page.waitForSelector(APP_READY);
    assert.equal(await page.isVisible('#browser-notice'), false);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
  // The app's wasm cannot be fetched (a network cut, not the browser's age).
  const cut = await openAs(() => {
    const fail = () => Promise.reject(new TypeError('Failed to fetch'));
    WebAssembly.instantiateStreaming = fail;
    WebAssembly.instantiate = fail;
  });
  try {
    await cut.error(/Failed to fetch/);
    // The check's own listener for the same error ran before the test heard of it.
    assert.equal(await cut.page.isVisible('#browser-notice'), false);
  } finally {
    await cut.context.close();
  }
});

test('the single file, in an older browser, gets the same notice (not "open it from a server")', async () => {
  const single = new URL('../dist-single/urban-rural-sim.html', import.meta.url);
  assert.ok(existsSync(single), 'dist-single/urban-rural-sim.html is missing: run node scripts/single-file.mjs after trunk build --release');
  const { context, page } = await openAs(() => {
    delete globalThis.WebAssembly;
  }, pathToFileURL(single.pathname).href);
  try {
    await saysTooOld(page);
  } finally {
    await context.close();
  }
});
