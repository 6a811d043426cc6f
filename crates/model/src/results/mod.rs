//! Layer 3: the projection over the horizon, the targets and the uncertainty
//! band. Uses `inputs` and `equations`.

pub mod attribution;
pub mod goal;
pub mod goal_seek;
pub mod projection;
/// How each outcome is read from a projection year.
mod read;
pub mod targets;
pub mod uncertainty;
