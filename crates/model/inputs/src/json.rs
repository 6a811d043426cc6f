//! How the model reads JSON text: the one place it does.
//!
//! Natively this is serde_json's parser. A browser build installs its own
//! readers first (`urs_formats::json::install`: the browser's `JSON.parse`
//! carried into the types by serde-wasm-bindgen), so serde_json's text parser
//! is not compiled into the wasm and the model crate itself depends on nothing
//! of the web. Everything after the parse — format migration, typed reads,
//! validation — is the same code everywhere.

use serde_json::Value;
use std::sync::OnceLock;

/// A reader a build can install: text to a typed value. Two are used: to a
/// JSON value (every file format) and straight to the region's type
/// (`region::install_reader`: no `Value` in between, so a cold start reads the
/// built-in region in ~8 ms instead of ~20 on the web).
pub type Reader<T> = fn(&str) -> Result<T, String>;

static VALUE_READER: OnceLock<Reader<Value>> = OnceLock::new();

/// Install the value reader; the first installation wins (every entry point
/// of a browser build calls `urs_formats::json::install` before anything
/// reads JSON).
pub fn install(reader: Reader<Value>) {
    let _ = VALUE_READER.set(reader);
}

/// The installed reader, serde_json's natively when none was installed.
pub fn installed<T: serde::de::DeserializeOwned>(cell: &'static OnceLock<Reader<T>>) -> Reader<T> {
    #[cfg(not(target_arch = "wasm32"))]
    return *cell.get_or_init(|| |text| serde_json::from_str(text).map_err(|e| e.to_string()));
    #[cfg(target_arch = "wasm32")]
    return *cell.get().expect("urs_formats::json::install() was not called at this entry point");
}

/// Parse JSON text; the error is a short description for the caller's message.
pub fn parse(text: &str) -> Result<Value, String> {
    installed(&VALUE_READER)(text)
}
