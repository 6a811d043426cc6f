//! Reference results: what the model must give, and why, for five named
//! scenarios (the built-in one, more money to 兴村, a reform package,
//! austerity, integration first with a June reporting date). Each reference
//! says what it stands for (the seed's figures, a hand calculation from the
//! documented equations, published history), where it comes from, and its
//! tolerance with the reason for it. None is today's output written down.
//! (The layout of the projection's JSON, a format, is in tests/json_layout.rs.)
#![cfg(not(target_arch = "wasm32"))]

use urban_rural_sim::model::region::{INCOME_RATIO, URBANIZATION, URBAN_INCOME};
use urban_rural_sim::model::{project, Allocation, Limit, Projection, Scenario, Strand, STRANDS};

fn named_scenarios() -> Vec<(&'static str, Scenario)> {
    let base = Scenario::zhejiang_2025();
    let mut rural_push = base.clone();
    let a = rural_push.levers.plan_allocation;
    rural_push.levers.plan_allocation = a.set_share(Strand::Rural, a.rural + 0.10, None);
    let mut reform = base.clone();
    reform.levers.hukou_reform = 1.8;
    reform.levers.standards_effort = 1.5;
    reform.levers.county_capacity = 1.2;
    let mut austerity = base.clone();
    austerity.levers.plan_funds_bn = 250.0;
    austerity.levers.credit_take_up = 0.2;
    austerity.levers.execution_speed = 0.8;
    austerity.levers.special_funds_years = 1.0;
    let mut integration_first = base.clone();
    integration_first.levers.special_allocation = Allocation::from_array([0.0, 0.0, 1.0]);
    integration_first.levers.mountain_share = 0.5;
    integration_first.assumptions.calibration_month = 6;
    vec![
        ("zhejiang-2025", base),
        ("rural-push", rural_push),
        ("reform", reform),
        ("austerity", austerity),
        ("integration-first-june", integration_first),
    ]
}

fn named(name: &str) -> Scenario {
    named_scenarios().into_iter().find(|(n, _)| *n == name).map(|(_, s)| s).unwrap()
}

/// |actual − expected| ≤ tolerance, with the reference named in the message.
fn near(what: &str, actual: f64, expected: f64, tolerance: f64) {
    assert!(
        (actual - expected).abs() <= tolerance,
        "{what}: {actual} is not {expected} ± {tolerance} (off by {:e})",
        actual - expected
    );
}

/// Arithmetic done twice, by the model and here: equal but for the rounding
/// of a few floating-point operations, hence 1e-9 relative.
const ARITHMETIC: f64 = 1e-9;

/// The seed (docs/DATA.md S1, the article of 2025-07-05): completed so far and
/// completion rate at the reporting date, all projects, 强城 and 兴村. The
/// reporting date is an assumption (end of May, or June), and no lever may
/// move what was already reported. Tolerance: half the last digit the seed
/// prints (169.68 → ±0.005 bn, 73.859 → ±0.0005 bn, 59.1 % → ±0.05 points).
#[test]
fn every_named_scenario_reproduces_the_seed_at_its_reporting_date() {
    for (name, s) in named_scenarios() {
        let c = project(&s).completion;
        let m = usize::from(s.assumptions.calibration_month) - 1;
        let (u, r) = (c.strand(Strand::Urban), c.strand(Strand::Rural));
        near(&format!("{name}: all completed"), c.overall_completed_bn[m], 169.68, 0.005);
        near(&format!("{name}: all rate"), c.overall_rate[m], 0.591, 0.0005);
        near(&format!("{name}: 强城 completed"), u.completed_bn[m], 73.859, 0.0005);
        near(&format!("{name}: 强城 rate"), u.completion_rate[m], 0.617, 0.0005);
        near(&format!("{name}: 兴村 completed"), r.completed_bn[m], 85.106, 0.0005);
        near(&format!("{name}: 兴村 rate"), r.completion_rate[m], 0.575, 0.0005);
    }
}

