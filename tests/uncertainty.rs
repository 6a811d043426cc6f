//! The uncertainty band: reproducible, around the deterministic run with the
//! line as its middle, wider when the ranges are wider and further ahead,
//! made only of draws that replay history, and holding what was published
//! for 2025.
#![cfg(not(target_arch = "wasm32"))]

use urban_rural_sim::model::region::PUBLISHED_2025;
use urban_rural_sim::model::uncertainty::{replays_history, uncertainty, Band};
use urban_rural_sim::model::{project, Outcome, Projection, ReadOutcome, Scenario, OUTCOMES};

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
        for outcome in Outcome::banded() {
            for (t, y) in p.years.iter().enumerate() {
                let q = band.outcome(outcome).unwrap().quantiles[t];
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
    for outcome in [Outcome::IncomeRatio, Outcome::RuralIncome, Outcome::Urbanization] {
        let width = |b: &Band| {
            let q = b.outcome(outcome).unwrap().quantiles[5];
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

/// The band the planner sees: the app's 1,000 draws from seed 1
/// (src/app/band.rs) of the built-in scenario.
fn app_band() -> (Projection, Band) {
    let s = Scenario::zhejiang_2025();
    (project(&s), uncertainty(&s, 1000, 1, 1.0))
}

/// Quantiles are ordered, and the deterministic line a planner reads is
/// nearer the band's median than the median is to either end of the 10–90
/// band: the line reads as the band's middle. The median need not be the
/// line, because some ranges are not symmetric around the built-in value:
/// the ratio's yearly decline runs 0.93–3.54 % around 1.65 % (docs/DATA.md,
/// set from the trend's backtest errors, which were mostly a fall faster
/// than forecast), more room to fall faster, so the ratio's median lies
/// below the line; two
/// strands already spend all their money, so a draw can complete less but not
/// more, and the completion's median lies below it.
#[test]
fn the_deterministic_line_is_the_middle_of_the_band() {
    let (p, band) = app_band();
    for outcome in Outcome::banded() {
        for (t, y) in p.years.iter().enumerate() {
            let q = band.outcome(outcome).unwrap().quantiles[t];
            assert!(q.windows(2).all(|w| w[0] <= w[1]), "{outcome:?} {}: quantiles out of order {q:?}", y.year);
            let (line, median) = (outcome.value(y), q[2]);
            let edge = (median - q[0]).min(q[4] - median);
            assert!((median - line).abs() <= edge, "{outcome:?} {}: line {line}, median {median}, band {q:?}", y.year);
        }
    }
    let last = p.years.len() - 1;
    let y = &p.years[last];
    assert!(band.outcome(Outcome::IncomeRatio).unwrap().quantiles[last][2] < y.income_ratio);
    assert!(band.outcome(Outcome::OverallCompletion).unwrap().quantiles[last][2] < y.overall_completion_rate);
}

/// A trend's uncertainty compounds: for the outcomes that follow a trend
/// fitted on history (the ratio, the three incomes, urbanization), each
/// year's 10–90 band is wider than the year before's.
#[test]
fn the_band_widens_year_by_year_for_the_trend_outcomes() {
    let (_, band) = app_band();
    for outcome in [
        Outcome::IncomeRatio,
        Outcome::UrbanIncome,
        Outcome::RuralIncome,
        Outcome::AverageIncome,
        Outcome::Urbanization,
    ] {
        let widths: Vec<f64> = band.outcome(outcome).unwrap().quantiles.iter().map(|q| q[4] - q[0]).collect();
        assert!(widths.windows(2).all(|w| w[1] > w[0]), "{outcome:?}: widths {widths:?}");
    }
}

/// What the province published for 2025 (January 2026, docs/DATA.md S14,
/// after the data the model uses end) lies inside the 2025 band. "About
/// 1.81" (1.81左右, an estimate before the year's statistics closed) is read
/// as 1.80–1.82; "about 76 %" as 75.5–76.5 % (its rounding); "over 80,000"
/// (urban), "over 45,000" (rural) and "over 70,000" (all residents) as: at
/// least half the draws are over it.
#[test]
fn the_2025_band_holds_what_was_published_for_2025() {
    let (p, band) = app_band();
    let t = p.years.iter().position(|y| y.year == 2025).unwrap();
    let q = |o: Outcome| band.outcome(o).unwrap().quantiles[t];
    let published = &PUBLISHED_2025;
    let overlaps = |q: [f64; 5], (lo, hi): (f64, f64)| q[0] <= hi && lo <= q[4];
    let r = published.income_ratio_about;
    assert!(overlaps(q(Outcome::IncomeRatio), (r - 0.01, r + 0.01)), "ratio band {:?}", q(Outcome::IncomeRatio));
    let u = published.urbanization_about;
    assert!(overlaps(q(Outcome::Urbanization), (u - 0.005, u + 0.005)), "{:?}", q(Outcome::Urbanization));
    for (o, over) in [
        (Outcome::UrbanIncome, published.urban_income_over),
        (Outcome::RuralIncome, published.rural_income_over),
        (Outcome::AverageIncome, published.all_income_over),
    ] {
        assert!(q(o)[2] > over, "{o:?}: median {} not over {over}", q(o)[2]);
    }
}

/// Not a reference of what is right (the tests above say that): the native
/// half of tests/web.rs's check that the browser's band equals the native
/// one for the same seed. A wasm test cannot run native code, so the native
/// band (300 draws, seed 7) is stored in tests/golden/band-300-seed-7.json;
/// this keeps that file the native band of the model as it is, to web.rs's
/// own precision (the same draws kept and rejected, the same probabilities,
/// quantiles to 1e-12 relative). After a deliberate model change, rewrite it:
/// `UPDATE_GOLDEN=1 cargo test --test uncertainty`.
#[test]
fn the_stored_native_band_for_the_browser_comparison_is_current() {
    let band = uncertainty(&Scenario::zhejiang_2025(), 300, 7, 1.0);
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden/band-300-seed-7.json");
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, serde_json::to_string_pretty(&band).unwrap()).unwrap();
    }
    let stored: Band = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
    assert_eq!(
        (band.draws, band.rejected, &band.years, &band.targets),
        (stored.draws, stored.rejected, &stored.years, &stored.targets)
    );
    for (a, b) in band.outcomes.iter().zip(&stored.outcomes) {
        for (qa, qb) in a.quantiles.iter().zip(&b.quantiles) {
            for (x, y) in qa.iter().zip(qb) {
                assert!(
                    (x - y).abs() <= 1e-12 * y.abs().max(1.0),
                    "{:?}: {x} stored as {y}: the model changed; \
                    rerun with UPDATE_GOLDEN=1 if it was meant to",
                    a.outcome
                );
            }
        }
    }
}

#[test]
fn the_band_covers_exactly_the_outcomes_the_outcome_table_gives_one() {
    let band = uncertainty(&Scenario::zhejiang_2025(), 50, 1, 1.0);
    let covered: Vec<Outcome> = band.outcomes.iter().map(|b| b.outcome).collect();
    let expected: Vec<Outcome> = OUTCOMES.into_iter().filter(|o| o.has_band()).collect();
    assert_eq!(covered, expected);
    for o in OUTCOMES {
        assert_eq!(band.outcome(o).is_some(), o.has_band(), "{o:?}");
    }
    // The band travels (worker, CLI) under the outcomes' ids.
    let json = serde_json::to_value(&band).unwrap();
    assert_eq!(json["outcomes"][0]["outcome"], "income_ratio");
    let back: Band = serde_json::from_value(json).unwrap();
    assert_eq!(back, band);
}
