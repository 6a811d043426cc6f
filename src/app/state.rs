//! The app's one reducer: the scenario being edited, its projection, the
//! baseline's projection, undo history, the saved library, what is being
//! compared, and view preferences. Every change goes through `Action`; a
//! change that would make the scenario invalid is refused with a message and
//! leaves everything else as it was.

use super::charts::specs::ChartKind;
use super::storage::{self, Loaded};
use crate::i18n::{Bilingual, Lang};
use crate::io::library::Entry;
use crate::model::{params, project, Allocation, Pot, Projection, Scenario, HORIZON_YEARS};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

pub const LANG_STORAGE_KEY: &str = "urban-rural-sim.lang";

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub scenario: Scenario,
    /// Shared with the components (Rc): a projection is a few kB.
    pub projection: Rc<Projection>,
    /// Recomputed only when data or assumptions change, never on a lever move.
    pub baseline: Rc<Projection>,
    pub lang: Lang,
    /// The last refused input, shown until the next successful change.
    pub error: Option<Bilingual>,
    /// The year the KPI strip and the completion chart show (0 = 2025).
    pub year_index: usize,
    /// How many charts are visible: 1, 2 or 4.
    pub layout: usize,
    /// Which chart each of the four slots shows.
    pub slots: [ChartKind; 4],
    /// Information for the user (saved, link from another model version …).
    pub notice: Option<Bilingual>,
    /// Earlier scenarios, newest last (undo), and undone ones (redo).
    /// Shared (Rc) so that the clone of the state every action makes does not
    /// copy up to 100 scenarios on each frame of a slider drag.
    pub past: Rc<Vec<Scenario>>,
    pub future: Rc<Vec<Scenario>>,
    /// The lever a running slider drag is changing: its moves are one step.
    pub step_key: Option<String>,
    /// The saved library as last read from storage.
    pub library: Rc<Loaded>,
    /// What the charts overlay: two to four of baseline, current, saved.
    pub compare: Vec<CompareRef>,
}

/// How many undo steps are kept.
pub const UNDO_LIMIT: usize = 100;
/// How many scenarios can be compared at once.
pub const COMPARE_LIMIT: usize = 4;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CompareRef {
    Baseline,
    Current,
    Saved(String),
}

pub enum LibraryAction {
    /// Save the current scenario under a new name.
    Save(String),
    Rename {
        id: String,
        name: String,
    },
    Duplicate(String),
    Delete(String),
    /// Remove a damaged entry from storage (by its key).
    DeleteDamaged(String),
    /// Make a saved scenario the current one (undoable).
    Open(String),
    /// Add entries from a library file; ids already present get new ones.
    Import(Vec<Entry>),
}

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
    SetLayout(usize),
    SetSlot(usize, ChartKind),
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
    ToggleCompare(CompareRef),
    Inform(Bilingual),
    /// Clear the error and the notice.
    Dismiss,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CityField {
    IncomeRatio,
    Population,
    Urbanization,
}

impl Action {
    /// A newer `self` makes a pending `older` pointless ("latest wins").
    fn supersedes(&self, older: &Action) -> bool {
        match (self, older) {
            (Action::SetParam { id: a, .. }, Action::SetParam { id: b, .. }) => a == b,
            (Action::SetAllocation { pot: a, .. }, Action::SetAllocation { pot: b, .. }) => a == b,
            _ => false,
        }
    }
}

impl AppState {
    pub fn new(scenario: Scenario, lang: Lang) -> AppState {
        AppState {
            projection: Rc::new(project(&scenario)),
            baseline: Rc::new(project(&scenario.baseline())),
            scenario,
            lang,
            error: None,
            year_index: 0,
            // Four charts where there is room for them, two otherwise.
            layout: if web_sys::window().and_then(|w| w.inner_width().ok()).and_then(|w| w.as_f64()).unwrap_or(0.0)
                >= 1500.0
            {
                4
            } else {
                2
            },
            slots: [ChartKind::Completion, ChartKind::IncomeRatio, ChartKind::Standards, ChartKind::Urbanization],
            notice: None,
            past: Rc::default(),
            future: Rc::default(),
            step_key: None,
            library: Rc::new(Loaded::default()),
            compare: Vec::new(),
        }
    }

