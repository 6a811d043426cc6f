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
}

impl Unit {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Unit::BnYuan => lang.pick("亿元", "bn yuan"),
            Unit::Share => "%",
            Unit::Multiplier => "×",
            Unit::Month => lang.pick("月", "month"),
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

const SEED_ZH: &str = "经济日报 2025-07-05《浙江做好“三篇文章”探路共富》";
const SEED_EN: &str = "Jing Ji Ri Bao, 2025-07-05 (seed article)";

pub static PARAMS: &[ParamSpec] = &[
    // ---- Levers: funds ----
    ParamSpec {
        id: "plan_funds_bn",
        zh: "常规渠道资金（全年）",
        en: "Funds through ordinary channels (year)",
        role: Role::Lever,
        unit: Unit::BnYuan,
        source: SourceKind::Assumption,
        citation_zh: "年度计划投资（推算 2871 亿元）× 1.2：浙江重大项目年末常完成计划的 100–120 %",
        citation_en: "Annual plan (derived, 287.1 bn) × 1.2: Zhejiang's major projects often finish at 100–120 % of plan",
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
        unit: Unit::Multiplier,
        source: SourceKind::Assumption,
        citation_zh: "1 = 各板块报告期前的进度；审批、用地、融资提速或受阻",
        citation_en: "1 = each strand's pace so far; faster or slower approvals, land, financing",
        min: 0.7,
        max: 1.3,
        get: |s| s.levers.execution_speed,
        set: |s, v| s.levers.execution_speed = v,
    },
    // ---- Assumptions ----
    ParamSpec {
        id: "calibration_month",
        zh: "报告期（截至该月末）",
        en: "Reporting date (end of month)",
        role: Role::Assumption,
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
            assert!(
                p.min <= v + 1e-12 && v <= p.max + 1e-12,
                "{} = {v} outside {}–{}",
                p.id,
                p.min,
                p.max
            );
        }
    }

    #[test]
    fn set_then_get_returns_the_value() {
        for p in PARAMS {
            let mut s = Scenario::zhejiang_2025();
            let v = if p.unit == Unit::Month {
                p.max
            } else {
                (p.min + p.max) / 2.0
            };
            (p.set)(&mut s, v);
            assert!(((p.get)(&s) - v).abs() < 1e-12, "{}", p.id);
        }
    }

    #[test]
    fn docs_model_md_carries_the_current_parameter_table() {
        let doc = include_str!("../../docs/MODEL.md");
        assert!(
            doc.contains(&markdown_table()),
            "docs/MODEL.md is out of date: run `cargo run --bin urs -- --params-markdown` and paste the table"
        );
    }
}
