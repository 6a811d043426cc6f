//! What the model believes but nobody measured, and where the yearly
//! outcomes start. Plain data: the equations that use these live in
//! `model/equations/`; each field has a row in the parameter table
//! (`rows.rs`) with its unit, source and plausible range.

use super::check::{check, check_money};
use crate::i18n::Bilingual;
use serde::{Deserialize, Serialize};

/// The state at the end of the latest year with published outcomes (2025
/// for Zhejiang, the reported year itself; older files start the year
/// before), anchored to the latest published value of each figure.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StartingPoint {
    pub year: i32,
    /// Per-capita disposable income, yuan.
    pub urban_income: f64,
    pub rural_income: f64,
    /// All residents' per-capita disposable income, yuan (what the 85,000
    /// target is about; published separately from urban and rural).
    pub all_income: f64,
    /// Resident population, millions.
    pub population_m: f64,
    /// Resident urbanization rate (fraction).
    pub urbanization: f64,
    /// Registered-population (hukou) urbanization rate (fraction).
    pub registered_urbanization: f64,
    /// Basic public service standards, and how many show no gap (seed, 2025).
    pub standards_total: f64,
    pub standards_no_urban_rural_gap: f64,
    pub standards_no_hukou_gap: f64,
    /// Highest ÷ lowest city per-capita income and the year it was measured.
    pub city_income_gap: f64,
    pub city_income_gap_year: i32,
    /// Mountain-and-island-county per-capita income ÷ the provincial average,
    /// and the year it was measured.
    pub mountain_relative_income: f64,
    pub mountain_relative_income_year: i32,
    /// Resident urbanization in the mountain and island counties (fraction):
    /// they have further to go to the ceiling, so a faster urbanization
    /// raises their income more than the province's (docs/MODEL.md,
    /// "Regions"). Files written before it existed take the built-in value.
    #[serde(default = "builtin_mountain_urbanization")]
    pub mountain_urbanization: f64,
}

/// The built-in region's `start_mountain_urbanization` (data/zhejiang-2025.json;
/// `region.rs` checks the two agree), for files written before the field.
pub fn builtin_mountain_urbanization() -> f64 {
    0.62
}

impl StartingPoint {
    pub fn validate(&self) -> Result<(), Bilingual> {
        check(self.urban_income, 1.0, 1e7, "城镇居民人均可支配收入", "urban per-capita income")?;
        check(
            self.rural_income,
            1.0,
            self.urban_income,
            "农村居民人均可支配收入（不高于城镇）",
            "rural per-capita income (not above urban)",
        )?;
        check(
            self.all_income,
            self.rural_income,
            self.urban_income,
            "全体居民人均可支配收入（介于农村与城镇之间）",
            "all residents' per-capita income (between rural and urban)",
        )?;
        check(self.population_m, 0.01, 2000.0, "常住人口（百万）", "resident population (millions)")?;
        check(self.urbanization, 0.0, 1.0, "常住人口城镇化率", "resident urbanization")?;
        check(
            self.registered_urbanization,
            0.0,
            self.urbanization,
            "户籍人口城镇化率（不高于常住）",
            "registered urbanization (not above resident)",
        )?;
        check(self.standards_total, 1.0, 1000.0, "基本公共服务标准总数", "number of standards")?;
        check(
            self.standards_no_urban_rural_gap,
            0.0,
            self.standards_total,
            "无城乡差异的标准数",
            "standards with no urban–rural gap",
        )?;
        check(
            self.standards_no_hukou_gap,
            0.0,
            self.standards_total,
            "无户籍差异的标准数",
            "standards with no household-registration gap",
        )?;
        check(self.city_income_gap, 1.0, 10.0, "设区市收入最高最低倍差", "highest ÷ lowest city income")?;
        check(
            self.mountain_relative_income,
            0.05,
            1.0,
            "山区海岛县收入相对全省",
            "mountain-county income relative to the province",
        )?;
        check(
            self.mountain_urbanization,
            0.0,
            1.0,
            "山区海岛县常住人口城镇化率",
            "mountain-county resident urbanization",
        )?;
        for (year, zh, en) in [
            (self.city_income_gap_year, "倍差的年份", "the year of the city income gap"),
            (self.mountain_relative_income_year, "山区县相对收入的年份", "the year of the mountain-county income"),
        ] {
            if !(2000..=self.year).contains(&year) {
                return Err(Bilingual::new(format!("{zh}不合理：{year}"), format!("{en} is not plausible: {year}")));
            }
        }
        Ok(())
    }
}

