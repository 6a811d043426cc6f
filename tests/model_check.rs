//! The model-check matrix: every lever and every assumption alone at the
//! minimum and at the maximum of its plausible range, all levers at their
//! minimum, all at their maximum, and values far outside the ranges. Every
//! output must be finite, inside its bounds and inside the plausibility
//! envelope (tests/common/mod.rs; beyond the ranges, only the first two);
//! random settings are in tests/envelope.rs.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{assert_inside, assert_sane, levers};
use urban_rural_sim::model::params::{Role, PARAMS};
use urban_rural_sim::model::{project, Scenario};

#[test]
fn every_lever_alone_at_either_end_of_its_range() {
    for p in levers() {
        for (end, value) in [("min", p.min), ("max", p.max)] {
            let mut s = Scenario::zhejiang_2025();
            (p.set)(&mut s, value);
            assert_inside(&s, &format!("{} at {end} ({value})", p.id));
        }
    }
}

#[test]
fn all_levers_at_their_minimum_and_all_at_their_maximum() {
    for (label, pick) in [("all at min", true), ("all at max", false)] {
        let mut s = Scenario::zhejiang_2025();
        // Shares go through the table's setter, which rebalances the pot, so
        // each pot stays a valid allocation (its last share at the extreme).
        for p in levers() {
            (p.set)(&mut s, if pick { p.min } else { p.max });
        }
        assert_inside(&s, label);
    }
}

#[test]
fn extreme_reform_never_pushes_registered_above_resident_urbanization() {
    let mut s = Scenario::zhejiang_2025();
    s.assumptions.outcomes.hukou_conversion_rate = 1.0;
    s.levers.hukou_reform = 5.0;
    s.levers.county_capacity = 5.0;
    assert_sane(&s, "hukou conversion 1 × reform 5, capacity 5");
}

#[test]
fn every_assumption_alone_at_either_end_of_its_range() {
    for p in PARAMS.iter().filter(|p| p.role != Role::Lever) {
        for value in [p.min, p.max] {
            let mut s = Scenario::zhejiang_2025();
            (p.set)(&mut s, value);
            match s.validate() {
                Ok(()) => {
                    assert_inside(&s, &format!("{} at {value}", p.id));
                }
                // One month of the pace profile alone can pass its neighbour:
                // refused (the profile must not fall), which is right.
                Err(e) => assert!(p.id.starts_with("pace_") && e.en.contains("must not fall"), "{}: {e}", p.id),
            }
        }
    }
}

/// Beyond the plausible ranges, at values only the hard bounds allow (with
/// the built-in levers and with every lever at its maximum): nothing may
/// turn into NaN, infinity or a negative income.
#[test]
fn every_parameter_at_extreme_values_the_hard_bounds_allow() {
    let values = [-1e9, -1.0, -0.05, 0.0, 1e-9, 0.01, 0.5, 1.0, 1.5, 3.0, 5.0, 100.0, 1e4, 1e5, 1e9];
    let mut all_max = Scenario::zhejiang_2025();
    for q in levers() {
        (q.set)(&mut all_max, q.max);
    }
    for p in PARAMS.iter() {
        for &v in &values {
            for base in [Scenario::zhejiang_2025(), all_max.clone()] {
                let mut s = base;
                (p.set)(&mut s, v);
                if s.validate().is_err() {
                    continue;
                }
                for y in &project(&s).years {
                    let figures = [
                        y.income_ratio,
                        y.urban_income,
                        y.rural_income,
                        y.average_income,
                        y.urbanization,
                        y.registered_urbanization,
                        y.city_income_gap,
                        y.mountain_relative_income,
                        y.standards_no_hukou_gap,
                        y.standards_no_urban_rural_gap,
                        y.overall_completion_rate,
                    ];
                    assert!(figures.iter().all(|x| x.is_finite()), "{} = {v}, {}: {figures:?}", p.id, y.year);
                    assert!(y.rural_income > 0.0 && y.urban_income > 0.0, "{} = {v}, {}: {figures:?}", p.id, y.year);
                }
            }
        }
    }
}
