//! 城乡融合情景模拟器 — urban–rural integration scenario simulator.
//!
//! `model` is the simulation: plain Rust, a pure function of a [`model::Scenario`],
//! tested natively. `app` is the Yew front end: its components compile only for
//! wasm32, its web-free parts (chart layouts, number formats) natively too. It
//! talks to the model through `model::project` and the parameter table.

pub mod i18n;
pub mod io;
/// JSON text → serde_json::Value (serde_json natively, the browser's JSON.parse on wasm32).
pub mod json;
pub mod model;
/// A number from text (f64::from_str natively, the browser's parseFloat on wasm32).
pub mod number;
/// Fixed UI strings in both languages (web-free, so tested natively).
pub mod text;

pub mod app;
