//! Goal seek's guards: every outcome of the outcome table the planner did
//! not name in a goal, in every goal's year, may not end worse than where
//! the search starts — unless the planner allows it (`Rules::may_worsen`).
//! Without them the cheapest way to a goal is to take money from whatever
//! nobody asked about.

use super::goal::Goal;
use super::projection::Projection;
use super::read::ReadOutcome;
use urs_inputs::outcome::{Outcome, OUTCOMES};

/// One outcome held in one year.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Guard {
    pub outcome: Outcome,
    pub year: i32,
    /// Its value where the search starts.
    pub start: f64,
}

impl Guard {
    /// `value` is no worse than the start (to float noise).
    pub fn holds(&self, value: f64) -> bool {
        let tolerance = 1e-9 * self.start.abs().max(1.0);
        if self.outcome.lower_is_better() {
            value <= self.start + tolerance
        } else {
            value >= self.start - tolerance
        }
    }
}

/// The guards of a question: the outcomes not named and not allowed to
/// worsen, in each year a goal names, at their start values.
pub fn guards(start: &Projection, goals: &[Goal], may_worsen: &[Outcome]) -> Vec<Guard> {
    let mut years: Vec<i32> = goals.iter().map(Goal::year).collect();
    years.sort_unstable();
    years.dedup();
    let named = |o: &Outcome| goals.iter().any(|g| g.outcome() == *o);
    let mut out = Vec::new();
    for o in OUTCOMES.into_iter().filter(|o| !named(o) && !may_worsen.contains(o)) {
        for &year in &years {
            if let Some(start) = o.in_year(&start.years, year) {
                out.push(Guard { outcome: o, year, start });
            }
        }
    }
    out
}

/// The guards `p` breaks (their indices).
pub fn broken(guards: &[Guard], p: &Projection) -> Vec<usize> {
    (0..guards.len())
        .filter(|&i| guards[i].outcome.in_year(&p.years, guards[i].year).is_none_or(|v| !guards[i].holds(v)))
        .collect()
}