    pub fn with_library(self, library: Loaded) -> AppState {
        AppState { library: Rc::new(library), ..self }
    }

    /// Compared saved scenarios that are no longer in the library (deleted in
    /// another window) stop taking a compare slot.
    fn forget_missing_compared(&mut self) {
        let library = self.library.clone();
        self.compare.retain(|c| match c {
            CompareRef::Saved(id) => library.entries.iter().any(|e| &e.id == id),
            _ => true,
        });
    }

    /// The scenarios being compared, with their labels, if two or more.
    pub fn compared(&self, lang: Lang) -> Vec<(String, Scenario)> {
        self.compare
            .iter()
            .filter_map(|c| match c {
                CompareRef::Baseline => Some((lang.pick("基准", "Baseline").to_string(), self.scenario.baseline())),
                CompareRef::Current => Some((lang.pick("当前情景", "Current").to_string(), self.scenario.clone())),
                CompareRef::Saved(id) => {
                    self.library.entries.iter().find(|e| &e.id == id).map(|e| (e.name.clone(), e.scenario.clone()))
                }
            })
            .collect()
    }

    /// Take `candidate` as the scenario if it is valid (projecting it once);
    /// otherwise keep the current one and say why.
    fn accept(self, candidate: Scenario) -> AppState {
        match candidate.validate() {
            Ok(()) => {
                let baseline_changed = candidate.reported != self.scenario.reported
                    || candidate.start != self.scenario.start
                    || candidate.cities != self.scenario.cities
                    || candidate.assumptions != self.scenario.assumptions;
                AppState {
                    projection: Rc::new(project(&candidate)),
                    baseline: if baseline_changed {
                        Rc::new(project(&candidate.baseline()))
                    } else {
                        self.baseline.clone()
                    },
                    scenario: candidate,
                    error: None,
                    ..self
                }
            }
            Err(error) => AppState { error: Some(error), ..self },
        }
    }
}

