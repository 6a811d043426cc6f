//! The toolbar's print controls: 打印 / Print (the scenario on screen, a
//! one-page handout) and, when decks are saved, a picker that prints a
//! whole deck, one slide per page (`handout.rs`).

use super::store::deck::LoadedDecks;
use crate::i18n::Lang;
use crate::text::T;
use std::rc::Rc;
use yew::prelude::*;

pub use super::print::PrintWhat;

#[derive(Properties, PartialEq)]
pub struct PrintMenuProps {
    pub decks: Rc<LoadedDecks>,
    pub lang: Lang,
    pub on_print: Callback<PrintWhat>,
}

#[function_component(PrintMenu)]
pub fn print_menu(props: &PrintMenuProps) -> Html {
    let lang = props.lang;
    let current = {
        let on_print = props.on_print.clone();
        Callback::from(move |_| on_print.emit(PrintWhat::Current))
    };
    let pick = {
        let on_print = props.on_print.clone();
        Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            let id = select.value();
            // Back to the prompt, so the same deck can be printed again.
            select.set_value("");
            if !id.is_empty() {
                on_print.emit(PrintWhat::Deck(id));
            }
        })
    };
    let options = props.decks.decks.iter().map(|d| html! { <option value={d.id.clone()}>{ &d.title }</option> });
    html! {
        <>
            <button class="print" onclick={current}>{ T::Print.get(lang) }</button>
            if !props.decks.decks.is_empty() {
                <select class="print-deck" aria-label={T::PrintDeckLabel.get(lang)} onchange={pick}>
                    <option value="" selected=true>{ T::PrintDeck.get(lang) }</option>
                    { for options }
                </select>
            }
        </>
    }
}
