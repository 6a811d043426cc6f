//! Reading a region file a planner made: every problem found at once, each
//! with where it is (the field, or the spreadsheet's row) and what is
//! expected, in both languages. The JSON form and the spreadsheet form
//! (urs_formats::region_csv) both come here as a JSON value.
//!
//! A figure the region lacks falls back to the province's (the built-in
//! region's) when it is a belief about how things work or a lever that is not
//! money; the fallbacks are listed. Reported data and money must be the
//! region's own. Ranges come from the file; `hint.rs`-style magnitude checks
//! below tell a unit slip (亿元 typed as 元) from a wrong number.

use super::region::PROVINCE;
use super::region_file::Region;
pub use super::region_hint::Problem;
use super::region_parts::{check_cities, check_series, check_targets, history_notes};
use super::row::{Role, Row};
use super::rows::ROWS;
use super::unit::Unit;
use serde_json::{json, Map, Value};

/// The largest region file read (bytes).
pub const MAX_REGION_BYTES: usize = 2_000_000;

/// A region file that passed: the region, the figures that fell back to the
/// province, and notes that do not stop it (a short history).
#[derive(Clone, Debug)]
pub struct Checked {
    pub region: Region,
    pub fallbacks: Vec<&'static str>,
    pub notes: Vec<Problem>,
    /// The file as JSON with the fallbacks filled in: complete, so
    /// `Region::from_json` reads it (what the app keeps and installs).
    pub json: String,
}

/// Read region JSON text: every problem at once, or the region.
pub fn read_region_json(text: &str) -> Result<Checked, Vec<Problem>> {
    if text.len() > MAX_REGION_BYTES {
        return Err(vec![Problem::new("", "文件过大（上限 2 MB）", "the file is too large (limit 2 MB)")]);
    }
    let value = crate::json::parse(text.trim_start_matches('\u{feff}'))
        .map_err(|e| vec![Problem::new("", format!("不是有效的 JSON：{e}"), format!("not valid JSON: {e}"))])?;
    check_region(value)
}

const TOP_KEYS: [&str; 15] = [
    "format",
    "version",
    "id",
    "name",
    "reported_year",
    "start_year",
    "city_income_gap_year",
    "mountain_relative_income_year",
    "builtin_ordinary_bn",
    "figures",
    "series",
    "published_2025",
    "cities",
    "filled_notes",
    "targets",
];

