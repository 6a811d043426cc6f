//! The deck editor's choice of a slide's KPI cards: tick up to four
//! figures to pin them on the slide (`Slide::cards`); none ticked, the slide
//! shows the figures its change moves most (`slide_cards::choose_cards`).

use super::slide_cards::{card_name, CARD_SCALES};
use crate::i18n::Lang;
use crate::io::deck::MAX_PINNED_CARDS;
use crate::text::T;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The pinned cards' ids, in the order they were ticked.
    pub cards: Vec<String>,
    pub lang: Lang,
    pub onchange: Callback<Vec<String>>,
}

#[function_component(SlidePins)]
pub fn slide_pins(props: &Props) -> Html {
    let lang = props.lang;
    let boxes = CARD_SCALES.iter().map(|(id, _)| {
        let ticked = props.cards.iter().any(|c| c == id);
        let full = props.cards.len() >= MAX_PINNED_CARDS;
        let toggle = {
            let (cards, onchange) = (props.cards.clone(), props.onchange.clone());
            Callback::from(move |_| {
                let mut cards = cards.clone();
                if ticked {
                    cards.retain(|c| c != id);
                } else {
                    cards.push((*id).to_string());
                }
                onchange.emit(cards);
            })
        };
        html! {
            <label class="pin">
                <input type="checkbox" data-card={*id} checked={ticked} disabled={full && !ticked} onchange={toggle} />
                { card_name(id, lang) }
            </label>
        }
    });
    html! {
        <fieldset class="slide-pins">
            <legend>{ T::PinnedCards.get(lang) }</legend>
            { for boxes }
        </fieldset>
    }
}
