//! How each outcome of the table (`urs_inputs::outcome`) is read from a year of
//! a projection: one exhaustive match, so a new outcome cannot be left out.
//! The table lives in the first layer (urs-inputs), below the year's results
//! (urs-equations), so the reading is a trait here: bring `ReadOutcome` into
//! scope to call `outcome.value(year)`.

use urs_equations::outcomes::YearOutcome;
use urs_inputs::outcome::Outcome;

/// Reading an outcome of the table from a run's years.
pub trait ReadOutcome: Copy {
    /// The outcome's value at the end of the year `y` (model units).
    fn value(self, y: &YearOutcome) -> f64;

    /// The outcome in `year` of a run's years (None: a year outside them).
    fn in_year(self, years: &[YearOutcome], year: i32) -> Option<f64> {
        years.iter().find(|y| y.year == year).map(|y| self.value(y))
    }
}

impl ReadOutcome for Outcome {
    fn value(self, y: &YearOutcome) -> f64 {
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
}
