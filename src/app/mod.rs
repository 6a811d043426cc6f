//! The browser app: a thin Yew layer over `crate::model` and `crate::io`.
//! State lives in one reducer (`state`); components are small and take typed
//! props. The web-free parts (chart descriptions, layouts, number formats)
//! compile natively too, so `cargo test` covers them; everything that touches
//! the DOM is compiled for wasm32 only.

pub mod charts;
pub mod format;

#[cfg(target_arch = "wasm32")]
pub mod citydata;
#[cfg(target_arch = "wasm32")]
pub mod compare;
#[cfg(target_arch = "wasm32")]
pub mod files;
#[cfg(target_arch = "wasm32")]
pub mod kpi;
#[cfg(target_arch = "wasm32")]
pub mod levers;
#[cfg(target_arch = "wasm32")]
pub mod library;
#[cfg(target_arch = "wasm32")]
pub mod modelref;
#[cfg(target_arch = "wasm32")]
pub mod panel;
#[cfg(target_arch = "wasm32")]
mod root;
#[cfg(target_arch = "wasm32")]
pub mod state;
#[cfg(target_arch = "wasm32")]
pub mod storage;

#[cfg(target_arch = "wasm32")]
pub use root::start;
