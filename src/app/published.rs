//! (web-free) What is history and what is projected: each outcome's latest
//! published value (year, and month for the programme's own reports) from
//! the projection's starting point, and whether a shown value is a
//! projection. The KPI cards say "最新公布：2025 年" and "预计"; the summary
//! says 预计 where its numbers are projections.

use crate::i18n::Lang;
use crate::model::{Outcome, Projection};
use crate::text::T;

/// When an outcome was last published: a year, and for the programme's
/// completion the reporting month (year-end completion is always projected).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Latest {
    pub year: i32,
    pub month: Option<u8>,
}

/// The latest published value's date for `outcome`, as the projection
/// starts from it: the starting year for the yearly statistics, the year
/// the city gap and the mountain counties were last measured, the reporting
/// month for completion and the standards.
pub fn latest(outcome: Outcome, p: &Projection) -> Latest {
    let s = &p.start;
    let month = Some(p.completion.calibration_month);
    match outcome {
        Outcome::CityIncomeGap => Latest { year: s.city_income_gap_year, month: None },
        Outcome::MountainRelativeIncome => Latest { year: s.mountain_relative_income_year, month: None },
        Outcome::OverallCompletion
        | Outcome::UrbanCompletion
        | Outcome::RuralCompletion
        | Outcome::IntegrationCompletion
        | Outcome::StandardsNoUrbanRuralGap
        | Outcome::StandardsNoHukouGap => Latest { year: s.year, month },
        Outcome::IncomeRatio
        | Outcome::UrbanIncome
        | Outcome::RuralIncome
        | Outcome::AverageIncome
        | Outcome::Urbanization
        | Outcome::RegisteredUrbanization => Latest { year: s.year, month: None },
    }
}

/// Is the value shown for `year` a projection? Yes after the latest
/// published year, and for a figure published before its year's end (the
/// year-end is projected). In the published year itself, only if the
/// scenario moved it away from the baseline's (which is the published value):
/// what a change would have done is a model result, not a statistic.
pub fn projected(outcome: Outcome, year: i32, p: &Projection, moved: bool) -> bool {
    let l = latest(outcome, p);
    year > l.year || l.month.is_some() || moved
}

/// "最新公布：2025 年" / "Latest published: 2025" (with the month for a
/// monthly report: "最新公布：2025 年 5 月").
pub fn latest_text(outcome: Outcome, p: &Projection, lang: Lang) -> String {
    let l = latest(outcome, p);
    let when = match l.month {
        Some(m) => T::LatestPublishedMonth
            .fill(|lang| match lang {
                Lang::Zh => vec![l.year.to_string(), m.to_string()],
                Lang::En => vec![m.to_string(), l.year.to_string()],
            })
            .get(lang)
            .to_string(),
        None => T::LatestPublishedYear.fill(|_| vec![l.year.to_string()]).get(lang).to_string(),
    };
    T::LatestPublished.fill(|_| vec![when.clone()]).get(lang).to_string()
}
