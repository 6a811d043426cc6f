//! How each outcome of the table (`crate::outcome`) is read from a year of
//! a projection: one exhaustive match, so a new outcome cannot be left out.

use super::super::equations::outcomes::YearOutcome;
use crate::outcome::Outcome;

impl Outcome {
    /// The outcome's value at the end of the year `y` (model units).
    pub fn value(self, y: &YearOutcome) -> f64 {
        match self {
            Outcome::IncomeRatio => y.income_ratio,
            Outcome::UrbanIncome => y.urban_income,
            Outcome::RuralIncome => y.rural_income,
            Outcome::AverageIncome => y.average_income,
            Outcome::StandardsNoUrbanRuralGap => y.standards_no_urban_rural_gap,
            Outcome::StandardsNoHukouGap => y.standards_no_hukou_gap,
            Outcome::Urbanization => y.urbanization,
            Outcome::RegisteredUrbanization => y.registered_urbanization,
            Outcome::CityIncomeGap => y.city_income_gap,
            Outcome::MountainRelativeIncome => y.mountain_relative_income,
            Outcome::OverallCompletion => y.overall_completion_rate,
            Outcome::UrbanCompletion => y.completion_rate[0],
            Outcome::RuralCompletion => y.completion_rate[1],
            Outcome::IntegrationCompletion => y.completion_rate[2],
        }
    }

    /// The outcome in `year` of a run's years (None: a year outside them).
    pub fn in_year(self, years: &[YearOutcome], year: i32) -> Option<f64> {
        years.iter().find(|y| y.year == year).map(|y| self.value(y))
    }
}
