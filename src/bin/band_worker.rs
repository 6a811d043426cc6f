//! The app's Web Worker: the work that is not needed on every move and
//! would hold the main thread — the uncertainty band, goal seek and
//! attribution (`app::jobs`). It receives a `Request`, does its job
//! (`jobs::run`) and posts the `Reply` with the same id. Off the main
//! thread, so a drag never waits for it (the main thread draws the
//! deterministic line at once; the band follows). Messages are typed and
//! cross through `serde-wasm-bindgen`. The page starts one worker for the
//! scenario's band at once, and others (the baseline's band, the analysis
//! tab, keep solving) when first asked: one wasm file, fetched once.
//! Natively this binary does nothing.

#[cfg(target_arch = "wasm32")]
fn main() {
    use urban_rural_sim::app::jobs::{run, Answer, Reply, Request};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    urban_rural_sim::json::install();
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
    // Messages posted before the module finished loading are lost: say when
    // it is ready, and the page sends its first request then.
    if let Ok(ready) = serde_wasm_bindgen::to_value(&Reply { id: 0, answer: Answer::Ready, elapsed_ms: 0.0 }) {
        let _ = scope.post_message(&ready);
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
