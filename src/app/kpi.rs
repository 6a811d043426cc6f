//! The KPI strip: for the chosen year, completion per strand and overall,
//! the income ratio, the standards closed and the regional gap; each with
//! its change against the baseline and, where the province has one, whether
//! the target is met.

use crate::i18n::Lang;
use crate::model::targets::{Outcome, Target, TargetStatus, TARGETS};
use crate::model::uncertainty::Band;
use crate::model::{Limit, Projection, STRANDS};
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
    pub delta: f64,
    /// How to print the change ("+1.2 个百分点", "−0.004").
    pub delta_text: String,
    pub better: Better,
    /// Changes smaller than this show as "= ±0" (half the last shown digit).
    pub threshold: f64,
    /// None: no target for this figure. Some((text, status)).
    pub target: Option<(String, TargetStatus)>,
    /// A warning under the figure (money used up, money unspent).
    pub warning: Option<String>,
    pub color: &'static str,
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

fn pp(delta: f64, lang: Lang) -> String {
    format!("{}{:.1} {}", if delta < 0.0 { "−" } else { "+" }, (delta * 100.0).abs(), T::PercentPoints.get(lang))
}

/// The province's target on `outcome` judged for `value`: met, missed, or
/// too close to call (within the published figure's last digit). Where the
/// band gives the probability of meeting it in its year, that decides: ✓ or
/// ✗ only when the band is clear of the threshold (≥ 90 % or ≤ 10 %), the
/// probability said either way.
fn target_text(
    outcome: Outcome,
    value: f64,
    year: i32,
    band: Option<&Band>,
    lang: Lang,
) -> Option<(String, TargetStatus)> {
    let t = TARGETS.iter().find(|t| t.outcome == outcome && t.year == year).or_else(|| Target::for_outcome(outcome))?;
    let probability = band.filter(|_| t.year == year).and_then(|b| b.probability(t.id));
    let status = match probability {
        Some(p) if p >= 0.9 => TargetStatus::Met,
        Some(p) if p <= 0.1 => TargetStatus::Missed,
        Some(_) => TargetStatus::TooClose,
        None => t.status(value),
    };
    let word = match status {
        TargetStatus::Met => T::TargetMet,
        TargetStatus::Missed => T::TargetMissed,
        TargetStatus::TooClose => T::TargetTooClose,
    };
    let threshold = format!("{} {}", if t.below { "<" } else { "≥" }, t.threshold);
    Some(match probability {
        // Short enough for one line at 1280 px: the mark says met or not.
        Some(p) => (
            format!(
                "{} {threshold} · {}",
                T::Target.get(lang),
                T::ProbabilityShort.get(lang).replace("{}", &format!("{:.0}", p * 100.0))
            ),
            status,
        ),
        None => (format!("{} {threshold}", word.get(lang)), status),
    })
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

pub fn cards(s: &Projection, b: &Projection, i: usize, band: Option<&Band>, lang: Lang) -> Vec<Card> {
    let i = i.min(s.years.len().saturating_sub(1));
    let (sy, by) = (&s.years[i], &b.years[i]);
    let mut cards: Vec<Card> = STRANDS
        .iter()
        .map(|&st| {
            let k = st.index();
            let d = sy.completion_rate[k] - by.completion_rate[k];
            Card {
                id: st.id(),
                name: st.short(lang).to_string(),
                value: format!("{:.1} %", sy.completion_rate[k] * 100.0),
                delta: d,
                delta_text: pp(d, lang),
                better: Better::Up,
                threshold: 0.0005,
                target: None,
                warning: s.completion_by_year.get(i).and_then(|c| strand_warning(&c.strands[k], lang)),
                color: ["var(--urban)", "var(--rural)", "var(--integration)"][k],
            }
        })
        .collect();
    let d = sy.overall_completion_rate - by.overall_completion_rate;
    cards.push(Card {
        id: "overall",
        name: T::Overall.get(lang).to_string(),
        value: format!("{:.1} %", sy.overall_completion_rate * 100.0),
        delta: d,
        delta_text: pp(d, lang),
        better: Better::Up,
        threshold: 0.0005,
        target: None,
        warning: None,
        color: "var(--overall)",
    });
    let d = sy.income_ratio - by.income_ratio;
    cards.push(Card {
        id: "income-ratio",
        name: T::IncomeRatioAt.get(lang).to_string(),
        value: format!("{:.3}", sy.income_ratio),
        delta: d,
        delta_text: format!("{}{:.3}", if d < 0.0 { "−" } else { "+" }, d.abs()),
        better: Better::Down,
        threshold: 0.0005,
        target: target_text(Outcome::IncomeRatio, sy.income_ratio, sy.year, band, lang),
        warning: None,
        color: "var(--accent)",
    });
    let d = (sy.standards_no_urban_rural_gap + sy.standards_no_hukou_gap)
        - (by.standards_no_urban_rural_gap + by.standards_no_hukou_gap);
    cards.push(Card {
        id: "standards",
        name: T::StandardsClosed.get(lang).to_string(),
        value: format!("{:.0} / {:.0}", sy.standards_no_urban_rural_gap.floor(), sy.standards_no_hukou_gap.floor()),
        delta: d,
        delta_text: format!("{}{:.1}", if d < 0.0 { "−" } else { "+" }, d.abs()),
        better: Better::Up,
        threshold: 0.05,
        target: None,
        warning: None,
        color: "var(--accent)",
    });
    let d = sy.city_income_gap - by.city_income_gap;
    cards.push(Card {
        id: "city-gap",
        name: T::CityGapKpi.get(lang).to_string(),
        value: format!("{:.3}", sy.city_income_gap),
        delta: d,
        delta_text: format!("{}{:.3}", if d < 0.0 { "−" } else { "+" }, d.abs()),
        better: Better::Down,
        threshold: 0.0005,
        target: target_text(Outcome::CityIncomeGap, sy.city_income_gap, sy.year, band, lang),
        warning: None,
        color: "var(--accent)",
    });
    cards
}

#[function_component(KpiStrip)]
pub fn kpi_strip(props: &KpiProps) -> Html {
    let lang = props.lang;
    let year = props.scenario.years.get(props.year_index).map_or(2025, |y| y.year);
    let band = props.band.as_ref().map(|b| b.band.as_ref());
    let items = cards(&props.scenario, &props.baseline, props.year_index, band, lang).into_iter().map(|c| {
        let (arrow, class) = delta_class(c.delta, c.threshold, c.better);
        html! {
            <div class="kpi" data-kpi={c.id} style={format!("--c: {}", c.color)}>
                <div class="kpi-name">{ c.name }</div>
                <div class="kpi-value">{ c.value }</div>
                <div class={classes!("kpi-delta", class)}>
                    { format!("{arrow} {} {}", if class == "same" { "±0".to_string() } else { c.delta_text }, T::VsBaseline.get(lang)) }
                </div>
                {
                    match c.target {
                        Some((text, status)) => {
                            let (mark, class) = match status {
                                TargetStatus::Met => ("✓", "met"),
                                TargetStatus::Missed => ("✗", "missed"),
                                TargetStatus::TooClose => ("≈", "close"),
                            };
                            html! { <div class={classes!("kpi-target", class)}>{ format!("{mark} {text}") }</div> }
                        }
                        None => html! { <div class="kpi-target none">{ "\u{a0}" }</div> },
                    }
                }
                if let Some(w) = c.warning { <div class="warn">{ w }</div> }
            </div>
        }
    });
    html! {
        <section class="kpis" aria-label={format!("{year} KPI")}
            data-band-ms={props.band.as_ref().map(|b| format!("{:.2}", b.elapsed_ms))}
            data-band-current={props.band.as_ref().map(|b| b.current.to_string())}>
            <div class="kpi-row">{ for items }</div>
        </section>
    }
}
