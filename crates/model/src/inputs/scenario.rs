//! A scenario: the reported data it is calibrated to, the model's assumptions,
//! and the planner's levers. Serialisable (the scenario file of the CLI and, later,
//! share links); every way in goes through [`Scenario::from_json`] and
//! [`Scenario::validate`], so the model only ever sees sane numbers.

use super::allocation::Allocation;
pub use super::assumptions::{Assumptions, OutcomeAssumptions, PolicyCosts, StartingPoint};
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
    /// The built-in levers: the status quo the seed describes, from the
    /// region's data (`region::builtin_levers`).
    pub fn builtin() -> Levers {
        super::region::builtin_levers()
    }

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
    /// Where the yearly outcomes start (end of the year before the reported one).
    pub start: StartingPoint,
    /// The 11 cities, measured or filled (see `cities.rs`).
    pub cities: Vec<super::region::City>,
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

    /// The built-in *Zhejiang 2025* scenario (`region.rs`).
    pub fn zhejiang_2025() -> Scenario {
        super::region::builtin_scenario()
    }

    /// Look a built-in scenario up by its CLI name.
    pub fn builtin(id: &str) -> Option<Scenario> {
        match id {
            "zhejiang-2025" => Some(Scenario::zhejiang_2025()),
            _ => None,
        }
    }

    /// The same data and assumptions with the built-in levers: what every
    /// scenario is compared against.
    pub fn baseline(&self) -> Scenario {
        Scenario { levers: Levers::builtin(), ..self.clone() }
    }

    /// Parse and validate a scenario file. Nothing is clamped or normalised:
    /// anything out of bounds is an error that says what and where.
    pub fn from_json(text: &str) -> Result<Scenario, Bilingual> {
        // Editors on Windows often save UTF-8 with a byte-order mark.
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        if text.len() > MAX_SCENARIO_BYTES {
            return Err(Bilingual::new(
                format!("情景文件过大（{} 字节，上限 1 MB）", text.len()),
                format!("scenario file too large ({} bytes, limit 1 MB)", text.len()),
            ));
        }
        let value = crate::json::parse(text)
            .map_err(|e| Bilingual::new(format!("不是有效的 JSON：{e}"), format!("not valid JSON: {e}")))?;
        Scenario::from_value(value)
    }

    /// A scenario from parsed JSON, of this format version or an older one.
    /// An exported file's `exported` member (name, version stamp, changed
    /// settings: `io::export`) says what the file is; the scenario is the rest.
    pub fn from_value(mut value: serde_json::Value) -> Result<Scenario, Bilingual> {
        if let Some(map) = value.as_object_mut() {
            match map.remove("exported") {
                None | Some(serde_json::Value::Object(_)) => {}
                Some(_) => {
                    return Err(Bilingual::new(
                        "情景文件的 exported（导出信息）应为对象",
                        "the scenario file's exported member (export information) must be an object",
                    ))
                }
            }
        }
        let version = value.get("format_version").and_then(|v| v.as_u64());
        match version {
            Some(v) if v == u64::from(FORMAT_VERSION) => {}
            Some(1) => return Scenario::from_v1(value),
            Some(v) => {
                return Err(Bilingual::new(
                    format!("不支持的情景格式版本 {v}（本程序读取版本 {FORMAT_VERSION}）"),
                    format!("unsupported scenario format version {v} (this program reads version {FORMAT_VERSION})"),
                ))
            }
            None => {
                return Err(Bilingual::new(
                    "缺少 format_version（情景格式版本）",
                    "missing format_version (scenario format version)",
                ))
            }
        }
        let scenario: Scenario = serde_json::from_value(value).map_err(|e| {
            Bilingual::new(format!("情景文件内容有误：{e}"), format!("scenario file is not valid: {e}"))
        })?;
        scenario.validate()?;
        Ok(scenario)
    }

    /// A version-1 file (model 0.2): its name, reported data, cities and
    /// levers still mean the same; its starting point and assumptions had
    /// another shape, so the current built-in ones take their place (the
    /// caller says results may differ: [`Scenario::format_notice`]).
    fn from_v1(value: serde_json::Value) -> Result<Scenario, Bilingual> {
        #[derive(Deserialize)]
        struct V1 {
            name: String,
            reported: ReportedProgress,
            cities: Vec<super::region::City>,
            levers: Levers,
        }
        let old: V1 = serde_json::from_value(value).map_err(|e| {
            Bilingual::new(
                format!("情景文件（版本 1）内容有误：{e}"),
                format!("scenario file (version 1) is not valid: {e}"),
            )
        })?;
        let scenario = Scenario {
            name: old.name,
            reported: old.reported,
            cities: old.cities,
            levers: old.levers,
            ..Scenario::zhejiang_2025()
        };
        scenario.validate()?;
        Ok(scenario)
    }

    /// What to tell a planner opening a file of an older format.
    pub fn format_notice(version: u64) -> Option<Bilingual> {
        (version < u64::from(FORMAT_VERSION)).then(|| {
            Bilingual::new(
                format!("此文件为旧格式（版本 {version}，模型 0.2）：名称、报道数据、城市和杠杆已读入，假设与起点采用当前内置值；同样的设置，结果可能不同。"),
                format!("This file has an older format (version {version}, model 0.2): its name, reported data, cities and levers were read; assumptions and starting point are the current built-in ones. The same settings may give different results."),
            )
        })
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
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
        if !(2000..=2100).contains(&r.year) || self.start.year != r.year - 1 {
            return Err(Bilingual::new(
                format!("年份不合理：报告年份 {}，起点年份 {}（应为前一年）", r.year, self.start.year),
                format!(
                    "implausible years: reported year {}, starting year {} (must be the year before)",
                    r.year, self.start.year
                ),
            ));
        }
        if check_name(&self.name)? != self.name {
            return Err(Bilingual::new("名称首尾不能有空白", "the name cannot start or end with white space"));
        }
        super::region::validate_cities(&self.cities)?;
        self.validate_numbers()
    }

    /// The numbers' part of `validate`: what a draw of the uncertainty band
    /// can change (it copies the name, years, format and cities of a
    /// validated scenario: the cities are not drawn), so the band checks each
    /// draw without re-reading names.
    pub fn validate_numbers(&self) -> Result<(), Bilingual> {
        let r = &self.reported;
        let l = &self.levers;
        check(r.total_completed_bn, 0.0, 1e5, "已完成投资（合计）", "completed investment (total)")?;
        check(r.urban_completed_bn, 0.0, 1e5, "已完成投资（强城）", "completed investment (urban)")?;
        check(r.rural_completed_bn, 0.0, 1e5, "已完成投资（兴村）", "completed investment (rural)")?;
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
        check(l.plan_funds_bn, 0.0, 1e5, "常规渠道资金（十亿元）", "funds through ordinary channels (bn yuan)")?;
        check(l.special_funds_bn, 0.0, 1e5, "专项政策资金（十亿元）", "special policy funds (bn yuan)")?;
        check(l.credit_bn, 0.0, 1e5, "政策性银行信贷额度（十亿元）", "policy-bank credit (bn yuan)")?;
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

/// Longest scenario name accepted (characters).
pub const MAX_NAME_CHARS: usize = 120;

/// A name a person typed: trimmed, 1–120 characters, no control characters.
/// Markup is allowed and harmless: the UI always shows names as text.
pub fn check_name(name: &str) -> Result<String, Bilingual> {
    let trimmed = name.trim();
    if trimmed.is_empty() {
        return Err(Bilingual::new("名称不能为空", "the name cannot be empty"));
    }
    let chars = trimmed.chars().count();
    if chars > MAX_NAME_CHARS {
        return Err(Bilingual::new(
            format!("名称过长（{chars} 个字符，上限 {MAX_NAME_CHARS}）"),
            format!("the name is too long ({chars} characters, limit {MAX_NAME_CHARS})"),
        ));
    }
    if trimmed.chars().any(char::is_control) {
        return Err(Bilingual::new("名称含有控制字符", "the name contains control characters"));
    }
    Ok(trimmed.to_string())
}

pub(crate) fn check(value: f64, min: f64, max: f64, zh: &str, en: &str) -> Result<(), Bilingual> {
    if value.is_finite() && (min..=max).contains(&value) {
        Ok(())
    } else {
        Err(Bilingual::new(
            format!("{zh}必须在 {min} 到 {max} 之间，实际为 {value}"),
            format!("{en} must be between {min} and {max}, got {value}"),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derived_plan_matches_the_domain_brief() {
        let r = super::super::region::reported();
        let plan = r.plan_bn();
        assert!((r.total_plan_bn() - 287.1).abs() < 0.05);
        assert!((plan[0] - 119.7).abs() < 0.05);
        assert!((plan[1] - 148.0).abs() < 0.05);
        assert!((plan[2] - 19.4).abs() < 0.05);
        assert!((r.completed_bn()[2] - 10.715).abs() < 1e-9);
        assert!((r.rates()[2] - 0.553).abs() < 5e-4);
    }

    #[test]
    fn builtin_scenario_is_valid_and_round_trips_through_json() {
        let s = Scenario::zhejiang_2025();
        s.validate().unwrap();
        assert_eq!(Scenario::from_json(&s.to_json()).unwrap(), s);
    }
}
