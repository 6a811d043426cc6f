//! The simulation model: plain Rust, no web dependencies. A scenario goes in,
//! a projection comes out (`project`).
//!
//! Three layers, each its own crate using only the crates below it (Cargo
//! refuses anything else; scripts/check-deps.sh holds what each may depend on):
//! - `inputs` (urs-inputs, crates/model/inputs): the scenario, its levers and
//!   assumptions, the region's data, the parameter table: plain data and its
//!   validation; also the two languages (`i18n`) and the JSON reader (`json`);
//! - `equations` (urs-equations, crates/model/equations): money, completion,
//!   capital, outcomes, cities, the history fits: one year or one series at a time;
//! - `results` (urs-results, crates/model/results): the projection over the
//!   horizon, the targets, the uncertainty band, attribution, goal seek.
//!
//! This crate only hands their modules on under one name (`urs_model::params`,
//! `urs_model::region::ZHEJIANG`, `urs_model::project`...).

pub use urs_equations as equations;
pub use urs_inputs as inputs;
pub use urs_results as results;

// The paths the rest of the workspace uses.
pub use urs_equations::{backtest, cities, completion, financing, history, outcomes};
pub use urs_inputs::{allocation, assumptions, i18n, json, params, region, region_check, scenario, strand};
pub use urs_results::{
    attribution, coverage, goal, goal_seek, paired, projection, reach, read, sensitivity, targets, uncertainty,
};

/// The outcome table (urs-inputs) with its reading from a run's years
/// and its targets (urs-results' `ReadOutcome` and `OutcomeTargets`, traits
/// since the table sits below the years and the targets).
pub mod outcome {
    pub use urs_inputs::outcome::*;
    pub use urs_results::read::ReadOutcome;
    pub use urs_results::targets::OutcomeTargets;
}

pub use allocation::Allocation;
pub use assumptions::{Assumptions, OutcomeAssumptions, PolicyCosts, StartingPoint};
pub use completion::{Limit, StrandCompletion, YearCompletion, HORIZON_YEARS};
pub use outcome::{Outcome, OutcomeTargets, ReadOutcome, OUTCOMES};
pub use outcomes::YearOutcome;
pub use projection::{project, Projection, MODEL_VERSION};
pub use scenario::{Levers, Pot, ReportedProgress, Scenario, FORMAT_VERSION, POTS};
pub use strand::{Strand, STRANDS};
