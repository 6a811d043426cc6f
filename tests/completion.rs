//! What a planner would notice about completion: it never goes negative or
//! backwards, money moves it the way money should, and it never spends money
//! that is not there.
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use urban_rural_sim::model::{params, project, Allocation, Limit, Scenario, Strand, STRANDS};

fn year_end(s: &Scenario, strand: Strand) -> f64 {
    project(s).completion.strand(strand).year_end_rate()
}

#[test]
fn more_money_for_a_strand_at_its_capacity_is_unspent_and_less_slows_it() {
    let base = Scenario::zhejiang_2025();
    let base_p = project(&base);
    for strand in STRANDS {
        let mut s = base.clone();
        let share = s.levers.plan_allocation.share(strand);
        s.levers.plan_allocation = s.levers.plan_allocation.set_share(strand, share + 0.05, None);
        let p = project(&s);
        let (now, before) = (p.completion.strand(strand), base_p.completion.strand(strand));
        // The built-in programme already runs at its absorptive capacity or
        // its pace: more money is shown as unspent, not as completion.
        assert!((now.year_end_bn() - before.year_end_bn()).abs() < 0.01, "{strand:?}");
        assert!(now.unspent_bn > 1.0 && now.limit != Limit::Money, "{strand:?}: {now:?}");
        for other in STRANDS.into_iter().filter(|o| *o != strand) {
            let c = p.completion.strand(other);
            assert!(
                c.year_end_rate() < base_p.completion.strand(other).year_end_rate(),
                "{strand:?} takes from {other:?}"
            );
            assert_eq!(c.limit, Limit::Money);
        }
    }
}

#[test]
fn slower_execution_lowers_every_strand_and_faster_cannot_pass_the_capacity() {
    let base = Scenario::zhejiang_2025();
    let mut fast = base.clone();
    fast.levers.execution_speed = 1.3;
    fast.levers.plan_funds_bn *= 1.5;
    let mut slow = base.clone();
    slow.levers.execution_speed = 0.8;
    for strand in STRANDS {
        assert!(year_end(&slow, strand) < year_end(&base, strand));
        assert!(year_end(&fast, strand) <= base.assumptions.absorptive_capacity + 1e-12);
    }
}

#[test]
fn a_strand_cannot_complete_more_than_its_money() {
    let mut s = Scenario::zhejiang_2025();
    s.levers.plan_funds_bn = 240.0;
    let p = project(&s);
    for c in &p.completion.strands {
        assert!(c.completed_bn[11] <= c.funds_bn + 1e-9, "{:?}", c.strand);
        assert_eq!(c.limit, Limit::Money, "{:?}", c.strand);
    }
    assert!(p.notices.iter().any(|n| n.en.contains("limited by money")));
}

#[test]
fn cutting_a_strands_money_below_what_is_done_keeps_the_done_work_and_says_so() {
    let mut s = Scenario::zhejiang_2025();
    s.levers.plan_allocation = Allocation::from_array([1.0, 0.0, 0.0]);
    s.levers.special_funds_bn = 0.0;
    s.levers.credit_take_up = 0.0;
    let p = project(&s);
    let rural = p.completion.strand(Strand::Rural);
    // Nothing added after May, nothing taken away.
    assert!((rural.completed_bn[11] - 85.106).abs() < 1e-9);
    assert!(p.notices.iter().any(|n| n.zh.contains("兴村") && n.en.contains("already completed")));
}

fn any_allocation() -> impl Strategy<Value = Allocation> {
    (0.0..1.0f64, 0.0..1.0f64, 0.0..1.0f64)
        .prop_filter("not all zero", |(a, b, c)| a + b + c > 1e-6)
        .prop_map(|(a, b, c)| Allocation::proportional([a, b, c]))
}

