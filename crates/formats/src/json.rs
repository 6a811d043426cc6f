//! JSON text → [`serde_json::Value`], the one way every file format reads
//! JSON (the region file, scenarios, library entries and files, decks): the
//! model's reader (`urs_model::json`).
//!
//! Natively that is serde_json's parser. In the browser (wasm32) every entry
//! point calls [`install`] first, which gives the model the browser's own
//! `JSON.parse`, carried into the same `Value` (or straight into the region's
//! type) by serde-wasm-bindgen, so serde_json's text parser (and its exact
//! float reader) is not compiled into the wasm at all (the first visit's
//! size). Everything after the `Value` — format migration, typed
//! `serde_json::from_value`, validation — is the same code on both. Writing
//! JSON stays serde_json's on both (it is small, and keeps files identical).
//!
//! What differs on the web, none of it reaching a valid file: the wording of
//! a syntax error (the browser's), duplicate keys (the last one wins, as in a
//! `Value` natively), and numbers beyond f64 (JSON.parse gives ±Infinity,
//! which becomes `null` and is refused by the typed read).

pub use urs_model::json::parse;

/// Give the model the browser's JSON reader (every wasm entry point: the
/// app, the band worker, the wasm tests). Idempotent.
#[cfg(target_arch = "wasm32")]
pub fn install() {
    urs_model::json::install(browser_parse);
    urs_model::region::install_reader(browser_parse);
}

/// Natively the model already reads with serde_json: nothing to install.
#[cfg(not(target_arch = "wasm32"))]
pub fn install() {}

#[cfg(target_arch = "wasm32")]
fn browser_parse<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, String> {
    let js = js_sys::JSON::parse(text).map_err(|e| match wasm_bindgen::JsCast::dyn_ref::<js_sys::Error>(&e) {
        Some(error) => String::from(error.message()),
        None => String::from("JSON.parse"),
    })?;
    serde_wasm_bindgen::from_value(js).map_err(|e| e.to_string())
}
