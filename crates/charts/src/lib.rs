//! The charts, drawn once for every surface. Web-free: the app draws them on
//! a canvas (plotters-canvas, in the app), `urs --svg` and the app's SVG
//! export as SVG (feature `svg`), with the same code.
//!
//! - `spec`: what a chart shows, as plain data (axes, series, targets, bands);
//! - `specs`: each chart described once, built into a `ChartSpec`;
//! - `shown`: which lines a view shows (scenario, baseline, the built-in
//!   scenario when the assumptions differ from it, the bands), decided once
//!   for the screen, the slides and the handout;
//! - `grid`: where the 11 cities' small multiples go;
//! - `draw`, `labels`, `style`: a `ChartSpec` drawn on any plotters backend;
//! - `record`: the income ratio's forecast record (the backtest from every
//!   start year), the series of the chart kind `Record`;
//! - `cities`: the small multiples drawn on any backend;
//! - `caption`: the title, subtitle, legend and version stamp around a
//!   chart, as the PNG and the SVG exports carry them;
//! - `svg`: a chart as an SVG document (feature `svg`).

// The paths the moved modules were written against in the app.
pub(crate) use urs_formats::text;
pub(crate) use urs_model as model;
pub(crate) use urs_model::i18n;

pub mod caption;
pub mod cities;
pub mod draw;
#[cfg(feature = "svg")]
pub mod either;
pub mod grid;
mod labels;
pub mod record;
pub mod shown;
pub mod spec;
pub mod specs;
pub mod style;
#[cfg(feature = "svg")]
pub mod svg;

pub use caption::{baseline_key, Caption, Legend};
pub use draw::{Placed, PlotArea};
pub use style::{estimate_width, Measure, FONT};
