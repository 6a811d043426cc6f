//! Attribution: the Shapley contributions of the changed levers sum exactly
//! to the change, each lever alone is beside it, and the changed assumptions
//! are kept apart from the changed policy.
#![cfg(not(target_arch = "wasm32"))]

use urban_rural_sim::model::attribution::{Attributions, Item, MAX_ITEMS};
use urban_rural_sim::model::params::PARAMS;
use urban_rural_sim::model::{Allocation, Outcome, Pot, Scenario, OUTCOMES};

fn scenario() -> Scenario {
    let mut s = Scenario::zhejiang_2025();
    s.levers.hukou_reform = 1.6;
    s.levers.plan_funds_bn = 280.0;
    s.levers.mountain_share = 0.5;
    s.levers.plan_allocation = Allocation::from_array([0.3, 0.6, 0.1]);
    s
}

#[test]
fn contributions_sum_exactly_to_the_change_for_every_outcome_and_year() {
    let a = Attributions::new(&scenario());
    assert_eq!(a.items().len(), 4);
    for outcome in OUTCOMES {
        for year in 2025..=2030 {
            let r = a.get(outcome, year).unwrap();
            let sum: f64 = r.contributions.iter().map(|c| c.shapley).sum();
            let total = r.scenario - r.baseline;
            assert!((sum - total).abs() <= 1e-9 * total.abs().max(1.0), "{outcome:?} {year}: {sum} vs {total}");
            let alone: f64 = r.contributions.iter().map(|c| c.one_at_a_time).sum();
            assert!((alone + r.interaction - total).abs() <= 1e-9 * total.abs().max(1.0));
        }
    }
}

#[test]
fn a_lever_that_does_not_touch_an_outcome_gets_nothing_and_the_mover_gets_the_rest() {
    let mut s = Scenario::zhejiang_2025();
    s.levers.mountain_share = 0.6;
    s.levers.plan_funds_bn = 260.0;
    let a = Attributions::new(&s);
    // Mountain share moves the regional gap; with less money both move it.
    let r = a.get(Outcome::MountainRelativeIncome, 2030).unwrap();
    let share = r.contributions.iter().find(|c| c.item == Item::Lever("mountain_share")).unwrap();
    assert!(share.shapley > 0.0, "{share:?}");
    // Standards with no hukou gap do not depend on the mountain share at all.
    let r = a.get(Outcome::StandardsNoHukouGap, 2030).unwrap();
    let share = r.contributions.iter().find(|c| c.item == Item::Lever("mountain_share")).unwrap();
    assert!(share.shapley.abs() < 1e-12, "{share:?}");
}

#[test]
fn changed_assumptions_are_kept_apart_from_changed_policy() {
    let mut s = scenario();
    s.assumptions.calibration_month = 6;
    let a = Attributions::new(&s);
    let r = a.get(Outcome::RuralIncome, 2030).unwrap();
    assert!(r.assumptions_effect() < 0.0, "a June reporting date means less work, less rural income");
    assert!((r.assumptions_effect() + r.policy_effect() - (r.scenario - r.reference)).abs() < 1e-9);
    // Only levers are attributed: the assumption is not an item.
    assert!(r.contributions.iter().all(|c| !matches!(c.item, Item::Lever("calibration_month"))));
}

#[test]
fn more_than_ten_changes_are_grouped_by_panel() {
    let mut s = Scenario::zhejiang_2025();
    for p in PARAMS.iter().filter(|p| p.role == urban_rural_sim::model::params::Role::Lever) {
        (p.set)(&mut s, p.min + 0.3 * (p.max - p.min));
    }
    *Pot::Special.allocation_mut(&mut s.levers) = Allocation::from_array([0.5, 0.25, 0.25]);
    let a = Attributions::new(&s);
    assert!(a.items().len() <= MAX_ITEMS);
    assert!(a.items().iter().all(|i| matches!(i, Item::Group(_))));
    let r = a.get(Outcome::IncomeRatio, 2030).unwrap();
    let sum: f64 = r.contributions.iter().map(|c| c.shapley).sum();
    assert!((sum - (r.scenario - r.baseline)).abs() < 1e-9);
}
