//! The KPI strip: for the chosen year, completion per strand and overall,
//! the income ratio, the standards closed and the regional gap; each with
//! its change against the baseline and, where the province has one, whether
//! the target is met.

use super::format::{honest_places, thousands};
use crate::i18n::Lang;
use crate::model::targets::{Outcome, Target, TargetCheck, TARGETS};
use crate::model::{Projection, YearOutcome, STRANDS};
use crate::text::T;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct KpiProps {
    pub scenario: std::rc::Rc<Projection>,
    pub baseline: std::rc::Rc<Projection>,
    pub year_index: usize,
    pub lang: Lang,
}

/// Whether up is good for a figure (colours the change, not the arrow).
#[derive(Clone, Copy, PartialEq)]
pub enum Better {
    Up,
    Down,
}

pub struct Card {
    pub id: &'static str,
    pub name: String,
    pub value: String,
    /// The change against the baseline: one per figure the card shows (the
    /// standards card shows two counts, so two changes, never their sum).
    pub deltas: Vec<Delta>,
    /// None: no target for this figure. Some((met or missed, "< 1.9", met)).
    pub target: Option<(&'static str, String, bool)>,
    /// A warning under the figure (money used up).
    pub warning: Option<&'static str>,
    pub color: &'static str,
}

pub struct Delta {
    pub value: f64,
    /// How to print the change ("+1.2", "−0.004") and its unit ("个百分点").
    pub text: String,
    pub unit: Option<&'static str>,
    pub better: Better,
    /// Changes smaller than this show as "= ±0" (half the last shown digit).
    pub threshold: f64,
}

/// The arrow and class for a change; "= ±0" when it rounds to nothing so a
/// planner is not shown a fake move.
pub fn delta_class(delta: f64, threshold: f64, better: Better) -> (&'static str, &'static str) {
    if delta.abs() < threshold {
        ("=", "same")
    } else {
        let up = delta > 0.0;
        let good = up == (better == Better::Up);
        (if up { "▲" } else { "▼" }, if good { "good" } else { "bad" })
    }
}

fn signed(d: f64, places: usize) -> String {
    format!("{}{:.places$}", if d < 0.0 { "−" } else { "+" }, d.abs())
}

fn pp(d: f64, lang: Lang) -> Delta {
    Delta {
        value: d,
        text: signed(d * 100.0, 1),
        unit: Some(T::PercentPoints.get(lang)),
        better: Better::Up,
        threshold: 0.0005,
    }
}

/// The province's threshold for an outcome, from the target table.
fn threshold(outcome: Outcome) -> Option<&'static Target> {
    TARGETS.iter().find(|t| t.outcome == outcome)
}

/// A ratio card against its "below" target: enough digits that the value
/// compares with the threshold as shown (1.5499 is not printed as 1.550).
fn ratio_card(id: &'static str, name: T, outcome: Outcome, sy: &YearOutcome, by: &YearOutcome, lang: Lang) -> Card {
    let (v, b) = (outcome.value(sy), outcome.value(by));
    let target = threshold(outcome);
    let places = target.map_or(3, |t| honest_places(v, t.threshold, 3));
    Card {
        id,
        name: name.get(lang).to_string(),
        value: format!("{v:.places$}"),
        deltas: vec![Delta { value: v - b, text: signed(v - b, 3), unit: None, better: Better::Down, threshold: 0.0005 }],
        target: target.map(|t| {
            let met = if t.below { v < t.threshold } else { v >= t.threshold };
            let word = if met { T::TargetMet } else { T::TargetMissed };
            (word.get(lang), format!("{} {}", if t.below { "<" } else { "≥" }, t.threshold), met)
        }),
        warning: None,
        color: "var(--accent)",
    }
}

pub fn cards(s: &Projection, b: &Projection, i: usize, lang: Lang) -> Vec<Card> {
    let i = i.min(s.years.len().saturating_sub(1));
    let (sy, by) = (&s.years[i], &b.years[i]);
    let mut cards: Vec<Card> = STRANDS
        .iter()
        .map(|&st| {
            let k = st.index();
            Card {
                id: st.id(),
                name: st.short(lang).to_string(),
                value: format!("{:.1} %", sy.completion_rate[k] * 100.0),
                deltas: vec![pp(sy.completion_rate[k] - by.completion_rate[k], lang)],
                target: None,
                warning: s
                    .completion_by_year
                    .get(i)
                    .filter(|c| c.strands[k].money_limited)
                    .map(|_| T::MoneyLimited.get(lang)),
                color: ["var(--urban)", "var(--rural)", "var(--integration)"][k],
            }
        })
        .collect();
    cards.push(Card {
        id: "overall",
        name: T::Overall.get(lang).to_string(),
        value: format!("{:.1} %", sy.overall_completion_rate * 100.0),
        deltas: vec![pp(sy.overall_completion_rate - by.overall_completion_rate, lang)],
        target: None,
        warning: None,
        color: "var(--overall)",
    });
    cards.push(ratio_card("income-ratio", T::IncomeRatioAt, Outcome::IncomeRatio, sy, by, lang));
    // Whole standards closed (a standard is closed or not); each count has
    // its own change.
    let count = |d: f64| Delta { value: d, text: signed(d, 1), unit: None, better: Better::Up, threshold: 0.05 };
    cards.push(Card {
        id: "standards",
        name: T::StandardsClosed.get(lang).to_string(),
        value: format!("{:.0} / {:.0}", sy.standards_no_urban_rural_gap.floor(), sy.standards_no_hukou_gap.floor()),
        deltas: vec![
            count(sy.standards_no_urban_rural_gap - by.standards_no_urban_rural_gap),
            count(sy.standards_no_hukou_gap - by.standards_no_hukou_gap),
        ],
        target: None,
        warning: None,
        color: "var(--accent)",
    });
    cards.push(ratio_card("city-gap", T::CityGapKpi, Outcome::CityIncomeGap, sy, by, lang));
    cards
}

