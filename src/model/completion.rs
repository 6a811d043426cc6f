//! Monthly cumulative investment completion per strand, for each calendar
//! year of the horizon (the reported year and the five after it).
//! The equations are written out in docs/MODEL.md ("Investment completion").
//!
//! In the reported year, up to the reporting date the year is history: the reported completion,
//! spread over the months along the typical pace profile; no lever changes it.
//! After it, the strand keeps its own pace relative to the typical profile,
//! scaled by execution speed and by its funding relative to the built-in
//! allocation, and can never complete more than the money it has. Later
//! years are projected whole, at the same relative pace, from plans that grow
//! by the plan-growth lever.

use super::scenario::Scenario;
use super::strand::{Strand, STRANDS};
use crate::i18n::Bilingual;
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StrandCompletion {
    pub strand: Strand,
    /// Planned annual investment, bn yuan.
    pub plan_bn: f64,
    /// Money reaching the strand for the year, bn yuan.
    pub funds_bn: f64,
    /// Cumulative investment completed by the end of each month, bn yuan.
    pub completed_bn: [f64; 12],
    /// `completed_bn` ÷ plan, per month.
    pub completion_rate: [f64; 12],
    /// True when the money, not the pace of work, sets the year-end figure.
    pub money_limited: bool,
}

impl StrandCompletion {
    pub fn year_end_rate(&self) -> f64 {
        self.completion_rate[11]
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct YearCompletion {
    pub year: i32,
    pub calibration_month: u8,
    pub strands: [StrandCompletion; 3],
    /// All three strands together: completed ÷ plan, per month.
    pub overall_rate: [f64; 12],
    pub overall_completed_bn: [f64; 12],
    pub plan_bn: f64,
}

impl YearCompletion {
    pub fn strand(&self, strand: Strand) -> &StrandCompletion {
        &self.strands[strand.index()]
    }
}

/// First and last calendar year of the horizon: the reported year and five more.
pub const HORIZON_YEARS: usize = 6;

/// Project completion for every year of the horizon, the reported year first.
pub fn project_years(scenario: &Scenario, notices: &mut Vec<Bilingual>) -> Vec<YearCompletion> {
    let baseline = scenario.baseline();
    (0..HORIZON_YEARS)
        .map(|t| {
            let reference_funds = baseline.levers.funds_in_year(t);
            project_year(scenario, t, reference_funds, notices)
        })
        .collect()
}

/// Project year `t` of the horizon (0 = the reported year). Expects a
/// validated scenario; guards every division all the same, so a bad value can
/// never turn into NaN on screen.
pub fn project_year(
    scenario: &Scenario,
    t: usize,
    reference_funds: [f64; 3],
    notices: &mut Vec<Bilingual>,
) -> YearCompletion {
    let reported = &scenario.reported;
    let levers = &scenario.levers;
    let pace = &scenario.assumptions.pace_profile;
    let m0 = usize::from(scenario.assumptions.calibration_month.clamp(1, 11)) - 1;
    let pace_at_m0 = pace[m0].max(f64::MIN_POSITIVE);
    let growth = levers.plan_growth_factor(t);
    let plan = reported.plan_bn().map(|p| p * growth);
    let rates = reported.rates();
    let funds = levers.funds_in_year(t);
    let speed = levers.execution_speed.max(0.0);
    let elasticity = scenario.assumptions.funding_elasticity;
    let year = reported.year + t as i32;

    let strands = STRANDS.map(|strand| {
        let i = strand.index();
        // The strand's pace relative to the typical profile, fixed by the report.
        let relative_pace = rates[i] / pace_at_m0;
        let funding_ratio = if reference_funds[i] > 0.0 {
            funds[i].max(0.0) / reference_funds[i]
        } else {
            1.0
        };
        let pace_factor = speed * funding_ratio.powf(elasticity);
        // In the reported year the months up to the report are history.
        let (history_until, at_history) = if t == 0 {
            (Some(m0), plan[i] * relative_pace * pace[m0])
        } else {
            (None, 0.0)
        };
        let ceiling = funds[i].max(at_history);
        if t == 0 && funds[i] < at_history {
            notices.push(Bilingual::new(
                format!(
                    "{}：全年资金 {:.1} 亿元少于截至报告期已完成的 {:.1} 亿元；已完成的投资保持不变，此后不再增加。",
                    strand.zh(),
                    funds[i] * 10.0,
                    at_history * 10.0
                ),
                format!(
                    "{}: the year's funds ({:.2} bn yuan) are below what was already completed by the reporting date ({:.2} bn); completed work stays, nothing more is added.",
                    strand.en(),
                    funds[i],
                    at_history
                ),
            ));
        }
        let mut completed = [0.0; 12];
        let mut money_limited = false;
        for m in 0..12 {
            let value = match history_until {
                Some(h) if m <= h => plan[i] * relative_pace * pace[m],
                Some(h) => at_history + plan[i] * relative_pace * (pace[m] - pace[h]) * pace_factor,
                None => plan[i] * relative_pace * pace[m] * pace_factor,
            };
            if value > ceiling && history_until.is_none_or(|h| m > h) {
                money_limited = true;
            }
            completed[m] = value.min(ceiling).max(0.0);
        }
        StrandCompletion {
            strand,
            plan_bn: plan[i],
            funds_bn: funds[i],
            completion_rate: completed.map(|c| ratio(c, plan[i])),
            completed_bn: completed,
            money_limited,
        }
    });

    let plan_total: f64 = plan.iter().sum();
    let overall_completed_bn: [f64; 12] = std::array::from_fn(|m| strands.iter().map(|s| s.completed_bn[m]).sum());
    YearCompletion {
        year,
        calibration_month: scenario.assumptions.calibration_month,
        overall_rate: overall_completed_bn.map(|c| ratio(c, plan_total)),
        overall_completed_bn,
        plan_bn: plan_total,
        strands,
    }
}

fn ratio(numerator: f64, denominator: f64) -> f64 {
    if denominator > 0.0 {
        numerator / denominator
    } else {
        0.0
    }
}
