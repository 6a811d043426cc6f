//! Layer 2: the equations, one year or one series at a time. Uses `inputs` only.

pub mod cities;
pub mod completion;
pub mod financing;
pub mod history;
pub mod outcomes;
