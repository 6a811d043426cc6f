//! 城乡融合情景模拟器 — urban–rural integration scenario simulator.
//!
//! The app crate. The model is its own crate (`urs_model`, re-exported here
//! as `model`): plain Rust, a pure function of a [`model::Scenario`], tested
//! natively. The formats (links, library, decks, exports, the UI's fixed
//! strings) are `urs_formats`, re-exported as `io`, `json`, `number` and
//! `text`. `app` is the Yew front end: its components compile only for
//! wasm32, its web-free parts (chart layouts, number formats) natively too.

pub use urs_formats as io;
pub use urs_formats::{json, number, text};
pub use urs_model as model;
pub use urs_model::i18n;

pub mod app;
