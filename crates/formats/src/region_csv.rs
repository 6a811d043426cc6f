//! The region file as a spreadsheet a planner fills in WPS or Excel: UTF-8
//! CSV with a BOM, one row per figure — key, names, value, unit, range, an
//! example (the province's figure), where to find it (statistical bulletin,
//! government work report, programme plan), source, confidence and the
//! citation. `template` writes it from a region's JSON (the built-in one
//! pre-filled); `region_read.rs` reads it back into the same JSON, and the
//! model's check (`urs_model::region_check`) judges both forms alike.

use serde_json::Value;
use urs_model::params::{Role, ROWS};

/// The header row (its first cell is how a reader finds it).
pub const HEADER: [&str; 13] = [
    "key",
    "中文名",
    "English name",
    "value",
    "unit",
    "range low",
    "range high",
    "example (浙江 Zhejiang)",
    "where to find it / 出处",
    "source",
    "confidence",
    "cite_zh",
    "cite_en",
];

/// One cell, quoted when it must be (RFC 4180).
pub fn cell(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) || s.starts_with(' ') {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn line(out: &mut String, cells: &[&str]) {
    let row: Vec<String> = cells.iter().map(|c| cell(c)).collect();
    out.push_str(&row.join(","));
    out.push_str("\r\n");
}

fn num(v: Option<&Value>) -> String {
    v.map_or(String::new(), |v| match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    })
}

/// Where a planner finds a figure of `row`.
fn where_to_find(id: &str, role: Role) -> &'static str {
    match (role, id) {
        (_, id) if id.starts_with("reported_") => {
            "项目进展通报或政府工作报告 · programme progress report / government work report"
        }
        (Role::Data, id) if id.contains("income") || id.contains("population") || id.contains("urbanization") => {
            "统计公报（年度）· statistical bulletin"
        }
        (Role::Data, _) => "政府工作报告或专项规划 · government work report / programme plan",
        (Role::Lever, id) if id.contains("_bn") || id.contains("share") => {
            "项目计划与资金安排 · programme plan and budget"
        }
        (Role::Lever, _) => "政策选择，可沿用全省 · a policy choice; may keep the province's",
        (Role::Assumption, _) => "模型假设，留空即沿用全省 · a model assumption; leave empty to keep the province's",
    }
}

