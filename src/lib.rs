//! 城乡融合情景模拟器 — urban–rural integration scenario simulator.
//!
//! `model` is the simulation: plain Rust, a pure function of a [`model::Scenario`],
//! tested natively. `app` is the Yew front end, compiled only for wasm32; it talks
//! to the model through `model::project` and the parameter table, nothing else.

pub mod i18n;
pub mod io;
pub mod model;
/// Fixed UI strings in both languages (web-free, so tested natively).
pub mod text;

#[cfg(target_arch = "wasm32")]
pub mod app;
