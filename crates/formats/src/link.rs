//! Share links: the whole scenario in the URL fragment, compact.
//!
//! `#v=1;m=1.0.0;d=1a2b3c4d;n=Name;execution_speed=1.2;a.plan=0.5,0.3,0.2;c.jiaxing=1.7,5.584,0.732`
//!
//! Only what differs from the built-in scenario is written: parameters by
//! their id in the parameter table (ids are a forever contract: a fixture
//! test keeps a v1 link opening), allocations as three shares, cities as
//! ratio, population, urbanization. Anything a link of this form cannot carry
//! (a scenario loaded from a file that changed fields no control edits) goes
//! as `j=` + the scenario JSON in base64url: longer, but never lossy.
//! `m` is the model version the link was made with: another version opens,
//! with a notice that results may differ. `d` is the digest of the built-in
//! data the link was made with (`io::stamp`; links before it have none and
//! open as ever): the link carries only what differs from the built-in
//! scenario, so under other built-in data it opens with a notice that the
//! settings it does not carry now come from other data.
//!
//! After the scenario, what the planner was looking at (`LinkView`): `y=` the
//! year on screen and `k=` how many charts (1, 2 or 4), so a phone in the room
//! opens the year the room is looking at.

use super::check_name;
use super::stamp::{data_digest, DATA_ID};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use urs_model::i18n::Bilingual;
use urs_model::inputs::scenario_v1::{v1_funds_note, v1_plan_funds, v1_plan_split, v1_split_note};
use urs_model::inputs::scenario_v2;
use urs_model::params::{Kind, ParamSpec, PARAMS};
use urs_model::{Allocation, Scenario, MODEL_VERSION, POTS};

pub const LINK_VERSION: u32 = 1;
/// Longest link fragment decoded (characters).
pub const MAX_LINK_CHARS: usize = 200_000;

fn pot_key(pot: urs_model::Pot) -> &'static str {
    pot.share_param_prefix().trim_end_matches("_share_")
}

fn is_share(p: &ParamSpec) -> bool {
    matches!(p.kind, Kind::Share(..))
}

/// Shortest text that reads back as the same f64.
fn num(v: f64) -> String {
    format!("{v}")
}

pub fn encode(s: &Scenario) -> String {
    let builtin = Scenario::zhejiang_2025();
    let mut parts = vec![format!("v={LINK_VERSION}"), format!("m={MODEL_VERSION}"), format!("d={}", data_digest())];
    parts.extend(region_part());
    if s.name != builtin.name {
        parts.push(format!("n={}", percent_encode(&s.name)));
    }
    for p in PARAMS.iter().filter(|p| !is_share(p)) {
        let v = (p.get)(s);
        if v != (p.get)(&builtin) {
            parts.push(format!("{}={}", p.id, num(v)));
        }
    }
    for pot in POTS {
        let a = pot.allocation(&s.levers);
        if a != pot.allocation(&builtin.levers) {
            parts.push(format!("a.{}={},{},{}", pot_key(pot), num(a.urban), num(a.rural), num(a.integration)));
        }
    }
    for (c, b) in s.cities.iter().zip(&builtin.cities) {
        if (c.income_ratio, c.population_m, c.urbanization) != (b.income_ratio, b.population_m, b.urbanization) {
            parts.push(format!("c.{}={},{},{}", c.id, num(c.income_ratio), num(c.population_m), num(c.urbanization)));
        }
    }
    let compact = parts.join(";");
    // Never lossy: if the compact form does not read back to the same
    // scenario, carry the whole scenario instead.
    match decode(&compact) {
        Ok(d) if d.scenario == *s => compact,
        _ => {
            let r = region_part().map_or(String::new(), |r| format!(";{r}"));
            format!(
                "v={LINK_VERSION};m={MODEL_VERSION};d={}{r};j={}",
                data_digest(),
                URL_SAFE_NO_PAD.encode(s.to_json())
            )
        }
    }
}

/// What the planner was looking at, carried beside the scenario.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct LinkView {
    /// The year on screen (`y=`), a calendar year.
    pub year: Option<i32>,
    /// How many charts were shown (`k=`): 1, 2 or 4.
    pub charts: Option<u8>,
}

/// The link of `s` with the view after it.
pub fn encode_with_view(s: &Scenario, view: LinkView) -> String {
    let mut text = encode(s);
    if let Some(year) = view.year {
        text.push_str(&format!(";y={year}"));
    }
    if let Some(charts) = view.charts {
        text.push_str(&format!(";k={charts}"));
    }
    text
}

