//! What every export says besides its numbers, and how it rounds them.
//!
//! **One rounding table** (`places`) for the settings an export prints (the
//! outcomes are rounded by the outcome table, `urs_model::outcome`): a
//! number is written with the decimals its unit means (docs/SCENARIOS.md,
//! "Rounding"), never as float noise (0.057988721804511284):
//!
//! | unit | written as | decimals |
//! |---|---|---|
//! | share, rate, urbanization | percent (× 100) | 1 |
//! | money | bn yuan | 2 (亿元: 1) |
//! | ratio | ratio | 3 |
//! | yuan per person | yuan | 0 |
//! | count of standards | count | 1 |
//! | multiplier | × | 2 |
//! | years | years | 1 |
//! | month | month | 0 |
//! | 万元 per person, millions of people | as is | 2 |
//! | yuan per yuan of capital | as is | 3 |
//!
//! Two values of a changed setting that would print alike get more decimals
//! until they differ (324.40 → 324.404 is not "324.40 → 324.40").
//!
//! The scenario file is the exception: its payload stays exact, so a saved or
//! exported scenario reads back as the same scenario; the export adds an
//! `exported` member beside it (name, stamp, changed settings rounded), which
//! the importer reads for its notice and the model ignores.

use super::stamp::Stamp;
use serde::Serialize;
use urs_model::i18n::{Bilingual, Lang};
use urs_model::params::{Role, Unit, PARAMS};
use urs_model::{Scenario, MODEL_VERSION};

/// Decimals of a number of `unit` as exports write it (in `scaled` units).
pub fn places(unit: Unit) -> usize {
    match unit {
        Unit::Share => 1,
        Unit::BnYuan => 2,
        Unit::Ratio | Unit::YuanPerYuan => 3,
        Unit::Yuan | Unit::Month => 0,
        Unit::Count | Unit::Years => 1,
        Unit::Multiplier | Unit::TenThousandYuan | Unit::MillionPeople => 2,
    }
}

/// A model value in the unit exports write it in (shares as percent).
pub fn scaled(unit: Unit, v: f64) -> f64 {
    if unit == Unit::Share {
        v * 100.0
    } else {
        v
    }
}

/// The unit as exports name it (English, for files and machines).
pub fn unit_name(unit: Unit) -> &'static str {
    match unit {
        Unit::Share => "%",
        Unit::BnYuan => "bn yuan",
        Unit::Ratio => "ratio",
        Unit::YuanPerYuan => "yuan/yuan·yr",
        Unit::Yuan => "yuan",
        Unit::Month => "month",
        Unit::Count => "count",
        Unit::Years => "years",
        Unit::Multiplier => "×",
        Unit::TenThousandYuan => "10k yuan/person",
        Unit::MillionPeople => "million people",
    }
}

/// `v` (model units) as text, rounded by the table, `extra` more decimals.
pub fn text(unit: Unit, v: f64, extra: usize) -> String {
    let p = places(unit) + extra;
    let s = format!("{:.p$}", scaled(unit, v));
    // "-0.0" is "0.0".
    if s.starts_with('-') && s[1..].chars().all(|c| c == '0' || c == '.') {
        s[1..].to_string()
    } else {
        s
    }
}

/// `v` rounded by the table, as a number (for JSON: 0.3884710234278668 → 38.8).
pub fn number(unit: Unit, v: f64, extra: usize) -> f64 {
    // parse_f64, not str::parse: the same value, without core's float tables in the wasm.
    super::number::parse_f64(&text(unit, v, extra)).unwrap_or(0.0)
}

/// `a` and `b` differ in what they mean: at two decimals past the table's
/// (a share only locked moves from 4.42972 % to 4.42970 %: no change).
pub fn differs(unit: Unit, a: f64, b: f64) -> bool {
    text(unit, a, 2) != text(unit, b, 2)
}

/// Extra decimals so that `a` and `b` print differently (0 if they differ as
/// rounded, at most 6).
pub fn extra_to_differ(unit: Unit, a: f64, b: f64) -> usize {
    (0..=6).find(|&e| text(unit, a, e) != text(unit, b, e)).unwrap_or(0)
}

/// `v` rounded to what it means: two decimals past the table's, in the
/// unit exports write it (0.10000000000000002 → 0.1, 1.1448028308076046 →
/// 1.1448), back in model units, as the shortest decimal that reads back.
pub fn meant(unit: Unit, v: f64) -> f64 {
    let p = places(unit) + 2;
    let shown = super::number::parse_f64(&format!("{:.p$}", scaled(unit, v))).unwrap_or(v);
    let back = if unit == Unit::Share { shown / 100.0 } else { shown };
    // Dividing by 100 brings noise back (38.85 / 100 = 0.38849999999999996):
    // the decimal of the fraction instead.
    let q = if unit == Unit::Share { p + 2 } else { p };
    super::number::parse_f64(&format!("{back:.q$}")).unwrap_or(v)
}

