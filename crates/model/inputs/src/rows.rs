//! The rows of the parameter table: every number the model uses, with its
//! names, role, kind, group and unit, and where it sits in a scenario. A long
//! data file on purpose: one entry per parameter, nothing else.

use super::allocation::Allocation;
use super::row::{Group, Kind, PolicyLever, Role, Row};
use super::scenario::Pot;
use super::strand::Strand;
use super::unit::Unit;

/// Set one strand's share of a pot, rebalancing the other two.
fn set_share(a: &mut Allocation, strand: Strand, v: f64) {
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
        zh: "常规渠道资金（每年）",
        en: "Funds through ordinary channels (per year)",
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
    // ---- Starting point (end of 2025, the latest published year) ----
    field_param!(
        "start_urban_income",
        "2025 年城镇居民人均可支配收入",
        "Urban per-capita disposable income, 2025",
        Data,
        Income,
        Yuan,
        start.urban_income
    ),
    field_param!(
        "start_rural_income",
        "2025 年农村居民人均可支配收入",
        "Rural per-capita disposable income, 2025",
        Data,
        Income,
        Yuan,
        start.rural_income
    ),
    field_param!(
        "start_all_income",
        "2025 年全体居民人均可支配收入",
        "All residents' per-capita disposable income, 2025",
        Data,
        Income,
        Yuan,
        start.all_income
    ),
    field_param!(
        "start_population_m",
        "起点常住人口（百万）",
        "Resident population at the start (millions)",
        Data,
        Urbanization,
        MillionPeople,
        start.population_m
    ),
    field_param!(
        "start_urbanization",
        "2025 年常住人口城镇化率",
        "Resident urbanization rate, 2025",
        Data,
        Urbanization,
        Share,
        start.urbanization
    ),
    field_param!(
        "start_registered_urbanization",
        "2025 年户籍人口城镇化率",
        "Registered-population (hukou) urbanization rate, 2025",
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
    field_param!(
        "start_mountain_urbanization",
        "山区海岛县常住人口城镇化率（起点）",
        "Mountain and island counties' resident urbanization (start)",
        Data,
        Regions,
        Share,
        start.mountain_urbanization
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
        "income_ratio_level",
        "收入比趋势水平偏差（对数）",
        "Level offset of the income ratio's trend (log)",
        Assumption,
        Income,
        Share,
        assumptions.outcomes.income_ratio_level
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
        "gestation_years",
        "投资见效的平均时滞（建设期）",
        "Mean time from completed investment to income (time to build)",
        Assumption,
        Income,
        Years,
        assumptions.outcomes.gestation_years
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
