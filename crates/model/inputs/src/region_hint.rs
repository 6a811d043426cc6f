//! One figure of a region file checked: value, unit, range, source,
//! confidence, citation — and, when a value is far outside its range by a
//! power of ten, the unit slip that would explain it (亿元 typed as 元, a
//! percentage typed for a share, 万人 for millions).

use super::i18n::{Bilingual, Lang};
use super::row::Row;
use super::unit::Unit;
use serde_json::Value;

/// One problem: where (a field path such as `figures.credit_bn`) and what.
#[derive(Clone, Debug, PartialEq)]
pub struct Problem {
    pub at: String,
    pub message: Bilingual,
}

impl Problem {
    pub fn new(at: impl Into<String>, zh: impl Into<String>, en: impl Into<String>) -> Problem {
        Problem { at: at.into(), message: Bilingual::new(zh, en) }
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.at, self.message)
    }
}

const FIGURE_KEYS: [&str; 7] = ["value", "unit", "range", "source", "confidence", "cite_zh", "cite_en"];

/// Check one figure of the file against its row; push every problem.
pub fn check_figure(row: &Row, f: &Value, month: f64, at: &str, p: &mut Vec<Problem>) {
    let Some(obj) = f.as_object() else {
        p.push(Problem::new(
            at,
            "应为含 value、unit、range、source、confidence、cite_zh、cite_en 的对象",
            "an object with value, unit, range, source, confidence, cite_zh, cite_en",
        ));
        return;
    };
    for k in obj.keys().filter(|k| !FIGURE_KEYS.contains(&k.as_str())) {
        p.push(Problem::new(format!("{at}.{k}"), format!("未知的字段 {k}"), format!("unknown field {k}")));
    }
    let expected = serde_json::to_value(row.unit).ok();
    let unit_ok = obj.get("unit") == expected.as_ref();
    if !unit_ok {
        let given = obj.get("unit").map_or("—".to_string(), Value::to_string);
        let code = expected.as_ref().and_then(Value::as_str).unwrap_or("");
        p.push(Problem::new(
            format!("{at}.unit"),
            format!("单位 {given} 不符：应为 \"{code}\"（{}）", row.unit.label(Lang::Zh)),
            format!("unit {given} does not fit: expected \"{code}\" ({})", row.unit.label(Lang::En)),
        ));
    }
    let range = obj.get("range").and_then(Value::as_array).and_then(|a| match a.as_slice() {
        [lo, hi] => Some((lo.as_f64()?, hi.as_f64()?)).filter(|(lo, hi)| lo <= hi),
        _ => None,
    });
    if range.is_none() {
        p.push(Problem::new(
            format!("{at}.range"),
            "合理范围应为两个数 [下限, 上限]，下限不大于上限",
            "the plausible range is two numbers [low, high], low ≤ high",
        ));
    }
    match obj.get("value") {
        None | Some(Value::Null) => p.push(Problem::new(
            format!("{at}.value"),
            format!("缺少数值（{}）", row.zh),
            format!("the value is missing ({})", row.en),
        )),
        Some(v) => match v.as_f64() {
            None => p.push(Problem::new(format!("{at}.value"), "数值应为数字", "the value must be a number")),
            Some(v) if row.id.starts_with("reported_") && row.id.ends_with("_rate") && v > 1.0 => p.push(Problem::new(
                format!("{at}.value"),
                format!("完成率 {:.1} % 超过 100 %，而报告在 {month:.0} 月：年中不可能（请写 0–1 之间的小数）", v * 100.0),
                format!(
                    "completion {:.1} % is above 100 % in month {month:.0}: not possible at mid-year (write a fraction 0–1)",
                    v * 100.0
                ),
            )),
            Some(v) => {
                if let Some((lo, hi)) = range.filter(|(lo, hi)| !(lo <= &v && &v <= hi)) {
                    let hint = unit_hint(row.unit, v, lo, hi);
                    p.push(Problem::new(
                        format!("{at}.value"),
                        format!("{v} 超出合理范围 {lo}–{hi}{}", hint.as_ref().map_or(String::new(), |h| format!("：{}", h.zh))),
                        format!(
                            "{v} is outside its plausible range {lo}–{hi}{}",
                            hint.as_ref().map_or(String::new(), |h| format!(": {}", h.en))
                        ),
                    ));
                }
            }
        },
    }
    if serde_json::from_value::<super::figure::SourceKind>(obj.get("source").cloned().unwrap_or(Value::Null)).is_err() {
        p.push(Problem::new(
            format!("{at}.source"),
            "来源类别应为 seed、statistic、derived 或 assumption",
            "the source kind is seed, statistic, derived or assumption",
        ));
    }
    if serde_json::from_value::<super::figure::Confidence>(obj.get("confidence").cloned().unwrap_or(Value::Null))
        .is_err()
    {
        p.push(Problem::new(format!("{at}.confidence"), "可信度应为 V、D、A 或 U", "the confidence is V, D, A or U"));
    }
    for k in ["cite_zh", "cite_en"] {
        if obj.get(k).and_then(Value::as_str).is_none_or(|s| s.trim().is_empty()) {
            p.push(Problem::new(
                format!("{at}.{k}"),
                "缺少出处说明",
                "the citation (where the figure comes from) is missing",
            ));
        }
    }
}

