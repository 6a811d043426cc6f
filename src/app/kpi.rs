//! KPI cards: year-end completion per strand and overall, each with the change
//! against the baseline.

use crate::i18n::{format_money_bn, Lang};
use crate::model::{Strand, YearCompletion, STRANDS};
use crate::text::T;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct KpiProps {
    pub scenario: YearCompletion,
    pub baseline: YearCompletion,
    pub lang: Lang,
}

/// One card's figures: year-end rate, baseline rate, plan, money-limited flag.
struct Card {
    id: &'static str,
    name: String,
    rate: f64,
    baseline_rate: f64,
    plan_bn: f64,
    done_bn: f64,
    money_limited: bool,
}

/// The change against baseline in percentage points, with an arrow; "±0.0"
/// when it rounds to nothing so that a planner is not shown a fake move.
pub fn delta_text(rate: f64, baseline_rate: f64, lang: Lang) -> (String, &'static str) {
    let pp = (rate - baseline_rate) * 100.0;
    let (arrow, class) = if pp >= 0.05 {
        ("▲ +", "up")
    } else if pp <= -0.05 {
        ("▼ −", "down")
    } else {
        ("= ±", "same")
    };
    (format!("{arrow}{:.1} {} {}", pp.abs(), T::PercentPoints.get(lang), T::VsBaseline.get(lang)), class)
}

#[function_component(KpiStrip)]
pub fn kpi_strip(props: &KpiProps) -> Html {
    let lang = props.lang;
    let strand_card = |strand: Strand| {
        let s = props.scenario.strand(strand);
        Card {
            id: strand.id(),
            name: strand.short(lang).to_string(),
            rate: s.year_end_rate(),
            baseline_rate: props.baseline.strand(strand).year_end_rate(),
            plan_bn: s.plan_bn,
            done_bn: s.completed_bn[11],
            money_limited: s.money_limited,
        }
    };
    let mut cards: Vec<Card> = STRANDS.iter().map(|&s| strand_card(s)).collect();
    cards.push(Card {
        id: "overall",
        name: T::Overall.get(lang).to_string(),
        rate: props.scenario.overall_rate[11],
        baseline_rate: props.baseline.overall_rate[11],
        plan_bn: props.scenario.plan_bn,
        done_bn: props.scenario.overall_completed_bn[11],
        money_limited: false,
    });
    let cards = cards.into_iter().map(|card| {
        let (delta, class) = delta_text(card.rate, card.baseline_rate, lang);
        html! {
            <div class={classes!("kpi", format!("strand-{}", card.id))} data-kpi={card.id}>
                <div class="kpi-name"><span class="swatch"></span>{ card.name }</div>
                <div class="kpi-value">{ format!("{:.1} %", card.rate * 100.0) }</div>
                <div class={classes!("kpi-delta", class)}>{ delta }</div>
                <div class="kpi-plan">
                    { format!("{} {} / {} {}", T::YearEnd.get(lang), format_money_bn(card.done_bn, lang), T::OfPlan.get(lang), format_money_bn(card.plan_bn, lang)) }
                    if card.money_limited { <span class="warn">{ format!(" · {}", T::MoneyLimited.get(lang)) }</span> }
                </div>
            </div>
        }
    });
    html! {
        <section class="kpis" aria-label={T::KpiHeading.get(lang)}>
            <h2>{ format!("{} {}", props.scenario.year, T::KpiHeading.get(lang)) }</h2>
            <div class="kpi-row">{ for cards }</div>
        </section>
    }
}
