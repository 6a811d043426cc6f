//! A region file as a planner hands it over — bytes, JSON or the
//! spreadsheet (region_csv.rs) — read into the region, with every problem
//! listed at once (urs_model::region_check). The app's file input, the CLI's
//! `--region` and `--check-region` all come here.

use serde_json::{json, Map, Value};
use urs_model::region_check::{check_region, read_region_json, Checked, Problem, MAX_REGION_BYTES};

/// Read a region file's bytes: JSON or CSV, UTF-8 (with or without a BOM).
pub fn read_region(bytes: &[u8]) -> Result<Checked, Vec<Problem>> {
    if bytes.len() > MAX_REGION_BYTES {
        return Err(vec![Problem::new("", "文件过大（上限 2 MB）", "the file is too large (limit 2 MB)")]);
    }
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        return Err(vec![Problem::new(
            "",
            "文件是 UTF-16 编码：请在 WPS 或 Excel 中“另存为 → CSV UTF-8（逗号分隔）”",
            "the file is UTF-16: in WPS or Excel use “Save as → CSV UTF-8 (comma delimited)”",
        )]);
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        vec![Problem::new(
            "",
            format!("文件不是 UTF-8 编码（第 {} 字节起；可能是 GBK）：请“另存为 → CSV UTF-8”", e.valid_up_to() + 1),
            format!("the file is not UTF-8 (from byte {}; GBK?): use “Save as → CSV UTF-8”", e.valid_up_to() + 1),
        )]
    })?;
    let body = text.trim_start_matches('\u{feff}').trim_start();
    if body.is_empty() {
        return Err(vec![Problem::new("", "文件是空的", "the file is empty")]);
    }
    if body.starts_with(['{', '[']) {
        read_region_json(body)
    } else {
        read_region_csv(body)
    }
}

/// Split CSV text into rows of cells (RFC 4180: quotes, doubled quotes,
/// line breaks inside quotes; a `;` or tab separator when no comma is used).
pub fn rows(text: &str) -> Vec<(usize, Vec<String>)> {
    let sep = if text.lines().take(5).any(|l| l.contains(',')) {
        ','
    } else if text.contains('\t') {
        '\t'
    } else {
        ';'
    };
    let (mut out, mut row, mut cell) = (Vec::new(), Vec::new(), String::new());
    let (mut quoted, mut line, mut start) = (false, 1, 1);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            (true, '"') => quoted = false,
            (false, '"') if cell.trim().is_empty() => {
                cell.clear();
                quoted = true;
            }
            (false, c) if c == sep => row.push(std::mem::take(&mut cell)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut cell));
                out.push((start, std::mem::take(&mut row)));
                line += 1;
                start = line;
            }
            (_, c) => {
                if c == '\n' {
                    line += 1;
                }
                cell.push(c);
            }
        }
    }
    if !cell.is_empty() || !row.is_empty() {
        row.push(cell);
        out.push((start, row));
    }
    out
}

/// A number as a planner types it: thousands separators, full-width digits,
/// a trailing % (a share).
fn number(text: &str) -> Option<f64> {
    let t: String = text
        .trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            '．' => '.',
            '－' => '-',
            c => c,
        })
        .filter(|c| !matches!(c, ',' | '，' | ' ' | '\u{a0}'))
        .collect();
    let (t, scale) = match t.strip_suffix(['%', '％']) {
        Some(t) => (t.to_string(), 0.01),
        None => (t, 1.0),
    };
    crate::number::parse_f64(&t).filter(|v| v.is_finite()).map(|v| v * scale)
}