impl AppState {
    /// Apply one action to the scenario being built up (no projection yet).
    fn apply(&self, scenario: &mut Scenario, prefs: &mut AppState, action: Action) -> Result<(), Bilingual> {
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
            Action::ResetAll => scenario.levers = crate::model::Levers::builtin(),
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
            Action::SetLang(lang) => prefs.lang = lang,
            Action::SetYear(i) => prefs.year_index = i.min(HORIZON_YEARS - 1),
            Action::SetLayout(n) => prefs.layout = if [1, 2, 4].contains(&n) { n } else { 4 },
            Action::SetSlot(i, kind) => {
                if let Some(slot) = prefs.slots.get_mut(i) {
                    *slot = kind;
                }
            }
            Action::Refuse(error) => return Err(error),
            Action::Batch(actions) => {
                for a in actions {
                    self.apply(scenario, prefs, a)?;
                }
            }
            Action::EndStep => prefs.step_key = None,
            Action::Undo | Action::Redo => {} // handled in `reduce`: they move the history, not the scenario
            Action::Load { scenario: loaded, notice } => {
                *scenario = *loaded;
                prefs.notice = notice;
            }
            Action::Library(op) => self.apply_library(scenario, prefs, op)?,
            Action::ToggleCompare(item) => {
                if let Some(i) = prefs.compare.iter().position(|c| *c == item) {
                    prefs.compare.remove(i);
                } else if prefs.compare.len() >= COMPARE_LIMIT {
                    return Err(Bilingual::new(
                        format!("最多同时比较 {COMPARE_LIMIT} 个情景"),
                        format!("at most {COMPARE_LIMIT} scenarios can be compared at once"),
                    ));
                } else {
                    prefs.compare.push(item);
                }
            }
            Action::Inform(message) => prefs.notice = Some(message),
            Action::Dismiss => {
                prefs.notice = None;
                prefs.error = None;
            }
        }
        Ok(())
    }

    /// Library operations write storage first and change state only if the
    /// write worked: a full storage leaves the library as it was.
    fn apply_library(&self, scenario: &mut Scenario, prefs: &mut AppState, op: LibraryAction) -> Result<(), Bilingual> {
        let find = |id: &str| {
            self.library.entries.iter().find(|e| e.id == id).cloned().ok_or_else(|| {
                Bilingual::new(
                    "情景库中没有这个情景（可能已在其他窗口删除）",
                    "that scenario is not in the library (deleted in another window?)",
                )
            })
        };
        let saved = |zh: &str, en: &str, name: &str| Bilingual::new(format!("{zh}：{name}"), format!("{en}: {name}"));
        match op {
            LibraryAction::Save(name) => {
                let name = crate::io::check_name(&name)?;
                let entry = Entry {
                    id: storage::new_id(),
                    name: name.clone(),
                    saved_at: storage::now_iso(),
                    scenario: Scenario { name: name.clone(), ..scenario.clone() },
                };
                storage::save(&entry)?;
                scenario.name = name.clone();
                prefs.notice = Some(saved("已保存", "Saved", &name));
            }
            LibraryAction::Rename { id, name } => {
                let name = crate::io::check_name(&name)?;
                let mut entry = find(&id)?;
                entry.name = name.clone();
                entry.scenario.name = name;
                storage::save(&entry)?;
            }
            LibraryAction::Duplicate(id) => {
                let mut entry = find(&id)?;
                let suffix = prefs.lang.pick("（副本）", " (copy)");
                let long = format!("{}{suffix}", entry.name);
                let name = crate::io::check_name(&long.chars().take(crate::io::MAX_NAME_CHARS).collect::<String>())?;
                entry.id = storage::new_id();
                entry.name = name.clone();
                entry.scenario.name = name;
                entry.saved_at = storage::now_iso();
                storage::save(&entry)?;
            }
            LibraryAction::Delete(id) => {
                let entry = find(&id)?;
                storage::remove(&entry.id);
                prefs.compare.retain(|c| *c != CompareRef::Saved(id.clone()));
            }
            LibraryAction::DeleteDamaged(key) => storage::remove_key(&key),
            LibraryAction::Open(id) => {
                *scenario = find(&id)?.scenario;
            }
            LibraryAction::Import(entries) => {
                let count = entries.len();
                let taken: Vec<String> = self.library.entries.iter().map(|e| e.id.clone()).collect();
                for (written, mut entry) in entries.into_iter().enumerate() {
                    if taken.contains(&entry.id) {
                        entry.id = storage::new_id();
                    }
                    if let Err(e) = storage::save(&entry) {
                        // Storage full part-way: what was written stays, is listed, and the
                        // message says how far the import got.
                        prefs.library = Rc::new(storage::load());
                        prefs.error = Some(Bilingual::new(
                            format!("已导入 {written} / {count} 个情景后停止。{}", e.zh),
                            format!("Stopped after importing {written} of {count} scenarios. {}", e.en),
                        ));
                        return Ok(());
                    }
                }
                prefs.notice =
                    Some(Bilingual::new(format!("已导入 {count} 个情景"), format!("Imported {count} scenarios")));
            }
        }
        prefs.library = Rc::new(storage::load());
        prefs.forget_missing_compared();
        Ok(())
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

/// Which lever a slider action moves, for merging a drag into one undo step.
fn step_key(action: &Action) -> Option<String> {
    match action {
        Action::SetParam { id, .. } => Some((*id).to_string()),
        Action::SetAllocation { pot, .. } => Some(format!("{pot:?}")),
        Action::Batch(actions) => {
            let keys: Vec<Option<String>> =
                actions.iter().filter(|a| !matches!(a, Action::EndStep)).map(step_key).collect();
            match keys.split_first() {
                Some((first, rest)) if first.is_some() && rest.iter().all(|k| k == first) => first.clone(),
                _ => None,
            }
        }
        _ => None,
    }
}

fn ends_step(action: &Action) -> bool {
    match action {
        Action::EndStep => true,
        Action::Batch(actions) => actions.last().is_some_and(ends_step),
        _ => false,
    }
}

impl Reducible for AppState {
    type Action = Action;

    /// Changes are applied to a copy; the projection is recomputed once, and
    /// only if the scenario changed and is valid. A refused change leaves the
    /// scenario, the projection and everything else as they were.
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        match action {
            Action::Undo => return Rc::new(self.travel(true)),
            Action::Redo => return Rc::new(self.travel(false)),
            _ => {}
        }
        let key = step_key(&action);
        let closes = ends_step(&action);
        let mut scenario = self.scenario.clone();
        let mut prefs = (*self).clone();
        if let Err(error) = self.apply(&mut scenario, &mut prefs, action) {
            return Rc::new(AppState { error: Some(error), ..(*self).clone() });
        }
        if scenario == self.scenario {
            if closes {
                prefs.step_key = None;
            }
            return Rc::new(prefs);
        }
        let next = prefs.accept(scenario);
        if next.scenario == self.scenario {
            return Rc::new(next); // refused: the scenario stayed, the error says why
        }
        Rc::new(next.record(&self.scenario, key, closes, self.step_key.as_ref()))
    }
}

