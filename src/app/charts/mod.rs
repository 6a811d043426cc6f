//! Charts. Web-free (tested natively): `grid` lays out the 11-city small
//! multiples. Wasm only: `frame` draws a `ChartSpec` on two stacked canvases,
//! `specs` builds the spec of each chart from the projections, `view` is the
//! component (canvases, legend, hover read-out), `cities` draws the small
//! multiples.

pub mod grid;

#[cfg(target_arch = "wasm32")]
pub mod cities;
#[cfg(target_arch = "wasm32")]
pub mod frame;
#[cfg(target_arch = "wasm32")]
pub mod specs;
#[cfg(target_arch = "wasm32")]
mod view;

#[cfg(target_arch = "wasm32")]
pub use view::{stamp, stamp_draw, use_resize_tick, ChartView, ChartViewProps};