/// Read the spreadsheet form: every row into the region's JSON, then the
/// model's check; each problem names its spreadsheet row.
pub fn read_region_csv(text: &str) -> Result<Checked, Vec<Problem>> {
    let mut problems = Vec::new();
    let mut top = Map::new();
    top.insert("format".into(), json!("urban-rural-sim-region"));
    top.insert("version".into(), json!(1));
    let (mut figures, mut series, mut published, mut notes) = (Map::new(), Map::new(), Map::new(), Map::new());
    let (mut ordinary, mut cities, mut targets) = (vec![Value::Null; 3], Vec::<Value>::new(), Vec::<Value>::new());
    // A series with no rows is an empty history (the check says if it may be).
    for name in
        ["income_ratio", "urban_income", "rural_income", "all_income", "urbanization", "urbanization_before_census"]
    {
        series.insert(name.into(), json!([]));
    }
    let mut lines: Vec<(String, usize)> = Vec::new();
    let mut header = false;
    for (n, cells) in rows(text) {
        let get = |i: usize| cells.get(i).map_or("", |s| s.trim());
        let key = get(0);
        if key.is_empty() || key.starts_with('#') {
            continue;
        }
        if key == "key" {
            header = true;
            continue;
        }
        lines.push((key.to_string(), n));
        let value = get(3);
        let numeric = |problems: &mut Vec<Problem>| match number(value) {
            Some(v) => Some(json!(v)),
            None => {
                let msg = (format!("“{value}”不是数字"), format!("“{value}” is not a number"));
                problems.push(Problem::new(format!("{key} · 行 {n} / row {n}"), msg.0, msg.1));
                None
            }
        };
        let parts: Vec<&str> = key.splitn(3, '.').collect();
        match parts.as_slice() {
            ["id"] | ["name"] => drop(top.insert(key.into(), json!(value))),
            [k] if k.ends_with("_year") && !value.is_empty() => {
                if let Some(v) = numeric(&mut problems) {
                    top.insert(key.into(), json!(v.as_f64().map_or(0, |y| y as i64)));
                }
            }
            ["builtin_ordinary_bn", strand] => {
                let i = ["urban", "rural", "integration"].iter().position(|s| s == strand);
                if let (Some(i), Some(v)) = (i, numeric(&mut problems)) {
                    ordinary[i] = v;
                }
            }
            ["series", name, year] => {
                let year = year.parse::<i64>().ok();
                if let (Some(y), Some(v)) = (year, if value.is_empty() { None } else { numeric(&mut problems) }) {
                    let list = series.entry(name.to_string()).or_insert_with(|| json!([]));
                    if let Some(a) = list.as_array_mut() {
                        a.push(json!([y, v]));
                    }
                }
            }
            ["published_2025", field] => {
                if let Some(v) = numeric(&mut problems) {
                    published.insert(field.to_string(), v);
                }
            }
            ["filled_notes", field] => drop(notes.insert(field.to_string(), json!([get(11), get(12)]))),
            ["city", id] => cities.push(json!({ "id": id, "zh": get(1), "en": get(2) })),
            ["city", id, field] => set_in(&mut cities, id, field, value, get(9), &mut problems, n),
            ["target", id] => targets.push(json!({ "id": id, "zh": get(1), "en": get(2) })),
            ["target", id, field] => set_in(&mut targets, id, field, value, "", &mut problems, n),
            [id] if value.is_empty() => {
                // An empty figure: the province's if it may fall back; else the check says it is missing.
                let _ = id;
            }
            [id] => {
                let v = numeric(&mut problems);
                let range: Vec<Value> =
                    [get(5), get(6)].iter().map(|r| number(r).map_or(Value::Null, |v| json!(v))).collect();
                figures.insert(
                    id.to_string(),
                    json!({ "value": v, "unit": get(4), "range": range, "source": get(9), "confidence": get(10),
                            "cite_zh": get(11), "cite_en": get(12) }),
                );
            }
            _ => problems.push(Problem::new(format!("{key} · 行 {n} / row {n}"), "未知的键", "unknown key")),
        }
    }
    if !header {
        problems.push(Problem::new(
            "",
            "找不到表头行（第一列为 key）：这不像地区数据表",
            "no header row (first cell “key”): not a region spreadsheet",
        ));
        return Err(problems);
    }
    top.insert("builtin_ordinary_bn".into(), Value::Array(ordinary));
    top.insert("figures".into(), Value::Object(figures));
    top.insert("series".into(), Value::Object(series));
    if !published.is_empty() {
        top.insert("published_2025".into(), Value::Object(published));
    }
    if !notes.is_empty() {
        top.insert("filled_notes".into(), Value::Object(notes));
    }
    top.insert("cities".into(), Value::Array(cities));
    top.insert("targets".into(), Value::Array(targets));
    let checked = check_region(Value::Object(top));
    let located = |mut p: Problem| {
        let key = p.at.strip_prefix("figures.").unwrap_or(&p.at).to_string();
        let line =
            lines.iter().filter(|(k, _)| key.starts_with(k.as_str()) && !k.is_empty()).max_by_key(|(k, _)| k.len());
        if let Some((_, n)) = line {
            p.at = format!("{} · 行 {n} / row {n}", p.at);
        }
        p
    };
    match checked {
        Ok(c) if problems.is_empty() => Ok(c),
        Ok(_) => Err(problems),
        Err(found) => {
            problems.extend(found.into_iter().map(located));
            Err(problems)
        }
    }
}

/// Set `field` of the city or target `id` (listed by its name row first).
fn set_in(list: &mut [Value], id: &str, field: &str, value: &str, provenance: &str, p: &mut Vec<Problem>, n: usize) {
    let Some(item) = list.iter_mut().find(|c| c.get("id").and_then(Value::as_str) == Some(id)) else {
        p.push(Problem::new(format!("{id} · 行 {n} / row {n}"), "此行之前缺少名称行", "no name row before this row"));
        return;
    };
    let v = match (field, value) {
        ("outcome", v) => json!(v),
        ("below", v) => match v.to_ascii_lowercase().as_str() {
            "true" | "1" | "低于" | "below" => json!(true),
            "false" | "0" | "达到" | "at least" => json!(false),
            _ => Value::Null,
        },
        (_, "") => return,
        (f, v) if f.ends_with("_year") || f == "year" => number(v).map_or(Value::Null, |y| json!(y as i64)),
        (_, v) => number(v).map_or(json!(v), |x| json!(x)),
    };
    item[field] = v;
    if !provenance.is_empty() {
        item[format!("{}_provenance", field.trim_end_matches("_m"))] = json!(provenance);
    }
}
