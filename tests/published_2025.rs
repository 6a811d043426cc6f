//! 2025 is history: the province published its annual figures in January–
//! March 2026 (docs/DATA.md), and the built-in projection starts from them.
//! Its 2025 row is what was published; forecasts start in 2026.
#![cfg(not(target_arch = "wasm32"))]

use urban_rural_sim::model::history::latest_published_year;
use urban_rural_sim::model::region::{INCOME_RATIO, PUBLISHED_2025, URBANIZATION};
use urban_rural_sim::model::{project, Scenario};

#[test]
fn the_built_in_2025_is_what_was_published_and_forecasts_start_after_it() {
    let s = Scenario::zhejiang_2025();
    assert_eq!(s.start.year, 2025);
    assert_eq!(latest_published_year(), 2025);
    let p = project(&s);
    let y = p.years.iter().find(|y| y.year == 2025).expect("2025");
    let last = |series: &[(i32, f64)]| series.last().copied().unwrap();
    assert_eq!(last(&INCOME_RATIO).0, 2025);
    // The row equals the published (derived) 2025 values, not a forecast of them.
    assert!((y.income_ratio - last(&INCOME_RATIO).1).abs() < 0.0005, "ratio {}", y.income_ratio);
    assert!((y.urbanization - last(&URBANIZATION).1).abs() < 1e-9, "urbanization {}", y.urbanization);
    assert!((y.urban_income - s.start.urban_income).abs() < 1e-6);
    assert!((y.rural_income - s.start.rural_income).abs() < 1e-6);
    // And agrees with what the government work report rounded them to.
    let published = &PUBLISHED_2025;
    assert!((y.income_ratio - published.income_ratio_about).abs() < 0.005, "ratio {}", y.income_ratio);
    assert!(y.urban_income > published.urban_income_over, "urban {}", y.urban_income);
    assert!(y.rural_income > published.rural_income_over, "rural {}", y.rural_income);
    assert!(y.average_income >= published.all_income_over, "all residents {}", y.average_income);
    assert!((y.urbanization - published.urbanization_about).abs() < 0.005, "urbanization {}", y.urbanization);
    // 2026 is the first forecast: the ratio moves on its trend.
    let next = p.years.iter().find(|y| y.year == 2026).expect("2026");
    assert!(next.income_ratio < y.income_ratio - 0.01, "2026 {}", next.income_ratio);
    assert!(next.urbanization > y.urbanization, "2026 {}", next.urbanization);
}

#[test]
fn a_scenario_still_moves_2025_by_what_its_programme_changes() {
    let base = project(&Scenario::zhejiang_2025());
    let mut s = Scenario::zhejiang_2025();
    s.levers.execution_speed = 0.7;
    let slower = project(&s);
    let (b, l) = (&base.years[0], &slower.years[0]);
    assert_eq!((b.year, l.year), (2025, 2025));
    assert!(
        l.rural_income < b.rural_income,
        "less completed in 2025, less rural income: {} vs {}",
        l.rural_income,
        b.rural_income
    );
}
