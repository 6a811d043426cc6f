// The app's Web Worker (src/app/worker.rs starts it; src/app/start.rs is
// what it runs). It runs the app's own wasm — one build for the page and
// the worker, so a first visit fetches the model once: the page posts its
// compiled WebAssembly.Module as the first message, and the app's JS glue
// (its hashed name written below by scripts/postbuild.mjs) instantiates it
// here. The wasm's start sees no window and serves the jobs of
// src/app/jobs.rs (the band, goal seek, attribution), replacing this
// handler and saying it is ready.
import init from './__APP_JS__';

self.onmessage = (e) => {
  self.onmessage = null;
  init({ module_or_path: e.data });
};
