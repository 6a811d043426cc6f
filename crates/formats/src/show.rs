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
    let text = text
        .replace("docs/DATA.md ", &format!("{sources} "))
        .replace("docs/DATA.md", sources)
        .replace("docs/MODEL.md", model)
        .replace("DATA.md", sources)
        .replace("MODEL.md", model);
    group_amounts(&text)
}

/// Amounts in running text grouped by thousands as on screen: a number of
/// four or more digits followed by 亿元, 元, yuan or bn ("81616 元" →
/// "81,616 元"); years and other numbers stay as written.
pub fn group_amounts(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let starts = chars[i].is_ascii_digit()
            && (i == 0 || !(chars[i - 1].is_ascii_digit() || matches!(chars[i - 1], '.' | ',')));
        if !starts {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        let int_end = (i..chars.len()).find(|&j| !chars[j].is_ascii_digit()).unwrap_or(chars.len());
        let mut end = int_end;
        if chars.get(end) == Some(&'.') && chars.get(end + 1).is_some_and(|c| c.is_ascii_digit()) {
            end = (end + 1..chars.len()).find(|&j| !chars[j].is_ascii_digit()).unwrap_or(chars.len());
        }
        let after: String = chars[end..].iter().take(5).collect::<String>();
        let after = after.trim_start();
        let money = ["亿元", "元", "yuan", "bn"].iter().any(|u| after.starts_with(u));
        let int: String = chars[i..int_end].iter().collect();
        if money && int.len() > 3 {
            let v = super::number::parse_f64(&int).unwrap_or(0.0);
            out.push_str(&thousands(v, 0));
        } else {
            out.push_str(&int);
        }
        out.extend(&chars[int_end..end]);
        i = end;
    }
    out
}