/// The spreadsheet of a region given as its JSON value (BOM first).
pub fn template(region: &Value) -> String {
    let mut out = String::from("\u{feff}");
    line(&mut out, &["# 城乡融合情景模拟器 地区数据表 · urban-rural-sim region file (UTF-8 CSV)"]);
    line(&mut out, &["# 每行一个数；改 value 列；留空的假设项沿用全省 · one figure a row; edit the value column; an empty assumption keeps the province's"]);
    line(&mut out, &HEADER);
    let s = |k: &str| num(region.get(k));
    for (key, zh, en, hint) in [
        ("id", "地区编号", "region id", "小写字母、数字、连字符 · lowercase, digits, hyphens"),
        ("name", "名称（中文 / English）", "name (中文 / English)", ""),
        ("reported_year", "报告年份", "reported year", "最新进展通报的年份 · year of the latest progress report"),
        ("start_year", "起点年份", "starting year", "有全年统计的最近年份 · latest year with annual statistics"),
        ("city_income_gap_year", "市际收入倍差的年份", "year of the city income gap", ""),
        ("mountain_relative_income_year", "山区县相对收入的年份", "year of the mountain counties' relative income", ""),
    ] {
        let example = num(ZHEJIANG_VALUE.get(key));
        line(&mut out, &[key, zh, en, &s(key), "", "", "", &example, hint, "", "", "", ""]);
    }
    for (i, strand) in ["urban", "rural", "integration"].iter().enumerate() {
        let key = format!("builtin_ordinary_bn.{strand}");
        let v = num(region.get("builtin_ordinary_bn").and_then(|a| a.get(i)));
        let ex = num(ZHEJIANG_VALUE.get("builtin_ordinary_bn").and_then(|a| a.get(i)));
        let (zh, en) = ("基准年常规资金（分板块）", "ordinary funds in the reported year, per strand");
        line(
            &mut out,
            &[&key, zh, en, &v, "bn_yuan", "", "", &ex, "项目计划 · programme plan", "derived", "D", "", ""],
        );
    }
    for row in ROWS {
        let f = region.get("figures").and_then(|f| f.get(row.id));
        let g = |k: &str| num(f.and_then(|f| f.get(k)));
        let r = |i: usize| num(f.and_then(|f| f.get("range")).and_then(|r| r.get(i)));
        let unit = serde_json::to_value(row.unit).ok().and_then(|u| u.as_str().map(String::from)).unwrap_or_default();
        let example = ZHEJIANG_VALUE.get("figures").and_then(|f| f.get(row.id)).and_then(|f| f.get("value"));
        let example = format!("{} ({})", num(example), row.unit.label(urs_model::i18n::Lang::Zh));
        let cells =
            [row.id, row.zh, row.en, &g("value"), &unit, &r(0), &r(1), &example, where_to_find(row.id, row.role)];
        let rest = [g("source"), g("confidence"), g("cite_zh"), g("cite_en")];
        let all: Vec<&str> = cells.iter().copied().chain(rest.iter().map(String::as_str)).collect();
        line(&mut out, &all);
    }
    if let Some(series) = region.get("series").and_then(Value::as_object) {
        for (name, points) in series {
            for p in points.as_array().into_iter().flatten() {
                let key = format!("series.{name}.{}", num(p.get(0)));
                let hint = "统计公报（历年）· statistical bulletins, one row a year";
                line(
                    &mut out,
                    &[&key, "历史数据", "history", &num(p.get(1)), "", "", "", "", hint, "statistic", "", "", ""],
                );
            }
        }
    }
    if let Some(published) = region.get("published_2025").and_then(Value::as_object) {
        for (k, v) in published {
            line(
                &mut out,
                &[&format!("published_2025.{k}"), "已公布值（检验用）", "published (for checking)", &num(Some(v))],
            );
        }
    }
    if let Some(notes) = region.get("filled_notes").and_then(Value::as_object) {
        for (k, v) in notes {
            let (zh, en) = (num(v.get(0)), num(v.get(1)));
            line(
                &mut out,
                &[
                    &format!("filled_notes.{k}"),
                    "填补说明",
                    "how filled values were made",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    "",
                    &zh,
                    &en,
                ],
            );
        }
    }
    for c in region.get("cities").and_then(Value::as_array).into_iter().flatten() {
        let id = num(c.get("id"));
        line(&mut out, &[&format!("city.{id}"), &num(c.get("zh")), &num(c.get("en"))]);
        for (field, provenance) in [
            ("income_ratio", "income_ratio_provenance"),
            ("income_ratio_year", ""),
            ("population_m", "population_provenance"),
            ("urbanization", "urbanization_provenance"),
        ] {
            let prov = if provenance.is_empty() { String::new() } else { num(c.get(provenance)) };
            line(&mut out, &[&format!("city.{id}.{field}"), "", "", &num(c.get(field)), "", "", "", "", "", &prov]);
        }
    }
    for t in region.get("targets").and_then(Value::as_array).into_iter().flatten() {
        let id = num(t.get("id"));
        let hint = "规划或政府工作报告 · programme plan / government work report";
        line(&mut out, &[&format!("target.{id}"), &num(t.get("zh")), &num(t.get("en")), "", "", "", "", "", hint]);
        for field in ["outcome", "year", "below", "threshold", "resolution"] {
            line(&mut out, &[&format!("target.{id}.{field}"), "", "", &num(t.get(field))]);
        }
    }
    out
}

/// The built-in region as a JSON value (examples in the template).
static ZHEJIANG_VALUE: std::sync::LazyLock<Value> =
    std::sync::LazyLock::new(|| urs_model::json::parse(urs_model::region::ZHEJIANG_2025_JSON).unwrap_or(Value::Null));

/// The built-in region's template, pre-filled.
pub fn builtin_template() -> String {
    template(&ZHEJIANG_VALUE)
}
