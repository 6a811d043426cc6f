//! The scenario file: reading one (this format or an older one, which takes
//! the built-in region's assumptions) and writing one. Every way in goes
//! through [`Scenario::from_json`] or [`Scenario::from_value`] and then
//! [`Scenario::validate`].

use super::city::City;
use super::region::builtin_scenario;
use super::scenario::{Levers, ReportedProgress, Scenario, FORMAT_VERSION, MAX_SCENARIO_BYTES};
use crate::i18n::Bilingual;
use serde::Deserialize;

impl Scenario {
    /// Parse and validate a scenario file. Nothing is clamped or normalised:
    /// anything out of bounds is an error that says what and where.
    pub fn from_json(text: &str) -> Result<Scenario, Bilingual> {
        // Editors on Windows often save UTF-8 with a byte-order mark.
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        if text.len() > MAX_SCENARIO_BYTES {
            return Err(Bilingual::new(
                format!("情景文件过大（{} 字节，上限 1 MB）", text.len()),
                format!("scenario file too large ({} bytes, limit 1 MB)", text.len()),
            ));
        }
        let value = crate::json::parse(text)
            .map_err(|e| Bilingual::new(format!("不是有效的 JSON：{e}"), format!("not valid JSON: {e}")))?;
        Scenario::from_value(value)
    }

    /// A scenario from parsed JSON, of this format version or an older one.
    /// An exported file's `exported` member (name, version stamp, changed
    /// settings: `io::export`) says what the file is; the scenario is the rest.
    pub fn from_value(mut value: serde_json::Value) -> Result<Scenario, Bilingual> {
        if let Some(map) = value.as_object_mut() {
            match map.remove("exported") {
                None | Some(serde_json::Value::Object(_)) => {}
                Some(_) => {
                    return Err(Bilingual::new(
                        "情景文件的 exported（导出信息）应为对象",
                        "the scenario file's exported member (export information) must be an object",
                    ))
                }
            }
        }
        let version = value.get("format_version").and_then(|v| v.as_u64());
        match version {
            Some(v) if v == u64::from(FORMAT_VERSION) => {}
            Some(1) => return Scenario::from_v1(value),
            Some(v) => {
                return Err(Bilingual::new(
                    format!("不支持的情景格式版本 {v}（本程序读取版本 {FORMAT_VERSION}）"),
                    format!("unsupported scenario format version {v} (this program reads version {FORMAT_VERSION})"),
                ))
            }
            None => {
                return Err(Bilingual::new(
                    "缺少 format_version（情景格式版本）",
                    "missing format_version (scenario format version)",
                ))
            }
        }
        let scenario: Scenario = serde_json::from_value(value).map_err(|e| {
            Bilingual::new(format!("情景文件内容有误：{e}"), format!("scenario file is not valid: {e}"))
        })?;
        scenario.validate()?;
        Ok(scenario)
    }

    /// A version-1 file (model 0.2): its name, reported data, cities and
    /// levers still mean the same; its starting point and assumptions had
    /// another shape, so the current built-in ones take their place (the
    /// caller says results may differ: [`Scenario::format_notice`]).
    fn from_v1(value: serde_json::Value) -> Result<Scenario, Bilingual> {
        #[derive(Deserialize)]
        struct V1 {
            name: String,
            reported: ReportedProgress,
            cities: Vec<City>,
            levers: Levers,
        }
        let old: V1 = serde_json::from_value(value).map_err(|e| {
            Bilingual::new(
                format!("情景文件（版本 1）内容有误：{e}"),
                format!("scenario file (version 1) is not valid: {e}"),
            )
        })?;
        let scenario = Scenario {
            name: old.name,
            reported: old.reported,
            cities: old.cities,
            levers: old.levers,
            ..builtin_scenario()
        };
        scenario.validate()?;
        Ok(scenario)
    }

    /// What to tell a planner opening a file of an older format.
    pub fn format_notice(version: u64) -> Option<Bilingual> {
        (version < u64::from(FORMAT_VERSION)).then(|| {
            Bilingual::new(
                format!("此文件为旧格式（版本 {version}，模型 0.2）：名称、报道数据、城市和杠杆已读入，假设与起点采用当前内置值；同样的设置，结果可能不同。"),
                format!("This file has an older format (version {version}, model 0.2): its name, reported data, cities and levers were read; assumptions and starting point are the current built-in ones. The same settings may give different results."),
            )
        })
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::super::region::reported;
    use super::*;

    #[test]
    fn derived_plan_matches_the_domain_brief() {
        let r = reported();
        let plan = r.plan_bn();
        assert!((r.total_plan_bn() - 287.1).abs() < 0.05);
        assert!((plan[0] - 119.7).abs() < 0.05);
        assert!((plan[1] - 148.0).abs() < 0.05);
        assert!((plan[2] - 19.4).abs() < 0.05);
        assert!((r.completed_bn()[2] - 10.715).abs() < 1e-9);
        assert!((r.rates()[2] - 0.553).abs() < 5e-4);
    }

    #[test]
    fn builtin_scenario_is_valid_and_round_trips_through_json() {
        let s = Scenario::zhejiang_2025();
        s.validate().unwrap();
        assert_eq!(Scenario::from_json(&s.to_json()).unwrap(), s);
    }
}
