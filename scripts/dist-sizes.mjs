// Sizes of the release build (dist/), shared by the CI size check
// (scripts/check-size.mjs), its end-to-end test (e2e/size-budget.test.mjs)
// and the benchmark (e2e/bench/run.mjs).
// One app: the first screen is what dist/index.html names (its stylesheet,
// the JS glue, the app's wasm) plus index.html itself: what the first chart
// waits for. A first visit also starts the app's worker (the band, goal
// seek, attribution) as soon as the app is on screen: worker.js, which
// imports the app's JS glue again (a module worker has its own module map)
// and runs the page's own compiled wasm, handed to it (no second download of
// the wasm). That import is served from the browser's cache when the host
// sends the cache headers docs/DEPLOY.md asks for (immutable for hashed
// names: scripts/static-server.mjs does), so the glue crosses the network
// once; e2e/size-budget.test.mjs checks this against what the server sent. Lazy: the QR code's worker (when its dialog opens), the model
// reference (when opened), the service worker's script.
// Reading index.html rather than guessing names keeps this right when trunk
// renames or hashes files.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, constants } from 'node:zlib';

/** zlib level 9, as a static host would send it (GNU `gzip -9` comes out
 *  about 1 % smaller on the wasm: a different deflate implementation). */
export const gzipSize = (buf) => gzipSync(buf, { level: constants.Z_BEST_COMPRESSION }).length;

/** What a file not named by index.html is part of, and when it is fetched. */
export function part(name) {
  if (name === 'worker.js') return ['first visit', 'first visit: the worker (band, goal seek, attribution; after the first paint)'];
  if (name.startsWith('qr-worker')) return ['lazy', 'lazy: the QR code worker (when its dialog opens)'];
  if (name === 'MODEL.md' || name === 'MODEL.zh.md') return ['lazy', 'lazy: the model reference (when opened)'];
  if (name === 'sw.js') return ['lazy', 'lazy: the service worker (after load)'];
  return ['lazy', 'lazy'];
}

/** Every file of `dir` with its raw and gzip -9 size and its group. */
export function distSizes(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  // href="./x.css", import … from './x.js', module_or_path: './x_bg.wasm'
  const named = new Set([...html.matchAll(/["']\.\/([^"'/]+\.(?:js|wasm|css))["']/g)].map((m) => m[1]));
  return readdirSync(dir).sort().map((name) => {
    const buf = readFileSync(join(dir, name));
    const first = name === 'index.html' || named.has(name);
    const [group, label] = first ? ['first screen', 'first screen'] : part(name);
    return { name, raw: buf.length, gzip: gzipSize(buf), group, part: label };
  });
}

const code = (f) => /\.(js|wasm)$/.test(f.name);
const sum = (files) => files.reduce((a, f) => a + f.gzip, 0);

/** gzip of the first screen's wasm and JS: what the first chart waits for. */
export function firstScreenCode(files) {
  return sum(files.filter((f) => f.group === 'first screen' && code(f)));
}

/** Every wasm and JS file a first visit fetches over the network: the first
 *  screen's and the worker's script (the worker's import of the JS glue comes
 *  from the browser's cache). */
export function firstVisitFetches(files) {
  return files.filter((f) => (f.group === 'first screen' || f.group === 'first visit') && code(f));
}

/** The budgeted figure: the gzip sum of a first visit's wasm and JS fetches. */
export function firstVisitCode(files) {
  return sum(firstVisitFetches(files));
}
