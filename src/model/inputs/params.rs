//! The parameter table: every number the model uses, with its names, unit,
//! source label and plausible range. The UI's lever panel and the table in
//! docs/MODEL.md are both made from this one list (a test keeps the doc in
//! step), so nothing is written twice by hand. Plausible ranges are not hard
//! bounds (those live in `Scenario::validate`); later they drive uncertainty
//! bands and slider ranges.

use super::scenario::Pot;
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

/// What a row is, beyond its number: the share rows know their pot and
/// strand, the pot totals their pot, the pace rows their month (so nothing
/// parses ids).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A plain number.
    Number,
    /// The total of a pot of money.
    PotTotal(Pot),
    /// One strand's share of a pot (setting it rebalances the other two).
    Share(Pot, Strand),
    /// One month (0 = January) of the typical pace profile.
    PaceMonth(usize),
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
    /// 10,000 yuan (万元), per person.
    TenThousandYuan,
    /// Yuan of yearly household income per yuan of capital.
    YuanPerYuan,
    /// Millions of people.
    MillionPeople,
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
            Unit::TenThousandYuan => lang.pick("万元/人", "10k yuan/person"),
            Unit::YuanPerYuan => lang.pick("元/元·年", "yuan/yuan·yr"),
            Unit::MillionPeople => lang.pick("百万人", "million"),
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
    pub kind: Kind,
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
fn set_share(a: &mut super::allocation::Allocation, strand: Strand, v: f64) {
    *a = a.set_share(strand, v, None);
}

