//! Layer 1: plain data and its validation. Uses nothing above it.

pub mod allocation;
pub mod assumptions;
pub mod params;
pub mod region;
pub mod scenario;
pub mod strand;
