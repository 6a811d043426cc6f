//! The scenario file: reading one (this format or an older one, which takes
//! the built-in region's assumptions) and writing one. Every way in goes
//! through [`Scenario::from_json`] or [`Scenario::from_value`] and then
//! [`Scenario::validate`].

use super::scenario::{Scenario, FORMAT_VERSION, MAX_SCENARIO_BYTES};
use crate::i18n::Bilingual;

impl Scenario {
    /// Parse and validate a scenario file. Nothing is clamped or normalised:
    /// anything out of bounds is an error that says what and where.
    pub fn from_json(text: &str) -> Result<Scenario, Bilingual> {
        Scenario::from_json_noted(text).map(|(s, _)| s)
    }

    /// [`Scenario::from_json`] with what became of an older file's edits
    /// (empty for a file of this format): see [`Scenario::from_value_noted`].
    pub fn from_json_noted(text: &str) -> Result<(Scenario, Vec<Bilingual>), Bilingual> {
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
        Scenario::from_value_noted(value)
    }

    /// A scenario from parsed JSON, of this format version or an older one.
    /// An exported file's `exported` member (name, version stamp, changed
    /// settings: `io::export`) says what the file is; the scenario is the rest.
    pub fn from_value(value: serde_json::Value) -> Result<Scenario, Bilingual> {
        Scenario::from_value_noted(value).map(|(s, _)| s)
    }

    /// A scenario from parsed JSON and, for an older format, one note per
    /// edit of the file: mapped to today's model, or not carried over
    /// (`scenario_v1.rs`), both languages. The app shows them as a notice,
    /// the CLI on stderr ([`Scenario::older_file_notice`]).
    pub fn from_value_noted(mut value: serde_json::Value) -> Result<(Scenario, Vec<Bilingual>), Bilingual> {
        // Saved by model 1.0/1.1 (this format, before the time to build)?
        let model_1 = super::scenario_v2::before_1_2(&value);
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
            Some(1) => return super::scenario_v1::from_v1(&value),
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
        // Hard bounds first, on the file's own values: nothing out of bounds
        // is mapped into bounds in silence.
        scenario.validate()?;
        let (scenario, notes) =
            if model_1 { super::scenario_v2::from_model_1(scenario) } else { (scenario, Vec::new()) };
        scenario.validate()?;
        Ok((scenario, notes))
    }

    /// What to tell a planner opening a file of an older format.
    pub fn format_notice(version: u64) -> Option<Bilingual> {
        (version < u64::from(FORMAT_VERSION)).then(|| {
            Bilingual::new(
                format!("此文件为旧格式（版本 {version}，模型 0.2）：名称与报道数据已读入；未改动的设置采用当前内置值，改动过的设置已换算或列于下方（未转入）。同样的设置，结果可能不同。"),
                format!("This file has an older format (version {version}, model 0.2): its name and reported data were read; settings it left as built in take today's built-in values; those it changed are mapped or listed below (not carried over). The same settings may give different results."),
            )
        })
    }

    /// What to tell a planner opening a file of this format saved by model
    /// 1.0/1.1 (`scenario_v2.rs`).
    pub fn model_1_notice() -> Bilingual {
        Bilingual::new(
            "此文件由模型 1.0/1.1 保存：未改动的设置采用当前内置值，改动过的已换算或列为未转入。同样的设置，结果可能不同。",
            "Saved by model 1.0/1.1: settings left as built in take today's built-in values; changed ones are mapped or listed as not carried over. The same settings may give different results.",
        )
    }

    /// The notice for an older file: what it is (`format_notice`, or
    /// `model_1_notice` for this format with notes), then one line per edit
    /// updated, mapped or not carried over.
    pub fn older_file_notice(version: u64, notes: &[Bilingual]) -> Option<Bilingual> {
        let model_1 = version == u64::from(FORMAT_VERSION) && !notes.is_empty();
        let head = if model_1 { Some(Scenario::model_1_notice()) } else { Scenario::format_notice(version) }?;
        let lines = |pick: fn(&Bilingual) -> &str| notes.iter().map(|n| format!("\n• {}", pick(n))).collect::<String>();
        Some(Bilingual::new(format!("{}{}", head.zh, lines(|n| &n.zh)), format!("{}{}", head.en, lines(|n| &n.en))))
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
    fn files_without_the_mountain_urbanization_take_the_built_in_one() {
        let s = Scenario::zhejiang_2025();
        assert_eq!(s.start.mountain_urbanization, crate::assumptions::builtin_mountain_urbanization());
        let mut v = serde_json::to_value(&s).unwrap();
        v["start"].as_object_mut().unwrap().remove("mountain_urbanization");
        assert_eq!(Scenario::from_value(v).unwrap(), s);
    }

    #[test]
    fn builtin_scenario_is_valid_and_round_trips_through_json() {
        let s = Scenario::zhejiang_2025();
        s.validate().unwrap();
        assert_eq!(Scenario::from_json(&s.to_json()).unwrap(), s);
    }
}
