//! The side panel: its tabs (levers, assumptions, library, decks, analysis)
//! and what each shows, as ARIA's tabs pattern: a tablist of tabs, one
//! tabpanel labelled by the open tab, arrow keys, Home and End between tabs.

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
use wasm_bindgen::JsCast;
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

    /// The tab button's id (the panel is labelled by it).
    pub fn id(self) -> &'static str {
        match self {
            Tab::Levers => "tab-levers",
            Tab::Assumptions => "tab-assumptions",
            Tab::Library => "tab-library",
            Tab::Decks => "tab-decks",
            Tab::Seek => "tab-seek",
        }
    }
}

/// The one tab panel: it shows the open tab's content.
const PANEL_ID: &str = "side-panel";

/// Where a key moves from tab `i` of `n` (ARIA's tabs pattern: arrows wrap
/// around, Home and End go to the ends), or `None` for other keys.
fn tab_key(key: &str, i: usize, n: usize) -> Option<usize> {
    match key {
        "ArrowRight" => Some((i + 1) % n),
        "ArrowLeft" => Some((i + n - 1) % n),
        "Home" => Some(0),
        "End" => Some(n - 1),
        _ => None,
    }
}

/// The row of tab buttons; `on_pick` is told which was clicked or reached
/// with the arrow keys, Home or End. One Tab stop (the open tab's): the
/// others are reached with the arrows (a roving tabindex).
pub fn tab_buttons(open: Tab, state: &State, on_pick: &Callback<Tab>) -> Html {
    let lang = state.view.lang;
    let buttons = Tab::ALL.iter().enumerate().map(|(i, &(t, label))| {
        let on = open == t;
        let on_click = on_pick.reform(move |_: MouseEvent| t);
        let on_key = {
            let on_pick = on_pick.clone();
            Callback::from(move |e: KeyboardEvent| {
                let Some(to) = tab_key(&e.key(), i, Tab::ALL.len()) else { return };
                e.prevent_default();
                let to = Tab::ALL[to].0;
                // The button is there already (all five always are): focus it
                // now; the render that follows makes it the Tab stop.
                let button = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(to.id()));
                if let Some(b) = button.and_then(|b| b.dyn_into::<web_sys::HtmlElement>().ok()) {
                    let _ = b.focus();
                }
                on_pick.emit(to);
            })
        };
        html! {
            <button role="tab" id={t.id()} class={classes!("tab", on.then_some("on"))} aria-selected={on.to_string()}
                aria-controls={PANEL_ID} tabindex={if on { "0" } else { "-1" }}
                onclick={on_click} onkeydown={on_key}>{ label.get(lang) }</button>
        }
    });
    html! { <div class="tabs" role="tablist" aria-label={T::PanelTabs.get(lang)}>{ for buttons }</div> }
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

/// The open tab's panel, labelled by its tab, with its content. It
/// scrolls under the tabs; the scroller has no rounded corners: clipping a
/// scrolled layer to them costs the compositor a masked pass over the panel
/// on every frame of a drag.
pub fn tab_panel(tab: Tab, state: &State, args: TabArgs) -> Html {
    html! {
        <div class="levers-scroll" role="tabpanel" id={PANEL_ID} aria-labelledby={tab.id()}>
            { tab_content(tab, state, args) }
        </div>
    }
}

/// The open tab's content.
fn tab_content(tab: Tab, state: &State, args: TabArgs) -> Html {
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