#[derive(Debug)]
pub struct Decoded {
    pub scenario: Scenario,
    /// Set when the link was made with another model version.
    pub notice: Option<Bilingual>,
    /// The year and layout the link was made at (none in older links).
    pub view: LinkView,
}

/// `r=<id>` when the region in use is not the built-in one: a link knows its
/// region (issue 22), and a browser using another region refuses it.
fn region_part() -> Option<String> {
    (urs_model::region::ZHEJIANG.id != DATA_ID).then(|| format!("r={}", urs_model::region::ZHEJIANG.id))
}

/// A link made for region `r` (the built-in one when it says none).
fn check_region(r: &str) -> Result<(), Bilingual> {
    let here = &urs_model::region::ZHEJIANG.id;
    if r == here.as_str() {
        return Ok(());
    }
    let r: String = r.chars().take(40).collect();
    Err(bad(
        format!("此链接属于地区“{r}”，当前为“{here}”：请先在“假设”页载入该地区的数据文件"),
        format!("this link is for the region “{r}”, this browser uses “{here}”: load that region's file first (Assumptions tab)"),
    ))
}

fn bad(zh: impl Into<String>, en: impl Into<String>) -> Bilingual {
    Bilingual::new(format!("分享链接无效：{}", zh.into()), format!("invalid share link: {}", en.into()))
}

fn number(key: &str, text: &str) -> Result<f64, Bilingual> {
    // Only plain decimal numbers: "NaN", "inf" and hex never come from us.
    let plain =
        !text.is_empty() && text.chars().all(|c| c.is_ascii_digit() || matches!(c, '.' | '-' | 'e' | 'E' | '+'));
    match crate::number::parse_f64(text) {
        Some(v) if plain && v.is_finite() => Ok(v),
        _ => Err(bad(format!("{key} 的值“{text}”不是数字"), format!("the value “{text}” of {key} is not a number"))),
    }
}

fn numbers<const N: usize>(key: &str, text: &str) -> Result<[f64; N], Bilingual> {
    let parts: Vec<&str> = text.split(',').collect();
    if parts.len() != N {
        return Err(bad(format!("{key} 需要 {N} 个数"), format!("{key} needs {N} numbers")));
    }
    let mut out = [0.0; N];
    for (o, p) in out.iter_mut().zip(parts) {
        *o = number(key, p)?;
    }
    Ok(out)
}

/// A value quoted in a message: at most 12 characters.
fn short(value: &str) -> String {
    match value.char_indices().nth(12) {
        Some((cut, _)) => format!("{}…", &value[..cut]),
        None => value.to_string(),
    }
}

