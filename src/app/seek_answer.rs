//! The goal-seek panel's answer: met or not, each goal with its value (and
//! its chance, when one was asked for), what binds, the extra money, the
//! levers that change, and "apply".

use super::jobs::SeekAnswer;
use super::state::Action;
use crate::i18n::{Bilingual, Lang};
use crate::model::goal_seek::Goal;
use crate::model::params::{Role, PARAMS};
use crate::model::Scenario;
use crate::text::T;
use yew::prelude::*;

pub fn solution_html(sol: &SeekAnswer, current: &Scenario, lang: Lang, dispatch: &Callback<Action>) -> Html {
    let status = if sol.met { T::GoalsMet.get(lang) } else { T::GoalsNotMet.get(lang) };
    let goals = sol.goals.iter().map(|g| {
        let likely = g
            .probability
            .map(|p| format!(" · {}", T::ProbabilityShort.fill(|_| vec![format!("{:.0}", p * 100.0)]).get(lang)))
            .unwrap_or_default();
        html! {
            <li class={if g.met { "met" } else { "missed" }}>
                { format!("{} {}{likely}", if g.met { "✓" } else { "✗" }, goal_text(&g.goal, g.value, lang)) }
            </li>
        }
    });
    let changes = PARAMS.iter().filter(|p| p.role == Role::Lever).filter_map(|p| {
        let (a, b) = ((p.get)(current), (p.get)(&sol.scenario));
        ((a - b).abs() > 1e-6).then(|| {
            // As the lever panel shows them: its decimals, grouped by thousands.
            let places = super::levers::parts::decimals(p.unit, lang);
            let (a, b) = (p.unit.to_display(a, lang), p.unit.to_display(b, lang));
            let (a, b) = (crate::i18n::grouped(a, places), crate::i18n::grouped(b, places));
            html! { <tr><td>{ p.name(lang) }</td><td class="num">{ a }</td><td class="num">{ b }</td><td class="unit">{ p.unit.label(lang) }</td></tr> }
        })
    });
    let binding = sol.binding.map(|b| {
        html! { <p class="binding">{ format!("{}{}{}", T::Binding.get(lang), T::Colon.get(lang), goal_text(&b, f64::NAN, lang)) }</p> }
    });
    let on_apply = {
        // Applied rounded to what each lever means: no float noise in the
        // links and files made from it (0.10000000000000002).
        let (dispatch, scenario) = (dispatch.clone(), crate::io::export::rounded_levers(&sol.scenario));
        Callback::from(move |_| {
            dispatch.emit(Action::Load {
                scenario: Box::new(scenario.clone()),
                notice: Some(Bilingual::new(T::GoalApplied.get(Lang::Zh), T::GoalApplied.get(Lang::En))),
            })
        })
    };
    html! {
        <div class={classes!("goal-answer", if sol.met { "met" } else { "missed" })}>
            <p class="goal-status">{ status }</p>
            <ul>{ for goals }</ul>
            { for binding }
            <p class="goal-money">{ format!("{} {}{}", T::ExtraMoney.get(lang), if sol.extra_money_bn < 0.0 { "−" } else { "+" },
                crate::i18n::format_money_bn(sol.extra_money_bn.abs(), lang)) }</p>
            <table class="goal-changes">
                <thead><tr><th>{ T::Lever.get(lang) }</th><th>{ T::Current.get(lang) }</th><th>{ T::Answer.get(lang) }</th><th></th></tr></thead>
                <tbody>{ for changes }</tbody>
            </table>
            <button class="apply" onclick={on_apply}>{ T::ApplyAnswer.get(lang) }</button>
        </div>
    }
}

/// "城乡居民收入比 2030 ≤ 1.62 (1.618)": the outcome table's name, unit and decimals.
fn goal_text(goal: &Goal, value: f64, lang: Lang) -> String {
    let o = goal.outcome();
    let threshold = super::format::threshold_text(o, goal.threshold(), lang);
    let reached = if value.is_finite() {
        format!(" ({})", super::format::outcome_text(o, value, o.places(), lang))
    } else {
        String::new()
    };
    format!("{} {} {} {threshold}{reached}", o.name(lang), goal.year(), if goal.at_most() { "≤" } else { "≥" })
}
