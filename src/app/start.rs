//! The web app's start (src/main.rs). One wasm serves two places: the page,
//! where the whole app is mounted into the body (a presenter's window,
//! `?presenter`, shows the presenter's view instead), and the app's Web
//! Worker (static/worker.js starts this same module there, handed by the
//! page: `worker.rs`), where it does the jobs of `jobs.rs` — the band, goal
//! seek, attribution — off the main thread.

use super::root::App;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

pub fn start() {
    crate::json::install();
    if web_sys::window().is_none() {
        return serve_jobs();
    }
    // The region this browser loaded, before anything reads the region.
    super::region_panel::install_stored();
    // index.html's "loading" placeholder goes as the app mounts, in the same task.
    if let Some(boot) = gloo::utils::document().get_element_by_id("boot") {
        boot.remove();
    }
    if super::presenter::is_presenter_window() {
        yew::Renderer::<super::presenter::PresenterView>::new().render();
        return;
    }
    yew::Renderer::<App>::new().render();
    // Yew's scheduler yields to the browser once a run has taken 16 ms
    // (yew 0.23 scheduler.rs, YIELD_DEADLINE_MS), and the first render takes
    // longer: the effects (the charts' first draw among them) would wait for
    // a later task, after the browser has laid out and painted a first frame
    // without charts. `flush` (yew's "test" feature: nothing else of it is
    // used; Cargo.toml) runs what is left at once, in the same task, so the
    // first frame has the charts (docs/BENCHMARKS.md, cold start).
    wasm_bindgen_futures::spawn_local(yew::scheduler::flush());
}

/// In the worker: each `jobs::Request` is done (`jobs::run`) and answered
/// with the `Reply` of the same id. Messages are typed and cross through
/// serde-wasm-bindgen. The first message says the worker is ready: the page
/// posts no job before it.
fn serve_jobs() {
    use super::jobs::{run, Answer, Reply, Request};
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
        let reply = match serde_wasm_bindgen::from_value::<Request>(e.data()) {
            Ok(Request { id, job }) => {
                let started = js_sys::Date::now();
                let answer = run(job);
                Reply { id, answer, elapsed_ms: js_sys::Date::now() - started }
            }
            Err(err) => Reply { id: 0, answer: Answer::Refused(err.to_string()), elapsed_ms: 0.0 },
        };
        if let Ok(value) = serde_wasm_bindgen::to_value(&reply) {
            let _ = reply_to.post_message(&value);
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    if let Ok(ready) = serde_wasm_bindgen::to_value(&Reply { id: 0, answer: Answer::Ready, elapsed_ms: 0.0 }) {
        let _ = scope.post_message(&ready);
    }
}
