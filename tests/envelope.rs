//! The plausibility envelope (docs/MODEL.md, "Plausibility envelope"): what
//! no setting inside the stated ranges may produce (tests/common/mod.rs),
//! checked for all money to one strand and for random settings (each lever
//! at either end, alone and all together, is tests/model_check.rs); and the
//! envelope's behaviour: continuity, more money never worse, no free lever.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{assert_inside, levers};
use proptest::prelude::*;
use urban_rural_sim::model::params::{Role, PARAMS};
use urban_rural_sim::model::{project, Allocation, Projection, Scenario, Strand, POTS, STRANDS};

fn all_money_to(strand: Strand) -> Scenario {
    let mut s = Scenario::zhejiang_2025();
    let mut shares = [0.0; 3];
    shares[strand.index()] = 1.0;
    for pot in POTS {
        *pot.allocation_mut(&mut s.levers) = Allocation::from_array(shares);
    }
    s
}

#[test]
fn all_money_to_one_strand_is_mostly_unspent_and_hurts_the_others() {
    let base = project(&Scenario::zhejiang_2025());
    for strand in STRANDS {
        let s = all_money_to(strand);
        let p = assert_inside(&s, &format!("all money to {strand:?}"));
        let c = p.completion.strand(strand);
        assert!(c.year_end_rate() <= s.assumptions.absorptive_capacity + 1e-9, "{strand:?}: {}", c.year_end_rate());
        for other in STRANDS.into_iter().filter(|o| *o != strand) {
            let (now, before) = (p.completion.strand(other).year_end_bn(), base.completion.strand(other).year_end_bn());
            assert!(now < before, "{other:?} keeps its work when all money goes to {strand:?}");
        }
        // Money the strand cannot absorb is shown, not completed.
        assert!(c.unspent_bn > 1.0, "{strand:?}: no unspent money shown");
    }
    // Rural revitalization starved: rural incomes fall behind the baseline and the ratio rises.
    let p = project(&all_money_to(Strand::Integration));
    let (y, b) = (p.years.last().unwrap(), base.years.last().unwrap());
    assert!(
        y.rural_income < b.rural_income && y.income_ratio > b.income_ratio,
        "{} vs {}",
        y.income_ratio,
        b.income_ratio
    );
}

/// The outputs a planner reads, flattened.
fn outputs(p: &Projection) -> Vec<f64> {
    let mut v = Vec::new();
    for y in &p.years {
        v.extend([
            y.income_ratio,
            y.urban_income / 1e4,
            y.rural_income / 1e4,
            y.average_income / 1e4,
            y.standards_no_urban_rural_gap,
            y.standards_no_hukou_gap,
            y.urbanization,
            y.registered_urbanization,
            y.city_income_gap,
            y.mountain_relative_income,
        ]);
        v.extend(y.completion_rate);
    }
    v
}

#[test]
fn every_output_is_continuous_in_every_lever() {
    for p in levers() {
        for step in 0..=100 {
            let x = p.min + (p.max - p.min) * f64::from(step) / 100.0;
            let h = (p.max - p.min) * 1e-9;
            let (mut a, mut b) = (Scenario::zhejiang_2025(), Scenario::zhejiang_2025());
            (p.set)(&mut a, x.min(p.max - h));
            (p.set)(&mut b, x.min(p.max - h) + h);
            for (i, (fa, fb)) in outputs(&project(&a)).iter().zip(outputs(&project(&b))).enumerate() {
                assert!((fa - fb).abs() <= 1e-5 * (1.0 + fa.abs()), "{} at {x}: output {i} jumps {fa} -> {fb}", p.id);
            }
        }
    }
}

/// Scale every pot of money by `factor`, the allocation unchanged.
fn scaled(mut s: Scenario, factor: f64) -> Scenario {
    s.levers.plan_funds_bn *= factor;
    s.levers.special_funds_bn *= factor;
    s.levers.credit_bn *= factor;
    s
}

fn any_state() -> impl Strategy<Value = Vec<f64>> {
    proptest::collection::vec(0.0..=1.0f64, levers().count())
}

