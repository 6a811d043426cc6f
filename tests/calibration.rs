//! The starting point, an identity: the plan is derived from the seed's
//! figures (completed ÷ rate), so the model reproduces them at the reporting
//! date by construction, whatever the levers and whichever reporting month is
//! assumed. This test keeps the identity from breaking; it validates nothing
//! (the out-of-sample tests in crates/model/equations/src/history.rs and
//! tests/published_2025.rs do).
#![cfg(not(target_arch = "wasm32"))]

use urban_rural_sim::model::{params, project, Scenario};

fn assert_seed_figures(s: &Scenario) {
    let c = project(s).calibration;
    assert_eq!(c.total_completed_bn, 169.68);
    assert_eq!(c.total_rate_pct, 59.1);
    assert_eq!(c.urban_completed_bn, 73.859);
    assert_eq!(c.urban_rate_pct, 61.7);
    assert_eq!(c.rural_completed_bn, 85.106);
    assert_eq!(c.rural_rate_pct, 57.5);
    // Derived remainder (docs/MODEL.md, "Reported data"): 10.715 bn done, ≈ 55.3 %.
    assert_eq!(c.integration_completed_bn, 10.715);
    assert_eq!(c.integration_rate_pct, 55.3);
}

#[test]
fn builtin_scenario_reproduces_the_seed_at_the_end_of_may() {
    let s = Scenario::zhejiang_2025();
    assert_eq!(s.assumptions.calibration_month, 5);
    assert_seed_figures(&s);
}

#[test]
fn calibration_holds_when_the_reporting_date_is_moved_to_june() {
    let mut s = Scenario::zhejiang_2025();
    s.assumptions.calibration_month = 6;
    assert_seed_figures(&s);
    assert_eq!(project(&s).calibration.month, 6);
}

#[test]
fn no_lever_rewrites_what_was_already_reported() {
    for p in params::PARAMS.iter().filter(|p| p.role == params::Role::Lever) {
        for value in [p.min, p.max] {
            let mut s = Scenario::zhejiang_2025();
            (p.set)(&mut s, value);
            s.validate().unwrap();
            assert_seed_figures(&s);
        }
    }
}

#[test]
fn the_unrounded_projection_matches_the_seed_to_float_precision() {
    let s = Scenario::zhejiang_2025();
    let p = project(&s);
    let may = 4;
    let c = &p.completion;
    assert!((c.overall_completed_bn[may] - 169.68).abs() < 1e-9);
    assert!((c.overall_rate[may] - 0.591).abs() < 1e-12);
    assert!((c.strands[0].completed_bn[may] - 73.859).abs() < 1e-9);
    assert!((c.strands[1].completion_rate[may] - 0.575).abs() < 1e-12);
}
