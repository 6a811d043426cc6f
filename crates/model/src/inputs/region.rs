//! The region's data, read from one file compiled in
//! (`data/zhejiang-2025.json`): every figure of the built-in scenario with its
//! value, unit, range, source and confidence; the published series the
//! trends are fitted to and tested on; the cities; the targets. docs/DATA.md
//! cites every source. A planner with another region's figures writes
//! another file of the same shape; no Rust changes.

use super::allocation::Allocation;
use super::assumptions::{Assumptions, OutcomeAssumptions, PolicyCosts, StartingPoint};
use super::params::{Kind, SourceKind, Unit, ROWS};
use super::scenario::{Levers, Pot, ReportedProgress, Scenario, FORMAT_VERSION, POTS};
use crate::i18n::Bilingual;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::sync::LazyLock;

/// The built-in region file.
pub const ZHEJIANG_2025_JSON: &str = include_str!("../../../../data/zhejiang-2025.json");

static REGION_READER: std::sync::OnceLock<crate::json::Reader<Region>> = std::sync::OnceLock::new();

/// Install how region files are read (a browser build: `urs_formats::json::install`).
pub fn install_reader(reader: crate::json::Reader<Region>) {
    let _ = REGION_READER.set(reader);
}

/// How sure a figure is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Confidence {
    /// Read in the published text cited.
    V,
    /// Derived by arithmetic from read figures.
    D,
    /// An assumption, editable, with a range.
    A,
    /// Quoted, but not re-found in a primary text.
    U,
}

/// One number of the region, as its file gives it.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub value: f64,
    pub unit: Unit,
    /// Plausible range (model units): the slider's ends, the band's draws.
    pub range: [f64; 2],
    pub source: SourceKind,
    pub confidence: Confidence,
    pub cite_zh: String,
    pub cite_en: String,
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
    pub outcome: crate::outcome::Outcome,
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
    pub published_2025: Published2025,
    pub cities: Vec<City>,
    /// How the cities' filled values were made, [中文, English].
    pub filled_notes: FilledNotes,
    pub targets: Vec<TargetData>,
}

#[derive(Clone, Debug, PartialEq, Deserialize)]
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
                depreciation: 0.0,
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

/// The built-in region, read once. The file is compiled in and tested, so
/// failing to read it is a build defect, not a user error.
pub static ZHEJIANG: LazyLock<Region> = LazyLock::new(|| match Region::from_json(ZHEJIANG_2025_JSON) {
    Ok(region) => region,
    Err(e) => panic!("data/zhejiang-2025.json: {e}"),
});

static BUILTIN: LazyLock<Scenario> = LazyLock::new(|| ZHEJIANG.scenario());

/// The built-in *Zhejiang 2025* scenario.
pub fn builtin_scenario() -> Scenario {
    BUILTIN.clone()
}

/// The built-in levers (the baseline every scenario is compared with).
pub fn builtin_levers() -> Levers {
    BUILTIN.levers.clone()
}

pub fn reported() -> ReportedProgress {
    BUILTIN.reported.clone()
}

pub fn assumptions() -> Assumptions {
    BUILTIN.assumptions.clone()
}

pub fn zhejiang_cities() -> Vec<City> {
    ZHEJIANG.cities.clone()
}

/// Ordinary funds per strand in the reported year, bn yuan (derived).
pub fn builtin_ordinary_bn() -> [f64; 3] {
    ZHEJIANG.builtin_ordinary_bn
}

pub static INCOME_RATIO: LazyLock<Vec<(i32, f64)>> = LazyLock::new(|| ZHEJIANG.series.income_ratio.clone());
pub static URBAN_INCOME: LazyLock<Vec<(i32, f64)>> = LazyLock::new(|| ZHEJIANG.series.urban_income.clone());
pub static RURAL_INCOME: LazyLock<Vec<(i32, f64)>> = LazyLock::new(|| ZHEJIANG.series.rural_income.clone());
pub static ALL_INCOME: LazyLock<Vec<(i32, f64)>> = LazyLock::new(|| ZHEJIANG.series.all_income.clone());
pub static URBANIZATION: LazyLock<Vec<(i32, f64)>> = LazyLock::new(|| ZHEJIANG.series.urbanization.clone());
pub static URBANIZATION_BEFORE_CENSUS: LazyLock<Vec<(i32, f64)>> =
    LazyLock::new(|| ZHEJIANG.series.urbanization_before_census.clone());
pub static PUBLISHED_2025: LazyLock<Published2025> = LazyLock::new(|| ZHEJIANG.published_2025.clone());

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Provenance {
    /// Published for a full year.
    Measured,
    /// Published for the first half of the year.
    MeasuredHalfYear,
    /// Not published: filled in as the citation says.
    Filled,
}

