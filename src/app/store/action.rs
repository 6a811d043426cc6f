//! What can happen to the state: `Action` (every change the app makes, with
//! the ids and times made at the edge), the library's operations
//! (`LibraryAction`), the writes the edge makes (`Effect`) and what a
//! finished write means (`Done`); and which actions a slider drag merges
//! into one undo step.

use super::{BaselineBand, CompareRef, DeckAction, Layout, Loaded, LoadedDecks, PresentAction, SeekRequest, StepKey};
use crate::app::charts::specs::ChartKind;
use crate::i18n::{Bilingual, Lang};
use crate::io::library::Entry;
use crate::model::{Allocation, Pot, Scenario};

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
    pub(super) fn step_key(&self) -> Option<StepKey> {
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

    pub(super) fn ends_step(&self) -> bool {
        match self {
            Action::EndStep => true,
            Action::Batch(actions) => actions.last().is_some_and(Action::ends_step),
            _ => false,
        }
    }
}
