//! Layer 3: the projection over the horizon, the targets and the uncertainty
//! band. Uses `inputs` and `equations`.

// Each file uses only the files before it in this order (crates/model/tests/file_order.rs checks):
// targets → projection → uncertainty → coverage → attribution → goal_seek.

pub mod attribution;
pub mod coverage;
pub mod goal_seek;
pub mod projection;
pub mod targets;
pub mod uncertainty;
