//! A goal-seek answer in words, both languages, from the text table: the
//! goals with their values, what binds, the commitments kept, the cost and
//! the years the money comes in. The app's answer (made in the worker,
//! src/app/jobs.rs) and the CLI say the same.

use crate::show::{outcome_text, threshold_text};
use crate::text::T;
use urs_model::goal_seek::{Bind, Goal, Solution, Spending};
use urs_model::i18n::{format_money_bn, Bilingual, Lang};
use urs_model::outcome::Measure;
use urs_model::params;

/// An answer's sentences, each in both languages.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct SeekWords {
    /// Met, or out of reach (with no setting offered).
    pub status: Bilingual,
    /// What holds the binding goal back, one sentence each (empty when met).
    pub binds: Vec<Bilingual>,
    /// The published commitments kept (None: all freed).
    pub kept: Option<Bilingual>,
    /// The extra money (met), or what the best values would take.
    pub cost: Bilingual,
    /// The years the money comes in.
    pub timing: Bilingual,
}

fn both(f: impl Fn(Lang) -> String) -> Bilingual {
    Bilingual::new(f(Lang::Zh), f(Lang::En))
}

/// Money with its sign: "+123.4 亿元", "−5.0 bn".
pub fn signed_money(bn: f64, lang: Lang) -> String {
    let sign = if bn < -0.05 {
        "−"
    } else if bn >= 0.05 {
        "+"
    } else {
        ""
    };
    format!("{sign}{}", format_money_bn(bn.abs(), lang))
}

/// An outcome's name inside an English sentence ("the urban–rural income ratio").
fn name_in_sentence(o: urs_model::Outcome, lang: Lang) -> String {
    let name = o.name(lang);
    match lang {
        Lang::Zh => name.to_string(),
        Lang::En => {
            let mut c = name.chars();
            c.next().map_or(String::new(), |f| std::iter::once(f.to_ascii_lowercase()).chain(c).collect())
        }
    }
}

/// "城乡居民收入比 2030 ≤ 1.62 (1.618)": the outcome table's name, unit and
/// decimals; the value in brackets when given.
pub fn goal_text(goal: &Goal, value: Option<f64>, lang: Lang) -> String {
    let o = goal.outcome();
    let threshold = match o.unit() {
        Measure::Yuan => threshold_text(o, goal.threshold(), lang),
        _ => o.with_unit(clean_to(o.shown(goal.threshold()), o.places() + 3), lang),
    };
    let reached = value
        .filter(|v| v.is_finite())
        .map_or(String::new(), |v| format!(" ({})", outcome_text(o, v, o.places(), lang)));
    format!("{} {} {} {threshold}{reached}", o.name(lang), goal.year(), if goal.at_most() { "≤" } else { "≥" })
}

/// A number as typed: at most `places` decimals, no trailing zeros.
fn clean_to(v: f64, places: usize) -> String {
    let s = format!("{v:.places$}");
    if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    }
}

/// A lever's end: at most two decimals.
fn clean(v: f64) -> String {
    clean_to(v, 2)
}

fn param_name(id: &str, lang: Lang) -> String {
    params::find(id).map_or(id.to_string(), |p| p.name(lang).to_string())
}

/// One thing that binds `binding`, in words.
pub fn bind_words(b: &Bind, binding: &Goal) -> Bilingual {
    let o = binding.outcome();
    let reach = |v: f64, lang| outcome_text(o, v, o.places(), lang);
    match b {
        Bind::Lever { id, at_top } => {
            let key = if *at_top { T::SeekBindTop } else { T::SeekBindBottom };
            key.fill(|lang| {
                let end = params::find(id).map_or(String::new(), |p| {
                    let v = if *at_top { p.max } else { p.min };
                    format!("{} {}", clean(p.unit.to_display(v, lang)), p.unit.label(lang)).trim().to_string()
                });
                vec![param_name(id, lang), end]
            })
        }
        Bind::Commitment { id, would_reach } => T::SeekBindCommitment
            .fill(|lang| vec![param_name(id, lang), name_in_sentence(o, lang), reach(*would_reach, lang)]),
        Bind::Outcomes { outcomes, would_reach } => T::SeekBindOutcome.fill(|lang| {
            let names: Vec<String> = outcomes.iter().map(|x| name_in_sentence(*x, lang)).collect();
            vec![names.join(lang.pick("、", ", ")), name_in_sentence(o, lang), reach(*would_reach, lang)]
        }),
        Bind::Pace { would_reach } => {
            T::SeekBindPace.fill(|lang| vec![name_in_sentence(o, lang), reach(*would_reach, lang)])
        }
    }
}

