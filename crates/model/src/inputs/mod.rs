//! Layer 1: plain data and its validation. Uses nothing above it.
//!
//! Each file uses only the files listed before it:
//! check → strand → allocation → assumptions → city → scenario → unit →
//! figure → row → rows → region_file → region → scenario_file → params.

pub mod allocation;
pub mod assumptions;
pub mod check;
pub mod city;
pub mod figure;
pub mod params;
pub mod region;
pub mod region_file;
pub mod row;
pub mod rows;
pub mod scenario;
pub mod scenario_file;
pub mod strand;
pub mod unit;
