//! The comparison table: the settings that differ between the compared
//! scenarios, and their outcomes side by side, with the difference to the
//! reference column: the baseline when it is compared, else the first, or
//! the column the planner picks. Settings in the screen's format (one per
//! unit: 3,744.0 亿元, 38.9 %).

use super::compare_rows::outcome_rows;
use crate::i18n::Lang;
use crate::model::params::{Unit, PARAMS};
use crate::model::{Projection, Scenario};
use crate::text::T;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CompareProps {
    /// (label, scenario, its projection), 2–4 of them.
    pub items: Vec<(String, Scenario, std::rc::Rc<Projection>)>,
    pub lang: Lang,
    /// The baseline's column, when it is compared: the default reference.
    #[prop_or_default]
    pub baseline: Option<usize>,
}

/// A setting as the lever panel shows it: money in 亿元 (bn) grouped,
/// shares in percent, other units with the export table's decimals.
fn setting_text(unit: Unit, v: f64, lang: Lang) -> String {
    match unit {
        Unit::BnYuan => crate::i18n::format_money_bn(v, lang),
        Unit::Share => format!("{:.1} %", v * 100.0),
        _ => format!("{} {}", crate::io::export::text(unit, v, 0), unit.label(lang)),
    }
}

#[function_component(CompareTable)]
pub fn compare_table(props: &CompareProps) -> Html {
    let lang = props.lang;
    let picked = use_state(|| None::<usize>);
    let reference = picked.filter(|&i| i < props.items.len()).or(props.baseline).unwrap_or(0);
    let head = props.items.iter().enumerate().map(|(i, (name, _, _))| {
        let on_pick = {
            let picked = picked.clone();
            Callback::from(move |_| picked.set(Some(i)))
        };
        let is_reference = i == reference;
        html! {
            <th scope="col" class={classes!(is_reference.then_some("reference"))}>
                { name.clone() }
                <button class="pick-reference" aria-pressed={is_reference.to_string()} onclick={on_pick}
                    title={T::CompareAgainstThis.get(lang)}>
                    { if is_reference { T::CompareReference.get(lang) } else { T::CompareAgainst.get(lang) } }
                </button>
            </th>
        }
    });
    let settings = PARAMS.iter().filter_map(|p| {
        let values: Vec<f64> = props.items.iter().map(|(_, s, _)| (p.get)(s)).collect();
        if values.windows(2).all(|w| w[0] == w[1]) {
            return None;
        }
        let cells = values.iter().map(|v| html! { <td class="num">{ setting_text(p.unit, *v, lang) }</td> });
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
        let cells = values.iter().map(|v| html! { <td class="num">{ format!("{v:.3}") }</td> });
        Some(html! { <tr><th scope="row">{ format!("{name} {}", T::RatioPublished.get(lang)) }</th>{ for cells }</tr> })
    });
    let settings: Vec<Html> = settings.chain(city_rows).collect();
    let outcomes = outcome_rows(&props.items, reference, lang).into_iter().map(|(name, cells)| {
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
