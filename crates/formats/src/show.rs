//! An outcome's value as text, with its unit from the outcome table: one
//! format per unit for the screen, the charts (target labels) and exports.
//! Yuan and 亿元 grouped by thousands.

use crate::number::honest_places;
use urs_model::i18n::Lang;
use urs_model::outcome::{Measure, Outcome};

/// 85000.4 → "85,000" (places decimals after the grouped integer part).
pub fn thousands(v: f64, places: usize) -> String {
    urs_model::i18n::grouped(v, places)
}

/// An outcome's value on screen, with `places` decimals and its unit from
/// the outcome table; yuan grouped by thousands ("85,000 元", "73.5 %").
pub fn outcome_text(o: Outcome, v: f64, places: usize, lang: Lang) -> String {
    match o.unit() {
        Measure::Yuan => o.with_unit(thousands(o.shown(v), places), lang),
        _ => o.with_unit(o.number(v, places), lang),
    }
}

/// An outcome's value with the table's decimals.
pub fn outcome_usual(o: Outcome, v: f64, lang: Lang) -> String {
    outcome_text(o, v, o.places(), lang)
}

/// A target's threshold as the province writes it ("1.9", "76 %", "85,000 元").
pub fn threshold_text(o: Outcome, threshold: f64, lang: Lang) -> String {
    match o.unit() {
        Measure::Yuan => o.with_unit(thousands(threshold, 0), lang),
        _ => o.with_unit(format!("{}", o.shown(threshold)), lang),
    }
}

/// Decimals for an outcome's value beside a threshold: the table's, or more
/// so the comparison reads true (`honest_places`, in the shown unit).
pub fn honest_outcome_places(o: Outcome, v: f64, threshold: f64) -> usize {
    honest_places(o.shown(v), o.shown(threshold), o.places())
}

/// A citation as the screen shows it: no repository paths. "docs/DATA.md S1"
/// is the in-app reference's list of sources ("来源 S1" / "source S1"),
/// "docs/MODEL.md" the model reference itself ("模型说明" / "model
/// reference"); the lever's note links to that reference beside it.
pub fn screen_citation(text: &str, lang: Lang) -> String {
    let (sources, model) = (lang.pick("来源", "source"), lang.pick("模型说明", "model reference"));
    text.replace("docs/DATA.md ", &format!("{sources} "))
        .replace("docs/DATA.md", sources)
        .replace("docs/MODEL.md", model)
        .replace("DATA.md", sources)
        .replace("MODEL.md", model)
}
