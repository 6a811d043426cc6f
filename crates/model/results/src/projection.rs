//! The model's one entry point: `project(&Scenario) -> Projection`, a pure
//! function. Everything the UI and the CLI show comes from a `Projection`.

use super::targets::{check_targets, TargetCheck};
use serde::Serialize;
use std::sync::OnceLock;
use urs_equations::cities::{project_cities, CityProjection};
use urs_equations::completion::{project_year, Limit, YearCompletion, HORIZON_YEARS};
use urs_equations::financing::{policy_costs, pot_money};
use urs_equations::outcomes::{mountain_return_weight, step, Capital, OutcomeState, YearInputs, YearOutcome};
use urs_inputs::i18n::{format_money_bn, Bilingual, Lang};
use urs_inputs::scenario::{Levers, Scenario};
use urs_inputs::strand::STRANDS;

/// Version of the model's equations and defaults; a change that moves results
/// bumps it (shown in the UI, written into CLI output).
pub const MODEL_VERSION: &str = "1.2.0";

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Projection {
    pub model_version: &'static str,
    pub scenario_name: String,
    /// The starting point the yearly outcomes run from (end of the year
    /// before the reported one), so a chart can draw the line from it.
    pub start: urs_inputs::assumptions::StartingPoint,
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

/// The investment the built-in scenario completes each year, per strand:
/// the path the base trends already contain. Outcomes move only with
/// capital above or below it. Computed once.
fn reference_investment() -> &'static [[f64; 3]; HORIZON_YEARS] {
    static REFERENCE: OnceLock<[[f64; 3]; HORIZON_YEARS]> = OnceLock::new();
    REFERENCE.get_or_init(|| {
        let builtin = Scenario::zhejiang_2025();
        let run = simulate(&builtin, None);
        std::array::from_fn(|t| run.completion[t].strands.each_ref().map(|s| s.year_end_bn()))
    })
}

struct Run {
    completion: Vec<YearCompletion>,
    years: Vec<YearOutcome>,
}

/// Year by year: last year's state sets the policy costs, the costs and the
/// pots set each strand's money, the money sets completion, completion builds
/// capital, capital moves the outcomes. `reference` None: the scenario is its
/// own reference (used once, for the built-in scenario).
fn simulate(scenario: &Scenario, reference: Option<&[[f64; 3]; HORIZON_YEARS]>) -> Run {
    let mut notices = Vec::new();
    simulate_with_notices(scenario, reference, &mut notices)
}

fn simulate_with_notices(
    scenario: &Scenario,
    reference: Option<&[[f64; 3]; HORIZON_YEARS]>,
    notices: &mut Vec<Bilingual>,
) -> Run {
    let a = &scenario.assumptions.outcomes;
    let start = &scenario.start;
    let builtin = Levers::builtin();
    let d = a.depreciation;
    let g0 = builtin.plan_growth;
    let m0 = f64::from(scenario.assumptions.calibration_month.clamp(1, 11));
    let mut state = OutcomeState::start(start, a);
    let mut completion = Vec::with_capacity(HORIZON_YEARS);
    let mut years = Vec::with_capacity(HORIZON_YEARS);
    let mut capital: Option<Capital> = None;
    let mut reference_capital: Option<Capital> = None;
    let policy_cost = policy_costs(scenario);
    let weight = mountain_return_weight(a, scenario.levers.mountain_share, builtin.mountain_share);
    for t in 0..HORIZON_YEARS {
        let pots = pot_money(&scenario.levers, t, policy_cost.total_bn());
        let year = project_year(scenario, t, pots.total(), notices);
        let done = year.strands.each_ref().map(|s| s.year_end_bn());
        let reference_done = reference.map_or(done, |r| r[t]);
        let k0 = capital
            .unwrap_or_else(|| Capital::initial(reference_done, g0, d, builtin.mountain_share, a.gestation_years));
        let r0 = reference_capital.unwrap_or(k0);
        let k = k0.step(d, done, scenario.levers.mountain_share, weight);
        let r = r0.step(d, reference_done, builtin.mountain_share, 1.0);
        let year_fraction = if t == 0 { (12.0 - m0) / 12.0 } else { 1.0 };
        let inputs = YearInputs { t, year: year.year, capital: &k, reference: &r, year_fraction };
        let incomes = step(scenario, &mut state, &inputs);
        years.push(YearOutcome {
            year: year.year,
            completed_bn: done,
            completion_rate: year.strands.each_ref().map(|s| s.year_end_rate()),
            overall_completion_rate: year.overall_rate[11],
            unspent_bn: year.strands.each_ref().map(|s| s.unspent_bn),
            policy_cost,
            capital_bn: k.stock_bn,
            capital_vs_reference: incomes.capital_vs_reference,
            urban_income: incomes.urban_income,
            rural_income: incomes.rural_income,
            income_ratio: incomes.urban_income / incomes.rural_income,
            average_income: incomes.average_income,
            standards_no_urban_rural_gap: state.no_urban_rural_gap,
            standards_no_hukou_gap: state.no_hukou_gap,
            urbanization: state.urbanization,
            registered_urbanization: state.registered_urbanization,
            city_income_gap: incomes.city_income_gap,
            mountain_relative_income: incomes.mountain_relative_income,
        });
        completion.push(year);
        capital = Some(k);
        reference_capital = Some(r);
    }
    Run { completion, years }
}

