//! Charts. What a chart shows and how it is drawn live in the `urs-charts`
//! crate (web-free, generic over the plotters backend), re-exported here
//! under their old paths: `spec`, `specs`, `grid`, `shown` (which lines a
//! view shows, for the screen, the slides and the handout). Wasm only: the
//! canvas side. `frame` draws a `ChartSpec` on a canvas (the back layer kept
//! off the page), and exports PNG and SVG; `view` is the component (canvas,
//! hover read-out, PNG and SVG buttons), `legend` its legend (native too under `ssr`); `cities` the small multiples.

pub use urs_charts::{grid, shown, spec, specs};

#[cfg(target_arch = "wasm32")]
pub mod cities;
#[cfg(target_arch = "wasm32")]
pub mod frame;
/// Native too with `ssr` (the first paint).
#[cfg(any(target_arch = "wasm32", feature = "ssr"))]
mod legend;
#[cfg(target_arch = "wasm32")]
mod view;

#[cfg(any(target_arch = "wasm32", feature = "ssr"))]
pub use legend::{legend, legend_html};
pub use urs_charts::baseline_key;
#[cfg(target_arch = "wasm32")]
pub use view::{stamp, stamp_draw, use_resize_tick, ChartView, ChartViewProps};
