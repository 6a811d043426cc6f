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
pub mod library;
pub mod link;
pub mod stamp;

pub use crate::model::scenario::{check_name, MAX_NAME_CHARS};
