//! A slide's figures beside its KPI cards: the strands not shown as cards in
//! a small table (completion, and what held each back: the money, or money
//! left unspent), and a slide's key numbers as text for the presenter's
//! window. Names, values and warnings are the KPI strip's (`kpi::cards`).

use super::kpi::cards;
use crate::i18n::Lang;
use crate::model::{Projection, STRANDS};
use crate::text::T;
use std::rc::Rc;
use yew::prelude::*;

/// The key numbers of a projection in a year: for each card in `ids`, its
/// name and its value (with its warning, "受资金限制").
pub fn key_numbers(p: &Projection, base: &Projection, year_index: usize, ids: &[&str], lang: Lang) -> Vec<(String, String)> {
    cards(p, base, year_index, None, lang)
        .into_iter()
        .filter(|c| ids.contains(&c.id))
        .map(|c| {
            let value = match c.warning {
                Some(w) => format!("{} · {w}", c.value),
                None => c.value,
            };
            (c.name, value)
        })
        .collect()
}

#[derive(Properties, PartialEq)]
pub struct StrandProps {
    pub projection: Rc<Projection>,
    pub baseline: Rc<Projection>,
    pub year_index: usize,
    pub lang: Lang,
    /// The cards on the slide: strands among them are not repeated here.
    pub cards: Vec<&'static str>,
}

/// The strands not on a card: name, completion, and what held it back.
#[function_component(StrandTable)]
pub fn strand_table(props: &StrandProps) -> Html {
    let lang = props.lang;
    let strand_ids: Vec<&str> = STRANDS.iter().map(|s| s.id()).collect();
    let rows: Vec<_> = cards(&props.projection, &props.baseline, props.year_index, None, lang)
        .into_iter()
        .filter(|c| strand_ids.contains(&c.id) && !props.cards.contains(&c.id))
        .collect();
    if rows.is_empty() {
        return html! {};
    }
    html! {
        <table class="slide-strands">
            <caption>{ T::StrandsHeading.get(lang) }</caption>
            <tbody>
                { for rows.into_iter().map(|c| html! {
                    <tr data-strand={c.id} style={format!("--c: {}", c.color)}>
                        <th scope="row">{ c.name }</th>
                        <td class="strand-value">{ c.value }</td>
                        <td class="strand-note">{ c.warning.unwrap_or_default() }</td>
                    </tr>
                }) }
            </tbody>
        </table>
    }
}
