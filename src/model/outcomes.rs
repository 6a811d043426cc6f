//! Yearly outcomes over the horizon: incomes and the urban–rural income ratio,
//! public-service standards, urbanization (resident and registered), and the
//! regional gap. Equations in docs/MODEL.md ("Yearly outcomes").
//!
//! Each outcome follows its own base trend (calibrated to published history
//! where there is one) and moves away from it only through what the scenario
//! changes: completed investment relative to the baseline's (x_s) and the
//! reform levers. The baseline therefore reproduces the trend.

use super::completion::YearCompletion;
use super::scenario::{check, Levers, Scenario};
use crate::i18n::Bilingual;
use serde::{Deserialize, Serialize};

/// The state at the end of the year before the reported one (2024 for Zhejiang).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StartingPoint {
    pub year: i32,
    /// Per-capita disposable income, yuan.
    pub urban_income: f64,
    pub rural_income: f64,
    /// Resident urbanization rate (fraction).
    pub urbanization: f64,
    /// Registered-population (hukou) urbanization rate (fraction): not published.
    pub registered_urbanization: f64,
    /// Basic public service standards, and how many show no gap (seed, 2025).
    pub standards_total: f64,
    pub standards_no_urban_rural_gap: f64,
    pub standards_no_hukou_gap: f64,
    /// Highest ÷ lowest city per-capita income and the year it was measured.
    pub city_income_gap: f64,
    pub city_income_gap_year: i32,
    /// Mountain-and-island-county per-capita income ÷ the provincial average.
    pub mountain_relative_income: f64,
}

impl StartingPoint {
    pub fn zhejiang_2024() -> StartingPoint {
        StartingPoint {
            year: 2024,
            // 2022 (71,268 / 37,565, published) grown by 2023 (+5.2 % / +7.3 %,
            // giving the published 2023 ratio 1.86) and 2024 (+4.3 % / +6.1 %).
            urban_income: 78_222.0,
            rural_income: 42_770.0,
            urbanization: 0.755,
            registered_urbanization: 0.52,
            standards_total: 101.0,
            standards_no_urban_rural_gap: 96.0,
            standards_no_hukou_gap: 80.0,
            city_income_gap: 1.64,
            city_income_gap_year: 2020,
            mountain_relative_income: 0.73,
        }
    }

    pub fn validate(&self) -> Result<(), Bilingual> {
        check(self.urban_income, 1.0, 1e7, "城镇居民人均可支配收入", "urban per-capita income")?;
        check(self.rural_income, 1.0, 1e7, "农村居民人均可支配收入", "rural per-capita income")?;
        check(self.urbanization, 0.0, 1.0, "常住人口城镇化率", "resident urbanization")?;
        check(self.registered_urbanization, 0.0, 1.0, "户籍人口城镇化率", "registered urbanization")?;
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
            0.0,
            2.0,
            "山区海岛县收入相对全省",
            "mountain-county income relative to the province",
        )?;
        if !(2000..=self.year).contains(&self.city_income_gap_year) {
            return Err(Bilingual::new("倍差的年份不合理", "the year of the city income gap is not plausible"));
        }
        Ok(())
    }
}

/// How the outcomes respond. All are assumptions or fitted (derived) values;
/// each has a row in the parameter table.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutcomeAssumptions {
    /// Urban per-capita income growth per year on the base trend (2024: 4.3 %).
    pub urban_income_growth: f64,
    /// The base trend of the income ratio: each year the ratio falls by
    /// δ(y) = min(trend_start + trend_slope · (y − 2015), trend_cap).
    pub income_trend_start: f64,
    pub income_trend_slope: f64,
    pub income_trend_cap: f64,
    /// Growth (fraction) added per unit of x (relative extra completed investment).
    pub urban_income_elasticity: f64,
    pub rural_income_elasticity: f64,
    pub integration_income_elasticity: f64,
    /// Share of the remaining gaps closed per year at the pace so far (hazard rate).
    pub standards_closing_rate: f64,
    pub hukou_standards_closing_rate: f64,
    /// Elasticity of gap closing to 融合 investment relative to the baseline.
    pub services_investment_elasticity: f64,
    /// Resident urbanization approaches this ceiling…
    pub urbanization_ceiling: f64,
    /// …closing this share of the distance each year (fitted to 2018–2024).
    pub urbanization_speed: f64,
    /// Change in that speed per unit of reform pace above 1.
    pub reform_urbanization_effect: f64,
    /// Change in that speed per unit of x for 强城.
    pub urban_investment_urbanization_effect: f64,
    /// Share of the resident–registered gap converted per year at reform pace 1.
    pub hukou_conversion_rate: f64,
    /// Share of (city income gap − 1) closed per year.
    pub city_gap_closing_rate: f64,
    /// Share of (1 − mountain relative income) closed per year.
    pub mountain_catch_up_rate: f64,
    /// Change in both regional rates per unit of x for 兴村 + 融合 and of the
    /// mountain share relative to its built-in value.
    pub regional_investment_effect: f64,
}

