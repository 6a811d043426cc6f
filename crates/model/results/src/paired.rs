//! Differences, not only levels. An honest band on a level is wide (the
//! income ratio's trend has erred by 0.05 at four years), wider than most
//! levers move it; what a planner compares is a scenario against its
//! baseline. Both are projected on the same draws (the same seed, so the
//! same drawn data, assumptions and pace, draw by draw), and the change is
//! taken within each draw: what is uncertain for both cancels, what the
//! change itself depends on (returns, capacity, the pace) stays. Reported as
//! quantiles per outcome and year, like the band. Documented in
//! docs/MODEL.md ("Uncertainty", "Differences").

use super::read::ReadOutcome;
use super::uncertainty::{for_each_draw, quantile, uncertainty_with, Band, OutcomeBand, QUANTILES};
use serde::{Deserialize, Serialize};
use urs_inputs::outcome::Outcome;
use urs_inputs::scenario::Scenario;

/// The scenario's change against its baseline, draw by draw: per outcome
/// with a band and per year, the quantiles (`QUANTILES`) of scenario −
/// baseline, in the outcome's model unit.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Differences {
    /// Draws both ran on.
    pub draws: usize,
    pub years: Vec<i32>,
    pub outcomes: Vec<OutcomeBand>,
}

impl Differences {
    /// The 10 % and 90 % quantiles of the change of `outcome` in `year`
    /// (the 80 % range), None where there is none.
    pub fn range(&self, outcome: Outcome, year: i32) -> Option<(f64, f64)> {
        let t = self.years.iter().position(|y| *y == year)?;
        let q = self.outcomes.iter().find(|b| b.outcome == outcome)?.quantiles.get(t)?;
        Some((q[0], q[4]))
    }
}

/// The scenario's band and, on the same draws, its difference from
/// `baseline`. None for the difference when the two runs did not keep the
/// same draws (history rejects a draw on the drawn data and assumptions,
/// which scenario and baseline share, so it does not happen for a baseline
/// of the same assumptions; a check, not a hope) or when they share no
/// years.
pub fn band_and_difference(
    scenario: &Scenario,
    baseline: &Scenario,
    draws: usize,
    seed: u64,
    spread: f64,
) -> (Band, Option<Differences>) {
    let banded: Vec<Outcome> = Outcome::banded().collect();
    let values = |drawn: &[urs_equations::outcomes::YearOutcome], into: &mut Vec<f64>| {
        for outcome in &banded {
            into.extend(drawn.iter().map(|y| outcome.value(y)));
        }
    };
    let mut base = Vec::new();
    let mut base_years = Vec::new();
    let (accepted, rejected) = for_each_draw(baseline, draws, seed, spread, |drawn| {
        if base_years.is_empty() {
            base_years = drawn.iter().map(|y| y.year).collect();
        }
        values(drawn, &mut base);
    });
    let mut own = Vec::with_capacity(base.len());
    let band = uncertainty_with(scenario, draws, seed, spread, |drawn| values(drawn, &mut own));
    let paired = band.draws == accepted && band.rejected == rejected && band.years == base_years;
    if !paired || own.len() != base.len() || accepted == 0 {
        return (band, None);
    }
    // Per draw: banded outcomes × years values, outcome-major.
    let per_draw = banded.len() * base_years.len();
    let outcomes = banded
        .iter()
        .enumerate()
        .map(|(o, &outcome)| OutcomeBand {
            outcome,
            quantiles: (0..base_years.len())
                .map(|t| {
                    let at = o * base_years.len() + t;
                    let mut d: Vec<f64> = own
                        .chunks_exact(per_draw)
                        .zip(base.chunks_exact(per_draw))
                        .map(|(s, b)| s[at] - b[at])
                        .collect();
                    d.sort_unstable_by(f64::total_cmp);
                    QUANTILES.map(|q| quantile(&d, q))
                })
                .collect(),
        })
        .collect();
    (band, Some(Differences { draws: accepted, years: base_years, outcomes }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_scenario_against_itself_differs_by_nothing_in_every_draw() {
        let s = Scenario::zhejiang_2025();
        let (band, d) = band_and_difference(&s, &s, 50, 3, 1.0);
        let d = d.expect("paired");
        assert_eq!(d.draws, band.draws);
        for b in &d.outcomes {
            for q in &b.quantiles {
                assert!(q.iter().all(|x| *x == 0.0), "{:?} {q:?}", b.outcome);
            }
        }
    }
}
