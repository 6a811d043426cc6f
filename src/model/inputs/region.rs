//! The region's data: the 11 cities and the published series the model is
//! fitted to and validated against. Published figures are incomplete and of
//! mixed years, so every city value carries whether it was measured (and
//! when) or filled in, and how.

use super::allocation::Allocation;
use super::assumptions::{Assumptions, OutcomeAssumptions, PolicyCosts, StartingPoint};
use super::scenario::{Levers, ReportedProgress, Scenario, FORMAT_VERSION};
use crate::i18n::Bilingual;
use serde::{Deserialize, Serialize};

/// The built-in *Zhejiang 2025* scenario.
pub fn builtin_scenario() -> Scenario {
    Scenario {
        format_version: FORMAT_VERSION,
        name: "浙江 2025 / Zhejiang 2025".to_string(),
        reported: reported(),
        start: starting_point(),
        cities: zhejiang_cities(),
        assumptions: assumptions(),
        levers: builtin_levers(),
    }
}

/// Progress reported in the seed (Jing Ji Ri Bao, 2025-07-05) for the 1,833
/// major projects.
pub fn reported() -> ReportedProgress {
    ReportedProgress {
        year: 2025,
        total_completed_bn: 169.68,
        total_rate: 0.591,
        urban_completed_bn: 73.859,
        urban_rate: 0.617,
        rural_completed_bn: 85.106,
        rural_rate: 0.575,
    }
}

/// End of 2024, each figure at its latest published value (docs/DATA.md).
pub fn starting_point() -> StartingPoint {
    StartingPoint {
        year: 2024,
        urban_income: 78_251.0,
        rural_income: 42_786.0,
        all_income: 67_013.0,
        population_m: 66.70,
        urbanization: 0.755,
        registered_urbanization: 0.52,
        standards_total: 101.0,
        standards_no_urban_rural_gap: 96.0,
        standards_no_hukou_gap: 80.0,
        city_income_gap: 1.64,
        city_income_gap_year: 2020,
        mountain_relative_income: 0.73,
        mountain_relative_income_year: 2024,
    }
}

pub fn assumptions() -> Assumptions {
    Assumptions {
        calibration_month: 5,
        pace_profile: [0.05, 0.10, 0.20, 0.36, 0.532, 0.643, 0.74, 0.82, 0.985, 1.06, 1.135, 1.21],
        lead_persistence: 1.0,
        absorptive_capacity: 1.30,
        costs: PolicyCosts { settlement_cost_wan: 3.0, standards_spending_bn: 10.0, county_spending_bn: 30.0 },
        outcomes: OutcomeAssumptions {
            urban_income_growth: 0.0454,
            income_ratio_decline: 0.01946,
            depreciation: 0.096,
            return_urban_on_urban: 0.06,
            return_urban_on_rural: 0.02,
            return_rural_on_rural: 0.08,
            return_integration_on_rural: 0.05,
            mountain_relative_return: 0.7,
            standards_closing_rate: 0.3,
            hukou_standards_closing_rate: 0.2,
            services_stock_elasticity: 1.0,
            urbanization_ceiling: 0.85,
            urbanization_speed: 0.0825,
            reform_urbanization_effect: 0.3,
            urban_stock_urbanization_effect: 1.0,
            hukou_conversion_rate: 0.05,
            city_gap_closing_rate: 0.03,
            mountain_catch_up_rate: 0.03,
            regional_stock_effect: 2.0,
        },
    }
}

/// Ordinary funds per strand in the reported year, bn yuan (derived): what
/// each strand's baseline work by December costs, less its special funds and
/// drawn credit, so the built-in money pays for the built-in work exactly
/// (tests/financing.rs holds this).
pub const BUILTIN_ORDINARY_BN: [f64; 3] = [126.02, 184.01, 14.37];

pub fn builtin_levers() -> Levers {
    Levers {
        execution_speed: 1.0,
        plan_funds_bn: BUILTIN_ORDINARY_BN.iter().sum(),
        plan_allocation: Allocation::proportional(BUILTIN_ORDINARY_BN),
        special_funds_bn: 8.0,
        special_allocation: Allocation::from_array([0.2, 0.3, 0.5]),
        credit_bn: 80.0,
        credit_take_up: 0.5,
        credit_allocation: Allocation::from_array([0.7, 0.15, 0.15]),
        plan_growth: 0.03,
        special_funds_years: 3.0,
        hukou_reform: 1.0,
        standards_effort: 1.0,
        county_capacity: 1.0,
        mountain_share: 0.3,
    }
}

/// Zhejiang's urban–rural income ratio as published; 2016 and 2019 derived
/// from published figures (docs/DATA.md). The series starts in 2014: rural
/// income changed definition then.
pub const INCOME_RATIO: [(i32, f64); 11] = [
    (2014, 2.085),
    (2015, 2.07),
    (2016, 2.066),
    (2017, 2.054),
    (2018, 2.036),
    (2019, 2.014),
    (2020, 1.96),
    (2021, 1.94),
    (2022, 1.90),
    (2023, 1.86),
    (2024, 1.83),
];

