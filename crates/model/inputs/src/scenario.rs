//! A scenario: the reported data it is calibrated to, the model's assumptions,
//! and the planner's levers, and its hard bounds. Serialisable (the scenario
//! file: `scenario_file.rs`; the built-in one: `region.rs`); every way in goes
//! through [`Scenario::validate`], so the model only ever sees sane numbers.

use super::allocation::Allocation;
pub use super::assumptions::{Assumptions, OutcomeAssumptions, PolicyCosts, StartingPoint};
use super::check::{check, check_money};
pub use super::check::{check_name, MAX_NAME_CHARS};
use super::city::{validate_cities, City};
use crate::i18n::Bilingual;
use serde::{Deserialize, Serialize};

/// Version of the scenario file format. Bump on any incompatible change and
/// keep reading the old one.
pub const FORMAT_VERSION: u32 = 2;

/// Largest scenario file accepted (bytes).
pub const MAX_SCENARIO_BYTES: usize = 1_000_000;

/// Progress reported in the seed (Jing Ji Ri Bao, 2025-07-05) for the 1,833
/// major projects on the three disparities: investment completed so far this
/// year and the completion rate against the annual plan. The third strand (融合)
/// is not reported; it is the remainder (see [`ReportedProgress::completed_bn`]).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportedProgress {
    pub year: i32,
    pub total_completed_bn: f64,
    pub total_rate: f64,
    pub urban_completed_bn: f64,
    pub urban_rate: f64,
    pub rural_completed_bn: f64,
    pub rural_rate: f64,
}

impl ReportedProgress {
    /// Completed so far per strand (强城, 兴村, 融合); 融合 is the remainder.
    pub fn completed_bn(&self) -> [f64; 3] {
        let integration = self.total_completed_bn - self.urban_completed_bn - self.rural_completed_bn;
        [self.urban_completed_bn, self.rural_completed_bn, integration]
    }

    /// Planned annual investment per strand, derived: completed ÷ rate; 融合 is
    /// the remainder of the total plan.
    pub fn plan_bn(&self) -> [f64; 3] {
        let urban = self.urban_completed_bn / self.urban_rate;
        let rural = self.rural_completed_bn / self.rural_rate;
        [urban, rural, self.total_plan_bn() - urban - rural]
    }

    pub fn total_plan_bn(&self) -> f64 {
        self.total_completed_bn / self.total_rate
    }

    /// Completion rate at the reporting date per strand; 融合's is derived.
    pub fn rates(&self) -> [f64; 3] {
        let done = self.completed_bn();
        let plan = self.plan_bn();
        [self.urban_rate, self.rural_rate, done[2] / plan[2]]
    }
}

/// The planner's levers for the year.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Levers {
    /// Multiplies the pace of work after the reporting date (approvals, land,
    /// financing); 1 = the typical pace the strand has shown so far.
    pub execution_speed: f64,
    /// Money for the year through the ordinary channels of the plan (budget,
    /// bonds, project owners' funds), bn yuan.
    pub plan_funds_bn: f64,
    pub plan_allocation: Allocation,
    /// Special policy funds for the year, bn yuan (seed: over 24 bn in 3 years).
    pub special_funds_bn: f64,
    pub special_allocation: Allocation,
    /// Policy-bank credit offered for the year, bn yuan (seed: 80 bn a year).
    pub credit_bn: f64,
    /// Share of the offered credit actually drawn.
    pub credit_take_up: f64,
    pub credit_allocation: Allocation,
    /// Growth of the annual plan (and of ordinary funds) per year after the
    /// reported year.
    pub plan_growth: f64,
    /// How many years, from the reported year on, the special funds run
    /// (seed: three).
    pub special_funds_years: f64,
    /// Pace of the residence-permit + points reform: 1 = the pace so far.
    pub hukou_reform: f64,
    /// Effort on closing the remaining public-service gaps: 1 = the pace so far.
    pub standards_effort: f64,
    /// County capacity (sub-centres, new towns) taking in new residents: 1 = as now.
    pub county_capacity: f64,
    /// Share of 兴村 and 融合 investment that goes to the mountain and island counties.
    pub mountain_share: f64,
}

/// The three pots of money a planner can split across the strands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Pot {
    /// 常规渠道资金: the plan's ordinary funding.
    Plan,
    /// 专项政策资金: special policy funds.
    Special,
    /// 政策性银行信贷: policy-bank credit (after take-up).
    Credit,
}

pub const POTS: [Pot; 3] = [Pot::Plan, Pot::Special, Pot::Credit];

impl Pot {
    pub fn allocation(self, levers: &Levers) -> Allocation {
        match self {
            Pot::Plan => levers.plan_allocation,
            Pot::Special => levers.special_allocation,
            Pot::Credit => levers.credit_allocation,
        }
    }

    pub fn allocation_mut(self, levers: &mut Levers) -> &mut Allocation {
        match self {
            Pot::Plan => &mut levers.plan_allocation,
            Pot::Special => &mut levers.special_allocation,
            Pot::Credit => &mut levers.credit_allocation,
        }
    }

    /// Id prefix of the pot's share parameters in the parameter table.
    pub fn share_param_prefix(self) -> &'static str {
        match self {
            Pot::Plan => "plan_share_",
            Pot::Special => "special_share_",
            Pot::Credit => "credit_share_",
        }
    }

    pub fn zh(self) -> &'static str {
        match self {
            Pot::Plan => "常规渠道资金分配",
            Pot::Special => "专项政策资金分配",
            Pot::Credit => "政策性信贷分配",
        }
    }

    pub fn en(self) -> &'static str {
        match self {
            Pot::Plan => "Allocation of ordinary funds",
            Pot::Special => "Allocation of special policy funds",
            Pot::Credit => "Allocation of policy-bank credit",
        }
    }
}

