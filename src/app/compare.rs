//! The comparison table: the settings that differ between the compared
//! scenarios, and their outcomes side by side (difference to the first).

use super::compare_rows::outcome_rows;
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
    let outcomes = outcome_rows(&props.items, lang).into_iter().map(|(name, cells)| {
        let cells = cells.into_iter().map(|c| match c {
            Some(text) => html! { <td class="num">{ text }</td> },
            None => html! { <td></td> },
        });
        html! { <tr><th scope="row">{ name }</th>{ for cells }</tr> }
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
