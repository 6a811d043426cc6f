//! Reading a scenario saved by model 1.0.x or 1.1.x (format version 2,
//! before model 1.2 added the time to build) into today's model, and saying
//! what became of it. Such a file stores every value, built-in or not, so a
//! value equal to that model's built-in one takes today's built-in one (and
//! is listed as updated), a value the planner edited is mapped (the same
//! value where the setting means what it meant, else the same factor against
//! the built-in value) or listed as not carried over (data of a year a later
//! published year replaces, or a mapped value outside today's hard bounds).
//! The notes are the same list as a version-1 file's (`scenario_v1.rs`).
//!
//! A file is from before model 1.2 when it has no `gestation_years` (every
//! model since writes it), or its `exported` stamp names model 1.0 or 1.1.

use super::region::{builtin_scenario, ZHEJIANG};
use super::rows::ROWS;
use super::scenario::Scenario;
use super::scenario_v1::number;
use crate::i18n::Bilingual;

/// How an edited value reaches today's model.
#[derive(Clone, Copy, PartialEq)]
enum How {
    /// The setting means what it meant: the value itself.
    Same,
    /// Its meaning or calibration changed: today's built-in value times the
    /// file's value ÷ the old built-in one.
    Scaled,
    /// Data of the starting year (2024 in model 1.0): superseded when the
    /// file starts earlier than today.
    StartData,
    /// The city gap, superseded when its year is earlier than today's.
    CityGap,
}

/// Built-in values of models 1.0.x and 1.1.x that differ from today's, by
/// parameter id, from the history of data/zhejiang-2025.json (commits
/// 4dd3933 … 71aef95^, 2026-11-28 to 2026-12-07; model 1.0.0 started at 2024
/// until 5403fb8, model 1.1.0 at 2025).
const OLD: &[(&str, &[f64], How)] = &[
    // Model 1.2: the depreciation of infrastructure (BEA), not of all capital.
    ("depreciation", &[0.096], How::Scaled),
    ("return_urban_on_urban", &[0.06], How::Scaled),
    ("return_rural_on_rural", &[0.08], How::Scaled),
    ("urban_income_growth", &[0.0454], How::Same),
    ("income_ratio_decline", &[0.01946], How::Same),
    ("urbanization_speed", &[0.0825], How::Same),
    ("start_urban_income", &[78251.0], How::StartData),
    ("start_rural_income", &[42786.0], How::StartData),
    ("start_all_income", &[67013.0], How::StartData),
    ("start_urbanization", &[0.755], How::StartData),
    ("start_city_income_gap", &[1.64], How::CityGap),
];

/// Cities whose built-in income ratio changed: (id, ratio, its year) then.
const OLD_CITIES: &[(&str, f64, i32)] = &[("jinhua", 1.86, 2023), ("quzhou", 1.86, 2023), ("lishui", 1.86, 2023)];

/// Is this parsed format-2 file from before model 1.2?
pub fn before_1_2(file: &serde_json::Value) -> bool {
    let stamp = file.get("exported").and_then(|e| e.get("model_version")).and_then(|v| v.as_str());
    let outcomes = file.get("assumptions").and_then(|a| a.get("outcomes"));
    stamp.is_some_and(|m| m.starts_with("1.0.") || m.starts_with("1.1."))
        || outcomes.is_some_and(|o| o.get("gestation_years").is_none())
}

fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// One note, the same shape in both languages: "已换算：depreciation：0.048 →
/// 0.012（相对内置值同比例）" / "mapped: depreciation: 0.048 → 0.012 (…)".
/// `tag`: 0 updated, 1 mapped, 2 not carried over.
fn line(tag: usize, id: &str, from: &str, to: f64, why: (&str, &str)) -> Bilingual {
    let (zh, en) = [("已更新", "updated"), ("已换算", "mapped"), ("未转入", "not carried over")][tag];
    let to = number(to);
    Bilingual::new(format!("{zh}：{id}：{from} → {to}（{}）", why.0), format!("{en}: {id}: {from} → {to} ({})", why.1))
}

