//! The app's state as plain data, and `reduce`: the one pure function that
//! changes it. Web-free, so it compiles and is tested natively
//! (tests/reducer.rs). Nothing here touches storage, the clock, random
//! numbers or the window: ids and times come in with the action, and writes
//! go out as `Effect`s, which `state.rs` runs at the edge and answers with
//! `Action::Stored`. A change that would make the scenario invalid is refused
//! with a message and leaves everything else as it was.
//!
//! This file is the state's shape; `action.rs` what can happen to it;
//! `reduce.rs` the changes to the document and its history, `view.rs` to the
//! view, `library.rs` to the library, `deck.rs` and `present.rs` to the decks
//! and a presentation.

mod action;
pub mod deck;
mod library;
pub mod present;
mod reduce;
mod view;

pub use action::{Action, CityField, Done, Effect, LibraryAction};
pub use deck::{DeckAction, LoadedDecks, SlideSource};
pub use present::{Mode, PresentAction, Presenting};
pub use reduce::{baseline_value, reduce};

use super::charts::specs::ChartKind;
use crate::i18n::{Bilingual, Lang};
use crate::io::library::Entry;
use crate::model::{Pot, Projection, Scenario};
use std::rc::Rc;

/// How many undo steps are kept.
pub const UNDO_LIMIT: usize = 100;
/// How many scenarios can be compared at once.
pub const COMPARE_LIMIT: usize = 4;

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    pub doc: Doc,
    pub library: Library,
    pub view: View,
    pub messages: Messages,
}

/// The scenario being edited, its projections and its history.
#[derive(Clone, Debug, PartialEq)]
pub struct Doc {
    pub scenario: Scenario,
    /// Shared with the components (Rc): a projection is a few kB.
    pub projection: Rc<Projection>,
    /// Recomputed only when data or assumptions change, never on a lever move.
    pub baseline: Rc<Projection>,
    /// Earlier scenarios, newest last (undo), and undone ones (redo). Shared
    /// (Rc) so the copy of the state every action makes does not copy up to
    /// 100 scenarios on each frame of a slider drag.
    pub past: Rc<Vec<Scenario>>,
    pub future: Rc<Vec<Scenario>>,
    /// The scenario as it came under its name: at start (the built-in one or
    /// a share link's), or loaded from a file. Exports of it say its name;
    /// once changed, "未保存的情景（基于 …）" (`io::stamp::export_name`,
    /// with the library's saved scenarios).
    pub named: Rc<Scenario>,
    /// The lever a running slider drag is changing: its moves are one step.
    pub drag: Option<StepKey>,
}

/// What a slider moves, so the moves of one drag make one undo step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepKey {
    Param(&'static str),
    Allocation(Pot),
}

/// The saved library as last read from storage, and what is compared.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Library {
    pub saved: Rc<Loaded>,
    /// What the charts overlay: two to four of baseline, current, saved.
    pub compare: Vec<CompareRef>,
    /// The decks as last read from storage (`store/deck.rs`).
    pub decks: Rc<LoadedDecks>,
}

/// What was in storage: the good entries (newest first) and the damaged ones.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Loaded {
    pub entries: Vec<Entry>,
    /// (storage key, what is wrong) — left in storage, reported, deletable.
    pub damaged: Vec<(String, Bilingual)>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct View {
    pub lang: Lang,
    /// The year the KPI strip and the completion chart show (0 = 2025).
    pub year_index: usize,
    pub layout: Layout,
    /// Which chart each of the four slots shows.
    pub slots: [ChartKind; 4],
    /// Whether the baseline's band is drawn too (the scenario's always is).
    pub baseline_band: BaselineBand,
    /// A goal-seek question solved again whenever the assumptions change.
    pub keep_solving: Option<SeekRequest>,
    /// Editing, or presenting a deck (`store/deck.rs`).
    pub mode: Mode,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum BaselineBand {
    Hidden,
    Shown,
}

/// A goal-seek question: the goals, which levers may move, what best means
/// and, if asked, the probability every goal must be met with.
#[derive(Clone, Debug, PartialEq)]
pub struct SeekRequest {
    pub goals: Vec<crate::model::goal_seek::Goal>,
    pub freedom: crate::model::goal_seek::Freedom,
    pub objective: crate::model::goal_seek::Objective,
    /// The commitments freed and the outcomes allowed to worsen.
    pub rules: crate::model::goal_seek::Rules,
    pub likely: Option<crate::model::goal_seek::Likely>,
}

impl SeekRequest {
    pub fn solve(&self, current: &crate::model::Scenario) -> crate::model::goal_seek::Solution {
        use crate::model::goal_seek::{seek, seek_likely};
        match self.likely {
            Some(likely) => seek_likely(current, &self.goals, self.freedom, self.objective, &self.rules, likely),
            None => seek(current, &self.goals, self.freedom, self.objective, &self.rules),
        }
    }
}

/// How many charts are visible.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Layout {
    One,
    Two,
    Four,
}

impl Layout {
    pub const ALL: [Layout; 3] = [Layout::One, Layout::Two, Layout::Four];

    pub fn count(self) -> usize {
        match self {
            Layout::One => 1,
            Layout::Two => 2,
            Layout::Four => 4,
        }
    }

    /// Four charts where there is room for them (css px), two otherwise.
    pub fn for_width(width: f64) -> Layout {
        if width >= 1500.0 {
            Layout::Four
        } else {
            Layout::Two
        }
    }
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Messages {
    /// The last refused input, shown until the next successful change.
    pub error: Option<Bilingual>,
    /// Information for the user (saved, link from another model version …).
    pub notice: Option<Bilingual>,
    /// A new build of the app is installed (the service worker): the
    /// messages area offers to reload into it.
    pub update_ready: bool,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CompareRef {
    Baseline,
    Current,
    Saved(String),
}