/// Urban per-capita disposable income, yuan (docs/DATA.md).
pub const URBAN_INCOME: [(i32, f64); 8] = [
    (2014, 40_393.0),
    (2017, 51_261.0),
    (2018, 55_574.0),
    (2019, 60_182.0),
    (2020, 62_699.0),
    (2021, 68_487.0),
    (2022, 71_268.0),
    (2024, 78_251.0),
];

/// Rural per-capita disposable income, yuan (docs/DATA.md).
pub const RURAL_INCOME: [(i32, f64); 9] = [
    (2014, 19_373.0),
    (2017, 24_956.0),
    (2018, 27_302.0),
    (2019, 29_876.0),
    (2020, 31_930.0),
    (2021, 35_247.0),
    (2022, 37_565.0),
    (2023, 40_311.0),
    (2024, 42_786.0),
];

/// All residents' per-capita disposable income, yuan (docs/DATA.md).
pub const ALL_INCOME: [(i32, f64); 10] = [
    (2014, 32_658.0),
    (2016, 38_529.0),
    (2017, 42_046.0),
    (2018, 45_840.0),
    (2019, 49_899.0),
    (2020, 52_397.0),
    (2021, 57_541.0),
    (2022, 60_302.0),
    (2023, 63_830.0),
    (2024, 67_013.0),
];

/// Resident urbanization after the 2020 census (docs/DATA.md).
pub const URBANIZATION: [(i32, f64); 5] = [(2020, 0.722), (2021, 0.727), (2022, 0.734), (2023, 0.742), (2024, 0.755)];

/// What the province published for 2025 after the model's data end (the
/// 2026 government work report, docs/DATA.md): lower bounds ("over") and
/// approximate values ("about"). The model never sees them; tests/
/// published_2025.rs compares the projection with them.
pub struct Published2025 {
    pub urban_income_over: f64,
    pub rural_income_over: f64,
    pub all_income_over: f64,
    pub income_ratio_about: f64,
    pub urbanization_about: f64,
}

pub const PUBLISHED_2025: Published2025 = Published2025 {
    urban_income_over: 80_000.0,
    rural_income_over: 45_000.0,
    all_income_over: 70_000.0,
    income_ratio_about: 1.81,
    urbanization_about: 0.76,
};

/// Resident urbanization as published before the 2020 census revised it:
/// a different series, used only for the speed of its yearly steps.
pub const URBANIZATION_BEFORE_CENSUS: [(i32, f64); 4] = [(2013, 0.64), (2017, 0.68), (2018, 0.689), (2019, 0.70)];

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

/// How filled values were made (shown beside every filled value).
pub const FILLED_RATIO_NOTE: (&str, &str) =
    ("未公布：取同年全省收入比", "not published: the provincial ratio of the same year");
pub const FILLED_POPULATION_NOTE: (&str, &str) = (
    "未公布：全省 6627 万减去其余 8 市，按假设比例分配",
    "not published: the province's 66.27 m less the other eight cities, split by assumption",
);
pub const FILLED_URBANIZATION_NOTE: (&str, &str) = (
    "未公布：全省 74.2 % 扣除其余 8 市后的余数 63.5 %",
    "not published: what the province's 74.2 % leaves after the other eight cities, 63.5 %",
);

fn city(
    id: &str,
    zh: &str,
    en: &str,
    ratio: (f64, i32, Provenance),
    population: (f64, Provenance),
    urbanization: (f64, Provenance),
) -> City {
    City {
        id: id.into(),
        zh: zh.into(),
        en: en.into(),
        income_ratio: ratio.0,
        income_ratio_year: ratio.1,
        income_ratio_provenance: ratio.2,
        population_m: population.0,
        population_provenance: population.1,
        urbanization: urbanization.0,
        urbanization_provenance: urbanization.1,
    }
}

/// DOMAIN.md, "Public figures gathered for the default dataset".
pub fn zhejiang_cities() -> Vec<City> {
    use Provenance::{Filled as F, Measured as M, MeasuredHalfYear as H};
    vec![
        city("hangzhou", "杭州", "Hangzhou", (1.77, 2023, H), (12.522, M), (0.842, M)),
        city("ningbo", "宁波", "Ningbo", (1.69, 2022, M), (9.697, M), (0.799, M)),
        city("wenzhou", "温州", "Wenzhou", (1.81, 2024, H), (9.761, M), (0.747, M)),
        city("jiaxing", "嘉兴", "Jiaxing", (1.56, 2022, M), (5.584, M), (0.732, M)),
        city("huzhou", "湖州", "Huzhou", (1.65, 2021, M), (3.439, M), (0.675, M)),
        city("shaoxing", "绍兴", "Shaoxing", (1.67, 2022, M), (5.394, M), (0.731, M)),
        city("jinhua", "金华", "Jinhua", (1.86, 2023, F), (7.163, M), (0.704, M)),
        city("quzhou", "衢州", "Quzhou", (1.86, 2023, F), (2.31, F), (0.635, F)),
        city("zhoushan", "舟山", "Zhoushan", (1.57, 2022, M), (1.173, M), (0.740, M)),
        city("taizhou", "台州", "Taizhou", (1.84, 2023, M), (6.72, F), (0.635, F)),
        city("lishui", "丽水", "Lishui", (1.86, 2023, F), (2.51, F), (0.635, F)),
    ]
}

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
