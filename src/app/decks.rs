//! The decks tab: make a deck for a meeting from the scenario on screen or
//! saved ones, order and title its slides, write speaker notes, export it as
//! a file (the library's "import" reads it back), present it, print it.
//! Titles and notes are shown as text (Yew escapes them), never as markup.

use super::state::{Action, DeckAction, PresentAction, SlideSource, State};
use super::storage;
use super::text_field::{keep_typed, Lines, TextField};
use crate::io::deck::Deck;
use crate::text::T;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct DecksProps {
    pub state: std::rc::Rc<State>,
    pub dispatch: Callback<Action>,
    pub on_import: Callback<web_sys::File>,
    /// Print a deck (its id): one page per slide (`handout.rs`).
    pub on_print: Callback<String>,
}

fn deck_action(dispatch: &Callback<Action>, make: impl Fn() -> DeckAction + 'static) -> Callback<MouseEvent> {
    let dispatch = dispatch.clone();
    Callback::from(move |_| dispatch.emit(Action::Deck(make())))
}

#[function_component(DecksPanel)]
pub fn decks_panel(props: &DecksProps) -> Html {
    let state = &props.state;
    let lang = state.view.lang;
    let dispatch = props.dispatch.clone();
    // Which deck's slides are shown: the one picked, else the newest.
    let picked = use_state(|| None::<String>);
    let confirming = use_state(|| None::<String>);
    let title_ref = use_node_ref();
    // The new deck's title as typed: a render must not put the default back
    // under the cursor (`text_field.rs` says why).
    let typed_title = use_state(|| None::<String>);
    let decks = &state.library.decks.decks;
    let open = picked.as_ref().and_then(|id| state.find_deck(id)).or_else(|| decks.first());

    let on_create = {
        let (dispatch, title_ref, picked, typed_title) = (dispatch.clone(), title_ref.clone(), picked.clone(), typed_title.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(input) = title_ref.cast::<HtmlInputElement>() {
                let id = storage::new_id();
                dispatch.emit(Action::Deck(DeckAction::Create { id: id.clone(), title: input.value(), at: storage::now_iso() }));
                picked.set(Some(id));
                typed_title.set(None);
            }
        })
    };
    let on_file = super::files::on_file_picked(props.on_import.clone());

    let deck_items = decks.iter().map(|deck| {
        let is_open = open.is_some_and(|o| o.id == deck.id);
        let pick = {
            let (picked, id) = (picked.clone(), deck.id.clone());
            Callback::from(move |_| picked.set(Some(id.clone())))
        };
        html! {
            <li key={deck.id.clone()}>
                <button class={classes!("deck-pick", is_open.then_some("on"))} aria-pressed={is_open.to_string()} onclick={pick}>
                    { deck.title.clone() }
                    <span class="deck-count">{ T::count(deck.slides.len(), T::SlideCountOne, T::SlideCountMany).get(lang).to_string() }</span>
                </button>
            </li>
        }
    });

    let damaged = state.library.decks.damaged.iter().map(|(key, problem)| {
        let key_owned = key.clone();
        html! {
            <li>
                <code>{ key.clone() }</code>{ format!(" — {} ", problem.get(lang)) }
                <button onclick={deck_action(&dispatch, move || DeckAction::DeleteDamaged(key_owned.clone()))}>{ T::Delete.get(lang) }</button>
            </li>
        }
    });

    html! {
        <div class="decks">
            <p class="intro">{ T::DecksIntro.get(lang) }</p>
            <form class="deck-form" onsubmit={on_create}>
                <label for="deck-title">{ T::NewDeck.get(lang) }</label>
                <div class="row">
                    <input id="deck-title" ref={title_ref} type="text" maxlength="120"
                        value={(*typed_title).clone().unwrap_or_else(|| T::DefaultDeckTitle.get(lang).to_string())}
                        oninput={keep_typed(&typed_title)} />
                    <button type="submit">{ T::CreateDeck.get(lang) }</button>
                </div>
            </form>
            if decks.is_empty() {
                <p class="intro">{ T::NoDecks.get(lang) }</p>
            } else {
                <ul class="deck-list">{ for deck_items }</ul>
            }
            if let Some(deck) = open {
                <DeckEditor deck={deck.clone()} state={props.state.clone()} dispatch={dispatch.clone()}
                    confirming={confirming.clone()} on_print={props.on_print.clone()} />
            }
            if !state.library.decks.damaged.is_empty() {
                <div class="damaged" role="alert">
                    <strong>{ T::DamagedDecks.get(lang) }</strong>
                    <ul>{ for damaged }</ul>
                </div>
            }
            <div class="file-actions">
                <label class="file-button">
                    { T::ImportDeck.get(lang) }
                    <input type="file" accept=".json,application/json" onchange={on_file} aria-label={T::ImportDeck.get(lang)} />
                </label>
            </div>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct EditorProps {
    deck: Deck,
    state: std::rc::Rc<State>,
    dispatch: Callback<Action>,
    /// The deck id whose delete button asks to confirm.
    confirming: UseStateHandle<Option<String>>,
    on_print: Callback<String>,
}

/// One deck: its title, its actions and its slides in order.
#[function_component(DeckEditor)]
fn deck_editor(props: &EditorProps) -> Html {
    let (deck, state, dispatch) = (&props.deck, &props.state, &props.dispatch);
    let lang = state.view.lang;
    let id = deck.id.clone();
    let saved_ref = use_node_ref();
    let at = storage::now_iso;

    let rename = {
        let (dispatch, id) = (dispatch.clone(), id.clone());
        Callback::from(move |title: String| dispatch.emit(Action::Deck(DeckAction::Rename { deck: id.clone(), title, at: at() })))
    };
    let add_current = {
        let id = id.clone();
        deck_action(dispatch, move || DeckAction::AddSlide { deck: id.clone(), from: SlideSource::Current, at: at() })
    };
    let add_saved = {
        let (dispatch, id, saved_ref) = (dispatch.clone(), id.clone(), saved_ref.clone());
        Callback::from(move |_| {
            if let Some(select) = saved_ref.cast::<HtmlSelectElement>() {
                let entry = select.value();
                if !entry.is_empty() {
                    let from = SlideSource::Saved(entry);
                    dispatch.emit(Action::Deck(DeckAction::AddSlide { deck: id.clone(), from, at: at() }));
                }
            }
        })
    };
    let present = |slide: usize| {
        let (dispatch, id) = (dispatch.clone(), id.clone());
        Callback::from(move |_| dispatch.emit(Action::Present(PresentAction::Start { deck: id.clone(), slide })))
    };
    let export = {
        let deck = deck.clone();
        Callback::from(move |_| {
            let made_at = super::storage::now_local();
            let name = crate::io::stamp::file_name(&deck.title, "", "deck", &made_at, "json");
            super::files::download_text(&name, "application/json", &crate::io::deck::export(&deck));
        })
    };
    let is_confirming = props.confirming.as_ref() == Some(&id);
    let delete = if is_confirming {
        let (dispatch, confirming, id) = (dispatch.clone(), props.confirming.clone(), id.clone());
        Callback::from(move |_| {
            dispatch.emit(Action::Deck(DeckAction::Delete(id.clone())));
            confirming.set(None);
        })
    } else {
        let (confirming, id) = (props.confirming.clone(), id.clone());
        Callback::from(move |_| confirming.set(Some(id.clone())))
    };

    let last = deck.slides.len().saturating_sub(1);
    let slides = deck.slides.iter().enumerate().map(|(i, slide)| {
        let named = |action: T| format!("{} {}", action.get(lang), slide.title);
        let id = id.clone();
        let set_title = {
            let (dispatch, id) = (dispatch.clone(), id.clone());
            Callback::from(move |title: String| {
                dispatch.emit(Action::Deck(DeckAction::SetSlideTitle { deck: id.clone(), slide: i, title, at: at() }))
            })
        };
        let set_note = {
            let (dispatch, id) = (dispatch.clone(), id.clone());
            Callback::from(move |note: String| {
                dispatch.emit(Action::Deck(DeckAction::SetSlideNote { deck: id.clone(), slide: i, note, at: at() }))
            })
        };
        let set_cards = {
            let (dispatch, id) = (dispatch.clone(), id.clone());
            Callback::from(move |cards: Vec<String>| {
                dispatch.emit(Action::Deck(DeckAction::SetSlideCards { deck: id.clone(), slide: i, cards, at: at() }))
            })
        };
        let mover = |to: usize| {
            let id = id.clone();
            deck_action(dispatch, move || DeckAction::MoveSlide { deck: id.clone(), from: i, to, at: at() })
        };
        let remove = {
            let id = id.clone();
            deck_action(dispatch, move || DeckAction::RemoveSlide { deck: id.clone(), slide: i, at: at() })
        };
        let year = slide.scenario.reported.year + i32::try_from(slide.year_index).unwrap_or(0);
        html! {
            <li class="slide-item" key={i} data-slide={i.to_string()}>
                <div class="slide-head">
                    <span class="slide-no">{ format!("{}.", i + 1) }</span>
                    <TextField class="slide-title" maxlength={120} value={slide.title.clone()}
                        onchange={set_title} aria_label={named(T::SlideTitle)} />
                </div>
                <div class="entry-meta">{ format!("{} · {} {year}", slide.scenario.name, T::SlideYear.get(lang)) }</div>
                <TextField class="slide-note" lines={Lines::Many(2)} maxlength={2000} value={slide.note.clone()} onchange={set_note}
                    placeholder={T::SpeakerNote.get(lang)} aria_label={named(T::SpeakerNote)} />
                <super::slide_pins::SlidePins cards={slide.cards.clone()} lang={lang} onchange={set_cards} />
                <div class="entry-actions">
                    <button onclick={present(i)} aria-label={named(T::PresentFromHere)}>{ T::PresentFromHere.get(lang) }</button>
                    <button disabled={i == 0} onclick={mover(i.saturating_sub(1))} aria-label={named(T::MoveUp)}>{ "↑" }</button>
                    <button disabled={i == last} onclick={mover((i + 1).min(last))} aria-label={named(T::MoveDown)}>{ "↓" }</button>
                    <button onclick={remove} aria-label={named(T::RemoveSlide)}>{ T::RemoveSlide.get(lang) }</button>
                </div>
            </li>
        }
    });
    let saved_options = state.library.saved.entries.iter().map(|e| {
        html! { <option value={e.id.clone()}>{ e.name.clone() }</option> }
    });

    html! {
        <section class="deck-editor" data-deck={id.clone()} aria-label={deck.title.clone()}>
            <div class="row">
                <TextField class="deck-title" maxlength={120} value={deck.title.clone()} onchange={rename}
                    aria_label={format!("{} {}", T::Rename.get(lang), deck.title)} />
            </div>
            <div class="entry-actions deck-actions">
                <button class="present" disabled={deck.slides.is_empty()} onclick={present(0)}>{ T::Present.get(lang) }</button>
                <button onclick={add_current}>{ T::AddCurrentSlide.get(lang) }</button>
                <button onclick={export}>{ T::ExportDeck.get(lang) }</button>
                <button class="print-deck" disabled={deck.slides.is_empty()}
                    onclick={props.on_print.reform({ let id = id.clone(); move |_| id.clone() })}>{ T::PrintDeckPages.get(lang) }</button>
                <button class={classes!(is_confirming.then_some("danger"))} onclick={delete}>
                    { if is_confirming { T::ConfirmDelete.get(lang) } else { T::DeleteDeck.get(lang) } }
                </button>
            </div>
            if !state.library.saved.entries.is_empty() {
                <div class="row add-saved">
                    <select ref={saved_ref} aria-label={T::AddSavedSlide.get(lang)}>{ for saved_options }</select>
                    <button onclick={add_saved}>{ T::AddSavedSlide.get(lang) }</button>
                </div>
            }
            if deck.slides.is_empty() {
                <p class="intro">{ T::DeckEmpty.get(lang) }</p>
            }
            <ol class="slides">{ for slides }</ol>
        </section>
    }
}
