//! The KPI strip: for the chosen year, completion per strand and overall,
//! the income ratio, the standards closed and the regional gap; each with
//! its change against the baseline and, where the province has one, whether
//! the target is met.

use super::format::{honest_places, thousands};
use crate::i18n::Lang;
use crate::model::targets::{self, Outcome, Target, TargetCheck, TargetStatus, TARGETS};
use crate::model::uncertainty::Band;
use crate::model::{Limit, Projection, YearOutcome, STRANDS};
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
    pub band: Option<super::band::ShownBand>,
    /// Only these cards (by id), without the list of province targets (a
    /// presentation slide); all cards and the list when None.
    #[prop_or_default]
    pub only: Option<Vec<&'static str>>,
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
    /// None: no target for this figure. Some(what the card says of it).
    pub target: Option<CardTarget>,
    /// A warning under the figure (money used up, money unspent).
    pub warning: Option<String>,
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

/// A card's target line: "✓ 达成目标 < 1.9", or with the band
/// "≈ 目标 < 1.9 · 达成概率 52 %".
pub struct CardTarget {
    /// Met, missed or too close to call: from the band's probability when
    /// there is one (✓ or ✗ only when the band is clear of the threshold,
    /// ≥ 90 % or ≤ 10 %), from the value at the published digit otherwise.
    pub status: TargetStatus,
    /// "< 1.9", "≥ 75 %".
    pub threshold: String,
    /// The probability of meeting it, 0–1, when the band gives one.
    pub probability: Option<f64>,
}

impl CardTarget {
    fn judge(t: &Target, value: f64, band: Option<&Band>, threshold: String) -> CardTarget {
        let probability = band.and_then(|b| b.probability(t.id));
        let status = probability.map_or_else(|| t.status(value), TargetStatus::from_probability);
        CardTarget { status, threshold, probability }
    }

    fn mark(&self) -> (&'static str, &'static str) {
        match self.status {
            TargetStatus::Met => ("✓", "met"),
            TargetStatus::Missed => ("✗", "missed"),
            TargetStatus::TooClose => ("≈", "close"),
        }
    }

    /// The words before the threshold: the verdict, or "target" when the
    /// probability follows (short enough for one line at 1280 px).
    fn words(&self, lang: Lang) -> &'static str {
        match (self.probability, self.status) {
            (Some(_), _) => T::Target.get(lang),
            (None, TargetStatus::Met) => T::TargetMet.get(lang),
            (None, TargetStatus::Missed) => T::TargetMissed.get(lang),
            (None, TargetStatus::TooClose) => T::TargetTooClose.get(lang),
        }
    }

    fn probability_text(&self, lang: Lang) -> Option<String> {
        // "100 %" stays whole (a no-break space), the words may wrap.
        self.probability
            .map(|p| T::ProbabilityShort.fill(|_| vec![format!("{:.0}", p * 100.0)]).get(lang).replace(" %", "\u{a0}%"))
    }
}

/// The province's target on `outcome` in `year`, or its first one on it.
fn target_for(outcome: Outcome, year: i32) -> Option<&'static Target> {
    TARGETS.iter().find(|t| t.outcome == outcome && t.year == year).or_else(|| Target::for_outcome(outcome))
}

/// What limited a strand this year, when the planner should know.
fn strand_warning(c: &crate::model::StrandCompletion, lang: Lang) -> Option<String> {
    match c.limit {
        Limit::Money => Some(T::MoneyLimited.get(lang).to_string()),
        _ if c.unspent_bn > 0.05 => {
            Some(format!("{} {}", T::Unspent.get(lang), crate::i18n::format_money_bn(c.unspent_bn, lang)))
        }
        _ => None,
    }
}

/// A ratio card against its "below" target: enough digits that the value
/// compares with the threshold as shown (1.5499 is not printed as 1.550).
fn ratio_card(
    id: &'static str,
    name: T,
    outcome: Outcome,
    (sy, by): (&YearOutcome, &YearOutcome),
    band: Option<&Band>,
    lang: Lang,
) -> Card {
    let (v, b) = (targets::value(outcome, sy), targets::value(outcome, by));
    let target = target_for(outcome, sy.year);
    // The band's probability is for the target's own year only.
    let band = band.filter(|_| target.is_some_and(|t| t.year == sy.year));
    let places = target.map_or(3, |t| honest_places(v, t.threshold, 3));
    Card {
        id,
        name: name.get(lang).to_string(),
        value: format!("{v:.places$}"),
        deltas: vec![Delta { value: v - b, text: signed(v - b, 3), unit: None, better: Better::Down, threshold: 0.0005 }],
        target: target
            .map(|t| CardTarget::judge(t, v, band, format!("{} {}", if t.below { "<" } else { "≥" }, t.threshold))),
        warning: None,
        color: "var(--accent)",
    }
}

pub fn cards(s: &Projection, b: &Projection, i: usize, band: Option<&Band>, lang: Lang) -> Vec<Card> {
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
                warning: s.completion_by_year.get(i).and_then(|c| strand_warning(&c.strands[k], lang)),
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
    cards.push(ratio_card("income-ratio", T::IncomeRatioAt, Outcome::IncomeRatio, (sy, by), band, lang));
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
    cards.push(ratio_card("city-gap", T::CityGapKpi, Outcome::CityIncomeGap, (sy, by), band, lang));
    cards
}

/// One target of the province as a short line: year, figure, threshold, the
/// projected value (with honest digits) and met or missed. The full wording
/// from the target table is the tooltip.
fn target_item(check: &TargetCheck, band: Option<&Band>, lang: Lang) -> Html {
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
    let judged = CardTarget::judge(t, v, band, threshold.clone());
    let (mark, class) = judged.mark();
    html! {
        <li class={classes!("target-item", class)} data-target={t.id} title={lang.pick(t.zh, t.en)}>
            <span class="target-year">{ t.year }</span>
            { format!(" {} {} {threshold}: ", name.get(lang), if t.below { "<" } else { "≥" }) }
            <strong>{ format!("{value} {mark}") }</strong>
            if let Some(p) = judged.probability_text(lang) { <span class="probability">{ " " }<span class="nowrap">{ p }</span></span> }
        </li>
    }
}

#[function_component(KpiStrip)]
pub fn kpi_strip(props: &KpiProps) -> Html {
    let lang = props.lang;
    let year = props.scenario.years.get(props.year_index).map_or(2025, |y| y.year);
    let band = props.band.as_ref().map(|b| b.band.as_ref());
    let all = cards(&props.scenario, &props.baseline, props.year_index, band, lang);
    let items = all.into_iter().filter(|c| props.only.as_ref().is_none_or(|only| only.contains(&c.id))).map(|c| {
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
                        Some(t) => {
                            let (mark, class) = t.mark();
                            // The probability on its own line: a card is narrow on a laptop (seven in a row).
                            html! {
                                <>
                                    <div class={classes!("kpi-target", class)}>
                                        { format!("{mark} {} ", t.words(lang)) }<span class="nowrap">{ t.threshold.clone() }</span>
                                    </div>
                                    if let Some(p) = t.probability_text(lang) { <div class="kpi-prob probability">{ p }</div> }
                                </>
                            }
                        }
                        None => html! { <div class="kpi-target none">{ "\u{a0}" }</div> },
                    }
                }
                if let Some(w) = c.warning { <div class="warn">{ w }</div> }
            </div>
        }
    });
    let targets = props.scenario.targets.iter().map(|t| target_item(t, band, lang));
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
