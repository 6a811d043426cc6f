//! The per-city data table: every value with whether it was measured or
//! estimated (估算 / estimate: not published), editable; projected ratios beside.

use super::format::parse_entry;
use super::state::{Action, CityField};
use crate::i18n::Lang;
use crate::model::cities::CityProjection;
use crate::model::region::{Provenance, FILLED_POPULATION_NOTE, FILLED_RATIO_NOTE, FILLED_URBANIZATION_NOTE};
use crate::model::Scenario;
use crate::text::T;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CityTableProps {
    pub scenario: Scenario,
    pub projected: Vec<CityProjection>,
    pub lang: Lang,
    pub dispatch: Callback<Action>,
}

fn badge(p: Provenance, note: (&'static str, &'static str), lang: Lang) -> Html {
    let class = if p == Provenance::Filled { "prov filled" } else { "prov measured" };
    let title = if p == Provenance::Filled { lang.pick(note.0, note.1) } else { "" };
    html! { <span class={class} title={title}>{ p.label(lang) }</span> }
}

#[function_component(CityTable)]
pub fn city_table(props: &CityTableProps) -> Html {
    let lang = props.lang;
    // The cell being typed in and its text, until committed: a re-render
    // meanwhile (the band arriving) must not put the old number back.
    let typed = use_state(|| None::<(usize, CityField, String)>);
    let entry = |index: usize, field: CityField, shown: String, scale: f64, label: String| {
        let dispatch = props.dispatch.clone();
        let onchange = {
            let typed = typed.clone();
            Callback::from(move |e: Event| {
                let input: HtmlInputElement = e.target_unchecked_into();
                typed.set(None);
                match parse_entry(&input.value()) {
                    Ok(v) => dispatch.emit(Action::SetCity { index, field, value: v / scale }),
                    Err(m) => dispatch.emit(Action::Refuse(m)),
                }
            })
        };
        let oninput = {
            let typed = typed.clone();
            Callback::from(move |e: InputEvent| {
                let input: HtmlInputElement = e.target_unchecked_into();
                typed.set(Some((index, field, input.value())));
            })
        };
        let value = match &*typed {
            Some((i, f, text)) if *i == index && *f == field => text.clone(),
            _ => shown,
        };
        html! { <input class="entry" type="text" inputmode="decimal" {value} {oninput} {onchange} aria-label={label} /> }
    };
    // 万 in Chinese, millions in English.
    let pop_scale = lang.pick(100.0, 1.0);
    let rows = props.scenario.cities.iter().enumerate().zip(&props.projected).map(|((i, c), p)| {
        let name = lang.pick(&c.zh, &c.en).to_string();
        html! {
            <tr>
                <th scope="row">{ name.clone() }</th>
                <td>
                    { entry(i, CityField::IncomeRatio, format!("{:.2}", c.income_ratio), 1.0, format!("{name} {}", T::RatioPublished.get(lang))) }
                    { format!(" ({})", c.income_ratio_year) }
                    { badge(c.income_ratio_provenance, *FILLED_RATIO_NOTE, lang) }
                </td>
                <td>
                    { entry(i, CityField::Population, format!("{:.2}", c.population_m * pop_scale), pop_scale, format!("{name} {}", T::Population.get(lang))) }
                    { badge(c.population_provenance, *FILLED_POPULATION_NOTE, lang) }
                </td>
                <td>
                    { entry(i, CityField::Urbanization, format!("{:.1}", c.urbanization * 100.0), 100.0, format!("{name} {}", T::CityUrbanization.get(lang))) }
                    { "%" }
                    { badge(c.urbanization_provenance, *FILLED_URBANIZATION_NOTE, lang) }
                </td>
                <td class="num">{ format!("{:.2} → {:.2}", p.ratio_at_start, p.income_ratio.last().copied().unwrap_or(0.0)) }</td>
            </tr>
        }
    });
    html! {
        <div class="table-wrap">
            <table class="cities-table">
                <thead><tr>
                    <th>{ T::City.get(lang) }</th>
                    <th>{ T::RatioPublished.get(lang) }</th>
                    <th>{ T::Population.get(lang) }</th>
                    <th>{ T::CityUrbanization.get(lang) }</th>
                    <th>{ format!("{} 2024 → 2030", T::RatioProjected.get(lang)) }</th>
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
        </div>
    }
}
