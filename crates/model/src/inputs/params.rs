//! The parameter table: every number the model uses, with its names, unit,
//! source label and plausible range. The UI's lever panel and the table in
//! docs/MODEL.md are both made from this one list (a test keeps the doc in
//! step), so nothing is written twice by hand. Plausible ranges are not hard
//! bounds (those live in `Scenario::validate`); later they drive uncertainty
//! bands and slider ranges.

use super::region::{Confidence, ZHEJIANG};
use super::scenario::Pot;
use super::scenario::Scenario;
use super::strand::Strand;
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};
use std::sync::LazyLock;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
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
    /// A policy lever that costs money (docs/MODEL.md, "Money").
    Policy(PolicyLever),
}

/// The policy levers with a cost.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PolicyLever {
    HukouReform,
    StandardsEffort,
    CountyCapacity,
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

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
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

/// What a parameter is: names, role, kind, group, unit, and how to read and
/// write it in a scenario. Its numbers are the region's (`ParamSpec`).
pub struct Row {
    pub id: &'static str,
    pub zh: &'static str,
    pub en: &'static str,
    pub role: Role,
    pub kind: Kind,
    pub group: Group,
    pub unit: Unit,
    pub get: fn(&Scenario) -> f64,
    pub set: fn(&mut Scenario, f64),
}

/// A row with its numbers from the built-in region file: what the panels,
/// the docs and the band use. Reads as its row too (`spec.id`, `spec.get`).
pub struct ParamSpec {
    pub row: &'static Row,
    pub source: SourceKind,
    pub citation_zh: &'static str,
    pub citation_en: &'static str,
    /// Plausible range, model units.
    pub min: f64,
    pub max: f64,
    /// The built-in region's value.
    pub builtin: f64,
    pub confidence: Confidence,
}

impl std::ops::Deref for ParamSpec {
    type Target = Row;

    fn deref(&self) -> &Row {
        self.row
    }
}

/// The parameter table: every row with the built-in region's numbers.
pub static PARAMS: LazyLock<Vec<ParamSpec>> = LazyLock::new(|| {
    ROWS.iter()
        .map(|row| {
            let f = ZHEJIANG.figure(row.id);
            ParamSpec {
                row,
                source: f.source,
                citation_zh: &f.cite_zh,
                citation_en: &f.cite_en,
                min: f.range[0],
                max: f.range[1],
                builtin: f.value,
                confidence: f.confidence,
            }
        })
        .collect()
});

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
        self.builtin
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
    ($i:literal, $id:literal, $zh:literal, $en:literal) => {
        Row {
            id: $id,
            zh: $zh,
            en: $en,
            role: Role::Assumption,
            kind: Kind::PaceMonth($i),
            group: Group::Calibration,
            unit: Unit::Share,
            get: |s| s.assumptions.pace_profile[$i],
            set: |s, v| s.assumptions.pace_profile[$i] = v,
        }
    };
}

/// A row for a plain numeric field of the scenario.
macro_rules! field_param {
    ($id:literal, $zh:literal, $en:literal, $role:ident, $group:ident, $unit:ident, $kind:expr, $($path:ident).+) => {
        Row {
            id: $id,
            zh: $zh,
            en: $en,
            role: Role::$role,
            kind: $kind,
            group: Group::$group,
            unit: Unit::$unit,
            get: |s| s.$($path).+,
            set: |s, v| s.$($path).+ = v,
        }
    };
    ($id:literal, $zh:literal, $en:literal, $role:ident, $group:ident, $unit:ident, $($path:ident).+) => {
        Row {
            id: $id,
            zh: $zh,
            en: $en,
            role: Role::$role,
            kind: Kind::Number,
            group: Group::$group,
            unit: Unit::$unit,
            get: |s| s.$($path).+,
            set: |s, v| s.$($path).+ = v,
        }
    };
}

