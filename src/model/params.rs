//! The parameter table: every number the model uses, with its names, unit,
//! source label and plausible range. The UI's lever panel and the table in
//! docs/MODEL.md are both made from this one list (a test keeps the doc in
//! step), so nothing is written twice by hand. Plausible ranges are not hard
//! bounds (those live in `Scenario::validate`); later they drive uncertainty
//! bands and slider ranges.

use super::scenario::Scenario;
use super::strand::Strand;
use crate::i18n::Lang;
use serde::Serialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// Reported in the seed article.
    Seed,
    /// A published statistic.
    Statistic,
    /// Arithmetic on seed or statistics.
    Derived,
    /// The team's judgement; editable, shown as such.
    Assumption,
}

impl SourceKind {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            SourceKind::Seed => lang.pick("报道", "seed"),
            SourceKind::Statistic => lang.pick("统计", "statistic"),
            SourceKind::Derived => lang.pick("推算", "derived"),
            SourceKind::Assumption => lang.pick("假设", "assumption"),
        }
    }
}

/// What a parameter is to the planner.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// A policy choice: shown in the lever panel.
    Lever,
    /// A belief about how things work: shown in the assumptions panel.
    Assumption,
    /// Reported data the model is calibrated to.
    Data,
}

/// Where a parameter sits in the panels (资金 · 执行 · 改革 · 公共服务 · 区域, and
/// the assumption groups).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Group {
    Funds,
    Execution,
    Reform,
    Services,
    Regions,
    Income,
    Urbanization,
    Calibration,
}

impl Group {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Group::Funds => lang.pick("资金", "Funds"),
            Group::Execution => lang.pick("执行", "Execution"),
            Group::Reform => lang.pick("改革", "Reform"),
            Group::Services => lang.pick("公共服务", "Public services"),
            Group::Regions => lang.pick("区域", "Regions"),
            Group::Income => lang.pick("收入", "Income"),
            Group::Urbanization => lang.pick("城镇化", "Urbanization"),
            Group::Calibration => lang.pick("校准与进度", "Calibration and pace"),
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// Billions of yuan (shown as 亿元 in Chinese: 1 bn = 10 亿).
    BnYuan,
    /// A fraction 0–1 shown as %.
    Share,
    /// A dimensionless multiplier (1 = as usual).
    Multiplier,
    /// A month of the year, 1–12.
    Month,
    /// Years (a duration).
    Years,
    /// Yuan per person (per-capita income).
    Yuan,
    /// A count (of standards).
    Count,
    /// A dimensionless ratio such as 1.64 (highest ÷ lowest).
    Ratio,
}

impl Unit {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Unit::BnYuan => lang.pick("亿元", "bn yuan"),
            Unit::Share => "%",
            Unit::Multiplier => "×",
            Unit::Month => lang.pick("月", "month"),
            Unit::Years => lang.pick("年", "years"),
            Unit::Yuan => lang.pick("元", "yuan"),
            Unit::Count => lang.pick("项", "standards"),
            Unit::Ratio => lang.pick("倍", "×"),
        }
    }

    /// Model value → the number shown to the user in `lang`.
    pub fn to_display(self, value: f64, lang: Lang) -> f64 {
        match (self, lang) {
            (Unit::BnYuan, Lang::Zh) => value * 10.0,
            (Unit::Share, _) => value * 100.0,
            _ => value,
        }
    }

    /// The number the user typed in `lang` → model value.
    pub fn from_display(self, shown: f64, lang: Lang) -> f64 {
        match (self, lang) {
            (Unit::BnYuan, Lang::Zh) => shown / 10.0,
            (Unit::Share, _) => shown / 100.0,
            _ => shown,
        }
    }
}

pub struct ParamSpec {
    pub id: &'static str,
    pub zh: &'static str,
    pub en: &'static str,
    pub role: Role,
    pub group: Group,
    pub unit: Unit,
    pub source: SourceKind,
    pub citation_zh: &'static str,
    pub citation_en: &'static str,
    /// Plausible range, model units.
    pub min: f64,
    pub max: f64,
    pub get: fn(&Scenario) -> f64,
    pub set: fn(&mut Scenario, f64),
}

/// Parameters are identified by id (the table holds each once).
impl PartialEq for ParamSpec {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

impl ParamSpec {
    pub fn name(&self, lang: Lang) -> &'static str {
        lang.pick(self.zh, self.en)
    }

    pub fn citation(&self, lang: Lang) -> &'static str {
        lang.pick(self.citation_zh, self.citation_en)
    }

    /// The built-in scenario's value (the baseline mark on a slider).
    pub fn builtin_value(&self) -> f64 {
        (self.get)(&Scenario::zhejiang_2025())
    }
}