/// The 2025 plans, derived from the seed as completed ÷ rate (docs/DATA.md,
/// "The seed's figures": 287.1 / 119.7 / 148.0 / 19.4 bn). Tolerance: the
/// range the seed's digits allow (its column "range from its digits"). Later
/// years: the plan grows by `plan_growth` a year (docs/MODEL.md, "Money"),
/// checked by hand at arithmetic precision.
#[test]
fn the_plans_are_the_seeds_completed_over_rate_and_grow_by_plan_growth() {
    for (name, s) in named_scenarios() {
        let p = project(&s);
        let c = &p.completion;
        let within = |what: &str, v: f64, (lo, hi): (f64, f64)| assert!((lo..=hi).contains(&v), "{name} {what}: {v}");
        within("all", c.plan_bn, (286.85, 287.36));
        within("强城", c.strand(Strand::Urban).plan_bn, (119.61, 119.80));
        within("兴村", c.strand(Strand::Rural).plan_bn, (147.88, 148.14));
        within("融合", c.strand(Strand::Integration).plan_bn, (18.91, 19.87));
        for (t, y) in p.completion_by_year.iter().enumerate() {
            let growth = (1.0 + s.levers.plan_growth).powi(t as i32);
            near(&format!("{name} {} plan", y.year), y.plan_bn, c.plan_bn * growth, ARITHMETIC * c.plan_bn * growth);
        }
    }
}

/// The built-in year end, 2025, by hand (docs/MODEL.md, "Investment
/// completion": the least of the pace's work, the absorptive capacity and the
/// money). 强城 and 兴村 run ahead of the pace that would fill their capacity, so
/// capacity binds: 1.3 × plan = 1.3 × 73.859 ÷ 0.617 = 155.62 and 1.3 × 85.106
/// ÷ 0.575 = 192.41 bn. 融合 keeps its pace: what it had done by May times
/// December's typical share over May's, 10.715 × 1.21 ÷ 0.532 = 24.37 bn, below
/// its capacity (25.2). The same figures are in data/zhejiang-2025.json's
/// citations of the built-in funds. Tolerance 0.01 bn: the built-in ordinary
/// funds are stored rounded to 0.01 bn per strand, so the money may fall short
/// of the work by up to half of that.
#[test]
fn the_builtin_year_end_2025_is_the_capacity_of_two_strands_and_the_pace_of_the_third() {
    let p = project(&Scenario::zhejiang_2025());
    let c = &p.completion;
    for (strand, expected, limit) in [
        (Strand::Urban, 155.62, Limit::Capacity),
        (Strand::Rural, 192.41, Limit::Capacity),
        (Strand::Integration, 24.37, Limit::Pace),
    ] {
        let sc = c.strand(strand);
        near(&format!("{strand:?} year end"), sc.year_end_bn(), expected, 0.01);
        assert_eq!(sc.limit, limit, "{strand:?}");
        // The monthly path ends where the year does.
        assert_eq!(sc.completed_bn[11], sc.year_end_bn());
    }
    // All projects: 372.40 ÷ 287.107 = 129.7 % of plan, just under the 130 %
    // absorptive capacity (the province's record, 129.6 % in 2024, DATA.md
    // S26). Tolerance: the three strands' 0.01 bn over a 287 bn plan, doubled.
    near("all projects, year-end rate", c.overall_rate[11], 372.40 / 287.107, 2e-4);
    // September on the monthly path, by hand: May's 73.859 plus the year's
    // remaining work in proportion to the typical profile's progress,
    // (0.985 − 0.532) ÷ (1.21 − 0.532) of (155.62 − 73.859) = 128.49 bn.
    near("强城 September", c.strand(Strand::Urban).completed_bn[8], 128.49, 0.01);
    // January: May's figure along the typical profile, 73.859 × 0.05 ÷ 0.532.
    near("强城 January", c.strand(Strand::Urban).completed_bn[0], 73.859 * 0.05 / 0.532, 1e-9);
}

/// The money each strand gets, by hand (docs/MODEL.md, "Money"): the
/// ordinary funds less the policy levers' costs, times the plan share, plus
/// the special funds times their share while they run, plus the credit drawn
/// (total × take-up) times its share.
fn funds_by_hand(s: &Scenario, t: usize, policy_cost_bn: f64) -> [f64; 3] {
    let l = &s.levers;
    let ordinary = (l.plan_funds_bn * (1.0 + l.plan_growth).powi(t as i32) - policy_cost_bn).max(0.0);
    // The special funds run `special_funds_years` (2.5 = half the third year).
    let special = l.special_funds_bn * (l.special_funds_years - t as f64).clamp(0.0, 1.0);
    let credit = l.credit_bn * l.credit_take_up;
    STRANDS.map(|st| {
        l.plan_allocation.share(st) * ordinary
            + l.special_allocation.share(st) * special
            + l.credit_allocation.share(st) * credit
    })
}

