//! Charts. Web-free (tested natively): `spec` is what a chart shows as
//! plain data, `specs` describes each chart once and builds its spec, `grid`
//! lays out the 11-city small multiples. Wasm only: `frame` draws a
//! `ChartSpec` on two stacked canvases, `view` is the component (canvases,
//! legend, hover read-out), `cities` draws the small multiples.

pub mod grid;
pub mod spec;
pub mod specs;

#[cfg(target_arch = "wasm32")]
pub mod cities;
#[cfg(target_arch = "wasm32")]
pub mod frame;
#[cfg(target_arch = "wasm32")]
mod view;

#[cfg(target_arch = "wasm32")]
pub use view::{baseline_key, legend, stamp, stamp_draw, use_resize_tick, ChartView, ChartViewProps};
