//! The simulation model: plain Rust, no web dependencies. A scenario goes in,
//! a projection comes out (`project`).
//!
//! Three layers, each using only the layers below it (tests/layers.rs fails
//! otherwise):
//! - `inputs`: the scenario, its levers and assumptions, the region's data,
//!   the parameter table: plain data and its validation;
//! - `equations`: money, completion, capital, outcomes, cities, the history
//!   fits: one year or one series at a time;
//! - `results`: the projection over the horizon, the targets, the
//!   uncertainty band.

pub mod equations;
pub mod i18n;
pub mod inputs;
/// JSON text in (serde_json natively; a browser build installs JSON.parse).
pub mod json;
/// The outcome table: every outcome's id, names, unit and rounding, once.
pub mod outcome;
pub mod results;

// The paths the rest of the crate uses.
pub use equations::{cities, completion, financing, history, outcomes};
pub use inputs::{allocation, assumptions, params, region, scenario, strand};
pub use results::{attribution, goal_seek, projection, targets, uncertainty};

pub use allocation::Allocation;
pub use assumptions::{Assumptions, OutcomeAssumptions, PolicyCosts, StartingPoint};
pub use completion::{Limit, StrandCompletion, YearCompletion, HORIZON_YEARS};
pub use outcome::{Outcome, OUTCOMES};
pub use outcomes::YearOutcome;
pub use projection::{project, Projection, MODEL_VERSION};
pub use scenario::{Levers, Pot, ReportedProgress, Scenario, FORMAT_VERSION, POTS};
pub use strand::{Strand, STRANDS};
