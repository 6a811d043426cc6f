//! The uncertainty band: reproducible, around the deterministic run, wider
//! when the ranges are wider, and made only of draws that replay history.
#![cfg(not(target_arch = "wasm32"))]

use urban_rural_sim::model::uncertainty::{replays_history, uncertainty, BandOutcome, BAND_OUTCOMES};
use urban_rural_sim::model::{project, Scenario};

#[test]
fn the_same_seed_gives_the_same_band_and_another_seed_another() {
    let s = Scenario::zhejiang_2025();
    let a = uncertainty(&s, 300, 7, 1.0);
    assert_eq!(a, uncertainty(&s, 300, 7, 1.0));
    assert_ne!(a, uncertainty(&s, 300, 8, 1.0));
    assert_eq!(a.draws, 300);
}

#[test]
fn the_deterministic_run_lies_inside_the_10_to_90_band() {
    for s in [Scenario::zhejiang_2025(), {
        let mut s = Scenario::zhejiang_2025();
        s.levers.hukou_reform = 1.8;
        s.levers.plan_funds_bn = 260.0;
        s
    }] {
        let p = project(&s);
        let band = uncertainty(&s, 1000, 11, 1.0);
        for outcome in BAND_OUTCOMES {
            for (t, y) in p.years.iter().enumerate() {
                let q = band.outcome(outcome).quantiles[t];
                let v = outcome.value(y);
                let slack = 1e-9 * v.abs().max(1.0);
                assert!(q[0] - slack <= v && v <= q[4] + slack, "{outcome:?} {}: {v} outside {:?}", y.year, q);
                assert!(q.windows(2).all(|w| w[0] <= w[1]), "{outcome:?}: quantiles out of order {q:?}");
            }
        }
    }
}

#[test]
fn wider_ranges_give_a_wider_band() {
    let s = Scenario::zhejiang_2025();
    let (narrow, wide) = (uncertainty(&s, 800, 3, 0.5), uncertainty(&s, 800, 3, 1.0));
    for outcome in [BandOutcome::IncomeRatio, BandOutcome::RuralIncome, BandOutcome::Urbanization] {
        let width = |b: &urban_rural_sim::model::uncertainty::Band| {
            let q = b.outcome(outcome).quantiles[5];
            q[4] - q[0]
        };
        assert!(width(&wide) > width(&narrow), "{outcome:?}: {} vs {}", width(&wide), width(&narrow));
    }
}

#[test]
fn every_draw_kept_replays_history_and_the_rejected_are_counted() {
    // A scenario whose own urbanization trend contradicts 2022–2025 is
    // refused as a draw.
    let mut s = Scenario::zhejiang_2025();
    s.assumptions.outcomes.urbanization_speed = 0.02;
    assert!(!replays_history(&s));
    // No ratio path that history took is thrown away: every yearly fall of
    // the ratio on record since 2014 (0.2 % to 2.7 % a year) is kept.
    let ratio = urban_rural_sim::model::region::INCOME_RATIO.clone();
    for w in ratio.windows(2) {
        let mut s = Scenario::zhejiang_2025();
        s.assumptions.outcomes.income_ratio_decline = (w[0].1 / w[1].1).ln();
        assert!(replays_history(&s), "{} → {}", w[0].0, w[1].0);
    }
    let band = uncertainty(&Scenario::zhejiang_2025(), 500, 5, 1.0);
    assert!(band.rejected > 0, "the ranges include trends history rules out");
    assert!(band.rejected < 5 * band.draws, "most draws are kept: {} rejected", band.rejected);
}

#[test]
fn target_probabilities_are_shares_and_follow_the_scenario() {
    let base = uncertainty(&Scenario::zhejiang_2025(), 500, 9, 1.0);
    for t in &base.targets {
        assert!((0.0..=1.0).contains(&t.probability), "{}: {}", t.id, t.probability);
    }
    // The 2025 ratio target (< 1.9) is met in every draw; 85,000 in 2027 in none.
    assert_eq!(base.probability("income_ratio_2025"), Some(1.0));
    assert_eq!(base.probability("average_income_2027"), Some(0.0));
    // Sending more of the rural money to the mountain counties makes the
    // 26-county target likelier.
    let mut s = Scenario::zhejiang_2025();
    s.levers.mountain_share = 0.6;
    let more = uncertainty(&s, 500, 9, 1.0);
    assert!(more.probability("mountain_income_2027") > base.probability("mountain_income_2027"));
}

/// The band the web app's worker must reproduce bit for bit (tests/web.rs
/// compares the wasm build with this file): 300 draws, seed 7.
#[test]
fn the_native_band_matches_its_golden_file() {
    let band = uncertainty(&Scenario::zhejiang_2025(), 300, 7, 1.0);
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/band-300-seed-7.json");
    let text = serde_json::to_string_pretty(&band).unwrap();
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, &text).unwrap();
    }
    let golden = std::fs::read_to_string(&path).expect("run UPDATE_GOLDEN=1 cargo test --test uncertainty");
    assert!(golden == text, "the band moved: rerun with UPDATE_GOLDEN=1 and review the change");
}
