//! The library's side of the state: the saved scenarios (the library as
//! read from storage, with its decks), what is compared, and the library
//! actions: save, rename, duplicate, delete, open, import become writes for
//! the edge (`Effect`), and the edge's report of a write (`Action::Stored`)
//! becomes the new library and a notice or an error.

use super::{CompareRef, Done, Effect, LibraryAction, Loaded, LoadedDecks, State, COMPARE_LIMIT};
use crate::i18n::Bilingual;
use crate::io::library::Entry;
use crate::model::Scenario;
use crate::text::T;
use std::rc::Rc;

fn not_in_library() -> Bilingual {
    T::NotInLibrary.fill(|_| vec![])
}

impl State {
    pub fn with_library(mut self, saved: Loaded) -> State {
        self.library.saved = Rc::new(saved);
        self
    }

    pub fn with_decks(mut self, decks: LoadedDecks) -> State {
        self.library.decks = Rc::new(decks);
        self
    }

    /// What the exports of the scenario on screen are named for: its name
    /// while it holds what came or was saved under it (the library's
    /// scenarios, `doc.named`), else "未保存的情景（基于 …）"
    /// (`io::stamp::export_name`, one wording for every export).
    pub fn export_name(&self) -> Bilingual {
        self.export_name_of(&self.doc.scenario)
    }

    /// `export_name` of `s` (the scenario being changed by an action).
    pub fn export_name_of(&self, s: &Scenario) -> Bilingual {
        let saved = self.library.saved.entries.iter().map(|e| &e.scenario);
        crate::io::stamp::export_name(s, saved.chain([self.doc.named.as_ref()]))
    }

    /// The scenarios being compared, with their labels.
    pub fn compared(&self) -> Vec<(String, Scenario)> {
        let lang = self.view.lang;
        let scenario = &self.doc.scenario;
        self.library
            .compare
            .iter()
            .filter_map(|c| match c {
                CompareRef::Baseline => Some((T::Baseline.get(lang).to_string(), scenario.baseline())),
                CompareRef::Current => Some((T::Current.get(lang).to_string(), scenario.clone())),
                CompareRef::Saved(id) => self
                    .library
                    .saved
                    .entries
                    .iter()
                    .find(|e| &e.id == id)
                    .map(|e| (e.name.clone(), e.scenario.clone())),
            })
            .collect()
    }

    pub(super) fn find(&self, id: &str) -> Result<Entry, Bilingual> {
        self.library.saved.entries.iter().find(|e| e.id == id).cloned().ok_or_else(not_in_library)
    }

    /// A library operation: what to write (the state changes when the edge
    /// reports the write with `Action::Stored`), or, to open, the scenario.
    pub(super) fn apply_library(&self, scenario: &mut Scenario, op: LibraryAction) -> Result<Vec<Effect>, Bilingual> {
        let write = |entry: Entry, done| Effect::Write { entries: vec![entry], done };
        Ok(match op {
            LibraryAction::Save { name, id, at } => {
                let name = crate::io::check_name(&name)?;
                let entry = Entry {
                    id,
                    name: name.clone(),
                    saved_at: at,
                    scenario: Scenario { name: name.clone(), ..scenario.clone() },
                };
                vec![write(entry, Done::Saved(name))]
            }
            LibraryAction::Rename { id, name } => {
                let name = crate::io::check_name(&name)?;
                let mut entry = self.find(&id)?;
                entry.name = name.clone();
                entry.scenario.name = name;
                vec![write(entry, Done::Changed)]
            }
            LibraryAction::Duplicate { id, new_id, at } => {
                let mut entry = self.find(&id)?;
                let long = format!("{}{}", entry.name, T::CopySuffix.get(self.view.lang));
                let name = crate::io::check_name(&long.chars().take(crate::io::MAX_NAME_CHARS).collect::<String>())?;
                (entry.id, entry.saved_at) = (new_id, at);
                entry.name = name.clone();
                entry.scenario.name = name;
                vec![write(entry, Done::Changed)]
            }
            LibraryAction::Delete(id) => vec![Effect::RemoveEntry { id: self.find(&id)?.id }],
            LibraryAction::DeleteDamaged(key) => vec![Effect::RemoveKey { key }],
            LibraryAction::Open(id) => {
                *scenario = self.find(&id)?.scenario;
                Vec::new()
            }
            LibraryAction::Import { entries, fresh_ids } => {
                let count = entries.len();
                let taken: Vec<&String> = self.library.saved.entries.iter().map(|e| &e.id).collect();
                let entries = entries
                    .into_iter()
                    .zip(fresh_ids.into_iter().map(Some).chain(std::iter::repeat(None)))
                    .map(|(mut entry, fresh)| {
                        if let (true, Some(fresh)) = (taken.contains(&&entry.id), fresh) {
                            entry.id = fresh;
                        }
                        entry
                    })
                    .collect();
                vec![Effect::Write { entries, done: Done::Imported(count) }]
            }
        })
    }

    /// The edge wrote the library (`Action::Stored`): take what storage now
    /// holds and say what happened; a saved scenario takes its name.
    pub(super) fn take_stored(
        &mut self,
        scenario: &mut Scenario,
        library: Loaded,
        written: usize,
        error: Option<Bilingual>,
        done: Done,
    ) {
        self.library.saved = Rc::new(library);
        self.forget_missing_compared();
        match (error, done) {
            (Some(e), Done::Imported(count)) => {
                // Storage full part-way: what was written stays, is listed, and
                // the message says how far the import got.
                self.messages.error =
                    Some(T::ImportStopped.fill(|l| vec![written.to_string(), count.to_string(), e.get(l).to_string()]));
            }
            (Some(e), _) => self.messages.error = Some(e),
            (None, Done::Saved(name)) => {
                self.messages.notice = Some(T::SavedAs.fill(|_| vec![name.clone()]));
                scenario.name = name;
            }
            (None, Done::Imported(count)) => {
                self.messages.notice = Some(T::Imported.fill(|_| vec![count.to_string()]));
            }
            (None, Done::Changed) => {}
        }
    }

    /// Add `item` to what is compared, or take it away; at most `COMPARE_LIMIT`.
    pub(super) fn toggle_compare(&mut self, item: CompareRef) -> Result<(), Bilingual> {
        let compare = &mut self.library.compare;
        if let Some(i) = compare.iter().position(|c| *c == item) {
            compare.remove(i);
        } else if compare.len() >= COMPARE_LIMIT {
            return Err(T::CompareLimit.fill(|_| vec![COMPARE_LIMIT.to_string()]));
        } else {
            compare.push(item);
        }
        Ok(())
    }

    /// Compared saved scenarios that are no longer in the library (deleted in
    /// another window) stop taking a compare slot.
    fn forget_missing_compared(&mut self) {
        let saved = self.library.saved.clone();
        self.library.compare.retain(|c| match c {
            CompareRef::Saved(id) => saved.entries.iter().any(|e| &e.id == id),
            _ => true,
        });
    }
}