/// The yearly outcomes alone: what the uncertainty band needs of each draw,
/// without the cities, the notices or the calibration figures.
pub fn project_years(scenario: &Scenario) -> Vec<YearOutcome> {
    simulate(scenario, Some(reference_investment())).years
}

pub fn project(scenario: &Scenario) -> Projection {
    let mut notices = Vec::new();
    let run = simulate_with_notices(scenario, Some(reference_investment()), &mut notices);
    let years = run.years;
    let completion_by_year = run.completion;
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
    notices.extend(limit_notices(&completion));
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

impl Projection {
    /// What the planner should know about year `t` of the horizon (0 = the
    /// reported year): the reported year's notices, or for a later year the
    /// strands its money or absorptive capacity holds back that year.
    pub fn notices_in(&self, t: usize) -> Vec<Bilingual> {
        match t {
            0 => self.notices.clone(),
            _ => self.completion_by_year.get(t).map(limit_notices).unwrap_or_default(),
        }
    }
}

/// A year's strands held back by money (funds used up) or by absorptive
/// capacity (money left unspent), one notice each, with the year.
fn limit_notices(year: &YearCompletion) -> Vec<Bilingual> {
    let mut notices = Vec::new();
    for strand in STRANDS {
        let c = year.strand(strand);
        let y = year.year;
        match c.limit {
            Limit::Money => notices.push(Bilingual::new(
                format!("{y} 年 {}：年末完成受资金限制（资金用尽）。", strand.zh()),
                format!("{y}, {}: year-end completion is limited by money (funds used up).", strand.en()),
            )),
            Limit::Capacity if c.unspent_bn > 0.05 => {
                let capacity = if c.plan_bn > 0.0 { c.capacity_bn / c.plan_bn * 100.0 } else { 0.0 };
                notices.push(Bilingual::new(
                    format!(
                        "{y} 年 {}：已达年度吸收能力（计划的 {capacity:.0} %），{} 当年无法使用。",
                        strand.zh(),
                        format_money_bn(c.unspent_bn, Lang::Zh)
                    ),
                    format!(
                        "{y}, {}: at its absorptive capacity ({capacity:.0} % of plan); {} yuan cannot be spent that year.",
                        strand.en(),
                        format_money_bn(c.unspent_bn, Lang::En)
                    ),
                ))
            }
            _ => {}
        }
    }
    notices
}

/// Round to `digits` decimals, so 73.85899999 prints as 73.859.
pub fn round_to(value: f64, digits: i32) -> f64 {
    let scale = 10f64.powi(digits);
    (value * scale).round() / scale
}