/// The rows of the parameter table: what each parameter is. Its numbers
/// (value, range, source, citation) come from the region file.
pub static ROWS: &[Row] = &[
    // ---- Levers: funds ----
    Row {
        id: "plan_funds_bn",
        zh: "常规渠道资金（全年）",
        en: "Funds through ordinary channels (year)",
        kind: Kind::PotTotal(Pot::Plan),
        role: Role::Lever,
        group: Group::Funds,
        unit: Unit::BnYuan,
        get: |s| s.levers.plan_funds_bn,
        set: |s, v| s.levers.plan_funds_bn = v,
    },
    Row {
        id: "plan_share_urban",
        zh: "常规资金份额：强城",
        en: "Ordinary funds share: urban strengthening",
        kind: Kind::Share(Pot::Plan, Strand::Urban),
        role: Role::Lever,
        group: Group::Funds,
        unit: Unit::Share,
        get: |s| s.levers.plan_allocation.urban,
        set: |s, v| set_share(&mut s.levers.plan_allocation, Strand::Urban, v),
    },
    Row {
        id: "plan_share_rural",
        zh: "常规资金份额：兴村",
        en: "Ordinary funds share: rural revitalization",
        kind: Kind::Share(Pot::Plan, Strand::Rural),
        role: Role::Lever,
        group: Group::Funds,
        unit: Unit::Share,
        get: |s| s.levers.plan_allocation.rural,
        set: |s, v| set_share(&mut s.levers.plan_allocation, Strand::Rural, v),
    },
    Row {
        id: "plan_share_integration",
        zh: "常规资金份额：融合",
        en: "Ordinary funds share: integration",
        kind: Kind::Share(Pot::Plan, Strand::Integration),
        role: Role::Lever,
        group: Group::Funds,
        unit: Unit::Share,
        get: |s| s.levers.plan_allocation.integration,
        set: |s, v| set_share(&mut s.levers.plan_allocation, Strand::Integration, v),
    },
    Row {
        id: "special_funds_bn",
        zh: "专项政策资金（每年）",
        en: "Special policy funds (per year)",
        kind: Kind::PotTotal(Pot::Special),
        role: Role::Lever,
        group: Group::Funds,
        unit: Unit::BnYuan,
        get: |s| s.levers.special_funds_bn,
        set: |s, v| s.levers.special_funds_bn = v,
    },
    Row {
        id: "special_share_urban",
        zh: "专项资金份额：强城",
        en: "Special funds share: urban strengthening",
        kind: Kind::Share(Pot::Special, Strand::Urban),
        role: Role::Lever,
        group: Group::Funds,
        unit: Unit::Share,
        get: |s| s.levers.special_allocation.urban,
        set: |s, v| set_share(&mut s.levers.special_allocation, Strand::Urban, v),
    },
    Row {
        id: "special_share_rural",
        zh: "专项资金份额：兴村",
        en: "Special funds share: rural revitalization",
        kind: Kind::Share(Pot::Special, Strand::Rural),
        role: Role::Lever,
        group: Group::Funds,
        unit: Unit::Share,
        get: |s| s.levers.special_allocation.rural,
        set: |s, v| set_share(&mut s.levers.special_allocation, Strand::Rural, v),
    },
    Row {
        id: "special_share_integration",
        zh: "专项资金份额：融合",
        en: "Special funds share: integration",
        kind: Kind::Share(Pot::Special, Strand::Integration),
        role: Role::Lever,
        group: Group::Funds,
        unit: Unit::Share,
        get: |s| s.levers.special_allocation.integration,
        set: |s, v| set_share(&mut s.levers.special_allocation, Strand::Integration, v),
    },
    Row {
        id: "credit_bn",
        zh: "政策性银行信贷额度（每年）",
        en: "Policy-bank credit offered (per year)",
        kind: Kind::PotTotal(Pot::Credit),
        role: Role::Lever,
        group: Group::Funds,
        unit: Unit::BnYuan,
        get: |s| s.levers.credit_bn,
        set: |s, v| s.levers.credit_bn = v,
    },
    Row {
        id: "credit_take_up",
        zh: "信贷实际使用率",
        en: "Credit take-up",
        kind: Kind::Number,
        role: Role::Lever,
        group: Group::Funds,
        unit: Unit::Share,
        get: |s| s.levers.credit_take_up,
        set: |s, v| s.levers.credit_take_up = v,
    },
    Row {
        id: "credit_share_urban",
        zh: "信贷份额：强城",
        en: "Credit share: urban strengthening",
        kind: Kind::Share(Pot::Credit, Strand::Urban),
        role: Role::Lever,
        group: Group::Funds,
        unit: Unit::Share,
        get: |s| s.levers.credit_allocation.urban,
        set: |s, v| set_share(&mut s.levers.credit_allocation, Strand::Urban, v),
    },
    Row {
        id: "credit_share_rural",
        zh: "信贷份额：兴村",
        en: "Credit share: rural revitalization",
        kind: Kind::Share(Pot::Credit, Strand::Rural),
        role: Role::Lever,
        group: Group::Funds,
        unit: Unit::Share,
        get: |s| s.levers.credit_allocation.rural,
        set: |s, v| set_share(&mut s.levers.credit_allocation, Strand::Rural, v),
    },
    Row {
        id: "credit_share_integration",
        zh: "信贷份额：融合",
        en: "Credit share: integration",
        kind: Kind::Share(Pot::Credit, Strand::Integration),
        role: Role::Lever,
        group: Group::Funds,
        unit: Unit::Share,
        get: |s| s.levers.credit_allocation.integration,
        set: |s, v| set_share(&mut s.levers.credit_allocation, Strand::Integration, v),
    },
    // ---- Levers: execution ----
    Row {
        id: "execution_speed",
        zh: "执行速度（报告期后）",
        en: "Execution speed (after the reporting date)",
        kind: Kind::Number,
        role: Role::Lever,
        group: Group::Execution,
        unit: Unit::Multiplier,
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
        levers.plan_growth
    ),
    field_param!(
        "special_funds_years",
        "专项资金持续年数",
        "Years the special funds run",
        Lever,
        Funds,
        Years,
        levers.special_funds_years
    ),
    field_param!(
        "hukou_reform",
        "“居住证 + 积分”改革力度",
        "Residence permit + points reform pace",
        Lever,
        Reform,
        Multiplier,
        Kind::Policy(PolicyLever::HukouReform),
        levers.hukou_reform
    ),
    field_param!(
        "standards_effort",
        "公共服务补短板力度",
        "Effort on closing public-service gaps",
        Lever,
        Services,
        Multiplier,
        Kind::Policy(PolicyLever::StandardsEffort),
        levers.standards_effort
    ),
    field_param!(
        "county_capacity",
        "县城承载能力（副中心、新市镇）",
        "County capacity (sub-centres, new towns)",
        Lever,
        Regions,
        Multiplier,
        Kind::Policy(PolicyLever::CountyCapacity),
        levers.county_capacity
    ),
    field_param!(
        "mountain_share",
        "兴村、融合投资投向山区海岛县的份额",
        "Share of rural and integration investment in mountain and island counties",
        Lever,
        Regions,
        Share,
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
        start.urban_income
    ),
    field_param!(
        "start_rural_income",
        "2024 年农村居民人均可支配收入",
        "Rural per-capita disposable income, 2024",
        Data,
        Income,
        Yuan,
        start.rural_income
    ),
    field_param!(
        "start_all_income",
        "2024 年全体居民人均可支配收入",
        "All residents' per-capita disposable income, 2024",
        Data,
        Income,
        Yuan,
        start.all_income
    ),
    field_param!(
        "start_population_m",
        "2024 年常住人口（百万）",
        "Resident population, 2024 (millions)",
        Data,
        Urbanization,
        MillionPeople,
        start.population_m
    ),
    field_param!(
        "start_urbanization",
        "2024 年常住人口城镇化率",
        "Resident urbanization rate, 2024",
        Data,
        Urbanization,
        Share,
        start.urbanization
    ),
    field_param!(
        "start_registered_urbanization",
        "2024 年户籍人口城镇化率",
        "Registered-population (hukou) urbanization rate, 2024",
        Data,
        Urbanization,
        Share,
        start.registered_urbanization
    ),
    field_param!(
        "start_standards_total",
        "基本公共服务标准总数",
        "Basic public service standards",
        Data,
        Services,
        Count,
        start.standards_total
    ),
    field_param!(
        "start_standards_no_urban_rural_gap",
        "无城乡差异的标准数（报告期）",
        "Standards with no urban–rural gap (reporting date)",
        Data,
        Services,
        Count,
        start.standards_no_urban_rural_gap
    ),
    field_param!(
        "start_standards_no_hukou_gap",
        "无户籍差异的标准数（报告期）",
        "Standards with no household-registration gap (reporting date)",
        Data,
        Services,
        Count,
        start.standards_no_hukou_gap
    ),
    field_param!(
        "start_city_income_gap",
        "设区市居民收入最高最低倍差（最新公布）",
        "Highest ÷ lowest city per-capita income (latest published)",
        Data,
        Regions,
        Ratio,
        start.city_income_gap
    ),
    field_param!(
        "start_mountain_relative_income",
        "山区海岛县收入相对全省（最新公布）",
        "Mountain and island counties' income relative to the province (latest published)",
        Data,
        Regions,
        Share,
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
        assumptions.absorptive_capacity
    ),
    field_param!(
        "lead_persistence",
        "领先进度的逐年延续",
        "Persistence of a strand's lead over the typical pace",
        Assumption,
        Execution,
        Share,
        assumptions.lead_persistence
    ),
    field_param!(
        "settlement_cost_wan",
        "每新增落户一人的公共投资成本",
        "Public investment cost per extra settled resident",
        Assumption,
        Reform,
        TenThousandYuan,
        assumptions.costs.settlement_cost_wan
    ),
    field_param!(
        "standards_spending_bn",
        "补短板年度支出（力度 = 1）",
        "Yearly gap-closing spending at effort 1",
        Assumption,
        Services,
        BnYuan,
        assumptions.costs.standards_spending_bn
    ),
    field_param!(
        "county_spending_bn",
        "县城承载能力年度支出（能力 = 1）",
        "Yearly county-town capacity spending at capacity 1",
        Assumption,
        Regions,
        BnYuan,
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
        assumptions.outcomes.urban_income_growth
    ),
    field_param!(
        "income_ratio_decline",
        "收入比基准年降幅（对数）",
        "Yearly fall of the income ratio on the base trend (log)",
        Assumption,
        Income,
        Share,
        assumptions.outcomes.income_ratio_decline
    ),
    field_param!(
        "depreciation",
        "项目形成资本的年折旧率",
        "Depreciation of the capital the programme builds",
        Assumption,
        Income,
        Share,
        assumptions.outcomes.depreciation
    ),
    field_param!(
        "return_urban_on_urban",
        "强城资本对城镇收入的年回报",
        "Yearly urban income per yuan of urban-strengthening capital",
        Assumption,
        Income,
        YuanPerYuan,
        assumptions.outcomes.return_urban_on_urban
    ),
    field_param!(
        "return_urban_on_rural",
        "强城资本对农村收入的年回报（县城就业）",
        "Yearly rural income per yuan of urban-strengthening capital (county-town jobs)",
        Assumption,
        Income,
        YuanPerYuan,
        assumptions.outcomes.return_urban_on_rural
    ),
    field_param!(
        "return_rural_on_rural",
        "兴村资本对农村收入的年回报",
        "Yearly rural income per yuan of rural-revitalization capital",
        Assumption,
        Income,
        YuanPerYuan,
        assumptions.outcomes.return_rural_on_rural
    ),
    field_param!(
        "return_integration_on_rural",
        "融合资本对农村收入的年回报",
        "Yearly rural income per yuan of integration capital",
        Assumption,
        Income,
        YuanPerYuan,
        assumptions.outcomes.return_integration_on_rural
    ),
    field_param!(
        "mountain_relative_return",
        "山区海岛县投资的相对回报",
        "Return of a yuan in the mountain counties relative to the average",
        Assumption,
        Regions,
        Share,
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
        assumptions.outcomes.standards_closing_rate
    ),
    field_param!(
        "hukou_standards_closing_rate",
        "户籍差异标准年消除率",
        "Yearly closing rate of household-registration standard gaps",
        Assumption,
        Services,
        Multiplier,
        assumptions.outcomes.hukou_standards_closing_rate
    ),
    field_param!(
        "services_stock_elasticity",
        "补短板对融合资本的弹性",
        "Elasticity of gap closing to integration capital",
        Assumption,
        Services,
        Multiplier,
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
        assumptions.outcomes.urbanization_ceiling
    ),
    field_param!(
        "urbanization_speed",
        "城镇化收敛速度",
        "Urbanization speed (share of the distance to the ceiling a year)",
        Assumption,
        Urbanization,
        Share,
        assumptions.outcomes.urbanization_speed
    ),
    field_param!(
        "reform_urbanization_effect",
        "改革对城镇化速度的作用",
        "Effect of reform pace on urbanization speed",
        Assumption,
        Urbanization,
        Multiplier,
        assumptions.outcomes.reform_urbanization_effect
    ),
    field_param!(
        "urban_stock_urbanization_effect",
        "强城资本对城镇化速度的作用",
        "Effect of urban-strengthening capital on urbanization speed",
        Assumption,
        Urbanization,
        Multiplier,
        assumptions.outcomes.urban_stock_urbanization_effect
    ),
    field_param!(
        "hukou_conversion_rate",
        "常住与户籍城镇化差距年转化率",
        "Yearly conversion of the resident–registered gap",
        Assumption,
        Urbanization,
        Share,
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
        assumptions.outcomes.city_gap_closing_rate
    ),
    field_param!(
        "mountain_catch_up_rate",
        "山区海岛县年追赶率",
        "Yearly catch-up of mountain and island counties",
        Assumption,
        Regions,
        Share,
        assumptions.outcomes.mountain_catch_up_rate
    ),
    field_param!(
        "regional_stock_effect",
        "山区县资本对区域收敛的作用",
        "Effect of capital in the mountain counties on regional convergence",
        Assumption,
        Regions,
        Multiplier,
        assumptions.outcomes.regional_stock_effect
    ),
    // ---- Assumptions: calibration and pace ----
    Row {
        id: "calibration_month",
        zh: "报告期（截至该月末）",
        en: "Reporting date (end of month)",
        kind: Kind::Number,
        role: Role::Assumption,
        group: Group::Calibration,
        unit: Unit::Month,
        get: |s| f64::from(s.assumptions.calibration_month),
        set: |s, v| s.assumptions.calibration_month = v.round().clamp(1.0, 11.0) as u8,
    },
    pace_param!(0, "pace_jan", "典型进度：1 月末", "Typical pace: end of January"),
    pace_param!(1, "pace_feb", "典型进度：2 月末", "Typical pace: end of February"),
    pace_param!(2, "pace_mar", "典型进度：3 月末", "Typical pace: end of March"),
    pace_param!(3, "pace_apr", "典型进度：4 月末", "Typical pace: end of April"),
    pace_param!(4, "pace_may", "典型进度：5 月末", "Typical pace: end of May"),
    pace_param!(5, "pace_jun", "典型进度：6 月末", "Typical pace: end of June"),
    pace_param!(6, "pace_jul", "典型进度：7 月末", "Typical pace: end of July"),
    pace_param!(7, "pace_aug", "典型进度：8 月末", "Typical pace: end of August"),
    pace_param!(8, "pace_sep", "典型进度：9 月末", "Typical pace: end of September"),
    pace_param!(9, "pace_oct", "典型进度：10 月末", "Typical pace: end of October"),
    pace_param!(10, "pace_nov", "典型进度：11 月末", "Typical pace: end of November"),
    pace_param!(11, "pace_dec", "典型进度：12 月末", "Typical pace: end of December"),
    // ---- Reported data (seed) ----
    Row {
        id: "reported_total_completed_bn",
        zh: "已完成投资：合计",
        en: "Investment completed: total",
        kind: Kind::Number,
        role: Role::Data,
        group: Group::Calibration,
        unit: Unit::BnYuan,
        get: |s| s.reported.total_completed_bn,
        set: |s, v| s.reported.total_completed_bn = v,
    },
    Row {
        id: "reported_total_rate",
        zh: "完成率：合计",
        en: "Completion rate: total",
        kind: Kind::Number,
        role: Role::Data,
        group: Group::Calibration,
        unit: Unit::Share,
        get: |s| s.reported.total_rate,
        set: |s, v| s.reported.total_rate = v,
    },
    Row {
        id: "reported_urban_completed_bn",
        zh: "已完成投资：强城",
        en: "Investment completed: urban strengthening",
        kind: Kind::Number,
        role: Role::Data,
        group: Group::Calibration,
        unit: Unit::BnYuan,
        get: |s| s.reported.urban_completed_bn,
        set: |s, v| s.reported.urban_completed_bn = v,
    },
    Row {
        id: "reported_urban_rate",
        zh: "完成率：强城",
        en: "Completion rate: urban strengthening",
        kind: Kind::Number,
        role: Role::Data,
        group: Group::Calibration,
        unit: Unit::Share,
        get: |s| s.reported.urban_rate,
        set: |s, v| s.reported.urban_rate = v,
    },
    Row {
        id: "reported_rural_completed_bn",
        zh: "已完成投资：兴村",
        en: "Investment completed: rural revitalization",
        kind: Kind::Number,
        role: Role::Data,
        group: Group::Calibration,
        unit: Unit::BnYuan,
        get: |s| s.reported.rural_completed_bn,
        set: |s, v| s.reported.rural_completed_bn = v,
    },
    Row {
        id: "reported_rural_rate",
        zh: "完成率：兴村",
        en: "Completion rate: rural revitalization",
        kind: Kind::Number,
        role: Role::Data,
        group: Group::Calibration,
        unit: Unit::Share,
        get: |s| s.reported.rural_rate,
        set: |s, v| s.reported.rural_rate = v,
    },
];

