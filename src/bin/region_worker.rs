//! The region file's Web Worker (issue 22): reads and checks a region file
//! a planner loads (`io::region_read`: JSON or the spreadsheet, every
//! problem at once) and writes the spreadsheet template. Its own wasm,
//! fetched when the planner first uses the region panel, so the checker and
//! the CSV code are not in the first screen's wasm (the size budget).
//!
//! Messages: the file (a `File`, read here) → the text `ok\n` and the file
//! completed with the province's beliefs as JSON (what the app keeps and
//! installs with `Region::from_json`), or `problems\n`, the problems in
//! Chinese one a line, `\u{1}`, the same in English; the string `"template"`
//! → the template's text. Its first message, `{ ready: true }`, says it has
//! loaded (plain strings are always answers). Natively this binary does nothing.

#[cfg(target_arch = "wasm32")]
fn main() {
    use js_sys::{Object, Reflect, Uint8Array};
    use urban_rural_sim::io::region_csv;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    urban_rural_sim::json::install();
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    // A file (a `Blob`) is read here, off the page; the string "template" asks for the template.
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
        let reply_to = reply_to.clone();
        let data = e.data();
        wasm_bindgen_futures::spawn_local(async move {
            let reply = if data.as_string().as_deref() == Some("template") {
                region_csv::builtin_template()
            } else {
                let buffer = match data.dyn_into::<web_sys::Blob>() {
                    Ok(blob) => wasm_bindgen_futures::JsFuture::from(blob.array_buffer()).await.ok(),
                    Err(_) => None,
                };
                let bytes = buffer.map(|b| Uint8Array::new(&b).to_vec()).unwrap_or_default();
                answer(&bytes)
            };
            let _ = reply_to.post_message(&reply.into());
        });
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let ready = Object::new();
    let _ = Reflect::set(&ready, &"ready".into(), &true.into());
    let _ = scope.post_message(&ready);
}

/// The answer to a file's bytes (see above).
#[cfg(target_arch = "wasm32")]
fn answer(bytes: &[u8]) -> String {
    match urban_rural_sim::io::region_read::read_region(bytes) {
        Ok(c) => format!("ok\n{}", c.json),
        Err(problems) => {
            let line = |at: &str, m: &str| if at.is_empty() { m.to_string() } else { format!("[{at}] {m}") };
            let zh: Vec<String> = problems.iter().map(|p| line(&p.at, &p.message.zh)).collect();
            let en: Vec<String> = problems.iter().map(|p| line(&p.at, &p.message.en)).collect();
            format!("problems\n{}\u{1}{}", zh.join("\n"), en.join("\n"))
        }
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
