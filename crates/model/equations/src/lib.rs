//! Layer 2 of the model (urs-equations): the equations, one year or one
//! series at a time. Uses the inputs (urs-inputs) only.
//!
//! Each file uses only the files before it in this order
//! (crates/model/tests/file_order.rs checks):
//! completion → financing → capital → outcomes → cities → backtest → history.

pub mod backtest;
pub mod capital;
pub mod cities;
pub mod completion;
pub mod financing;
pub mod history;
pub mod outcomes;
