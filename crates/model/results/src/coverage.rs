//! Does the band cover what the trend has got wrong? The band's 10–90 %
//! range of the income ratio in each year after the start, as factors of
//! the central projection, laid over every backtest forecast of the chosen
//! method at the same horizon (equations/backtest.rs): the share of
//! published values that fall inside should be near 80 %. docs/MODEL.md
//! ("Uncertainty") shows the table; `urs --update-doc` writes it.

use super::projection::project;
use super::uncertainty::uncertainty;
use serde::Serialize;
use urs_equations::backtest::backtest;
use urs_equations::history::{latest_published_year, ratio_method, BAND_HORIZONS};
use urs_inputs::outcome::Outcome;
use urs_inputs::region::INCOME_RATIO;
use urs_inputs::scenario::Scenario;

/// The band at one horizon and the backtest forecasts it covers.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct HorizonCoverage {
    pub horizon: usize,
    /// The band's 10 % and 90 % quantiles ÷ the central projection.
    pub low: f64,
    pub high: f64,
    /// Backtest forecasts at this horizon, and how many of the published
    /// values fall inside the band laid over them.
    pub origins: usize,
    pub covered: usize,
}

impl HorizonCoverage {
    pub fn share(&self) -> f64 {
        self.covered as f64 / self.origins.max(1) as f64
    }
}

/// The coverage at every horizon of the band (1–5 years after the start).
pub fn coverage(scenario: &Scenario, draws: usize, seed: u64) -> Vec<HorizonCoverage> {
    let p = project(scenario);
    let band = uncertainty(scenario, draws, seed, 1.0);
    // The outcome table gives the income ratio a band.
    let Some(ratio) = band.outcome(Outcome::IncomeRatio) else { return Vec::new() };
    let quantiles = &ratio.quantiles;
    let until = latest_published_year();
    let (record, method) = (backtest(&INCOME_RATIO, until), ratio_method(until));
    (1..=BAND_HORIZONS)
        .filter_map(|h| {
            let t = p.years.iter().position(|y| y.year == scenario.start.year + h as i32)?;
            let central = p.years[t].income_ratio;
            let (low, high) = (quantiles[t][0] / central, quantiles[t][4] / central);
            let outcomes: Vec<f64> = record
                .forecasts
                .iter()
                .filter(|f| f.method == method && f.horizon == h)
                .map(|f| f.published / f.forecast)
                .collect();
            let covered = outcomes.iter().filter(|r| (low..=high).contains(*r)).count();
            Some(HorizonCoverage { horizon: h, low, high, origins: outcomes.len(), covered })
        })
        .collect()
}

/// The share covered over every horizon and origin.
pub fn pooled(coverage: &[HorizonCoverage]) -> f64 {
    let (n, c) = coverage.iter().fold((0, 0), |(n, c), h| (n + h.origins, c + h.covered));
    c as f64 / n.max(1) as f64
}

/// The horizons held together: four to eight origins a horizon are too few
/// for a share near 80 % at each (a true 80 % band covers 5 of 6 only 39 %
/// of the time), so coverage is held in two groups of about fifteen
/// forecasts, short (1–2 years) and long (3–5 years).
pub const HORIZON_GROUPS: [(usize, usize); 2] = [(1, 2), (3, 5)];

/// (forecasts, covered) over the horizons `from`–`to`.
pub fn group(coverage: &[HorizonCoverage], (from, to): (usize, usize)) -> (usize, usize) {
    coverage
        .iter()
        .filter(|h| (from..=to).contains(&h.horizon))
        .fold((0, 0), |(n, c), h| (n + h.origins, c + h.covered))
}
