//! The region file's history, cities and targets checked, every problem
//! pushed (region_check.rs reads the rest).

use super::city::{validate_cities, City};
use super::outcome::Outcome;
use super::region_hint::Problem;
use serde_json::Value;

/// Fewer published years than this cannot fit a trend (a slope and a check).
pub const MIN_TREND_YEARS: usize = 3;
/// Fewer than this fits a trend, but its band is wide: said on screen.
pub const SHORT_HISTORY_YEARS: usize = 6;

/// (key, at least this many years, plausible values low–high, 中文, English):
/// the ratio's trend is what the backtest fits (a slope and a year to test
/// it); an income needs two years for its growth; urbanization one for its
/// level (its speed toward the ceiling is an assumption).
const SERIES: [(&str, usize, f64, f64, &str, &str); 6] = [
    ("income_ratio", MIN_TREND_YEARS, 1.0, 5.0, "城乡居民收入比", "urban–rural income ratio"),
    ("urban_income", 2, 1_000.0, 1_000_000.0, "城镇居民人均可支配收入（元）", "urban per-capita income (yuan)"),
    ("rural_income", 2, 1_000.0, 1_000_000.0, "农村居民人均可支配收入（元）", "rural per-capita income (yuan)"),
    ("all_income", 0, 1_000.0, 1_000_000.0, "全体居民人均可支配收入（元）", "all residents' per-capita income (yuan)"),
    ("urbanization", 1, 0.0, 1.0, "常住人口城镇化率（小数）", "resident urbanization (fraction)"),
    ("urbanization_before_census", 0, 0.0, 1.0, "普查修订前的城镇化率", "urbanization before the census revision"),
];

pub fn check_series(series: Option<&Value>, reported: i32, p: &mut Vec<Problem>) {
    let Some(obj) = series.and_then(Value::as_object) else {
        p.push(Problem::new("series", "缺少历史数据 series", "the history (series) is missing"));
        return;
    };
    for k in obj.keys().filter(|k| !SERIES.iter().any(|s| s.0 == k.as_str())) {
        p.push(Problem::new(format!("series.{k}"), format!("未知的序列 {k}"), format!("unknown series {k}")));
    }
    for (key, least, lo, hi, zh, en) in SERIES {
        let at = format!("series.{key}");
        let Some(points) = obj.get(key).and_then(Value::as_array) else {
            p.push(Problem::new(at, format!("缺少{zh}的历年数据"), format!("the yearly {en} is missing")));
            continue;
        };
        let mut last_year = i64::MIN;
        for point in points {
            let pair = point.as_array().filter(|a| a.len() == 2);
            let (year, value) = match pair.map(|a| (a[0].as_i64(), a[1].as_f64())) {
                Some((Some(y), Some(v))) => (y, v),
                _ => {
                    p.push(Problem::new(&at, "每项应为 [年份, 数值]", "each point is [year, value]"));
                    continue;
                }
            };
            let at = format!("{at}.{year}");
            if year <= last_year || !(1978..=i64::from(reported.max(1978))).contains(&year) {
                p.push(Problem::new(&at, "年份应递增且不晚于报告年份", "years increase and end by the reported year"));
            }
            last_year = year;
            if !(lo..=hi).contains(&value) {
                let hint = if hi <= 1.0 && value > 1.0 && value <= 100.0 {
                    (
                        "：像是百分数，请写小数（76 % 写作 0.76）",
                        ": looks like a percentage, write a fraction (76 % is 0.76)",
                    )
                } else if hi > 1e5 && (0.1..100.0).contains(&value) {
                    ("：像是以“万元”填写，本项以元计", ": looks typed in 万元, this series is in yuan")
                } else {
                    ("", "")
                };
                p.push(Problem::new(
                    &at,
                    format!("{zh} {value} 不合理（应在 {lo}–{hi}）{}", hint.0),
                    format!("{en} {value} is not plausible (expected {lo}–{hi}){}", hint.1),
                ));
            }
        }
        if points.len() < least {
            p.push(Problem::new(
                at,
                format!("历史太短，无法拟合趋势：{zh}只有 {} 年，至少需要 {least} 年", points.len()),
                format!("history too short to fit a trend: {} year(s) of {en}, at least {least} needed", points.len()),
            ));
        }
    }
}

