//! The goal-seek panel: the planner ticks targets, says which levers may
//! move and what "best" means, and gets the setting that meets them (or the
//! closest one and what binds) beside the current one; "apply" makes it the
//! scenario as one undoable step. The solver is `model::goal_seek`, run in
//! the worker (`jobs::Job::Seek`): 计算中… / Computing… until it answers,
//! and only the newest question's answer is shown. The answer's markup is
//! `seek_answer.rs`, the rules' checkboxes `seek_rules.rs`.

use super::jobs::Answer;
use super::keep_solving::seek_job;
use super::seek_answer::solution_html;
use super::state::Action;
use super::store::SeekRequest;
use super::worker::{self, use_work};
use crate::i18n::{Bilingual, Lang};
use crate::model::goal_seek::{Freedom, Goal, Likely, Objective, Rules};
use crate::model::{Outcome, Scenario};
use crate::text::T;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SeekProps {
    pub scenario: Scenario,
    pub lang: Lang,
    pub dispatch: Callback<Action>,
    /// The question kept solving, if any (`View::keep_solving`).
    pub kept: Option<SeekRequest>,
}

/// One row of the form: which goal, whether it is on, its value and year.
#[derive(Clone, PartialEq)]
struct Row {
    kind: GoalKind,
    on: bool,
    value: String,
    year: i32,
}

/// Which outcome a goal row is about: one of the outcome table's that can
/// be a goal, named and given its direction by the table.
#[derive(Clone, Copy, PartialEq)]
struct GoalKind(Outcome);

impl GoalKind {
    fn label(self, lang: Lang) -> String {
        let o = self.0;
        let unit = o.unit().label(lang);
        // What is typed: a percentage for fractions, yuan, or a bare ratio.
        if unit.is_empty() {
            o.name(lang).to_string()
        } else {
            let unit = T::InParentheses.fill(|_| vec![unit.to_string()]);
            format!("{}{}", o.name(lang), unit.get(lang))
        }
    }

    fn id(self) -> String {
        self.0.id().replace('_', "-")
    }

    fn at_most(self) -> bool {
        self.0.lower_is_better()
    }

    /// The goal for a typed value (in the shown unit: percentages in %), or why not.
    fn goal(self, text: &str, year: i32) -> Result<Goal, Bilingual> {
        let v = super::format::parse_entry(text)?;
        Goal::new(self.0, year, v / self.0.unit().scale())
    }
}

fn initial_rows() -> Vec<Row> {
    let mut rows = vec![
        Row { kind: GoalKind(Outcome::IncomeRatio), on: true, value: "1.65".into(), year: 2030 },
        Row { kind: GoalKind(Outcome::CityIncomeGap), on: false, value: "1.50".into(), year: 2027 },
        Row { kind: GoalKind(Outcome::MountainRelativeIncome), on: false, value: "76".into(), year: 2027 },
        Row { kind: GoalKind(Outcome::AverageIncome), on: false, value: "85000".into(), year: 2027 },
    ];
    rows.extend(Outcome::COMPLETION.map(|o| Row { kind: GoalKind(o), on: false, value: "120".into(), year: 2028 }));
    rows
}

