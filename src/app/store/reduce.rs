//! `reduce` and the state changes behind it: the scenario and its history
//! (accept, record, travel), the view, messages and the library.

use super::{
    Action, BaselineBand, CityField, CompareRef, Doc, Done, Effect, Layout, Library, LibraryAction, Loaded, Messages,
    Mode, State, StepKey, View, COMPARE_LIMIT, UNDO_LIMIT,
};
use crate::app::charts::specs::ChartKind;
use crate::i18n::{Bilingual, Lang};
use crate::io::library::Entry;
use crate::model::{params, project, Scenario, HORIZON_YEARS};
use crate::text::T;
use std::rc::Rc;

/// Apply `action` to `state`: the next state and the effects for the edge.
/// The projection is recomputed once, and only if the scenario changed and
/// is valid. A refused change leaves the state as it was and has no effects.
pub fn reduce(state: &State, action: Action) -> (State, Vec<Effect>) {
    match action {
        Action::Undo => return (state.travel(Direction::Back), Vec::new()),
        Action::Redo => return (state.travel(Direction::Forward), Vec::new()),
        _ => {}
    }
    let (key, closes) = (action.step_key(), action.ends_step());
    // Presentation steps show a slide; they are not steps of the planner's edits.
    let recorded = !matches!(action, Action::Present(_) | Action::DecksStored { .. });
    let mut scenario = state.doc.scenario.clone();
    let mut next = state.clone();
    let mut effects = Vec::new();
    if let Err(error) = state.apply(&mut scenario, &mut next, &mut effects, action) {
        let mut refused = state.clone();
        refused.messages.error = Some(error);
        return (refused, Vec::new());
    }
    if scenario == state.doc.scenario {
        if closes {
            next.doc.drag = None;
        }
        return (next, effects);
    }
    let accepted = next.accept(scenario);
    if accepted.doc.scenario == state.doc.scenario {
        return (accepted, effects); // refused: the scenario stayed, the error says why
    }
    if !recorded {
        return (accepted, effects);
    }
    (accepted.record(&state.doc.scenario, key, closes, state.doc.drag), effects)
}

#[derive(Clone, Copy)]
enum Direction {
    Back,
    Forward,
}

fn not_in_library() -> Bilingual {
    T::NotInLibrary.fill(|_| vec![])
}

impl State {
    /// The state for `scenario`, in `lang`, on a window `width` css px wide.
    pub fn new(scenario: Scenario, lang: Lang, width: f64) -> State {
        State {
            doc: Doc {
                projection: Rc::new(project(&scenario)),
                baseline: Rc::new(project(&scenario.baseline())),
                scenario,
                past: Rc::default(),
                future: Rc::default(),
                drag: None,
            },
            library: Library::default(),
            view: View {
                lang,
                year_index: 0,
                layout: Layout::for_width(width),
                slots: [ChartKind::Completion, ChartKind::IncomeRatio, ChartKind::Standards, ChartKind::Urbanization],
                baseline_band: BaselineBand::Hidden,
                keep_solving: None,
                mode: Mode::Edit,
            },
            messages: Messages::default(),
        }
    }

    pub fn with_library(mut self, saved: Loaded) -> State {
        self.library.saved = Rc::new(saved);
        self
    }

    pub fn with_decks(mut self, decks: super::LoadedDecks) -> State {
        self.library.decks = Rc::new(decks);
        self
    }

