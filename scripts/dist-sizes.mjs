// Sizes of the release build (dist/), shared by the CI size check
// (scripts/check-size.mjs) and the benchmark (e2e/bench/run.mjs).
// The first screen is what dist/index.html names (its stylesheet, the main
// JS glue, its wasm) plus index.html itself; everything else is lazy: the
// band worker (fetched after the first paint), the QR worker, and the full
// app (src/bin/full_app.rs, which index.html's loader names but fetches
// only when a part the first screen lacks is asked for, or when idle).
// Reading index.html rather than guessing names keeps this right when trunk
// renames or hashes files.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync, constants } from 'node:zlib';

/** zlib level 9, as a static host would send it (GNU `gzip -9` comes out
 *  about 1 % smaller on the wasm: a different deflate implementation). */
export const gzipSize = (buf) => gzipSync(buf, { level: constants.Z_BEST_COMPRESSION }).length;

/** What a lazily loaded file is part of, and when it is fetched. */
export function lazyPart(name) {
  if (name.startsWith('full-app')) return 'lazy: the full app (on demand; prefetched when idle)';
  if (name.startsWith('band-worker')) return 'lazy: the band worker (after the first paint)';
  if (name.startsWith('qr-worker')) return 'lazy: the QR code worker (when its dialog opens)';
  if (name === 'MODEL.md') return 'lazy: the model reference (when opened)';
  if (name === 'sw.js') return 'lazy: the service worker (after load)';
  return 'lazy';
}

/** Every file of `dir` with its raw and gzip -9 size and its group. */
export function distSizes(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  // href="./x.css", import … from './x.js', module_or_path: './x_bg.wasm'
  const named = new Set([...html.matchAll(/["']\.\/([^"'/]+\.(?:js|wasm|css))["']/g)].map((m) => m[1]));
  return readdirSync(dir).sort().map((name) => {
    const buf = readFileSync(join(dir, name));
    // index.html's loader names the full app too, but loads it only on demand.
    const first = name === 'index.html' || (named.has(name) && !name.startsWith('full-app'));
    const group = first ? 'first screen' : 'lazy';
    return { name, raw: buf.length, gzip: gzipSize(buf), group, part: first ? group : lazyPart(name) };
  });
}

/** The budgeted figure: gzip of the first screen's wasm and JS files. */
export function firstScreenCode(files) {
  return files.filter((f) => f.group === 'first screen' && /\.(js|wasm)$/.test(f.name)).reduce((a, f) => a + f.gzip, 0);
}
