//! The comparison table's outcome rows, web-free so tests read what the
//! table says: each an outcome of the outcome table (its name, unit and
//! decimals) in a year, the compared scenarios' values side by side with
//! their difference to the reference column (the baseline by default, or
//! the column the planner picks), taken between the values as shown, so a
//! row reads true to its last digit (1.725 is −0.002 against 1.727, never
//! −0.001). `compare.rs` draws them.

use super::format::{honest_outcome_places, outcome_text};
use crate::i18n::Lang;
use crate::model::{Outcome, OutcomeTargets, Projection, ReadOutcome, Scenario};

/// The outcome rows: an outcome of the outcome table (its name, unit and
/// decimals) in a year. Against a target of that year, honest digits.
const OUTCOME_ROWS: [(Outcome, i32); 9] = [
    (Outcome::OverallCompletion, 2025),
    (Outcome::IncomeRatio, 2027),
    (Outcome::IncomeRatio, 2030),
    (Outcome::StandardsNoUrbanRuralGap, 2030),
    (Outcome::StandardsNoHukouGap, 2030),
    (Outcome::Urbanization, 2030),
    (Outcome::RegisteredUrbanization, 2030),
    (Outcome::CityIncomeGap, 2025),
    (Outcome::MountainRelativeIncome, 2027),
];

/// A value as shown with `p` decimals, as a number.
fn as_shown(o: Outcome, v: f64, p: usize) -> f64 {
    crate::number::parse_f64(&format!("{:.p$}", o.shown(v))).unwrap_or(f64::NAN)
}

/// The difference to the reference between the values as shown ("" when
/// they show alike, and in the reference's own column).
fn diff(o: Outcome, v: f64, reference: f64, p: usize) -> String {
    let d = as_shown(o, v, p) - as_shown(o, reference, p);
    if d.abs() < 0.5 * 10f64.powi(-(p as i32)) {
        return String::new();
    }
    let text = super::format::thousands(d.abs(), p);
    format!(" ({}{text})", if d < 0.0 { "−" } else { "+" })
}

/// The outcome rows as shown: the row's name ("城乡居民收入比 2027") and each
/// scenario's value with its difference to column `reference` (None: a
/// year outside its horizon). Web-free, so tests read what the table says.
pub fn outcome_rows(
    items: &[(String, Scenario, std::rc::Rc<Projection>)],
    reference: usize,
    lang: Lang,
) -> Vec<(String, Vec<Option<String>>)> {
    OUTCOME_ROWS
        .iter()
        .map(|&(o, year)| {
            let values: Vec<Option<f64>> = items.iter().map(|(_, _, p)| o.in_year(&p.years, year)).collect();
            let first = values.get(reference).or(values.first()).copied().flatten().unwrap_or(0.0);
            // Against a target, enough digits that each value compares with it
            // as shown (a 1.5496 is not a 1.550); one count of digits for the row.
            let threshold = o.targets().find(|t| t.year == year).map(|t| t.threshold);
            let p = values
                .iter()
                .flatten()
                .map(|&v| threshold.map_or(o.places(), |t| honest_outcome_places(o, v, t)))
                .max()
                .unwrap_or(o.places());
            let cells = values.iter().enumerate().map(|(i, v)| {
                let d = |v| if i == reference { String::new() } else { diff(o, v, first, p) };
                v.map(|v| format!("{}{}", outcome_text(o, v, p, lang), d(v)))
            });
            (format!("{} {year}", o.name(lang)), cells.collect())
        })
        .collect()
}