/// How investment turns into completion, and how much each policy lever costs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Assumptions {
    /// Month (1–11) whose end the seed's figures describe: 5 (end of May) by
    /// default; the article appeared on 5 July, so 6 (end of June) is possible.
    pub calibration_month: u8,
    /// Cumulative share of the annual plan completed by the end of each month
    /// in a typical Zhejiang major-project year (January first). December is
    /// the typical year-end completion.
    pub pace_profile: [f64; 12],
    /// Share of a strand's lead over the typical pace (seen at the reporting
    /// date) that is still there a year later: 1 keeps 2025's pace for ever,
    /// 0 returns to the typical year at once.
    pub lead_persistence: f64,
    /// Most a strand can complete in a year, as a share of its plan, however
    /// much money it has (absorptive capacity).
    pub absorptive_capacity: f64,
    pub costs: PolicyCosts,
    /// How the yearly outcomes respond (incomes, services, urbanization, regions).
    pub outcomes: OutcomeAssumptions,
}

/// What each policy lever costs, drawn from the same money as the projects.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PolicyCosts {
    /// Public cost of settling one more migrant as an urban resident (schools,
    /// housing, health, social security), 10,000 yuan per person, paid from
    /// 融合's money in the year of settling.
    pub settlement_cost_wan: f64,
    /// Yearly spending on closing public-service gaps at effort 1, bn yuan,
    /// inside 融合: effort e costs (e − 1) × this on top (or saves it below 1).
    pub standards_spending_bn: f64,
    /// Yearly spending on county-town capacity at capacity 1, bn yuan, inside
    /// 强城: capacity k costs (k − 1) × this on top.
    pub county_spending_bn: f64,
}

/// How the outcomes respond. Each has a row in the parameter table.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutcomeAssumptions {
    /// Urban per-capita income growth per year on the base trend (fitted).
    pub urban_income_growth: f64,
    /// Yearly fall of the log income ratio on the base trend (fitted).
    pub income_ratio_decline: f64,
    /// Where the ratio's trend sits after the last published year, as a log
    /// offset from the path through it (0: through it). Not a lever: the
    /// band draws it over the range of the trend's one-year errors that a
    /// drawn slope does not explain (backtest.rs `level_range`), so the band
    /// is as wide one year ahead as the record (branch `record`).
    #[serde(default)]
    pub income_ratio_level: f64,
    /// Depreciation of the capital the programme builds, per year (an
    /// infrastructure rate).
    pub depreciation: f64,
    /// Mean time to build, years: completed investment comes into service,
    /// and starts to move the outcomes, over the next years (weights over
    /// lags 0–4, equations/outcomes.rs `gestation_weights`). A file written
    /// before it existed takes the built-in 2 years.
    #[serde(default = "default_gestation_years")]
    pub gestation_years: f64,
    /// Yearly household income (yuan) per yuan of capital, at the reference
    /// stock: 强城 on urban incomes, 强城 on rural incomes (jobs in county
    /// towns), 兴村 on rural incomes, 融合 on rural incomes.
    pub return_urban_on_urban: f64,
    pub return_urban_on_rural: f64,
    pub return_rural_on_rural: f64,
    pub return_integration_on_rural: f64,
    /// Return of a yuan in the mountain and island counties relative to the
    /// provincial average yuan (lower density, longer distances).
    pub mountain_relative_return: f64,
    /// Share of the remaining gaps closed per year at the pace so far (hazard rate).
    pub standards_closing_rate: f64,
    pub hukou_standards_closing_rate: f64,
    /// Elasticity of gap closing to 融合's capital relative to the reference.
    pub services_stock_elasticity: f64,
    /// Resident urbanization approaches this ceiling…
    pub urbanization_ceiling: f64,
    /// …closing this share of the distance each year (fitted).
    pub urbanization_speed: f64,
    /// Change in that speed per unit of reform pace above 1.
    pub reform_urbanization_effect: f64,
    /// Change in that speed per unit of log 强城 capital relative to the reference.
    pub urban_stock_urbanization_effect: f64,
    /// Share of the resident–registered gap converted per year at reform pace 1.
    pub hukou_conversion_rate: f64,
    /// Share of (city income gap − 1) closed per year.
    pub city_gap_closing_rate: f64,
    /// Share of (1 − mountain relative income) closed per year.
    pub mountain_catch_up_rate: f64,
    /// Change in both regional rates per unit of log 兴村 + 融合 capital in the
    /// mountain counties relative to the reference.
    pub regional_stock_effect: f64,
}

/// The built-in time to build (data/zhejiang-2025.json gives the same), for
/// scenario files written before the lag was modelled.
fn default_gestation_years() -> f64 {
    2.0
}