/// One target of the province as a short line: year, figure, threshold, the
/// projected value (with honest digits) and met or missed. The full wording
/// from the target table is the tooltip.
fn target_item(check: &TargetCheck, lang: Lang) -> Html {
    let Some(t) = TARGETS.iter().find(|t| t.id == check.id) else { return html! {} };
    let v = check.value;
    let (name, threshold, value) = match t.outcome {
        Outcome::IncomeRatio => {
            (T::IncomeRatioAt, format!("{}", t.threshold), format!("{v:.*}", honest_places(v, t.threshold, 3)))
        }
        Outcome::CityIncomeGap => {
            (T::CityGapKpi, format!("{}", t.threshold), format!("{v:.*}", honest_places(v, t.threshold, 3)))
        }
        Outcome::AverageIncome => (
            T::AverageIncome,
            format!("{} {}", thousands(t.threshold, 0), T::Yuan.get(lang)),
            format!("{} {}", thousands(v, honest_places(v, t.threshold, 0)), T::Yuan.get(lang)),
        ),
        Outcome::MountainRelativeIncome => (
            T::MountainIncome,
            format!("{} %", t.threshold * 100.0),
            format!("{:.*} %", honest_places(v * 100.0, t.threshold * 100.0, 1), v * 100.0),
        ),
    };
    let mark = if check.met { "✓" } else { "✗" };
    html! {
        <li class={classes!("target-item", if check.met { "met" } else { "missed" })} data-target={t.id}
            title={lang.pick(t.zh, t.en)}>
            <span class="target-year">{ t.year }</span>
            { format!(" {} {} {threshold}: ", name.get(lang), if t.below { "<" } else { "≥" }) }
            <strong>{ format!("{value} {mark}") }</strong>
        </li>
    }
}

#[function_component(KpiStrip)]
pub fn kpi_strip(props: &KpiProps) -> Html {
    let lang = props.lang;
    let year = props.scenario.years.get(props.year_index).map_or(2025, |y| y.year);
    let items = cards(&props.scenario, &props.baseline, props.year_index, lang).into_iter().map(|c| {
        let shown = c.deltas.iter().map(|d| (delta_class(d.value, d.threshold, d.better), d.text.clone(), d.unit));
        let single = c.deltas.len() == 1;
        // One change: the card's change line takes its colour. Several: each its own.
        let line_class = match (single, c.deltas.first()) {
            (true, Some(d)) => delta_class(d.value, d.threshold, d.better).1,
            _ => "split",
        };
        // The number and its unit each stay whole; a narrow card may break
        // the line between them, never inside "个百分点".
        let parts = shown.enumerate().map(|(n, ((arrow, class), text, unit))| {
            let (text, unit) = if class == "same" { ("±0".to_string(), None) } else { (text, unit) };
            html! {
                <>
                    if n > 0 { { " / " } }
                    <span class={classes!("nowrap", (!single).then_some(class))}>{ format!("{arrow} {text}") }</span>
                    if let Some(unit) = unit { { " " }<span class="nowrap">{ unit }</span> }
                </>
            }
        });
        html! {
            <div class="kpi" data-kpi={c.id} style={format!("--c: {}", c.color)}>
                <div class="kpi-head">
                    <span class="kpi-name">{ c.name }</span>
                    <span class="kpi-year">{ year }</span>
                </div>
                <div class="kpi-value">{ c.value }</div>
                <div class={classes!("kpi-delta", line_class)}>
                    { for parts }{ " " }<span class="nowrap">{ T::VsBaseline.get(lang) }</span>
                </div>
                {
                    match c.target {
                        Some((word, threshold, met)) => html! {
                            <div class={classes!("kpi-target", if met { "met" } else { "missed" })}>
                                { format!("{} {word} ", if met { "✓" } else { "✗" }) }<span class="nowrap">{ threshold }</span>
                            </div>
                        },
                        None => html! { <div class="kpi-target none">{ "\u{a0}" }</div> },
                    }
                }
                if let Some(w) = c.warning { <div class="warn">{ w }</div> }
            </div>
        }
    });
    let targets = props.scenario.targets.iter().map(|t| target_item(t, lang));
    html! {
        <section class="kpis" aria-label={format!("{year} KPI")}>
            <div class="kpi-row">{ for items }</div>
            <ul class="targets" aria-label={T::ProvinceTargets.get(lang)}>
                <li class="targets-head">{ T::ProvinceTargets.get(lang) }</li>
                { for targets }
            </ul>
        </section>
    }
}
