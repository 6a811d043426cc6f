// trunk's post_build hook (Trunk.toml): runs on the finished build in
// $TRUNK_STAGING_DIR before trunk moves it to dist/.
//
// 0. No classic script may sit in the head. The app's worker (worker.js)
//    learns the app's hashed JS glue name.
// 0c. The first paint: the built-in scenario's first screen, rendered natively
//     by src/bin/first_paint.rs, in place of index.html's <!--first-paint-->.
// 1. The Content-Security-Policy in index.html allows no inline script but
//    by its hash: the hashes of the page's inline scripts (trunk's loader of
//    the wasm, which names this build's hashed files, and the browser check
//    with the file:// notice)
//    replace the marker __INLINE_SCRIPT_HASHES__.
// 2. The service worker (sw.js, copied from static/) learns the build: the
//    list of every file to cache and the build id, the first 16 hex digits of
//    the SHA-256 of every file's name and SHA-256 (sw.js itself aside). Any
//    change to any file is a new id, so a new sw.js, which browsers notice.
//    room.json (the address to share) is left out: it is not the build's.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('postbuild.mjs runs as a trunk hook: TRUNK_STAGING_DIR is not set');

const sha256 = (data, encoding) => createHash('sha256').update(data).digest(encoding);

const indexPath = join(staging, 'index.html');
let index = readFileSync(indexPath, 'utf8');

// 0. No classic script in the head: one there holds the parser until the
//    stylesheet has arrived, and with it trunk's preload of the app's wasm
//    at the end of the head (on DevTools' Fast 3G the largest
//    file then starts 562 ms late; docs/BENCHMARKS.md, cold start).
{
  const head = index.slice(0, index.indexOf('</head>'));
  for (const [, attrs] of head.matchAll(/<script\b([^>]*)>/gi)) {
    if (!/type="module"/.test(attrs)) throw new Error(`index.html: a classic <script${attrs}> in the head delays the wasm's preload; put it in the body`);
  }
}

// 0b. worker.js imports the app's JS glue (the one index.html's loader
//     imports) to run the app's wasm in the worker (src/app/worker.rs).
{
  const glue = index.match(/import init, \* as bindings from '\.\/([^']+\.js)'/)?.[1];
  if (!glue) throw new Error("index.html: trunk's loader does not import the app's JS glue as expected");
  const workerPath = join(staging, 'worker.js');
  const worker = readFileSync(workerPath, 'utf8');
  if (!worker.includes('__APP_JS__')) throw new Error('worker.js has no __APP_JS__ to replace');
  writeFileSync(workerPath, worker.replace('__APP_JS__', glue));
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
  // room.json names the address to share (docs/DEPLOY.md): the room's server
  // answers it, or a host edits it; never cached, so never stale.
  .filter((f) => f !== 'sw.js' && f !== 'room.json')
  .sort();
const listing = files.map((f) => `${f} ${sha256(readFileSync(join(staging, f)), 'hex')}\n`).join('');
const build = sha256(listing, 'hex').slice(0, 16);

const swPath = join(staging, 'sw.js');
const sw = readFileSync(swPath, 'utf8');
const LINE = "const BUILD = 'unbuilt', FILES = [];";
if (!sw.includes(LINE)) throw new Error(`sw.js has no line ${LINE}`);
writeFileSync(swPath, sw.replace(LINE, `const BUILD = '${build}', FILES = ${JSON.stringify(files)};`));
console.log(`postbuild: build ${build}, ${files.length} files cached by the service worker, ${hashes.length} inline script hashes in the CSP`);