#[function_component(GoalSeekPanel)]
pub fn goal_seek_panel(props: &SeekProps) -> Html {
    let lang = props.lang;
    let rows = use_state(initial_rows);
    let freedom = use_state(|| Freedom::SharesAndTotals);
    let objective = use_state(|| Objective::LeastExtraMoney);
    // A question that cannot be asked (why), or the worker's answer.
    let refused = use_state(|| None::<Bilingual>);
    let work = use_work();
    // "Chance met at least P %": off, or the typed P.
    let likely_on = use_state(|| false);
    let likely_text = use_state(|| "80".to_string());
    // The planner's rules: commitments freed by name, other outcomes allowed to worsen.
    let rules = use_state(Rules::default);

    let row_html = rows.iter().enumerate().map(|(i, row)| {
        let update = |f: fn(&mut Row, String)| {
            let rows = rows.clone();
            move |text: String| {
                let mut next = (*rows).clone();
                f(&mut next[i], text);
                rows.set(next);
            }
        };
        let on_check = {
            let set = update(|r, v| r.on = v == "true");
            Callback::from(move |e: Event| {
                let input: HtmlInputElement = e.target_unchecked_into();
                set(input.checked().to_string());
            })
        };
        let on_value = {
            let set = update(|r, v| r.value = v);
            Callback::from(move |e: InputEvent| {
                let input: HtmlInputElement = e.target_unchecked_into();
                set(input.value());
            })
        };
        let on_year = {
            let set = update(|r, v| r.year = v.parse().unwrap_or(r.year));
            Callback::from(move |e: Event| {
                let select: HtmlSelectElement = e.target_unchecked_into();
                set(select.value());
            })
        };
        let id = format!("goal-{}", row.kind.id());
        let at_most = row.kind.at_most();
        html! {
            <div class="goal-row" data-goal={row.kind.id()}>
                <input type="checkbox" id={id.clone()} checked={row.on} onchange={on_check} />
                <label for={id.clone()}>{ row.kind.label(lang) }</label>
                <span>{ if at_most { "≤" } else { "≥" } }</span>
                <input type="text" inputmode="decimal" class="goal-value" value={row.value.clone()} oninput={on_value}
                    aria-label={format!("{} {}", row.kind.label(lang), T::GoalValue.get(lang))} />
                <select class="goal-year" onchange={on_year} aria-label={format!("{} {}", row.kind.label(lang), T::Year.get(lang))}>
                    { for (2025..=2030).map(|y| html! { <option value={y.to_string()} selected={y == row.year}>{ y }</option> }) }
                </select>
            </div>
        }
    });

    // The question as typed, or why it cannot be asked.
    let request = {
        let goals: Result<Vec<Goal>, Bilingual> = rows.iter().filter(|r| r.on).map(|r| r.kind.goal(&r.value, r.year)).collect();
        let likely = if *likely_on { parse_likely(&likely_text).map(Some) } else { Ok(None) };
        goals.and_then(|goals| {
            if goals.is_empty() {
                return Err(Bilingual::new(T::NoGoalTicked.get(Lang::Zh), T::NoGoalTicked.get(Lang::En)));
            }
            Ok(SeekRequest { goals, freedom: *freedom, objective: *objective, rules: (*rules).clone(), likely: likely? })
        })
    };
    let on_solve = {
        let (request, refused, scenario, ask) = (request.clone(), refused.clone(), props.scenario.clone(), work.asker());
        Callback::from(move |_| match &request {
            Ok(r) => {
                refused.set(None);
                ask.emit(seek_job(r, &scenario));
            }
            Err(e) => refused.set(Some(e.clone())),
        })
    };
    let on_likely = {
        let likely_on = likely_on.clone();
        Callback::from(move |e: Event| likely_on.set(e.target_unchecked_into::<HtmlInputElement>().checked()))
    };
    let on_likely_text = {
        let likely_text = likely_text.clone();
        Callback::from(move |e: InputEvent| likely_text.set(e.target_unchecked_into::<HtmlInputElement>().value()))
    };
    let kept = props.kept.is_some();
    let on_keep = {
        let (dispatch, request, refused) = (props.dispatch.clone(), request.clone(), refused.clone());
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            match (&request, on) {
                (Ok(r), true) => dispatch.emit(Action::KeepSolving(Some(r.clone()))),
                (Err(e), true) => refused.set(Some(e.clone())),
                (_, false) => dispatch.emit(Action::KeepSolving(None)),
            }
        })
    };
    let on_freedom = {
        let freedom = freedom.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            freedom.set(match select.value().as_str() {
                "shares" => Freedom::SharesOnly,
                "all" => Freedom::AllLevers,
                _ => Freedom::SharesAndTotals,
            });
        })
    };
    let on_objective = {
        let objective = objective.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            objective.set(if select.value() == "change" { Objective::LeastChange } else { Objective::LeastExtraMoney });
        })
    };

    let rules_html = super::seek_rules::rules_html(&rules, lang);
    let error = |e: &str| html! { <p class="error" role="alert">{ e.to_string() }</p> };
    let answer = match (&*refused, &work.latest) {
        (Some(e), _) => error(e.get(lang)),
        (None, None) => html! {},
        (None, Some((_, worker::Outcome::Pending))) => html! { <p class="computing" role="status">{ T::Computing.get(lang) }</p> },
        (None, Some((_, worker::Outcome::Failed))) => error(T::WorkFailed.get(lang)),
        (None, Some((_, worker::Outcome::Answered(a)))) => match &**a {
            Answer::Seek(sol) => solution_html(sol, &props.scenario, lang, &props.dispatch),
            _ => html! {},
        },
    };
    html! {
        <section class="goal-seek" aria-label={T::GoalSeek.get(lang)}>
            <h3>{ T::GoalSeek.get(lang) }</h3>
            <p class="intro">{ T::GoalSeekHint.get(lang) }</p>
            { for row_html }
            <div class="goal-options">
                <label>{ T::GoalFreedom.get(lang) }
                    <select class="goal-freedom" onchange={on_freedom}>
                        <option value="shares" selected={*freedom == Freedom::SharesOnly}>{ T::FreedomShares.get(lang) }</option>
                        <option value="totals" selected={*freedom == Freedom::SharesAndTotals}>{ T::FreedomTotals.get(lang) }</option>
                        <option value="all" selected={*freedom == Freedom::AllLevers}>{ T::FreedomAll.get(lang) }</option>
                    </select>
                </label>
                <label>{ T::GoalObjective.get(lang) }
                    <select class="goal-objective" onchange={on_objective}>
                        <option value="money" selected={*objective == Objective::LeastExtraMoney}>{ T::ObjectiveMoney.get(lang) }</option>
                        <option value="change" selected={*objective == Objective::LeastChange}>{ T::ObjectiveChange.get(lang) }</option>
                    </select>
                </label>
            </div>
            <div class="goal-options">
                <label>
                    <input type="checkbox" class="goal-likely-on" checked={*likely_on} onchange={on_likely} />
                    { T::LikelyAtLeast.get(lang) }
                </label>
                <input type="text" inputmode="decimal" class="goal-likely" value={(*likely_text).clone()}
                    oninput={on_likely_text} disabled={!*likely_on} aria-label={format!("{} (%)", T::LikelyAtLeast.get(lang))} />
                <span>{ "%" }</span>
            </div>
            { rules_html }
            <button class="solve" onclick={on_solve}>{ T::Solve.get(lang) }</button>
            <label class="keep-solving">
                <input type="checkbox" checked={kept} onchange={on_keep} />
                { T::KeepSolving.get(lang) }
            </label>
            { answer }
        </section>
    }
}

/// "Chance met at least" as typed, in %: 1–99 (a certainty is not on offer
/// from a band of draws), or why not.
fn parse_likely(text: &str) -> Result<Likely, Bilingual> {
    let p = super::format::parse_entry(text)?;
    if !(1.0..=99.0).contains(&p) {
        return Err(T::LikelyOutOfRange.fill(|_| vec![text.trim().to_string()]));
    }
    // The band's draws and seed, so the answer's probabilities are the ones
    // the KPI cards show once it is applied.
    Ok(Likely { probability: p / 100.0, draws: super::band::DRAWS, seed: super::band::SEED })
}
