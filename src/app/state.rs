//! The app's one reducer: the scenario being edited, its projection, the
//! baseline's projection and the language. Every change goes through
//! `Action`; a change that would make the scenario invalid is refused with a
//! message and leaves everything else as it was.

use crate::i18n::{Bilingual, Lang};
use crate::model::{params, project, Allocation, Pot, Projection, Scenario};
use std::rc::Rc;
use yew::Reducible;

pub const LANG_STORAGE_KEY: &str = "urban-rural-sim.lang";

#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub scenario: Scenario,
    pub projection: Projection,
    /// Recomputed only when data or assumptions change, never on a lever move.
    pub baseline: Projection,
    pub lang: Lang,
    /// The last refused input, shown until the next successful change.
    pub error: Option<Bilingual>,
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
    ResetAll,
    SetLang(Lang),
    /// Input the UI could not turn into a number: show why, change nothing.
    Refuse(Bilingual),
}

impl AppState {
    pub fn new(scenario: Scenario, lang: Lang) -> AppState {
        AppState {
            projection: project(&scenario),
            baseline: project(&scenario.baseline()),
            scenario,
            lang,
            error: None,
        }
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
                    projection: project(&candidate),
                    baseline: if baseline_changed { project(&candidate.baseline()) } else { self.baseline.clone() },
                    scenario: candidate,
                    lang: self.lang,
                    error: None,
                }
            }
            Err(error) => AppState { error: Some(error), ..self.clone() },
        }
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let next = match action {
            Action::SetParam { id, value } => match params::find(id) {
                Some(p) => self.with_scenario(|s| (p.set)(s, value)),
                None => return self,
            },
            Action::SetAllocation { pot, allocation } => {
                self.with_scenario(|s| *pot.allocation_mut(&mut s.levers) = allocation)
            }
            Action::ResetParam { id } => match params::find(id) {
                Some(p) => {
                    let builtin = p.builtin_value();
                    self.with_scenario(|s| (p.set)(s, builtin))
                }
                None => return self,
            },
            Action::ResetAll => {
                let baseline = self.scenario.baseline();
                self.with_scenario(|s| *s = baseline)
            }
            Action::SetLang(lang) => AppState { lang, ..(*self).clone() },
            Action::Refuse(error) => AppState { error: Some(error), ..(*self).clone() },
        };
        Rc::new(next)
    }
}