impl Provenance {
    pub fn label(self, lang: crate::i18n::Lang) -> &'static str {
        match self {
            Provenance::Measured => lang.pick("实测", "measured"),
            Provenance::MeasuredHalfYear => lang.pick("实测（上半年）", "measured (H1)"),
            Provenance::Filled => lang.pick("填补", "filled"),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct City {
    pub id: String,
    pub zh: String,
    pub en: String,
    /// Urban ÷ rural per-capita disposable income, in `income_ratio_year`.
    pub income_ratio: f64,
    pub income_ratio_year: i32,
    pub income_ratio_provenance: Provenance,
    /// Resident population 2023, millions.
    pub population_m: f64,
    pub population_provenance: Provenance,
    /// Resident urbanization rate 2023 (fraction).
    pub urbanization: f64,
    pub urbanization_provenance: Provenance,
}

/// How filled values were made (shown beside every filled value), from the
/// region file: (中文, English).
pub static FILLED_RATIO_NOTE: LazyLock<(&'static str, &'static str)> =
    LazyLock::new(|| (&ZHEJIANG.filled_notes.income_ratio[0], &ZHEJIANG.filled_notes.income_ratio[1]));
pub static FILLED_POPULATION_NOTE: LazyLock<(&'static str, &'static str)> =
    LazyLock::new(|| (&ZHEJIANG.filled_notes.population[0], &ZHEJIANG.filled_notes.population[1]));
pub static FILLED_URBANIZATION_NOTE: LazyLock<(&'static str, &'static str)> =
    LazyLock::new(|| (&ZHEJIANG.filled_notes.urbanization[0], &ZHEJIANG.filled_notes.urbanization[1]));

pub fn validate_cities(cities: &[City]) -> Result<(), Bilingual> {
    if cities.len() > 50 {
        return Err(Bilingual::new("城市过多（上限 50）", "too many cities (limit 50)"));
    }
    for (i, c) in cities.iter().enumerate() {
        let id_ok = (1..=40).contains(&c.id.len()) && c.id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
        if !id_ok || cities[..i].iter().any(|o| o.id == c.id) {
            return Err(Bilingual::new(
                format!("城市编号“{}”无效或重复", c.id),
                format!("city id “{}” is not valid or repeats", c.id),
            ));
        }
        for name in [&c.zh, &c.en] {
            if name.trim().is_empty() || name.chars().count() > 40 || name.chars().any(char::is_control) {
                return Err(Bilingual::new(
                    format!("城市名称“{name}”无效"),
                    format!("city name “{name}” is not valid"),
                ));
            }
        }
        let bad = |what_zh: &str, what_en: &str, v: f64| {
            Bilingual::new(
                format!("{}：{what_zh}不合理（{v}）", c.zh),
                format!("{}: {what_en} is not plausible ({v})", c.en),
            )
        };
        if !(c.income_ratio.is_finite() && (0.5..=5.0).contains(&c.income_ratio)) {
            return Err(bad("城乡收入比", "income ratio", c.income_ratio));
        }
        if !(c.population_m.is_finite() && (0.0..=100.0).contains(&c.population_m)) {
            return Err(bad("人口", "population", c.population_m));
        }
        if !(c.urbanization.is_finite() && (0.0..=1.0).contains(&c.urbanization)) {
            return Err(bad("城镇化率", "urbanization", c.urbanization));
        }
        if !(2000..=2100).contains(&c.income_ratio_year) {
            return Err(bad("收入比年份", "income ratio year", f64::from(c.income_ratio_year)));
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(edit: impl Fn(&mut serde_json::Value)) -> Result<Region, Bilingual> {
        let mut v: serde_json::Value = serde_json::from_str(ZHEJIANG_2025_JSON).unwrap();
        edit(&mut v);
        Region::from_json(&v.to_string())
    }

    #[test]
    fn the_built_in_file_reads_and_gives_a_valid_scenario() {
        let r = Region::from_json(ZHEJIANG_2025_JSON).unwrap();
        r.scenario().validate().unwrap();
        assert_eq!(r.cities.len(), 11);
        assert_eq!(r.targets.len(), 5);
    }

    #[test]
    fn a_region_file_with_a_missing_wrong_or_extra_figure_is_refused() {
        let e = with(|v| {
            v["figures"].as_object_mut().unwrap().remove("depreciation");
        })
        .unwrap_err();
        assert!(e.en.contains("depreciation"), "{e}");
        let e = with(|v| v["figures"]["depreciation"]["unit"] = "bn_yuan".into()).unwrap_err();
        assert!(e.en.contains("unit or range"), "{e}");
        let e = with(|v| v["figures"]["depreciation"]["value"] = 0.9.into()).unwrap_err();
        assert!(e.en.contains("depreciation"), "{e}");
        let e = with(|v| v["figures"]["made_up"] = v["figures"]["depreciation"].clone()).unwrap_err();
        assert!(e.en.contains("made_up"), "{e}");
        assert!(with(|v| v["cities"] = serde_json::json!([])).is_ok(), "a region may have no cities");
    }

    #[test]
    fn every_published_or_derived_figure_cites_a_source_listed_in_docs_data_md() {
        let data = include_str!("../../../../docs/DATA.md");
        for (id, f) in &ZHEJIANG.figures {
            assert!(!f.cite_zh.trim().is_empty() && !f.cite_en.trim().is_empty(), "{id}: no citation");
            if f.confidence == Confidence::A {
                continue;
            }
            let cited: Vec<&str> = f
                .cite_en
                .split(|c: char| !c.is_ascii_alphanumeric())
                .filter(|w| w.len() >= 2 && w.starts_with('S') && w[1..].bytes().all(|b| b.is_ascii_digit()))
                .collect();
            let derived_from_model = f.source == SourceKind::Derived && f.cite_en.contains("docs/MODEL.md");
            assert!(
                !cited.is_empty() || derived_from_model,
                "{id} ({:?}) cites no source: {}",
                f.confidence,
                f.cite_en
            );
            for s in cited {
                assert!(data.contains(&format!("| {s} |")), "{id} cites {s}, which docs/DATA.md does not list");
            }
        }
    }
}
