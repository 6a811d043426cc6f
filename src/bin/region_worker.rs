//! The region file's Web Worker (issue 22): reads and checks a region file
//! a planner loads (`io::region_read`: JSON or the spreadsheet, every
//! problem at once) and writes the spreadsheet template. Its own wasm,
//! fetched when the planner first uses the region panel, so the checker and
//! the CSV code are not in the first screen's wasm (the size budget).
//!
//! Messages: bytes (a `Uint8Array`, the file) → `{ ok: true, json, fallbacks }`
//! (the file completed with the province's beliefs: what the app keeps and
//! installs with `Region::from_json`) or `{ ok: false, problems: [{ at, zh,
//! en }] }`; the string `"template"` → `{ template }`. Its first message,
//! `{ ready: true }`, says it has loaded. Natively this binary does nothing.

#[cfg(target_arch = "wasm32")]
fn main() {
    use js_sys::{Array, Object, Reflect, Uint8Array};
    use urban_rural_sim::io::{region_csv, region_read};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    urban_rural_sim::json::install();
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let set = |o: &Object, k: &str, v: JsValue| drop(Reflect::set(o, &k.into(), &v));
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
        let reply = Object::new();
        if e.data().as_string().as_deref() == Some("template") {
            set(&reply, "template", region_csv::builtin_template().into());
        } else {
            let bytes = e.data().dyn_into::<Uint8Array>().map(|a| a.to_vec()).unwrap_or_default();
            match region_read::read_region(&bytes) {
                Ok(c) => {
                    set(&reply, "ok", true.into());
                    set(&reply, "json", c.json.into());
                    set(&reply, "fallbacks", (c.fallbacks.len() as f64).into());
                }
                Err(problems) => {
                    let list = Array::new();
                    for p in problems {
                        let item = Object::new();
                        set(&item, "at", p.at.into());
                        set(&item, "zh", p.message.zh.into());
                        set(&item, "en", p.message.en.into());
                        list.push(&item);
                    }
                    set(&reply, "ok", false.into());
                    set(&reply, "problems", list.into());
                }
            }
        }
        let _ = reply_to.post_message(&reply);
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let ready = Object::new();
    set(&ready, "ready", true.into());
    let _ = scope.post_message(&ready);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
