//! The criterion workloads of benches/projection.rs, in wasm in headless
//! Chromium, for the wasm ÷ native ratio in docs/BENCHMARKS.md. Not a test:
//! nothing is asserted, and scripts/bench.sh runs it on its own, built with
//! the web app's profile:
//!   cargo test --release --target wasm32-unknown-unknown --test wasm_bench -- --nocapture
//! It prints one `WASM_BENCH <name> <ms per run>` line per workload; the
//! names are criterion's.
#![cfg(target_arch = "wasm32")]

use std::hint::black_box;
use urban_rural_sim::model::goal_seek::{seek, seek_likely, Freedom, Goal, Likely, Objective, Rules};
use urban_rural_sim::model::paired::{band_against, band_and_difference, BaselineDraws};
use urban_rural_sim::model::uncertainty::uncertainty;
use urban_rural_sim::model::Outcome;
use urban_rural_sim::model::{project, Scenario};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

/// Median over `samples` of the time per run of `runs` back-to-back runs
/// (several runs per sample because performance.now() is coarse, 0.1 ms
/// without cross-origin isolation), after one warm-up sample.
fn median_ms(name: &str, samples: usize, runs: usize, mut f: impl FnMut()) {
    let mut times: Vec<f64> = (0..=samples)
        .map(|_| {
            let t0 = now();
            for _ in 0..runs {
                f();
            }
            (now() - t0) / runs as f64
        })
        .skip(1)
        .collect();
    times.sort_by(f64::total_cmp);
    console_log!("WASM_BENCH {name} {}", times[samples / 2]);
}

#[wasm_bindgen_test]
fn workloads() {
    urban_rural_sim::json::install();
    let builtin = Scenario::zhejiang_2025();
    let mut changed = Scenario::zhejiang_2025();
    changed.levers.execution_speed = 1.2;
    median_ms("project/zhejiang_2025", 30, 200, || {
        black_box(project(black_box(&builtin)));
    });
    median_ms("project/execution_speed_1.2", 30, 200, || {
        black_box(project(black_box(&changed)));
    });
    median_ms("validate/zhejiang_2025", 30, 2000, || {
        let _ = black_box(black_box(&builtin).validate());
    });
    median_ms("uncertainty/1000_draws", 15, 1, || {
        black_box(uncertainty(black_box(&builtin), 1000, 1, 1.0));
    });
    // The worker's job after a lever move: the band and its change against
    // the baseline on the same draws (issue 19: ≤ 15 ms).
    let baseline = changed.baseline();
    median_ms("uncertainty/1000_draws_changed", 15, 1, || {
        black_box(uncertainty(black_box(&changed), 1000, 1, 1.0));
    });
    median_ms("uncertainty/1000_draws_paired", 15, 1, || {
        black_box(band_and_difference(black_box(&changed), &baseline, 1000, 1, 1.0));
    });
    // As the worker runs it during a drag: the baseline's draws kept.
    let kept = BaselineDraws::new(&baseline, 1000, 1, 1.0);
    median_ms("uncertainty/1000_draws_paired_baseline_kept", 15, 1, || {
        black_box(band_against(black_box(&changed), &kept));
    });
    let goals = [Goal::new(Outcome::IncomeRatio, 2030, 1.65).unwrap()];
    median_ms("goal_seek/income_ratio_1.65_2030", 7, 1, || {
        black_box(seek(
            black_box(&builtin),
            &goals,
            Freedom::SharesAndTotals,
            Objective::LeastExtraMoney,
            &Rules::default(),
        ));
    });
    let likely = Likely { probability: 0.8, draws: 1000, seed: 1 };
    let likely_goals = [Goal::new(Outcome::IncomeRatio, 2030, 1.67).unwrap()];
    median_ms("goal_seek/all_levers_80pct_1.67_2030", 3, 1, || {
        let rules = Rules::default();
        black_box(seek_likely(
            black_box(&builtin),
            &likely_goals,
            Freedom::AllLevers,
            Objective::LeastExtraMoney,
            &rules,
            likely,
        ));
    });
    // The analysis tab's tornado, on the main thread: the level and the
    // change of every headline outcome for a changed scenario (app/tornado.rs).
    median_ms("sensitivity/level_and_change", 15, 1, || {
        use urban_rural_sim::model::sensitivity::{tornadoes, Of, HEADLINE};
        black_box(tornadoes(black_box(&changed), &HEADLINE, 2030, Of::Level));
        black_box(tornadoes(black_box(&changed), &HEADLINE, 2030, Of::Change));
    });
}
