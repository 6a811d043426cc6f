//! Layer 1 of the model (urs-inputs): plain data and its validation. Uses no
//! other crate of ours; the equations (urs-equations) and the results
//! (urs-results) build on it, and Cargo keeps it from using them.
//! It also holds the two languages (`i18n`) and the JSON reader hook (`json`),
//! which every layer uses.
//!
//! Each file uses only the files before it in this order
//! (crates/model/tests/file_order.rs checks):
//! i18n → json → outcome → check → strand → allocation → assumptions → city → scenario →
//! unit → figure → row → rows → region_file → region → region_hint → region_parts → region_check → scenario_v1 → scenario_v2 → scenario_file → params.

pub mod allocation;
pub mod assumptions;
pub mod check;
pub mod city;
pub mod figure;
pub mod i18n;
/// JSON text in (serde_json natively; a browser build installs JSON.parse).
pub mod json;
/// The outcome table: every outcome's id, names, unit and rounding, once.
pub mod outcome;
pub mod params;
pub mod region;
pub mod region_check;
pub mod region_file;
pub mod region_hint;
pub mod region_parts;
pub mod row;
pub mod rows;
pub mod scenario;
pub mod scenario_file;
/// Version-1 scenario files (model 0.2) mapped to today's model, with notes.
pub mod scenario_v1;
/// Format-2 files of models 1.0/1.1 (before the time to build) mapped to today's, with notes.
pub mod scenario_v2;
pub mod strand;
pub mod unit;