impl Assumptions {
    pub fn validate(&self) -> Result<(), Bilingual> {
        if !(1..=11).contains(&self.calibration_month) {
            return Err(Bilingual::new(
                format!("校准月份必须在 1–11 之间，实际为 {}", self.calibration_month),
                format!("calibration month must be 1–11, got {}", self.calibration_month),
            ));
        }
        let mut previous = 0.0;
        for (m, &share) in self.pace_profile.iter().enumerate() {
            check(share, 0.0, 3.0, "进度曲线", "pace profile")?;
            if share < previous {
                return Err(Bilingual::new(
                    format!("进度曲线必须逐月不减：{} 月低于上月", m + 1),
                    format!("pace profile must not fall: month {} is below month {}", m + 1, m),
                ));
            }
            previous = share;
        }
        if self.pace_profile[usize::from(self.calibration_month) - 1] <= 0.0 {
            return Err(Bilingual::new(
                "进度曲线在校准月份必须大于 0",
                "pace profile must be above 0 at the calibration month",
            ));
        }
        check(self.lead_persistence, 0.0, 1.0, "领先进度的延续", "persistence of the lead")?;
        check(self.absorptive_capacity, 0.5, 3.0, "年度吸收能力（占计划）", "absorptive capacity (share of plan)")?;
        let c = &self.costs;
        check(
            c.settlement_cost_wan,
            0.0,
            100.0,
            "每人市民化公共成本（万元）",
            "public cost per settled person (10k yuan)",
        )?;
        check_money(c.standards_spending_bn, 0.0, 1e4, "补短板年度支出", "gap-closing spending")?;
        check_money(c.county_spending_bn, 0.0, 1e4, "县城承载能力年度支出", "county capacity spending")?;
        self.outcomes.validate()
    }
}

impl OutcomeAssumptions {
    pub fn validate(&self) -> Result<(), Bilingual> {
        let fields = [
            (self.urban_income_growth, -0.2, 0.3, "城镇收入增速", "urban income growth"),
            (self.income_ratio_decline, -0.1, 0.1, "收入比年降幅", "yearly fall of the income ratio"),
            (self.income_ratio_level, -0.2, 0.2, "收入比趋势水平偏差", "level offset of the income ratio's trend"),
            (self.depreciation, 0.0, 0.5, "折旧率", "depreciation"),
            (self.gestation_years, 0.0, 4.0, "投资见效平均时滞（年）", "mean time to build (years)"),
            (
                self.return_urban_on_urban,
                0.0,
                1.0,
                "强城资本对城镇收入的回报",
                "return of urban capital on urban incomes",
            ),
            (
                self.return_urban_on_rural,
                0.0,
                1.0,
                "强城资本对农村收入的回报",
                "return of urban capital on rural incomes",
            ),
            (
                self.return_rural_on_rural,
                0.0,
                1.0,
                "兴村资本对农村收入的回报",
                "return of rural capital on rural incomes",
            ),
            (
                self.return_integration_on_rural,
                0.0,
                1.0,
                "融合资本对农村收入的回报",
                "return of integration capital on rural incomes",
            ),
            (self.mountain_relative_return, 0.0, 1.0, "山区县相对回报", "relative return in mountain counties"),
            (self.standards_closing_rate, 0.0, 5.0, "城乡差异消除速度", "urban–rural standards closing rate"),
            (
                self.hukou_standards_closing_rate,
                0.0,
                5.0,
                "户籍差异消除速度",
                "household-registration standards closing rate",
            ),
            (
                self.services_stock_elasticity,
                0.0,
                3.0,
                "公共服务对融合资本的弹性",
                "services elasticity to integration capital",
            ),
            (self.urbanization_ceiling, 0.5, 1.0, "城镇化上限", "urbanization ceiling"),
            (self.urbanization_speed, 0.0, 1.0, "城镇化收敛速度", "urbanization speed"),
            (self.reform_urbanization_effect, 0.0, 3.0, "改革对城镇化的作用", "reform effect on urbanization"),
            (
                self.urban_stock_urbanization_effect,
                0.0,
                3.0,
                "强城资本对城镇化的作用",
                "urban capital effect on urbanization",
            ),
            (self.hukou_conversion_rate, 0.0, 1.0, "落户转化率", "hukou conversion rate"),
            (self.city_gap_closing_rate, 0.0, 1.0, "地区差距收敛速度", "city gap closing rate"),
            (self.mountain_catch_up_rate, 0.0, 1.0, "山区县追赶速度", "mountain-county catch-up rate"),
            (self.regional_stock_effect, 0.0, 5.0, "资本对地区收敛的作用", "capital effect on regional convergence"),
        ];
        for (value, min, max, zh, en) in fields {
            check(value, min, max, zh, en)?;
        }
        Ok(())
    }
}
