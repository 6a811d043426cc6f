// The single-file build: ONE self-contained HTML file made from the release
// build (dist/), to carry on a USB stick or send as a chat attachment; it
// opens by double-click (file://) with no network and no server.
//   node scripts/single-file.mjs [dist-dir] [out-file]
//   (default dist/ → dist-single/urban-rural-sim.html; bash scripts/build-single.sh
//   builds dist/ first)
// HOSTED_URL=https://example.org/sim/ (optional, at build time): the address of
// a hosted copy of the app. A file cannot be opened by phones, so the file's
// share link and QR code then point there (as room.json does for a served
// page: src/app/room.rs), and the QR dialog says so.
//
// What goes in, and how it runs without files beside it:
// - the stylesheet, as a <style> (allowed by its hash);
// - the app's JS glue and a small loader, as one inline module script: the
//   loader decodes the app's wasm (base64, in a data block) and starts it;
// - the other files (the app's worker, the QR code's worker with its own wasm,
//   docs/MODEL.md and docs/MODEL.zh.md, room.json when HOSTED_URL is set), base64 in data blocks: the
//   loader makes blob: URLs of them and hands them to the app as
//   window.ursFiles before it starts (src/app/assets.rs). The workers are
//   classic scripts: Chromium loads no module worker from a blob: URL of a
//   page opened from a file. The app's worker still gets the page's compiled
//   wasm module handed over (src/app/worker.rs), as when served;
// - the first paint and index.html's browser check, as they are.
// The CSP: nothing but the file itself (default-src 'none'), scripts by their
// hashes, 'wasm-unsafe-eval', workers and fetches from its own blob: URLs.
// No service worker (src/app/offline.rs): there is nothing to cache.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const root = resolve(dirname(new URL(import.meta.url).pathname), '..');
const dist = resolve(process.argv[2] ?? join(root, 'dist'));
const out = resolve(process.argv[3] ?? join(root, 'dist-single', 'urban-rural-sim.html'));
const hosted = process.env.HOSTED_URL?.trim() || null;

const fail = (message) => {
  throw new Error(`single-file: ${message}`);
};
const read = (name) => readFileSync(join(dist, name));
const text = (name) => readFileSync(join(dist, name), 'utf8');
const sha256 = (s) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

if (hosted !== null) {
  let url;
  try {
    url = new URL(hosted);
  } catch {
    fail(`HOSTED_URL is not a URL: ${hosted}`);
  }
  if (!/^https?:$/.test(url.protocol) || /\s/.test(hosted) || hosted.length > 2000) {
    fail(`HOSTED_URL must be an http(s) address, as a phone would open it: ${hosted}`);
  }
}

let html = text('index.html');

// trunk's loader names this build's JS glue and wasm; it is replaced below.
const loader = html.match(/<script type="module">\s*import init, \* as bindings from '\.\/([^']+\.js)';\s*const wasm = await init\(\{ module_or_path: '\.\/([^']+\.wasm)' \}\);[\s\S]*?<\/script>/);
if (!loader) fail("dist/index.html: trunk's loader is not as expected (run trunk build --release first)");
const [loaderTag, glueName, wasmName] = loader;
html = html.replace(loaderTag, '');
// Nothing to preload: everything is in the file.
html = html.replace(/<link rel="(?:modulepreload|preload)"[^>]*>/g, '');

