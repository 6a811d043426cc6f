//! The comparison table: the settings that differ between the compared
//! scenarios, and their outcomes side by side (difference to the first).

use super::format::honest_places;
use crate::i18n::Lang;
use crate::model::params::PARAMS;
use crate::model::targets::{Outcome, TARGETS};
use crate::model::{Projection, Scenario};
use crate::text::T;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CompareProps {
    /// (label, scenario, its projection), 2–4 of them.
    pub items: Vec<(String, Scenario, std::rc::Rc<Projection>)>,
    pub lang: Lang,
}

/// How an outcome is shown.
#[derive(Clone, Copy)]
enum Shown {
    /// A fraction as a percentage with one decimal.
    Pct,
    /// A ratio with three decimals.
    Ratio,
    /// Standards: a standard is closed or not, so whole ones (as the KPI card).
    Count,
}

/// An outcome row: its name, year, how to read it and show it, and the
/// target outcome it is held against (if any) in the target table.
struct OutcomeRow {
    name: String,
    year: i32,
    value: fn(&crate::model::YearOutcome) -> f64,
    shown: Shown,
    target: Option<Outcome>,
}

fn outcome_rows(lang: Lang) -> Vec<OutcomeRow> {
    let row = |name: T, year, value, shown, target| OutcomeRow {
        name: name.get(lang).to_string(),
        year,
        value,
        shown,
        target,
    };
    let completion = format!("{} {}", T::Overall.get(lang), T::YearEndCompletion.get(lang));
    vec![
        OutcomeRow {
            name: completion,
            year: 2025,
            value: |y| y.overall_completion_rate,
            shown: Shown::Pct,
            target: None,
        },
        row(T::ChartIncomeRatio, 2027, |y| y.income_ratio, Shown::Ratio, Some(Outcome::IncomeRatio)),
        row(T::ChartIncomeRatio, 2030, |y| y.income_ratio, Shown::Ratio, None),
        row(T::SeriesNoUrbanRuralGap, 2030, |y| y.standards_no_urban_rural_gap, Shown::Count, None),
        row(T::SeriesNoHukouGap, 2030, |y| y.standards_no_hukou_gap, Shown::Count, None),
        row(T::SeriesResident, 2030, |y| y.urbanization, Shown::Pct, None),
        row(T::SeriesRegistered, 2030, |y| y.registered_urbanization, Shown::Pct, None),
        row(T::ChartCityGap, 2025, |y| y.city_income_gap, Shown::Ratio, Some(Outcome::CityIncomeGap)),
        row(T::ChartMountain, 2027, |y| y.mountain_relative_income, Shown::Pct, Some(Outcome::MountainRelativeIncome)),
    ]
}

/// The number as shown, in the unit shown (so a difference is of what is shown).
fn shown_value(v: f64, kind: Shown) -> f64 {
    match kind {
        Shown::Pct => v * 100.0,
        Shown::Ratio => v,
        Shown::Count => v.floor(),
    }
}

fn places(kind: Shown) -> usize {
    match kind {
        Shown::Pct => 1,
        Shown::Ratio => 3,
        Shown::Count => 0,
    }
}

fn show(v: f64, kind: Shown, p: usize) -> String {
    let unit = if matches!(kind, Shown::Pct) { " %" } else { "" };
    format!("{:.p$}{unit}", shown_value(v, kind))
}

fn diff(v: f64, first: f64, kind: Shown, p: usize) -> String {
    let d = shown_value(v, kind) - shown_value(first, kind);
    if d.abs() < 0.5 * 10f64.powi(-(p as i32)) {
        return String::new();
    }
    format!(" ({}{:.p$})", if d < 0.0 { "−" } else { "+" }, d.abs())
}

#[function_component(CompareTable)]
pub fn compare_table(props: &CompareProps) -> Html {
    let lang = props.lang;
    let head = props.items.iter().map(|(name, _, _)| html! { <th scope="col">{ name.clone() }</th> });
    let settings = PARAMS.iter().filter_map(|p| {
        let values: Vec<f64> = props.items.iter().map(|(_, s, _)| (p.get)(s)).collect();
        if values.windows(2).all(|w| w[0] == w[1]) {
            return None;
        }
        let places = if p.unit == crate::model::params::Unit::Share { 1 } else { 3 };
        let cells = values.iter().map(|v| {
            html! { <td class="num">{ format!("{:.places$} {}", p.unit.to_display(*v, lang), p.unit.label(lang)) }</td> }
        });
        Some(html! { <tr><th scope="row">{ p.name(lang) }</th>{ for cells }</tr> })
    });
    let cities = props.items.first().map_or(0, |(_, s, _)| s.cities.len());
    let city_rows = (0..cities).filter_map(|i| {
        let values: Vec<f64> =
            props.items.iter().filter_map(|(_, s, _)| s.cities.get(i).map(|c| c.income_ratio)).collect();
        if values.windows(2).all(|w| w[0] == w[1]) {
            return None;
        }
        let name = props.items[0].1.cities.get(i).map(|c| lang.pick(c.zh.clone(), c.en.clone())).unwrap_or_default();
        let cells = values.iter().map(|v| html! { <td class="num">{ format!("{v:.2}") }</td> });
        Some(html! { <tr><th scope="row">{ format!("{name} {}", T::RatioPublished.get(lang)) }</th>{ for cells }</tr> })
    });
    let settings: Vec<Html> = settings.chain(city_rows).collect();
    let outcomes = outcome_rows(lang).into_iter().map(|OutcomeRow { name, year, value, shown: kind, target }| {
        let values: Vec<Option<f64>> =
            props.items.iter().map(|(_, _, p)| p.years.iter().find(|y| y.year == year).map(value)).collect();
        let first = values.first().copied().flatten().unwrap_or(0.0);
        // Against a target, enough digits that each value compares with it as
        // shown (a 1.5496 is not a 1.550); one count of digits for the row.
        let threshold = TARGETS.iter().find(|t| Some(t.outcome) == target && t.year == year).map(|t| t.threshold);
        let p = values
            .iter()
            .flatten()
            .map(|&v| {
                threshold
                    .map_or(places(kind), |t| honest_places(shown_value(v, kind), shown_value(t, kind), places(kind)))
            })
            .max()
            .unwrap_or(places(kind));
        let cells = values.iter().map(|v| match v {
            Some(v) => html! { <td class="num">{ format!("{}{}", show(*v, kind, p), diff(*v, first, kind, p)) }</td> },
            None => html! { <td></td> },
        });
        html! { <tr><th scope="row">{ format!("{name} {year}") }</th>{ for cells }</tr> }
    });
    html! {
        <section class="panel compare" aria-label={T::CompareTable.get(lang)}>
            <h2>{ T::CompareTable.get(lang) }</h2>
            <div class="table-wrap">
                <table>
                    <thead><tr><th></th>{ for head }</tr></thead>
                    <tbody>
                        <tr class="group"><th colspan="5">{ T::DiffLevers.get(lang) }</th></tr>
                        if settings.is_empty() {
                            <tr><td colspan="5">{ T::NoDifferences.get(lang) }</td></tr>
                        }
                        { for settings }
                        <tr class="group"><th colspan="5">{ T::DiffOutcomes.get(lang) }</th></tr>
                        { for outcomes }
                    </tbody>
                </table>
            </div>
        </section>
    }
}
