//! Layer 3: the projection over the horizon, the targets and the uncertainty
//! band. Uses `inputs` and `equations`.

pub mod attribution;
pub mod goal_seek;
pub mod projection;
pub mod targets;
pub mod uncertainty;