impl OutcomeAssumptions {
    pub fn builtin() -> OutcomeAssumptions {
        OutcomeAssumptions {
            urban_income_growth: 0.043,
            income_trend_start: 0.0024,
            income_trend_slope: 0.00285,
            // 1 − 1.043 / 1.061: the ratio's fall implied by 2024's growth rates.
            income_trend_cap: 0.01697,
            urban_income_elasticity: 0.015,
            rural_income_elasticity: 0.03,
            integration_income_elasticity: 0.02,
            standards_closing_rate: 0.3,
            hukou_standards_closing_rate: 0.2,
            services_investment_elasticity: 0.5,
            urbanization_ceiling: 0.85,
            urbanization_speed: 0.084,
            reform_urbanization_effect: 0.3,
            urban_investment_urbanization_effect: 0.2,
            hukou_conversion_rate: 0.05,
            city_gap_closing_rate: 0.03,
            mountain_catch_up_rate: 0.03,
            regional_investment_effect: 0.5,
        }
    }

    /// The base trend's yearly fall of the income ratio in year `year`.
    pub fn income_ratio_decline(&self, year: i32) -> f64 {
        (self.income_trend_start + self.income_trend_slope * f64::from(year - 2015)).min(self.income_trend_cap)
    }

    pub fn validate(&self) -> Result<(), Bilingual> {
        let fields = [
            (self.urban_income_growth, -0.2, 0.3, "城镇收入增速", "urban income growth"),
            (self.income_trend_start, -0.1, 0.1, "收入比趋势起点", "income trend start"),
            (self.income_trend_slope, -0.05, 0.05, "收入比趋势斜率", "income trend slope"),
            (self.income_trend_cap, -0.1, 0.1, "收入比趋势上限", "income trend cap"),
            (self.urban_income_elasticity, 0.0, 1.0, "城镇收入弹性", "urban income elasticity"),
            (self.rural_income_elasticity, 0.0, 1.0, "农村收入弹性（兴村）", "rural income elasticity (rural)"),
            (
                self.integration_income_elasticity,
                0.0,
                1.0,
                "农村收入弹性（融合）",
                "rural income elasticity (integration)",
            ),
            (self.standards_closing_rate, 0.0, 5.0, "城乡差异消除速度", "urban–rural standards closing rate"),
            (
                self.hukou_standards_closing_rate,
                0.0,
                5.0,
                "户籍差异消除速度",
                "household-registration standards closing rate",
            ),
            (
                self.services_investment_elasticity,
                0.0,
                3.0,
                "公共服务对融合投资的弹性",
                "services elasticity to integration",
            ),
            (self.urbanization_ceiling, 0.5, 1.0, "城镇化上限", "urbanization ceiling"),
            (self.urbanization_speed, 0.0, 1.0, "城镇化收敛速度", "urbanization speed"),
            (self.reform_urbanization_effect, 0.0, 3.0, "改革对城镇化的作用", "reform effect on urbanization"),
            (
                self.urban_investment_urbanization_effect,
                0.0,
                3.0,
                "强城投资对城镇化的作用",
                "urban investment effect on urbanization",
            ),
            (self.hukou_conversion_rate, 0.0, 1.0, "落户转化率", "hukou conversion rate"),
            (self.city_gap_closing_rate, 0.0, 1.0, "地区差距收敛速度", "city gap closing rate"),
            (self.mountain_catch_up_rate, 0.0, 1.0, "山区县追赶速度", "mountain-county catch-up rate"),
            (
                self.regional_investment_effect,
                0.0,
                5.0,
                "投资对地区收敛的作用",
                "investment effect on regional convergence",
            ),
        ];
        for (value, min, max, zh, en) in fields {
            check(value, min, max, zh, en)?;
        }
        Ok(())
    }
}

/// One year's outcomes (end of year).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct YearOutcome {
    pub year: i32,
    /// Year-end completed investment per strand (bn yuan) and rate of plan.
    pub completed_bn: [f64; 3],
    pub completion_rate: [f64; 3],
    pub overall_completion_rate: f64,
    /// x_s: completed investment relative to the baseline's, minus 1.
    pub investment_vs_baseline: [f64; 3],
    pub urban_income: f64,
    pub rural_income: f64,
    pub income_ratio: f64,
    /// Urbanization-weighted average of urban and rural income (approximation).
    pub average_income: f64,
    pub standards_no_urban_rural_gap: f64,
    pub standards_no_hukou_gap: f64,
    pub urbanization: f64,
    pub registered_urbanization: f64,
    pub city_income_gap: f64,
    pub mountain_relative_income: f64,
}

fn relative(value: f64, base: f64) -> f64 {
    if base > 0.0 {
        value / base - 1.0
    } else {
        0.0
    }
}

