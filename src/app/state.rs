//! The app's one reducer: the scenario being edited, its projection, the
//! baseline's projection and the language. Every change goes through
//! `Action`; a change that would make the scenario invalid is refused with a
//! message and leaves everything else as it was.

use super::charts::specs::ChartKind;
use crate::i18n::{Bilingual, Lang};
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
        }
    }

    pub fn year(&self) -> i32 {
        self.scenario.reported.year + self.year_index as i32
    }

    /// Apply a change to a copy; keep it only if the result is valid.
    fn with_scenario(&self, change: impl FnOnce(&mut Scenario)) -> AppState {
        let mut candidate = self.scenario.clone();
        change(&mut candidate);
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
                    ..self.clone()
                }
            }
            Err(error) => AppState { error: Some(error), ..self.clone() },
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
                    (p.set)(scenario, p.builtin_value());
                }
            }
            Action::ResetAll => scenario.levers = crate::model::Levers::builtin(&scenario.reported),
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
        }
        Ok(())
    }
}

impl Reducible for AppState {
    type Action = Action;

    /// Changes are applied to a copy; the projection is recomputed once, and
    /// only if the scenario changed and is valid. A refused change leaves the
    /// scenario, the projection and everything else as they were.
    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut scenario = self.scenario.clone();
        let mut prefs = (*self).clone();
        if let Err(error) = self.apply(&mut scenario, &mut prefs, action) {
            return Rc::new(AppState { error: Some(error), ..(*self).clone() });
        }
        if scenario == self.scenario {
            return Rc::new(prefs);
        }
        Rc::new(prefs.with_scenario(|s| *s = scenario))
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
