//! What changed against the baseline, in words: each lever that differs
//! (money, totals and splits, then policy) with its two values printed with
//! enough decimals that they differ as shown, or that none does; and how many
//! assumptions and data differ from the built-in scenario (they move the
//! baseline itself, so they are counted apart).

use super::sentence::{join, text, Sentence, Topic};
use crate::i18n::{format_money_places, Bilingual, Lang};
use crate::io::export::differs;
use crate::model::params::{Group, Kind, ParamSpec, Role, Unit, PARAMS};
use crate::model::{Scenario, STRANDS};
use crate::text::T;

/// A lever's value in its display unit, with `extra` more decimals than the
/// lever panel's usual ones.
fn lever_value(unit: Unit, v: f64, lang: Lang, extra: usize) -> String {
    match unit {
        Unit::BnYuan => format_money_places(v, lang, 1 + extra),
        Unit::Share => format!("{:.*} %", 1 + extra, v * 100.0),
        Unit::Multiplier => T::SumTimes.fill(|_| vec![format!("{:.*}", 2 + extra, v)]).get(lang).to_string(),
        Unit::Years => format!("{:.*} {}", 1 + extra, v, unit.label(lang)),
        _ => format!("{:.*} {}", 2 + extra, v, unit.label(lang)),
    }
}

/// The two values of a changed lever, with enough decimals that they differ
/// as shown (3244.0 → 3244.04 is not printed as 3244.0 → 3244.0).
fn two_values(show: impl Fn(usize) -> (String, String)) -> (String, String) {
    (0..=8).map(&show).find(|(a, b)| a != b).unwrap_or_else(|| show(8))
}

/// Chinese puts a space between a number (or "%") and the word after it,
/// none between a unit word (亿元, 倍) and the next word.
fn before_word(s: String, lang: Lang) -> String {
    match (lang, s.chars().last()) {
        (Lang::Zh, Some(c)) if c.is_ascii() => s + " ",
        _ => s,
    }
}

/// "常规渠道资金（每年）由 3244.0 亿元增至 3600.0 亿元"; amounts and years
/// "increase", rates and multipliers "rise" (提高到).
fn lever_clause(p: &ParamSpec, from: f64, to: f64) -> Bilingual {
    let amount = matches!(p.unit, Unit::BnYuan | Unit::Years);
    let key = match (to > from, amount) {
        (true, true) => T::SumUp,
        (false, true) => T::SumDown,
        (true, false) => T::SumRaised,
        (false, false) => T::SumLowered,
    };
    key.fill(|lang| {
        let (a, b) = two_values(|extra| (lever_value(p.unit, from, lang, extra), lever_value(p.unit, to, lang, extra)));
        vec![p.name(lang).to_string(), before_word(a, lang), b]
    })
}

/// "常规渠道资金分配（强城 / 兴村 / 融合）由 38.8 % / 51.0 % / 10.2 % 改为 …".
fn split_clause(pot: crate::model::Pot, from: [f64; 3], to: [f64; 3]) -> Bilingual {
    T::SumSplit.fill(|lang| {
        let shares = |a: [f64; 3], places: usize| {
            a.iter().map(|v| format!("{:.places$} %", v * 100.0)).collect::<Vec<_>>().join(" / ")
        };
        let (a, b) = two_values(|extra| (shares(from, 1 + extra), shares(to, 1 + extra)));
        let names = STRANDS.iter().map(|s| s.short(lang).to_ascii_lowercase()).collect::<Vec<_>>().join(" / ");
        vec![lang.pick(pot.zh(), pot.en()).to_string(), names, before_word(a, lang), b]
    })
}

/// (a) The levers that differ from the baseline: money (totals and splits),
/// then policy; or that none does.
pub(super) fn lever_sentences(scenario: &Scenario) -> Vec<Sentence> {
    let baseline = scenario.baseline();
    let (mut money, mut policy) = (Vec::new(), Vec::new());
    for p in PARAMS.iter().filter(|p| p.role == Role::Lever) {
        let clause = match p.kind {
            // A pot's split, once, where its first share row stands.
            Kind::Share(pot, strand) if strand == STRANDS[0] => {
                let (from, to) = (pot.allocation(&baseline.levers), pot.allocation(&scenario.levers));
                // A share only locked (4.42972 % → 4.42970 %) is no change.
                let moved = STRANDS.iter().any(|st| differs(Unit::Share, from.share(*st), to.share(*st)));
                moved.then(|| split_clause(pot, from.as_array(), to.as_array()))
            }
            Kind::Share(..) => None,
            _ => {
                let (from, to) = ((p.get)(&baseline), (p.get)(scenario));
                differs(p.unit, from, to).then(|| lever_clause(p, from, to))
            }
        };
        if let Some(c) = clause {
            if p.group == Group::Funds {
                money.push(c)
            } else {
                policy.push(c)
            }
        }
    }
    let mut out = Vec::new();
    for (clauses, key) in [(money, T::SumMoney), (policy, T::SumPolicy)] {
        if !clauses.is_empty() {
            let list = join(&clauses, T::SumClauses);
            out.push(Sentence { topic: Topic::Levers, text: key.fill(|lang| vec![list.get(lang).to_string()]) });
        }
    }
    if out.is_empty() {
        out.push(Sentence { topic: Topic::Levers, text: text(T::SumNoChange) });
    }
    out
}

/// How many assumptions and data differ from the built-in scenario: rows of
/// the parameter table that are not levers, and cities.
pub fn changed_assumptions(scenario: &Scenario) -> usize {
    let builtin = Scenario::zhejiang_2025();
    let rows = PARAMS
        .iter()
        .filter(|p| p.role != Role::Lever && differs(p.unit, (p.get)(scenario), (p.get)(&builtin)))
        .count();
    let cities = scenario.cities.iter().zip(&builtin.cities).filter(|(a, b)| a != b).count()
        + scenario.cities.len().abs_diff(builtin.cities.len());
    rows + cities
}
