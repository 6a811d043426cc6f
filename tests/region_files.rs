//! Scenarios know their region (issue 22), in a process using the built-in
//! region: a scenario or deck file exported for Jiaxing is not opened on
//! Zhejiang's data — the import says so in both languages and offers the
//! region file it carries, which passes the same check as a loaded one; a
//! saved entry or deck of Jiaxing is not opened or presented; files and
//! entries without a region (made before regions existed) are the built-in
//! region's and open. The Jiaxing side is in tests/region_files_jiaxing.rs.
#![cfg(not(target_arch = "wasm32"))]

use urban_rural_sim::app::store::{reduce, Action, LibraryAction, Loaded, State};
use urban_rural_sim::i18n::Lang;
use urban_rural_sim::io::deck::{self, Deck, Slide};
use urban_rural_sim::io::export;
use urban_rural_sim::io::library::{import, Entry, Imported};
use urban_rural_sim::io::region_read::read_region;
use urban_rural_sim::io::region_tag;
use urban_rural_sim::io::stamp::{self, Stamp, DATA_DIGEST};
use urban_rural_sim::model::Scenario;

/// A scenario file as a browser using Jiaxing writes it: the region's id
/// and its (completed) file in `exported`.
fn jiaxing_file() -> String {
    let jiaxing = read_region(include_bytes!("../data/jiaxing-2025.json")).unwrap();
    let file = export::scenario_file(&Scenario::zhejiang_2025(), "浙江 2025", &Stamp::new("2026-12-07 22:00"));
    let mut v: serde_json::Value = serde_json::from_str(&file).unwrap();
    v["exported"]["region"] = "jiaxing-2025".into();
    v["exported"]["region_file"] = serde_json::from_str(&jiaxing.json).unwrap();
    v.to_string()
}

#[test]
fn the_built_in_stamp_is_unchanged_and_says_its_region() {
    assert_eq!(stamp::data_digest(), format!("{DATA_DIGEST:08x}"));
    assert!(Stamp::new("t").data_version.starts_with("zhejiang-2025 2025-07-05 #"));
    assert!(stamp::subtitle(Lang::Zh).starts_with("浙江 2025："));
    let file = export::scenario_file(&Scenario::zhejiang_2025(), "浙江 2025", &Stamp::new("t"));
    let v: serde_json::Value = serde_json::from_str(&file).unwrap();
    assert_eq!(v["exported"]["region"], "zhejiang-2025");
    assert!(v["exported"].get("region_file").is_none(), "the built-in region is in every build");
    assert!(matches!(import(&file), Ok(Imported::Scenario { .. })));
}

#[test]
fn a_jiaxing_scenario_file_is_refused_and_its_region_offered() {
    match import(&jiaxing_file()) {
        Ok(Imported::OtherRegion(other)) => {
            assert_eq!(other.id, "jiaxing-2025");
            let m = other.message();
            assert!(
                m.zh.contains("“嘉兴 2025”（jiaxing-2025）") && m.zh.contains("浙江 2025") && m.zh.contains("载入"),
                "{}",
                m.zh
            );
            assert!(
                m.en.contains("jiaxing-2025") && m.en.contains("Zhejiang 2025") && m.en.contains("load"),
                "{}",
                m.en
            );
            assert_eq!(other.name.as_deref(), Some("嘉兴 2025 / Jiaxing 2025"));
            let file = other.file.expect("the file carries its region");
            // What the region worker does with it: the region taken out, checked as any loaded file.
            let carried = region_tag::carried_region(&file).expect("the region is in the file");
            let checked = read_region(carried.as_bytes()).expect("the carried region passes the check");
            assert_eq!(checked.region.id, "jiaxing-2025");
        }
        other => panic!("opened on the wrong data: {other:?}"),
    }
    // Without its region file: refused, told to load the region's file.
    let mut v: serde_json::Value = serde_json::from_str(&jiaxing_file()).unwrap();
    v["exported"].as_object_mut().unwrap().remove("region_file");
    match import(&v.to_string()) {
        Ok(Imported::OtherRegion(other)) => assert!(other.file.is_none() && other.message().en.contains("Assumptions")),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_jiaxing_deck_file_is_refused_and_a_deck_without_a_region_opens() {
    let mut d = Deck::new("d1".into(), "汇报".into(), "2026-12-07".into());
    d.slides.push(Slide::of(Scenario::zhejiang_2025(), 0));
    assert_eq!(d.region, None);
    let file = deck::export(&d);
    assert!(matches!(import(&file), Ok(Imported::Deck(_))));
    let mut v: serde_json::Value = serde_json::from_str(&file).unwrap();
    v["deck"]["region"] = "jiaxing-2025".into();
    assert!(
        matches!(import(&v.to_string()), Ok(Imported::OtherRegion(o)) if o.id == "jiaxing-2025" && o.file.is_none())
    );
}

#[test]
fn a_saved_jiaxing_entry_is_not_opened_on_zhejiang_data() {
    let scenario = Scenario { name: "嘉兴方案".into(), ..Scenario::zhejiang_2025() };
    let entry = Entry {
        id: "j".into(),
        name: "嘉兴方案".into(),
        saved_at: "t".into(),
        scenario,
        region: Some("jiaxing-2025".into()),
    };
    // Stored and read back with its tag.
    assert_eq!(Entry::from_json(&entry.to_json()).unwrap(), entry);
    let state = State::new(Scenario::zhejiang_2025(), Lang::Zh, 1280.0)
        .with_library(Loaded { entries: vec![entry], damaged: vec![] });
    let (next, _) = reduce(&state, Action::Library(LibraryAction::Open("j".into())));
    assert_eq!(next.doc.scenario, Scenario::zhejiang_2025(), "the scenario on screen is unchanged");
    let error = next.messages.error.expect("told why");
    assert!(error.zh.contains("jiaxing-2025") && error.en.contains("jiaxing-2025"), "{error:?}");
}
