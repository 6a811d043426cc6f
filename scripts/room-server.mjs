// Serve the release build (dist/) to the room's network, for
// `bash scripts/serve.sh --room [ADDRESS]`:
//   node scripts/room-server.mjs [--address ADDRESS] [--port PORT] [--dir DIR]
// ADDRESS defaults to 0.0.0.0 (every network address of this machine). The
// server answers `room.json` beside the page with the address(es) a phone in
// the room can open; the app's QR code and share link use the first of them
// instead of the address the page itself was opened at (127.0.0.1 on the
// presenter's own machine, which a phone cannot reach).
import { networkInterfaces } from 'node:os';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { serveDir } from './static-server.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const address = option('--address', '0.0.0.0');
const port = Number(option('--port', '8080'));
const dir = option('--dir', new URL('../dist/', import.meta.url).pathname);
if (!existsSync(`${dir}/index.html`)) {
  console.error(`room-server: no build in ${dir}: run \`trunk build --release --offline\` first`);
  process.exit(2);
}

/** The addresses other machines can open: for a wildcard, every IPv4 address of a network interface other than loopback. */
function roomHosts() {
  if (address !== '0.0.0.0' && address !== '::') return [address];
  const hosts = [];
  for (const list of Object.values(networkInterfaces())) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) hosts.push(a.address);
  }
  return hosts;
}

let urls = [];
const routes = { '/room.json': () => ['application/json; charset=utf-8', JSON.stringify({ urls })] };
const { server } = await serveDir(dir, { host: address, port, gzip: true, routes }).catch((e) => {
  console.error(`room-server: cannot listen on ${address}:${port}: ${e.message}`);
  process.exit(2);
});
const bound = server.address().port;
urls = roomHosts().map((h) => `http://${h.includes(':') ? `[${h}]` : h}:${bound}/`);
if (urls.length === 0) {
  console.log(`Serving on ${address}:${bound}, but this machine has no network address other than loopback:`);
  console.log('phones cannot open it. Connect to the room\'s network (Wi-Fi or cable) and start again.');
} else {
  console.log('Phones in the room can open / 会场手机可打开:');
  for (const u of urls) console.log(`  ${u}`);
  // The first address as a QR code in the terminal too (`urs --qr`, the app's encoder).
  const qr = spawnSync('cargo', ['run', '-q', '--bin', 'urs', '--', '--qr', urls[0]], { encoding: 'utf8' });
  if (qr.status === 0) process.stdout.write(qr.stdout);
  console.log('The QR code in the app points there. Over plain http a phone has no offline copy (docs/DEPLOY.md).');
}
