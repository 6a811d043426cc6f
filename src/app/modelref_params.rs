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

/// The table, one section per role (levers, assumptions, data), written as
/// Markdown and shown by the reference's own renderer (`markdown::render`):
/// one renderer for both, and no second table component in the wasm.
pub fn parameter_table(lang: Lang) -> Html {
    let mut md = format!("# {}\n\n", T::ModelRefParams.get(lang));
    let roles = [(Role::Lever, T::TabLevers), (Role::Assumption, T::TabAssumptions), (Role::Data, T::ModelRefData)];
    for (role, title) in roles {
        md.push_str(&format!(
            "## {}\n\n| {} | {} | {} | {} | {} |\n|---|---|---|---|---|\n",
            title.get(lang),
            T::ModelRefName.get(lang),
            T::ModelRefValue.get(lang),
            T::ModelRefSource.get(lang),
            T::Range.get(lang),
            T::ModelRefWhy.get(lang)
        ));
        for p in PARAMS.iter().filter(|p| p.role == role) {
            let cell = |t: String| t.replace('|', "/");
            md.push_str(&format!(
                "| {} | {} | {} | {} – {} | {} |\n",
                p.name(lang),
                shown(p.unit, p.builtin_value(), lang),
                p.source.label(lang),
                shown(p.unit, p.min, lang),
                shown(p.unit, p.max, lang),
                cell(screen_citation(p.citation(lang), lang))
            ));
        }
        md.push('\n');
    }
    html! { <section class="model-params" lang={lang.pick("zh-CN", "en")}>{ super::markdown::render(&md) }</section> }
}
