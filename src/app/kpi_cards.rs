//! The KPI cards' content, web-free so tests read what a card says: for
//! the chosen year, completion per strand and overall, the income ratio, the
//! standards closed and the regional gap; each with its change against the
//! baseline and, where the province has one, whether the target is met.
//! Names, units and decimals from the outcome table. `kpi.rs` draws them.

use super::format::{honest_outcome_places, outcome_text, outcome_usual, threshold_text};
use super::kpi_notes::{change_range, point_vs_draws, target_elsewhere};
use super::published::{latest_text, projected};
use crate::i18n::Lang;
use crate::model::paired::Differences;
use crate::model::targets::{Target, TargetStatus};
use crate::model::uncertainty::Band;
use crate::model::{Limit, Outcome, OutcomeTargets, Projection, ReadOutcome, STRANDS};
use crate::text::T;

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
    /// The value is a projection (预计), not a published figure.
    pub projected: bool,
    /// "最新公布：2025 年": when the figure was last published.
    pub latest: String,
    /// In a year without a target: which year the target is for.
    pub target_note: Option<String>,
}

pub struct Delta {
    pub value: f64,
    /// How to print the change ("+1.2", "−0.004") and its unit ("个百分点").
    pub text: String,
    pub unit: Option<&'static str>,
    pub better: Better,
    /// Changes smaller than this show as "= ±0" (half the last shown digit).
    pub threshold: f64,
    /// The change's 80 % range on the same draws ("80 % 区间 −0.012 至 −0.005").
    pub range: Option<String>,
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
        range: None,
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
    /// Why the probability disagrees with the point, when it does.
    pub explain: Option<String>,
}

impl CardTarget {
    pub fn judge(t: &Target, value: f64, band: Option<&Band>, threshold: String) -> CardTarget {
        let probability = band.and_then(|b| b.probability(t.id));
        let status = probability.map_or_else(|| t.status(value), TargetStatus::from_probability);
        CardTarget { status, threshold, probability, explain: None }
    }

    pub fn mark(&self) -> (&'static str, &'static str) {
        match self.status {
            TargetStatus::Met => ("✓", "met"),
            TargetStatus::Missed => ("✗", "missed"),
            TargetStatus::TooClose => ("≈", "close"),
        }
    }

    /// The words before the threshold: the verdict, or "target" when the
    /// probability follows (short enough for one line at 1280 px).
    pub fn words(&self, lang: Lang) -> &'static str {
        match (self.probability, self.status) {
            (Some(_), _) => T::Target.get(lang),
            (None, TargetStatus::Met) => T::TargetMet.get(lang),
            (None, TargetStatus::Missed) => T::TargetMissed.get(lang),
            (None, TargetStatus::TooClose) => T::TargetTooClose.get(lang),
        }
    }

    pub fn probability_text(&self, lang: Lang) -> Option<String> {
        // "100 %" stays whole (a no-break space), the words may wrap.
        self.probability
            .map(|p| T::ProbabilityShort.fill(|_| vec![format!("{:.0}", p * 100.0)]).get(lang).replace(" %", "\u{a0}%"))
    }
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

/// An outcome's card against its target of the shown year, if it has one
/// (else the card says which year the target is for): enough digits that
/// the value compares with the threshold as shown (1.5499 is not printed as
/// 1.550). Name, unit and decimals from the outcome table.
fn target_card(
    id: &'static str,
    outcome: Outcome,
    (s, b, i): (&Projection, &Projection, usize),
    (band, differences): (Option<&Band>, Option<&Differences>),
    lang: Lang,
) -> Card {
    let (sy, by) = (&s.years[i], &b.years[i]);
    let (v, bv) = (outcome.value(sy), outcome.value(by));
    let target = outcome.targets().find(|t| t.year == sy.year);
    let places = target.map_or(outcome.places(), |t| honest_outcome_places(outcome, v, t.threshold));
    let d = outcome.shown(v) - outcome.shown(bv);
    let better = if outcome.lower_is_better() { Better::Down } else { Better::Up };
    Card {
        id,
        name: outcome.short(lang).to_string(),
        value: outcome_text(outcome, v, places, lang),
        deltas: vec![Delta {
            value: d,
            text: signed(d, outcome.places()),
            // A change of a percentage is in percentage points.
            unit: outcome.unit().is_percent().then(|| T::PercentPoints.get(lang)),
            better,
            threshold: 0.5 * 10f64.powi(-(outcome.places() as i32)),
            range: change_range(differences, outcome, sy.year, outcome.places(), lang),
        }],
        target: target.map(|t| {
            let threshold =
                format!("{} {}", if t.below { "<" } else { "≥" }, threshold_text(outcome, t.threshold, lang));
            let mut judged = CardTarget::judge(t, v, band, threshold);
            let draws = band.map_or(0, |b| b.draws);
            judged.explain = point_vs_draws(t, v, judged.probability, draws, lang);
            judged
        }),
        warning: None,
        color: "var(--accent)",
        projected: projected(
            outcome,
            sy.year,
            s,
            outcome_text(outcome, v, places, lang) != outcome_text(outcome, bv, places, lang),
        ),
        latest: latest_text(outcome, s, lang),
        target_note: target_elsewhere(outcome, sy.year, lang),
    }
}

