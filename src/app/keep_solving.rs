//! "Keep solving": while a goal-seek question is kept, a change of the
//! assumptions solves it again from the scenario as it now is and applies
//! the answer (one undo step, with a notice); out of reach, nothing is
//! applied and the notice says so. A quarter second after the
//! last change, so a drag over an assumption solves once, at its end. The
//! solving runs in the worker (`jobs::Job::Seek`); an answer that comes
//! after the scenario changed again is not applied (the newer change asks
//! anew, or, a lever moved meanwhile, the planner's move stands).

use super::jobs::{Answer, Job};
use super::state::{Action, AppState};
use super::store::SeekRequest;
use super::worker::use_work;
use crate::i18n::{Bilingual, Lang};
use crate::model::Scenario;
use crate::text::T;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct KeepSolvingProps {
    pub kept: Option<SeekRequest>,
    pub scenario: Scenario,
    pub dispatch: UseReducerDispatcher<AppState>,
}

/// The seek job for `request` from `scenario`.
pub fn seek_job(request: &SeekRequest, scenario: &Scenario) -> Job {
    Job::Seek {
        scenario: scenario.clone(),
        goals: request.goals.clone(),
        freedom: request.freedom,
        objective: request.objective,
        rules: request.rules.clone(),
        likely: request.likely,
    }
}

#[function_component(KeepSolving)]
pub fn keep_solving(props: &KeepSolvingProps) -> Html {
    let timer = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    let work = std::rc::Rc::new(use_work());
    // The scenario the newest job solves from.
    let solved_from = use_mut_ref(|| None::<Scenario>);
    let scenario = props.scenario.clone();
    let assumptions = (scenario.reported.clone(), scenario.start.clone(), scenario.cities.clone(), scenario.assumptions.clone());
    let first = use_mut_ref(|| true);
    {
        let (request, work, solved_from, timer) = (props.kept.clone(), work.clone(), solved_from.clone(), timer.clone());
        let scenario = scenario.clone();
        use_effect_with(assumptions, move |_| {
            // Not on the first render, nor when nothing is kept.
            if std::mem::take(&mut *first.borrow_mut()) {
                return;
            }
            let Some(request) = request else { return };
            *timer.borrow_mut() = Some(gloo::timers::callback::Timeout::new(250, move || {
                *solved_from.borrow_mut() = Some(scenario.clone());
                work.ask(seek_job(&request, &scenario));
            }));
        });
    }
    let answered = work.latest.as_ref().map(|(id, _)| *id).filter(|_| work.answer().is_some());
    {
        let (dispatch, work) = (props.dispatch.clone(), work.clone());
        use_effect_with(answered, move |_| {
            let Some(Answer::Seek(solution)) = work.answer() else { return };
            // Only onto the scenario it was solved from.
            if solved_from.borrow_mut().take().as_ref() != Some(&scenario) {
                return;
            }
            // Out of reach: nothing is applied, the notice says so.
            match &solution.scenario {
                Some(answer) => dispatch.dispatch(Action::Load {
                    scenario: Box::new(answer.clone()),
                    notice: Some(Bilingual::new(T::Resolved.get(Lang::Zh), T::Resolved.get(Lang::En))),
                }),
                None => dispatch
                    .dispatch(Action::Inform(Bilingual::new(T::ResolvedNotMet.get(Lang::Zh), T::ResolvedNotMet.get(Lang::En)))),
            }
        });
    }
    Html::default()
}
