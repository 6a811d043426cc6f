//! Goal seek: the planner names targets and which levers may move; the
//! solver finds the setting, inside every lever's plausible range, that
//! meets them at least extra money (or least change from the current
//! setting) — keeping the published commitments unless freed by name,
//! keeping every outcome not named at least as good as where it starts
//! unless allowed to worsen, and adding money no later than the plan's own
//! pace. A goal out of reach is said to be, with the best value reached and
//! what binds; no setting is offered for it. Documented in docs/MODEL.md
//! ("Goal seek").
//!
//! Files: the rules of a question (`seek_rules`), the space it moves in
//! (`seek_space`), money and pace (`seek_money`), the guards (`seek_guard`),
//! the search (`seek_search`), what binds (`seek_binds`), the answer
//! (`seek`), with a probability (`seek_likely`). This module gathers them.

pub use super::goal::Goal;
pub use super::seek::{seek, GoalResult, Solution};
pub use super::seek_binds::Bind;
pub use super::seek_likely::{seek_likely, Likely};
pub use super::seek_money::{money_bn, money_by_year, pots_bn, Pace, Spending, YearMoney};
pub use super::seek_rules::{commitment, commitments, Freedom, Objective, Rules};
