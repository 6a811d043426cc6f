//! Direction checks (proptest): for every lever, moving it up from any state
//! of the other levers moves its documented outcome the documented way, or
//! not at all. The table is the one in docs/MODEL.md, "Lever directions".
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use urban_rural_sim::model::params::{self, Role, PARAMS};
use urban_rural_sim::model::{project, Projection, Scenario, Strand};

#[derive(Clone, Copy, Debug)]
enum Way {
    Up,
    Down,
}

type Outcome = fn(&Projection) -> f64;

fn completion_all_years(p: &Projection) -> f64 {
    p.completion_by_year.iter().map(|c| c.overall_rate[11]).sum()
}
fn strand_completion(p: &Projection, s: Strand) -> f64 {
    p.completion_by_year.iter().map(|c| c.strand(s).completion_rate[11]).sum()
}
fn last(p: &Projection) -> &urban_rural_sim::model::YearOutcome {
    p.years.last().expect("six years")
}

fn year(p: &Projection, y: i32) -> &urban_rural_sim::model::YearOutcome {
    p.years.iter().find(|o| o.year == y).expect("a year of the horizon")
}

/// (lever id, outcome name, outcome, documented direction)
fn directions() -> Vec<(&'static str, &'static str, Outcome, Way)> {
    let mut d: Vec<(&'static str, &'static str, Outcome, Way)> = vec![
        ("plan_funds_bn", "completion", completion_all_years, Way::Up),
        ("special_funds_bn", "completion", completion_all_years, Way::Up),
        ("credit_bn", "completion", completion_all_years, Way::Up),
        ("credit_take_up", "completion", completion_all_years, Way::Up),
        ("execution_speed", "completion", completion_all_years, Way::Up),
        ("plan_share_integration", "standards no u-r gap 2030", |p| last(p).standards_no_urban_rural_gap, Way::Up),
        ("plan_growth", "completed bn 2030", |p| last(p).completed_bn.iter().sum(), Way::Up),
        (
            "special_funds_years",
            "completed bn 2025–2030",
            |p| p.years.iter().map(|y| y.completed_bn.iter().sum::<f64>()).sum(),
            Way::Up,
        ),
        ("hukou_reform", "registered urbanization 2030", |p| last(p).registered_urbanization, Way::Up),
        ("hukou_reform", "standards no hukou gap 2030", |p| last(p).standards_no_hukou_gap, Way::Up),
        ("standards_effort", "standards no u-r gap 2030", |p| last(p).standards_no_urban_rural_gap, Way::Up),
        ("standards_effort", "standards no hukou gap 2030", |p| last(p).standards_no_hukou_gap, Way::Up),
        ("county_capacity", "urbanization 2030", |p| last(p).urbanization, Way::Up),
        ("mountain_share", "mountain relative income 2030", |p| last(p).mountain_relative_income, Way::Up),
        ("mountain_share", "city income gap 2030", |p| last(p).city_income_gap, Way::Down),
        // The targets, in their own years (issue 19, item 7): each answers to
        // the levers that move it.
        ("mountain_share", "mountain relative income 2027", |p| year(p, 2027).mountain_relative_income, Way::Up),
        ("mountain_share", "city income gap 2025", |p| year(p, 2025).city_income_gap, Way::Down),
        ("county_capacity", "mountain relative income 2030", |p| last(p).mountain_relative_income, Way::Up),
        ("county_capacity", "city income gap 2030", |p| last(p).city_income_gap, Way::Down),
        ("plan_funds_bn", "all residents' income 2027", |p| year(p, 2027).average_income, Way::Up),
        ("execution_speed", "all residents' income 2027", |p| year(p, 2027).average_income, Way::Up),
    ];
    for pot in ["plan", "special", "credit"] {
        for (strand, outcome) in [
            ("urban", (|p| strand_completion(p, Strand::Urban)) as Outcome),
            ("rural", |p| strand_completion(p, Strand::Rural)),
            ("integration", |p| strand_completion(p, Strand::Integration)),
        ] {
            let id: &'static str = Box::leak(format!("{pot}_share_{strand}").into_boxed_str());
            d.push((id, "that strand's completion", outcome, Way::Up));
        }
    }
    d
}

#[test]
fn every_lever_has_a_documented_direction() {
    let documented: Vec<_> = directions().into_iter().map(|d| d.0).collect();
    for p in PARAMS.iter().filter(|p| p.role == Role::Lever) {
        assert!(documented.contains(&p.id), "lever {} has no direction check", p.id);
    }
}

/// A random state: every lever somewhere in its plausible range.
fn any_state() -> impl Strategy<Value = Vec<f64>> {
    let n = PARAMS.iter().filter(|p| p.role == Role::Lever).count();
    proptest::collection::vec(0.0..=1.0f64, n)
}

fn scenario_at(position: &[f64]) -> Scenario {
    let mut s = Scenario::zhejiang_2025();
    for (p, t) in PARAMS.iter().filter(|p| p.role == Role::Lever).zip(position) {
        (p.set)(&mut s, p.min + t * (p.max - p.min));
    }
    s
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]
    #[test]
    fn moving_a_lever_up_moves_its_outcome_the_documented_way(
        state in any_state(),
        from in 0.0..=1.0f64,
        step in 0.01..=0.5f64,
    ) {
        for (id, name, outcome, way) in directions() {
        let spec = params::find(id).expect("lever in the table");
        let base = scenario_at(&state);
        let low_value = spec.min + from * (spec.max - spec.min);
        let high_value = (low_value + step * (spec.max - spec.min)).min(spec.max);
        let mut low = base.clone();
        (spec.set)(&mut low, low_value);
        let mut high = base;
        (spec.set)(&mut high, high_value);
        prop_assert!(low.validate().is_ok() && high.validate().is_ok(), "{} makes an invalid scenario", id);
        let (a, b) = (outcome(&project(&low)), outcome(&project(&high)));
        let tolerance = 1e-9 * a.abs().max(1.0);
        match way {
            Way::Up => prop_assert!(b >= a - tolerance, "{} {} -> {}: {} went {} -> {}", id, low_value, high_value, name, a, b),
            Way::Down => prop_assert!(b <= a + tolerance, "{} {} -> {}: {} went {} -> {}", id, low_value, high_value, name, a, b),
        }
        }
    }
}