/// The levers of `s` rounded to what they mean (`meant`): an answer of goal
/// seek, applied, carries no float noise into the screen, the links and the
/// files. Each pot's split: the first two shares rounded, the third what is
/// left (rounded too; the sum stays within the allocation's tolerance).
pub fn rounded_levers(s: &Scenario) -> Scenario {
    use urs_model::params::Kind;
    let mut out = s.clone();
    for p in PARAMS.iter().filter(|p| p.role == Role::Lever && !matches!(p.kind, Kind::Share(..))) {
        let v = meant(p.unit, (p.get)(&out));
        (p.set)(&mut out, v.clamp(p.min, p.max));
    }
    for pot in urs_model::POTS {
        let a = pot.allocation(&out.levers);
        let (u, r) = (meant(Unit::Share, a.urban), meant(Unit::Share, a.rural));
        let i = meant(Unit::Share, (1.0 - u - r).max(0.0));
        let rounded = urs_model::Allocation::from_array([u, r, i]);
        if rounded.validate(&Bilingual::new("", "")).is_ok() {
            *pot.allocation_mut(&mut out.levers) = rounded;
        }
    }
    if out.validate().is_ok() {
        out
    } else {
        s.clone()
    }
}

/// A setting that differs: a lever against the baseline, an assumption or
/// reported figure against the built-in scenario.
#[derive(Clone, Debug, PartialEq)]
pub struct Changed {
    pub id: &'static str,
    pub zh: &'static str,
    pub en: &'static str,
    pub role: Role,
    pub unit: Unit,
    /// The baseline's (lever) or the built-in scenario's value, model units.
    pub from: f64,
    pub to: f64,
}

impl Changed {
    pub fn name(&self, lang: Lang) -> &'static str {
        lang.pick(self.zh, self.en)
    }

    /// Both values rounded alike, as exports write them.
    pub fn values(&self) -> (String, String) {
        let e = extra_to_differ(self.unit, self.from, self.to);
        (text(self.unit, self.from, e), text(self.unit, self.to, e))
    }

    /// Both values and the unit as a file in `lang` writes them: the
    /// screen's units (亿元 in Chinese, bn yuan in English), plain digits
    /// for spreadsheets ("3244.0", "3744.0", "亿元").
    pub fn in_file(&self, lang: Lang) -> (String, String, &'static str) {
        match (self.unit, lang) {
            (Unit::BnYuan, Lang::Zh) => {
                let show = |v: f64, extra: usize| format!("{:.*}", 1 + extra, v * 10.0);
                let e = (0..=6).find(|&e| show(self.from, e) != show(self.to, e)).unwrap_or(0);
                (show(self.from, e), show(self.to, e), "亿元")
            }
            (u, Lang::Zh) if u != Unit::Share => {
                let (a, b) = self.values();
                (a, b, u.label(lang))
            }
            (u, _) => {
                let (a, b) = self.values();
                (a, b, unit_name(u))
            }
        }
    }

    /// Both values as the screen shows them in `lang` (亿元 in Chinese), with
    /// the unit: ("3,244.0 亿元", "3,600.0 亿元").
    pub fn shown(&self, lang: Lang) -> (String, String) {
        let (unit, places, factor) = match (self.unit, lang) {
            (Unit::BnYuan, Lang::Zh) => ("亿元", 1, 10.0),
            (Unit::BnYuan, Lang::En) => ("bn", 2, 1.0),
            (Unit::Share, _) => ("%", 1, 100.0),
            (u, _) => (u.label(lang), places(u), 1.0),
        };
        let show = |v: f64, extra: usize| format!("{} {unit}", urs_model::i18n::grouped(v * factor, places + extra));
        let e = (0..=6).find(|&e| show(self.from, e) != show(self.to, e)).unwrap_or(0);
        (show(self.from, e), show(self.to, e))
    }
}

