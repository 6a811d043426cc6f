//! Charts. What a chart shows and how it is drawn live in the `urs-charts`
//! crate (web-free, generic over the plotters backend), re-exported here
//! under their old paths: `spec`, `specs`, `grid`, `shown` (which lines a
//! view shows, for the screen, the slides and the handout). Wasm only: the
//! canvas side. `frame` draws a `ChartSpec` on a canvas (the back layer kept
//! off the page), and exports PNG and SVG; `view` is the component (canvas,
//! legend, hover read-out, PNG and SVG buttons); `cities` the small multiples.

pub use urs_charts::{grid, shown, spec, specs};

#[cfg(target_arch = "wasm32")]
pub mod cities;
#[cfg(target_arch = "wasm32")]
pub mod frame;
#[cfg(target_arch = "wasm32")]
mod view;

pub use urs_charts::baseline_key;
#[cfg(target_arch = "wasm32")]
pub use view::{legend, legend_html, stamp, stamp_draw, use_resize_tick, ChartView, ChartViewProps};
