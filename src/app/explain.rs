//! "Why did it move?": a waterfall from the built-in scenario to this one
//! for any outcome and year: what the changed data and assumptions did, then
//! each changed lever's exact Shapley contribution (the lever alone beside
//! it), the interaction, and the result. The numbers are
//! `model::attribution`'s, computed in the worker (`jobs::Job::Explain`: 2^k
//! projections for k changed levers) for every outcome and year at once,
//! once per scenario; 计算中… / Computing… until they come.

use super::jobs::{Answer, Job};
use super::worker::{self, use_work};
use crate::i18n::Lang;
use crate::model::{Outcome, Scenario};
use crate::text::T;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ExplainProps {
    pub scenario: Scenario,
    pub lang: Lang,
    /// The year on screen: the attribution is for it, and picking another
    /// year here moves the screen there (`on_year`).
    pub year: i32,
    pub on_year: Callback<i32>,
}

/// The outcomes offered, named by the outcome table.
const OUTCOMES: [Outcome; 6] = [
    Outcome::IncomeRatio,
    Outcome::RuralIncome,
    Outcome::AverageIncome,
    Outcome::Urbanization,
    Outcome::CityIncomeGap,
    Outcome::OverallCompletion,
];

#[function_component(ExplainPanel)]
pub fn explain_panel(props: &ExplainProps) -> Html {
    let lang = props.lang;
    let outcome = use_state(|| 0usize);
    let year = props.year;
    let work = use_work();
    {
        let ask = work.asker();
        use_effect_with(props.scenario.clone(), move |scenario| ask.emit(Job::Explain { scenario: scenario.clone() }));
    }
    let o = OUTCOMES[(*outcome).min(OUTCOMES.len() - 1)];
    let waterfalls = match &work.latest {
        Some((_, worker::Outcome::Answered(a))) => match &**a {
            Answer::Explain(w) => Some(w),
            _ => None,
        },
        Some((_, worker::Outcome::Failed)) => {
            return html! { <section class="explain"><p class="error" role="alert">{ T::WorkFailed.get(lang) }</p></section> }
        }
        _ => None,
    };
    let Some(waterfalls) = waterfalls else {
        return html! {
            <section class="explain" aria-label={T::Explain.get(lang)}>
                <h3>{ T::Explain.get(lang) }</h3>
                <p class="computing" role="status">{ T::Computing.get(lang) }</p>
            </section>
        };
    };
    // A year outside the horizon has no waterfall.
    let Some(a) = waterfalls.iter().find(|w| w.outcome == o && w.year == year) else { return html! {} };
    let scale = |v: f64| if v.abs() > 1e4 { format!("{v:+.0}") } else { format!("{v:+.4}") };
    let level = |v: f64| if v.abs() > 1e4 { format!("{v:.0}") } else { format!("{v:.4}") };
    let largest = a
        .contributions
        .iter()
        .map(|c| c.shapley.abs())
        .chain([a.assumptions_effect().abs(), a.interaction.abs()])
        .fold(1e-12, f64::max);
    let bar = |v: f64| {
        let width = (v.abs() / largest * 100.0).min(100.0);
        html! { <span class={classes!("bar", if v < 0.0 { "neg" } else { "pos" })} style={format!("width: {width:.1}%")}></span> }
    };
    let rows = a.contributions.iter().map(|c| {
        html! {
            <tr class="contribution">
                <td>{ c.name.get(lang) }</td>
                <td class="bar-cell">{ bar(c.shapley) }</td>
                <td class="num">{ scale(c.shapley) }</td>
                <td class="num muted">{ scale(c.one_at_a_time) }</td>
            </tr>
        }
    });
    let on_outcome = {
        let outcome = outcome.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            outcome.set(select.value().parse().unwrap_or(0));
        })
    };
    let on_year = {
        let on_year = props.on_year.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            on_year.emit(select.value().parse().unwrap_or(2030));
        })
    };
    html! {
        <section class="explain" aria-label={T::Explain.get(lang)}>
            <h3>{ T::Explain.get(lang) }</h3>
            <div class="explain-pick">
                <select class="explain-outcome" onchange={on_outcome} aria-label={T::Outcome.get(lang)}>
                    { for OUTCOMES.iter().enumerate().map(|(i, o)| html! { <option value={i.to_string()} selected={i == *outcome}>{ o.name(lang) }</option> }) }
                </select>
                <select class="explain-year" onchange={on_year} aria-label={T::Year.get(lang)}>
                    { for (2025..=2030).map(|y| html! { <option value={y.to_string()} selected={y == year}>{ y }</option> }) }
                </select>
            </div>
            <table class="waterfall">
                <thead><tr><th>{ o.name(lang) }</th><th></th><th>{ T::Shapley.get(lang) }</th><th>{ T::Alone.get(lang) }</th></tr></thead>
                <tbody>
                    <tr class="level"><td>{ T::BuiltinReference.get(lang) }</td><td></td><td class="num">{ level(a.reference) }</td><td></td></tr>
                    <tr class="assumptions"><td>{ T::ChangedAssumptions.get(lang) }</td><td class="bar-cell">{ bar(a.assumptions_effect()) }</td><td class="num">{ scale(a.assumptions_effect()) }</td><td></td></tr>
                    <tr class="level"><td>{ T::Baseline.get(lang) }</td><td></td><td class="num">{ level(a.baseline) }</td><td></td></tr>
                    { for rows }
                    // The interaction is the rest of the one-at-a-time changes: its
                    // value and its bar in that column, not among the contributions.
                    <tr class="interaction"><td>{ T::Interaction.get(lang) }</td><td></td><td></td>
                        <td class="num muted alone-cell">{ bar(a.interaction) }{ scale(a.interaction) }</td></tr>
                    <tr class="level total"><td>{ T::Scenario.get(lang) }</td><td></td><td class="num">{ level(a.scenario) }</td><td></td></tr>
                </tbody>
            </table>
            <p class="explain-legend">
                <span class="bar pos"></span>{ T::ExplainRaises.get(lang) }
                <span class="bar neg"></span>{ T::ExplainLowers.get(lang) }
            </p>
            <p class="intro">{ T::ExplainHint.get(lang) }</p>
        </section>
    }
}
