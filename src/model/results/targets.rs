//! The province's targets (docs/DATA.md) and whether a projection meets them:
//! met, missed, or too close to call at the published figure's resolution.

use super::super::equations::outcomes::YearOutcome;
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    IncomeRatio,
    AverageIncome,
    CityIncomeGap,
    MountainRelativeIncome,
}

impl Outcome {
    pub fn value(self, y: &YearOutcome) -> f64 {
        match self {
            Outcome::IncomeRatio => y.income_ratio,
            Outcome::AverageIncome => y.average_income,
            Outcome::CityIncomeGap => y.city_income_gap,
            Outcome::MountainRelativeIncome => y.mountain_relative_income,
        }
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

pub const TARGETS: [Target; 5] = [
    Target {
        id: "income_ratio_2025",
        zh: "2025 年城乡居民收入比低于 1.9",
        en: "Urban–rural income ratio below 1.9 in 2025",
        outcome: Outcome::IncomeRatio,
        year: 2025,
        below: true,
        threshold: 1.9,
        resolution: 0.01,
    },
    Target {
        id: "income_ratio_2027",
        zh: "2027 年城乡居民收入比低于 1.9",
        en: "Urban–rural income ratio below 1.9 in 2027",
        outcome: Outcome::IncomeRatio,
        year: 2027,
        below: true,
        threshold: 1.9,
        resolution: 0.01,
    },
    Target {
        id: "city_gap_2025",
        zh: "2025 年设区市居民收入最高最低倍差低于 1.55",
        en: "Highest ÷ lowest city income below 1.55 in 2025",
        outcome: Outcome::CityIncomeGap,
        year: 2025,
        below: true,
        threshold: 1.55,
        resolution: 0.01,
    },
    Target {
        id: "average_income_2027",
        zh: "2027 年居民人均可支配收入达到 8.5 万元",
        en: "Average per-capita income at least 85,000 yuan in 2027",
        outcome: Outcome::AverageIncome,
        year: 2027,
        below: false,
        threshold: 85_000.0,
        resolution: 1_000.0,
    },
    Target {
        id: "mountain_income_2027",
        zh: "2027 年山区海岛县居民收入达到全省平均的 75 %",
        en: "Mountain and island counties at 75 % of the provincial income in 2027",
        outcome: Outcome::MountainRelativeIncome,
        year: 2027,
        below: false,
        threshold: 0.75,
        resolution: 0.01,
    },
];

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
            // How far on the right side (negative: on the wrong side).
            let margin = if t.below { t.threshold - value } else { value - t.threshold };
            let status = if margin > t.resolution {
                TargetStatus::Met
            } else if margin < -t.resolution {
                TargetStatus::Missed
            } else {
                TargetStatus::TooClose
            };
            Some(TargetCheck { id: t.id, zh: t.zh, en: t.en, year: t.year, threshold: t.threshold, value, met, status })
        })
        .collect()
}
