//! The province's targets (docs/DATA.md) and whether a projection meets them:
//! met, missed, or too close to call at the published figure's resolution.

use serde::Serialize;
use std::sync::LazyLock;
use urs_equations::outcomes::YearOutcome;
use urs_inputs::region::ZHEJIANG;

pub use urs_inputs::region::TargetOutcome as Outcome;

/// The outcome a target is about, in a year's results.
pub fn value(outcome: Outcome, y: &YearOutcome) -> f64 {
    match outcome {
        Outcome::IncomeRatio => y.income_ratio,
        Outcome::AverageIncome => y.average_income,
        Outcome::CityIncomeGap => y.city_income_gap,
        Outcome::MountainRelativeIncome => y.mountain_relative_income,
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize)]
pub struct Target {
    pub id: &'static str,
    pub zh: &'static str,
    pub en: &'static str,
    pub outcome: Outcome,
    pub year: i32,
    /// True: the value must stay below `threshold`; false: reach at least it.
    pub below: bool,
    pub threshold: f64,
    /// The smallest difference the published figure can show (its last
    /// digit): closer to the threshold than this, a projection cannot call
    /// the target met or missed.
    pub resolution: f64,
}

/// The built-in region's targets (data/zhejiang-2025.json).
pub static TARGETS: LazyLock<Vec<Target>> = LazyLock::new(|| {
    ZHEJIANG
        .targets
        .iter()
        .map(|t| Target {
            id: &t.id,
            zh: &t.zh,
            en: &t.en,
            outcome: t.outcome,
            year: t.year,
            below: t.below,
            threshold: t.threshold,
            resolution: t.resolution,
        })
        .collect()
});

impl Target {
    /// Met, missed, or too close to call: within the published figure's
    /// last digit of the threshold.
    pub fn status(&self, value: f64) -> TargetStatus {
        // How far on the right side (negative: on the wrong side).
        let margin = if self.below { self.threshold - value } else { value - self.threshold };
        if margin > self.resolution {
            TargetStatus::Met
        } else if margin < -self.resolution {
            TargetStatus::Missed
        } else {
            TargetStatus::TooClose
        }
    }

    /// The target on `outcome`, if the province has one (the first listed).
    pub fn for_outcome(outcome: Outcome) -> Option<&'static Target> {
        TARGETS.iter().find(|t| t.outcome == outcome)
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TargetStatus {
    /// Beyond the threshold on the right side by more than the resolution.
    Met,
    /// On the wrong side by more than the resolution.
    Missed,
    /// Within the resolution of the threshold: too close to call.
    TooClose,
}

impl TargetStatus {
    /// The verdict from the share of the band's draws that meet a target:
    /// met or missed only when the band is clear of the threshold (at least
    /// 90 % or at most 10 % of the draws), too close to call in between.
    pub fn from_probability(p: f64) -> TargetStatus {
        if p >= 0.9 {
            TargetStatus::Met
        } else if p <= 0.1 {
            TargetStatus::Missed
        } else {
            TargetStatus::TooClose
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TargetCheck {
    pub id: &'static str,
    pub zh: &'static str,
    pub en: &'static str,
    pub year: i32,
    pub threshold: f64,
    pub value: f64,
    /// The value is on the right side of the threshold (however narrowly).
    pub met: bool,
    pub status: TargetStatus,
}

pub fn check_targets(years: &[YearOutcome]) -> Vec<TargetCheck> {
    TARGETS
        .iter()
        .filter_map(|t| {
            let y = years.iter().find(|y| y.year == t.year)?;
            let value = value(t.outcome, y);
            let met = if t.below { value < t.threshold } else { value >= t.threshold };
            let status = t.status(value);
            Some(TargetCheck { id: t.id, zh: t.zh, en: t.en, year: t.year, threshold: t.threshold, value, met, status })
        })
        .collect()
}