/// Every pot's shares add up to 100 %, and every yuan of the three pots
/// reaches a strand (or pays a policy lever): money is neither made nor lost.
/// Tolerance: arithmetic.
#[test]
fn shares_add_up_and_the_strands_money_is_the_pots_by_hand() {
    for (name, s) in named_scenarios() {
        let l = &s.levers;
        for a in [l.plan_allocation, l.special_allocation, l.credit_allocation] {
            near(&format!("{name}: shares"), a.as_array().iter().sum(), 1.0, 1e-12);
        }
        let p = project(&s);
        for (t, (c, y)) in p.completion_by_year.iter().zip(&p.years).enumerate() {
            let expected = funds_by_hand(&s, t, y.policy_cost.total_bn());
            for (sc, e) in c.strands.iter().zip(expected) {
                near(&format!("{name} {} {:?} funds", c.year, sc.strand), sc.funds_bn, e, ARITHMETIC * e.max(1.0));
            }
        }
    }
}

/// Austerity: 250 bn of ordinary funds, a fifth of the credit drawn, special
/// funds for one year only, work 20 % slower. Money binds every strand in
/// 2025 and 2026, so each strand's completion is its money ÷ its plan
/// (docs/MODEL.md: completion is the least of pace, capacity and money), and
/// the money is the pots by hand. 2026 has no special funds (they ran one
/// year). Tolerance: arithmetic.
#[test]
fn when_money_binds_completion_is_money_over_plan() {
    let s = named("austerity");
    let p = project(&s);
    for t in 0..2 {
        let c = &p.completion_by_year[t];
        let money = funds_by_hand(&s, t, 0.0);
        for (sc, m) in c.strands.iter().zip(money) {
            assert_eq!(sc.limit, Limit::Money, "{} {:?}", c.year, sc.strand);
            near(&format!("{} {:?} year-end rate", c.year, sc.strand), sc.year_end_rate(), m / sc.plan_bn, ARITHMETIC);
            assert!(sc.unspent_bn.abs() < 1e-9, "money that binds is all spent");
        }
    }
    // Urban in 2025 written out: 0.38847 × 250 + 0.2 × 8 + 0.7 × 80 × 0.2 =
    // 109.92 bn of a 119.71 bn plan, 91.8 %. Tolerance: the four-digit share.
    near("强城 2025, written out", p.completion.strand(Strand::Urban).year_end_rate(), 109.92 / 119.71, 5e-4);
}

/// More money to 兴村 (ten points more of the ordinary funds): 兴村 is already
/// at its capacity, so its year end stays 1.3 × plan and the extra money,
/// 0.10 × 324.4 = 32.44 bn, shows as unspent; 强城 and 融合 lose that money
/// in proportion to their shares and become bound by it. Tolerance 0.01 bn:
/// the built-in funds' rounding (see above).
#[test]
fn money_a_strand_at_capacity_cannot_use_is_shown_unspent() {
    let p = project(&named("rural-push"));
    let rural = p.completion.strand(Strand::Rural);
    assert_eq!(rural.limit, Limit::Capacity);
    near("兴村 year end", rural.year_end_bn(), 192.41, 0.01);
    near("兴村 unspent", rural.unspent_bn, 0.10 * 324.4, 0.01);
    for strand in [Strand::Urban, Strand::Integration] {
        let c = p.completion.strand(strand);
        assert_eq!(c.limit, Limit::Money, "{strand:?}");
        near(&format!("{strand:?} year end = money"), c.year_end_bn(), c.funds_bn, 1e-9);
    }
}