    /// Show the year and layout a share link was made at. A year outside the
    /// projection's horizon keeps the first year and says so (added to the
    /// link's notice), never silently.
    pub fn show_link_view(&mut self, view: crate::io::link::LinkView) {
        if let Some(year) = view.year {
            match self.doc.projection.years.iter().position(|y| y.year == year) {
                Some(i) => self.view.year_index = i,
                None => {
                    let (first, last) = match (self.doc.projection.years.first(), self.doc.projection.years.last()) {
                        (Some(f), Some(l)) => (f.year, l.year),
                        _ => return,
                    };
                    let shown = T::LinkYearOutside.fill(|_| vec![year.to_string(), format!("{first}–{last}")]);
                    self.messages.notice = Some(match self.messages.notice.take() {
                        Some(n) => Bilingual::new(format!("{}{}", n.zh, shown.zh), format!("{} {}", n.en, shown.en)),
                        None => shown,
                    });
                }
            }
        }
        if let Some(layout) = Layout::ALL.into_iter().find(|l| Some(l.count()) == view.charts.map(usize::from)) {
            self.view.layout = layout;
        }
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

    fn find(&self, id: &str) -> Result<Entry, Bilingual> {
        self.library.saved.entries.iter().find(|e| e.id == id).cloned().ok_or_else(not_in_library)
    }

    /// Take `candidate` as the scenario if it is valid (projecting it once);
    /// otherwise keep the current one and say why.
    fn accept(mut self, candidate: Scenario) -> State {
        match candidate.validate() {
            Ok(()) => {
                let old = &self.doc.scenario;
                let baseline_changed = candidate.reported != old.reported
                    || candidate.start != old.start
                    || candidate.cities != old.cities
                    || candidate.assumptions != old.assumptions;
                self.doc.projection = Rc::new(project(&candidate));
                if baseline_changed {
                    self.doc.baseline = Rc::new(project(&candidate.baseline()));
                }
                self.doc.scenario = candidate;
                self.messages.error = None;
            }
            Err(error) => self.messages.error = Some(error),
        }
        self
    }

    /// Put `previous` on the undo stack unless this change continues the same
    /// slider drag.
    fn record(mut self, previous: &Scenario, key: Option<StepKey>, closes: bool, running: Option<StepKey>) -> State {
        let same_drag = key.is_some() && key == running;
        if !same_drag {
            let past = Rc::make_mut(&mut self.doc.past);
            past.push(previous.clone());
            if past.len() > UNDO_LIMIT {
                past.remove(0);
            }
        }
        if !self.doc.future.is_empty() {
            self.doc.future = Rc::default();
        }
        self.doc.drag = if closes { None } else { key };
        self
    }

    /// Undo (back) or redo (forward) one step.
    fn travel(&self, direction: Direction) -> State {
        let (mut from, mut to) = match direction {
            Direction::Back => ((*self.doc.past).clone(), (*self.doc.future).clone()),
            Direction::Forward => ((*self.doc.future).clone(), (*self.doc.past).clone()),
        };
        let Some(target) = from.pop() else { return self.clone() };
        to.push(self.doc.scenario.clone());
        let (past, future) = match direction {
            Direction::Back => (from, to),
            Direction::Forward => (to, from),
        };
        let mut next = self.clone().accept(target);
        (next.doc.past, next.doc.future, next.doc.drag) = (Rc::new(past), Rc::new(future), None);
        next
    }

    /// Apply one action to the scenario being built up (no projection yet)
    /// and to `next`'s other parts; writes go to `effects`.
    fn apply(
        &self,
        scenario: &mut Scenario,
        next: &mut State,
        effects: &mut Vec<Effect>,
        action: Action,
    ) -> Result<(), Bilingual> {
        match action {
            Action::SetParam { id, value } => {
                if let Some(p) = params::find(id) {
                    (p.set)(scenario, value);
                }
            }
            Action::SetAllocation { pot, allocation } => *pot.allocation_mut(&mut scenario.levers) = allocation,
            Action::ResetParam { id } => {
                if let Some(p) = params::find(id) {
                    (p.set)(scenario, baseline_value(p, scenario));
                }
            }
            Action::ResetAll => {
                scenario.levers = crate::model::Levers::builtin();
                // The levers are no longer the named scenario's: keeping its name
                // would let a save make a second scenario of that name with other
                // contents.
                scenario.name = Scenario::zhejiang_2025().name;
            }
            Action::ResetAssumptions => {
                let builtin = Scenario::zhejiang_2025();
                scenario.assumptions = builtin.assumptions;
                scenario.start = builtin.start;
                scenario.cities = builtin.cities;
                scenario.reported = builtin.reported;
            }
            Action::SetCity { index, field, value } => {
                if let Some(c) = scenario.cities.get_mut(index) {
                    match field {
                        CityField::IncomeRatio => c.income_ratio = value,
                        CityField::Population => c.population_m = value,
                        CityField::Urbanization => c.urbanization = value,
                    }
                }
            }
            Action::SetLang(lang) => next.view.lang = lang,
            Action::SetYear(i) => next.view.year_index = i.min(HORIZON_YEARS - 1),
            Action::SetLayout(layout) => next.view.layout = layout,
            Action::SetBaselineBand(shown) => next.view.baseline_band = shown,
            Action::KeepSolving(request) => next.view.keep_solving = request,
            Action::SetSlot(i, kind) => {
                if let Some(slot) = next.view.slots.get_mut(i) {
                    *slot = kind;
                }
            }
            Action::Refuse(error) => return Err(error),
            Action::Batch(actions) => {
                for a in actions {
                    self.apply(scenario, next, effects, a)?;
                }
            }
            Action::EndStep => next.doc.drag = None,
            Action::Undo | Action::Redo => {} // handled in `reduce`: they move the history, not the scenario
            Action::Load { scenario: loaded, notice } => {
                *scenario = *loaded;
                next.messages.notice = notice;
            }
            Action::Library(op) => effects.extend(self.apply_library(scenario, op)?),
            Action::Stored { library, written, error, done } => {
                next.library.saved = Rc::new(library);
                next.forget_missing_compared();
                match (error, done) {
                    (Some(e), Done::Imported(count)) => {
                        // Storage full part-way: what was written stays, is listed, and
                        // the message says how far the import got.
                        next.messages.error = Some(
                            T::ImportStopped
                                .fill(|l| vec![written.to_string(), count.to_string(), e.get(l).to_string()]),
                        );
                    }
                    (Some(e), _) => next.messages.error = Some(e),
                    (None, Done::Saved(name)) => {
                        next.messages.notice = Some(T::SavedAs.fill(|_| vec![name.clone()]));
                        scenario.name = name;
                    }
                    (None, Done::Imported(count)) => {
                        next.messages.notice = Some(T::Imported.fill(|_| vec![count.to_string()]));
                    }
                    (None, Done::Changed) => {}
                }
            }
            Action::Deck(op) => effects.extend(self.apply_deck(scenario, op)?),
            Action::Present(op) => effects.extend(self.apply_present(scenario, next, op)?),
            Action::DecksStored { decks, error } => {
                self.take_decks(next, scenario, decks);
                if let Some(e) = error {
                    next.messages.error = Some(e);
                }
            }
            Action::ToggleCompare(item) => {
                let compare = &mut next.library.compare;
                if let Some(i) = compare.iter().position(|c| *c == item) {
                    compare.remove(i);
                } else if compare.len() >= COMPARE_LIMIT {
                    return Err(T::CompareLimit.fill(|_| vec![COMPARE_LIMIT.to_string()]));
                } else {
                    compare.push(item);
                }
            }
            Action::Inform(message) => next.messages.notice = Some(message),
            Action::UpdateReady => next.messages.update_ready = true,
            Action::Dismiss => next.messages = Messages::default(),
        }
        Ok(())
    }

    /// A library operation: what to write (the state changes when the edge
    /// reports the write with `Action::Stored`), or, to open, the scenario.
    fn apply_library(&self, scenario: &mut Scenario, op: LibraryAction) -> Result<Vec<Effect>, Bilingual> {
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

/// What "reset" returns a parameter to: a lever to the scenario's baseline
/// (which follows the reported data), anything else to the built-in value.
pub fn baseline_value(p: &params::ParamSpec, scenario: &Scenario) -> f64 {
    if p.role == params::Role::Lever {
        (p.get)(&scenario.baseline())
    } else {
        p.builtin_value()
    }
}
