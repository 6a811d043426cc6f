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

use super::format::{honest_outcome_places, outcome_text, outcome_usual, threshold_text};
use crate::i18n::{format_money_bn, format_money_places, Bilingual, Lang};
use crate::model::financing::policy_costs;
use crate::model::goal_seek::pots_bn;
use crate::model::params::{Group, Kind, ParamSpec, Role, Unit, PARAMS};
use crate::model::targets::{TargetCheck, TargetStatus, TARGETS};
use crate::model::uncertainty::Band;
use crate::model::{Limit, Outcome, OutcomeTargets, Projection, ReadOutcome, Scenario, YearOutcome, STRANDS};
use crate::text::T;
use serde::Serialize;

/// What a sentence is about (its `data-topic` on the screen).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Topic {
    /// The levers that differ from the baseline (money, then policy), or none.
    Levers,
    /// Assumptions and data that differ from the built-in scenario.
    Assumptions,
    Completion,
    Income,
    Services,
    Urbanization,
    Regions,
    /// Money over the horizon against the baseline, and the policy costs.
    Cost,
}

impl Topic {
    pub fn id(self) -> &'static str {
        match self {
            Topic::Levers => "levers",
            Topic::Assumptions => "assumptions",
            Topic::Completion => "completion",
            Topic::Income => "income",
            Topic::Services => "services",
            Topic::Urbanization => "urbanization",
            Topic::Regions => "regions",
            Topic::Cost => "cost",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Sentence {
    pub topic: Topic,
    pub text: Bilingual,
}

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

/// Parts joined per language by the separator `sep`.
fn join(parts: &[Bilingual], sep: T) -> Bilingual {
    let one = |lang: Lang| parts.iter().map(|p| p.get(lang)).collect::<Vec<_>>().join(sep.get(lang));
    Bilingual::new(one(Lang::Zh), one(Lang::En))
}

fn concat(parts: &[Bilingual]) -> Bilingual {
    let one = |lang: Lang| parts.iter().map(|p| p.get(lang)).collect::<String>();
    Bilingual::new(one(Lang::Zh), one(Lang::En))
}

fn text(key: T) -> Bilingual {
    Bilingual::new(key.get(Lang::Zh), key.get(Lang::En))
}

/// The same text in both languages (a number without a unit).
fn same(s: String) -> Bilingual {
    Bilingual::new(s.clone(), s)
}

/// Money that is not zero never prints as zero: up to three more decimals.
fn nonzero_money(bn: f64, lang: Lang) -> String {
    let shows_nonzero = |s: &String| s.split(' ').next().and_then(crate::number::parse_f64).is_some_and(|x| x != 0.0);
    (1..=4)
        .map(|p| format_money_places(bn, lang, p))
        .find(shows_nonzero)
        .unwrap_or_else(|| format_money_places(bn, lang, 4))
}

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

/// "常规渠道资金（全年）由 3244.0 亿元增至 3600.0 亿元"; amounts and years
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
fn lever_sentences(scenario: &Scenario) -> Vec<Sentence> {
    let baseline = scenario.baseline();
    let (mut money, mut policy) = (Vec::new(), Vec::new());
    for p in PARAMS.iter().filter(|p| p.role == Role::Lever) {
        let clause = match p.kind {
            // A pot's split, once, where its first share row stands.
            Kind::Share(pot, strand) if strand == STRANDS[0] => {
                let (from, to) = (pot.allocation(&baseline.levers), pot.allocation(&scenario.levers));
                (from != to).then(|| split_clause(pot, from.as_array(), to.as_array()))
            }
            Kind::Share(..) => None,
            _ => {
                let (from, to) = ((p.get)(&baseline), (p.get)(scenario));
                (from != to).then(|| lever_clause(p, from, to))
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
    let rows = PARAMS.iter().filter(|p| p.role != Role::Lever && (p.get)(scenario) != (p.get)(&builtin)).count();
    let cities = scenario.cities.iter().zip(&builtin.cities).filter(|(a, b)| a != b).count()
        + scenario.cities.len().abs_diff(builtin.cities.len());
    rows + cities
}

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

/// An outcome's name inside a sentence: the table's wording, English
/// lower-cased at its start ("the urban–rural income ratio").
fn in_sentence(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => name.to_string(),
        Lang::En => {
            let mut chars = name.chars();
            chars.next().map_or(String::new(), |c| c.to_lowercase().chain(chars).collect())
        }
    }
}

/// An outcome's short name inside a sentence (`in_sentence`).
fn short_in_sentence(o: Outcome, lang: Lang) -> String {
    in_sentence(o.short(lang), lang)
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

/// (d) The pots' money over the horizon against the baseline, and the
/// policy levers' yearly cost, which is paid out of that money (the ordinary
/// funds), not on top of it.
fn cost_sentence(scenario: &Scenario, p: &Projection) -> Sentence {
    let years = match (p.years.first(), p.years.last()) {
        (Some(a), Some(b)) => format!("{}–{}", a.year, b.year),
        _ => String::new(),
    };
    let (total, base) = (pots_bn(scenario), pots_bn(&scenario.baseline()));
    let d = total - base;
    // Float noise (shares that add up a hair differently) is no change.
    let main = if d.abs() < 1e-6 {
        T::SumMoneySame.fill(|lang| vec![years.clone(), format_money_bn(total, lang)])
    } else {
        let key = if d > 0.0 { T::SumMoneyMore } else { T::SumMoneyLess };
        key.fill(|lang| vec![years.clone(), format_money_bn(total, lang), nonzero_money(d.abs(), lang)])
    };
    let costs = policy_costs(scenario);
    let each: Vec<(Bilingual, Bilingual)> = PARAMS
        .iter()
        .filter_map(|p| match p.kind {
            Kind::Policy(lever) if costs.of(lever) > 0.0 => {
                let c = costs.of(lever);
                let name = Bilingual::new(p.name(Lang::Zh), p.name(Lang::En));
                Some((name, Bilingual::new(nonzero_money(c, Lang::Zh), nonzero_money(c, Lang::En))))
            }
            _ => None,
        })
        .collect();
    let mut parts = vec![main];
    if !each.is_empty() {
        // One lever: its name (its cost is the total); more: each with its cost.
        let list = if let [(name, _)] = each.as_slice() {
            name.clone()
        } else {
            join(
                &each.iter().map(|(n, c)| concat(&[n.clone(), same(" ".into()), c.clone()])).collect::<Vec<_>>(),
                T::ListSeparator,
            )
        };
        parts.push(
            T::SumPolicyCost.fill(|lang| vec![nonzero_money(costs.total_bn(), lang), list.get(lang).to_string()]),
        );
    }
    parts.push(text(T::SumEnd));
    Sentence { topic: Topic::Cost, text: concat(&parts) }
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
    let i = year_index.min(projection.years.len().saturating_sub(1)).min(baseline.years.len().saturating_sub(1));
    let (Some(sy), Some(by)) = (projection.years.get(i), baseline.years.get(i)) else {
        return Summary { year: 0, sentences: lever_sentences(scenario) };
    };
    let year = sy.year;
    let mut sentences = lever_sentences(scenario);
    let n = changed_assumptions(scenario);
    if n > 0 {
        sentences.push(Sentence { topic: Topic::Assumptions, text: T::SumAssumptions.fill(|_| vec![n.to_string()]) });
    }
    sentences.push(completion_sentence(projection, baseline, i));

    let pair = (sy, by);
    let outcomes = [Outcome::IncomeRatio, Outcome::AverageIncome];
    let income = outcomes.map(|o| outcome_figure(o, pair));
    let targets = target_clauses(&outcomes, projection, year, band);
    let main = named_clause(T::SumIncome, year, &outcomes, &income);
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
    let main = named_clause(T::SumUrbanization, year, &outcomes, &urbanization);
    sentences.push(with_baseline(Topic::Urbanization, main, &urbanization, None));

    let outcomes = [Outcome::CityIncomeGap, Outcome::MountainRelativeIncome];
    let regions = outcomes.map(|o| outcome_figure(o, pair));
    let targets = target_clauses(&outcomes, projection, year, band);
    let main = named_clause(T::SumRegions, year, &outcomes, &regions);
    sentences.push(with_baseline(Topic::Regions, main, &regions, targets));

    sentences.push(cost_sentence(scenario, projection));
    Summary { year, sentences }
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
