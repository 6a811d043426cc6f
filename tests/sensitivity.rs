//! The sensitivity (tornado) tables (docs/MODEL.md, "Sensitivity"): sorted
//! by swing, each bar what the model gives with that one number at the low
//! and at the high end of its stated range (recomputed here through the
//! parameter table and `project`, not through the tornado's own code), and
//! the answer a planner should read from the built-in one.
#![cfg(not(target_arch = "wasm32"))]

use urban_rural_sim::model::params::{find, Kind, SourceKind, PARAMS};
use urban_rural_sim::model::sensitivity::{tornado, tornadoes, Input, Of, HEADLINE};
use urban_rural_sim::model::{project, Outcome, ReadOutcome, Scenario};

/// The outcome in `year` with the rows `ids` at an end of their stated
/// ranges, by hand (the scenarios here hold every row inside its range).
fn run_with(s: &Scenario, ids: &[&str], high: bool, outcome: Outcome, year: i32) -> f64 {
    let mut s = s.clone();
    for id in ids {
        let p = find(id).unwrap();
        (p.set)(&mut s, if high { p.max } else { p.min });
    }
    outcome.in_year(&project(&s).years, year).unwrap()
}

/// A planner's change: more ordinary funds, more of them to 兴村.
fn changed() -> Scenario {
    let mut s = Scenario::zhejiang_2025();
    s.levers.plan_funds_bn = 380.0;
    (find("plan_share_rural").unwrap().set)(&mut s, 0.62);
    s
}

fn ids_of(input: Input) -> Vec<&'static str> {
    match input {
        Input::Param(id) => vec![id],
        Input::Pace(first) => {
            PARAMS.iter().filter(|p| matches!(p.kind, Kind::PaceMonth(m) if (m < 6) == first)).map(|p| p.id).collect()
        }
    }
}

#[test]
fn every_headline_tornado_is_sorted_and_each_bar_is_the_model_at_either_end() {
    for (s, of) in [(Scenario::zhejiang_2025(), Of::Level), (changed(), Of::Level), (changed(), Of::Change)] {
        check_every_bar(&s, of);
    }
}

fn check_every_bar(s: &Scenario, of: Of) {
    let all = tornadoes(s, &HEADLINE, 2030, of).unwrap();
    assert_eq!(all.len(), HEADLINE.len());
    let base = s.baseline();
    // The model by hand: the level, or the scenario less its baseline, both with the same input.
    let by_hand = |ids: &[&str], high: bool, outcome: Outcome| {
        let level = run_with(s, ids, high, outcome, 2030);
        level - if of == Of::Change { run_with(&base, ids, high, outcome, 2030) } else { 0.0 }
    };
    for t in &all {
        assert!(t.bars.len() > 30, "{:?}: {} bars", t.outcome, t.bars.len());
        assert!(t.bars.windows(2).all(|w| w[0].swing() >= w[1].swing()), "{:?} not sorted", t.outcome);
        let central = t.outcome.in_year(&project(s).years, 2030).unwrap()
            - if of == Of::Change { t.outcome.in_year(&project(&base).years, 2030).unwrap() } else { 0.0 };
        assert!((t.central - central).abs() <= 1e-9 * central.abs().max(1.0));
        for bar in &t.bars {
            let ids = ids_of(bar.input);
            let (low, high) = (by_hand(&ids, false, t.outcome), by_hand(&ids, true, t.outcome));
            let close = |a: f64, b: f64| (a - b).abs() <= 1e-9 * b.abs().max(1.0);
            assert!(
                close(bar.at_low, low) && close(bar.at_high, high),
                "{:?} {:?}: {bar:?} vs {low}, {high}",
                t.outcome,
                bar.input
            );
            assert!((bar.swing() - (high - low).abs()).abs() <= 1e-9 * high.abs().max(1.0));
        }
    }
}

#[test]
fn the_2030_ratio_depends_most_on_its_trend_and_a_change_on_the_returns_labelled_assumptions() {
    let t = tornado(&Scenario::zhejiang_2025(), Outcome::IncomeRatio, 2030, Of::Level).unwrap();
    assert_eq!(t.bars[0].input, Input::Param("income_ratio_decline"), "{:?}", &t.bars[..3]);
    // A faster fall of the trend gives a lower ratio.
    assert!(t.bars[0].at_high < t.central && t.central < t.bars[0].at_low);
    // The reporting month is in the table, and moves the ratio by about as much as the levers.
    let month = t.bars.iter().find(|b| b.input == Input::Param("calibration_month")).unwrap();
    assert!((0.005..0.03).contains(&month.swing()), "{month:?}");
    // The baseline's level does not depend on the returns: its trend holds the reference investment.
    let theta = t.bars.iter().find(|b| b.input == Input::Param("return_rural_on_rural")).unwrap();
    assert_eq!(theta.swing(), 0.0);
    // A change does: the returns θ, the time to build and the depreciation
    // move it, and each return and the lag says it is an assumption.
    let t = tornado(&changed(), Outcome::IncomeRatio, 2030, Of::Change).unwrap();
    assert!(t.central < 0.0, "more money to 兴村 lowers the ratio: {}", t.central);
    for id in ["return_rural_on_rural", "return_urban_on_rural", "gestation_years", "depreciation"] {
        let bar = t.bars.iter().find(|b| b.input == Input::Param(id)).unwrap_or_else(|| panic!("{id}"));
        assert!(bar.swing() > 0.0, "{id}: {bar:?}");
        if id.starts_with("return_") || id == "gestation_years" {
            assert_eq!(bar.input.source(), SourceKind::Assumption, "{id}");
        }
    }
    let rank = |id| t.bars.iter().position(|b| b.input == Input::Param(id)).unwrap();
    // The capacity and the time to build decide how much of the money becomes
    // capital by 2030; θ 兴村 what that capital earns: among the first eight.
    assert!(rank("return_rural_on_rural") < 8, "θ 兴村 among the first: {:?}", &t.bars[..8]);
    assert!(rank("gestation_years") < 8, "the lag among the first: {:?}", &t.bars[..8]);
    // A year outside the horizon has no tornado.
    assert!(tornado(&Scenario::zhejiang_2025(), Outcome::IncomeRatio, 2040, Of::Level).is_none());
}