/// The yearly outcomes of a scenario, given its completion and the baseline's.
pub fn project_outcomes(
    scenario: &Scenario,
    completion: &[YearCompletion],
    baseline: &[YearCompletion],
) -> Vec<YearOutcome> {
    let start = &scenario.start;
    let a = &scenario.assumptions.outcomes;
    let l = &scenario.levers;
    let builtin = Levers::builtin(&scenario.reported);
    let m0 = f64::from(scenario.assumptions.calibration_month.clamp(1, 11));

    let mut urban_income = start.urban_income;
    let mut rural_income = start.rural_income;
    let mut urbanization = start.urbanization;
    let mut registered = start.registered_urbanization;
    let mut no_ur_gap = start.standards_no_urban_rural_gap;
    let mut no_hukou_gap = start.standards_no_hukou_gap;
    // Bring the city gap from its measurement year to the starting year on the
    // base rate (no scenario effect before the horizon).
    let mut city_gap = 1.0
        + (start.city_income_gap - 1.0) * (1.0 - a.city_gap_closing_rate).powi(start.year - start.city_income_gap_year);
    let mut mountain = start.mountain_relative_income;
    let mountain_tilt =
        if builtin.mountain_share > 0.0 { l.mountain_share / builtin.mountain_share - 1.0 } else { 0.0 };

    completion
        .iter()
        .zip(baseline)
        .enumerate()
        .map(|(t, (c, b))| {
            let completed_bn = c.strands.each_ref().map(|s| s.completed_bn[11]);
            let base_bn = b.strands.each_ref().map(|s| s.completed_bn[11]);
            let x: [f64; 3] = std::array::from_fn(|i| relative(completed_bn[i], base_bn[i]));
            let x_regional = relative(completed_bn[1] + completed_bn[2], base_bn[1] + base_bn[2]);

            // Incomes: urban grows on trend; rural grows so that the ratio follows
            // the base trend; investment above the baseline adds growth.
            let decline = a.income_ratio_decline(c.year);
            let urban_growth = a.urban_income_growth + a.urban_income_elasticity * x[0];
            let rural_growth = (1.0 + a.urban_income_growth) / (1.0 - decline).max(0.1) - 1.0
                + a.rural_income_elasticity * x[1]
                + a.integration_income_elasticity * x[2];
            urban_income *= (1.0 + urban_growth).max(0.5);
            rural_income *= (1.0 + rural_growth).max(0.5);

            // Urbanization: a share of the distance to the ceiling, faster with
            // reform, county capacity and urban strengthening.
            let speed = a.urbanization_speed
                * l.county_capacity
                * (1.0
                    + a.reform_urbanization_effect * (l.hukou_reform - 1.0)
                    + a.urban_investment_urbanization_effect * x[0])
                    .max(0.0);
            // Shares of a gap: never more than the whole gap, so the ceiling and
            // the resident rate are approached, never passed.
            urbanization += (speed.min(1.0) * (a.urbanization_ceiling - urbanization)).max(0.0);
            urbanization = urbanization.min(1.0);
            let conversion = (a.hukou_conversion_rate * l.hukou_reform).min(1.0);
            registered += (conversion * (urbanization - registered)).max(0.0);

            // Public services: the reported counts hold at the reporting date;
            // the rest of that year, and every later year, closes a share of the gap.
            let year_fraction = if t == 0 { (12.0 - m0) / 12.0 } else { 1.0 };
            let services = (1.0 + x[2]).max(0.0).powf(a.services_investment_elasticity);
            let close = |rate: f64| 1.0 - (-rate * l.standards_effort * services * year_fraction).exp();
            no_ur_gap += (start.standards_total - no_ur_gap) * close(a.standards_closing_rate);
            no_hukou_gap +=
                (start.standards_total - no_hukou_gap) * close(a.hukou_standards_closing_rate * l.hukou_reform);

            // Regions: the gaps close at their base rate, faster with more 兴村/融合
            // investment and a larger share of it in the mountain counties.
            let regional = (1.0 + a.regional_investment_effect * (x_regional + mountain_tilt)).max(0.0);
            city_gap = 1.0 + (city_gap - 1.0) * (1.0 - (a.city_gap_closing_rate * regional).min(1.0));
            mountain += (a.mountain_catch_up_rate * regional).min(1.0) * (1.0 - mountain);

            YearOutcome {
                year: c.year,
                completed_bn,
                completion_rate: c.strands.each_ref().map(|s| s.completion_rate[11]),
                overall_completion_rate: c.overall_rate[11],
                investment_vs_baseline: x,
                urban_income,
                rural_income,
                income_ratio: urban_income / rural_income,
                average_income: urbanization * urban_income + (1.0 - urbanization) * rural_income,
                standards_no_urban_rural_gap: no_ur_gap,
                standards_no_hukou_gap: no_hukou_gap,
                urbanization,
                registered_urbanization: registered,
                city_income_gap: city_gap,
                mountain_relative_income: mountain,
            }
        })
        .collect()
}