pub fn find(id: &str) -> Option<&'static ParamSpec> {
    PARAMS.iter().find(|p| p.id == id)
}

/// Set one strand's share of a pot, rebalancing the other two.
fn set_share(a: &mut super::Allocation, strand: Strand, v: f64) {
    *a = a.set_share(strand, v, None);
}

macro_rules! pace_param {
    ($i:literal, $id:literal, $zh:literal, $en:literal, $min:literal, $max:literal) => {
        ParamSpec {
            id: $id,
            zh: $zh,
            en: $en,
            role: Role::Assumption,
            group: Group::Calibration,
            unit: Unit::Share,
            source: SourceKind::Assumption,
            citation_zh: "浙江省重大项目历年进度，见 DOMAIN.md",
            citation_en: "Zhejiang major-project progress in past years, see DOMAIN.md",
            min: $min,
            max: $max,
            get: |s| s.assumptions.pace_profile[$i],
            set: |s, v| s.assumptions.pace_profile[$i] = v,
        }
    };
}

/// A row for a plain numeric field of the scenario.
macro_rules! field_param {
    ($id:literal, $zh:literal, $en:literal, $role:ident, $group:ident, $unit:ident, $source:ident,
     $czh:expr, $cen:expr, $min:expr, $max:expr, $($path:ident).+) => {
        ParamSpec {
            id: $id,
            zh: $zh,
            en: $en,
            role: Role::$role,
            group: Group::$group,
            unit: Unit::$unit,
            source: SourceKind::$source,
            citation_zh: $czh,
            citation_en: $cen,
            min: $min,
            max: $max,
            get: |s| s.$($path).+,
            set: |s, v| s.$($path).+ = v,
        }
    };
}

const SEED_ZH: &str = "经济日报 2025-07-05《浙江做好“三篇文章”探路共富》";
const SEED_EN: &str = "Jing Ji Ri Bao, 2025-07-05 (seed article)";

