//! The KPI strip: the cards of `kpi_cards` (for the chosen year, completion
//! per strand and overall, the income ratio, the standards closed and the
//! regional gap, each against the baseline and its target) and the list of
//! the province's targets.

use super::format::{honest_outcome_places, outcome_text, threshold_text};
pub use super::kpi_cards::{cards, cards_with, delta_class, Better, Card, CardTarget, Delta};
use crate::i18n::Lang;
use crate::model::targets::{TargetCheck, TARGETS};
use crate::model::uncertainty::Band;
use crate::model::Projection;
use crate::text::T;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct KpiProps {
    pub scenario: std::rc::Rc<Projection>,
    pub baseline: std::rc::Rc<Projection>,
    pub year_index: usize,
    pub lang: Lang,
    /// The uncertainty band, when the worker has answered.
    #[prop_or_default]
    pub band: Option<super::shown_band::ShownBand>,
    /// Only these cards (by id), without the list of province targets (a
    /// presentation slide); all cards and the list when None.
    #[prop_or_default]
    pub only: Option<Vec<&'static str>>,
    /// The targets no lever moves (`model::reach::unmoved_targets`): their
    /// card and line say so in words.
    #[prop_or_default]
    pub unmoved: std::rc::Rc<Vec<&'static str>>,
}

/// The card's target in the shown year, when no lever moves it.
fn card_unmoved(id: &str, year: i32, unmoved: &[&'static str]) -> bool {
    let outcome = match id {
        "income-ratio" => crate::model::Outcome::IncomeRatio,
        "city-gap" => crate::model::Outcome::CityIncomeGap,
        _ => return false,
    };
    crate::model::targets::Target::for_outcome_in(outcome, year).is_some_and(|t| t.year == year && unmoved.contains(&t.id))
}

/// One target of the province as a short line: year, figure, threshold, the
/// projected value (with honest digits) and met or missed. The full wording
/// from the target table is the tooltip.
fn target_item(check: &TargetCheck, band: Option<&Band>, unmoved: bool, lang: Lang) -> Html {
    let Some(t) = TARGETS.iter().find(|t| t.id == check.id) else { return html! {} };
    let (o, v) = (t.outcome, check.value);
    let (name, threshold) = (o.short(lang), threshold_text(o, t.threshold, lang));
    let value = outcome_text(o, v, honest_outcome_places(o, v, t.threshold), lang);
    let judged = CardTarget::judge(t, v, band, threshold.clone());
    let (mark, class) = judged.mark();
    html! {
        <li class={classes!("target-item", class)} data-target={t.id} title={lang.pick(t.zh, t.en)}>
            <span class="target-year">{ t.year }</span>
            { format!(" {name} {} {threshold}: ", if t.below { "<" } else { "≥" }) }
            <strong>{ format!("{value} {mark}") }</strong>
            if let Some(p) = judged.probability_text(lang) { <span class="probability">{ " " }<span class="nowrap">{ p }</span></span> }
            if unmoved { <span class="no-lever">{ " " }{ T::NoLeverMoves.get(lang) }</span> }
        </li>
    }
}

#[function_component(KpiStrip)]
pub fn kpi_strip(props: &KpiProps) -> Html {
    let lang = props.lang;
    let year = props.scenario.years.get(props.year_index).map_or(2025, |y| y.year);
    let band = props.band.as_ref().map(|b| b.band.as_ref());
    // The change's 80 % range only from a band drawn for the scenario on screen.
    let differences = props.band.as_ref().filter(|b| b.current).and_then(|b| b.differences.as_deref());
    let all = cards_with(&props.scenario, &props.baseline, props.year_index, band, differences, lang);
    let items = all.into_iter().filter(|c| props.only.as_ref().is_none_or(|only| only.contains(&c.id))).map(|c| {
        let shown = c.deltas.iter().map(|d| (delta_class(d.value, d.threshold, d.better), d.text.clone(), d.unit));
        let ranges: Vec<String> = c.deltas.iter().filter_map(|d| d.range.clone()).collect();
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
                    <span class="kpi-when">
                        if c.projected { <span class="kpi-projected">{ T::ProjectedMark.get(lang) }</span>{ " " } }
                        <span class="kpi-year">{ year }</span>
                    </span>
                </div>
                <div class="kpi-value">{ c.value }</div>
                <div class={classes!("kpi-delta", line_class)}>
                    { for parts }{ " " }<span class="nowrap">{ T::VsBaseline.get(lang) }</span>
                </div>
                // With the band (class `probability`: it follows the worker).
                if !ranges.is_empty() { <div class="kpi-range probability">{ ranges.join(" / ") }</div> }
                {
                    match c.target {
                        Some(t) => {
                            let (mark, class) = t.mark();
                            // The probability on its own line: a card is narrow on a laptop (seven in a row).
                            html! {
                                <>
                                    <div class={classes!("kpi-target", class)}>
                                        { format!("{mark} {} ", t.words(lang)) }<span class="nowrap">{ t.threshold.clone() }</span>
                                    </div>
                                    if let Some(p) = t.probability_text(lang) { <div class="kpi-prob probability">{ p }</div> }
                                    if let Some(e) = t.explain.clone() { <div class="kpi-explain probability">{ e }</div> }
                                </>
                            }
                        }
                        None => match c.target_note {
                            Some(note) => html! { <div class="kpi-target elsewhere">{ note }</div> },
                            None => html! { <div class="kpi-target none">{ "\u{a0}" }</div> },
                        },
                    }
                }
                <div class="kpi-latest">{ c.latest }</div>
                if let Some(w) = c.warning { <div class="warn">{ w }</div> }
                if card_unmoved(c.id, year, &props.unmoved) { <div class="no-lever">{ T::NoLeverMoves.get(lang) }</div> }
            </div>
        }
    });
    let targets = props.scenario.targets.iter().map(|t| target_item(t, band, props.unmoved.contains(&t.id), lang));
    html! {
        <section class="kpis" aria-label={format!("{year} KPI")}
            data-band-ms={props.band.as_ref().map(|b| format!("{:.2}", b.elapsed_ms))}
            data-band-current={props.band.as_ref().map(|b| b.current.to_string())}>
            <div class="kpi-row">{ for items }</div>
            if props.only.is_none() {
                <ul class="targets" aria-label={T::ProvinceTargets.get(lang)}>
                    <li class="targets-head">{ T::ProvinceTargets.get(lang) }</li>
                    { for targets }
                </ul>
            }
        </section>
    }
}
