//! Layer 3: the projection over the horizon, the targets and the uncertainty
//! band. Uses `inputs` and `equations`.

// Each file uses only the files before it in this order (crates/model/tests/file_order.rs checks):
// read → targets → projection → reach → goal → uncertainty → paired → coverage → sensitivity → attribution →
// seek_rules → seek_money → seek_guard → seek_space → seek_search → seek_binds → seek → seek_likely →
// goal_seek.

pub mod attribution;
pub mod coverage;
pub mod goal;
pub mod goal_seek;
/// The scenario against its baseline on the same draws.
pub mod paired;
pub mod projection;
/// Which targets no lever moves (decided from the model).
pub mod reach;
/// How each outcome is read from a projection year.
pub mod read;
pub mod seek;
pub mod seek_binds;
pub mod seek_guard;
pub mod seek_likely;
pub mod seek_money;
pub mod seek_rules;
pub mod seek_search;
pub mod seek_space;
/// What each headline outcome depends on: the tornado table.
pub mod sensitivity;
pub mod targets;
pub mod uncertainty;