macro_rules! pace_param {
    ($i:literal, $id:literal, $zh:literal, $en:literal, $min:literal, $max:literal) => {
        ParamSpec {
            id: $id,
            zh: $zh,
            en: $en,
            role: Role::Assumption,
            kind: Kind::PaceMonth($i),
            group: Group::Calibration,
            unit: Unit::Share,
            source: SourceKind::Assumption,
            citation_zh: "浙江省重大项目历年进度（年末 108–130 %），见 docs/DATA.md",
            citation_en: "Zhejiang major-project progress in past years (year end 108–130 %), see docs/DATA.md",
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
            kind: Kind::Number,
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
        kind: Kind::PotTotal(Pot::Plan),
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
        kind: Kind::Share(Pot::Plan, Strand::Urban),
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
        kind: Kind::Share(Pot::Plan, Strand::Rural),
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
        kind: Kind::Share(Pot::Plan, Strand::Integration),
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
        kind: Kind::PotTotal(Pot::Special),
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
        kind: Kind::Share(Pot::Special, Strand::Urban),
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
        kind: Kind::Share(Pot::Special, Strand::Rural),
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
        kind: Kind::Share(Pot::Special, Strand::Integration),
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
        kind: Kind::PotTotal(Pot::Credit),
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
        kind: Kind::Number,
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
        kind: Kind::Share(Pot::Credit, Strand::Urban),
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
        kind: Kind::Share(Pot::Credit, Strand::Rural),
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
        kind: Kind::Share(Pot::Credit, Strand::Integration),
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
        kind: Kind::Number,
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
        Statistic,
        "浙江省统计局《2024年浙江经济运行情况》：78251 元（docs/DATA.md S8）",
        "Zhejiang statistics bureau, 2024 economy report: 78,251 yuan (docs/DATA.md S8)",
        77_500.0,
        79_000.0,
        start.urban_income
    ),
    field_param!(
        "start_rural_income",
        "2024 年农村居民人均可支配收入",
        "Rural per-capita disposable income, 2024",
        Data,
        Income,
        Yuan,
        Statistic,
        "浙江省统计局《2024年浙江经济运行情况》：42786 元（docs/DATA.md S8）",
        "Zhejiang statistics bureau, 2024 economy report: 42,786 yuan (docs/DATA.md S8)",
        42_300.0,
        43_200.0,
        start.rural_income
    ),
    field_param!(
        "start_all_income",
        "2024 年全体居民人均可支配收入",
        "All residents' per-capita disposable income, 2024",
        Data,
        Income,
        Yuan,
        Statistic,
        "浙江省统计局《2024年浙江经济运行情况》：67013 元（docs/DATA.md S8）",
        "Zhejiang statistics bureau, 2024 economy report: 67,013 yuan (docs/DATA.md S8)",
        66_500.0,
        67_500.0,
        start.all_income
    ),
    field_param!(
        "start_population_m",
        "2024 年常住人口（百万）",
        "Resident population, 2024 (millions)",
        Data,
        Urbanization,
        MillionPeople,
        Statistic,
        "6670 万人（2024 年统计公报，docs/DATA.md S16）",
        "66.70 million (statistical communiqué 2024, docs/DATA.md S16)",
        66.6,
        66.8,
        start.population_m
    ),
    field_param!(
        "start_urbanization",
        "2024 年常住人口城镇化率",
        "Resident urbanization rate, 2024",
        Data,
        Urbanization,
        Share,
        Statistic,
        "2024 年统计公报：75.5 %（docs/DATA.md S16）",
        "Statistical communiqué 2024: 75.5 % (docs/DATA.md S16)",
        0.7545,
        0.7555,
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
        "未见公开数据：假设 52 %，可自行设定",
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
        "设区市居民收入最高最低倍差（最新公布）",
        "Highest ÷ lowest city per-capita income (latest published)",
        Data,
        Regions,
        Ratio,
        Statistic,
        "2020 年 1.64（规划文件引用，未能复核；2020 年前三季度各市数据为 1.69），docs/DATA.md",
        "1.64 in 2020 (quoted in planning texts, not re-found; the 2020 Q1–Q3 city table gives 1.69), docs/DATA.md",
        1.62,
        1.70,
        start.city_income_gap
    ),
    field_param!(
        "start_mountain_relative_income",
        "山区海岛县收入相对全省（最新公布）",
        "Mountain and island counties' income relative to the province (latest published)",
        Data,
        Regions,
        Share,
        Assumption,
        "未见 2024 年数据：假设 0.73（目标 2027 年 0.75）",
        "No 2024 figure found: assumed 0.73 (target 0.75 by 2027)",
        0.70,
        0.76,
        start.mountain_relative_income
    ),
    // ---- Assumptions: money and completion ----
    field_param!(
        "absorptive_capacity",
        "年度吸收能力（占计划）",
        "Absorptive capacity (share of the plan a year)",
        Assumption,
        Execution,
        Share,
        Assumption,
        "浙江省重大项目年末完成率历史最高约 1xx %，见 docs/DATA.md",
        "Highest year-end completion of Zhejiang's major projects, see docs/DATA.md",
        1.2,
        1.45,
        assumptions.absorptive_capacity
    ),
    field_param!(
        "lead_persistence",
        "领先进度的逐年延续",
        "Persistence of a strand's lead over the typical pace",
        Assumption,
        Execution,
        Share,
        Assumption,
        "0 = 次年回到典型进度，1 = 永远保持 2025 年的领先；假设 0.5",
        "0 = back to the typical year next year, 1 = 2025's lead for ever; assumed 0.5",
        0.0,
        1.0,
        assumptions.lead_persistence
    ),
    field_param!(
        "settlement_cost_wan",
        "每新增落户一人的公共投资成本",
        "Public investment cost per extra settled resident",
        Assumption,
        Reform,
        TenThousandYuan,
        Derived,
        "农业转移人口市民化成本研究，见 docs/DATA.md",
        "Studies of the public cost of settling migrants, see docs/DATA.md",
        1.5,
        6.0,
        assumptions.costs.settlement_cost_wan
    ),
    field_param!(
        "standards_spending_bn",
        "补短板年度支出（力度 = 1）",
        "Yearly gap-closing spending at effort 1",
        Assumption,
        Services,
        BnYuan,
        Assumption,
        "约为融合年度计划的一半；力度 e 另需 (e − 1) × 该值",
        "About half of 融合's yearly plan; effort e costs (e − 1) × this on top",
        5.0,
        15.0,
        assumptions.costs.standards_spending_bn
    ),
    field_param!(
        "county_spending_bn",
        "县城承载能力年度支出（能力 = 1）",
        "Yearly county-town capacity spending at capacity 1",
        Assumption,
        Regions,
        BnYuan,
        Assumption,
        "约为强城年度计划的四分之一；能力 k 另需 (k − 1) × 该值",
        "About a quarter of 强城's yearly plan; capacity k costs (k − 1) × this on top",
        20.0,
        40.0,
        assumptions.costs.county_spending_bn
    ),
    // ---- Assumptions: incomes ----
    field_param!(
        "urban_income_growth",
        "城镇居民收入基准年增速",
        "Urban income growth per year on the base trend",
        Assumption,
        Income,
        Share,
        Derived,
        "2021–2024 年平均（拟合规则见 docs/MODEL.md）",
        "Average of 2021–2024 (the fitting rule in docs/MODEL.md)",
        0.03,
        0.06,
        assumptions.outcomes.urban_income_growth
    ),
    field_param!(
        "income_ratio_decline",
        "收入比基准年降幅（对数）",
        "Yearly fall of the income ratio on the base trend (log)",
        Assumption,
        Income,
        Share,
        Derived,
        "2021–2024 年平均（拟合规则见 docs/MODEL.md）",
        "Average of 2021–2024 (the fitting rule in docs/MODEL.md)",
        0.010,
        0.025,
        assumptions.outcomes.income_ratio_decline
    ),
    field_param!(
        "depreciation",
        "项目形成资本的年折旧率",
        "Depreciation of the capital the programme builds",
        Assumption,
        Income,
        Share,
        Statistic,
        "张军等（2004）省际资本存量：9.6 %",
        "Zhang Jun et al. (2004) provincial capital stock: 9.6 %",
        0.05,
        0.15,
        assumptions.outcomes.depreciation
    ),
    field_param!(
        "return_urban_on_urban",
        "强城资本对城镇收入的年回报",
        "Yearly urban income per yuan of urban-strengthening capital",
        Assumption,
        Income,
        YuanPerYuan,
        Assumption,
        "见 docs/DATA.md：公共资本回报换算为居民收入",
        "See docs/DATA.md: returns to public capital converted to household income",
        0.02,
        0.10,
        assumptions.outcomes.return_urban_on_urban
    ),
    field_param!(
        "return_urban_on_rural",
        "强城资本对农村收入的年回报（县城就业）",
        "Yearly rural income per yuan of urban-strengthening capital (county-town jobs)",
        Assumption,
        Income,
        YuanPerYuan,
        Assumption,
        "见 docs/DATA.md",
        "See docs/DATA.md",
        0.0,
        0.05,
        assumptions.outcomes.return_urban_on_rural
    ),
    field_param!(
        "return_rural_on_rural",
        "兴村资本对农村收入的年回报",
        "Yearly rural income per yuan of rural-revitalization capital",
        Assumption,
        Income,
        YuanPerYuan,
        Assumption,
        "见 docs/DATA.md：Fan、Zhang、Zhang（2002）农村公共投资回报，按东部与当前存量折减",
        "See docs/DATA.md: Fan, Zhang & Zhang (2002) returns to rural public investment, scaled down for the east and today's stock",
        0.03,
        0.15,
        assumptions.outcomes.return_rural_on_rural
    ),
    field_param!(
        "return_integration_on_rural",
        "融合资本对农村收入的年回报",
        "Yearly rural income per yuan of integration capital",
        Assumption,
        Income,
        YuanPerYuan,
        Assumption,
        "见 docs/DATA.md",
        "See docs/DATA.md",
        0.01,
        0.10,
        assumptions.outcomes.return_integration_on_rural
    ),
    field_param!(
        "mountain_relative_return",
        "山区海岛县投资的相对回报",
        "Return of a yuan in the mountain counties relative to the average",
        Assumption,
        Regions,
        Share,
        Assumption,
        "人口密度低、距离远：假设 0.7",
        "Lower density, longer distances: assumed 0.7",
        0.5,
        0.9,
        assumptions.outcomes.mountain_relative_return
    ),
    // ---- Assumptions: public services ----
    field_param!(
        "standards_closing_rate",
        "城乡差异标准年消除率",
        "Yearly closing rate of urban–rural standard gaps",
        Assumption,
        Services,
        Multiplier,
        Assumption,
        "每年消除剩余差异约 26 %（1 − e^−0.3）",
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
        "每年消除剩余差异约 18 %（1 − e^−0.2）",
        "About 18 % of the remaining gaps closed a year (1 − e^−0.2)",
        0.05,
        0.5,
        assumptions.outcomes.hukou_standards_closing_rate
    ),
    field_param!(
        "services_stock_elasticity",
        "补短板对融合资本的弹性",
        "Elasticity of gap closing to integration capital",
        Assumption,
        Services,
        Multiplier,
        Assumption,
        "融合资本多 10 %，消除速度快约 10 %；假设",
        "10 % more integration capital, gaps close about 10 % faster; assumed",
        0.3,
        1.5,
        assumptions.outcomes.services_stock_elasticity
    ),
    // ---- Assumptions: urbanization ----
    field_param!(
        "urbanization_ceiling",
        "常住人口城镇化率上限",
        "Ceiling of resident urbanization",
        Assumption,
        Urbanization,
        Share,
        Assumption,
        "发达地区多在 80–90 %",
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
        "2021–2024 年普查后序列拟合（docs/MODEL.md）",
        "Fitted on the post-census series 2021–2024 (docs/MODEL.md)",
        0.05,
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
        "改革力度每高 1，速度加快 30 %",
        "Each unit of reform pace above 1 adds 30 % to the speed",
        0.1,
        0.6,
        assumptions.outcomes.reform_urbanization_effect
    ),
    field_param!(
        "urban_stock_urbanization_effect",
        "强城资本对城镇化速度的作用",
        "Effect of urban-strengthening capital on urbanization speed",
        Assumption,
        Urbanization,
        Multiplier,
        Assumption,
        "强城资本多 10 %，速度快约 10 %",
        "10 % more urban capital: speed about 10 % faster",
        0.0,
        2.0,
        assumptions.outcomes.urban_stock_urbanization_effect
    ),
    field_param!(
        "hukou_conversion_rate",
        "常住与户籍城镇化差距年转化率",
        "Yearly conversion of the resident–registered gap",
        Assumption,
        Urbanization,
        Share,
        Assumption,
        "改革力度为 1 时每年 5 %；假设",
        "5 % a year at reform pace 1; assumed",
        0.02,
        0.10,
        assumptions.outcomes.hukou_conversion_rate
    ),
    // ---- Assumptions: regions ----
    field_param!(
        "city_gap_closing_rate",
        "地区差距年收敛率",
        "Yearly closing of the city income gap",
        Assumption,
        Regions,
        Share,
        Assumption,
        "（倍差 − 1）每年缩小 3 %",
        "(gap − 1) shrinks 3 % a year",
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
        "regional_stock_effect",
        "山区县资本对区域收敛的作用",
        "Effect of capital in the mountain counties on regional convergence",
        Assumption,
        Regions,
        Multiplier,
        Assumption,
        "山区县资本多 10 %，收敛快约 20 %",
        "10 % more capital in the mountain counties: convergence about 20 % faster",
        0.5,
        3.0,
        assumptions.outcomes.regional_stock_effect
    ),
    // ---- Assumptions: calibration and pace ----
    ParamSpec {
        id: "calibration_month",
        zh: "报告期（截至该月末）",
        en: "Reporting date (end of month)",
        kind: Kind::Number,
        role: Role::Assumption,
        group: Group::Calibration,
        unit: Unit::Month,
        source: SourceKind::Assumption,
        citation_zh: "7 月 5 日见报；6 月数据通常 7 月中旬发布，故多半为 1–5 月",
        citation_en: "Article of 5 July; June data usually appear mid-July, so most likely January–May",
        min: 5.0,
        max: 6.0,
        get: |s| f64::from(s.assumptions.calibration_month),
        set: |s, v| s.assumptions.calibration_month = v.round().clamp(1.0, 11.0) as u8,
    },
    pace_param!(0, "pace_jan", "典型进度：1 月末", "Typical pace: end of January", 0.03, 0.08),
    pace_param!(1, "pace_feb", "典型进度：2 月末", "Typical pace: end of February", 0.08, 0.12),
    pace_param!(2, "pace_mar", "典型进度：3 月末", "Typical pace: end of March", 0.18, 0.22),
    pace_param!(3, "pace_apr", "典型进度：4 月末", "Typical pace: end of April", 0.3, 0.42),
    pace_param!(4, "pace_may", "典型进度：5 月末", "Typical pace: end of May", 0.45, 0.59),
    pace_param!(5, "pace_jun", "典型进度：6 月末", "Typical pace: end of June", 0.57, 0.66),
    pace_param!(6, "pace_jul", "典型进度：7 月末", "Typical pace: end of July", 0.68, 0.78),
    pace_param!(7, "pace_aug", "典型进度：8 月末", "Typical pace: end of August", 0.78, 0.86),
    pace_param!(8, "pace_sep", "典型进度：9 月末", "Typical pace: end of September", 0.95, 0.99),
    pace_param!(9, "pace_oct", "典型进度：10 月末", "Typical pace: end of October", 1.0, 1.12),
    pace_param!(10, "pace_nov", "典型进度：11 月末", "Typical pace: end of November", 1.04, 1.22),
    pace_param!(11, "pace_dec", "典型进度：12 月末", "Typical pace: end of December", 1.08, 1.3),
    // ---- Reported data (seed) ----
    ParamSpec {
        id: "reported_total_completed_bn",
        zh: "已完成投资：合计",
        en: "Investment completed: total",
        kind: Kind::Number,
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
        kind: Kind::Number,
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
        kind: Kind::Number,
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
        kind: Kind::Number,
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
        kind: Kind::Number,
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
        kind: Kind::Number,
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
        let doc = include_str!("../../../docs/MODEL.md");
        assert!(
            doc.contains(&markdown_table()),
            "docs/MODEL.md is out of date: run `cargo run --bin urs -- --update-doc docs/MODEL.md`"
        );
    }
}