/// The cards without the band's paired change (the slides, the presenter).
pub fn cards(s: &Projection, b: &Projection, i: usize, band: Option<&Band>, lang: Lang) -> Vec<Card> {
    cards_with(s, b, i, band, None, lang)
}

/// The cards, each change with its 80 % range when `differences` (the
/// scenario against the baseline on the same draws) is given.
pub fn cards_with(
    s: &Projection,
    b: &Projection,
    i: usize,
    band: Option<&Band>,
    differences: Option<&Differences>,
    lang: Lang,
) -> Vec<Card> {
    let i = i.min(s.years.len().saturating_sub(1));
    let (sy, by) = (&s.years[i], &b.years[i]);
    let mut cards: Vec<Card> = STRANDS
        .iter()
        .map(|&st| {
            let k = st.index();
            let o = Outcome::COMPLETION[k];
            let mut delta = pp(sy.completion_rate[k] - by.completion_rate[k], lang);
            delta.range = change_range(differences, o, sy.year, 1, lang);
            Card {
                id: st.id(),
                name: o.short(lang).to_string(),
                value: outcome_usual(o, o.value(sy), lang),
                deltas: vec![delta],
                target: None,
                warning: s.completion_by_year.get(i).and_then(|c| strand_warning(&c.strands[k], lang)),
                color: ["var(--urban)", "var(--rural)", "var(--integration)"][k],
                projected: true,
                latest: latest_text(o, s, lang),
                target_note: None,
            }
        })
        .collect();
    let o = Outcome::OverallCompletion;
    let mut delta = pp(sy.overall_completion_rate - by.overall_completion_rate, lang);
    delta.range = change_range(differences, o, sy.year, 1, lang);
    cards.push(Card {
        id: "overall",
        name: o.short(lang).to_string(),
        value: outcome_usual(o, sy.overall_completion_rate, lang),
        deltas: vec![delta],
        target: None,
        warning: None,
        color: "var(--overall)",
        projected: true,
        latest: latest_text(o, s, lang),
        target_note: None,
    });
    cards.push(target_card("income-ratio", Outcome::IncomeRatio, (s, b, i), (band, differences), lang));
    // Whole standards closed (a standard is closed or not); each count has
    // its own change.
    let count = |d: f64, o: Outcome| Delta {
        value: d,
        text: signed(d, 1),
        unit: None,
        better: Better::Up,
        threshold: 0.05,
        range: change_range(differences, o, sy.year, 1, lang),
    };
    cards.push(Card {
        id: "standards",
        name: T::StandardsClosed.get(lang).to_string(),
        value: [Outcome::StandardsNoUrbanRuralGap, Outcome::StandardsNoHukouGap]
            .map(|o| o.number(o.value(sy), o.places()))
            .join(" / "),
        deltas: vec![
            count(sy.standards_no_urban_rural_gap - by.standards_no_urban_rural_gap, Outcome::StandardsNoUrbanRuralGap),
            count(sy.standards_no_hukou_gap - by.standards_no_hukou_gap, Outcome::StandardsNoHukouGap),
        ],
        target: None,
        warning: None,
        color: "var(--accent)",
        projected: true,
        latest: latest_text(Outcome::StandardsNoUrbanRuralGap, s, lang),
        target_note: None,
    });
    cards.push(target_card("city-gap", Outcome::CityIncomeGap, (s, b, i), (band, differences), lang));
    cards
}
