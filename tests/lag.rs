//! Time to build and infrastructure depreciation (docs/MODEL.md, "Capital"):
//! money spent late does not count more for a late goal than money spent
//! early, and the depreciation is an infrastructure rate.
#![cfg(not(target_arch = "wasm32"))]

use urban_rural_sim::model::outcomes::{step, Capital, OutcomeState, YearInputs};
use urban_rural_sim::model::params::{find, SourceKind};
use urban_rural_sim::model::{project, Scenario};

/// Money of the three pots over the horizon, bn yuan (what the planner pays).
fn money_bn(s: &Scenario) -> f64 {
    let l = &s.levers;
    (0..6).map(|t| l.plan_funds_bn * l.plan_growth_factor(t)).sum()
}

/// The built-in scenario with the ordinary funds growing at `growth` a year
/// and their first-year level set so the six years' total is the built-in
/// one: the same money, spent later when `growth` is higher.
fn same_money_growing_at(growth: f64) -> Scenario {
    let base = Scenario::zhejiang_2025();
    let mut s = base.clone();
    s.levers.plan_growth = growth;
    s.levers.plan_funds_bn = 1.0;
    s.levers.plan_funds_bn = money_bn(&base) / money_bn(&s);
    assert!((money_bn(&s) - money_bn(&base)).abs() < 1e-6);
    s
}

fn ratio_2030(s: &Scenario) -> f64 {
    project(s).years.iter().find(|y| y.year == 2030).unwrap().income_ratio
}

#[test]
fn back_loading_the_same_money_does_not_improve_the_2030_ratio() {
    // Growth above the built-in 3 % a year moves money from the early years
    // to 2030 at the same six-year total (the plan, and with it the
    // capacity, grows too, so the later money is spent). Before the lag,
    // completed investment raised the same year's income in full and the
    // back-loaded plans won (a 2030 yuan counted 1.66 times a 2025 yuan for
    // a 2030 goal). Below 3 %, the early years' money would pass the
    // shrinking plan's capacity and lie unspent: another effect.
    let mut last = f64::NEG_INFINITY;
    for growth in [0.03, 0.045, 0.06, 0.08, 0.10] {
        let mut s = same_money_growing_at(growth);
        for (lag, d) in [(1.0, 0.015), (2.0, 0.024), (3.0, 0.033)] {
            s.assumptions.outcomes.gestation_years = lag;
            s.assumptions.outcomes.depreciation = d;
            let r = ratio_2030(&s);
            assert!(r.is_finite());
        }
        s.assumptions.outcomes.gestation_years = 2.0;
        s.assumptions.outcomes.depreciation = 0.024;
        let r = ratio_2030(&s);
        eprintln!("growth {growth}: 2030 ratio {r}");
        assert!(r >= last - 1e-9, "growth {growth}: 2030 ratio {r} better than a front-loaded plan's {last}");
        last = r;
    }
}

/// The 2030 income ratio of the built-in scenario with its yearly completed
/// investment replaced by `invested` (bn per year and strand), run through
/// the model's own capital and outcome equations against the built-in path.
fn ratio_2030_with_investment(s: &Scenario, invested: &[[f64; 3]; 6]) -> f64 {
    let reference: Vec<[f64; 3]> = project(&Scenario::zhejiang_2025()).years.iter().map(|y| y.completed_bn).collect();
    let (a, builtin) = (&s.assumptions.outcomes, Scenario::zhejiang_2025().levers);
    let start =
        Capital::initial(reference[0], builtin.plan_growth, a.depreciation, builtin.mountain_share, a.gestation_years);
    let (mut k, mut r, mut state) = (start, start, OutcomeState::start(&s.start, a));
    let mut ratio = f64::NAN;
    for t in 0..6 {
        k = k.step(a.depreciation, invested[t], builtin.mountain_share, 1.0);
        r = r.step(a.depreciation, reference[t], builtin.mountain_share, 1.0);
        let year = s.start.year + t as i32;
        let inputs = YearInputs { t, year, capital: &k, reference: &r, year_fraction: 1.0 };
        let y = step(s, &mut state, &inputs);
        ratio = y.urban_income / y.rural_income;
    }
    ratio
}

#[test]
fn a_yuan_moved_from_2026_to_2030_does_not_improve_the_2030_ratio() {
    let reference: Vec<[f64; 3]> = project(&Scenario::zhejiang_2025()).years.iter().map(|y| y.completed_bn).collect();
    let path: [[f64; 3]; 6] = std::array::from_fn(|t| reference[t]);
    // At every time to build and depreciation in their ranges, for each
    // strand: 1 bn (and 10 bn) completed in 2030 instead of 2026.
    for (lag, d) in [(1.0, 0.015), (1.0, 0.033), (2.0, 0.024), (3.0, 0.015), (3.0, 0.033)] {
        let mut s = Scenario::zhejiang_2025();
        s.assumptions.outcomes.gestation_years = lag;
        s.assumptions.outcomes.depreciation = d;
        let early = ratio_2030_with_investment(&s, &path);
        for strand in 0..3 {
            for moved in [1.0, 10.0] {
                let mut late = path;
                late[1][strand] -= moved;
                late[5][strand] += moved;
                let r = ratio_2030_with_investment(&s, &late);
                assert!(
                    r >= early - 1e-12,
                    "lag {lag}, depreciation {d}, strand {strand}: {moved} bn moved to 2030 gives {r} < {early}"
                );
            }
        }
        // And the other way: money moved earlier helps a 兴村 2030 goal.
        let mut sooner = path;
        sooner[5][1] -= 10.0;
        sooner[1][1] += 10.0;
        assert!(ratio_2030_with_investment(&s, &sooner) < early, "lag {lag}, depreciation {d}");
    }
}

#[test]
fn depreciation_is_an_infrastructure_rate_from_the_parameter_table() {
    let p = find("depreciation").expect("depreciation row");
    assert!((0.015..=0.033).contains(&p.builtin_value()), "{}", p.builtin_value());
    assert!(p.min >= 0.015 - 1e-12 && p.max <= 0.033 + 1e-12, "{}–{}", p.min, p.max);
    assert_eq!(Scenario::zhejiang_2025().assumptions.outcomes.depreciation, p.builtin_value());
    assert!(p.citation_en.contains("S35"), "cites the BEA rates: {}", p.citation_en);
    let lag = find("gestation_years").expect("time-to-build row");
    assert_eq!(lag.source, SourceKind::Assumption);
    assert!(lag.min >= 0.0 && lag.max <= 4.0 && lag.min < lag.builtin_value() && lag.builtin_value() < lag.max);
    assert_eq!(Scenario::zhejiang_2025().assumptions.outcomes.gestation_years, lag.builtin_value());
}
