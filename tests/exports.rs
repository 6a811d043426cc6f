//! What exports carry (crates/formats/src/stamp.rs, crates/formats/src/export.rs, crates/formats/src/csv.rs):
//! the stamp in both languages, numbers rounded by one table, the changed
//! settings with both values, and a scenario file that still reads back as
//! exactly the same scenario.
#![cfg(not(target_arch = "wasm32"))]

use urban_rural_sim::i18n::Lang;
use urban_rural_sim::io::csv::{summary_csv, CsvHeader};
use urban_rural_sim::io::export::{changed_settings, scenario_file};
use urban_rural_sim::io::library::{import, Imported};
use urban_rural_sim::io::link;
use urban_rural_sim::io::stamp::{data_digest, data_version, Stamp, APP_VERSION};
use urban_rural_sim::model::params::find;
use urban_rural_sim::model::{project, Scenario, MODEL_VERSION};

fn set(s: &mut Scenario, id: &str, v: f64) {
    (find(id).expect("a parameter").set)(s, v);
}

/// A scenario with a money lever, a share, an assumption and values that
/// print with float noise if not rounded.
fn changed() -> Scenario {
    let mut s = Scenario::zhejiang_2025();
    s.name = "兴村优先 A".into();
    set(&mut s, "plan_funds_bn", 360.123456789);
    set(&mut s, "execution_speed", 1.15);
    set(&mut s, "credit_take_up", 0.057988721804511284);
    s.assumptions.outcomes.return_rural_on_rural *= 1.1;
    s
}

#[test]
fn the_stamp_names_app_model_data_and_time_in_both_languages() {
    let stamp = Stamp::new("2025-07-05 14:03");
    let (zh, en) = (stamp.text(Lang::Zh), stamp.text(Lang::En));
    for line in [&zh, &en] {
        for part in [APP_VERSION, MODEL_VERSION, &data_version(), "2025-07-05 14:03"] {
            assert!(line.contains(part), "{line} lacks {part}");
        }
    }
    assert!(zh.starts_with("程序 ") && zh.contains(" · 模型 ") && zh.contains(" · 数据 "), "{zh}");
    assert!(en.starts_with("App ") && en.contains(" · model "), "{en}");
    assert!(data_version().starts_with("zhejiang-2025 2025-07-05 #"));
}

#[test]
fn the_changed_settings_are_the_levers_against_the_baseline_then_the_assumptions() {
    let s = changed();
    let c = changed_settings(&s);
    let ids: Vec<&str> = c.iter().map(|c| c.id).collect();
    let mut levers = ids[..3].to_vec();
    levers.sort();
    assert_eq!(levers, ["credit_take_up", "execution_speed", "plan_funds_bn"], "{ids:?}");
    assert_eq!(ids[3..], ["return_rural_on_rural"], "levers first, then assumptions");
    let funds = c.iter().find(|c| c.id == "plan_funds_bn").unwrap();
    assert_eq!(funds.values(), ("324.40".into(), "360.12".into()));
    assert_eq!(funds.shown(Lang::Zh), ("3,244.0 亿元".into(), "3,601.2 亿元".into()));
    assert_eq!(funds.shown(Lang::En), ("324.40 bn".into(), "360.12 bn".into()));
    let take_up = c.iter().find(|c| c.id == "credit_take_up").unwrap();
    assert_eq!(take_up.values().1, "5.8");
    assert!(changed_settings(&Scenario::zhejiang_2025()).is_empty());
    // Two values that round alike get the decimals that tell them apart.
    let mut near = Scenario::zhejiang_2025();
    set(&mut near, "plan_funds_bn", 324.404);
    let n = &changed_settings(&near)[0];
    assert_eq!(n.values(), ("324.400".into(), "324.404".into()));
}