/// The unit slip that explains `v` lying a power of ten outside `lo..=hi`.
pub fn unit_hint(unit: Unit, v: f64, lo: f64, hi: f64) -> Option<Bilingual> {
    if !(v.is_finite() && v > 0.0) {
        return None;
    }
    let (above, ratio) = if v > hi && hi > 0.0 {
        (true, v / hi)
    } else if v < lo {
        (false, lo / v)
    } else {
        return None;
    };
    if ratio < 5.0 {
        return None;
    }
    let k = ratio.log10().round() as i32;
    let h = |zh: &str, en: &str| Some(Bilingual::new(zh, en));
    match (unit, above, k) {
        (Unit::BnYuan, true, 8..=10) => h(
            "像是以“元”填写：本项以十亿元计（1 十亿元 = 10 亿元 = 1,000,000,000 元）",
            "looks typed in yuan: this figure is in bn yuan (1 bn = 10 亿元 = 1,000,000,000 yuan)",
        ),
        (Unit::BnYuan, true, 4..=6) => h(
            "像是以“万元”填写：本项以十亿元计（1 十亿元 = 10 万万元）",
            "looks typed in 万元 (10k yuan): this figure is in bn yuan",
        ),
        (Unit::BnYuan, true, 1) => h(
            "像是以“亿元”填写：本项以十亿元计，请除以 10",
            "looks typed in 亿元 (100 m yuan): this figure is in bn yuan, divide by 10",
        ),
        (Unit::Yuan, false, 4) => h(
            "像是以“万元”填写：本项以元计，请乘以 10,000",
            "looks typed in 万元: this figure is in yuan, multiply by 10,000",
        ),
        (Unit::Share, true, 2) => {
            h("像是百分数：请写小数（76 % 写作 0.76）", "looks like a percentage: write a fraction (76 % is 0.76)")
        }
        (Unit::MillionPeople, true, 6) => {
            h("像是以“人”填写：本项以百万人计", "looks typed in persons: this figure is in millions")
        }
        (Unit::MillionPeople, true, 2) => {
            h("像是以“万人”填写：本项以百万人计，请除以 100", "looks typed in 万 (10k persons): divide by 100")
        }
        (Unit::TenThousandYuan, true, 4) => {
            h("像是以“元”填写：本项以万元计", "looks typed in yuan: this figure is in 万元 (10k yuan)")
        }
        _ => Some(Bilingual::new(
            format!("约为范围的 10^{k} 倍，请检查单位"),
            format!("about 10^{k} times off: check the unit"),
        )),
    }
}
