//! The app's state as plain data, and `reduce`: the one pure function that
//! changes it. Web-free, so it compiles and is tested natively
//! (tests/reducer.rs). This file is the state's shape; `reduce.rs` the changes. Nothing here touches storage, the clock, random
//! numbers or the window: ids and times come in with the action, and writes
//! go out as `Effect`s, which `state.rs` runs at the edge and answers with
//! `Action::Stored`. A change that would make the scenario invalid is refused
//! with a message and leaves everything else as it was.

pub mod deck;
pub mod present;
mod reduce;

pub use deck::{DeckAction, LoadedDecks, SlideSource};
pub use present::{Mode, PresentAction, Presenting};
pub use reduce::{baseline_value, reduce};

use super::charts::specs::ChartKind;
use crate::i18n::{Bilingual, Lang};
use crate::io::library::Entry;
use crate::model::{Allocation, Pot, Projection, Scenario};
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
    pub likely: Option<crate::model::goal_seek::Likely>,
}

impl SeekRequest {
    pub fn solve(&self, current: &crate::model::Scenario) -> crate::model::goal_seek::Solution {
        use crate::model::goal_seek::{seek, seek_likely};
        match self.likely {
            Some(likely) => seek_likely(current, &self.goals, self.freedom, self.objective, likely),
            None => seek(current, &self.goals, self.freedom, self.objective),
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

/// Library operations. Ids and times are made at the edge and come in here.
#[derive(Clone, Debug, PartialEq)]
pub enum LibraryAction {
    /// Save the current scenario under a new name.
    Save {
        name: String,
        id: String,
        at: String,
    },
    Rename {
        id: String,
        name: String,
    },
    Duplicate {
        id: String,
        new_id: String,
        at: String,
    },
    Delete(String),
    /// Remove a damaged entry from storage (by its key).
    DeleteDamaged(String),
    /// Make a saved scenario the current one (undoable).
    Open(String),
    /// Add entries from a library file; `fresh_ids[i]` replaces entry i's id
    /// if the library has it already.
    Import {
        entries: Vec<Entry>,
        fresh_ids: Vec<String>,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CityField {
    IncomeRatio,
    Population,
    Urbanization,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// Set one parameter (model units) by its id in the parameter table.
    SetParam {
        id: &'static str,
        value: f64,
    },
    SetAllocation {
        pot: Pot,
        allocation: Allocation,
    },
    ResetParam {
        id: &'static str,
    },
    /// Every lever back to the built-in value (assumptions stay).
    ResetAll,
    /// Every assumption and data value back to the built-in one (levers stay).
    ResetAssumptions,
    SetLang(Lang),
    /// Input the UI could not turn into a number: show why, change nothing.
    Refuse(Bilingual),
    /// Edit one city's data (index into `scenario.cities`).
    SetCity {
        index: usize,
        field: CityField,
        value: f64,
    },
    SetYear(usize),
    SetLayout(Layout),
    SetSlot(usize, ChartKind),
    SetBaselineBand(BaselineBand),
    /// Keep solving this question when the assumptions change (None: stop).
    KeepSolving(Option<SeekRequest>),
    /// Several changes applied together, with one recompute (one animation frame).
    Batch(Vec<Action>),
    /// The end of a slider drag: the next change is a new undo step.
    EndStep,
    Undo,
    Redo,
    /// Replace the whole scenario (a link, a file, a saved one): one undo step.
    Load {
        scenario: Box<Scenario>,
        notice: Option<Bilingual>,
    },
    Library(LibraryAction),
    /// The edge ran an `Effect`: the library as storage now holds it, how
    /// many entries were written, and the error that stopped it, if any.
    Stored {
        library: Loaded,
        written: usize,
        error: Option<Bilingual>,
        done: Done,
    },
    ToggleCompare(CompareRef),
    /// Make, change or import a deck (written through `Effect::WriteDeck`).
    Deck(DeckAction),
    /// Start, step through, change live, leave a presentation.
    Present(PresentAction),
    /// The edge wrote or removed a deck: the decks as storage now holds
    /// them, and the error that stopped the write, if any.
    DecksStored {
        decks: LoadedDecks,
        error: Option<Bilingual>,
    },
    Inform(Bilingual),
    /// A new build of the app is installed and waiting (offline.rs).
    UpdateReady,
    /// Clear the error, the notice and the offer to reload.
    Dismiss,
}

/// A write to storage for the edge to make; it then reloads the library and
/// dispatches `Action::Stored` with `done`.
#[derive(Clone, Debug, PartialEq)]
pub enum Effect {
    /// Write the entries in order; stop at the first that fails.
    Write {
        entries: Vec<Entry>,
        done: Done,
    },
    RemoveEntry {
        id: String,
    },
    /// Remove a damaged entry by its storage key.
    RemoveKey {
        key: String,
    },
    /// Write one deck (create, change, import); then `Action::DecksStored`.
    WriteDeck(Box<crate::io::deck::Deck>),
    /// Remove a deck, or a damaged one, by its storage key.
    RemoveDeckKey {
        key: String,
    },
}

/// What a finished write means for the state.
#[derive(Clone, Debug, PartialEq)]
pub enum Done {
    /// The current scenario was saved under this name: it takes the name.
    Saved(String),
    /// `n` entries of a library file were to be imported.
    Imported(usize),
    /// Anything else (rename, duplicate, delete): the new library is all.
    Changed,
}

impl Action {
    /// A newer `self` makes a pending `older` pointless ("latest wins").
    pub fn supersedes(&self, older: &Action) -> bool {
        match (self, older) {
            (Action::SetParam { id: a, .. }, Action::SetParam { id: b, .. }) => a == b,
            (Action::SetAllocation { pot: a, .. }, Action::SetAllocation { pot: b, .. }) => a == b,
            _ => false,
        }
    }

    /// Which lever a slider action moves, for merging a drag into one undo step.
    fn step_key(&self) -> Option<StepKey> {
        match self {
            Action::SetParam { id, .. } => Some(StepKey::Param(id)),
            Action::SetAllocation { pot, .. } => Some(StepKey::Allocation(*pot)),
            Action::Batch(actions) => {
                let mut keys = actions.iter().filter(|a| !matches!(a, Action::EndStep)).map(Action::step_key);
                let first = keys.next()??;
                keys.all(|k| k == Some(first)).then_some(first)
            }
            _ => None,
        }
    }

    fn ends_step(&self) -> bool {
        match self {
            Action::EndStep => true,
            Action::Batch(actions) => actions.last().is_some_and(Action::ends_step),
            _ => false,
        }
    }
}
