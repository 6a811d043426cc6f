//! Older scenario files (format version 1, model 0.2) open with each edit
//! mapped to today's model or listed as not carried over, in both languages
//! (crates/model/inputs/src/scenario_v1.rs); the app's import door and the
//! CLI give the same notice.

use urban_rural_sim::io::library::{self, Imported};
use urban_rural_sim::model::Scenario;

fn open(text: &str) -> (Scenario, String, String) {
    let Ok(Imported::Scenario { scenario, notice }) = library::import(text) else { panic!("refused") };
    let notice = notice.expect("a notice");
    (*scenario, notice.zh, notice.en)
}

/// A June reporting date, a slower December, a mountain starting income and
/// changed ordinary funds are mapped; settings today's model lacks (the
/// funding elasticity, the old trend's cap) and 2024 data that 2025's
/// published figures replace are listed.
#[test]
fn an_older_files_edits_are_mapped_or_listed() {
    let (s, zh, en) = open(include_str!("fixtures/scenario-v1-model-0.2-assumptions.json"));
    let builtin = Scenario::zhejiang_2025();
    assert_eq!(s.assumptions.calibration_month, 6);
    assert!(
        zh.contains("已换算：assumptions.calibration_month") && en.contains("mapped: assumptions.calibration_month")
    );
    // December 1.00 against model 0.2's 1.05: today's December moved by the same factor.
    let december = builtin.assumptions.pace_profile[11] * 1.0 / 1.05;
    assert!((s.assumptions.pace_profile[11] - december).abs() < 1e-12, "{}", s.assumptions.pace_profile[11]);
    assert_eq!(s.start.mountain_relative_income, 0.75);
    assert_eq!(s.start.mountain_relative_income_year, 2024);
    // 320 of model 0.2's 344.53 bn built in: the same share of today's 324.4.
    let funds = builtin.levers.plan_funds_bn * 320.0 / 344.52791878172593;
    assert!((s.levers.plan_funds_bn - funds).abs() < 1e-9, "{}", s.levers.plan_funds_bn);
    for (path, value) in [
        ("assumptions.funding_elasticity", "0.8"),
        ("assumptions.outcomes.income_trend_cap", "0.02"),
        ("start.urban_income", "79000"),
    ] {
        assert!(zh.contains(&format!("未转入：{path} = {value}")), "{zh}");
        assert!(en.contains(&format!("not carried over: {path} = {value}")), "{en}");
    }
    // What was left as built in takes today's values: no policy change.
    assert_eq!(s.levers.credit_bn, builtin.levers.credit_bn);
    assert_eq!(s.cities, builtin.cities);
    assert_eq!(s.start.urban_income, builtin.start.urban_income);
}

/// A December slower than November no longer rises once moved onto today's
/// profile: the profile is listed as not carried over, with the reason.
#[test]
fn a_pace_edit_that_cannot_be_mapped_is_listed_with_its_reason() {
    let (s, zh, en) = open(include_str!("fixtures/scenario-v1-model-0.2-december.json"));
    assert_eq!(s.assumptions.pace_profile, Scenario::zhejiang_2025().assumptions.pace_profile);
    assert!(zh.contains("未转入：assumptions.pace_profile.11") && zh.contains("逐月不减"), "{zh}");
    assert!(en.contains("not carried over: assumptions.pace_profile.11") && en.contains("must not fall"), "{en}");
}

/// The first fixture's edited split keeps its tilt against the built-in split.
#[test]
fn an_older_split_keeps_its_tilt() {
    let (s, zh, en) = open(include_str!("fixtures/scenario-v1-model-0.2.json"));
    let builtin = Scenario::zhejiang_2025().levers.plan_allocation;
    assert!(s.levers.plan_allocation.rural > builtin.rural && s.levers.plan_allocation.urban < builtin.urban);
    assert!(zh.contains("常规资金分配") && en.contains("ordinary funds' split"), "{en}");
    assert_eq!(s.levers.hukou_reform, 1.5);
}

/// An unknown member of an older file is refused with a message, as in a
/// file of today's format: nothing is passed over in silence.
#[test]
fn an_older_file_with_an_unknown_member_is_refused() {
    let mut v: serde_json::Value = serde_json::from_str(include_str!("fixtures/scenario-v1-model-0.2.json")).unwrap();
    v["surprise"] = serde_json::json!(1);
    let Err(e) = library::import(&v.to_string()) else { panic!("an unknown member was accepted") };
    assert!(e.en.contains("unknown field `surprise`") && e.zh.contains("surprise"), "{e}");
}
