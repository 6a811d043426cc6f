//! Monthly cumulative investment completion per strand for one calendar year
//! of the horizon. Equations in docs/MODEL.md ("Investment completion").
//!
//! Year-end completion is the least of three things: the work the strand's
//! pace gets done by December, what it can absorb in a year (a share of its
//! plan), and the money it has. Money beyond the lesser of the first two is
//! not completion: it is shown as unspent (it is not carried on: undrawn
//! credit lapses, and ordinary funds nobody needs are not raised). In the
//! reported year the months up to the reporting date are history.

use serde::Serialize;
use urs_inputs::i18n::Bilingual;
use urs_inputs::scenario::Scenario;
use urs_inputs::strand::{Strand, STRANDS};

/// What set a strand's year-end figure.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Limit {
    /// The pace of work (approvals, land, construction seasons).
    Pace,
    /// What the strand can absorb in a year, however much money it has.
    Capacity,
    /// The money ran out first.
    Money,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct StrandCompletion {
    pub strand: Strand,
    /// Planned annual investment, bn yuan.
    pub plan_bn: f64,
    /// Money available to the strand for the year (after policy costs), bn yuan.
    pub funds_bn: f64,
    /// Most the strand can complete in the year (absorptive capacity), bn yuan.
    pub capacity_bn: f64,
    /// Cumulative investment completed by the end of each month, bn yuan.
    pub completed_bn: [f64; 12],
    /// `completed_bn` ÷ plan, per month.
    pub completion_rate: [f64; 12],
    /// Money left unspent at the end of the year, bn yuan.
    pub unspent_bn: f64,
    pub limit: Limit,
}

impl StrandCompletion {
    pub fn year_end_rate(&self) -> f64 {
        self.completion_rate[11]
    }

    pub fn year_end_bn(&self) -> f64 {
        self.completed_bn[11]
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

    pub fn unspent_bn(&self) -> f64 {
        self.strands.iter().map(|s| s.unspent_bn).sum()
    }
}

/// First and last calendar year of the horizon: the reported year and five more.
pub const HORIZON_YEARS: usize = 6;

/// Each strand's pace relative to the typical profile in year `t`: the lead
/// it showed at the reporting date, fading by `lead_persistence` a year.
pub fn relative_pace(scenario: &Scenario, t: usize) -> [f64; 3] {
    let a = &scenario.assumptions;
    let m0 = usize::from(a.calibration_month.clamp(1, 11)) - 1;
    let at_m0 = a.pace_profile[m0].max(f64::MIN_POSITIVE);
    let persistence = a.lead_persistence.clamp(0.0, 1.0).powi(t as i32);
    scenario.reported.rates().map(|r| 1.0 + (r / at_m0 - 1.0) * persistence)
}

/// The work each strand's pace gets done by December at the built-in
/// execution speed or the scenario's, capped by what it can absorb, bn yuan.
/// The built-in ordinary funds are set from this (`Levers::builtin`).
pub fn workable_bn(scenario: &Scenario, t: usize, execution_speed: f64) -> [f64; 3] {
    let a = &scenario.assumptions;
    let pace = &a.pace_profile;
    let m0 = usize::from(a.calibration_month.clamp(1, 11)) - 1;
    let plan = scenario.reported.plan_bn().map(|p| p * scenario.levers.plan_growth_factor(t));
    let k = relative_pace(scenario, t);
    let done = scenario.reported.completed_bn();
    let speed = execution_speed.max(0.0);
    std::array::from_fn(|i| {
        let by_pace = if t == 0 {
            done[i] + plan[i] * k[i] * (pace[11] - pace[m0]).max(0.0) * speed
        } else {
            plan[i] * k[i] * pace[11] * speed
        };
        by_pace.min(plan[i] * a.absorptive_capacity).max(if t == 0 { done[i] } else { 0.0 })
    })
}

/// Project year `t` of the horizon (0 = the reported year) with `funds` per
/// strand available for it. Expects a validated scenario; guards every
/// division all the same, so a bad value can never turn into NaN on screen.
pub fn project_year(scenario: &Scenario, t: usize, funds: [f64; 3], notices: &mut Vec<Bilingual>) -> YearCompletion {
    let reported = &scenario.reported;
    let a = &scenario.assumptions;
    let pace = &a.pace_profile;
    let m0 = usize::from(a.calibration_month.clamp(1, 11)) - 1;
    let plan = reported.plan_bn().map(|p| p * scenario.levers.plan_growth_factor(t));
    let k = relative_pace(scenario, t);
    let done = reported.completed_bn();
    let by_pace_and_capacity = workable_bn(scenario, t, scenario.levers.execution_speed);
    let year = reported.year + t as i32;

    let strands = STRANDS.map(|strand| {
        let i = strand.index();
        let capacity = plan[i] * a.absorptive_capacity;
        let funds_i = funds[i].max(0.0);
        let history = if t == 0 { done[i] } else { 0.0 };
        if t == 0 && funds_i < history {
            notices.push(Bilingual::new(
                format!(
                    "{}：全年资金 {:.1} 亿元少于截至报告期已完成的 {:.1} 亿元；已完成的投资保持不变，此后不再增加。",
                    strand.zh(),
                    funds_i * 10.0,
                    history * 10.0
                ),
                format!(
                    "{}: the year's funds ({:.2} bn yuan) are below what was already completed by the reporting date ({:.2} bn); completed work stays, nothing more is added.",
                    strand.en(),
                    funds_i,
                    history
                ),
            ));
        }
        let workable = by_pace_and_capacity[i];
        let year_end = workable.min(funds_i).max(history);
        // Within 0.05 bn of the balance counts as paid for (the built-in
        // funds are rounded to 0.01 bn per strand).
        let limit = if funds_i < workable - 0.05 {
            Limit::Money
        } else if workable >= capacity - 1e-12 && workable > history {
            Limit::Capacity
        } else {
            Limit::Pace
        };
        let completed: [f64; 12] = std::array::from_fn(|m| {
            if t == 0 {
                if m <= m0 {
                    // History: the reported figure spread along the typical profile.
                    plan[i] * k[i] * pace[m]
                } else {
                    let span = pace[11] - pace[m0];
                    let f = if span > 0.0 { (pace[m] - pace[m0]) / span } else { (m - m0) as f64 / (11 - m0) as f64 };
                    history + (year_end - history) * f
                }
            } else if pace[11] > 0.0 {
                year_end * pace[m] / pace[11]
            } else {
                year_end * (m + 1) as f64 / 12.0
            }
        });
        StrandCompletion {
            strand,
            plan_bn: plan[i],
            funds_bn: funds_i,
            capacity_bn: capacity,
            completion_rate: completed.map(|c| ratio(c, plan[i])),
            completed_bn: completed,
            unspent_bn: (funds_i - year_end).max(0.0),
            limit,
        }
    });

    let plan_total: f64 = plan.iter().sum();
    let overall_completed_bn: [f64; 12] = std::array::from_fn(|m| strands.iter().map(|s| s.completed_bn[m]).sum());
    YearCompletion {
        year,
        calibration_month: a.calibration_month,
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
