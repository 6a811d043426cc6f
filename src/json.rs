//! JSON text → [`serde_json::Value`], the one way every file format reads
//! JSON (the region file, scenarios, library entries and files, decks).
//!
//! Natively this is serde_json's parser. In the browser (wasm32) it is the
//! browser's own `JSON.parse`, carried into the same `Value` by
//! serde-wasm-bindgen, so serde_json's text parser (and its exact float
//! reader) is not compiled into the wasm at all (issue 10: the first screen's
//! size). Everything after the `Value` — format migration, typed
//! `serde_json::from_value`, validation — is the same code on both. Writing
//! JSON stays serde_json's on both (it is small, and keeps files identical).
//!
//! What differs on the web, none of it reaching a valid file: the wording of
//! a syntax error (the browser's), duplicate keys (the last one wins, as in a
//! `Value` natively), and numbers beyond f64 (JSON.parse gives ±Infinity,
//! which becomes `null` and is refused by the typed read).

use serde_json::Value;

/// Parse JSON text; the error is a short description (no line, or the
/// browser's wording on the web) for the caller to put in its message.
#[cfg(not(target_arch = "wasm32"))]
pub fn parse(text: &str) -> Result<Value, String> {
    serde_json::from_str(text).map_err(|e| e.to_string())
}

/// Parse JSON text; the error is a short description (no line, or the
/// browser's wording on the web) for the caller to put in its message.
#[cfg(target_arch = "wasm32")]
pub fn parse(text: &str) -> Result<Value, String> {
    use wasm_bindgen::JsCast;
    let js = js_sys::JSON::parse(text).map_err(|e| match e.dyn_ref::<js_sys::Error>() {
        Some(error) => String::from(error.message()),
        None => String::from("JSON.parse"),
    })?;
    serde_wasm_bindgen::from_value(js).map_err(|e| e.to_string())
}

/// Parse JSON text straight into a typed value, for a file with no older
/// formats to migrate (the region file). On the web this skips the
/// `serde_json::Value` in between: serde-wasm-bindgen reads the browser's
/// `JSON.parse` result into the type, about 8 ms for the built-in region on a
/// cold start instead of 20 (docs/BENCHMARKS.md, cold start). The same
/// typed read and the same checks after it; only the route differs.
#[cfg(not(target_arch = "wasm32"))]
pub fn parse_into<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, String> {
    serde_json::from_str(text).map_err(|e| e.to_string())
}

/// Parse JSON text straight into a typed value (see the native twin).
#[cfg(target_arch = "wasm32")]
pub fn parse_into<T: serde::de::DeserializeOwned>(text: &str) -> Result<T, String> {
    let js = js_sys::JSON::parse(text).map_err(|e| match wasm_bindgen::JsCast::dyn_ref::<js_sys::Error>(&e) {
        Some(error) => String::from(error.message()),
        None => String::from("JSON.parse"),
    })?;
    serde_wasm_bindgen::from_value(js).map_err(|e| e.to_string())
}
