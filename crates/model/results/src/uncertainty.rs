//! The uncertainty band: N draws of the uncertain numbers, each run through
//! the model, summarised as quantiles per outcome per year and the
//! probability of meeting each target. Documented in docs/MODEL.md
//! ("Uncertainty").
//!
//! The distribution: every assumption and every reported or published number
//! with a plausible range is drawn from a triangular distribution over that
//! range, peaked at its value (the seed's digits give the reported figures'
//! ranges; the reporting month, May or June, rounded from its triangle). The typical pace profile moves in two halves (January–June and
//! July–December, each at one quantile), so it stays a profile. The income
//! ratio's yearly decline is drawn over the range its backtest record
//! supports (equations/backtest.rs), so the band covers the errors the
//! trend has made; no filter then rejects a ratio path, since a filter on
//! the ratio threw away falls as slow as 2025's. A draw is kept only if its
//! urban income and urbanization trends, run from three years before the
//! last published year, meet the published values after it within the
//! stated tolerance. Draws that contradict the data are rejected and
//! counted, not kept. Ordinary funds follow the drawn pace
//! (they are the residual financing), so a faster programme is not starved
//! by the money the central one was given.

use super::projection::{project, project_years};
use super::read::ReadOutcome;
use super::targets::check_targets;
use super::targets::TARGETS;
use serde::Serialize;
use urs_equations::completion::workable_bn;
use urs_equations::history::{published, WINDOW};
use urs_equations::outcomes::YearOutcome;
use urs_inputs::outcome::Outcome;
use urs_inputs::params::{Kind, ParamSpec, Role, PARAMS};
use urs_inputs::region::{URBANIZATION, URBAN_INCOME};
use urs_inputs::scenario::Scenario;

/// Largest error a draw's trends may make replaying the years they were
/// fitted on: urban income (relative), urbanization (fraction). The income
/// ratio is not filtered: its range is calibrated to its record instead.
pub const REPLAY_TOLERANCE_URBAN_INCOME: f64 = 0.06;
pub const REPLAY_TOLERANCE_URBANIZATION: f64 = 0.01;

/// The quantiles the band reports.
pub const QUANTILES: [f64; 5] = [0.10, 0.25, 0.50, 0.75, 0.90];

#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct OutcomeBand {
    /// One of the outcomes with a band in the outcome table (`Outcome::banded`).
    pub outcome: Outcome,
    /// Per year of the horizon: the values at `QUANTILES`.
    pub quantiles: Vec<[f64; 5]>,
}

#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct TargetProbability {
    pub id: String,
    pub year: i32,
    /// Share of the draws that meet the target.
    pub probability: f64,
}

#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct Band {
    pub seed: u64,
    pub draws: usize,
    /// Draws rejected because their trends contradict the published years.
    pub rejected: usize,
    pub years: Vec<i32>,
    pub outcomes: Vec<OutcomeBand>,
    pub targets: Vec<TargetProbability>,
}

impl Band {
    /// The band of `outcome` (None: the outcome table gives it no band).
    pub fn outcome(&self, outcome: Outcome) -> Option<&OutcomeBand> {
        self.outcomes.iter().find(|b| b.outcome == outcome)
    }

    pub fn probability(&self, target_id: &str) -> Option<f64> {
        self.targets.iter().find(|t| t.id == target_id).map(|t| t.probability)
    }
}

/// SplitMix64 (Steele, Lea & Flood 2014): eight lines, no dependency, the
/// same sequence on every platform for the same seed.
struct Rng(u64);

