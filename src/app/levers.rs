//! The lever panel: one slider with numeric entry per lever of the parameter
//! table, and linked sliders for each pot's allocation across the strands.
//! `levers/slider.rs` holds `LeverSlider`, `levers/allocation.rs`
//! `AllocationLever`, `levers/parts.rs` what both are made of.

mod allocation;
pub(crate) mod parts;
mod slider;

pub use allocation::{AllocationLever, AllocationProps};
pub use slider::{LeverProps, LeverSlider};
