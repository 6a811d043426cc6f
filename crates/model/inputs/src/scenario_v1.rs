//! Reading a version-1 scenario file (model 0.2) into today's model, and
//! saying what became of each of its edits. An edit is a value that differs
//! from model 0.2's built-in one (`crates/model/inputs/model-0.2-builtin.json`, what that
//! version's `urs --print-builtin` wrote); an unedited value takes today's
//! built-in one, so an old file's unchanged money does not read as a policy
//! change. Each edit is either mapped (the same setting today, or its
//! successor, moved by the same factor against the built-in value) or
//! listed as not carried over (a setting today's model no longer has, or
//! data superseded by a later published year). docs/SCENARIOS.md.

use super::allocation::Allocation;
use super::region::builtin_scenario;
use super::scenario::Scenario;
use crate::i18n::Bilingual;
use serde_json::Value;

/// Model 0.2's built-in scenario file.
const V1_BUILTIN: &str = include_str!("../model-0.2-builtin.json");

/// How an edited version-1 value reaches today's model.
#[derive(Clone, Copy)]
enum How {
    /// The same meaning and scale today: the value itself.
    Same,
    /// A successor whose built-in value differs: today's built-in value
    /// times the file's value ÷ model 0.2's built-in one.
    Scaled,
}

/// Version-1 settings that map, with today's path. Anything else edited
/// (under `start`, `assumptions` or `levers`) is listed as not carried over.
const MAP: &[(&str, &str, How)] = &[
    ("levers.plan_funds_bn", "levers.plan_funds_bn", How::Scaled),
    ("assumptions.calibration_month", "assumptions.calibration_month", How::Same),
    ("assumptions.outcomes.urban_income_growth", "assumptions.outcomes.urban_income_growth", How::Same),
    ("assumptions.outcomes.standards_closing_rate", "assumptions.outcomes.standards_closing_rate", How::Scaled),
    (
        "assumptions.outcomes.hukou_standards_closing_rate",
        "assumptions.outcomes.hukou_standards_closing_rate",
        How::Scaled,
    ),
    (
        "assumptions.outcomes.services_investment_elasticity",
        "assumptions.outcomes.services_stock_elasticity",
        How::Scaled,
    ),
    ("assumptions.outcomes.urbanization_ceiling", "assumptions.outcomes.urbanization_ceiling", How::Same),
    ("assumptions.outcomes.urbanization_speed", "assumptions.outcomes.urbanization_speed", How::Scaled),
    ("assumptions.outcomes.reform_urbanization_effect", "assumptions.outcomes.reform_urbanization_effect", How::Same),
    (
        "assumptions.outcomes.urban_investment_urbanization_effect",
        "assumptions.outcomes.urban_stock_urbanization_effect",
        How::Scaled,
    ),
    ("assumptions.outcomes.hukou_conversion_rate", "assumptions.outcomes.hukou_conversion_rate", How::Scaled),
    ("assumptions.outcomes.city_gap_closing_rate", "assumptions.outcomes.city_gap_closing_rate", How::Scaled),
    ("assumptions.outcomes.mountain_catch_up_rate", "assumptions.outcomes.mountain_catch_up_rate", How::Scaled),
    ("assumptions.outcomes.regional_investment_effect", "assumptions.outcomes.regional_stock_effect", How::Scaled),
    ("start.registered_urbanization", "start.registered_urbanization", How::Same),
    ("start.standards_total", "start.standards_total", How::Same),
    ("start.standards_no_urban_rural_gap", "start.standards_no_urban_rural_gap", How::Same),
    ("start.standards_no_hukou_gap", "start.standards_no_hukou_gap", How::Same),
    // Model 0.2 started at the end of 2024: its mountain figure is 2024's,
    // the year today's starting point keeps for it.
    ("start.mountain_relative_income", "start.mountain_relative_income", How::Same),
    ("start.city_income_gap", "start.city_income_gap", How::Same),
    ("start.city_income_gap_year", "start.city_income_gap_year", How::Same),
];

/// Every number in `v` with its dotted path (array items by index).
fn leaves(v: &Value, path: String, out: &mut Vec<(String, f64)>) {
    match v {
        Value::Number(n) => out.push((path, n.as_f64().unwrap_or(f64::NAN))),
        Value::Object(map) => {
            for (k, x) in map {
                leaves(x, if path.is_empty() { k.clone() } else { format!("{path}.{k}") }, out);
            }
        }
        Value::Array(items) => {
            for (i, x) in items.iter().enumerate() {
                leaves(x, format!("{path}.{i}"), out);
            }
        }
        _ => {}
    }
}