/// Read a link fragment (with or without the leading `#`).
pub fn decode(fragment: &str) -> Result<Decoded, Bilingual> {
    let text = fragment.strip_prefix('#').unwrap_or(fragment).trim();
    if text.len() > MAX_LINK_CHARS {
        return Err(bad("过长", "too long"));
    }
    let mut pairs = Vec::new();
    for part in text.split(';').filter(|p| !p.is_empty()) {
        let (k, v) =
            part.split_once('=').ok_or_else(|| bad(format!("“{part}”缺少 ="), format!("“{part}” has no =")))?;
        if pairs.iter().any(|(seen, _)| *seen == k) {
            return Err(bad(format!("{k} 出现了两次"), format!("{k} appears twice")));
        }
        pairs.push((k, v));
    }
    match pairs.first() {
        Some(("v", v)) if *v == LINK_VERSION.to_string() => {}
        Some(("v", v)) => {
            return Err(bad(
                format!("链接格式版本 {v} 由更新的版本生成，本程序读取版本 {LINK_VERSION}"),
                format!(
                    "link format version {v} comes from a newer version; this program reads version {LINK_VERSION}"
                ),
            ))
        }
        _ => return Err(bad("缺少版本号（v=）", "no version (v=) at the start")),
    }
    let mut scenario = Scenario::zhejiang_2025();
    let mut notice = None;
    let mut data_notice: Option<Bilingual> = None;
    // Settings an older model had and this one has not: skipped, and named
    // in the notice (the link says it came from another model version).
    let other_model = pairs.iter().any(|(k, v)| *k == "m" && *v != MODEL_VERSION);
    let mut dropped: Vec<&str> = Vec::new();
    let mut view = LinkView::default();
    // What became of a model 1.0/1.1 link's settings (`scenario_v2.rs`).
    let mut older = Vec::new();
    check_region(pairs.iter().find(|(k, _)| *k == "r").map_or(DATA_ID, |(_, r)| r))?;
    for &(key, value) in &pairs[1..] {
        match key {
            "r" => {}
            "y" => {
                view.year = Some(
                    value
                        .parse::<i32>()
                        .ok()
                        .filter(|y| (2000..=2100).contains(y) && !value.starts_with('+'))
                        .ok_or_else(|| {
                            bad(
                                format!("年份“{}”无效", short(value)),
                                format!("the year “{}” is not valid", short(value)),
                            )
                        })?,
                );
            }
            "k" => {
                view.charts = Some(match value {
                    "1" => 1,
                    "2" => 2,
                    "4" => 4,
                    _ => {
                        return Err(bad(
                            format!("图表数“{}”无效（1、2 或 4）", short(value)),
                            format!("the number of charts “{}” is not valid (1, 2 or 4)", short(value)),
                        ))
                    }
                });
            }
            "m" => {
                if value != MODEL_VERSION {
                    notice = Some(Bilingual::new(
                        format!("此链接由模型版本 {value} 生成，当前为 {MODEL_VERSION}：同样的设置，结果可能不同。"),
                        format!(
                            "This link was made with model version {value}; this is {MODEL_VERSION}: the same settings may give different results."
                        ),
                    ));
                }
            }
            "d" => {
                if value.is_empty() || value.len() > 16 || !value.bytes().all(|b| b.is_ascii_hexdigit()) {
                    return Err(bad(
                        format!("数据版本“{value}”无效"),
                        format!("the data version “{value}” is not valid"),
                    ));
                }
                if value != data_digest() {
                    data_notice = Some(Bilingual::new(
                        format!("此链接由另一版内置数据（{value}）生成，当前为 {}：链接未改动的设置取自当前数据，结果可能不同。", data_digest()),
                        format!(
                            "This link was made with other built-in data ({value}); this is {}: the settings it does not change come from this data, so results may differ.",
                            data_digest()
                        ),
                    ));
                }
            }
            "n" => {
                let name =
                    percent_decode(value).ok_or_else(|| bad("名称编码有误", "the name is not properly encoded"))?;
                scenario.name = check_name(&name).map_err(|e| bad(e.zh, e.en))?;
            }
            "j" => {
                let bytes = URL_SAFE_NO_PAD
                    .decode(value)
                    .map_err(|_| bad("j= 内容不是有效的 base64url", "j= is not valid base64url"))?;
                let json = String::from_utf8(bytes).map_err(|_| bad("j= 内容不是 UTF-8", "j= is not UTF-8"))?;
                let (s, notes) = Scenario::from_json_noted(&json).map_err(|e| bad(e.zh, e.en))?;
                (scenario, older) = (s, notes);
            }
            _ if key.starts_with("a.") => {
                let pot = POTS
                    .into_iter()
                    .find(|p| pot_key(*p) == &key[2..])
                    .ok_or_else(|| bad(format!("未知的分配 {key}"), format!("unknown allocation {key}")))?;
                let [u, r, i] = numbers::<3>(key, value)?;
                *pot.allocation_mut(&mut scenario.levers) = Allocation { urban: u, rural: r, integration: i };
            }
            _ if key.starts_with("c.") => {
                let city = scenario
                    .cities
                    .iter_mut()
                    .find(|c| c.id == key[2..])
                    .ok_or_else(|| bad(format!("未知的城市 {key}"), format!("unknown city {key}")))?;
                let [ratio, population, urbanization] = numbers::<3>(key, value)?;
                (city.income_ratio, city.population_m, city.urbanization) = (ratio, population, urbanization);
            }
            _ => {
                let Some(p) = PARAMS.iter().find(|p| p.id == key && !is_share(p)) else {
                    if other_model && key.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
                        dropped.push(key);
                        continue;
                    }
                    return Err(bad(format!("未知的设置 {key}"), format!("unknown setting {key}")));
                };
                let v = number(key, value)?;
                if p.id == "calibration_month" && (v.fract() != 0.0 || !(1.0..=11.0).contains(&v)) {
                    return Err(bad(format!("报告期月份 {v} 无效"), format!("reporting month {v} is not valid")));
                }
                (p.set)(&mut scenario, v);
            }
        }
    }
    // Model 0.x's ordinary funds were the plan × 1.2 and its split the
    // plan's: a link from it carries them in that sense, so they are mapped
    // to today's (the same share of, and tilt against, the built-in money),
    // and the notice says so, rather than read as a policy change.
    let mut mapped = Vec::new();
    if pairs.iter().any(|(k, v)| *k == "m" && v.starts_with("0.")) {
        if pairs.iter().any(|(k, _)| *k == "plan_funds_bn") {
            let from = scenario.levers.plan_funds_bn;
            scenario.levers.plan_funds_bn = v1_plan_funds(from);
            mapped.push(v1_funds_note(from, scenario.levers.plan_funds_bn));
        }
        if pairs.iter().any(|(k, _)| *k == "a.plan") {
            let from = scenario.levers.plan_allocation.as_array();
            scenario.levers.plan_allocation = v1_plan_split(from);
            mapped.push(v1_split_note(from, scenario.levers.plan_allocation));
        }
    }
    older.extend(scenario_v2::link_from_model_1(&mut scenario, &pairs).map_err(|e| bad(e.zh, e.en))?);
    mapped.append(&mut older);
    scenario.validate().map_err(|e| bad(e.zh, e.en))?;
    if let Some(n) = &mut notice {
        for m in &mapped {
            n.zh.push_str(&format!("{}。", m.zh));
            n.en.push_str(&format!(" {}.", m.en));
        }
    }
    if let (Some(n), false) = (&mut notice, dropped.is_empty()) {
        let list = dropped.join(", ");
        n.zh.push_str(&format!("当前模型已无以下设置，已忽略：{list}。"));
        n.en.push_str(&format!(" Settings this model no longer has were ignored: {list}."));
    }
    let notice = match (notice, data_notice) {
        (Some(n), Some(d)) => Some(Bilingual::new(format!("{}{}", n.zh, d.zh), format!("{} {}", n.en, d.en))),
        (n, d) => n.or(d),
    };
    Ok(Decoded { scenario, notice, view })
}

