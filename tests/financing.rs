//! Money that behaves like money: the built-in money pays for the built-in
//! work, a shortfall slows completion, money beyond what a strand can absorb
//! is unspent, policy levers cost money.
#![cfg(not(target_arch = "wasm32"))]

use urban_rural_sim::model::completion::workable_bn;
use urban_rural_sim::model::financing::pot_money;
use urban_rural_sim::model::region::builtin_ordinary_bn;
use urban_rural_sim::model::{project, Scenario, STRANDS};

#[test]
fn the_builtin_ordinary_funds_pay_for_the_baseline_work_exactly() {
    let s = Scenario::zhejiang_2025();
    let work = workable_bn(&s, 0, 1.0);
    let ordinary = builtin_ordinary_bn();
    // The built-in lever is the same money: its total and its split.
    assert!((s.levers.plan_funds_bn - ordinary.iter().sum::<f64>()).abs() < 1e-9);
    for (share, o) in s.levers.plan_allocation.as_array().iter().zip(ordinary) {
        assert!((share * s.levers.plan_funds_bn - o).abs() < 1e-6, "{share} of the ordinary funds is not {o}");
    }
    let pots = pot_money(&s.levers, 0, 0.0);
    for strand in STRANDS {
        let i = strand.index();
        let needed = work[i] - pots.special_bn[i] - pots.credit_bn[i];
        println!("{strand:?}: workable {:.4}, ordinary needed {:.4}", work[i], needed);
        assert!(
            (ordinary[i] - needed).abs() < 0.01,
            "{strand:?}: built-in ordinary funds {} but the baseline work needs {needed:.3}",
            ordinary[i]
        );
    }
    let p = project(&s);
    for c in &p.completion.strands {
        assert!(c.unspent_bn < 0.01, "{:?} leaves {} bn unspent in the baseline", c.strand, c.unspent_bn);
    }
}