fn slot<'a>(v: &'a mut Value, path: &str) -> Option<&'a mut Value> {
    path.split('.').try_fold(v, |v, k| match v {
        Value::Array(items) => items.get_mut(k.parse::<usize>().ok()?),
        _ => v.get_mut(k),
    })
}

pub(crate) fn number(v: f64) -> String {
    let s = format!("{v:.4}");
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// Read through the installed JSON reader (`json::parse`): serde_json's text
/// parser is not compiled into the app's wasm (the first visit's size).
fn old_builtin() -> Option<Value> {
    super::json::parse(V1_BUILTIN).ok()
}

/// Model 0.2's ordinary funds (the plan × 1.2) as today's: the same share
/// of the built-in value (344.5 bn then, 324.4 bn now).
pub fn v1_plan_funds(value: f64) -> f64 {
    let was = old_builtin().and_then(|v| v["levers"]["plan_funds_bn"].as_f64()).unwrap_or(value);
    builtin_scenario().levers.plan_funds_bn * value / was
}

/// Model 0.2's split of the ordinary funds as today's: the same tilt
/// against the built-in split (each share × today's ÷ model 0.2's built-in).
pub fn v1_plan_split(split: [f64; 3]) -> Allocation {
    let old = old_builtin().map_or([1.0; 3], |v| {
        ["urban", "rural", "integration"].map(|k| v["levers"]["plan_allocation"][k].as_f64().unwrap_or(1.0))
    });
    let now = builtin_scenario().levers.plan_allocation.as_array();
    Allocation::proportional(std::array::from_fn(|i| now[i] * split[i] / old[i].max(1e-12)))
}

/// "常规资金分配 30.0 % / 60.0 % / 10.0 %（模型 0.2）→ …" in both languages.
pub fn v1_split_note(from: [f64; 3], to: Allocation) -> Bilingual {
    let pct = |a: [f64; 3]| a.map(|x| format!("{:.1} %", 100.0 * x)).join(" / ");
    Bilingual::new(
        format!("已换算：常规资金分配 {}（模型 0.2）→ {}（相对内置分配的同样倾斜）", pct(from), pct(to.as_array())),
        format!(
            "mapped: ordinary funds' split {} (model 0.2) → {} (the same tilt against the built-in split)",
            pct(from),
            pct(to.as_array())
        ),
    )
}

/// "plan_funds_bn：320（模型 0.2）→ 301.305" in both languages.
pub fn v1_funds_note(from: f64, to: f64) -> Bilingual {
    tag(
        true,
        Bilingual::new(
            format!("levers.plan_funds_bn：{}（模型 0.2）→ levers.plan_funds_bn = {}", number(from), number(to)),
            format!("levers.plan_funds_bn: {} (model 0.2) → levers.plan_funds_bn = {}", number(from), number(to)),
        ),
    )
}

/// A version-1 file as today's scenario, with the notes on its edits
/// (mapped first, then those not carried over), each in both languages.
pub fn from_v1(file: &Value) -> Result<(Scenario, Vec<Bilingual>), Bilingual> {
    let bad = |e: String| {
        Bilingual::new(
            format!("情景文件（版本 1）内容有误：{e}"),
            format!("scenario file (version 1) is not valid: {e}"),
        )
    };
    let old_builtin: Value = super::json::parse(V1_BUILTIN).map_err(bad)?;
    let today = builtin_scenario();
    let mut out = serde_json::to_value(&today).map_err(|e| bad(e.to_string()))?;
    let (mut mapped, mut lost, mut pace) = (Vec::new(), Vec::new(), Vec::new());
    // Nothing unknown is passed over in silence.
    if let Some(extra) = file.as_object().and_then(|m| {
        m.keys().find(|k| {
            !["format_version", "name", "reported", "start", "cities", "assumptions", "levers"].contains(&k.as_str())
        })
    }) {
        return Err(bad(format!("unknown field `{extra}`")));
    }
    // Name, reported progress and the other levers mean what they meant.
    for key in ["name", "reported"] {
        let v = file.get(key).cloned().ok_or_else(|| bad(format!("missing field `{key}`")))?;
        out[key] = v;
    }
    let mut in_file = Vec::new();
    for part in ["levers", "assumptions", "start"] {
        leaves(file.get(part).ok_or_else(|| bad(format!("missing field `{part}`")))?, part.to_string(), &mut in_file);
    }
    let mut builtin_leaves = Vec::new();
    leaves(&old_builtin, String::new(), &mut builtin_leaves);
    let old_at = |path: &str| builtin_leaves.iter().find(|(p, _)| p == path).map(|(_, v)| *v);
    let mut allocation_edited = false;
    for (path, value) in &in_file {
        let Some(was) = old_at(path) else {
            lost.push(Bilingual::new(
                format!("{path} = {}（模型 0.2 无此设置）", number(*value)),
                format!("{path} = {} (not a model 0.2 setting)", number(*value)),
            ));
            continue;
        };
        if same(*value, was) {
            continue;
        }
        if path.starts_with("levers.plan_allocation.") {
            allocation_edited = true;
            continue;
        }
        let rule = MAP.iter().find(|(from, _, _)| from == path).map(|(_, to, how)| (*to, *how));
        let rule = rule.or_else(|| {
            (path.starts_with("levers.") || path.starts_with("assumptions.pace_profile."))
                .then_some((path.as_str(), How::Scaled))
        });
        let Some((to, how)) = rule else {
            lost.push(Bilingual::new(
                format!("{path} = {}（模型 0.2 内置 {}）：当前模型没有此设置或已由更新的公布数据取代", number(*value), number(was)),
                format!("{path} = {} (model 0.2 built in {}): today's model has no such setting, or later published data replace it", number(*value), number(was)),
            ));
            continue;
        };
        let Some(target) = slot(&mut out, to) else { continue };
        let now = target.as_f64().unwrap_or(0.0);
        // Levers other than the ordinary funds kept their meaning and built-in value.
        let how = if path.starts_with("levers.") && path != "levers.plan_funds_bn" { How::Same } else { how };
        let new = match how {
            How::Same => *value,
            How::Scaled if was != 0.0 => now * value / was,
            How::Scaled => *value,
        };
        *target = if to.ends_with("_year") || to.ends_with("calibration_month") {
            Value::from(new.round() as i64)
        } else {
            Value::from(new)
        };
        let note = Bilingual::new(
            format!("{path}：{}（模型 0.2）→ {to} = {}", number(*value), number(new)),
            format!("{path}: {} (model 0.2) → {to} = {}", number(*value), number(new)),
        );
        if path.starts_with("assumptions.pace_profile.") {
            pace.push(note)
        } else {
            mapped.push(note)
        }
    }
    if allocation_edited {
        // The file's split against model 0.2's built-in split, applied to today's.
        let a = &file["levers"]["plan_allocation"];
        let from = ["urban", "rural", "integration"].map(|k| a[k].as_f64().unwrap_or(0.0));
        let split = v1_plan_split(from);
        out["levers"]["plan_allocation"] = serde_json::to_value(split).map_err(|e| bad(e.to_string()))?;
        let note = v1_split_note(from, split);
        mapped.push(Bilingual::new(note.zh.replacen("已换算：", "", 1), note.en.replacen("mapped: ", "", 1)));
    }
    // Cities: model 0.2's built-in ones give way to today's; edited ones stay.
    let (file_cities, old_cities) = (file.get("cities"), old_builtin.get("cities"));
    if file_cities != old_cities {
        out["cities"] = file_cities.cloned().ok_or_else(|| bad("missing field `cities`".to_string()))?;
        mapped.push(Bilingual::new("城市数据：保留文件中的值", "cities: the file's values kept"));
    }
    let read = |v: Value| -> Result<Scenario, Bilingual> {
        let s: Scenario = serde_json::from_value(v).map_err(|e| bad(e.to_string()))?;
        s.validate().map(|()| s)
    };
    // Months of the pace profile, each moved by its own factor, may no longer
    // rise month by month: then the file's profile is not carried over.
    let scenario = match read(out.clone()) {
        Err(why) if !pace.is_empty() => {
            out["assumptions"]["pace_profile"] =
                serde_json::to_value(today.assumptions.pace_profile).map_err(|e| bad(e.to_string()))?;
            lost.extend(
                pace.drain(..)
                    .map(|n| Bilingual::new(format!("{}（{}）", n.zh, why.zh), format!("{} ({})", n.en, why.en))),
            );
            read(out)?
        }
        other => other?,
    };
    mapped.append(&mut pace);
    let notes = mapped.into_iter().map(|m| (true, m)).chain(lost.into_iter().map(|l| (false, l)));
    Ok((scenario, notes.map(|(ok, n)| tag(ok, n)).collect()))
}

/// "已换算：…" / "mapped: …", or "未转入：…" / "not carried over: …".
fn tag(mapped: bool, n: Bilingual) -> Bilingual {
    let (zh, en) = if mapped { ("已换算", "mapped") } else { ("未转入", "not carried over") };
    Bilingual::new(format!("{zh}：{}", n.zh), format!("{en}: {}", n.en))
}
