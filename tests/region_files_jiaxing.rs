//! Scenarios know their region (issue 22), in a process using Jiaxing
//! (data/jiaxing-2025.json installed as the app installs a loaded file):
//! the stamp, the link's digest, the subtitle, saved entries, decks and
//! exported files name Jiaxing; a file exported here carries Jiaxing's file,
//! which passes the region check; a file or entry of the built-in region is
//! refused, not opened on Jiaxing's data. The built-in side is in
//! tests/region_files.rs.
#![cfg(not(target_arch = "wasm32"))]

use std::sync::Once;
use urban_rural_sim::i18n::Lang;
use urban_rural_sim::io::deck::{self, Deck, Slide};
use urban_rural_sim::io::library::{import, Imported};
use urban_rural_sim::io::region_read::read_region;
use urban_rural_sim::io::region_tag;
use urban_rural_sim::io::stamp::{self, Stamp, DATA_DIGEST};
use urban_rural_sim::io::{export, link};
use urban_rural_sim::model::region::{install_region_json, ZHEJIANG};
use urban_rural_sim::model::Scenario;

fn jiaxing() -> Scenario {
    static INSTALL: Once = Once::new();
    INSTALL.call_once(|| {
        let checked = read_region(include_bytes!("../data/jiaxing-2025.json")).expect("the Jiaxing file reads");
        install_region_json(&checked.json).expect("installed before anything read a region");
    });
    assert_eq!(ZHEJIANG.id, "jiaxing-2025");
    Scenario::zhejiang_2025()
}

#[test]
fn the_stamp_link_and_subtitle_describe_jiaxing_not_the_built_in_file() {
    let s = jiaxing();
    let version = Stamp::new("2026-12-07 22:00").data_version;
    assert!(version.starts_with("jiaxing-2025 2025 #"), "{version}");
    assert_ne!(stamp::data_digest(), format!("{DATA_DIGEST:08x}"), "the digest is the loaded file's");
    let l = link::encode(&s);
    assert!(l.contains(&format!("d={}", stamp::data_digest())) && l.contains("r=jiaxing-2025"), "{l}");
    assert!(stamp::subtitle(Lang::Zh).starts_with("嘉兴 2025："));
    assert!(stamp::subtitle(Lang::En).starts_with("Jiaxing 2025:"));
}

#[test]
fn an_exported_scenario_file_carries_jiaxing_and_reads_back_here() {
    let s = jiaxing();
    let file = export::scenario_file(&s, "嘉兴 2025", &Stamp::new("2026-12-07 22:00"));
    let v: serde_json::Value = serde_json::from_str(&file).unwrap();
    assert_eq!(v["exported"]["region"], "jiaxing-2025");
    // The carried region file is the one in use, and passes the same check.
    let carried = v["exported"]["region_file"].to_string();
    let checked = read_region(carried.as_bytes()).expect("the carried region passes the check");
    assert_eq!(checked.region.id, "jiaxing-2025");
    assert!(matches!(import(&file), Ok(Imported::Scenario { .. })), "opens in a browser using Jiaxing");
}

#[test]
fn a_deck_saved_here_is_tagged_and_its_file_carries_the_region() {
    let s = jiaxing();
    let mut d = Deck::new("d1".into(), "嘉兴汇报".into(), "2026-12-07".into());
    d.slides.push(Slide::of(s, 0));
    assert_eq!(d.region.as_deref(), Some("jiaxing-2025"));
    let file = deck::export(&d);
    let v: serde_json::Value = serde_json::from_str(&file).unwrap();
    assert_eq!(v["region"], "jiaxing-2025");
    assert_eq!(v["region_file"]["id"], "jiaxing-2025");
    assert_eq!(region_tag::carried_region(&file).map(|f| f.len()), Some(v["region_file"].to_string().len()));
    assert!(matches!(import(&file), Ok(Imported::Deck(_))));
    assert_eq!(Deck::from_json(&d.to_json()).unwrap(), d, "the stored deck keeps its tag");
}

#[test]
fn a_built_in_file_is_refused_here_with_what_to_do() {
    jiaxing();
    // A deck file made before regions existed: no region, the built-in one.
    let builtin_file = serde_json::json!({
        "format": "urban-rural-sim-deck", "version": 1,
        "deck": { "id": "d", "title": "t", "saved_at": "", "model_version": "1", "slides": [] }
    })
    .to_string();
    match import(&builtin_file) {
        Ok(Imported::OtherRegion(other)) => {
            assert_eq!(other.id, "zhejiang-2025");
            assert!(other.file.is_none());
            let m = other.message();
            assert!(m.zh.contains("嘉兴 2025") && m.zh.contains("内置地区"), "{}", m.zh);
            assert!(m.en.contains("Jiaxing 2025") && m.en.contains("built-in region"), "{}", m.en);
        }
        other => panic!("a built-in deck opened on Jiaxing's data: {other:?}"),
    }
    assert!(region_tag::Foreign::check("jiaxing-2025", None, "").is_none());
}

#[test]
fn the_figures_from_the_province_and_the_short_history_are_known() {
    jiaxing();
    let from_province = ZHEJIANG.province_figures();
    assert!(from_province.len() >= 10, "{}", from_province.len());
    assert!(from_province.iter().any(|r| r.id == "depreciation"));
    assert!(!from_province.iter().any(|r| r.id == "start_urban_income"), "Jiaxing publishes its incomes");
    let n = ZHEJIANG.series.income_ratio.len();
    assert!(urban_rural_sim::model::region_parts::short_history(n).is_some(), "{n} years is short");
}
