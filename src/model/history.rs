//! Published history, and the replay of the model's base trends over it.
//! The replay runs the income-ratio equation from 2014 (the series starts
//! there: rural income changed definition in 2014) with every lever at its
//! historical pace, i.e. investment at the baseline (x = 0), so it tests the
//! base trend; the investment elasticities are assumptions it cannot test.

use super::outcomes::OutcomeAssumptions;
use serde::Serialize;

/// Zhejiang's urban–rural income ratio (DOMAIN.md; 2023 and 2024 derived from
/// published incomes and growth rates).
pub const INCOME_RATIO: [(i32, f64); 9] = [
    (2014, 2.085),
    (2015, 2.07),
    (2017, 2.054),
    (2018, 2.04),
    (2020, 1.96),
    (2021, 1.94),
    (2022, 1.90),
    (2023, 1.86),
    (2024, 1.83),
];

/// Zhejiang's resident urbanization rate (DOMAIN.md).
pub const URBANIZATION: [(i32, f64); 5] = [(2018, 0.689), (2021, 0.727), (2022, 0.734), (2023, 0.742), (2024, 0.755)];

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ReplayPoint {
    pub year: i32,
    pub published: f64,
    pub model: f64,
    pub error: f64,
}

/// Run the income ratio from its 2014 value to 2024 on the base trend and
/// compare it with every published year.
pub fn replay_income_ratio(a: &OutcomeAssumptions) -> Vec<ReplayPoint> {
    let mut ratio = INCOME_RATIO[0].1;
    let mut out = Vec::new();
    for year in 2014..=2024 {
        if year > 2014 {
            ratio *= 1.0 - a.income_ratio_decline(year);
        }
        if let Some(&(_, published)) = INCOME_RATIO.iter().find(|(y, _)| *y == year) {
            out.push(ReplayPoint { year, published, model: ratio, error: ratio - published });
        }
    }
    out
}

/// Run resident urbanization from its 2018 value to 2024 on the base trend
/// (distance to the ceiling closing at the fitted speed).
pub fn replay_urbanization(a: &OutcomeAssumptions) -> Vec<ReplayPoint> {
    let mut u = 0.689;
    let mut out = Vec::new();
    for year in 2018..=2024 {
        if year > 2018 {
            u += a.urbanization_speed * (a.urbanization_ceiling - u);
        }
        if let Some(&(_, published)) = URBANIZATION.iter().find(|(y, _)| *y == year) {
            out.push(ReplayPoint { year, published, model: u, error: u - published });
        }
    }
    out
}

/// The replay tables for docs/MODEL.md, built-in assumptions.
pub fn replay_markdown(a: &OutcomeAssumptions) -> String {
    let mut out = String::from("| year | income ratio, published | model | error |\n|---|---|---|---|\n");
    for p in replay_income_ratio(a) {
        out.push_str(&format!("| {} | {:.3} | {:.3} | {:+.3} |\n", p.year, p.published, p.model, p.error));
    }
    out.push_str("\n| year | resident urbanization, published | model | error (pp) |\n|---|---|---|---|\n");
    for p in replay_urbanization(a) {
        out.push_str(&format!(
            "| {} | {:.1} % | {:.1} % | {:+.1} |\n",
            p.year,
            p.published * 100.0,
            p.model * 100.0,
            p.error * 100.0
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_base_trend_replays_the_published_income_ratio_within_two_hundredths() {
        let replay = replay_income_ratio(&OutcomeAssumptions::builtin());
        assert_eq!(replay.len(), INCOME_RATIO.len());
        for p in &replay {
            assert!(p.error.abs() <= 0.02, "{}: model {:.4} vs published {}", p.year, p.model, p.published);
        }
    }

    #[test]
    fn the_urbanization_trend_replays_2018_to_2024_within_one_point() {
        for p in replay_urbanization(&OutcomeAssumptions::builtin()) {
            assert!(p.error.abs() <= 0.01, "{}: {:.4} vs {}", p.year, p.model, p.published);
        }
    }

    #[test]
    fn docs_model_md_carries_the_current_replay_tables() {
        let doc = include_str!("../../docs/MODEL.md");
        assert!(
            doc.contains(&replay_markdown(&OutcomeAssumptions::builtin())),
            "docs/MODEL.md is out of date: run `cargo run --bin urs -- --update-doc docs/MODEL.md`"
        );
    }
}
