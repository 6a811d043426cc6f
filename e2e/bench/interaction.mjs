// Lever moves in headless Chromium, measured from outside the app, for
// e2e/bench/run.mjs. A probe installed before any page script records:
//  - Event Timing entries ('event', durationThreshold 16, the minimum the API
//    allows): event → next paint, rounded by the browser to 8 ms. Shorter
//    events are not reported at all; a move without an entry is "< 16 ms".
//    Chromium reports a key press's keydown (not the range's input event)
//    and nothing for a drag: pointermove is not exposed (w3c/event-timing
//    #144) and neither is the range's input. Drags are measured by the next
//    figure only;
//  - event → frame done, not rounded: the keydown's or pointermove's own
//    time stamp → the first task after the frame that shows the move;
//  - every input event's handlers (window capture → window bubble: all the
//    page's listeners, the app's included);
//  - the frame that shows the move: from the first rAF callback of that frame
//    to the first task after it (rAF callbacks, style, layout, paint, all on
//    the main thread), and the app's own stamps in it (window.__ursFrameStart
//    → __ursLastDraw, set by src/app, when present);
//  - long tasks (> 50 ms), and long animation frames (> 50 ms, LoAF) with
//    the scripts that ran in them, which tell whether the band's answer
//    (the worker's message handler, "Worker.onmessage") was one of them;
//  - with `browser` given, every task on the page's main thread, from a
//    Chromium trace ('toplevel' category, light): input, frame, the band's
//    answer arriving from its worker, garbage collection, all of it.
// Moves are one frame apart at least: each waits two animation frames, whose
// end time splits the records into moves.

/** Installed with page.addInitScript; runs in the page. */
export function probe() {
  const b = (window.__bench = { entries: [], handlers: [], frames: [], long: [], loaf: [] });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      b.entries.push({ name: e.name, start: e.startTime, duration: e.duration, processing: e.processingEnd - e.processingStart });
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) b.long.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      b.loaf.push({ start: e.startTime, duration: e.duration, scripts: e.scripts.map((x) => ({ invoker: x.invoker, ms: x.duration })) });
    }
  }).observe({ type: 'long-animation-frame', buffered: true });
  addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail?.wasm; });
  const began = new WeakMap();
  let frame = null;
  for (const type of ['keydown', 'keyup', 'input', 'change', 'pointerdown', 'pointermove', 'pointerup']) {
    addEventListener(type, (e) => {
      began.set(e, performance.now());
      if (type === 'input' && !frame) {
        // Registered before the app's handlers run: first in the next frame.
        const f = (frame = { ts: e.timeStamp });
        requestAnimationFrame(() => { f.start = performance.now(); });
      }
    }, true);
    addEventListener(type, (e) => {
      b.handlers.push({ type, ts: e.timeStamp, ms: performance.now() - began.get(e) });
      if (type === 'input' && frame && !frame.armed) {
        // Registered after the app's handlers: runs after the app's rAF work.
        const f = frame;
        f.armed = true;
        requestAnimationFrame(() => {
          frame = null;
          f.appStart = window.__ursFrameStart;
          f.appEnd = window.__ursLastDraw;
          const channel = new MessageChannel();
          channel.port1.onmessage = () => { f.end = performance.now(); b.frames.push(f); };
          channel.port2.postMessage(0);
        });
      }
    });
  }
}

const twoFrames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r(performance.now()))));

/**
 * `moves` lever moves on `selector`: 'keyboard' presses ArrowRight then
 * ArrowLeft (100 each way, so the value stays in range) on the focused
 * slider; 'drag' holds the mouse button down on the slider and moves it one
 * CSS pixel at a time, back and forth along the track. Returns one record a
 * move and the long tasks of the series.
 */