impl Rng {
    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    fn uniform(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// The triangular distribution on [lo, hi] peaked at `mode`, at quantile q.
fn triangular(lo: f64, mode: f64, hi: f64, q: f64) -> f64 {
    if hi <= lo {
        return mode;
    }
    let mode = mode.clamp(lo, hi);
    let cut = (mode - lo) / (hi - lo);
    if q < cut {
        lo + (q * (hi - lo) * (mode - lo)).sqrt()
    } else {
        hi - ((1.0 - q) * (hi - lo) * (hi - mode)).sqrt()
    }
}

/// The numbers a draw varies: assumptions and data with a range, except the
/// pace months (drawn together). The reporting month is drawn too, from the
/// triangle over its range rounded to a month (its row rounds): May or June,
/// the other one a quarter of the time. It moves the 2030 ratio as much as
/// the levers do.
pub fn drawn(p: &ParamSpec) -> bool {
    p.role != Role::Lever && p.max > p.min && !matches!(p.kind, Kind::PaceMonth(_))
}

fn pace_rows() -> impl Iterator<Item = &'static ParamSpec> {
    PARAMS.iter().filter(|p| matches!(p.kind, Kind::PaceMonth(_)))
}

/// What a draw varies, worked out once per band: each drawn number's setter
/// and its triangular distribution (low, mode, high) about `scenario`'s
/// value, the range scaled by `spread` (1 = the stated ranges).
struct Spec {
    numbers: Vec<(&'static ParamSpec, [f64; 3])>,
    /// The pace months, and whether each is in the first half-year.
    pace: Vec<(&'static ParamSpec, [f64; 3], bool)>,
    plan_funds_bn: f64,
    /// The work `scenario` allows in its first year.
    central_work: f64,
}

impl Spec {
    fn new(scenario: &Scenario, spread: f64) -> Spec {
        let triangle = |p: &ParamSpec| {
            let v = (p.get)(scenario);
            let (lo, hi) = (v - (v - p.min) * spread, v + (p.max - v) * spread);
            [lo.min(v), v, hi.max(v)]
        };
        Spec {
            numbers: PARAMS.iter().filter(|p| drawn(p)).map(|p| (p, triangle(p))).collect(),
            pace: pace_rows().map(|p| (p, triangle(p), matches!(p.kind, Kind::PaceMonth(m) if m < 6))).collect(),
            plan_funds_bn: scenario.levers.plan_funds_bn,
            central_work: first_year_work(scenario),
        }
    }

    /// One draw of the uncertain numbers, written into `s` (a copy of the
    /// scenario reused from draw to draw: every drawn number is set again,
    /// so nothing of the last draw stays).
    fn draw_into(&self, s: &mut Scenario, rng: &mut Rng) {
        s.levers.plan_funds_bn = self.plan_funds_bn;
        for (p, [lo, mode, hi]) in &self.numbers {
            (p.set)(s, triangular(*lo, *mode, *hi, rng.uniform()));
        }
        // Two quantiles: the first half-year moves as one, the second as one,
        // independently, so the year-end ÷ May multiplier (the uncertain part)
        // gets its full spread while each half stays a profile. The ranges of
        // June and July do not overlap, so the whole profile never falls.
        let (early, late) = (rng.uniform(), rng.uniform());
        for (p, [lo, mode, hi], first_half) in &self.pace {
            (p.set)(s, triangular(*lo, *mode, *hi, if *first_half { early } else { late }));
        }
        // Ordinary funds are the residual financing: a programme that turns out
        // faster or slower draws proportionally more or less of them, at the
        // ratio the planner set. Without this every draw but the central one
        // would be short of money or leave it unspent, and the central run would
        // sit at the edge of the band.
        let drawn_work = first_year_work(s);
        if self.central_work > 0.0 && drawn_work > 0.0 {
            s.levers.plan_funds_bn *= drawn_work / self.central_work;
        }
    }
}

fn first_year_work(x: &Scenario) -> f64 {
    workable_bn(x, 0, x.levers.execution_speed).iter().sum::<f64>()
}

/// Does the draw's base trend replay the years it was fitted on (from
/// `WINDOW` years before the last published year, 2022–2025 for Zhejiang)
/// within tolerance? Starting where the fit starts keeps the test fair to
/// the central trend: it replays them by construction. Urban income and
/// urbanization only: every yearly decline of the ratio in its drawn range
/// is kept.
pub fn replays_history(s: &Scenario) -> bool {
    let a = &s.assumptions.outcomes;
    let c = a.urbanization_ceiling;
    // Largest error replaying `series` from the window's first year.
    let error = |series: &[(i32, f64)], predict: &dyn Fn(f64, i32) -> f64, relative: bool| {
        // A region with a shorter history replays what it has (from its
        // first year); one published year has nothing to replay.
        let (Some(&(first, _)), Some(&(last, _))) = (series.first(), series.last()) else { return 0.0 };
        let from = (last - WINDOW).max(first);
        let Some(v0) = published(series, from) else { return f64::INFINITY };
        series
            .iter()
            .filter(|(y, _)| *y > from)
            .map(|&(y, v)| (predict(v0, y - from) - v).abs() / if relative { v } else { 1.0 })
            .fold(0.0, f64::max)
    };
    error(&URBAN_INCOME, &|u0, n| u0 * (1.0 + a.urban_income_growth).powi(n), true) <= REPLAY_TOLERANCE_URBAN_INCOME
        && error(&URBANIZATION, &|u0, n| c - (c - u0) * (1.0 - a.urbanization_speed).powi(n), false)
            <= REPLAY_TOLERANCE_URBANIZATION
}

/// Run up to `draws` accepted draws of `scenario` from `seed` (`spread`
/// scales the ranges, 1 = as stated) and hand each accepted draw's yearly
/// outcomes to `each`. At most 20 × `draws` attempts: if history rejects
/// more, fewer are accepted. Returns (accepted, rejected). The band and goal
/// seek's probabilities share these draws.
pub fn for_each_draw(
    scenario: &Scenario,
    draws: usize,
    seed: u64,
    spread: f64,
    mut each: impl FnMut(&[YearOutcome]),
) -> (usize, usize) {
    let mut rng = Rng(seed);
    let (mut accepted, mut rejected) = (0, 0);
    let (spec, mut s) = (Spec::new(scenario, spread), scenario.clone());
    while accepted < draws && accepted + rejected < 20 * draws.max(1) {
        spec.draw_into(&mut s, &mut rng);
        if !replays_history(&s) || s.validate_numbers().is_err() {
            rejected += 1;
            continue;
        }
        accepted += 1;
        each(&project_years(&s));
    }
    (accepted, rejected)
}

/// The band: `draws` accepted draws of `scenario` from `seed` (see
/// `for_each_draw`), as quantiles per outcome and year and the share of
/// draws meeting each target. Fewer draws if history rejects too many (the
/// band says how many in `draws`).
pub fn uncertainty(scenario: &Scenario, draws: usize, seed: u64, spread: f64) -> Band {
    uncertainty_with(scenario, draws, seed, spread, |_| {})
}

/// The band, handing each accepted draw's yearly outcomes to `also` as
/// well (paired.rs projects the baseline on the same draws).
pub fn uncertainty_with(
    scenario: &Scenario,
    draws: usize,
    seed: u64,
    spread: f64,
    mut also: impl FnMut(&[YearOutcome]),
) -> Band {
    let years: Vec<i32> = project(scenario).years.iter().map(|y| y.year).collect();
    let banded: Vec<Outcome> = Outcome::banded().collect();
    let mut values: Vec<Vec<Vec<f64>>> = vec![vec![Vec::with_capacity(draws); years.len()]; banded.len()];
    let mut met = vec![0usize; TARGETS.len()];
    let (accepted, rejected) = for_each_draw(scenario, draws, seed, spread, |drawn| {
        for (o, outcome) in banded.iter().enumerate() {
            for (t, y) in drawn.iter().enumerate() {
                values[o][t].push(outcome.value(y));
            }
        }
        for (i, check) in check_targets(drawn).iter().enumerate() {
            met[i] += usize::from(check.met);
        }
        also(drawn);
    });
    let outcomes = banded
        .iter()
        .zip(values)
        .map(|(&outcome, per_year)| OutcomeBand {
            outcome,
            quantiles: per_year
                .into_iter()
                .map(|mut v| {
                    v.sort_unstable_by(f64::total_cmp);
                    QUANTILES.map(|q| quantile(&v, q))
                })
                .collect(),
        })
        .collect();
    let targets = TARGETS
        .iter()
        .zip(met)
        .map(|(t, n)| TargetProbability {
            id: t.id.to_string(),
            year: t.year,
            probability: n as f64 / accepted.max(1) as f64,
        })
        .collect();
    Band { seed, draws: accepted, rejected, years, outcomes, targets }
}

/// Linear interpolation between order statistics (type 7, as R's default).
pub fn quantile(sorted: &[f64], q: f64) -> f64 {
    match sorted.len() {
        0 => f64::NAN,
        1 => sorted[0],
        n => {
            let h = (n - 1) as f64 * q;
            let (lo, hi) = (h.floor() as usize, h.ceil() as usize);
            sorted[lo] + (h - lo as f64) * (sorted[hi] - sorted[lo])
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn triangular_covers_its_range_and_peaks_at_the_mode() {
        assert_eq!(triangular(0.0, 0.5, 1.0, 0.0), 0.0);
        assert_eq!(triangular(0.0, 0.5, 1.0, 1.0), 1.0);
        assert!((triangular(0.0, 0.5, 1.0, 0.5) - 0.5).abs() < 1e-12);
        assert_eq!(triangular(2.0, 2.0, 2.0, 0.3), 2.0);
    }

    #[test]
    fn the_builtin_scenario_replays_history() {
        assert!(replays_history(&Scenario::zhejiang_2025()));
    }
}