/// Notes that do not stop the file: a history long enough to fit but short
/// enough to widen the band.
pub fn history_notes(series: Option<&Value>) -> Vec<Problem> {
    let n = series.and_then(|s| s.get("income_ratio")).and_then(Value::as_array).map_or(0, Vec::len);
    if !(MIN_TREND_YEARS..SHORT_HISTORY_YEARS).contains(&n) {
        return Vec::new();
    }
    vec![Problem::new(
        "series.income_ratio",
        format!("历史较短（{n} 年）：趋势可拟合，但回测年份少，不确定区间更宽"),
        format!("short history ({n} years): the trend fits, but with few years to backtest the band is wider"),
    )]
}

pub fn check_cities(cities: Option<&Value>, p: &mut Vec<Problem>) {
    let Some(list) = cities.and_then(Value::as_array) else {
        p.push(Problem::new("cities", "cities 应为列表（可为空）", "cities is a list (may be empty)"));
        return;
    };
    let mut read = Vec::new();
    for (i, c) in list.iter().enumerate() {
        let name = c.get("id").and_then(Value::as_str).unwrap_or("?");
        match serde_json::from_value::<City>(c.clone()) {
            Ok(city) => read.push(city),
            Err(e) => p.push(Problem::new(
                format!("cities.{i} ({name})"),
                format!("城市数据不完整或有误：{e}"),
                format!("the city is incomplete or wrong: {e}"),
            )),
        }
    }
    if let Err(e) = validate_cities(&read) {
        p.push(Problem { at: "cities".into(), message: e });
    }
}

const TARGET_KEYS: [&str; 8] = ["id", "zh", "en", "outcome", "year", "below", "threshold", "resolution"];

pub fn check_targets(targets: Option<&Value>, first_year: i32, p: &mut Vec<Problem>) {
    let Some(list) = targets.and_then(Value::as_array) else {
        p.push(Problem::new("targets", "targets 应为列表（可为空）", "targets is a list (may be empty)"));
        return;
    };
    for (i, t) in list.iter().enumerate() {
        let id = t.get("id").and_then(Value::as_str).unwrap_or("");
        let at = format!("targets.{}", if id.is_empty() { i.to_string() } else { id.to_string() });
        let Some(obj) = t.as_object() else {
            p.push(Problem::new(at, "目标应为对象", "a target is an object"));
            continue;
        };
        for k in obj.keys().filter(|k| !TARGET_KEYS.contains(&k.as_str())) {
            p.push(Problem::new(format!("{at}.{k}"), format!("未知的字段 {k}"), format!("unknown field {k}")));
        }
        let text_ok =
            |k: &str| obj.get(k).and_then(Value::as_str).is_some_and(|s| !s.trim().is_empty() && s.len() <= 200);
        for k in ["id", "zh", "en"] {
            if !text_ok(k) {
                p.push(Problem::new(format!("{at}.{k}"), "缺少目标的编号或名称", "the target's id or name is missing"));
            }
        }
        if list[..i].iter().any(|o| o.get("id").and_then(Value::as_str) == Some(id)) && !id.is_empty() {
            p.push(Problem::new(&at, "目标编号重复", "the target id repeats"));
        }
        if serde_json::from_value::<Outcome>(obj.get("outcome").cloned().unwrap_or(Value::Null)).is_err() {
            p.push(Problem::new(
                format!("{at}.outcome"),
                "未知的结果指标",
                "not an outcome of the model (e.g. income_ratio)",
            ));
        }
        match obj.get("year").and_then(Value::as_i64) {
            None => p.push(Problem::new(format!("{at}.year"), "目标缺少年份", "the target has no year")),
            Some(y) if !(i64::from(first_year)..=2100).contains(&y) => p.push(Problem::new(
                format!("{at}.year"),
                format!("目标年份 {y} 应在 {first_year}–2100"),
                format!("target year {y} must be in {first_year}–2100"),
            )),
            Some(_) => {}
        }
        if !obj.get("below").is_some_and(Value::is_boolean) {
            p.push(Problem::new(
                format!("{at}.below"),
                "below 应为 true（低于）或 false（达到）",
                "below is true (stay under) or false (reach)",
            ));
        }
        if !obj.get("threshold").and_then(Value::as_f64).is_some_and(f64::is_finite) {
            p.push(Problem::new(format!("{at}.threshold"), "缺少目标值", "the target value is missing"));
        }
        if !obj.get("resolution").and_then(Value::as_f64).is_some_and(|r| r > 0.0 && r.is_finite()) {
            p.push(Problem::new(
                format!("{at}.resolution"),
                "精度应为正数（如 0.01）",
                "the resolution is a positive number (e.g. 0.01)",
            ));
        }
    }
}
