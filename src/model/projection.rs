//! The model's one entry point: `project(&Scenario) -> Projection`, a pure
//! function. Everything the UI and the CLI show comes from a `Projection`.

use super::cities::{project_cities, CityProjection};
use super::completion::{project_years, YearCompletion};
use super::outcomes::{project_outcomes, YearOutcome};
use super::scenario::Scenario;
use super::strand::STRANDS;
use super::targets::{check_targets, TargetCheck};
use crate::i18n::Bilingual;
use serde::Serialize;

/// Version of the model's equations and defaults; a change that moves results
/// bumps it (shown in the UI, written into CLI output).
pub const MODEL_VERSION: &str = "0.2.1";

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Projection {
    pub model_version: &'static str,
    pub scenario_name: String,
    /// The starting point the yearly outcomes run from (end of the year
    /// before the reported one), so a chart can draw the line from it.
    pub start: super::outcomes::StartingPoint,
    /// Monthly completion in the reported year (the first of `completion_by_year`).
    pub completion: YearCompletion,
    /// Monthly completion in every year of the horizon.
    pub completion_by_year: Vec<YearCompletion>,
    /// Yearly outcomes over the horizon.
    pub years: Vec<YearOutcome>,
    /// Each city's urban–rural income ratio over the horizon.
    pub cities: Vec<CityProjection>,
    /// The province's targets, met or missed.
    pub targets: Vec<TargetCheck>,
    /// The projection at the reporting date, rounded to the digits the seed
    /// publishes: this is what must equal the seed for the built-in scenario.
    pub calibration: CalibrationFigures,
    /// Things the planner should know about this result (bilingual).
    pub notices: Vec<Bilingual>,
}

/// Completed investment (bn yuan) and completion rate (%) at the end of the
/// calibration month, as the model computes them, in published digits.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct CalibrationFigures {
    pub month: u8,
    pub total_completed_bn: f64,
    pub total_rate_pct: f64,
    pub urban_completed_bn: f64,
    pub urban_rate_pct: f64,
    pub rural_completed_bn: f64,
    pub rural_rate_pct: f64,
    /// Not reported: the remainder (derived).
    pub integration_completed_bn: f64,
    pub integration_rate_pct: f64,
}

pub fn project(scenario: &Scenario) -> Projection {
    let mut notices = Vec::new();
    let completion_by_year = project_years(scenario, &mut notices);
    let baseline_completion = project_years(&scenario.baseline(), &mut Vec::new());
    let years = project_outcomes(scenario, &completion_by_year, &baseline_completion);
    let targets = check_targets(&years);
    let provincial: Vec<f64> = years.iter().map(|y| y.income_ratio).collect();
    let start = &scenario.start;
    let cities = project_cities(&scenario.cities, start.year, start.urban_income / start.rural_income, &provincial);
    let completion = completion_by_year[0].clone();
    let m0 = usize::from(completion.calibration_month.clamp(1, 11)) - 1;
    let s = &completion.strands;
    let calibration = CalibrationFigures {
        month: completion.calibration_month,
        total_completed_bn: round_to(completion.overall_completed_bn[m0], 2),
        total_rate_pct: round_to(completion.overall_rate[m0] * 100.0, 1),
        urban_completed_bn: round_to(s[0].completed_bn[m0], 3),
        urban_rate_pct: round_to(s[0].completion_rate[m0] * 100.0, 1),
        rural_completed_bn: round_to(s[1].completed_bn[m0], 3),
        rural_rate_pct: round_to(s[1].completion_rate[m0] * 100.0, 1),
        integration_completed_bn: round_to(s[2].completed_bn[m0], 3),
        integration_rate_pct: round_to(s[2].completion_rate[m0] * 100.0, 1),
    };
    for strand in STRANDS {
        if completion.strand(strand).money_limited {
            notices.push(Bilingual::new(
                format!("{}：年末完成受资金限制（资金用尽）。", strand.zh()),
                format!("{}: year-end completion is limited by money (funds used up).", strand.en()),
            ));
        }
    }
    Projection {
        model_version: MODEL_VERSION,
        scenario_name: scenario.name.clone(),
        start: scenario.start.clone(),
        completion,
        completion_by_year,
        years,
        cities,
        targets,
        calibration,
        notices,
    }
}

/// Round to `digits` decimals, so 73.85899999 prints as 73.859.
pub fn round_to(value: f64, digits: i32) -> f64 {
    let scale = 10f64.powi(digits);
    (value * scale).round() / scale
}
