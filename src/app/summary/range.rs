//! The change's range in words: "这一调整使 2030 年收入比下降 0.005–0.012（80 %
//! 区间，1000 次抽样）" — the scenario against its baseline on the same
//! draws (`model::paired`), for the headline incomes, when the whole range
//! shows a change.

use super::sentence::{short_in_sentence, Sentence, Topic};
use crate::i18n::Lang;
use crate::model::paired::Differences;
use crate::model::Outcome;
use crate::text::T;

/// The outcomes the summary gives a range of the change for.
const RANGED: [Outcome; 2] = [Outcome::IncomeRatio, Outcome::AverageIncome];

/// One sentence per headline outcome whose 80 % range of the change in
/// `year` does not round to no change.
pub(super) fn range_sentences(d: &Differences, year: i32) -> Vec<Sentence> {
    RANGED
        .iter()
        .filter_map(|&o| {
            let (lo, hi) = d.range(o, year)?;
            let scale = o.unit().scale();
            let places = o.places();
            let round = |x: f64| crate::io::show::thousands((x * scale).abs(), places);
            let zero = |x: f64| round(x).chars().all(|c| c == '0' || c == '.');
            if zero(lo) && zero(hi) {
                return None;
            }
            // Both ends on one side: "下降 0.005–0.012"; across zero, the
            // signed ends ("变化 −0.002–+0.004").
            let (verb, a, b) = if lo >= 0.0 {
                (T::SumRaises, round(lo), round(hi))
            } else if hi <= 0.0 {
                (T::SumLowers, round(hi), round(lo))
            } else {
                (T::SumMoves, format!("−{}", round(lo)), format!("+{}", round(hi)))
            };
            let unit = |lang: Lang| match o.unit().label(lang) {
                "" => String::new(),
                u => format!(" {u}"),
            };
            let text = T::SumChangeRange.fill(|lang| {
                let (name, v, n) = (short_in_sentence(o, lang), verb.get(lang).to_string(), d.draws.to_string());
                let hi = format!("{b}{}", unit(lang));
                match lang {
                    Lang::Zh => vec![year.to_string(), name, v, a.clone(), hi, n],
                    Lang::En => vec![v, name, year.to_string(), a.clone(), hi, n],
                }
            });
            Some(Sentence {
                topic: Topic::Income,
                text: super::sentence::concat(&[text, super::sentence::text(T::SumEnd)]),
            })
        })
        .collect()
}
