//! (web-free) What the first screen hands the full app when the user asks
//! for a part the first screen lacks (a tab, the QR code, the model
//! reference): the scenario with its undo and redo history, the view
//! (language, year, layout, charts, the baseline's band), the messages, the
//! bands on screen, what was asked for and where the page was scrolled.
//! The library and the decks are in localStorage already; the full app reads
//! them there. Plain data with serde: the first screen's wasm turns it into
//! a JS object (serde-wasm-bindgen), the full app's wasm reads it back — two
//! wasm modules share no memory. Tested natively in tests/handover.rs.

use super::charts::specs::ChartKind;
use super::store::{BaselineBand, Layout, Messages, State};
use crate::i18n::{Bilingual, Lang};
use crate::model::uncertainty::Band;
use crate::model::Scenario;
use serde::{Deserialize, Serialize};
use std::rc::Rc;

/// The side panel's tabs. Levers and Assumptions are on the first screen;
/// the others are the full app's (`Tab::first_screen`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Tab {
    Levers,
    Assumptions,
    Library,
    Decks,
    Seek,
}

impl Tab {
    /// Whether the first screen shows this tab's content itself.
    pub fn first_screen(self) -> bool {
        matches!(self, Tab::Levers | Tab::Assumptions)
    }
}

/// What to print.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum PrintWhat {
    /// The scenario on screen, at the year on screen.
    Current,
    /// A saved deck, by id.
    Deck(String),
    /// The scenario on screen, for a print the browser started (Ctrl+P).
    Browser,
}

/// What the page shows beside the store's state: the open tab, the QR
/// dialog, the model reference (opened once, then kept).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Shown {
    pub tab: Tab,
    pub qr: bool,
    /// The model reference's section has been opened (it stays mounted).
    pub model: bool,
}

impl Default for Shown {
    fn default() -> Self {
        Shown { tab: Tab::Levers, qr: false, model: false }
    }
}

impl Shown {
    /// Whether this needs a part only the full app has.
    pub fn needs_full(&self) -> bool {
        !self.tab.first_screen() || self.qr || self.model
    }
}

/// A band as the screen showed it: for the scenario on screen (`current`)
/// or one a drag had outrun.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HandedBand {
    pub band: Band,
    pub current: bool,
    pub elapsed_ms: f64,
}

/// Where the page was: its scroll, the lever panel's scroll, which
/// `<details>` of the app were open (in document order), and the path of
/// child indices from the app's root to the focused element.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Page {
    pub scroll_x: f64,
    pub scroll_y: f64,
    pub levers_scroll: f64,
    pub folds: Vec<bool>,
    pub focus: Vec<u32>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Handover {
    pub scenario: Scenario,
    /// Undo steps, oldest first, and redo steps.
    pub past: Vec<Scenario>,
    pub future: Vec<Scenario>,
    pub lang: Lang,
    pub year_index: usize,
    pub layout: Layout,
    /// The chart of each slot, by id (`ChartKind::id`).
    pub slots: Vec<String>,
    pub baseline_band: BaselineBand,
    pub error: Option<Bilingual>,
    pub notice: Option<Bilingual>,
    pub update_ready: bool,
    /// A refused share link is still in the address bar (kept there until
    /// the first change, so the planner sees what was wrong with it).
    pub keep_refused_link: bool,
    /// What the page showed, with the part that was asked for.
    pub shown: Shown,
    /// The scenario's band and the baseline's, as on screen.
    pub band: Option<HandedBand>,
    pub baseline_band_shown: Option<HandedBand>,
    pub page: Page,
}

impl Handover {
    /// The store's part of the handover; the rest is filled in by the caller.
    pub fn of(state: &State, shown: Shown) -> Handover {
        Handover {
            scenario: state.doc.scenario.clone(),
            past: state.doc.past.as_ref().clone(),
            future: state.doc.future.as_ref().clone(),
            lang: state.view.lang,
            year_index: state.view.year_index,
            layout: state.view.layout,
            slots: state.view.slots.iter().map(|k| k.id().to_string()).collect(),
            baseline_band: state.view.baseline_band,
            error: state.messages.error.clone(),
            notice: state.messages.notice.clone(),
            update_ready: state.messages.update_ready,
            keep_refused_link: false,
            shown,
            band: None,
            baseline_band_shown: None,
            page: Page::default(),
        }
    }

    /// The state the full app starts from: this one's scenario, history,
    /// view and messages over `state` (which holds the library and decks as
    /// storage has them). A slot whose chart id is unknown keeps its chart.
    pub fn apply(&self, mut state: State) -> State {
        let fresh = State::new(self.scenario.clone(), self.lang, 0.0);
        state.doc = fresh.doc;
        state.doc.past = Rc::new(self.past.clone());
        state.doc.future = Rc::new(self.future.clone());
        state.view.lang = self.lang;
        state.view.year_index = self.year_index.min(state.doc.projection.years.len().saturating_sub(1));
        state.view.layout = self.layout;
        for (slot, id) in state.view.slots.iter_mut().zip(&self.slots) {
            if let Some(kind) = ChartKind::from_id(id) {
                *slot = kind;
            }
        }
        state.view.baseline_band = self.baseline_band;
        state.messages =
            Messages { error: self.error.clone(), notice: self.notice.clone(), update_ready: self.update_ready };
        state
    }
}
