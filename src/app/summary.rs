//! The scenario in words, 中文 and English: rule-based sentences over the
//! model's numbers, for the screen (`summary_view.rs`) and the CSV export.
//! In order: what changed against the baseline (levers with their two
//! values; changed assumptions apart, since they move the baseline itself),
//! what follows in the shown year (completion by strand, incomes, services,
//! urbanization, regions, each against the baseline and the province's
//! targets with their verdict and, once the band is in, its probability),
//! and what it costs. Every number is read from the projection, the band or
//! the parameter table and printed with the app's formats; every word comes
//! from the text table. Web-free and deterministic, tested in tests/summary.rs.
//!
//! This file is the summary's shape and order; the sentences are made in
//! `summary/changes.rs` (what changed), `summary/outcomes.rs` (what follows,
//! with targets), `summary/cost.rs` (what it costs), from the parts in
//! `summary/sentence.rs`.

mod changes;
mod cost;
mod outcomes;
mod range;
mod sentence;

pub use changes::changed_assumptions;
pub use outcomes::verdict;
pub use sentence::{Sentence, Topic};

use crate::i18n::Lang;
use crate::model::paired::Differences;
use crate::model::uncertainty::Band;
use crate::model::{Projection, Scenario};
use crate::text::T;
use changes::lever_sentences;
use cost::cost_sentence;
use outcomes::outcome_sentences;
use serde::Serialize;

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Summary {
    /// The year the outcome sentences are about.
    pub year: i32,
    pub sentences: Vec<Sentence>,
}

impl Summary {
    /// The sentences in one language, in order.
    pub fn lines(&self, lang: Lang) -> Vec<&str> {
        self.sentences.iter().map(|s| s.text.get(lang)).collect()
    }
}

/// The scenario in words for the year at `year_index` of the projection:
/// what changed, what follows, what it costs. `baseline` is the projection
/// of `scenario.baseline()`; `band`, when given, is the scenario's band.
pub fn summarize(
    scenario: &Scenario,
    projection: &Projection,
    baseline: &Projection,
    year_index: usize,
    band: Option<&Band>,
) -> Summary {
    summarize_with(scenario, projection, baseline, year_index, band, None)
}

/// As `summarize`, with the 80 % range of the change against the baseline
/// on the same draws (`model::paired`) after the outcome sentences.
pub fn summarize_with(
    scenario: &Scenario,
    projection: &Projection,
    baseline: &Projection,
    year_index: usize,
    band: Option<&Band>,
    differences: Option<&Differences>,
) -> Summary {
    let i = year_index.min(projection.years.len().saturating_sub(1)).min(baseline.years.len().saturating_sub(1));
    let (Some(sy), Some(_)) = (projection.years.get(i), baseline.years.get(i)) else {
        return Summary { year: 0, sentences: lever_sentences(scenario) };
    };
    let year = sy.year;
    let mut sentences = lever_sentences(scenario);
    let n = changed_assumptions(scenario);
    if n > 0 {
        sentences.push(Sentence { topic: Topic::Assumptions, text: T::SumAssumptions.fill(|_| vec![n.to_string()]) });
    }
    sentences.extend(outcome_sentences(scenario, projection, baseline, i, band));
    if let Some(d) = differences {
        sentences.extend(range::range_sentences(d, year));
    }
    sentences.extend(unmoved_sentences(scenario));
    sentences.push(cost_sentence(scenario, projection));
    Summary { year, sentences }
}

/// What changed against the baseline, for a phone's first screen
/// (`story.rs`): the summary's own sentences about the levers and the
/// changed assumptions; none when the scenario is its baseline.
pub fn what_changed(scenario: &Scenario) -> Vec<Sentence> {
    let levers = lever_sentences(scenario);
    let no_lever = levers.iter().all(|s| s.text.zh == T::SumNoChange.get(Lang::Zh));
    let n = changed_assumptions(scenario);
    let mut out = if no_lever { Vec::new() } else { levers };
    if n > 0 {
        out.push(Sentence { topic: Topic::Assumptions, text: T::SumAssumptions.fill(|_| vec![n.to_string()]) });
    }
    out
}

/// `model::reach::unmoved_targets` (about 40 projections) once per change of
/// data or assumptions, not on every lever move: the answer depends on the
/// scenario with its levers at the built-in values, kept with its key.
fn unmoved_targets(scenario: &Scenario) -> Vec<&'static str> {
    thread_local! {
        static LAST: std::cell::RefCell<Option<(Scenario, Vec<&'static str>)>> = const { std::cell::RefCell::new(None) };
    }
    let key = Scenario { levers: crate::model::Levers::builtin(), ..scenario.clone() };
    LAST.with(|last| {
        let mut last = last.borrow_mut();
        match &*last {
            Some((k, unmoved)) if *k == key => unmoved.clone(),
            _ => {
                let unmoved = crate::model::reach::unmoved_targets(&key);
                *last = Some((key, unmoved.clone()));
                unmoved
            }
        }
    })
}

/// A sentence for each target no lever moves (decided from the model:
/// `model::reach`), so the summary never implies a lever could reach it.
fn unmoved_sentences(scenario: &Scenario) -> Vec<Sentence> {
    let unmoved = unmoved_targets(scenario);
    crate::model::targets::TARGETS
        .iter()
        .filter(|t| unmoved.contains(&t.id))
        .map(|t| {
            let topic = match t.outcome {
                crate::model::Outcome::CityIncomeGap | crate::model::Outcome::MountainRelativeIncome => Topic::Regions,
                _ => Topic::Income,
            };
            let text = T::SumNoLeverMoves.fill(|lang| vec![lang.pick(t.zh, t.en).to_string()]);
            Sentence { topic, text }
        })
        .collect()
}

/// The text for the screen: a number and the unit after it stay on one line
/// (a no-break space between them: "76.3 %", "1.00 倍", "705.4 亿元", "11.8 bn"),
/// the rest may wrap. Files keep plain spaces.
pub fn for_screen(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let unit_at = |i: usize| {
        let rest: String = chars[i..].iter().take(5).collect();
        chars[i] == '%' || !chars[i].is_ascii() || rest.starts_with("bn") || rest.starts_with("yuan")
    };
    chars
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let between = c == ' ' && i > 0 && chars[i - 1].is_ascii_digit() && i + 1 < chars.len() && unit_at(i + 1);
            if between {
                '\u{a0}'
            } else {
                c
            }
        })
        .collect()
}
