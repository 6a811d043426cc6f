// Debian's Firefox ESR (scripts/setup.sh --with-browser), driven over WebDriver
// BiDi, which Firefox serves itself (no geckodriver; playwright-core's own
// Firefox support needs its patched build or a newer Firefox than the ESR).
// Just what the single file's test needs: open a URL, evaluate, wait for a
// condition (polled once a frame in the page), and every request the page
// makes. The profile sends every http(s) request to a closed port: the
// network is off.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import utils from 'playwright-core/lib/utilsBundle';

export const FIREFOX = process.env.FIREFOX ?? '/usr/bin/firefox-esr';

/** Firefox, headless, with a fresh profile and the network off; `close()` when done. */
export async function launchFirefox() {
  const profile = mkdtempSync(join(tmpdir(), 'urs-firefox-'));
  writeFileSync(join(profile, 'user.js'), [
    'user_pref("network.proxy.type", 1);',
    'user_pref("network.proxy.http", "127.0.0.1");',
    'user_pref("network.proxy.http_port", 9);',
    'user_pref("network.proxy.ssl", "127.0.0.1");',
    'user_pref("network.proxy.ssl_port", 9);',
    'user_pref("network.proxy.no_proxies_on", "");',
    'user_pref("network.proxy.allow_hijacking_localhost", true);',
    '',
  ].join('\n'));
  const proc = spawn(FIREFOX, ['--headless', '--no-remote', '--profile', profile, '--remote-debugging-port', '0', '--width', '1920', '--height', '1080'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const url = await new Promise((resolve, reject) => {
    let err = '';
    proc.once('error', reject);
    proc.once('exit', (code) => reject(new Error(`Firefox exited (${code}): ${err}`)));
    proc.stderr.on('data', (d) => {
      err += d;
      const m = err.match(/WebDriver BiDi listening on (ws:\/\/\S+)/);
      if (m) resolve(m[1]);
    });
  });
  const socket = new utils.ws(`${url}/session`);
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  let next = 0;
  const pending = new Map();
  const requests = [];
  const logs = [];
  socket.on('message', (data) => {
    const m = JSON.parse(data.toString());
    if (m.id !== undefined && pending.has(m.id)) {
      const { resolve, reject } = pending.get(m.id);
      pending.delete(m.id);
      if (m.type === 'error') reject(new Error(`${m.error}: ${m.message}`));
      else resolve(m.result);
    } else if (m.method === 'network.beforeRequestSent') {
      requests.push(m.params.request.url);
    } else if (m.method === 'log.entryAdded') {
      logs.push(`${m.params.level}: ${m.params.text}`);
    }
  });
  const send = (method, params = {}) =>
    new Promise((resolve, reject) => {
      const id = ++next;
      pending.set(id, { resolve, reject });
      socket.send(JSON.stringify({ id, method, params }));
    });
  await send('session.new', { capabilities: {} });
  await send('session.subscribe', { events: ['network.beforeRequestSent', 'log.entryAdded'] });
  const { contexts } = await send('browsingContext.getTree');
  const context = contexts[0].context;

  /** The value of `expression` in the page (awaited if a promise). */
  async function evaluate(expression) {
    const r = await send('script.evaluate', { expression, target: { context }, awaitPromise: true });
    if (r.type === 'exception') throw new Error(`in Firefox: ${r.exceptionDetails.text}`);
    return r.result.value;
  }

  return {
    requests,
    /** Console errors and uncaught exceptions of the page. */
    errors: () => logs.filter((l) => l.startsWith('error')),
    goto: (target) => send('browsingContext.navigate', { context, url: target, wait: 'complete' }),
    evaluate,
    /** Resolves once `predicate` (the source of a function) returns true in the page, polled each frame. */
    waitFor: (predicate, timeout = 20000) =>
      evaluate(`new Promise((resolve, reject) => {
        const until = performance.now() + ${timeout};
        const check = () => {
          let ok = false;
          try { ok = (${predicate})(); } catch (e) {}
          if (ok) resolve(true);
          else if (performance.now() > until) reject(new Error('timed out: ' + ${JSON.stringify(predicate)}));
          else requestAnimationFrame(check);
        };
        check();
      })`),
    async close() {
      socket.close();
      proc.kill();
      await new Promise((resolve) => (proc.exitCode !== null ? resolve() : proc.once('exit', resolve)));
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