proptest! {
    #[test]
    fn completion_is_never_negative_never_falls_and_is_always_finite(
        speed in 0.0..5.0f64,
        plan_funds in 0.0..2000.0f64,
        special in 0.0..100.0f64,
        take_up in 0.0..1.0f64,
        capacity in 0.5..3.0f64,
        month in 1u8..=11,
        plan_alloc in any_allocation(),
        credit_alloc in any_allocation(),
    ) {
        let mut s = Scenario::zhejiang_2025();
        s.levers.execution_speed = speed;
        s.levers.plan_funds_bn = plan_funds;
        s.levers.special_funds_bn = special;
        s.levers.credit_take_up = take_up;
        s.levers.plan_allocation = plan_alloc;
        s.levers.credit_allocation = credit_alloc;
        s.assumptions.absorptive_capacity = capacity;
        s.assumptions.calibration_month = month;
        prop_assert!(s.validate().is_ok());
        let p = project(&s);
        for c in &p.completion.strands {
            for m in 0..12 {
                prop_assert!(c.completed_bn[m].is_finite() && c.completed_bn[m] >= 0.0);
                prop_assert!(c.completion_rate[m].is_finite() && c.completion_rate[m] >= 0.0);
                if m > 0 {
                    prop_assert!(c.completed_bn[m] >= c.completed_bn[m - 1] - 1e-9);
                }
            }
        }
        for r in p.completion.overall_rate {
            prop_assert!(r.is_finite() && r >= 0.0);
        }
    }

    #[test]
    fn shares_always_add_up_to_100_percent(
        start in any_allocation(),
        moves in proptest::collection::vec((0usize..3, -0.5..1.5f64, proptest::option::of(0usize..3)), 1..20),
    ) {
        let mut a = start;
        for (i, share, lock) in moves {
            a = a.set_share(STRANDS[i], share, lock.map(|l| STRANDS[l]));
            let sum: f64 = a.as_array().iter().sum();
            prop_assert!((sum - 1.0).abs() < 1e-9, "sum {}", sum);
            prop_assert!(a.as_array().iter().all(|&x| (0.0..=1.0 + 1e-12).contains(&x)));
        }
    }

    #[test]
    fn any_share_set_through_the_parameter_table_keeps_the_total(value in 0.0..1.0f64, idx in 0usize..9) {
        let shares: Vec<_> = params::PARAMS.iter().filter(|p| p.id.contains("_share_")).collect();
        prop_assert_eq!(shares.len(), 9);
        let mut s = Scenario::zhejiang_2025();
        (shares[idx].set)(&mut s, value);
        prop_assert!(s.validate().is_ok());
    }
}

/// Issue 23, item 3: the notices are the year's on screen. At 2030 a strand
/// held back by its capacity is told with 2030's unspent money, not the
/// reported year's (the notice said "325.9 亿元当年无法使用" beside a 2030
/// KPI of 340.4).
#[test]
fn the_notices_are_those_of_the_year_on_screen() {
    let mut s = Scenario::zhejiang_2025();
    s.levers.plan_allocation = s.levers.plan_allocation.set_share(Strand::Urban, 0.6, None);
    let p = project(&s);
    let mut told_a_later_year = false;
    for (t, year) in p.completion_by_year.iter().enumerate() {
        let notices = p.notices_in(t);
        for strand in STRANDS {
            let c = year.strand(strand);
            let unspent = urban_rural_sim::i18n::format_money_bn(c.unspent_bn, urban_rural_sim::i18n::Lang::Zh);
            let told = notices.iter().find(|n| n.zh.contains(strand.zh()) && n.zh.contains("无法使用"));
            if c.limit == Limit::Capacity && c.unspent_bn > 0.05 {
                let n = told.unwrap_or_else(|| panic!("{}: {strand:?} unspent {unspent} untold", year.year));
                assert!(n.zh.contains(&unspent), "{}: {} (expected {unspent})", year.year, n.zh);
                if t > 0 {
                    assert!(n.zh.contains(&format!("{} 年", year.year)) && n.en.contains(&year.year.to_string()));
                    told_a_later_year = true;
                }
            } else {
                assert!(told.is_none(), "{}: {strand:?} told but not held back", year.year);
            }
        }
    }
    assert!(told_a_later_year, "the scenario should hold a strand back after the reported year");
    assert_eq!(p.notices_in(0), p.notices);
    assert!(p.notices_in(99).is_empty());
}