/// Percent-encode everything but unreserved ASCII (RFC 3986).
fn percent_encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = s.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_scenario_is_a_tiny_link() {
        assert_eq!(encode(&Scenario::zhejiang_2025()), format!("v=1;m={MODEL_VERSION};d={}", data_digest()));
    }

    #[test]
    fn a_link_from_other_built_in_data_opens_with_a_notice_and_one_without_d_as_ever() {
        let d = decode(&format!("v=1;m={MODEL_VERSION};d=00000000;hukou_reform=1.5")).unwrap();
        assert_eq!(d.scenario.levers.hukou_reform, 1.5);
        let n = d.notice.expect("a notice");
        assert!(n.zh.contains("00000000") && n.en.contains("other built-in data"), "{n}");
        let same = decode(&format!("v=1;m={MODEL_VERSION};d={};hukou_reform=1.5", data_digest())).unwrap();
        assert!(same.notice.is_none());
        let old = decode(&format!("v=1;m={MODEL_VERSION};hukou_reform=1.5")).unwrap();
        assert!(old.notice.is_none() && old.scenario == same.scenario);
        assert!(decode(&format!("v=1;m={MODEL_VERSION};d=xyz")).is_err());
    }

    #[test]
    fn a_typical_scenario_round_trips_in_under_300_characters() {
        let mut s = Scenario::zhejiang_2025();
        s.name = "兴村优先 方案 A".into();
        s.levers.execution_speed = 1.15;
        s.levers.plan_funds_bn = 320.0;
        s.levers.hukou_reform = 1.5;
        let a = s.levers.plan_allocation;
        s.levers.plan_allocation = a.set_share(urs_model::Strand::Rural, 0.6, None);
        s.assumptions.outcomes.return_rural_on_rural = 0.1;
        s.cities[3].income_ratio = 1.6;
        let link = encode(&s);
        assert!(link.len() <= 300, "{} chars: {link}", link.len());
        assert!(!link.contains("j="), "{link}");
        assert_eq!(decode(&link).unwrap().scenario, s);
    }

    #[test]
    fn a_scenario_the_compact_form_cannot_carry_goes_whole() {
        let mut s = Scenario::zhejiang_2025();
        s.start.city_income_gap_year = 2020;
        let link = encode(&s);
        assert!(link.contains(";j="), "{link}");
        assert_eq!(decode(&link).unwrap().scenario, s);
    }

    #[test]
    fn a_link_from_model_0_2_opens_without_the_settings_this_model_dropped() {
        let d = decode("v=1;m=0.2.1;funding_elasticity=0.8;hukou_reform=1.5").unwrap();
        assert_eq!(d.scenario.levers.hukou_reform, 1.5);
        let notice = d.notice.expect("a notice");
        assert!(notice.en.contains("funding_elasticity") && notice.zh.contains("funding_elasticity"), "{notice}");
        // From this model version, an unknown setting is an error, not a guess.
        assert!(decode(&format!("v=1;m={MODEL_VERSION};funding_elasticity=0.8")).is_err());
    }
}
