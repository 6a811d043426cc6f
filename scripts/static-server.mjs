// The one static server of the project (no dependencies): the end-to-end
// tests, the screenshot scripts and the benchmark serve the real release
// build through it (e2e/serve-dist.mjs), and `bash scripts/serve.sh --room`
// serves it to the room's network (scripts/room-server.mjs).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

export const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
};

/**
 * Serve `dir` at `prefix` (a sub-path such as '/sim/'; anything else is 404)
 * on `host`:`port` (port 0: any free one). With `gzip`, gzip (level 9) to
 * clients that accept it, as a static host would. `rewrite(path, body)` may
 * change what a file is served as; `routes` maps a path under the prefix to
 * a function giving [content-type, body] (answered before the files, never
 * cached). `log`, an array, gets { path, bytes } of every file sent: what
 * the browser fetched over the network, seen from the server. Resolves to
 * { server, url }.
 */
export function serveDir(dir, { prefix = '/', host = '127.0.0.1', port = 0, gzip = false, rewrite, routes = {}, log } = {}) {
  const zipped = new Map(); // compressed once per file: timings exclude the compression
  const server = createServer(async (req, res) => {
    let full;
    try {
      full = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    } catch {
      return res.writeHead(400).end();
    }
    if (!full.startsWith(prefix)) return res.writeHead(404).end();
    const path = full.slice(prefix.length - 1);
    if (routes[path]) {
      const [type, body] = routes[path]();
      return res.writeHead(200, { 'content-type': type, 'cache-control': 'no-store' }).end(body);
    }
    const file = join(dir, path === '/' ? 'index.html' : path);
    try {
      let body = await readFile(file);
      if (rewrite) body = rewrite(path, body);
      // Cache headers as docs/DEPLOY.md asks of a host: a file whose name
      // carries trunk's content hash never changes (immutable); the rest
      // (index.html, sw.js, worker.js, MODEL.md) is checked each time.
      // Trunk writes the hash without leading zeros: 15 digits one build in 16.
      const hashed = /-[0-9a-f]{8,16}(_bg)?\.(js|wasm|css)$/.test(path);
      const headers = {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      };
      log?.push({ path, bytes: body.length });
      if (gzip && !rewrite && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        res.writeHead(200, { ...headers, 'content-encoding': 'gzip' });
        if (!zipped.has(file)) zipped.set(file, gzipSync(body, { level: 9 }));
        return res.end(zipped.get(file));
      }
      res.writeHead(200, headers);
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const shown = host.includes(':') ? `[${host}]` : host;
      resolve({ server, url: `http://${shown}:${server.address().port}${prefix}` });
    });
  });
}
