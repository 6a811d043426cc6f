//! The side panel: its tabs (levers, assumptions, library, decks, analysis)
//! and what each shows.

use super::decks::DecksPanel;
use super::exports::{on_export_library, on_import};
use super::library::LibraryPanel;
use super::panel::{AssumptionsPanel, LeverPanel};
use super::print::PrintWhat;
use super::state::{Action, AppState, State};
use crate::text::T;
use gloo::file::callbacks::FileReader;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// The side panel's tabs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tab {
    Levers,
    Assumptions,
    Library,
    Decks,
    Seek,
}

impl Tab {
    pub const ALL: [(Tab, T); 5] = [
        (Tab::Levers, T::TabLevers),
        (Tab::Assumptions, T::TabAssumptions),
        (Tab::Library, T::TabLibrary),
        (Tab::Decks, T::TabDecks),
        (Tab::Seek, T::TabSeek),
    ];
}

/// The row of tab buttons; `on_pick` is told which was clicked.
pub fn tab_buttons(open: Tab, state: &State, on_pick: &Callback<Tab>) -> Html {
    let lang = state.view.lang;
    let buttons = Tab::ALL.iter().map(|&(t, label)| {
        let on = open == t;
        let on_pick = on_pick.clone();
        html! {
            <button role="tab" class={classes!("tab", on.then_some("on"))} aria-selected={on.to_string()}
                onclick={Callback::from(move |_| on_pick.emit(t))}>{ label.get(lang) }</button>
        }
    });
    html! { <div class="tabs" role="tablist">{ for buttons }</div> }
}

/// What the side panel needs besides the state.
pub struct TabArgs<'a> {
    /// Through the frame (inputs that fire fast: levers, assumptions).
    pub dispatch: &'a Callback<Action>,
    pub direct: &'a UseReducerDispatcher<AppState>,
    /// Holds a file being read (imports).
    pub reader: &'a Rc<RefCell<Option<FileReader>>>,
    pub on_print: &'a Callback<PrintWhat>,
}

/// The open tab's content.
pub fn tab_content(tab: Tab, state: &State, args: TabArgs) -> Html {
    let TabArgs { dispatch, direct, reader, on_print } = args;
    let (lang, dispatch) = (state.view.lang, dispatch.clone());
    let scenario = state.doc.scenario.clone();
    match tab {
        Tab::Levers => html! { <LeverPanel scenario={scenario} lang={lang} dispatch={dispatch} /> },
        Tab::Assumptions => html! { <AssumptionsPanel scenario={scenario} lang={lang} dispatch={dispatch} /> },
        Tab::Library => html! {
            <LibraryPanel state={Rc::new(state.clone())} dispatch={dispatch} on_import={on_import(direct, reader)}
                on_export_library={on_export_library(&state.library.saved.entries)} />
        },
        Tab::Decks => html! {
            <DecksPanel state={Rc::new(state.clone())} dispatch={dispatch}
                on_print={on_print.reform(PrintWhat::Deck)} on_import={on_import(direct, reader)} />
        },
        Tab::Seek => super::analysis::analysis_view(state, &dispatch),
    }
}
