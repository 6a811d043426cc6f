//! What no scenario may produce, checked in one place by tests/model_check.rs
//! (every lever and assumption at the ends of its range, alone and all
//! together) and tests/envelope.rs (random settings, money to one strand):
//! impossible values (docs/MODEL.md: negative money, shares above 100 %,
//! rates out of bounds) and values outside the plausibility envelope
//! (docs/MODEL.md, "Plausibility envelope").

use urban_rural_sim::model::cities::CITY_RATIO_FLOOR;
use urban_rural_sim::model::params::{ParamSpec, Role, PARAMS};
use urban_rural_sim::model::{project, Projection, Scenario};

/// Largest yearly change of Zhejiang's income ratio on record (2019→2020,
/// 2.014 → 1.96: docs/DATA.md), and the margin the envelope allows beyond it.
pub const LARGEST_RECORDED_RATIO_CHANGE: f64 = 0.05;
pub const RATIO_CHANGE_MARGIN: f64 = 0.02;
/// No setting may take the ratio below this by 2030: Jiaxing, the province's
/// lowest city, stood at 1.56 in 2022 (docs/DATA.md); a province-wide ratio
/// far under its best city is not credible within six years.
#[allow(dead_code)]
pub const RATIO_FLOOR: f64 = 1.45;

pub fn levers() -> impl Iterator<Item = &'static ParamSpec> {
    PARAMS.iter().filter(|p| p.role == Role::Lever)
}

/// Validate and project `s`, and check every bound a planner would call
/// impossible (money spent that is not there, counts above the total, rates
/// out of bounds, gaps reopening, anything not finite); `label` names the
/// setting. Holds at any setting the hard bounds allow.
pub fn assert_sane(s: &Scenario, label: &str) -> Projection {
    s.validate().unwrap_or_else(|e| panic!("{label}: scenario invalid: {e}"));
    let p = project(s);
    for c in &p.completion_by_year {
        for sc in &c.strands {
            let history = if c.year == s.reported.year { s.reported.completed_bn()[sc.strand.index()] } else { 0.0 };
            for m in 0..12 {
                let (v, r) = (sc.completed_bn[m], sc.completion_rate[m]);
                assert!(v.is_finite() && v >= 0.0, "{label}: {} {:?} month {m}: {v}", c.year, sc.strand);
                assert!(r.is_finite() && r >= 0.0, "{label}: rate {r}");
                assert!(
                    v <= sc.funds_bn.max(history) + 1e-9,
                    "{label}: {} {:?} spends money it lacks",
                    c.year,
                    sc.strand
                );
            }
        }
        assert!(c.overall_rate.iter().all(|r| r.is_finite() && *r >= 0.0), "{label}");
    }
    let total = s.start.standards_total;
    let mut previous: Option<&urban_rural_sim::model::YearOutcome> = None;
    for y in &p.years {
        let finite = [
            y.urban_income,
            y.rural_income,
            y.income_ratio,
            y.average_income,
            y.standards_no_urban_rural_gap,
            y.standards_no_hukou_gap,
            y.urbanization,
            y.registered_urbanization,
            y.city_income_gap,
            y.mountain_relative_income,
        ];
        assert!(finite.iter().all(|v| v.is_finite()), "{label} {}: {finite:?}", y.year);
        assert!(y.urban_income > 0.0 && y.rural_income > 0.0, "{label}");
        assert!(y.income_ratio > 0.5 && y.income_ratio < 5.0, "{label}: ratio {}", y.income_ratio);
        for n in [y.standards_no_urban_rural_gap, y.standards_no_hukou_gap] {
            assert!((0.0..=total + 1e-9).contains(&n), "{label} {}: standards {n} of {total}", y.year);
        }
        assert!((0.0..=1.0).contains(&y.urbanization), "{label}: urbanization {}", y.urbanization);
        assert!((0.0..=1.0).contains(&y.registered_urbanization), "{label}");
        assert!(
            y.registered_urbanization <= y.urbanization.max(s.start.registered_urbanization) + 1e-12,
            "{label}: registered {} above resident {}",
            y.registered_urbanization,
            y.urbanization
        );
        assert!(
            y.urbanization <= s.assumptions.outcomes.urbanization_ceiling.max(s.start.urbanization) + 1e-12,
            "{label}"
        );
        assert!(y.city_income_gap >= 1.0, "{label}: city gap {}", y.city_income_gap);
        assert!((0.0..=1.0).contains(&y.mountain_relative_income), "{label}");
        if let Some(prev) = previous {
            // Closed gaps do not reopen; urbanization does not reverse.
            assert!(y.standards_no_urban_rural_gap >= prev.standards_no_urban_rural_gap - 1e-12, "{label}");
            assert!(y.standards_no_hukou_gap >= prev.standards_no_hukou_gap - 1e-12, "{label}");
            assert!(y.urbanization >= prev.urbanization - 1e-12, "{label}");
        }
        previous = Some(y);
    }
    assert_eq!(p.years.len(), 6, "{label}: 2025–2030");
    assert_eq!(p.years.last().map(|y| y.year), Some(2030));
    for t in &p.targets {
        assert!(t.value.is_finite(), "{label}: target {}", t.id);
    }
    p
}