impl Levers {
    /// Plans (and ordinary funds, which follow them) in year `t` of the
    /// horizon relative to the reported year.
    pub fn plan_growth_factor(&self, t: usize) -> f64 {
        (1.0 + self.plan_growth).max(0.0).powi(t as i32)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scenario {
    pub format_version: u32,
    pub name: String,
    pub reported: ReportedProgress,
    /// Where the yearly outcomes start: the end of the latest year with
    /// published outcomes (the reported year, or the year before it).
    pub start: StartingPoint,
    /// The 11 cities, measured or filled (see `cities.rs`).
    pub cities: Vec<City>,
    pub assumptions: Assumptions,
    pub levers: Levers,
}

impl Scenario {
    /// Everything but the levers (and the name) is the same: the same
    /// baseline. What "changed assumptions" means.
    pub fn same_assumptions(&self, other: &Scenario) -> bool {
        self.reported == other.reported
            && self.start == other.start
            && self.cities == other.cities
            && self.assumptions == other.assumptions
    }

    /// Hard bounds: what is impossible, not what is implausible (the parameter
    /// table holds plausible ranges).
    pub fn validate(&self) -> Result<(), Bilingual> {
        let r = &self.reported;
        if self.format_version != FORMAT_VERSION {
            return Err(Bilingual::new(
                format!("不支持的情景格式版本 {}", self.format_version),
                format!("unsupported scenario format version {}", self.format_version),
            ));
        }
        // The start is the latest year with published outcomes: the reported
        // year itself once its annual figures are out, else the year before.
        if !(2000..=2100).contains(&r.year) || !(r.year - 1..=r.year).contains(&self.start.year) {
            return Err(Bilingual::new(
                format!("年份不合理：报告年份 {}，起点年份 {}（应为同年或前一年）", r.year, self.start.year),
                format!(
                    "implausible years: reported year {}, starting year {} (must be the same year or the one before)",
                    r.year, self.start.year
                ),
            ));
        }
        if check_name(&self.name)? != self.name {
            return Err(Bilingual::new("名称首尾不能有空白", "the name cannot start or end with white space"));
        }
        validate_cities(&self.cities)?;
        self.validate_numbers()
    }

    /// The numbers' part of `validate`: what a draw of the uncertainty band
    /// can change (it copies the name, years, format and cities of a
    /// validated scenario: the cities are not drawn), so the band checks each
    /// draw without re-reading names.
    pub fn validate_numbers(&self) -> Result<(), Bilingual> {
        let r = &self.reported;
        let l = &self.levers;
        check_money(r.total_completed_bn, 0.0, 1e5, "已完成投资（合计）", "completed investment (total)")?;
        check_money(r.urban_completed_bn, 0.0, 1e5, "已完成投资（强城）", "completed investment (urban)")?;
        check_money(r.rural_completed_bn, 0.0, 1e5, "已完成投资（兴村）", "completed investment (rural)")?;
        for (rate, zh, en) in [
            (r.total_rate, "完成率（合计）", "completion rate (total)"),
            (r.urban_rate, "完成率（强城）", "completion rate (urban)"),
            (r.rural_rate, "完成率（兴村）", "completion rate (rural)"),
        ] {
            check(rate, 1e-3, 3.0, zh, en)?;
        }
        let done = r.completed_bn();
        let plan = r.plan_bn();
        if done[2] < 0.0 || plan[2] <= 0.0 || !(0.0..=3.0).contains(&r.rates()[2]) {
            return Err(Bilingual::new(
                "报告数据不一致：强城与兴村之和超过合计，融合无剩余",
                "reported figures are inconsistent: urban and rural exceed the total, nothing is left for integration",
            ));
        }
        check(l.execution_speed, 0.0, 5.0, "执行速度", "execution speed")?;
        check_money(l.plan_funds_bn, 0.0, 1e5, "常规渠道资金", "funds through ordinary channels")?;
        check_money(l.special_funds_bn, 0.0, 1e5, "专项政策资金", "special policy funds")?;
        check_money(l.credit_bn, 0.0, 1e5, "政策性银行信贷额度", "policy-bank credit")?;
        check(l.credit_take_up, 0.0, 1.0, "信贷实际使用率（0–1）", "credit take-up (0–1)")?;
        check(l.plan_growth, -0.5, 1.0, "计划年增长率", "plan growth per year")?;
        check(l.special_funds_years, 0.0, 6.0, "专项资金年数", "years of special funds")?;
        check(l.hukou_reform, 0.0, 5.0, "居住证积分制改革力度", "residence-permit reform pace")?;
        check(l.standards_effort, 0.0, 5.0, "公共服务补短板力度", "public-service gap-closing effort")?;
        check(l.county_capacity, 0.0, 5.0, "县城承载能力", "county capacity")?;
        check(l.mountain_share, 0.0, 1.0, "投向山区海岛县的份额", "share to mountain and island counties")?;
        self.start.validate()?;
        self.assumptions.validate()?;
        for pot in POTS {
            pot.allocation(l).validate(&Bilingual::new(pot.zh(), pot.en()))?;
        }
        Ok(())
    }
}
