//! (web-free) Which KPI cards a presentation slide shows: the figures its
//! change moves most, after any the planner pinned in the deck editor. A
//! slide's change is measured against the slide before it (the first slide
//! against the baseline), each figure's change divided by a scale: the
//! change a meeting would call large for that figure. The cards themselves
//! (names, values, targets) are the KPI strip's (`kpi_cards.rs`), named by
//! the outcome table.

use crate::i18n::Lang;
use crate::model::outcome::Outcome;
use crate::model::{Strand, YearOutcome};
use crate::text::T;

/// How many cards a slide shows (one row at 16:9).
pub const SLIDE_CARDS: usize = 4;

/// Every card a slide can show, by the KPI strip's id, with its scale: what
/// counts as a large change of that figure in one scenario against another.
/// Completion rates: 5 percentage points (the planning ranges of the money
/// levers move all projects by 10–30 points); the income ratio and the
/// city gap: 0.01 (a year of the province's trend is about 0.02–0.03);
/// standards: one standard closed (or opened).
pub const CARD_SCALES: [(&str, f64); 7] = [
    ("overall", 0.05),
    ("income-ratio", 0.01),
    ("standards", 1.0),
    ("city-gap", 0.01),
    ("urban", 0.05),
    ("rural", 0.05),
    ("integration", 0.05),
];

/// The cards of a slide whose change moves nothing (and the order of ties):
/// the headline figures.
pub const DEFAULT_CARDS: [&str; SLIDE_CARDS] = ["overall", "income-ratio", "standards", "city-gap"];

/// A change smaller than this part of a figure's scale is no move (it would
/// round away on the card, or is noise next to the others).
pub const LEAST_MOVE: f64 = 0.05;

/// The card's id as the KPI strip spells it, if it is one.
pub fn card_id(id: &str) -> Option<&'static str> {
    CARD_SCALES.iter().map(|(c, _)| *c).find(|c| *c == id)
}

/// A card's name, as on the card (for the deck editor's pins).
pub fn card_name(id: &str, lang: Lang) -> &'static str {
    match id {
        "overall" => Outcome::OverallCompletion.short(lang),
        "income-ratio" => Outcome::IncomeRatio.short(lang),
        "standards" => T::StandardsClosed.get(lang),
        "city-gap" => Outcome::CityIncomeGap.short(lang),
        "urban" => Outcome::COMPLETION[Strand::Urban.index()].short(lang),
        "rural" => Outcome::COMPLETION[Strand::Rural.index()].short(lang),
        "integration" => Outcome::COMPLETION[Strand::Integration.index()].short(lang),
        _ => "",
    }
}

/// How far figure `id` moved from `before` to `now`, in its scale. The
/// standards card shows two counts: the larger move of the two.
pub fn moved(id: &str, now: &YearOutcome, before: &YearOutcome) -> f64 {
    let scale = CARD_SCALES.iter().find(|(c, _)| *c == id).map_or(1.0, |(_, s)| *s);
    let change = match id {
        "overall" => now.overall_completion_rate - before.overall_completion_rate,
        "income-ratio" => now.income_ratio - before.income_ratio,
        "city-gap" => now.city_income_gap - before.city_income_gap,
        "standards" => (now.standards_no_urban_rural_gap.floor() - before.standards_no_urban_rural_gap.floor())
            .abs()
            .max((now.standards_no_hukou_gap.floor() - before.standards_no_hukou_gap.floor()).abs()),
        "urban" => now.completion_rate[0] - before.completion_rate[0],
        "rural" => now.completion_rate[1] - before.completion_rate[1],
        "integration" => now.completion_rate[2] - before.completion_rate[2],
        _ => 0.0,
    };
    change.abs() / scale
}

/// The cards of a slide showing `now` whose change starts from `before`:
/// the pinned ones first (known ids, each once, at most `SLIDE_CARDS`), then
/// the figures moved most (at least `LEAST_MOVE` of their scale), then the
/// headline figures, `SLIDE_CARDS` in all.
pub fn choose_cards(now: &YearOutcome, before: &YearOutcome, pinned: &[String]) -> Vec<&'static str> {
    let mut chosen: Vec<&'static str> = Vec::with_capacity(SLIDE_CARDS);
    for id in pinned.iter().filter_map(|p| card_id(p)) {
        if !chosen.contains(&id) && chosen.len() < SLIDE_CARDS {
            chosen.push(id);
        }
    }
    let mut by_move: Vec<(usize, &'static str, f64)> = CARD_SCALES
        .iter()
        .enumerate()
        .map(|(i, (id, _))| (i, *id, moved(id, now, before)))
        .filter(|(_, _, m)| *m >= LEAST_MOVE)
        .collect();
    // Largest first; a tie keeps the table's order (its index breaks the tie:
    // the unstable sort, no second sort implementation in the wasm).
    by_move.sort_unstable_by(|a, b| b.2.total_cmp(&a.2).then(a.0.cmp(&b.0)));
    for id in by_move.into_iter().map(|(_, id, _)| id).chain(DEFAULT_CARDS) {
        if chosen.len() >= SLIDE_CARDS {
            break;
        }
        if !chosen.contains(&id) {
            chosen.push(id);
        }
    }
    chosen
}
