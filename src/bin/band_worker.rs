//! The uncertainty band's Web Worker: receives a scenario, runs the draws
//! (`model::uncertainty`), posts the band back. Off the main thread, so a
//! drag never waits for it (the main thread draws the deterministic line at
//! once; the band follows). Messages are typed (`app::band::{BandRequest,
//! BandReply}`) and cross through `serde-wasm-bindgen`.
//! Natively this binary does nothing.

#[cfg(target_arch = "wasm32")]
fn main() {
    use urban_rural_sim::app::band::{BandReply, BandRequest};
    use urban_rural_sim::model::uncertainty::uncertainty;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    urban_rural_sim::json::install();
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
        let reply = match serde_wasm_bindgen::from_value::<BandRequest>(e.data()) {
            Ok(r) => {
                let started = js_sys::Date::now();
                let band = uncertainty(&r.scenario, r.draws, r.seed, 1.0);
                BandReply { id: r.id, band: Some(band), error: None, elapsed_ms: js_sys::Date::now() - started }
            }
            Err(err) => BandReply { id: 0, band: None, error: Some(err.to_string()), elapsed_ms: 0.0 },
        };
        if let Ok(value) = serde_wasm_bindgen::to_value(&reply) {
            let _ = reply_to.post_message(&value);
        }
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    // Messages posted before the module finished loading are lost: say when
    // it is ready (id 0, no band), and the page sends its first request then.
    if let Ok(ready) = serde_wasm_bindgen::to_value(&BandReply { id: 0, band: None, error: None, elapsed_ms: 0.0 }) {
        let _ = scope.post_message(&ready);
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