/// A scenario read from a model 1.0/1.1 file (`gestation_years` took its
/// default) as today's, with its notes: updated built-ins, then mapped
/// edits, then what was not carried over.
pub fn from_model_1(mut s: Scenario) -> (Scenario, Vec<Bilingual>) {
    let today = builtin_scenario();
    let (mut updated, mut mapped, mut lost) = (Vec::new(), Vec::new(), Vec::new());
    // Models 1.0/1.1 knew Zhejiang only: under another installed region
    // (`region::install_region`) its data and fitted trends are not today's
    // built-in ones, and only the model-wide depreciation is compared.
    let zhejiang = ZHEJIANG.id == "zhejiang-2025";
    let start_old = zhejiang && s.start.year < today.start.year;
    let gap_old = zhejiang && s.start.city_income_gap_year < today.start.city_income_gap_year;
    for (id, olds, how) in OLD.iter().filter(|(id, ..)| zhejiang || *id == "depreciation") {
        let Some(row) = ROWS.iter().find(|r| r.id == *id) else { continue };
        let (value, now) = ((row.get)(&s), (row.get)(&today));
        let superseded = match how {
            How::StartData => start_old,
            How::CityGap => gap_old,
            _ => false,
        };
        if same(value, now) && !superseded {
            continue;
        }
        let from = number(value);
        if olds.iter().any(|o| same(value, *o)) {
            (row.set)(&mut s, now);
            updated.push(line(0, id, &from, now, ("旧模型的内置值", "the older model's built-in value")));
            continue;
        }
        let new = match how {
            How::Same => value,
            How::Scaled => now * value / olds[0],
            How::StartData | How::CityGap if superseded => {
                (row.set)(&mut s, now);
                lost.push(line(
                    2,
                    id,
                    &from,
                    now,
                    ("该年数据已由更新的公布数据取代", "later published data replace that year's"),
                ));
                continue;
            }
            _ => continue,
        };
        // Out of today's hard bounds: the caller's `validate` refuses it.
        (row.set)(&mut s, new);
        let [lo, hi] = ZHEJIANG.figures.get(*id).map_or([new, new], |f| f.range);
        let (zh, en) = match how {
            How::Same => ("含义未变", "same meaning"),
            _ => ("相对内置值同比例", "same factor against the built-in value"),
        };
        let (zh, en) = if (lo..=hi).contains(&new) {
            (zh.to_string(), en.to_string())
        } else {
            let range = format!("{}–{}", number(lo), number(hi));
            (format!("{zh}；超出合理范围 {range}"), format!("{en}; outside the plausible range {range}"))
        };
        mapped.push(line(1, id, &from, new, (&zh, &en)));
    }
    if start_old {
        s.start.year = today.start.year;
    }
    if gap_old {
        s.start.city_income_gap_year = today.start.city_income_gap_year;
    }
    // Cities: an older built-in figure gives way to today's; edited ones stay.
    for city in s.cities.iter_mut().filter(|_| zhejiang) {
        let was = OLD_CITIES
            .iter()
            .find(|(id, r, y)| *id == city.id && same(city.income_ratio, *r) && city.income_ratio_year == *y);
        if let (Some(_), Some(now)) = (was, today.cities.iter().find(|c| c.id == city.id)) {
            (city.income_ratio, city.income_ratio_year) = (now.income_ratio, now.income_ratio_year);
            city.income_ratio_provenance = now.income_ratio_provenance;
        }
    }
    if zhejiang && s.cities != today.cities {
        mapped.push(Bilingual::new("已换算：cities：保留文件中的值", "mapped: cities: the file's values kept"));
    }
    let lag = today.assumptions.outcomes.gestation_years;
    s.assumptions.outcomes.gestation_years = lag;
    updated.push(line(
        0,
        "gestation_years",
        "—",
        lag,
        ("模型 1.2 新增：投资见效平均时滞（年）", "new in model 1.2: time to build (years)"),
    ));
    updated.extend(mapped);
    updated.extend(lost);
    (s, updated)
}

/// A share link made by model 1.0/1.1 (`m=`): the settings it carries
/// are edits against that model's built-in values, mapped as a file's are;
/// those it leaves out were built in then. Model 1.0 started at 2024 (its
/// data before the 2025 figures); both had the older depreciation. `pairs`:
/// the link's keys and values; a link of another model, or one carrying a
/// whole file (`j=`, read as a file), is left as it is. Out of today's hard
/// bounds is refused, as in a file.
pub fn link_from_model_1(s: &mut Scenario, pairs: &[(&str, &str)]) -> Result<Vec<Bilingual>, Bilingual> {
    let model = pairs.iter().find(|(k, _)| *k == "m").map_or("", |(_, v)| *v);
    let one_oh = model.starts_with("1.0.");
    if !(one_oh || model.starts_with("1.1.")) || pairs.iter().any(|(k, _)| *k == "j") {
        return Ok(Vec::new());
    }
    s.validate()?;
    for (id, olds, _) in OLD.iter().filter(|(id, ..)| one_oh || *id == "depreciation") {
        if let (false, Some(row)) = (pairs.iter().any(|(k, _)| k == id), ROWS.iter().find(|r| r.id == *id)) {
            (row.set)(s, olds[0]);
        }
    }
    if one_oh {
        s.start.year -= 1;
        s.start.city_income_gap_year = OLD_GAP_YEAR;
    }
    let (mapped, notes) = from_model_1(s.clone());
    *s = mapped;
    Ok(notes)
}

/// The year of the city gap's built-in figure before 2026-12-07 (1029ab7).
const OLD_GAP_YEAR: i32 = 2020;