/// The years the money changes in: "2025 年 +12.0 亿元、2026 年 +12.4 亿元".
pub fn timing(spending: &Spending) -> Bilingual {
    let years: Vec<_> = spending.years_spent().collect();
    if years.is_empty() {
        return both(|lang| T::SeekTimingNone.get(lang).to_string());
    }
    T::SeekTiming.fill(|lang| {
        let each: Vec<String> = years
            .iter()
            .map(|y| {
                T::SeekYearMoney.fill(|l| vec![y.year.to_string(), signed_money(y.extra_bn, l)]).get(lang).to_string()
            })
            .collect();
        vec![each.join(lang.pick("、", ", "))]
    })
}

/// The whole answer in words.
pub fn seek_words(sol: &Solution) -> SeekWords {
    let status = both(|lang| if sol.met { T::GoalsMet } else { T::GoalsNotMet }.get(lang).to_string());
    let binds = match &sol.binding {
        // Nothing binds on the line: say so (with a chance asked, the band binds: the goals say their chance).
        Some(_) if sol.binds.is_empty() && sol.goals.iter().all(|g| g.probability.is_none()) => {
            vec![both(|lang| T::SeekBindNone.get(lang).to_string())]
        }
        Some(_) if sol.binds.is_empty() => Vec::new(),
        Some(binding) => sol.binds.iter().map(|b| bind_words(b, binding)).collect(),
        None => Vec::new(),
    };
    let kept = (!sol.kept.is_empty()).then(|| {
        T::SeekKept.fill(|lang| {
            let names: Vec<String> = sol.kept.iter().map(|id| param_name(id, lang)).collect();
            vec![names.join(lang.pick("、", ", "))]
        })
    });
    let key = if sol.met { T::SeekCost } else { T::SeekCostBest };
    let cost = key.fill(|lang| vec![signed_money(sol.spending.extra_bn, lang)]);
    SeekWords { status, binds, kept, cost, timing: timing(&sol.spending) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use urs_model::goal_seek::YearMoney;
    use urs_model::Outcome;

    #[test]
    fn money_carries_its_sign_and_the_years_it_comes_in() {
        assert_eq!(signed_money(12.34, Lang::Zh), "+123.4 亿元");
        assert_eq!(signed_money(-5.0, Lang::En), "−5.0 bn");
        assert_eq!(signed_money(0.01, Lang::En), "0.0 bn");
        let by_year = vec![YearMoney { year: 2025, extra_bn: 1.2 }, YearMoney { year: 2026, extra_bn: 0.0 }];
        let t = timing(&Spending { extra_bn: 1.2, by_year });
        assert_eq!(t.zh, "资金年份：2025 年 +12.0 亿元");
        assert_eq!(t.en, "When: 2025 +1.2 bn");
        let none = timing(&Spending { extra_bn: 0.0, by_year: vec![YearMoney { year: 2025, extra_bn: 0.0 }] });
        assert!(none.en.contains("no year's money changes"), "{none:?}");
    }

    #[test]
    fn a_goal_reads_as_typed_without_float_noise() {
        let g = Goal::new(Outcome::IntegrationCompletion, 2028, 1.15).unwrap();
        assert_eq!(goal_text(&g, Some(1.152), Lang::Zh), "融合年末投资完成率 2028 ≥ 115 % (115.2 %)");
        let g = Goal::new(Outcome::IncomeRatio, 2030, 1.655).unwrap();
        assert_eq!(goal_text(&g, None, Lang::En), "Urban–rural income ratio 2030 ≤ 1.655");
    }

    #[test]
    fn what_binds_is_said_with_the_lever_or_rule_and_the_value_it_would_allow() {
        let g = Goal::new(Outcome::IncomeRatio, 2030, 1.6).unwrap();
        let b = bind_words(&Bind::Commitment { id: "credit_bn", would_reach: 1.6412 }, &g);
        assert!(b.zh.contains("政策性银行信贷额度") && b.zh.contains("1.641"), "{b:?}");
        assert!(b.en.contains("freed, the urban–rural income ratio could reach 1.641"), "{b:?}");
        let b = bind_words(&Bind::Lever { id: "county_capacity", at_top: true }, &g);
        assert!(b.en.contains("top of its range (1.5 ×)"), "{b:?}");
        let b = bind_words(&Bind::Pace { would_reach: 1.63 }, &g);
        assert!(b.zh.contains("计划进度") && b.en.contains("plan's pace"), "{b:?}");
    }
}
