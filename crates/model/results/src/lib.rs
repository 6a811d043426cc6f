//! Layer 3: the projection over the horizon, the targets and the uncertainty
//! band. Uses `inputs` and `equations`.

// Each file uses only the files before it in this order (crates/model/tests/file_order.rs checks):
// read → targets → projection → goal → uncertainty → paired → coverage → attribution → goal_seek.

pub mod attribution;
pub mod coverage;
pub mod goal;
pub mod goal_seek;
/// The scenario against its baseline on the same draws.
pub mod paired;
pub mod projection;
/// How each outcome is read from a projection year.
pub mod read;
pub mod targets;
pub mod uncertainty;
