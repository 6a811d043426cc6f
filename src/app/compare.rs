//! The comparison table: the settings that differ between the compared
//! scenarios, and their outcomes side by side (difference to the first).

use crate::i18n::Lang;
use crate::model::params::PARAMS;
use crate::model::{Projection, Scenario};
use crate::text::T;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CompareProps {
    /// (label, scenario, its projection), 2–4 of them.
    pub items: Vec<(String, Scenario, std::rc::Rc<Projection>)>,
    pub lang: Lang,
}

/// An outcome row: name, year, how to read it, how to show it.
type OutcomeRow = (String, i32, fn(&crate::model::YearOutcome) -> f64, &'static str);

fn outcome_rows(lang: Lang) -> Vec<OutcomeRow> {
    vec![
        (
            format!("{} {}", T::Overall.get(lang), T::YearEndCompletion.get(lang)),
            2025,
            |y| y.overall_completion_rate,
            "pct",
        ),
        (T::ChartIncomeRatio.get(lang).to_string(), 2027, |y| y.income_ratio, "ratio"),
        (T::ChartIncomeRatio.get(lang).to_string(), 2030, |y| y.income_ratio, "ratio"),
        (T::SeriesNoUrbanRuralGap.get(lang).to_string(), 2030, |y| y.standards_no_urban_rural_gap, "count"),
        (T::SeriesNoHukouGap.get(lang).to_string(), 2030, |y| y.standards_no_hukou_gap, "count"),
        (T::SeriesResident.get(lang).to_string(), 2030, |y| y.urbanization, "pct"),
        (T::SeriesRegistered.get(lang).to_string(), 2030, |y| y.registered_urbanization, "pct"),
        (T::ChartCityGap.get(lang).to_string(), 2025, |y| y.city_income_gap, "ratio"),
        (T::ChartMountain.get(lang).to_string(), 2027, |y| y.mountain_relative_income, "pct"),
    ]
}

fn show(v: f64, kind: &str) -> String {
    match kind {
        "pct" => format!("{:.1} %", v * 100.0),
        "ratio" => format!("{v:.3}"),
        _ => format!("{v:.1}"),
    }
}

fn diff(v: f64, first: f64, kind: &str) -> String {
    let d = v - first;
    if d.abs() < 1e-9 {
        return String::new();
    }
    let sign = if d < 0.0 { "−" } else { "+" };
    match kind {
        "pct" => format!(" ({sign}{:.1})", d.abs() * 100.0),
        "ratio" => format!(" ({sign}{:.3})", d.abs()),
        _ => format!(" ({sign}{:.1})", d.abs()),
    }
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
    let outcomes = outcome_rows(lang).into_iter().map(|(name, year, f, kind)| {
        let values: Vec<Option<f64>> =
            props.items.iter().map(|(_, _, p)| p.years.iter().find(|y| y.year == year).map(f)).collect();
        let first = values.first().copied().flatten().unwrap_or(0.0);
        let cells = values.iter().map(|v| match v {
            Some(v) => html! { <td class="num">{ format!("{}{}", show(*v, kind), diff(*v, first, kind)) }</td> },
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
