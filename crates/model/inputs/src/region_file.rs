//! The shape of a region's data file and how it is read: every figure of
//! the region's scenario with its value, unit, range, source and confidence;
//! the published series the trends are fitted to and tested on; the cities;
//! the targets. Reading checks the file against the parameter table (`rows.rs`)
//! and gives the region's scenario. The built-in region is in `region.rs`.

use super::allocation::Allocation;
use super::assumptions::{Assumptions, OutcomeAssumptions, PolicyCosts, StartingPoint};
use super::city::City;
use super::figure::Figure;
use super::row::Kind;
use super::rows::ROWS;
use super::scenario::{Levers, Pot, ReportedProgress, Scenario, FORMAT_VERSION, POTS};
use crate::i18n::Bilingual;
use serde::Deserialize;
use std::collections::BTreeMap;

static REGION_READER: std::sync::OnceLock<crate::json::Reader<Region>> = std::sync::OnceLock::new();

/// Install how region files are read (a browser build: `urs_formats::json::install`).
pub fn install_reader(reader: crate::json::Reader<Region>) {
    let _ = REGION_READER.set(reader);
}

/// The published series, each `(year, value)` in increasing years.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Series {
    pub income_ratio: Vec<(i32, f64)>,
    pub urban_income: Vec<(i32, f64)>,
    pub rural_income: Vec<(i32, f64)>,
    pub all_income: Vec<(i32, f64)>,
    /// Resident urbanization after the 2020 census.
    pub urbanization: Vec<(i32, f64)>,
    /// Resident urbanization as published before the census revised it: a
    /// different series, used only for the speed of its steps.
    pub urbanization_before_census: Vec<(i32, f64)>,
}

/// What the province published for the reported year after the data end
/// (lower bounds "over" and approximate values "about"). The model never
/// sees them; tests/published_2025.rs compares the projection with them.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Published2025 {
    pub urban_income_over: f64,
    pub rural_income_over: f64,
    pub all_income_over: f64,
    pub income_ratio_about: f64,
    pub urbanization_about: f64,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TargetData {
    pub id: String,
    pub zh: String,
    pub en: String,
    /// Which outcome the target is about (its id in the outcome table).
    pub outcome: super::outcome::Outcome,
    pub year: i32,
    /// True: the value must stay below `threshold`; false: reach at least it.
    pub below: bool,
    pub threshold: f64,
    /// The last digit the published figure shows.
    pub resolution: f64,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Region {
    pub format: String,
    pub version: u32,
    pub id: String,
    pub name: String,
    pub reported_year: i32,
    pub start_year: i32,
    pub city_income_gap_year: i32,
    pub mountain_relative_income_year: i32,
    /// Ordinary funds per strand in the reported year (derived: what each
    /// strand's built-in work costs less its special funds and credit;
    /// tests/financing.rs holds the balance).
    pub builtin_ordinary_bn: [f64; 3],
    pub figures: BTreeMap<String, Figure>,
    pub series: Series,
    /// Only the built-in region has them (tests/published_2025.rs).
    #[serde(default)]
    pub published_2025: Option<Published2025>,
    pub cities: Vec<City>,
    /// How the cities' filled values were made, [中文, English] (a region
    /// without filled cities may leave it out).
    #[serde(default)]
    pub filled_notes: FilledNotes,
    pub targets: Vec<TargetData>,
}

#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FilledNotes {
    pub income_ratio: [String; 2],
    pub population: [String; 2],
    pub urbanization: [String; 2],
}

impl Region {
    /// Read a region file. Every parameter must have its figure and every
    /// figure its parameter, in the parameter's unit, with its value inside
    /// its range.
    pub fn from_json(text: &str) -> Result<Region, Bilingual> {
        let region: Region = crate::json::installed(&REGION_READER)(text)
            .map_err(|e| Bilingual::new(format!("地区数据文件有误：{e}"), format!("region file is not valid: {e}")))?;
        for row in ROWS {
            let f = region.figures.get(row.id).ok_or_else(|| {
                Bilingual::new(format!("地区数据缺少 {}", row.id), format!("the region file has no figure {}", row.id))
            })?;
            let [lo, hi] = f.range;
            if f.unit != row.unit || !(lo <= f.value && f.value <= hi) || !f.value.is_finite() {
                return Err(Bilingual::new(
                    format!("{}：单位或范围不符", row.id),
                    format!("{}: unit or range does not fit (value {}, range {lo}–{hi})", row.id, f.value),
                ));
            }
        }
        if let Some(extra) = region.figures.keys().find(|k| !ROWS.iter().any(|r| r.id == k.as_str())) {
            return Err(Bilingual::new(format!("未知的数据项 {extra}"), format!("unknown figure {extra}")));
        }
        region.scenario().validate()?;
        Ok(region)
    }