/// `assert_sane`, and inside the plausibility envelope: what no setting
/// inside the stated ranges may produce (no strand past its capacity or its
/// absorptive share, rural below all-resident below urban income, the ratio
/// moving no faster than on record plus the margin, never under the floor).
#[allow(dead_code)]
pub fn assert_inside(s: &Scenario, label: &str) -> Projection {
    assert_inside_above(s, label, RATIO_FLOOR)
}

/// `assert_inside` with a region's own floor for the income ratio
/// (tests/envelope_jiaxing.rs).
pub fn assert_inside_above(s: &Scenario, label: &str, floor: f64) -> Projection {
    let p = assert_sane(s, label);
    for c in &p.completion_by_year {
        for sc in &c.strands {
            let history = if c.year == s.reported.year { s.reported.completed_bn()[sc.strand.index()] } else { 0.0 };
            let end = sc.year_end_bn();
            assert!(
                end <= sc.capacity_bn.max(history) + 1e-9,
                "{label} {} {:?}: {end} above capacity",
                c.year,
                sc.strand
            );
            assert!(
                sc.year_end_rate() <= s.assumptions.absorptive_capacity + 1e-9 || c.year == s.reported.year,
                "{label}: {} {:?} above the absorptive capacity",
                c.year,
                sc.strand
            );
        }
    }
    let mut previous = s.start.urban_income / s.start.rural_income;
    for y in &p.years {
        assert!(y.rural_income < y.urban_income, "{label} {}: rural {} not below urban", y.year, y.rural_income);
        assert!(y.average_income > y.rural_income && y.average_income < y.urban_income, "{label}: all-resident income");
        let change = y.income_ratio - previous;
        // The trend's level offset (drawn in the band: where the trend sits
        // off the last published value, the record's one-year noise) is a
        // step in the first year after the start, on top of the yearly fall.
        let level = s.assumptions.outcomes.income_ratio_level;
        let step = if y.year == s.start.year + 1 { previous * (level.abs().exp() - 1.0) } else { 0.0 };
        assert!(
            change.abs() <= LARGEST_RECORDED_RATIO_CHANGE + RATIO_CHANGE_MARGIN + step,
            "{label} {}: the ratio moves {change:+.4} in a year",
            y.year
        );
        assert!(y.income_ratio >= floor, "{label} {}: ratio {} below the floor", y.year, y.income_ratio);
        previous = y.income_ratio;
    }
    // No city below the floor: cities converge towards the envelope's floor
    // (equations/cities.rs), never past it, at any setting.
    assert_eq!(CITY_RATIO_FLOOR, RATIO_FLOOR, "the cities' floor is the envelope's");
    for (c, city) in p.cities.iter().zip(&s.cities) {
        let lowest = c.income_ratio.iter().copied().chain([c.ratio_at_start]).fold(f64::INFINITY, f64::min);
        assert!(
            lowest >= CITY_RATIO_FLOOR - 1e-12 || city.income_ratio <= CITY_RATIO_FLOOR,
            "{label}: {} falls to {lowest}, below the floor {CITY_RATIO_FLOOR}",
            c.id
        );
    }
    p
}
