// trunk's post_build hook (Trunk.toml): runs on the finished build in
// $TRUNK_STAGING_DIR before trunk moves it to dist/.
//
// 0. The full app's files get hashed names, written into index.html's loader;
//    no classic script may sit in the head (0b).
// 0c. The first paint: the built-in scenario's first screen, rendered natively
//     by src/bin/first_paint.rs, in place of index.html's <!--first-paint-->.
// 1. The Content-Security-Policy in index.html allows no inline script but
//    by its hash: the hashes of the page's inline scripts (trunk's loader of
//    the wasm, which names this build's hashed files, and the file:// notice)
//    replace the marker __INLINE_SCRIPT_HASHES__.
// 2. The service worker (sw.js, copied from static/) learns the build: the
//    list of every file to cache and the build id, the first 16 hex digits of
//    the SHA-256 of every file's name and SHA-256 (sw.js itself aside). Any
//    change to any file is a new id, so a new sw.js, which browsers notice.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('postbuild.mjs runs as a trunk hook: TRUNK_STAGING_DIR is not set');

const sha256 = (data, encoding) => createHash('sha256').update(data).digest(encoding);

// 0. The full app (src/bin/full_app.rs, built by trunk as a "worker" with the
//    web target, so under its plain Cargo name): hashed names, so a browser
//    never pairs a cached copy with a newer first screen, written into
//    index.html's loader (window.ursLoadFull).
const indexPath = join(staging, 'index.html');
let index = readFileSync(indexPath, 'utf8');
{
  const js = readFileSync(join(staging, 'full-app.js'));
  const wasm = readFileSync(join(staging, 'full-app_bg.wasm'));
  const hash = createHash('sha256').update(js).update(wasm).digest('hex').slice(0, 16);
  const names = { js: `full-app-${hash}.js`, wasm: `full-app-${hash}_bg.wasm` };
  renameSync(join(staging, 'full-app.js'), join(staging, names.js));
  renameSync(join(staging, 'full-app_bg.wasm'), join(staging, names.wasm));
  for (const [marker, name] of [['__FULL_APP_JS__', names.js], ['__FULL_APP_WASM__', names.wasm]]) {
    if (!index.includes(marker)) throw new Error(`index.html has no ${marker} in the full app's loader`);
    index = index.replace(marker, name);
  }
}

// 0b. No classic script in the head: one there holds the parser until the
//     stylesheet has arrived, and with it trunk's preload of the first
//     screen's wasm at the end of the head (on DevTools' Fast 3G the largest
//     file then starts 562 ms late; docs/BENCHMARKS.md, cold start).
{
  const head = index.slice(0, index.indexOf('</head>'));
  for (const [, attrs] of head.matchAll(/<script\b([^>]*)>/gi)) {
    if (!/type="module"/.test(attrs)) throw new Error(`index.html: a classic <script${attrs}> in the head delays the wasm's preload; put it in the body`);
  }
}

// 0c. The first paint (src/bin/first_paint.rs, natively, Yew's server
//     rendering of the app's own components): what the page shows before any
//     script. It holds no script, so the CSP below is unchanged by it.
{
  const MARK = '<!--first-paint-->';
  if (!index.includes(MARK)) throw new Error(`index.html has no ${MARK} for the first paint`);
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const html = execFileSync('cargo', ['run', '--quiet', '--features', 'ssr', '--bin', 'first-paint'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  }).trim();
  if (!html.startsWith('<div id="boot"') || /<script\b/i.test(html)) {
    throw new Error(`first-paint printed no #boot element, or a script: ${html.slice(0, 200)}`);
  }
  index = index.replace(MARK, html);
}

// 1. Inline scripts' hashes into the CSP.
const MARKER = '__INLINE_SCRIPT_HASHES__';
if (!index.includes(MARKER)) throw new Error(`index.html has no ${MARKER} in its Content-Security-Policy`);
const hashes = [];
for (const [, attrs, body] of index.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
  if (/\bsrc\s*=/i.test(attrs)) continue;
  if (body.includes('{{__TRUNK_ADDRESS__}}')) {
    // trunk serve fills in its autoreload script as it serves it, so no hash
    // made here can match: the CSP refuses it (serve with --no-autoreload).
    console.warn('postbuild: trunk serve\'s autoreload script is refused by the CSP; use --no-autoreload');
    continue;
  }
  hashes.push(`'sha256-${sha256(body, 'base64')}'`);
}
index = index.replace(MARKER, [...new Set(hashes)].join(' '));
writeFileSync(indexPath, index);

// 2. The file list and build id into sw.js.
function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}
const files = walk(staging)
  .map((f) => relative(staging, f).split(sep).join('/'))
  .filter((f) => f !== 'sw.js')
  .sort();
const listing = files.map((f) => `${f} ${sha256(readFileSync(join(staging, f)), 'hex')}\n`).join('');
const build = sha256(listing, 'hex').slice(0, 16);

const swPath = join(staging, 'sw.js');
const sw = readFileSync(swPath, 'utf8');
const LINE = "const BUILD = 'unbuilt', FILES = [];";
if (!sw.includes(LINE)) throw new Error(`sw.js has no line ${LINE}`);
writeFileSync(swPath, sw.replace(LINE, `const BUILD = '${build}', FILES = ${JSON.stringify(files)};`));
console.log(`postbuild: build ${build}, ${files.length} files cached by the service worker, ${hashes.length} inline script hashes in the CSP`);