pub static PARAMS: &[ParamSpec] = &[
    // ---- Levers: funds ----
    ParamSpec {
        id: "plan_funds_bn",
        zh: "常规渠道资金（全年）",
        en: "Funds through ordinary channels (year)",
        role: Role::Lever,
        group: Group::Funds,
        unit: Unit::BnYuan,
        source: SourceKind::Assumption,
        citation_zh: "年度计划投资（推算 2871 亿元）× 1.2：浙江重大项目年末常完成计划的 100–120 %",
        citation_en:
            "Annual plan (derived, 287.1 bn) × 1.2: Zhejiang's major projects often finish at 100–120 % of plan",
        min: 230.0,
        max: 400.0,
        get: |s| s.levers.plan_funds_bn,
        set: |s, v| s.levers.plan_funds_bn = v,
    },
    ParamSpec {
        id: "plan_share_urban",
        zh: "常规资金份额：强城",
        en: "Ordinary funds share: urban strengthening",
        role: Role::Lever,
        group: Group::Funds,
        unit: Unit::Share,
        source: SourceKind::Derived,
        citation_zh: "按年度计划投资比例：738.59 ÷ 61.7 % 与合计 1696.8 ÷ 59.1 %",
        citation_en: "In proportion to the annual plan: 73.859 ÷ 61.7 % of 169.68 ÷ 59.1 %",
        min: 0.0,
        max: 1.0,
        get: |s| s.levers.plan_allocation.urban,
        set: |s, v| set_share(&mut s.levers.plan_allocation, Strand::Urban, v),
    },
    ParamSpec {
        id: "plan_share_rural",
        zh: "常规资金份额：兴村",
        en: "Ordinary funds share: rural revitalization",
        role: Role::Lever,
        group: Group::Funds,
        unit: Unit::Share,
        source: SourceKind::Derived,
        citation_zh: "按年度计划投资比例：851.06 ÷ 57.5 %",
        citation_en: "In proportion to the annual plan: 85.106 ÷ 57.5 %",
        min: 0.0,
        max: 1.0,
        get: |s| s.levers.plan_allocation.rural,
        set: |s, v| set_share(&mut s.levers.plan_allocation, Strand::Rural, v),
    },
    ParamSpec {
        id: "plan_share_integration",
        zh: "常规资金份额：融合",
        en: "Ordinary funds share: integration",
        role: Role::Lever,
        group: Group::Funds,
        unit: Unit::Share,
        source: SourceKind::Derived,
        citation_zh: "按年度计划投资比例：合计减强城、兴村",
        citation_en: "In proportion to the annual plan: total less urban and rural",
        min: 0.0,
        max: 1.0,
        get: |s| s.levers.plan_allocation.integration,
        set: |s, v| set_share(&mut s.levers.plan_allocation, Strand::Integration, v),
    },
    ParamSpec {
        id: "special_funds_bn",
        zh: "专项政策资金（每年）",
        en: "Special policy funds (per year)",
        role: Role::Lever,
        group: Group::Funds,
        unit: Unit::BnYuan,
        source: SourceKind::Seed,
        citation_zh: "三年安排超过 240 亿元，按每年 80 亿元计",
        citation_en: "Over 24 bn yuan in three years, taken as 8 bn a year",
        min: 0.0,
        max: 16.0,
        get: |s| s.levers.special_funds_bn,
        set: |s, v| s.levers.special_funds_bn = v,
    },
    ParamSpec {
        id: "special_share_urban",
        zh: "专项资金份额：强城",
        en: "Special funds share: urban strengthening",
        role: Role::Lever,
        group: Group::Funds,
        unit: Unit::Share,
        source: SourceKind::Assumption,
        citation_zh: "报道未给出分配；专项资金主要支持城乡融合，假设 20 / 30 / 50",
        citation_en: "Not reported; the funds mainly support integration: assumed 20 / 30 / 50",
        min: 0.0,
        max: 1.0,
        get: |s| s.levers.special_allocation.urban,
        set: |s, v| set_share(&mut s.levers.special_allocation, Strand::Urban, v),
    },
    ParamSpec {
        id: "special_share_rural",
        zh: "专项资金份额：兴村",
        en: "Special funds share: rural revitalization",
        role: Role::Lever,
        group: Group::Funds,
        unit: Unit::Share,
        source: SourceKind::Assumption,
        citation_zh: "报道未给出分配，假设",
        citation_en: "Not reported, assumed",
        min: 0.0,
        max: 1.0,
        get: |s| s.levers.special_allocation.rural,
        set: |s, v| set_share(&mut s.levers.special_allocation, Strand::Rural, v),
    },
    ParamSpec {
        id: "special_share_integration",
        zh: "专项资金份额：融合",
        en: "Special funds share: integration",
        role: Role::Lever,
        group: Group::Funds,
        unit: Unit::Share,
        source: SourceKind::Assumption,
        citation_zh: "报道未给出分配，假设",
        citation_en: "Not reported, assumed",
        min: 0.0,
        max: 1.0,
        get: |s| s.levers.special_allocation.integration,
        set: |s, v| set_share(&mut s.levers.special_allocation, Strand::Integration, v),
    },
    ParamSpec {
        id: "credit_bn",
        zh: "政策性银行信贷额度（每年）",
        en: "Policy-bank credit offered (per year)",
        role: Role::Lever,
        group: Group::Funds,
        unit: Unit::BnYuan,
        source: SourceKind::Seed,
        citation_zh: "每年 800 亿元，用于新型城镇化项目",
        citation_en: "80 bn yuan a year for new urbanization projects",
        min: 0.0,
        max: 120.0,
        get: |s| s.levers.credit_bn,
        set: |s, v| s.levers.credit_bn = v,
    },
    ParamSpec {
        id: "credit_take_up",
        zh: "信贷实际使用率",
        en: "Credit take-up",
        role: Role::Lever,
        group: Group::Funds,
        unit: Unit::Share,
        source: SourceKind::Assumption,
        citation_zh: "未见公开数据，假设一半被项目使用",
        citation_en: "No published figure; assumed half is drawn by the projects",
        min: 0.2,
        max: 0.9,
        get: |s| s.levers.credit_take_up,
        set: |s, v| s.levers.credit_take_up = v,
    },
    ParamSpec {
        id: "credit_share_urban",
        zh: "信贷份额：强城",
        en: "Credit share: urban strengthening",
        role: Role::Lever,
        group: Group::Funds,
        unit: Unit::Share,
        source: SourceKind::Assumption,
        citation_zh: "信贷面向新型城镇化项目，假设 70 / 15 / 15",
        citation_en: "The credit targets new urbanization: assumed 70 / 15 / 15",
        min: 0.0,
        max: 1.0,
        get: |s| s.levers.credit_allocation.urban,
        set: |s, v| set_share(&mut s.levers.credit_allocation, Strand::Urban, v),
    },
    ParamSpec {
        id: "credit_share_rural",
        zh: "信贷份额：兴村",
        en: "Credit share: rural revitalization",
        role: Role::Lever,
        group: Group::Funds,
        unit: Unit::Share,
        source: SourceKind::Assumption,
        citation_zh: "假设",
        citation_en: "Assumed",
        min: 0.0,
        max: 1.0,
        get: |s| s.levers.credit_allocation.rural,
        set: |s, v| set_share(&mut s.levers.credit_allocation, Strand::Rural, v),
    },
    ParamSpec {
        id: "credit_share_integration",
        zh: "信贷份额：融合",
        en: "Credit share: integration",
        role: Role::Lever,
        group: Group::Funds,
        unit: Unit::Share,
        source: SourceKind::Assumption,
        citation_zh: "假设",
        citation_en: "Assumed",
        min: 0.0,
        max: 1.0,
        get: |s| s.levers.credit_allocation.integration,
        set: |s, v| set_share(&mut s.levers.credit_allocation, Strand::Integration, v),
    },
    // ---- Levers: execution ----
    ParamSpec {
        id: "execution_speed",
        zh: "执行速度（报告期后）",
        en: "Execution speed (after the reporting date)",
        role: Role::Lever,
        group: Group::Execution,
        unit: Unit::Multiplier,
        source: SourceKind::Assumption,
        citation_zh: "1 = 各板块报告期前的进度；审批、用地、融资提速或受阻",
        citation_en: "1 = each strand's pace so far; faster or slower approvals, land, financing",
        min: 0.7,
        max: 1.3,
        get: |s| s.levers.execution_speed,
        set: |s, v| s.levers.execution_speed = v,
    },
    // ---- Levers: funds over the years, reform, services, regions ----
    field_param!(
        "plan_growth",
        "年度计划投资增长率（2026 年起）",
        "Growth of the annual plan per year (from 2026)",
        Lever,
        Funds,
        Share,
        Assumption,
        "2026 年起计划与常规资金每年增长；假设 3 %",
        "Plans and ordinary funds grow each year from 2026; assumed 3 %",
        -0.05,
        0.10,
        levers.plan_growth
    ),
    field_param!(
        "special_funds_years",
        "专项资金持续年数",
        "Years the special funds run",
        Lever,
        Funds,
        Years,
        Seed,
        "报道：三年安排超过 240 亿元（2025 年起）",
        "Seed: over 24 bn yuan over three years (from 2025)",
        0.0,
        6.0,
        levers.special_funds_years
    ),
    field_param!(
        "hukou_reform",
        "“居住证 + 积分”改革力度",
        "Residence permit + points reform pace",
        Lever,
        Reform,
        Multiplier,
        Assumption,
        "1 = 目前的落户进度；影响城镇化、户籍城镇化与户籍差异标准",
        "1 = the settling pace so far; moves urbanization, hukou urbanization and the hukou-gap standards",
        0.5,
        2.0,
        levers.hukou_reform
    ),
    field_param!(
        "standards_effort",
        "公共服务补短板力度",
        "Effort on closing public-service gaps",
        Lever,
        Services,
        Multiplier,
        Assumption,
        "1 = 目前的消除差异速度（101 项中 96 项无城乡差异、80 项无户籍差异）",
        "1 = the pace so far (96 of 101 standards with no urban–rural gap, 80 with no hukou gap)",
        0.5,
        2.0,
        levers.standards_effort
    ),
    field_param!(
        "county_capacity",
        "县城承载能力（副中心、新市镇）",
        "County capacity (sub-centres, new towns)",
        Lever,
        Regions,
        Multiplier,
        Assumption,
        "1 = 现状；如嘉兴 1 个中心城市、6 个县域副中心、约 40 个新市镇",
        "1 = as now; e.g. Jiaxing: 1 central city, 6 county sub-centres, about 40 new towns",
        0.7,
        1.5,
        levers.county_capacity
    ),
    field_param!(
        "mountain_share",
        "兴村、融合投资投向山区海岛县的份额",
        "Share of rural and integration investment in mountain and island counties",
        Lever,
        Regions,
        Share,
        Assumption,
        "未见公开数据，假设 30 %",
        "No published figure; assumed 30 %",
        0.1,
        0.6,
        levers.mountain_share
    ),
    // ---- Starting point (end of 2024) ----
    field_param!(
        "start_urban_income",
        "2024 年城镇居民人均可支配收入",
        "Urban per-capita disposable income, 2024",
        Data,
        Income,
        Yuan,
        Derived,
        "2022 年 71268 元（统计）× 2023、2024 年增速（5.2 %、4.3 %）",
        "2022: 71,268 yuan (statistic) × growth in 2023 and 2024 (5.2 %, 4.3 %)",
        77_000.0,
        79_500.0,
        start.urban_income
    ),
    field_param!(
        "start_rural_income",
        "2024 年农村居民人均可支配收入",
        "Rural per-capita disposable income, 2024",
        Data,
        Income,
        Yuan,
        Derived,
        "2022 年 37565 元（统计）× 2023、2024 年增速（7.3 %、6.1 %）",
        "2022: 37,565 yuan (statistic) × growth in 2023 and 2024 (7.3 %, 6.1 %)",
        42_000.0,
        43_500.0,
        start.rural_income
    ),
    field_param!(
        "start_urbanization",
        "2024 年常住人口城镇化率",
        "Resident urbanization rate, 2024",
        Data,
        Urbanization,
        Share,
        Statistic,
        "浙江统计公报 2024：75.5 %",
        "Zhejiang statistical bulletin 2024: 75.5 %",
        0.75,
        0.76,
        start.urbanization
    ),
    field_param!(
        "start_registered_urbanization",
        "2024 年户籍人口城镇化率",
        "Registered-population (hukou) urbanization rate, 2024",
        Data,
        Urbanization,
        Share,
        Assumption,
        "未找到公开数据：假设 52 %，请按实际修改",
        "Not found in published sources: assumed 52 %, set your own",
        0.45,
        0.60,
        start.registered_urbanization
    ),
    field_param!(
        "start_standards_total",
        "基本公共服务标准总数",
        "Basic public service standards",
        Data,
        Services,
        Count,
        Seed,
        SEED_ZH,
        SEED_EN,
        101.0,
        101.0,
        start.standards_total
    ),
    field_param!(
        "start_standards_no_urban_rural_gap",
        "无城乡差异的标准数（报告期）",
        "Standards with no urban–rural gap (reporting date)",
        Data,
        Services,
        Count,
        Seed,
        SEED_ZH,
        SEED_EN,
        96.0,
        96.0,
        start.standards_no_urban_rural_gap
    ),
    field_param!(
        "start_standards_no_hukou_gap",
        "无户籍差异的标准数（报告期）",
        "Standards with no household-registration gap (reporting date)",
        Data,
        Services,
        Count,
        Seed,
        SEED_ZH,
        SEED_EN,
        80.0,
        80.0,
        start.standards_no_hukou_gap
    ),
    field_param!(
        "start_city_income_gap",
        "设区市居民收入最高最低倍差（2020 年）",
        "Highest ÷ lowest city per-capita income (2020)",
        Data,
        Regions,
        Ratio,
        Statistic,
        "2020 年末 1.64",
        "1.64 at the end of 2020",
        1.63,
        1.65,
        start.city_income_gap
    ),
    field_param!(
        "start_mountain_relative_income",
        "2024 年山区海岛县收入相对全省",
        "Mountain and island counties' income relative to the province, 2024",
        Data,
        Regions,
        Share,
        Assumption,
        "未找到 2024 年数据：假设 0.73（2027 年目标 0.75）",
        "No 2024 figure found: assumed 0.73 (target 0.75 by 2027)",
        0.70,
        0.76,
        start.mountain_relative_income
    ),
    // ---- Outcome assumptions ----
    field_param!(
        "urban_income_growth",
        "城镇居民收入基准年增速",
        "Urban income growth per year on the base trend",
        Assumption,
        Income,
        Share,
        Statistic,
        "2024 年 +4.3 %，此后假设不变",
        "2024: +4.3 %, assumed to continue",
        0.03,
        0.06,
        assumptions.outcomes.urban_income_growth
    ),
    field_param!(
        "income_trend_start",
        "收入比年降幅：2015 年起点",
        "Yearly fall of the income ratio: 2015 start",
        Assumption,
        Income,
        Share,
        Derived,
        "拟合 2014–2024 收入比（见 MODEL.md 历史回放）",
        "Fitted to the 2014–2024 income ratio (MODEL.md, history replay)",
        0.0,
        0.006,
        assumptions.outcomes.income_trend_start
    ),
    field_param!(
        "income_trend_slope",
        "收入比年降幅：每年增加",
        "Yearly fall of the income ratio: increase per year",
        Assumption,
        Income,
        Share,
        Derived,
        "拟合 2014–2024 收入比",
        "Fitted to the 2014–2024 income ratio",
        0.0015,
        0.004,
        assumptions.outcomes.income_trend_slope
    ),
    field_param!(
        "income_trend_cap",
        "收入比年降幅：上限",
        "Yearly fall of the income ratio: ceiling",
        Assumption,
        Income,
        Share,
        Derived,
        "1 − 1.043 ÷ 1.061：2024 年城乡收入增速之差",
        "1 − 1.043 ÷ 1.061: the gap between 2024's urban and rural growth",
        0.012,
        0.022,
        assumptions.outcomes.income_trend_cap
    ),
    field_param!(
        "urban_income_elasticity",
        "城镇收入对强城投资的弹性",
        "Urban income growth per extra urban investment",
        Assumption,
        Income,
        Multiplier,
        Assumption,
        "强城完成投资比基准多 10 %，城镇收入增速约 +0.15 个百分点",
        "10 % more urban investment than baseline: about +0.15 pp urban income growth",
        0.0,
        0.04,
        assumptions.outcomes.urban_income_elasticity
    ),
    field_param!(
        "rural_income_elasticity",
        "农村收入对兴村投资的弹性",
        "Rural income growth per extra rural investment",
        Assumption,
        Income,
        Multiplier,
        Assumption,
        "兴村完成投资比基准多 10 %，农村收入增速约 +0.3 个百分点",
        "10 % more rural investment than baseline: about +0.3 pp rural income growth",
        0.0,
        0.08,
        assumptions.outcomes.rural_income_elasticity
    ),
    field_param!(
        "integration_income_elasticity",
        "农村收入对融合投资的弹性",
        "Rural income growth per extra integration investment",
        Assumption,
        Income,
        Multiplier,
        Assumption,
        "融合完成投资比基准多 10 %，农村收入增速约 +0.2 个百分点",
        "10 % more integration investment than baseline: about +0.2 pp rural income growth",
        0.0,
        0.05,
        assumptions.outcomes.integration_income_elasticity
    ),
    field_param!(
        "standards_closing_rate",
        "城乡差异标准年消除率",
        "Yearly closing rate of urban–rural standard gaps",
        Assumption,
        Services,
        Multiplier,
        Assumption,
        "每年消除剩余差异的约 26 %（1 − e^−0.3）",
        "About 26 % of the remaining gaps closed a year (1 − e^−0.3)",
        0.1,
        0.6,
        assumptions.outcomes.standards_closing_rate
    ),
    field_param!(
        "hukou_standards_closing_rate",
        "户籍差异标准年消除率",
        "Yearly closing rate of household-registration standard gaps",
        Assumption,
        Services,
        Multiplier,
        Assumption,
        "每年消除剩余差异的约 18 %（1 − e^−0.2）",
        "About 18 % of the remaining gaps closed a year (1 − e^−0.2)",
        0.05,
        0.5,
        assumptions.outcomes.hukou_standards_closing_rate
    ),
    field_param!(
        "services_investment_elasticity",
        "补短板对融合投资的弹性",
        "Elasticity of gap closing to integration investment",
        Assumption,
        Services,
        Multiplier,
        Assumption,
        "假设",
        "Assumed",
        0.2,
        1.0,
        assumptions.outcomes.services_investment_elasticity
    ),
    field_param!(
        "urbanization_ceiling",
        "常住人口城镇化率上限",
        "Ceiling of resident urbanization",
        Assumption,
        Urbanization,
        Share,
        Assumption,
        "发达地区城镇化率多在 80–90 %",
        "Developed regions mostly stand at 80–90 %",
        0.80,
        0.90,
        assumptions.outcomes.urbanization_ceiling
    ),
    field_param!(
        "urbanization_speed",
        "城镇化收敛速度",
        "Urbanization speed (share of the distance to the ceiling a year)",
        Assumption,
        Urbanization,
        Share,
        Derived,
        "拟合 2018 年 68.9 % 至 2024 年 75.5 %（上限 85 %）",
        "Fitted to 68.9 % in 2018 and 75.5 % in 2024 (ceiling 85 %)",
        0.06,
        0.11,
        assumptions.outcomes.urbanization_speed
    ),
    field_param!(
        "reform_urbanization_effect",
        "改革对城镇化速度的作用",
        "Effect of reform pace on urbanization speed",
        Assumption,
        Urbanization,
        Multiplier,
        Assumption,
        "改革力度每增加 1，城镇化速度 +30 %",
        "Each unit of reform pace above 1 adds 30 % to the speed",
        0.1,
        0.6,
        assumptions.outcomes.reform_urbanization_effect
    ),
    field_param!(
        "urban_investment_urbanization_effect",
        "强城投资对城镇化速度的作用",
        "Effect of urban investment on urbanization speed",
        Assumption,
        Urbanization,
        Multiplier,
        Assumption,
        "强城投资比基准多 10 %，城镇化速度 +2 %",
        "10 % more urban investment than baseline: speed +2 %",
        0.0,
        0.5,
        assumptions.outcomes.urban_investment_urbanization_effect
    ),
    field_param!(
        "hukou_conversion_rate",
        "常住与户籍城镇化差距年转化率",
        "Yearly conversion of the resident–registered gap",
        Assumption,
        Urbanization,
        Share,
        Assumption,
        "假设每年 5 %（改革力度为 1 时）",
        "Assumed 5 % a year at reform pace 1",
        0.02,
        0.10,
        assumptions.outcomes.hukou_conversion_rate
    ),
    field_param!(
        "city_gap_closing_rate",
        "地区差距年收敛率",
        "Yearly closing of the city income gap",
        Assumption,
        Regions,
        Share,
        Assumption,
        "(倍差 − 1) 每年缩小 3 %：2020 年 1.64 到 2025 年约 1.55",
        "(gap − 1) shrinks 3 % a year: 1.64 in 2020 to about 1.55 in 2025",
        0.01,
        0.05,
        assumptions.outcomes.city_gap_closing_rate
    ),
    field_param!(
        "mountain_catch_up_rate",
        "山区海岛县年追赶率",
        "Yearly catch-up of mountain and island counties",
        Assumption,
        Regions,
        Share,
        Assumption,
        "与全省差距每年缩小 3 %",
        "The gap to the province shrinks 3 % a year",
        0.01,
        0.06,
        assumptions.outcomes.mountain_catch_up_rate
    ),
    field_param!(
        "regional_investment_effect",
        "兴村、融合投资对区域收敛的作用",
        "Effect of rural and integration investment on regional convergence",
        Assumption,
        Regions,
        Multiplier,
        Assumption,
        "投资比基准多 10 %，收敛速度 +5 %",
        "10 % more investment than baseline: convergence +5 %",
        0.0,
        1.5,
        assumptions.outcomes.regional_investment_effect
    ),
    // ---- Assumptions ----
    ParamSpec {
        id: "calibration_month",
        zh: "报告期（截至该月末）",
        en: "Reporting date (end of month)",
        role: Role::Assumption,
        group: Group::Calibration,
        unit: Unit::Month,
        source: SourceKind::Assumption,
        citation_zh: "报道 7 月 5 日发布，6 月数据通常 7 月中旬公布，故最可能为 1–5 月",
        citation_en: "Article of 5 July; June data usually appear mid-July, so most likely January–May",
        min: 5.0,
        max: 6.0,
        get: |s| f64::from(s.assumptions.calibration_month),
        set: |s, v| s.assumptions.calibration_month = v.round().clamp(1.0, 11.0) as u8,
    },
    ParamSpec {
        id: "funding_elasticity",
        zh: "进度对资金的弹性",
        en: "Elasticity of pace to funding",
        role: Role::Assumption,
        group: Group::Calibration,
        unit: Unit::Multiplier,
        source: SourceKind::Assumption,
        citation_zh: "资金比内置分配多 10 %，报告期后进度快约 6 %",
        citation_en: "10 % more money than the built-in allocation: about 6 % faster work after the reporting date",
        min: 0.3,
        max: 1.0,
        get: |s| s.assumptions.funding_elasticity,
        set: |s, v| s.assumptions.funding_elasticity = v,
    },
    pace_param!(0, "pace_jan", "典型进度：1 月末", "Typical pace: end of January", 0.03, 0.08),
    pace_param!(1, "pace_feb", "典型进度：2 月末", "Typical pace: end of February", 0.08, 0.12),
    pace_param!(2, "pace_mar", "典型进度：3 月末", "Typical pace: end of March", 0.18, 0.22),
    pace_param!(3, "pace_apr", "典型进度：4 月末", "Typical pace: end of April", 0.30, 0.42),
    pace_param!(4, "pace_may", "典型进度：5 月末", "Typical pace: end of May", 0.40, 0.532),
    pace_param!(5, "pace_jun", "典型进度：6 月末", "Typical pace: end of June", 0.55, 0.643),
    pace_param!(6, "pace_jul", "典型进度：7 月末", "Typical pace: end of July", 0.65, 0.75),
    pace_param!(7, "pace_aug", "典型进度：8 月末", "Typical pace: end of August", 0.75, 0.82),
    pace_param!(8, "pace_sep", "典型进度：9 月末", "Typical pace: end of September", 0.85, 0.989),
    pace_param!(9, "pace_oct", "典型进度：10 月末", "Typical pace: end of October", 0.90, 1.05),
    pace_param!(10, "pace_nov", "典型进度：11 月末", "Typical pace: end of November", 0.95, 1.12),
    pace_param!(11, "pace_dec", "典型进度：12 月末", "Typical pace: end of December", 1.00, 1.20),
    // ---- Reported data (seed) ----
    ParamSpec {
        id: "reported_total_completed_bn",
        zh: "已完成投资：合计",
        en: "Investment completed: total",
        role: Role::Data,
        group: Group::Calibration,
        unit: Unit::BnYuan,
        source: SourceKind::Seed,
        citation_zh: SEED_ZH,
        citation_en: SEED_EN,
        min: 169.675,
        max: 169.685,
        get: |s| s.reported.total_completed_bn,
        set: |s, v| s.reported.total_completed_bn = v,
    },
    ParamSpec {
        id: "reported_total_rate",
        zh: "完成率：合计",
        en: "Completion rate: total",
        role: Role::Data,
        group: Group::Calibration,
        unit: Unit::Share,
        source: SourceKind::Seed,
        citation_zh: SEED_ZH,
        citation_en: SEED_EN,
        min: 0.5905,
        max: 0.5915,
        get: |s| s.reported.total_rate,
        set: |s, v| s.reported.total_rate = v,
    },
    ParamSpec {
        id: "reported_urban_completed_bn",
        zh: "已完成投资：强城",
        en: "Investment completed: urban strengthening",
        role: Role::Data,
        group: Group::Calibration,
        unit: Unit::BnYuan,
        source: SourceKind::Seed,
        citation_zh: SEED_ZH,
        citation_en: SEED_EN,
        min: 73.8585,
        max: 73.8595,
        get: |s| s.reported.urban_completed_bn,
        set: |s, v| s.reported.urban_completed_bn = v,
    },
    ParamSpec {
        id: "reported_urban_rate",
        zh: "完成率：强城",
        en: "Completion rate: urban strengthening",
        role: Role::Data,
        group: Group::Calibration,
        unit: Unit::Share,
        source: SourceKind::Seed,
        citation_zh: SEED_ZH,
        citation_en: SEED_EN,
        min: 0.6165,
        max: 0.6175,
        get: |s| s.reported.urban_rate,
        set: |s, v| s.reported.urban_rate = v,
    },
    ParamSpec {
        id: "reported_rural_completed_bn",
        zh: "已完成投资：兴村",
        en: "Investment completed: rural revitalization",
        role: Role::Data,
        group: Group::Calibration,
        unit: Unit::BnYuan,
        source: SourceKind::Seed,
        citation_zh: SEED_ZH,
        citation_en: SEED_EN,
        min: 85.1055,
        max: 85.1065,
        get: |s| s.reported.rural_completed_bn,
        set: |s, v| s.reported.rural_completed_bn = v,
    },
    ParamSpec {
        id: "reported_rural_rate",
        zh: "完成率：兴村",
        en: "Completion rate: rural revitalization",
        role: Role::Data,
        group: Group::Calibration,
        unit: Unit::Share,
        source: SourceKind::Seed,
        citation_zh: SEED_ZH,
        citation_en: SEED_EN,
        min: 0.5745,
        max: 0.5755,
        get: |s| s.reported.rural_rate,
        set: |s, v| s.reported.rural_rate = v,
    },
];

