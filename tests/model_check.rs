//! The model-check matrix: every lever alone at the minimum and at the maximum
//! of its plausible range, all levers at their minimum, all at their maximum.
//! Every output must be finite and inside its bounds.
#![cfg(not(target_arch = "wasm32"))]

use urban_rural_sim::model::params::{ParamSpec, Role, PARAMS};
use urban_rural_sim::model::{project, Scenario};

fn levers() -> impl Iterator<Item = &'static ParamSpec> {
    PARAMS.iter().filter(|p| p.role == Role::Lever)
}

/// Every bound a planner would call impossible if broken.
fn assert_sane(s: &Scenario, label: &str) {
    s.validate().unwrap_or_else(|e| panic!("{label}: scenario invalid: {e}"));
    let p = project(s);
    let total = s.start.standards_total;
    for c in &p.completion_by_year {
        for strand in &c.strands {
            for m in 0..12 {
                let (v, r) = (strand.completed_bn[m], strand.completion_rate[m]);
                assert!(v.is_finite() && v >= 0.0, "{label}: {} {:?} month {m}: {v}", c.year, strand.strand);
                assert!(r.is_finite() && r >= 0.0, "{label}: rate {r}");
                assert!(
                    v <= strand.funds_bn.max(strand.completed_bn[0]) + 1e-9 || c.year == 2025,
                    "{label}: spends money it lacks"
                );
            }
        }
        assert!(c.overall_rate.iter().all(|r| r.is_finite() && *r >= 0.0), "{label}");
    }
    let mut previous: Option<&urban_rural_sim::model::YearOutcome> = None;
    for y in &p.years {
        let finite = [
            y.urban_income,
            y.rural_income,
            y.income_ratio,
            y.average_income,
            y.standards_no_urban_rural_gap,
            y.standards_no_hukou_gap,
            y.urbanization,
            y.registered_urbanization,
            y.city_income_gap,
            y.mountain_relative_income,
        ];
        assert!(finite.iter().all(|v| v.is_finite()), "{label} {}: {finite:?}", y.year);
        assert!(y.urban_income > 0.0 && y.rural_income > 0.0, "{label}");
        assert!(y.income_ratio > 0.5 && y.income_ratio < 5.0, "{label}: ratio {}", y.income_ratio);
        for n in [y.standards_no_urban_rural_gap, y.standards_no_hukou_gap] {
            assert!((0.0..=total + 1e-9).contains(&n), "{label} {}: standards {n} of {total}", y.year);
        }
        assert!((0.0..=1.0).contains(&y.urbanization), "{label}: urbanization {}", y.urbanization);
        assert!((0.0..=1.0).contains(&y.registered_urbanization), "{label}");
        assert!(
            y.registered_urbanization <= y.urbanization.max(s.start.registered_urbanization) + 1e-12,
            "{label}: registered {} above resident {}",
            y.registered_urbanization,
            y.urbanization
        );
        assert!(
            y.urbanization <= s.assumptions.outcomes.urbanization_ceiling.max(s.start.urbanization) + 1e-12,
            "{label}"
        );
        assert!(y.city_income_gap >= 1.0, "{label}: city gap {}", y.city_income_gap);
        assert!((0.0..=1.0).contains(&y.mountain_relative_income), "{label}");
        if let Some(prev) = previous {
            // Closed gaps do not reopen; urbanization does not reverse.
            assert!(y.standards_no_urban_rural_gap >= prev.standards_no_urban_rural_gap - 1e-12, "{label}");
            assert!(y.standards_no_hukou_gap >= prev.standards_no_hukou_gap - 1e-12, "{label}");
            assert!(y.urbanization >= prev.urbanization - 1e-12, "{label}");
        }
        previous = Some(y);
    }
    assert_eq!(p.years.len(), 6, "{label}: 2025–2030");
    assert_eq!(p.years.last().map(|y| y.year), Some(2030));
    for t in &p.targets {
        assert!(t.value.is_finite(), "{label}: target {}", t.id);
    }
}

#[test]
fn every_lever_alone_at_either_end_of_its_range() {
    for p in levers() {
        for (end, value) in [("min", p.min), ("max", p.max)] {
            let mut s = Scenario::zhejiang_2025();
            (p.set)(&mut s, value);
            assert_sane(&s, &format!("{} at {end} ({value})", p.id));
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
        assert_sane(&s, label);
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
                Ok(()) => assert_sane(&s, &format!("{} at {value}", p.id)),
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