/// The reform package's yearly cost by hand (docs/DATA.md, "Policy costs"):
/// settling (5 % × (1.8 − 1) × (76 % − 52 %) × 66.7 m = 0.640 m more people
/// a year, from the end-2025 start) at 30,000 yuan each = 19.21 bn; standards
/// effort 1.5: 0.5 × 10 bn; county capacity 1.2: 0.2 × 30 bn. 30.21 bn a
/// year, every year, taken from
/// the ordinary funds (checked above). Tolerance: arithmetic.
#[test]
fn the_reform_package_costs_what_the_documented_unit_costs_say() {
    let p = project(&named("reform"));
    let settled_m = 0.05 * 0.8 * (0.76 - 0.52) * 66.7;
    let expected = [settled_m * 3.0 * 10.0, 0.5 * 10.0, 0.2 * 30.0];
    for y in &p.years {
        let c = &y.policy_cost;
        for (what, v, e) in [
            ("settling", c.hukou_bn, expected[0]),
            ("standards", c.standards_bn, expected[1]),
            ("county", c.county_bn, expected[2]),
        ] {
            near(&format!("{} {what}", y.year), v, e, ARITHMETIC * e);
        }
    }
    near("total, written out", p.years[0].policy_cost.total_bn(), 30.21, 0.005);
}

/// The value of a published series in `year`.
fn published(series: &[(i32, f64)], year: i32) -> f64 {
    series.iter().find(|(y, _)| *y == year).map(|(_, v)| *v).unwrap()
}

/// With the built-in levers the programme's capital is its reference path,
/// so every outcome is its base trend: 2025 as published, then the published
/// 2022–2025 change carried on (docs/MODEL.md, "Base trends": the income
/// ratio by the backtest's chosen method, the three-year trend; the series
/// in data/zhejiang-2025.json, DATA.md S7, S14, S18, S38). Tolerances: the
/// data file stores each trend rounded (0.01654, 0.04623, 0.0811); over five
/// years that rounding moves the ratio by up to 3e-5 relative, urban income
/// by up to 3e-4 relative, urbanization by up to 5e-5.
#[test]
fn the_builtin_path_is_2025_as_published_then_the_2022_to_2025_trends() {
    let p = project(&Scenario::zhejiang_2025());
    let start_ratio = 81616.0 / 45139.0;
    let ratio_per_year = (published(&INCOME_RATIO, 2025) / published(&INCOME_RATIO, 2022)).powf(1.0 / 3.0);
    let urban_per_year = (published(&URBAN_INCOME, 2025) / published(&URBAN_INCOME, 2022)).powf(1.0 / 3.0);
    // Urbanization closes a steady share of the distance to its 85 % ceiling.
    let (u22, u25) = (published(&URBANIZATION, 2022), published(&URBANIZATION, 2025));
    let keep_per_year = ((0.85 - u25) / (0.85 - u22)).powf(1.0 / 3.0);
    assert_eq!(p.years[0].year, 2025);
    for (n, y) in (0..).zip(&p.years) {
        let ratio = start_ratio * ratio_per_year.powi(n);
        near(&format!("{} ratio", y.year), y.income_ratio, ratio, 5e-5 * ratio);
        let urban = 81616.0 * urban_per_year.powi(n);
        near(&format!("{} urban income", y.year), y.urban_income, urban, 3e-4 * urban);
        near(&format!("{} urbanization", y.year), y.urbanization, 0.85 - (0.85 - u25) * keep_per_year.powi(n), 5e-5);
    }
}

/// The first forecast year continues history: the ratio's fall from 2025 to
/// 2026 lies within the yearly falls published for 2020–2025 (0.02 to 0.04,
/// data/zhejiang-2025.json). Tolerance: that range, for every named scenario
/// (one year of a programme cannot move the ratio out of its recent record).
#[test]
fn the_first_year_s_fall_of_the_ratio_is_within_the_recent_record() {
    let falls: Vec<f64> =
        (2021..=2025).map(|y| published(&INCOME_RATIO, y - 1) - published(&INCOME_RATIO, y)).collect();
    let (lo, hi) = falls.iter().fold((f64::MAX, f64::MIN), |(a, b), &f| (a.min(f), b.max(f)));
    for (name, s) in named_scenarios() {
        let p: Projection = project(&s);
        let fall = p.years[0].income_ratio - p.years[1].income_ratio;
        assert!(fall >= lo - 1e-9 && fall <= hi + 1e-9, "{name}: 2026 fall {fall:.4}, recorded {lo:.3}–{hi:.3}");
    }
}
