//! The bad-input catalogue for region files (docs/SCENARIOS.md, "Bad input
//! catalogue"; tests/fixtures/region/catalogue.txt lists each file with the
//! words its English message must hold): every file is refused with a
//! bilingual message that says where and what is expected, every problem of
//! a file is listed at once, and the region in use does not change.
#![cfg(not(target_arch = "wasm32"))]

use urban_rural_sim::io::region_read::read_region;
use urban_rural_sim::model::region::{Region, ZHEJIANG, ZHEJIANG_2025_JSON};

fn has_chinese(s: &str) -> bool {
    s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

const DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/region/");

#[test]
fn every_bad_region_file_is_refused_with_its_message_in_both_languages() {
    let before = Region::clone(&ZHEJIANG);
    let catalogue = std::fs::read_to_string(format!("{DIR}catalogue.txt")).unwrap();
    let mut n = 0;
    for line in catalogue.lines().filter(|l| !l.trim().is_empty()) {
        let (file, expected) = line.split_once('\t').unwrap();
        let bytes = std::fs::read(format!("{DIR}{file}")).unwrap();
        let problems = match read_region(&bytes) {
            Ok(_) => panic!("{file}: accepted, should be refused"),
            Err(p) => p,
        };
        assert!(!problems.is_empty(), "{file}");
        let all_en: Vec<String> = problems.iter().map(|p| format!("{} {}", p.at, p.message.en)).collect();
        assert!(all_en.iter().any(|m| m.contains(expected)), "{file}: no message with “{expected}”: {all_en:#?}");
        for p in &problems {
            assert!(has_chinese(&p.message.zh), "{file}: no Chinese message: {}", p.message.zh);
        }
        n += 1;
    }
    assert!(n >= 20, "the catalogue has {n} region files, at least 20 wanted");
    assert_eq!(**ZHEJIANG, before, "a refused file changed the region in use");
}

#[test]
fn every_problem_of_a_file_is_listed_at_once_with_its_spreadsheet_row() {
    let bytes = std::fs::read(format!("{DIR}many-problems.csv")).unwrap();
    let problems = read_region(&bytes).unwrap_err();
    let text = std::fs::read_to_string(format!("{DIR}many-problems.csv")).unwrap();
    assert_eq!(problems.len(), 3, "{problems:#?}");
    for (key, hint) in
        [("start_urban_income", "万元"), ("start_urbanization", "percentage"), ("reported_total_rate", "100 %")]
    {
        let p = problems.iter().find(|p| p.at.contains(key)).unwrap_or_else(|| panic!("{key}: {problems:#?}"));
        assert!(p.message.en.contains(hint), "{}", p.message.en);
        // The row it names is the row with that key.
        let row: usize = p.at.rsplit("row ").next().unwrap().trim().parse().unwrap();
        assert!(text.lines().nth(row - 1).unwrap().starts_with(&format!("{key},")), "{key}: row {row}");
    }
}

#[test]
fn the_template_and_the_json_read_back_to_the_same_region() {
    let csv = urban_rural_sim::io::region_csv::builtin_template();
    assert!(csv.starts_with('\u{feff}'), "a BOM, so Excel and WPS read UTF-8");
    let from_csv = read_region(csv.as_bytes()).unwrap();
    let from_json = read_region(ZHEJIANG_2025_JSON.as_bytes()).unwrap();
    assert_eq!(from_csv.region, from_json.region);
    assert_eq!(from_json.region, Region::from_json(ZHEJIANG_2025_JSON).unwrap());
    assert!(from_json.fallbacks.is_empty());
}

#[test]
fn a_region_without_its_beliefs_takes_the_provinces_labelled_and_listed() {
    let checked = read_region(include_bytes!("../data/jiaxing-2025.json")).unwrap();
    assert!(checked.fallbacks.contains(&"depreciation") && checked.fallbacks.contains(&"pace_may"));
    let f = checked.region.figure("depreciation");
    assert!(f.cite_en.contains("the province's assumption") && f.cite_zh.contains("全省"), "{}", f.cite_en);
    // Its money and reported data are its own: none of them fell back.
    assert!(!checked
        .fallbacks
        .iter()
        .any(|id| id.ends_with("_bn") || id.starts_with("start_") || id.starts_with("reported_")));
    // Three years of the ratio: accepted, with the note that the band is wider.
    assert!(checked.notes.iter().any(|n| n.message.en.contains("band is wider")), "{:?}", checked.notes);
}