/// Check a region as a JSON value: every problem at once, or the region.
pub fn check_region(mut value: Value) -> Result<Checked, Vec<Problem>> {
    let mut p = Vec::new();
    let Some(obj) = value.as_object_mut() else {
        return Err(vec![Problem::new("", "地区文件应为一个 JSON 对象", "a region file is one JSON object")]);
    };
    for k in obj.keys().filter(|k| !TOP_KEYS.contains(&k.as_str())) {
        p.push(Problem::new(k, format!("未知的字段 {k}"), format!("unknown field {k}")));
    }
    if obj.get("format").and_then(Value::as_str) != Some("urban-rural-sim-region") {
        p.push(Problem::new("format", "应为 \"urban-rural-sim-region\"", "must be \"urban-rural-sim-region\""));
    }
    if obj.get("version").and_then(Value::as_u64) != Some(1) {
        p.push(Problem::new("version", "应为 1", "must be 1"));
    }
    let id_ok = |s: &str| {
        (1..=40).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
    };
    if !obj.get("id").and_then(Value::as_str).is_some_and(id_ok) {
        p.push(Problem::new("id", "应为 1–40 个小写字母、数字或连字符", "1–40 lowercase letters, digits or hyphens"));
    }
    let name = obj.get("name").and_then(Value::as_str).unwrap_or("");
    if name.trim().is_empty() || name.trim() != name || name.chars().count() > 80 || name.chars().any(char::is_control)
    {
        p.push(Problem::new(
            "name",
            "名称应为 1–80 个字符，首尾无空白",
            "a name of 1–80 characters, no spaces at the ends",
        ));
    }
    let year = |k: &str, p: &mut Vec<Problem>| match obj.get(k).and_then(Value::as_i64) {
        Some(y) if (2000..=2100).contains(&y) => y as i32,
        _ => {
            p.push(Problem::new(k, "应为 2000–2100 之间的年份", "a year between 2000 and 2100"));
            0
        }
    };
    let reported = year("reported_year", &mut p);
    let start = year("start_year", &mut p);
    year("city_income_gap_year", &mut p);
    year("mountain_relative_income_year", &mut p);
    if reported > 0 && start > 0 && !(reported - 1..=reported).contains(&start) {
        p.push(Problem::new(
            "start_year",
            "起点年份应为报告年份或其前一年",
            "the starting year is the reported year or the one before",
        ));
    }
    let ordinary = obj.get("builtin_ordinary_bn").and_then(Value::as_array);
    if !ordinary.is_some_and(|a| a.len() == 3 && a.iter().all(|x| x.as_f64().is_some_and(|v| (0.0..1e5).contains(&v))))
    {
        p.push(Problem::new(
            "builtin_ordinary_bn",
            "应为三个非负数（强城、兴村、融合的常规资金，十亿元）",
            "three numbers ≥ 0 (ordinary funds for urban, rural, integration; bn yuan)",
        ));
    }
    let month = obj.get("figures").and_then(|f| f.pointer("/calibration_month/value")).and_then(Value::as_f64);
    let month = month.unwrap_or(5.0);
    let fallbacks = match obj.get_mut("figures").and_then(Value::as_object_mut) {
        Some(figures) => check_figures(figures, month, &mut p),
        None => {
            p.push(Problem::new("figures", "缺少数据项表 figures", "the figures are missing"));
            Vec::new()
        }
    };
    check_series(obj.get("series"), reported, &mut p);
    if let Some(v) = obj.get("published_2025").filter(|v| !v.is_null()) {
        if serde_json::from_value::<super::region_file::Published2025>(v.clone()).is_err() {
            p.push(Problem::new("published_2025", "应为五个数（可省略）", "five numbers (may be left out)"));
        }
    }
    check_cities(obj.get("cities"), &mut p);
    check_targets(obj.get("targets"), start.max(reported), &mut p);
    let notes = history_notes(obj.get("series"));
    if !p.is_empty() {
        return Err(p);
    }
    let json = value.to_string();
    let region: Region = serde_json::from_value(value).map_err(|e| {
        vec![Problem::new("", format!("地区数据文件有误：{e}"), format!("region file is not valid: {e}"))]
    })?;
    region.scenario().validate().map_err(|e| vec![Problem { at: String::new(), message: e }])?;
    Ok(Checked { region, fallbacks, notes, json })
}

/// May a missing figure take the province's? Beliefs and levers that are
/// not money; never reported data or a sum of money.
pub fn may_fall_back(row: &Row) -> bool {
    row.role != Role::Data && row.unit != Unit::BnYuan
}

fn check_figures(figures: &mut Map<String, Value>, month: f64, p: &mut Vec<Problem>) -> Vec<&'static str> {
    for k in figures.keys().filter(|k| !ROWS.iter().any(|r| r.id == k.as_str())) {
        p.push(Problem::new(format!("figures.{k}"), format!("未知的数据项 {k}"), format!("unknown figure {k}")));
    }
    let mut fallbacks = Vec::new();
    for row in ROWS {
        let at = format!("figures.{}", row.id);
        match figures.get(row.id) {
            None if may_fall_back(row) => {
                figures.insert(row.id.to_string(), province_figure(row));
                fallbacks.push(row.id);
            }
            None => p.push(Problem::new(
                at,
                format!("缺少数据项（{}，单位 {}）", row.zh, row.unit.label(super::i18n::Lang::Zh)),
                format!("missing figure ({}, in {})", row.en, row.unit.label(super::i18n::Lang::En)),
            )),
            Some(f) => super::region_hint::check_figure(row, f, month, &at, p),
        }
    }
    fallbacks
}

/// The province's figure for `row`, labelled as such.
fn province_figure(row: &Row) -> Value {
    let f = PROVINCE.figure(row.id);
    json!({
        "value": f.value, "unit": f.unit, "range": f.range, "source": "assumption", "confidence": "A",
        "cite_zh": format!("本地区未提供：沿用全省假设（{}）", f.cite_zh),
        "cite_en": format!("not given for this region: the province's assumption ({})", f.cite_en),
    })
}