/// Every setting of `s` that differs: levers (against `s.baseline()`) first,
/// then assumptions and data (against the built-in scenario), in the
/// parameter table's order. Cities edited in the city table are not listed
/// (the summary counts them).
pub fn changed_settings(s: &Scenario) -> Vec<Changed> {
    let (baseline, builtin) = (s.baseline(), Scenario::zhejiang_2025());
    let mut levers = Vec::new();
    let mut others = Vec::new();
    for p in PARAMS.iter() {
        // A pot's split is listed share by share.
        let against = if p.role == Role::Lever { &baseline } else { &builtin };
        let (from, to) = ((p.get)(against), (p.get)(s));
        if !differs(p.unit, from, to) {
            continue;
        }
        let c = Changed { id: p.id, zh: p.zh, en: p.en, role: p.role, unit: p.unit, from, to };
        if p.role == Role::Lever {
            levers.push(c)
        } else {
            others.push(c)
        }
    }
    levers.extend(others);
    levers
}

/// A changed setting as the scenario file's `exported` member writes it.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ChangedEntry {
    pub id: String,
    pub zh: String,
    pub en: String,
    /// "lever", "assumption" or "data".
    pub kind: String,
    pub unit: String,
    pub baseline: f64,
    pub scenario: f64,
}

/// The `exported` member: what the file is, which build made it when
/// (`io::stamp`), and which settings it changes. Written, never read back
/// (the importer reads `model_version` for its notice and `region`).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Exported {
    pub name: String,
    pub app_version: String,
    pub model_version: String,
    pub data_version: String,
    pub made_at: String,
    pub changed: Vec<ChangedEntry>,
    /// The region in use's id (the importer reads it: `region_tag`); a
    /// loaded region's file follows as `region_file` (`scenario_file`).
    pub region: String,
}

impl Exported {
    /// `name`: what the export is named for (`stamp::export_name`).
    pub fn new(s: &Scenario, name: &str, stamp: &Stamp) -> Exported {
        let changed = changed_settings(s)
            .into_iter()
            .map(|c| {
                let e = extra_to_differ(c.unit, c.from, c.to);
                ChangedEntry {
                    id: c.id.to_string(),
                    zh: c.zh.to_string(),
                    en: c.en.to_string(),
                    kind: match c.role {
                        Role::Lever => "lever",
                        Role::Assumption => "assumption",
                        Role::Data => "data",
                    }
                    .to_string(),
                    unit: unit_name(c.unit).to_string(),
                    baseline: number(c.unit, c.from, e),
                    scenario: number(c.unit, c.to, e),
                }
            })
            .collect();
        Exported {
            name: name.to_string(),
            app_version: stamp.app_version.clone(),
            model_version: stamp.model_version.clone(),
            data_version: stamp.data_version.clone(),
            made_at: stamp.made_at.clone(),
            changed,
            region: crate::stamp::region_id().to_string(),
        }
    }
}

/// The scenario file as exported: the scenario exactly as `Scenario::to_json`
/// writes it, then `"exported": { name, app_version, model_version,
/// data_version, made_at, changed, region[, region_file] }`.
pub fn scenario_file(s: &Scenario, name: &str, stamp: &Stamp) -> String {
    let body = s.to_json();
    let meta = serde_json::to_string_pretty(&Exported::new(s, name, stamp)).unwrap_or_else(|_| "{}".into());
    let meta = crate::region_tag::with_region_file(meta);
    let meta = meta.replace('\n', "\n  ");
    match body.trim_end().strip_suffix('}') {
        Some(open) => format!("{},\n  \"exported\": {meta}\n}}\n", open.trim_end()),
        None => body,
    }
}

/// What a file's `exported` member tells the importer: a notice when it was
/// exported under another model version (the scenario itself reads the same).
pub fn import_notice(value: &serde_json::Value) -> Option<Bilingual> {
    let made = value.get("exported")?.get("model_version")?.as_str()?;
    (made != MODEL_VERSION).then(|| {
        let made: String = made.chars().take(20).collect();
        Bilingual::new(
            format!("此文件由模型版本 {made} 导出，当前为 {MODEL_VERSION}：同样的设置，结果可能不同。"),
            format!(
                "This file was exported with model version {made}; this is {MODEL_VERSION}: the same settings may give different results."
            ),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_rounds_to_what_a_number_means() {
        assert_eq!(text(Unit::Share, 0.057988721804511284, 0), "5.8");
        assert_eq!(text(Unit::BnYuan, 324.4, 0), "324.40");
        assert_eq!(text(Unit::Ratio, 1.8123456, 0), "1.812");
        assert_eq!(text(Unit::Yuan, 70123.6, 0), "70124");
        assert_eq!(text(Unit::Share, -0.00001, 0), "0.0");
        assert_eq!(number(Unit::Share, 0.3884710234278668, 0), 38.8);
        assert_eq!(extra_to_differ(Unit::BnYuan, 324.4, 324.404), 1);
        assert_eq!(extra_to_differ(Unit::BnYuan, 324.4, 360.0), 0);
    }
}