/// The parameter table as Markdown, in model units, for docs/MODEL.md.
pub fn markdown_table() -> String {
    let mut out = String::from(
        "| id | 中文 | English | role | value | unit | source | conf. | citation | plausible range |\n|---|---|---|---|---|---|---|---|---|---|\n",
    );
    for p in PARAMS.iter() {
        out.push_str(&format!(
            "| `{}` | {} | {} | {:?} | {} | {} | {} | {:?} | {} | {} – {} |\n",
            p.id,
            p.zh,
            p.en,
            p.role,
            trim(p.builtin_value()),
            p.unit.label(Lang::En),
            p.source.label(Lang::En),
            p.confidence,
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
        for p in PARAMS.iter() {
            let v = p.builtin_value();
            assert!(p.min <= v + 1e-12 && v <= p.max + 1e-12, "{} = {v} outside {}–{}", p.id, p.min, p.max);
        }
    }

    #[test]
    fn set_then_get_returns_the_value() {
        for p in PARAMS.iter() {
            let mut s = Scenario::zhejiang_2025();
            let v = if p.unit == Unit::Month { p.max } else { (p.min + p.max) / 2.0 };
            (p.set)(&mut s, v);
            assert!(((p.get)(&s) - v).abs() < 1e-12, "{}", p.id);
        }
    }

    #[test]
    fn docs_model_md_carries_the_current_parameter_table() {
        let doc = include_str!("../../../../docs/MODEL.md");
        assert!(
            doc.contains(&markdown_table()),
            "docs/MODEL.md is out of date: run `cargo run --bin urs -- --update-doc docs/MODEL.md`"
        );
    }
}
