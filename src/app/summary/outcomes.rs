//! What follows in the shown year, in words: completion by strand (with what
//! limited a strand), incomes, services, urbanization and regions, each
//! against the baseline's values and, where the province has them, its
//! targets with their verdict and, once the band is in, its probability.

use super::sentence::{concat, in_sentence, join, same, short_in_sentence, text, Sentence, Topic};
use crate::app::format::{honest_outcome_places, outcome_text, outcome_usual, threshold_text};
use crate::i18n::{format_money_bn, Bilingual, Lang};
use crate::model::targets::{TargetCheck, TargetStatus, TARGETS};
use crate::model::uncertainty::Band;
use crate::model::{Limit, Outcome, OutcomeTargets, Projection, ReadOutcome, Scenario, YearOutcome, STRANDS};
use crate::text::T;

/// A figure of the shown year as the sentence prints it, the baseline's
/// value as its list prints it, and whether the two show the same number.
struct Figure {
    scenario: Bilingual,
    baseline: Bilingual,
    same: bool,
}

impl Figure {
    fn new(scenario: Bilingual, baseline: Bilingual) -> Figure {
        Figure { same: scenario == baseline, scenario, baseline }
    }
}

/// A filled main clause, then the baseline's values (or that they are all
/// the same), the targets, the full stop.
fn with_baseline(topic: Topic, main: Bilingual, figures: &[Figure], targets: Option<Bilingual>) -> Sentence {
    let baseline = if figures.iter().all(|f| f.same) {
        text(T::SumAsBaseline)
    } else {
        let list = join(&figures.iter().map(|f| f.baseline.clone()).collect::<Vec<_>>(), T::ListSeparator);
        T::SumBaselineValues.fill(|lang| vec![list.get(lang).to_string()])
    };
    let mut parts = vec![main, baseline];
    parts.extend(targets.map(|t| T::SumTargets.fill(|lang| vec![t.get(lang).to_string()])));
    parts.push(text(T::SumEnd));
    Sentence { topic, text: concat(&parts) }
}

/// The shown year's value of an outcome in the outcome table's unit and
/// decimals; with honest digits against the target of that year, if there
/// is one (as the KPI card), one count of digits for the scenario and the
/// baseline.
fn outcome_figure(outcome: Outcome, (sy, by): (&YearOutcome, &YearOutcome)) -> Figure {
    let (v, b) = (outcome.value(sy), outcome.value(by));
    let places = outcome.targets().find(|t| t.year == sy.year).map_or(outcome.places(), |t| {
        honest_outcome_places(outcome, v, t.threshold).max(honest_outcome_places(outcome, b, t.threshold))
    });
    let show =
        |x: f64| Bilingual::new(outcome_text(outcome, x, places, Lang::Zh), outcome_text(outcome, x, places, Lang::En));
    Figure::new(show(v), show(b))
}

/// Does the sentence state a projection (预计)? Yes if any of its figures
/// is one: after its latest published year, or moved by the scenario
/// (`published::projected`).
fn any_projected(outcomes: &[Outcome], figures: &[Figure], p: &Projection, year: i32) -> bool {
    outcomes.iter().zip(figures).any(|(&o, f)| crate::app::published::projected(o, year, p, !f.same))
}

/// `key` filled with the year, then each outcome's name and the scenario's
/// value of it, in order.
fn named_clause(key: T, year: i32, outcomes: &[Outcome], figures: &[Figure]) -> Bilingual {
    key.fill(|lang| {
        let pairs = outcomes
            .iter()
            .zip(figures)
            .flat_map(|(o, f)| [in_sentence(o.name(lang), lang), f.scenario.get(lang).to_string()]);
        std::iter::once(year.to_string()).chain(pairs).collect()
    })
}

/// The verdict on a target: from the band's probability when there is one
/// (met or missed only when the band is clear of the threshold), from the
/// projection's check otherwise; with the probability.
pub fn verdict(check: &TargetCheck, band: Option<&Band>) -> (TargetStatus, Option<f64>) {
    let probability = band.and_then(|b| b.probability(check.id));
    (probability.map_or(check.status, TargetStatus::from_probability), probability)
}

/// "2027 年城乡收入比低于 1.9（预计 1.846），达成目标（达成概率 97 %）" for each target on
/// `outcomes`, in the target table's order; the value is left out for the
/// shown year's target (the sentence has just said it).
fn target_clauses(outcomes: &[Outcome], p: &Projection, year: i32, band: Option<&Band>) -> Option<Bilingual> {
    let clauses: Vec<Bilingual> = TARGETS
        .iter()
        .filter_map(|t| {
            let o = *outcomes.iter().find(|o| **o == t.outcome)?;
            let check = p.targets.iter().find(|c| c.id == t.id)?;
            let (status, probability) = verdict(check, band);
            let word = match status {
                TargetStatus::Met => T::TargetMet,
                TargetStatus::Missed => T::TargetMissed,
                TargetStatus::TooClose => T::TargetTooClose,
            };
            let chance = probability.map(|p| {
                let chance = T::ProbabilityShort.fill(|_| vec![format!("{:.0}", p * 100.0)]);
                T::InParentheses.fill(|l| vec![chance.get(l).to_string()])
            });
            let op = if t.below { T::SumBelow } else { T::SumAtLeast };
            let key = if t.year == year { T::SumTargetThisYear } else { T::SumTarget };
            Some(key.fill(|lang| {
                let mut args = vec![
                    t.year.to_string(),
                    short_in_sentence(o, lang),
                    op.get(lang).to_string(),
                    threshold_text(o, t.threshold, lang),
                ];
                if t.year != year {
                    args.push(outcome_text(o, check.value, honest_outcome_places(o, check.value, t.threshold), lang));
                }
                args.push(format!("{}{}", word.get(lang), chance.as_ref().map_or("", |c| c.get(lang))));
                args
            }))
        })
        .collect();
    (!clauses.is_empty()).then(|| join(&clauses, T::SumClauses))
}

