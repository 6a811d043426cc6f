//! Scenarios that last and travel: share links, the saved library, files in
//! and out (scenario JSON, projection CSV). Web-free like the model, so every
//! decoder is tested natively (and fuzzed: tests/fuzz.rs). The browser side
//! (localStorage, downloads, the clipboard) is in `app/`.
//!
//! Every decoder answers bad input with a bilingual message and never panics;
//! nothing here mutates anything: callers replace their state only on `Ok`.

pub mod csv;
pub mod deck;
pub mod export;
/// JSON text in: the model's reader; on the web, the browser's JSON.parse (install).
pub mod json;
pub mod library;
pub mod link;
/// A number from text (f64::from_str natively, the browser's parseFloat on wasm32).
pub mod number;
/// The region file as a spreadsheet (UTF-8 CSV with a BOM): the pre-filled template.
pub mod region_csv;
/// A region file's bytes (JSON or CSV) read and checked, every problem listed.
pub mod region_read;
/// A goal-seek answer in words (the app's answer and the CLI's).
pub mod seek_words;
/// An outcome's value as text, with its unit (screen, charts, exports).
pub mod show;
pub mod stamp;
/// Fixed UI strings in both languages (web-free, so tested natively).
pub mod text;

pub use urs_model::scenario::{check_name, MAX_NAME_CHARS};
