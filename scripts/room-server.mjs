// Serve the release build (dist/) to the room's network, for
// `bash scripts/serve.sh --room [ADDRESS]`:
//   node scripts/room-server.mjs [--address ADDRESS]... [--advertise HOST] [--port PORT] [--dir DIR] [--no-qr]
// ADDRESS defaults to 0.0.0.0 (every network address of this machine); more
// than one --address listens on each, at the same port. The server answers
// `room.json` beside the page with the address(es) a phone in the room can
// open — HOST if given, else the listening addresses (for 0.0.0.0: this
// machine's network addresses) other than loopback — and the app's QR code
// and share link use the first of them instead of the address the page itself
// was opened at (127.0.0.1 on the presenter's own machine, which a phone cannot
// reach). The e2e test listens on 127.0.0.1 and 127.0.0.2 and advertises
// 127.0.0.2, standing in for the room's network.
import { networkInterfaces } from 'node:os';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { serveDir } from './static-server.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const addresses = args.flatMap((a, i) => (a === '--address' && args[i + 1] ? [args[i + 1]] : []));
if (addresses.length === 0) addresses.push('0.0.0.0');
const advertise = option('--advertise', null);
const port = Number(option('--port', '8080'));
const dir = option('--dir', new URL('../dist/', import.meta.url).pathname);
if (!existsSync(`${dir}/index.html`)) {
  console.error(`room-server: no build in ${dir}: run \`trunk build --release --offline\` first`);
  process.exit(2);
}

/** The addresses other machines can open: for a wildcard, every IPv4 address of a network interface other than loopback. */
function roomHosts() {
  if (advertise) return [advertise];
  const hosts = [];
  for (const address of addresses) {
    if (address !== '0.0.0.0' && address !== '::') {
      if (address !== '127.0.0.1' && address !== 'localhost' && address !== '::1') hosts.push(address);
      continue;
    }
    for (const list of Object.values(networkInterfaces())) {
      for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) hosts.push(a.address);
    }
  }
  return hosts;
}

let urls = [];
const routes = { '/room.json': () => ['application/json; charset=utf-8', JSON.stringify({ urls })] };
const listen = (host, at) =>
  serveDir(dir, { host, port: at, gzip: true, routes }).catch((e) => {
    console.error(`room-server: cannot listen on ${host}:${at}: ${e.message}`);
    process.exit(2);
  });
const { server } = await listen(addresses[0], port);
const bound = server.address().port;
for (const host of addresses.slice(1)) await listen(host, bound);
urls = roomHosts().map((h) => `http://${h.includes(':') ? `[${h}]` : h}:${bound}/`);
if (urls.length === 0) {
  console.log(`Serving on ${addresses.join(', ')} port ${bound}, but this machine has no network address other than loopback:`);
  console.log('phones cannot open it. Connect to the room\'s network (Wi-Fi or cable) and start again.');
} else {
  console.log('Phones in the room can open / 会场手机可打开:');
  for (const u of urls) console.log(`  ${u}`);
  // The first address as a QR code in the terminal too (`urs --qr`, the app's
  // encoder; --no-qr skips it, as the e2e test does).
  if (!args.includes('--no-qr')) {
    const qr = spawnSync('cargo', ['run', '-q', '--bin', 'urs', '--', '--qr', urls[0]], { encoding: 'utf8' });
    if (qr.status === 0) process.stdout.write(qr.stdout.endsWith('\n') ? qr.stdout : qr.stdout + '\n');
  }
  console.log('The QR code in the app points there. Over plain http a phone has no offline copy (docs/DEPLOY.md).');
}
