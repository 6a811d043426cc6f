//! `reduce` and the document's changes behind it: the scenario and its
//! history (accept a valid candidate, record an undo step, travel back and
//! forward) and the actions on the scenario itself (levers, assumptions,
//! cities, loads, batches). The view's actions are in `store/view.rs`, the
//! library's in `store/library.rs`, the decks' in `store/deck.rs` and
//! `store/present.rs`.

use super::{Action, CityField, Effect, State, StepKey, UNDO_LIMIT};
use crate::i18n::Bilingual;
use crate::model::{params, project, Scenario};
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

impl State {
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
                    // A value the setting cannot hold (a month outside 1–11, a
                    // share outside 0–100 %) is refused with a message, never
                    // silently clamped to the nearest it can (issue 19, item 8).
                    let held = (p.get)(scenario);
                    if value.is_finite() && (held - value).abs() > 1e-9 * value.abs().max(1.0) {
                        return Err(T::OutsideHardBounds.fill(|lang| vec![p.name(lang).to_string(), value.to_string()]));
                    }
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
            view @ (Action::SetLang(_)
            | Action::SetYear(_)
            | Action::SetLayout(_)
            | Action::SetBaselineBand(_)
            | Action::KeepSolving(_)
            | Action::SetSlot(..)
            | Action::Inform(_)
            | Action::UpdateReady
            | Action::Dismiss) => next.apply_view(view),
            Action::Refuse(error) => return Err(error),
            Action::Batch(actions) => {
                for a in actions {
                    self.apply(scenario, next, effects, a)?;
                }
            }
            Action::EndStep => next.doc.drag = None,
            Action::Undo | Action::Redo => {} // handled in `reduce`: they move the history, not the scenario
            Action::Load { scenario: loaded, notice } => {
                // A scenario under another name (a file, a library entry):
                // what its exports are named for. An answer of goal seek
                // keeps the name, and is a change.
                if loaded.name != scenario.name {
                    next.doc.named = Rc::new((*loaded).clone());
                }
                *scenario = *loaded;
                next.messages.notice = notice;
            }
            Action::Library(op) => effects.extend(self.apply_library(scenario, op)?),
            Action::Stored { library, written, error, done } => {
                next.take_stored(scenario, library, written, error, done)
            }
            Action::Deck(op) => effects.extend(self.apply_deck(scenario, op)?),
            Action::Present(op) => effects.extend(self.apply_present(scenario, next, op)?),
            Action::DecksStored { decks, error } => {
                self.take_decks(next, scenario, decks);
                if let Some(e) = error {
                    next.messages.error = Some(e);
                }
            }
            Action::ToggleCompare(item) => next.toggle_compare(item)?,
        }
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