export async function measureMoves(page, { selector, kind, moves, warmup = 10, browser }) {
  const box = await page.$eval(selector, (x) => { const r = x.getBoundingClientRect(); return { x: r.x, y: r.y + r.height / 2, w: r.width }; });
  const span = Math.floor(box.w) - 12;
  const xAt = (i) => box.x + 6 + (Math.floor(i / span) % 2 ? span - (i % span) : i % span);
  if (kind === 'keyboard') await page.focus(selector);
  else {
    await page.mouse.move(xAt(0), box.y);
    await page.mouse.down();
  }
  const move = (i) => (kind === 'keyboard'
    ? page.keyboard.press(Math.floor(i / 100) % 2 ? 'ArrowLeft' : 'ArrowRight')
    : page.mouse.move(xAt(i + 1), box.y));
  for (let i = 0; i < warmup; i++) { await move(i); await page.evaluate(twoFrames); }
  await page.waitForTimeout(300);
  const draws0 = await page.evaluate(() => { Object.assign(window.__bench, { entries: [], handlers: [], frames: [], long: [], loaf: [] }); return window.__ursDraws ?? 0; });
  if (browser) await browser.startTracing(page, { categories: ['toplevel', 'blink.user_timing'] });
  // A mark ties the trace's clock to the page's performance.now().
  const sync = await page.evaluate(() => performance.mark('bench-sync').startTime);
  const bounds = [await page.evaluate(twoFrames)];
  for (let i = warmup; i < warmup + moves; i++) {
    await move(i);
    bounds.push(await page.evaluate(twoFrames));
  }
  const tasks = browser ? mainThreadTasks(JSON.parse(await browser.stopTracing()).traceEvents, sync) : [];
  if (kind === 'drag') await page.mouse.up();
  await page.waitForTimeout(500); // Event Timing entries arrive after the paint
  const b = await page.evaluate(() => ({ ...window.__bench, draws: window.__ursDraws ?? 0 }));
  const source = kind === 'keyboard' ? 'keydown' : 'pointermove';
  const timed = kind === 'keyboard' ? ['keydown', 'input'] : ['pointermove', 'input'];
  const records = [];
  for (let i = 1; i < bounds.length; i++) {
    const inside = (t) => t > bounds[i - 1] && t <= bounds[i];
    const handlers = b.handlers.filter((h) => inside(h.ts));
    const entries = b.entries.filter((e) => inside(e.start) && timed.includes(e.name));
    const frame = b.frames.find((f) => inside(f.ts) && f.end !== undefined);
    const origin = handlers.find((h) => h.type === source);
    records.push({
      input: handlers.some((h) => h.type === 'input'),
      // Event Timing: the longest entry of the move; 0 when none reached 16 ms.
      eventTiming: Math.max(0, ...entries.map((e) => e.duration)),
      processing: Math.max(0, ...entries.map((e) => e.processing)),
      handlers: handlers.reduce((a, h) => a + h.ms, 0),
      frame: frame ? frame.end - frame.start : null,
      app: frame && frame.appStart >= frame.start ? frame.appEnd - frame.appStart : null,
      // Unrounded: the keydown's or pointermove's own time stamp → the
      // main thread done with the frame that shows the move.
      toFrameDone: frame && origin ? frame.end - origin.ts : null,
      // Every main-thread task that started during the move (trace).
      tasks: browser ? tasks.filter((t) => inside(t.start)).reduce((a, t) => a + t.ms, 0) : null,
    });
  }
  return { records, long: b.long, loaf: b.loaf, drawsPerMove: (b.draws - draws0) / moves };
}

/** The outermost tasks of the thread that made the 'bench-sync' mark, in
 *  the page's performance.now() time (ms). */
function mainThreadTasks(events, sync) {
  const mark = events.find((e) => e.name === 'bench-sync');
  const offset = mark.ts / 1000 - sync;
  const tasks = events
    .filter((e) => e.pid === mark.pid && e.tid === mark.tid && e.ph === 'X' && e.name === 'ThreadControllerImpl::RunTask')
    .sort((a, b) => a.ts - b.ts);
  const out = [];
  let end = -Infinity;
  for (const t of tasks) {
    if (t.ts < end) continue; // nested in the previous task
    end = t.ts + t.dur;
    out.push({ start: t.ts / 1000 - offset, ms: t.dur / 1000 });
  }
  return out;
}
