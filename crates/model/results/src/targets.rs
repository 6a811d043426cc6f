//! The province's targets (docs/DATA.md) and whether a projection meets them:
//! met, missed, or too close to call at the published figure's resolution.

use super::read::ReadOutcome;
use serde::Serialize;
use std::sync::LazyLock;
use urs_equations::outcomes::YearOutcome;
use urs_inputs::outcome::Outcome;
use urs_inputs::region::ZHEJIANG;

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
        outcome.targets().next()
    }

    /// The target on `outcome` in `year`, or else its first one.
    pub fn for_outcome_in(outcome: Outcome, year: i32) -> Option<&'static Target> {
        outcome.targets().find(|t| t.year == year).or_else(|| Target::for_outcome(outcome))
    }
}

/// The province's targets on an outcome of the table (a trait: the table
/// sits in urs-inputs, below the targets).
pub trait OutcomeTargets: Copy {
    /// The province's targets on this outcome (from the region data), in the
    /// data's order.
    fn targets(self) -> impl Iterator<Item = &'static Target>;
}

impl OutcomeTargets for Outcome {
    fn targets(self) -> impl Iterator<Item = &'static Target> {
        TARGETS.iter().filter(move |t| t.outcome == self)
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
            let value = t.outcome.value(y);
            let met = if t.below { value < t.threshold } else { value >= t.threshold };
            let status = t.status(value);
            Some(TargetCheck { id: t.id, zh: t.zh, en: t.en, year: t.year, threshold: t.threshold, value, met, status })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_targets_direction_is_its_outcomes() {
        assert!(!TARGETS.is_empty());
        for t in TARGETS.iter() {
            assert_eq!(t.below, t.outcome.lower_is_better(), "{}: below, yet higher is better (or the reverse)", t.id);
        }
    }
}