#[test]
fn the_csv_carries_name_stamp_and_settings_and_no_float_noise() {
    let s = changed();
    let (p, b) = (project(&s), project(&s.baseline()));
    let header = CsvHeader {
        name: s.name.clone(),
        lang: Lang::En,
        stamp: Stamp::new("2025-07-05 14:03"),
        changed: changed_settings(&s),
        lines: Vec::new(),
    };
    let csv = summary_csv(&header, &p, &b);
    assert!(csv.contains("#,情景 / scenario,兴村优先 A\n"));
    assert!(csv.contains(&format!("#,程序版本 / app version,{APP_VERSION}\n")));
    assert!(csv.contains(&format!("#,模型版本 / model version,{MODEL_VERSION}\n")));
    assert!(csv.contains(&format!("#,数据版本 / data version,{}\n", data_version())));
    assert!(csv.contains("#,导出时间 / exported,2025-07-05 14:03\n"));
    assert!(csv.contains("#,改动 / changed,credit_take_up,"), "{csv:.2000}");
    // Every number in the table has at most three decimals, and the ratio
    // rows exactly three.
    for line in csv.trim_start_matches('\u{feff}').lines().filter(|l| !l.starts_with('#')).skip(1) {
        let fields: Vec<&str> = line.rsplitn(4, ',').collect();
        for number in &fields[1..3] {
            let decimals = number.split_once('.').map_or(0, |(_, d)| d.len());
            assert!(decimals <= 3 && number.parse::<f64>().is_ok(), "{line}");
        }
        if line.starts_with("城乡居民收入比") {
            assert_eq!(fields[1].split_once('.').unwrap().1.len(), 3, "{line}");
        }
    }
    let y = p.years.last().unwrap();
    assert!(csv.contains(&format!(",2030,,{:.1},", y.urbanization * 100.0)), "urbanization in percent, 1 decimal");
}

#[test]
fn the_exported_scenario_file_reads_back_exactly_and_carries_the_stamp() {
    let s = changed();
    let file = scenario_file(&s, &s.name, &Stamp::new("2025-07-05 14:03"));
    let v: serde_json::Value = serde_json::from_str(&file).unwrap();
    let e = &v["exported"];
    assert_eq!(e["name"], "兴村优先 A");
    assert_eq!(e["app_version"], APP_VERSION);
    assert_eq!(e["model_version"], MODEL_VERSION);
    assert_eq!(e["data_version"], data_version());
    assert_eq!(e["made_at"], "2025-07-05 14:03");
    let take_up = e["changed"].as_array().unwrap().iter().find(|c| c["id"] == "credit_take_up").unwrap();
    assert_eq!(take_up["scenario"], serde_json::json!(5.8));
    assert_eq!(take_up["unit"], "%");
    assert_eq!(take_up["kind"], "lever");
    // The payload is exact: both doors read back the very same scenario.
    assert_eq!(Scenario::from_json(&file).unwrap(), s);
    match import(&file).unwrap() {
        Imported::Scenario { scenario, notice } => {
            assert_eq!(*scenario, s);
            assert!(notice.is_none(), "same model: no notice");
        }
        _ => panic!("not read as a scenario"),
    }
    // The scenario part is the scenario file as before, byte for byte.
    assert!(file.starts_with(s.to_json().trim_end().trim_end_matches('}').trim_end()));
    // Files from before the stamp still import.
    assert!(matches!(import(&s.to_json()).unwrap(), Imported::Scenario { .. }));
}

#[test]
fn a_file_exported_under_another_model_opens_with_a_notice() {
    // 62 (a file)
    let s = changed();
    let mut v: serde_json::Value = serde_json::from_str(&scenario_file(&s, &s.name, &Stamp::new("x"))).unwrap();
    v["exported"]["model_version"] = "0.9.0".into();
    match import(&v.to_string()).unwrap() {
        Imported::Scenario { scenario, notice } => {
            assert_eq!(*scenario, s);
            let n = notice.expect("a notice");
            assert!(n.en.contains("exported with model version 0.9.0") && n.zh.contains("0.9.0"), "{n}");
        }
        _ => panic!("not read as a scenario"),
    }
}

#[test]
fn the_share_link_carries_the_data_digest_and_older_links_still_open() {
    // 62 (a link)
    let s = changed();
    let l = link::encode(&s);
    assert!(l.starts_with(&format!("v=1;m={MODEL_VERSION};d={};", data_digest())), "{l}");
    assert_eq!(link::decode(&l).unwrap().scenario, s);
    let older = l.replace(&format!("d={};", data_digest()), "");
    let d = link::decode(&older).unwrap();
    assert_eq!(d.scenario, s);
    assert!(d.notice.is_none());
    let other = l.replace(&data_digest(), "0badc0de");
    assert!(link::decode(&other).unwrap().notice.unwrap().en.contains("other built-in data"));
}
