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
use super::uncertainty::{for_each_draw, uncertainty_with, Band, OutcomeBand, QUANTILES};
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

/// The baseline's side of the pairing: every accepted draw's banded
/// outcomes (outcome-major, year by year), run once and kept while only the
/// levers move (the worker keeps the last one: a lever move does not change
/// the baseline).
#[derive(Clone, Debug, PartialEq)]
pub struct BaselineDraws {
    pub baseline: Scenario,
    pub draws: usize,
    pub seed: u64,
    pub spread: f64,
    years: Vec<i32>,
    values: Vec<f64>,
    accepted: usize,
    rejected: usize,
}

fn banded_values(drawn: &[urs_equations::outcomes::YearOutcome], into: &mut Vec<f64>) {
    for outcome in Outcome::banded() {
        into.extend(drawn.iter().map(|y| outcome.value(y)));
    }
}

impl BaselineDraws {
    pub fn new(baseline: &Scenario, draws: usize, seed: u64, spread: f64) -> BaselineDraws {
        let (mut values, mut years) = (Vec::new(), Vec::new());
        let (accepted, rejected) = for_each_draw(baseline, draws, seed, spread, |drawn| {
            if years.is_empty() {
                years = drawn.iter().map(|y| y.year).collect();
            }
            banded_values(drawn, &mut values);
        });
        BaselineDraws { baseline: baseline.clone(), draws, seed, spread, years, values, accepted, rejected }
    }

    /// Whether these are the draws `band_and_difference` would run.
    pub fn is_for(&self, baseline: &Scenario, draws: usize, seed: u64, spread: f64) -> bool {
        self.draws == draws && self.seed == seed && self.spread == spread && self.baseline == *baseline
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
    band_against(scenario, &BaselineDraws::new(baseline, draws, seed, spread))
}

/// As `band_and_difference`, against the baseline's draws already run.
pub fn band_against(scenario: &Scenario, b: &BaselineDraws) -> (Band, Option<Differences>) {
    let banded: Vec<Outcome> = Outcome::banded().collect();
    let (base, base_years, accepted, rejected) = (&b.values, &b.years, b.accepted, b.rejected);
    let mut own = Vec::with_capacity(base.len());
    let band = uncertainty_with(scenario, b.draws, b.seed, b.spread, |drawn| banded_values(drawn, &mut own));
    let paired = band.draws == accepted && band.rejected == rejected && band.years == *base_years;
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
                    QUANTILES.map(|q| selected_quantile(&mut d, q))
                })
                .collect(),
        })
        .collect();
    (band, Some(Differences { draws: accepted, years: base_years.clone(), outcomes }))
}

/// `quantile` of the sorted values (type 7), found by selection instead of
/// a full sort: the worker computes 66 of these per band, and selecting the
/// two order statistics a quantile needs is cheaper than sorting.
fn selected_quantile(v: &mut [f64], q: f64) -> f64 {
    let n = v.len();
    if n < 2 {
        return v.first().copied().unwrap_or(f64::NAN);
    }
    let h = (n - 1) as f64 * q;
    let (lo, hi) = (h.floor() as usize, h.ceil() as usize);
    let (_, &mut a, right) = v.select_nth_unstable_by(lo, f64::total_cmp);
    let b = if hi > lo { right.iter().copied().fold(f64::INFINITY, f64::min) } else { a };
    a + (h - lo as f64) * (b - a)
}

#[cfg(test)]
mod tests {
    use super::super::uncertainty::quantile;
    use super::*;

    #[test]
    fn selection_gives_the_sorted_quantiles() {
        let mut x = 0.37_f64;
        let values: Vec<f64> = (0..1001)
            .map(|_| {
                x = (x * 3.9 * (1.0 - x)).clamp(1e-9, 1.0 - 1e-9);
                x - 0.5
            })
            .collect();
        for len in [1, 2, 7, 1000, 1001] {
            let mut sorted = values[..len].to_vec();
            sorted.sort_unstable_by(f64::total_cmp);
            for q in QUANTILES {
                let mut v = values[..len].to_vec();
                assert_eq!(selected_quantile(&mut v, q), quantile(&sorted, q), "{len} {q}");
            }
        }
    }

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
