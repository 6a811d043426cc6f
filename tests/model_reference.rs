//! Issue 23, item 7: no repository paths on screen (lever notes cited "见
//! docs/DATA.md"), a source badge a planner understands ("seed" in English),
//! and the parameters in the app's language.
#![cfg(not(target_arch = "wasm32"))]

use urban_rural_sim::i18n::Lang;
use urban_rural_sim::io::show::screen_citation;
use urban_rural_sim::model::params::{SourceKind, PARAMS};

#[test]
fn citations_on_screen_name_no_repository_path() {
    let mut with_paths = 0;
    for p in PARAMS.iter() {
        for lang in [Lang::Zh, Lang::En] {
            let raw = p.citation(lang);
            with_paths += usize::from(raw.contains("docs/"));
            let shown = screen_citation(raw, lang);
            assert!(!shown.contains("docs/") && !shown.contains(".md"), "{}: {shown}", p.id);
        }
        let zh = screen_citation(p.citation(Lang::Zh), Lang::Zh);
        assert!(!zh.contains("source") && !zh.contains("model reference"), "{}: {zh}", p.id);
    }
    assert!(with_paths > 10, "the data file cites docs/ paths: {with_paths}");
    assert_eq!(screen_citation("见 docs/DATA.md S1", Lang::Zh), "见 来源 S1");
}

#[test]
fn the_source_badge_reads_as_a_planner_would_say_it() {
    assert_eq!(SourceKind::Seed.label(Lang::En), "reported");
    assert_eq!(SourceKind::Seed.label(Lang::Zh), "报道");
}

#[test]
fn amounts_in_citations_are_grouped_as_on_screen() {
    let zh =
        screen_citation("1260.2 ÷ 3244.0 亿元：强城基准工作量 1556.2；2022–2025 年平均（71268 → 81616 元）", Lang::Zh);
    assert_eq!(zh, "1260.2 ÷ 3,244.0 亿元：强城基准工作量 1556.2；2022–2025 年平均（71268 → 81,616 元）");
    assert_eq!(screen_citation("70000 yuan in 2030", Lang::En), "70,000 yuan in 2030");
}
