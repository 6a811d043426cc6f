//! The simulation model: plain Rust, no web dependencies. A scenario goes in,
//! a projection comes out (`project`), nothing else is shared.

pub mod allocation;
pub mod cities;
pub mod completion;
pub mod history;
pub mod outcomes;
pub mod params;
pub mod projection;
pub mod scenario;
pub mod strand;
pub mod targets;

pub use allocation::Allocation;
pub use completion::{StrandCompletion, YearCompletion, HORIZON_YEARS};
pub use outcomes::{OutcomeAssumptions, StartingPoint, YearOutcome};
pub use projection::{project, Projection, MODEL_VERSION};
pub use scenario::{Assumptions, Levers, Pot, ReportedProgress, Scenario, FORMAT_VERSION, POTS};
pub use strand::{Strand, STRANDS};