impl AppState {
    /// Put `previous` on the undo stack unless this change continues the same
    /// slider drag.
    fn record(mut self, previous: &Scenario, key: Option<String>, closes: bool, running: Option<&String>) -> AppState {
        let same_drag = key.is_some() && key.as_ref() == running;
        if !same_drag {
            let past = Rc::make_mut(&mut self.past);
            past.push(previous.clone());
            if past.len() > UNDO_LIMIT {
                past.remove(0);
            }
        }
        if !self.future.is_empty() {
            self.future = Rc::default();
        }
        self.step_key = if closes { None } else { key };
        self
    }

    /// Undo (`back`) or redo one step.
    fn travel(&self, back: bool) -> AppState {
        let (mut from, mut to) = ((*self.past).clone(), (*self.future).clone());
        if !back {
            std::mem::swap(&mut from, &mut to);
        }
        let Some(target) = from.pop() else { return self.clone() };
        to.push(self.scenario.clone());
        if !back {
            std::mem::swap(&mut from, &mut to);
        }
        let mut next = self.clone().accept(target);
        (next.past, next.future, next.step_key) = (Rc::new(from), Rc::new(to), None);
        next
    }
}

/// Dispatch through here from inputs that fire fast (slider drags): actions
/// wait for the next animation frame, a newer value replaces an older one
/// for the same lever ("latest wins"), and the frame applies them all with
/// one recompute.
#[hook]
pub fn use_frame_dispatch(dispatch: UseReducerDispatcher<AppState>) -> Callback<Action> {
    let pending: Rc<RefCell<(Vec<Action>, bool)>> = use_mut_ref(|| (Vec::new(), false));
    Callback::from(move |action: Action| {
        let mut queue = pending.borrow_mut();
        queue.0.retain(|older| !action.supersedes(older));
        queue.0.push(action);
        if queue.1 {
            return;
        }
        let (pending_in_frame, dispatch_in_frame) = (pending.clone(), dispatch.clone());
        let flush = Closure::once_into_js(move || {
            super::charts::stamp("__ursFrameStart");
            let actions = {
                let mut queue = pending_in_frame.borrow_mut();
                queue.1 = false;
                std::mem::take(&mut queue.0)
            };
            dispatch_in_frame.dispatch(Action::Batch(actions));
        });
        match web_sys::window().and_then(|w| w.request_animation_frame(flush.unchecked_ref()).ok()) {
            Some(_) => queue.1 = true,
            // No animation frames (no window): apply at once.
            None => {
                let actions = std::mem::take(&mut queue.0);
                drop(queue);
                dispatch.dispatch(Action::Batch(actions));
            }
        }
    })
}
