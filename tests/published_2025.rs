//! A check the model could not have been fitted to: what the province
//! published for 2025 in January 2026 (docs/DATA.md), against the built-in
//! projection from the end of 2024.
#![cfg(not(target_arch = "wasm32"))]

use urban_rural_sim::model::region::PUBLISHED_2025;
use urban_rural_sim::model::{project, Scenario};

#[test]
fn the_2025_projection_agrees_with_what_was_published_for_2025() {
    let p = project(&Scenario::zhejiang_2025());
    let y = p.years.iter().find(|y| y.year == 2025).expect("2025");
    let published = &PUBLISHED_2025;
    // "about 1.81": a projection within the out-of-sample tolerance (±0.03).
    assert!((y.income_ratio - published.income_ratio_about).abs() <= 0.03, "ratio {}", y.income_ratio);
    assert!(y.urban_income > published.urban_income_over, "urban {}", y.urban_income);
    assert!(y.rural_income > published.rural_income_over, "rural {}", y.rural_income);
    assert!(y.average_income > published.all_income_over, "all residents {}", y.average_income);
    // "about 76 %": within one point.
    assert!((y.urbanization - published.urbanization_about).abs() <= 0.01, "urbanization {}", y.urbanization);
}
