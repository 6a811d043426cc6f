//! The region file's Web Worker (issue 22): reads and checks a region file
//! a planner loads (`io::region_read`: JSON or the spreadsheet, every
//! problem at once) and writes the spreadsheet template. Its own wasm,
//! fetched when the planner first uses the region panel, so the checker and
//! the CSV code are not in the first screen's wasm (the size budget).
//!
//! Messages: bytes (a `Uint8Array`, the file) → the text `ok\n` and the file
//! completed with the province's beliefs as JSON (what the app keeps and
//! installs with `Region::from_json`), or `problems\n`, the problems in
//! Chinese one a line, `\u{1}`, the same in English; the string `"template"`
//! → the template's text. Its first message, `{ ready: true }`, says it has
//! loaded (plain strings are always answers). Natively this binary does nothing.

#[cfg(target_arch = "wasm32")]
fn main() {
    use js_sys::{Object, Reflect, Uint8Array};
    use urban_rural_sim::io::{region_csv, region_read};
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    urban_rural_sim::json::install();
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
        let reply = if e.data().as_string().as_deref() == Some("template") {
            region_csv::builtin_template()
        } else {
            let bytes = e.data().dyn_into::<Uint8Array>().map(|a| a.to_vec()).unwrap_or_default();
            match region_read::read_region(&bytes) {
                Ok(c) => format!("ok\n{}", c.json),
                Err(problems) => {
                    let line = |p: &urban_rural_sim::model::region_check::Problem, m: &str| {
                        if p.at.is_empty() {
                            m.to_string()
                        } else {
                            format!("[{}] {m}", p.at)
                        }
                    };
                    let zh: Vec<String> = problems.iter().map(|p| line(p, &p.message.zh)).collect();
                    let en: Vec<String> = problems.iter().map(|p| line(p, &p.message.en)).collect();
                    format!("problems\n{}\u{1}{}", zh.join("\n"), en.join("\n"))
                }
            }
        };
        let _ = reply_to.post_message(&reply.into());
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let ready = Object::new();
    let _ = Reflect::set(&ready, &"ready".into(), &true.into());
    let _ = scope.post_message(&ready);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