    pub fn figure(&self, id: &str) -> &Figure {
        // Every row has a figure: checked when the file is read.
        &self.figures[id]
    }

    /// The region's built-in scenario: every figure set through its
    /// parameter row; each pot's shares set together (setting them one by
    /// one would rebalance the others).
    pub fn scenario(&self) -> Scenario {
        let mut s = skeleton(self);
        let mut shares = [[0.0; 3]; 3];
        for row in ROWS {
            let Some(f) = self.figures.get(row.id) else { continue };
            match row.kind {
                Kind::Share(pot, strand) => shares[pot_index(pot)][strand.index()] = f.value,
                _ => (row.set)(&mut s, f.value),
            }
        }
        for pot in POTS {
            *pot.allocation_mut(&mut s.levers) = Allocation::from_array(shares[pot_index(pot)]);
        }
        s
    }
}

fn pot_index(pot: Pot) -> usize {
    POTS.iter().position(|p| *p == pot).unwrap_or(0)
}

/// A scenario with the region's names, years and cities and every number
/// zero, for [`Region::scenario`] to fill.
fn skeleton(r: &Region) -> Scenario {
    let zero_allocation = Allocation::from_array([0.0; 3]);
    Scenario {
        format_version: FORMAT_VERSION,
        name: r.name.clone(),
        reported: ReportedProgress {
            year: r.reported_year,
            total_completed_bn: 0.0,
            total_rate: 0.0,
            urban_completed_bn: 0.0,
            urban_rate: 0.0,
            rural_completed_bn: 0.0,
            rural_rate: 0.0,
        },
        start: StartingPoint {
            year: r.start_year,
            urban_income: 0.0,
            rural_income: 0.0,
            all_income: 0.0,
            population_m: 0.0,
            urbanization: 0.0,
            registered_urbanization: 0.0,
            standards_total: 0.0,
            standards_no_urban_rural_gap: 0.0,
            standards_no_hukou_gap: 0.0,
            city_income_gap: 0.0,
            city_income_gap_year: r.city_income_gap_year,
            mountain_relative_income: 0.0,
            mountain_relative_income_year: r.mountain_relative_income_year,
            mountain_urbanization: 0.0,
        },
        cities: r.cities.clone(),
        assumptions: Assumptions {
            calibration_month: 5,
            pace_profile: [0.0; 12],
            lead_persistence: 0.0,
            absorptive_capacity: 0.0,
            costs: PolicyCosts { settlement_cost_wan: 0.0, standards_spending_bn: 0.0, county_spending_bn: 0.0 },
            outcomes: OutcomeAssumptions {
                urban_income_growth: 0.0,
                income_ratio_decline: 0.0,
                income_ratio_level: 0.0,
                depreciation: 0.0,
                gestation_years: 0.0,
                return_urban_on_urban: 0.0,
                return_urban_on_rural: 0.0,
                return_rural_on_rural: 0.0,
                return_integration_on_rural: 0.0,
                mountain_relative_return: 0.0,
                standards_closing_rate: 0.0,
                hukou_standards_closing_rate: 0.0,
                services_stock_elasticity: 0.0,
                urbanization_ceiling: 0.0,
                urbanization_speed: 0.0,
                reform_urbanization_effect: 0.0,
                urban_stock_urbanization_effect: 0.0,
                hukou_conversion_rate: 0.0,
                city_gap_closing_rate: 0.0,
                mountain_catch_up_rate: 0.0,
                regional_stock_effect: 0.0,
            },
        },
        levers: Levers {
            execution_speed: 0.0,
            plan_funds_bn: 0.0,
            plan_allocation: zero_allocation,
            special_funds_bn: 0.0,
            special_allocation: zero_allocation,
            credit_bn: 0.0,
            credit_take_up: 0.0,
            credit_allocation: zero_allocation,
            plan_growth: 0.0,
            special_funds_years: 0.0,
            hukou_reform: 0.0,
            standards_effort: 0.0,
            county_capacity: 0.0,
            mountain_share: 0.0,
        },
    }
}