fn scenario_at(position: &[f64]) -> Scenario {
    let mut s = Scenario::zhejiang_2025();
    for (p, &f) in levers().zip(position) {
        (p.set)(&mut s, p.min + f * (p.max - p.min));
    }
    s
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn random_settings_stay_inside_the_envelope(position in any_state()) {
        assert_inside(&scenario_at(&position), &format!("{position:?}"));
    }

    /// The levers and every assumption anywhere in their plausible ranges
    /// together (the pace months as one, so the profile stays a profile).
    #[test]
    fn random_levers_and_assumptions_stay_inside_the_envelope(
        position in any_state(),
        beliefs in proptest::collection::vec(0.0..=1.0f64, PARAMS.len()),
        pace in 0.0..=1.0f64,
    ) {
        let mut s = scenario_at(&position);
        for (p, &f) in PARAMS.iter().zip(&beliefs).filter(|(p, _)| p.role == Role::Assumption && p.unit != urban_rural_sim::model::params::Unit::Month) {
            let f = if matches!(p.kind, urban_rural_sim::model::params::Kind::PaceMonth(_)) { pace } else { f };
            (p.set)(&mut s, p.min + f * (p.max - p.min));
        }
        assert_inside(&s, &format!("{position:?} {beliefs:?} {pace}"));
    }

    #[test]
    fn more_money_invested_never_makes_an_outcome_worse(position in any_state(), more in 1.0..1.5f64) {
        let low = scenario_at(&position);
        let high = scaled(low.clone(), more);
        let (a, b) = (project(&low), project(&high));
        for (x, y) in a.years.iter().zip(&b.years) {
            let tol = 1e-9;
            prop_assert!(y.completed_bn.iter().sum::<f64>() >= x.completed_bn.iter().sum::<f64>() - tol);
            prop_assert!(y.rural_income >= x.rural_income - tol, "rural income {} -> {}", x.rural_income, y.rural_income);
            prop_assert!(y.urban_income >= x.urban_income - tol);
            prop_assert!(y.average_income >= x.average_income - tol);
            prop_assert!(y.income_ratio <= x.income_ratio + tol, "ratio {} -> {}", x.income_ratio, y.income_ratio);
            prop_assert!(y.standards_no_urban_rural_gap >= x.standards_no_urban_rural_gap - tol);
            prop_assert!(y.standards_no_hukou_gap >= x.standards_no_hukou_gap - tol);
            prop_assert!(y.urbanization >= x.urbanization - tol);
            prop_assert!(y.city_income_gap <= x.city_income_gap + tol);
            prop_assert!(y.mountain_relative_income >= x.mountain_relative_income - tol);
        }
    }
}

#[test]
fn outcomes_move_when_the_investment_moves() {
    let base = project(&Scenario::zhejiang_2025());
    let rural_2030 = |p: &Projection| p.years.last().unwrap().rural_income;
    // A June reporting date means less work by December: incomes follow.
    let mut june = Scenario::zhejiang_2025();
    june.assumptions.calibration_month = 6;
    let june_p = project(&june);
    assert!(june_p.years[0].completed_bn.iter().sum::<f64>() < base.years[0].completed_bn.iter().sum::<f64>());
    assert!(rural_2030(&june_p) < rural_2030(&base), "a June reporting date changes no income");
    // A slower December likewise.
    let mut slow = Scenario::zhejiang_2025();
    slow.assumptions.pace_profile[11] = 1.0;
    assert!(rural_2030(&project(&slow)) < rural_2030(&base));
    // Less money for 兴村 means less rural income.
    let mut cut = Scenario::zhejiang_2025();
    cut.levers.plan_funds_bn *= 0.9;
    assert!(rural_2030(&project(&cut)) < rural_2030(&base));
}

#[test]
fn no_policy_lever_is_free() {
    let base = project(&Scenario::zhejiang_2025());
    for id in ["hukou_reform", "standards_effort", "county_capacity"] {
        let p = PARAMS.iter().find(|p| p.id == id).unwrap();
        let mut s = Scenario::zhejiang_2025();
        (p.set)(&mut s, p.max);
        let more = project(&s);
        let cost: f64 = more.years.iter().map(|y| y.policy_cost.total_bn()).sum();
        assert!(cost > 1.0, "{id} at its maximum costs {cost} bn over six years");
        let built: f64 = more.years.iter().map(|y| y.completed_bn.iter().sum::<f64>()).sum();
        let built_base: f64 = base.years.iter().map(|y| y.completed_bn.iter().sum::<f64>()).sum();
        assert!(built < built_base, "{id} at its maximum takes nothing from the projects");
    }
    // The mountain share costs no money but a lower return: rural incomes fall.
    let mut s = Scenario::zhejiang_2025();
    s.levers.mountain_share = 0.6;
    assert!(project(&s).years.last().unwrap().rural_income < base.years.last().unwrap().rural_income);
}