/// What limited a strand in the year, when the planner should know (as the
/// KPI card): money used up, or money left unspent.
fn strand_note(c: &crate::model::StrandCompletion) -> Option<Bilingual> {
    match c.limit {
        Limit::Money => Some(text(T::MoneyLimited)),
        _ if c.unspent_bn > 0.05 => {
            let one = |lang: Lang| format!("{} {}", T::Unspent.get(lang), format_money_bn(c.unspent_bn, lang));
            Some(Bilingual::new(one(Lang::Zh), one(Lang::En)))
        }
        _ => None,
    }
}

/// (b) Year-end completion by strand and overall, with what limited a strand.
fn completion_sentence(p: &Projection, b: &Projection, i: usize) -> Sentence {
    let (sy, by) = (&p.years[i], &b.years[i]);
    // Each strand's and the overall rate, by their short names.
    let named = |o: Outcome, note: Option<Bilingual>| {
        let one = |lang: Lang| {
            let note = note
                .as_ref()
                .map_or(String::new(), |n| T::InParentheses.fill(|l| vec![n.get(l).to_string()]).get(lang).to_string());
            format!("{} {}{note}", short_in_sentence(o, lang), outcome_usual(o, o.value(sy), lang))
        };
        let (v, base) = (outcome_usual(o, o.value(sy), Lang::En), outcome_usual(o, o.value(by), Lang::En));
        Figure { scenario: Bilingual::new(one(Lang::Zh), one(Lang::En)), same: v == base, baseline: same(base) }
    };
    let mut items: Vec<Figure> = STRANDS
        .iter()
        .map(|st| {
            let k = st.index();
            named(Outcome::COMPLETION[k], p.completion_by_year.get(i).and_then(|c| strand_note(&c.strands[k])))
        })
        .collect();
    items.push(named(Outcome::OverallCompletion, None));
    let list = join(&items.iter().map(|f| f.scenario.clone()).collect::<Vec<_>>(), T::ListSeparator);
    let main = T::SumCompletion.fill(|lang| vec![sy.year.to_string(), list.get(lang).to_string()]);
    with_baseline(Topic::Completion, main, &items, None)
}

/// (b) The outcome sentences for the year at index `i` (within both
/// projections): completion, incomes, services, urbanization, regions.
pub(super) fn outcome_sentences(
    scenario: &Scenario,
    projection: &Projection,
    baseline: &Projection,
    i: usize,
    band: Option<&Band>,
) -> Vec<Sentence> {
    let (sy, by) = (&projection.years[i], &baseline.years[i]);
    let year = sy.year;
    let mut sentences = vec![completion_sentence(projection, baseline, i)];

    let pair = (sy, by);
    let outcomes = [Outcome::IncomeRatio, Outcome::AverageIncome];
    let income = outcomes.map(|o| outcome_figure(o, pair));
    let targets = target_clauses(&outcomes, projection, year, band);
    let key = if any_projected(&outcomes, &income, projection, year) { T::SumIncomeProjected } else { T::SumIncome };
    let main = named_clause(key, year, &outcomes, &income);
    sentences.push(with_baseline(Topic::Income, main, &income, targets));

    // Whole standards (a standard is closed or not), as the KPI card.
    let count = |v: f64, lang: Lang| format!("{:.0}{}", v.floor(), T::StandardsUnit.get(lang));
    let counted = |s: f64, b: f64| {
        Figure::new(
            Bilingual::new(count(s, Lang::Zh), count(s, Lang::En)),
            Bilingual::new(count(b, Lang::Zh), count(b, Lang::En)),
        )
    };
    let standards = [
        counted(sy.standards_no_urban_rural_gap, by.standards_no_urban_rural_gap),
        counted(sy.standards_no_hukou_gap, by.standards_no_hukou_gap),
    ];
    let total = scenario.start.standards_total;
    let main = T::SumServices.fill(|lang| {
        let (a, b) = (standards[0].scenario.get(lang).to_string(), standards[1].scenario.get(lang).to_string());
        vec![year.to_string(), a, b, count(total, lang)]
    });
    sentences.push(with_baseline(Topic::Services, main, &standards, None));

    let outcomes = [Outcome::Urbanization, Outcome::RegisteredUrbanization];
    let urbanization = outcomes.map(|o| outcome_figure(o, pair));
    let projected = any_projected(&outcomes, &urbanization, projection, year);
    let key = if projected { T::SumUrbanizationProjected } else { T::SumUrbanization };
    let main = named_clause(key, year, &outcomes, &urbanization);
    sentences.push(with_baseline(Topic::Urbanization, main, &urbanization, None));

    let outcomes = [Outcome::CityIncomeGap, Outcome::MountainRelativeIncome];
    let regions = outcomes.map(|o| outcome_figure(o, pair));
    let targets = target_clauses(&outcomes, projection, year, band);
    let key = if any_projected(&outcomes, &regions, projection, year) { T::SumRegionsProjected } else { T::SumRegions };
    let main = named_clause(key, year, &outcomes, &regions);
    sentences.push(with_baseline(Topic::Regions, main, &regions, targets));
    sentences
}
