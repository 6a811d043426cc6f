//! The model reference's parameter table, in the language of the app: every
//! row of the parameter table (`PARAMS`) with its name, its built-in value in
//! the screen's unit, where it comes from, the reason given and its range.
//! Made from the table itself, so the Chinese app reads its parameters in
//! Chinese (docs/MODEL.md, the full text of equations and sources, is in
//! English and follows below it).

use crate::i18n::Lang;
use crate::io::show::screen_citation;
use crate::model::params::{Role, Unit, PARAMS};
use crate::text::T;
use yew::prelude::*;

/// A value of `unit` as the screen shows it, with the unit.
fn shown(unit: Unit, v: f64, lang: Lang) -> String {
    match unit {
        Unit::BnYuan => crate::i18n::format_money_bn(v, lang),
        Unit::Share => format!("{:.1} %", v * 100.0),
        Unit::Yuan => format!("{} {}", crate::i18n::grouped(v, 0), unit.label(lang)),
        _ => format!("{} {}", crate::io::export::text(unit, v, 0), unit.label(lang)),
    }
}

/// The table, one section per role (levers, assumptions, data).
pub fn parameter_table(lang: Lang) -> Html {
    let roles = [(Role::Lever, T::TabLevers), (Role::Assumption, T::TabAssumptions), (Role::Data, T::ModelRefData)];
    let sections = roles.into_iter().map(|(role, title)| {
        let rows = PARAMS.iter().filter(|p| p.role == role).map(|p| {
            html! {
                <tr>
                    <td>{ p.name(lang) }</td>
                    <td class="num">{ shown(p.unit, p.builtin_value(), lang) }</td>
                    <td>{ p.source.label(lang) }</td>
                    <td>{ format!("{} – {}", shown(p.unit, p.min, lang), shown(p.unit, p.max, lang)) }</td>
                    <td>{ screen_citation(p.citation(lang), lang) }</td>
                </tr>
            }
        });
        html! {
            <>
                <h3>{ title.get(lang) }</h3>
                <div class="table-wrap"><table class="param-table">
                    <thead><tr>
                        <th>{ T::ModelRefName.get(lang) }</th><th>{ T::ModelRefValue.get(lang) }</th>
                        <th>{ T::ModelRefSource.get(lang) }</th><th>{ T::Range.get(lang) }</th><th>{ T::ModelRefWhy.get(lang) }</th>
                    </tr></thead>
                    <tbody>{ for rows }</tbody>
                </table></div>
            </>
        }
    });
    html! {
        <section class="model-params" lang={lang.pick("zh-CN", "en")}>
            <h2>{ T::ModelRefParams.get(lang) }</h2>
            { for sections }
        </section>
    }
}
