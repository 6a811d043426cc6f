//! A goal the planner sets for goal seek (`goal_seek`): an outcome of the
//! outcome table that can be a goal, a year and a threshold, its direction
//! and its scale from the table.

use super::projection::Projection;
use super::read::ReadOutcome;
use serde::{Deserialize, Serialize};
use urs_equations::outcomes::YearOutcome;
use urs_inputs::i18n::{Bilingual, Lang};
use urs_inputs::outcome::Outcome;
use urs_inputs::strand::Strand;

/// One target the planner sets: an outcome of the outcome table that can be
/// a goal, a year, and a threshold the outcome must stay at or under (where
/// lower is better: ratios, gaps) or reach (the rest). Written
/// `{"outcome": "income_ratio", "year": 2030, "value": 1.62}`; the form of
/// before (`{"goal": "income_ratio_at_most", …}`) is read too.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "GoalFile")]
pub struct Goal {
    outcome: Outcome,
    year: i32,
    value: f64,
}

/// A goal as files have written it.
#[derive(Deserialize)]
#[serde(untagged)]
enum GoalFile {
    Now { outcome: Outcome, year: i32, value: f64 },
    Before(GoalBefore),
}

/// The goal as it was written before the outcome table (one variant per kind).
#[derive(Deserialize)]
#[serde(rename_all = "snake_case", tag = "goal")]
enum GoalBefore {
    IncomeRatioAtMost { year: i32, value: f64 },
    CityGapAtMost { year: i32, value: f64 },
    MountainAtLeast { year: i32, value: f64 },
    AverageIncomeAtLeast { year: i32, value: f64 },
    CompletionAtLeast { strand: Strand, year: i32, rate: f64 },
}

impl TryFrom<GoalFile> for Goal {
    type Error = Bilingual;

    fn try_from(file: GoalFile) -> Result<Goal, Bilingual> {
        let (outcome, year, value) = match file {
            GoalFile::Now { outcome, year, value } => (outcome, year, value),
            GoalFile::Before(GoalBefore::IncomeRatioAtMost { year, value }) => (Outcome::IncomeRatio, year, value),
            GoalFile::Before(GoalBefore::CityGapAtMost { year, value }) => (Outcome::CityIncomeGap, year, value),
            GoalFile::Before(GoalBefore::MountainAtLeast { year, value }) => {
                (Outcome::MountainRelativeIncome, year, value)
            }
            GoalFile::Before(GoalBefore::AverageIncomeAtLeast { year, value }) => (Outcome::AverageIncome, year, value),
            GoalFile::Before(GoalBefore::CompletionAtLeast { strand, year, rate }) => {
                (Outcome::COMPLETION[strand.index()], year, rate)
            }
        };
        Goal::new(outcome, year, value)
    }
}

impl Goal {
    /// A goal on `outcome` in `year` at `value` (model units), or why not:
    /// the outcome cannot be a goal, or the value is not a number.
    pub fn new(outcome: Outcome, year: i32, value: f64) -> Result<Goal, Bilingual> {
        if !outcome.can_be_goal() {
            return Err(Bilingual::new(
                format!("“{}”不能作为目标", outcome.name(Lang::Zh)),
                format!("“{}” cannot be a goal", outcome.name(Lang::En)),
            ));
        }
        if !value.is_finite() {
            return Err(Bilingual::new("目标值必须是数字", "a goal's value must be a number"));
        }
        Ok(Goal { outcome, year, value })
    }

    pub fn outcome(&self) -> Outcome {
        self.outcome
    }

    pub fn year(&self) -> i32 {
        self.year
    }

    /// The goal's outcome in a projection (None: a year outside the horizon).
    pub fn value(&self, p: &Projection) -> Option<f64> {
        self.value_in(&p.years)
    }

    /// The goal's outcome in a run's years (a projection's or a draw's).
    pub fn value_in(&self, years: &[YearOutcome]) -> Option<f64> {
        self.outcome.in_year(years, self.year)
    }

    /// True for "at most" goals (lower is better: ratios, gaps), false for "at least".
    pub fn at_most(&self) -> bool {
        self.outcome.lower_is_better()
    }

    /// The threshold the goal sets.
    pub fn threshold(&self) -> f64 {
        self.value
    }

    /// The same goal with another threshold.
    pub fn with_threshold(mut self, t: f64) -> Goal {
        self.value = t;
        self
    }

    /// How far the value falls short, in units of the goal's scale (0: met).
    pub fn shortfall(&self, value: f64) -> f64 {
        // `new` admits only outcomes with a scale.
        let scale = self.outcome.about().goal_scale.unwrap_or(1.0);
        let short = if self.at_most() { value - self.value } else { self.value - value };
        short.max(0.0) / scale
    }
}
