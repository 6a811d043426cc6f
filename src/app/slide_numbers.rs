//! A slide's figures beside its KPI cards: the strands (and all projects)
//! not shown as cards in a small table (completion, and what held each back:
//! the money, or money left unspent), and a slide's key numbers as text for
//! the presenter's window. Names, values and warnings are the KPI strip's (`kpi::cards`).

use super::kpi::cards;
use super::presenter::use_presenter_link;
use super::slide_cards::{choose_cards, DEFAULT_CARDS};
use super::state::{Action, State};
use crate::i18n::Lang;
use crate::model::{project, Projection, Scenario, STRANDS};
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

/// The projection of a scenario, made again only when it changes.
#[hook]
fn use_projection(scenario: Option<Scenario>) -> Option<Rc<Projection>> {
    (*use_memo(scenario, |s| s.as_ref().map(|s| Rc::new(project(s))))).clone()
}

/// What a slide's numbers are measured against.
pub struct SlideNumbers {
    /// The KPI cards it shows (`slide_cards::choose_cards`).
    pub card_ids: Vec<&'static str>,
    /// The state before its change (`State::replay_before`), projected.
    pub before: Option<Rc<Projection>>,
}

/// The slide's cards and the state before its change; tells the presenter's
/// window the slide's key numbers and the next slide's (`presenter.rs`).
#[hook]
pub fn use_slide_numbers(state: &State, direct: Callback<Action>) -> SlideNumbers {
    let lang = state.view.lang;
    let year_index = state.view.year_index;
    let live = state.live_change();
    // What this slide's change starts from (the slide before, or the
    // baseline), the slide's own scenario (not the screen's during a live
    // change), and the next slide (for the presenter's window).
    let around = state.presenting().map(|(p, d, s)| {
        let at = |i: Option<usize>| i.and_then(|i| d.slides.get(i)).cloned();
        (at(p.slide.checked_sub(1)), s.clone(), at(Some(p.slide + 1)))
    });
    let previous = use_projection(
        around.as_ref().map(|(prev, s, _)| prev.as_ref().map_or_else(|| s.scenario.baseline(), |p| p.scenario.clone())),
    );
    let own = use_projection(around.as_ref().filter(|_| live).map(|(_, s, _)| s.scenario.clone()));
    let slide_projection = own.unwrap_or_else(|| state.doc.projection.clone());
    let before = if live { Some(slide_projection.clone()) } else { previous.clone() };
    let next_projection = use_projection(around.as_ref().and_then(|(_, _, next)| next.as_ref().map(|n| n.scenario.clone())));
    // The cards: those the planner pinned, then what this slide's change moved most.
    let cards_of = |now: &Projection, from: &Projection, year: usize, pinned: &[String]| {
        match (now.years.get(year), from.years.get(year)) {
            (Some(n), Some(b)) => choose_cards(n, b, pinned),
            _ => DEFAULT_CARDS.to_vec(),
        }
    };
    let card_ids = match (&around, &previous) {
        (Some((_, s, _)), Some(prev)) => cards_of(&slide_projection, prev, year_index, &s.cards),
        _ => DEFAULT_CARDS.to_vec(),
    };
    // The presenter's window: this slide's key numbers, and the next slide's.
    let base = &state.doc.baseline;
    let numbers = key_numbers(&state.doc.projection, base, year_index, &card_ids, lang);
    let next_numbers = match (&around, &next_projection) {
        (Some((_, _, Some(next))), Some(np)) => {
            let ids = cards_of(np, &slide_projection, next.year_index, &next.cards);
            key_numbers(np, base, next.year_index, &ids, lang)
        }
        _ => Vec::new(),
    };
    use_presenter_link(state, direct, numbers, next_numbers);
    SlideNumbers { card_ids, before }
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

/// The strands and all projects not on a card: name, completion, and what
/// held a strand back.
#[function_component(StrandTable)]
pub fn strand_table(props: &StrandProps) -> Html {
    let lang = props.lang;
    let strand_ids: Vec<&str> = STRANDS.iter().map(|s| s.id()).chain(["overall"]).collect();
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