/// The parameter table as Markdown, in model units, for docs/MODEL.md.
pub fn markdown_table() -> String {
    let mut out = String::from(
        "| id | 中文 | English | role | value | unit | source | citation | plausible range |\n|---|---|---|---|---|---|---|---|---|\n",
    );
    for p in PARAMS {
        out.push_str(&format!(
            "| `{}` | {} | {} | {:?} | {} | {} | {} | {} | {} – {} |\n",
            p.id,
            p.zh,
            p.en,
            p.role,
            trim(p.builtin_value()),
            p.unit.label(Lang::En),
            p.source.label(Lang::En),
            p.citation_en,
            trim(p.min),
            trim(p.max),
        ));
    }
    out
}

fn trim(v: f64) -> String {
    let s = format!("{v:.4}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_builtin_values_lie_in_their_plausible_range() {
        let mut ids: Vec<_> = PARAMS.iter().map(|p| p.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), PARAMS.len());
        for p in PARAMS {
            let v = p.builtin_value();
            assert!(p.min <= v + 1e-12 && v <= p.max + 1e-12, "{} = {v} outside {}–{}", p.id, p.min, p.max);
        }
    }

    #[test]
    fn set_then_get_returns_the_value() {
        for p in PARAMS {
            let mut s = Scenario::zhejiang_2025();
            let v = if p.unit == Unit::Month { p.max } else { (p.min + p.max) / 2.0 };
            (p.set)(&mut s, v);
            assert!(((p.get)(&s) - v).abs() < 1e-12, "{}", p.id);
        }
    }

    #[test]
    fn docs_model_md_carries_the_current_parameter_table() {
        let doc = include_str!("../../docs/MODEL.md");
        assert!(
            doc.contains(&markdown_table()),
            "docs/MODEL.md is out of date: run `cargo run --bin urs -- --update-doc docs/MODEL.md`"
        );
    }
}