// The stylesheet, inline. It names no other file (no fonts, no images).
const cssLink = html.match(/<link rel="stylesheet" href="\.\/([^"]+\.css)"[^>]*\/?>/);
if (!cssLink) fail('dist/index.html names no stylesheet');
const css = text(cssLink[1]);
if (/url\(\s*['"]?(?!data:)/.test(css) || /@import/.test(css)) fail(`${cssLink[1]} refers to another file; inline it as data: first`);
html = html.replace(cssLink[0], () => `<style>${css}</style>`);

// The JS glue, as a module (the page) and as a classic script (the worker).
const glue = text(glueName);
if (!glue.includes('export default __wbg_init;')) fail(`${glueName}: no "export default __wbg_init;"`);
for (const bad of ['</script', '<!--', '<script']) if (glue.includes(bad)) fail(`${glueName} contains ${bad}`);
const classicGlue = glue
  .replace(/^export \{ initSync \};$/m, '')
  .replace(/^export default __wbg_init;$/m, '')
  .replaceAll('import.meta.url', 'self.location.href');
if (/^\s*(?:export|import)\b/m.test(classicGlue)) fail(`${glueName}: an import or export is left for the classic worker`);

// The app's worker: static/worker.js (postbuild.mjs wrote the glue's name in),
// its import of the glue replaced by the glue itself.
const worker = text('worker.js');
const importLine = `import init from './${glueName}';`;
if (!worker.includes(importLine)) fail(`worker.js does not import ${glueName} as expected`);
const workerSource = `${classicGlue}\n${worker.replace(importLine, 'const init = __wbg_init;')}`;

// The QR code's worker: trunk's no-modules glue, started on its wasm's bytes.
const qrLoader = text('qr-worker_loader.js');
if (!/^importScripts\("\.\/qr-worker\.js"\);wasm_bindgen\("\.\/qr-worker_bg\.wasm"\);$/.test(qrLoader.trim())) {
  fail(`qr-worker_loader.js is not as expected: ${qrLoader}`);
}
const qrSource = `${text('qr-worker.js')}
wasm_bindgen({ module_or_path: Uint8Array.from(atob('${read('qr-worker_bg.wasm').toString('base64')}'), (c) => c.charCodeAt(0)) });
`;

// The files the app finds through window.ursFiles (src/app/assets.rs).
const APP_WASM = 'app.wasm';
const files = [
  [APP_WASM, 'application/wasm', read(wasmName)],
  ['worker.js', 'text/javascript', Buffer.from(workerSource)],
  ['qr-worker_loader.js', 'text/javascript', Buffer.from(qrSource)],
  ['MODEL.md', 'text/markdown; charset=utf-8', read('MODEL.md')],
  ['MODEL.zh.md', 'text/markdown; charset=utf-8', read('MODEL.zh.md')],
];
if (hosted !== null) files.push(['room.json', 'application/json', Buffer.from(JSON.stringify({ urls: [hosted] }))]);
const blocks = files
  .map(([name, type, bytes]) => `<script type="application/x-urs-file" data-file="${name}" data-type="${type}">${bytes.toString('base64')}</script>`)
  .join('\n');

// The page's module: the glue, then the loader (in a block: the glue's names stay its own).
const start = `${glue}
{
  // scripts/single-file.mjs: the files inlined in this page, as blob: URLs for
  // the app (src/app/assets.rs), and the app's wasm, started from its bytes.
  const ursFiles = {};
  let ursWasm = null;
  for (const block of document.querySelectorAll('script[type="application/x-urs-file"]')) {
    const chars = atob(block.textContent);
    const bytes = new Uint8Array(chars.length);
    for (let i = 0; i < chars.length; i++) bytes[i] = chars.charCodeAt(i);
    if (block.dataset.file === '${APP_WASM}') ursWasm = bytes;
    else ursFiles[block.dataset.file] = URL.createObjectURL(new Blob([bytes], { type: block.dataset.type }));
    block.remove();
  }
  window.ursFiles = ursFiles;
  const ursInstance = await __wbg_init({ module_or_path: ursWasm });
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: ursInstance } }));
}
`;
html = html.replace('</body>', () => `${blocks}\n<script type="module">${start}</script>\n</body>`);

// The page's root says it is the single file: index.html's check then does
// not send it to a server.
if (!html.includes('<html lang="zh-CN">')) fail('dist/index.html: no <html lang="zh-CN">');
html = html.replace('<html lang="zh-CN">', '<html lang="zh-CN" data-single-file="">');

// The CSP, by the hashes of what is inline now.
const scripts = [...html.matchAll(/<script(?: type="module")?>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
if (scripts.length !== 2) fail(`expected the browser check and the loader as inline scripts, found ${scripts.length}`);
const csp = [
  "default-src 'none'",
  `script-src 'wasm-unsafe-eval' ${scripts.map(sha256).join(' ')}`,
  `style-src ${styles.map(sha256).join(' ')}`,
  "style-src-attr 'unsafe-inline'",
  'img-src data: blob:',
  'connect-src blob:',
  'worker-src blob:',
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');
const cspMeta = /<meta http-equiv="Content-Security-Policy" content="[^"]*" \/>/;
if (!cspMeta.test(html)) fail('dist/index.html has no CSP meta to replace');
html = html.replace(cspMeta, () => `<meta http-equiv="Content-Security-Policy" content="${csp}" />`);

// Nothing may still point beside the page.
const left = html.match(/(?:src|href)="\.\/[^"]*"/);
if (left) fail(`still refers to a file beside the page: ${left[0]}`);

mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, html);
const mb = (n) => `${(n / 1e6).toFixed(2)} MB`;
console.log(`single-file: ${out} (${mb(Buffer.byteLength(html))}; app wasm ${mb(read(wasmName).length)} inlined as base64)${hosted ? `; hosted copy ${hosted}` : '; no hosted copy (HOSTED_URL unset)'}`);
