//! The goal-seek panel's answer: met or out of reach, each goal with its
//! value (the best reachable one when out of reach; its chance, when one
//! was asked for), what binds, the commitments kept, the extra money and
//! the years it comes in; when met, the levers that change and "apply".
//! Out of reach there is nothing to apply. The words are made in the worker
//! (`urs_formats::seek_words`, as the CLI says them).

use super::jobs::SeekAnswer;
use super::state::Action;
use crate::i18n::{Bilingual, Lang};
use crate::io::seek_words::goal_text;
use crate::model::params::{Role, PARAMS};
use crate::model::Scenario;
use crate::text::T;
use yew::prelude::*;

pub fn solution_html(sol: &SeekAnswer, current: &Scenario, lang: Lang, dispatch: &Callback<Action>) -> Html {
    let words = &sol.words;
    let goals = sol.goals.iter().map(|g| {
        let likely = g
            .probability
            .map(|p| format!(" · {}", T::ProbabilityShort.fill(|_| vec![format!("{:.0}", p * 100.0)]).get(lang)))
            .unwrap_or_default();
        html! {
            <li class={if g.met { "met" } else { "missed" }}>
                { format!("{} {}{likely}", if g.met { "✓" } else { "✗" }, goal_text(&g.goal, Some(g.value), lang)) }
            </li>
        }
    });
    let binding = sol.binding.map(|b| {
        html! { <p class="binding">{ format!("{}{}{}", T::Binding.get(lang), T::Colon.get(lang), goal_text(&b, None, lang)) }</p> }
    });
    let binds = words.binds.iter().map(|b| html! { <li>{ b.get(lang).to_string() }</li> });
    let line = |class: &'static str, b: &Bilingual| html! { <p class={class}>{ b.get(lang).to_string() }</p> };
    let setting = sol.scenario.as_ref().map(|answer| {
        let changes = PARAMS.iter().filter(|p| p.role == Role::Lever).filter_map(|p| {
            let (a, b) = ((p.get)(current), (p.get)(answer));
            ((a - b).abs() > 1e-6).then(|| {
                // As the lever panel shows them: its decimals, grouped by thousands.
                let places = super::levers::parts::decimals(p.unit, lang);
                let (a, b) = (p.unit.to_display(a, lang), p.unit.to_display(b, lang));
                let (a, b) = (crate::i18n::grouped(a, places), crate::i18n::grouped(b, places));
                html! { <tr><td>{ p.name(lang) }</td><td class="num">{ a }</td><td class="num">{ b }</td><td class="unit">{ p.unit.label(lang) }</td></tr> }
            })
        });
        let on_apply = {
            // Applied rounded to what each lever means: no float noise in the
            // links and files made from it (0.10000000000000002).
            let (dispatch, scenario) = (dispatch.clone(), crate::io::export::rounded_levers(answer));
            Callback::from(move |_| {
                dispatch.emit(Action::Load {
                    scenario: Box::new(scenario.clone()),
                    notice: Some(Bilingual::new(T::GoalApplied.get(Lang::Zh), T::GoalApplied.get(Lang::En))),
                })
            })
        };
        html! {
            <>
                <table class="goal-changes">
                    <thead><tr><th>{ T::Lever.get(lang) }</th><th>{ T::Current.get(lang) }</th><th>{ T::Answer.get(lang) }</th><th></th></tr></thead>
                    <tbody>{ for changes }</tbody>
                </table>
                <button class="apply" onclick={on_apply}>{ T::ApplyAnswer.get(lang) }</button>
            </>
        }
    });
    html! {
        <div class={classes!("goal-answer", if sol.met { "met" } else { "missed" })}>
            <p class="goal-status">{ words.status.get(lang).to_string() }</p>
            <ul>{ for goals }</ul>
            { for binding }
            if !words.binds.is_empty() {
                <ul class="goal-binds">{ for binds }</ul>
            }
            { for words.kept.as_ref().map(|k| line("goal-kept", k)) }
            { line("goal-money", &words.cost) }
            { line("goal-timing", &words.timing) }
            { for setting }
        </div>
    }
}
