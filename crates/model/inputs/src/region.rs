//! The region's data, read from one file compiled in
//! (`data/zhejiang-2025.json`): every figure of the built-in scenario with its
//! value, unit, range, source and confidence; the published series the
//! trends are fitted to and tested on; the cities; the targets. docs/DATA.md
//! cites every source. A planner with another region's figures writes
//! another file of the same shape; no Rust changes.
//!
//! This file holds the built-in region, read once, and what is read from it;
//! the file's shape and its reading are in `region_file.rs`.

pub use super::city::{validate_cities, City, Provenance};
pub use super::figure::{Confidence, Figure};
pub use super::region_file::{install_reader, FilledNotes, Published2025, Region, Series, TargetData};

use super::assumptions::Assumptions;
use super::scenario::{Levers, ReportedProgress, Scenario};
use crate::i18n::Bilingual;
use std::sync::LazyLock;

/// The built-in region file.
pub const ZHEJIANG_2025_JSON: &str = include_str!("../../../../data/zhejiang-2025.json");

static INSTALLED: std::sync::OnceLock<Region> = std::sync::OnceLock::new();

/// Use another region in this process (`urs --region FILE`, a test of
/// another region): before anything reads the region, as every table (the
/// parameters, the targets, the trends, the reference path) is made from it
/// once. Refused once the region was read.
pub fn install_region(region: Region) -> Result<(), Bilingual> {
    INSTALLED.set(region).map_err(|_| {
        Bilingual::new("地区数据已在使用，无法更换", "a region is already in use in this process: it cannot change")
    })
}

fn read_builtin() -> Region {
    match Region::from_json(ZHEJIANG_2025_JSON) {
        Ok(region) => region,
        Err(e) => panic!("data/zhejiang-2025.json: {e}"),
    }
}

/// The built-in province file, read once: where a region's missing beliefs
/// fall back to (`region_check`). It is compiled in and tested, so failing
/// to read it is a build defect.
pub static PROVINCE: LazyLock<Region> = LazyLock::new(read_builtin);

/// The region in use: the built-in Zhejiang file unless another was
/// installed first (`install_region`). Never copied: a reference to the one
/// installed.
pub static ZHEJIANG: LazyLock<&'static Region> = LazyLock::new(|| INSTALLED.get_or_init(read_builtin));

static BUILTIN: LazyLock<Scenario> = LazyLock::new(|| ZHEJIANG.scenario());

/// The built-in *Zhejiang 2025* scenario.
pub fn builtin_scenario() -> Scenario {
    BUILTIN.clone()
}

/// The built-in levers (the baseline every scenario is compared with).
pub fn builtin_levers() -> Levers {
    BUILTIN.levers.clone()
}

pub fn reported() -> ReportedProgress {
    BUILTIN.reported.clone()
}

pub fn assumptions() -> Assumptions {
    BUILTIN.assumptions.clone()
}

pub fn zhejiang_cities() -> Vec<City> {
    ZHEJIANG.cities.clone()
}

/// Ordinary funds per strand in the reported year, bn yuan (derived).
pub fn builtin_ordinary_bn() -> [f64; 3] {
    ZHEJIANG.builtin_ordinary_bn
}

pub static INCOME_RATIO: LazyLock<Vec<(i32, f64)>> = LazyLock::new(|| ZHEJIANG.series.income_ratio.clone());
pub static URBAN_INCOME: LazyLock<Vec<(i32, f64)>> = LazyLock::new(|| ZHEJIANG.series.urban_income.clone());
pub static RURAL_INCOME: LazyLock<Vec<(i32, f64)>> = LazyLock::new(|| ZHEJIANG.series.rural_income.clone());
pub static ALL_INCOME: LazyLock<Vec<(i32, f64)>> = LazyLock::new(|| ZHEJIANG.series.all_income.clone());
pub static URBANIZATION: LazyLock<Vec<(i32, f64)>> = LazyLock::new(|| ZHEJIANG.series.urbanization.clone());
pub static URBANIZATION_BEFORE_CENSUS: LazyLock<Vec<(i32, f64)>> =
    LazyLock::new(|| ZHEJIANG.series.urbanization_before_census.clone());
/// The built-in region's published 2025 figures, for its tests
/// (tests/published_2025.rs); another region's file need not have them.
pub static PUBLISHED_2025: LazyLock<Published2025> = LazyLock::new(|| match &ZHEJIANG.published_2025 {
    Some(p) => p.clone(),
    None => panic!("the region in use has no published 2025 figures"),
});

/// How filled values were made (shown beside every filled value), from the
/// region file: (中文, English).
pub static FILLED_RATIO_NOTE: LazyLock<(&'static str, &'static str)> =
    LazyLock::new(|| (&ZHEJIANG.filled_notes.income_ratio[0], &ZHEJIANG.filled_notes.income_ratio[1]));
pub static FILLED_POPULATION_NOTE: LazyLock<(&'static str, &'static str)> =
    LazyLock::new(|| (&ZHEJIANG.filled_notes.population[0], &ZHEJIANG.filled_notes.population[1]));
pub static FILLED_URBANIZATION_NOTE: LazyLock<(&'static str, &'static str)> =
    LazyLock::new(|| (&ZHEJIANG.filled_notes.urbanization[0], &ZHEJIANG.filled_notes.urbanization[1]));

impl Scenario {
    /// The built-in *Zhejiang 2025* scenario (the installed region's, if
    /// another was installed: `install_region`).
    pub fn zhejiang_2025() -> Scenario {
        builtin_scenario()
    }

    /// Look a built-in scenario up by its CLI name: the region in use's id
    /// (`zhejiang-2025` unless another region was installed).
    pub fn builtin(id: &str) -> Option<Scenario> {
        (id == ZHEJIANG.id).then(builtin_scenario)
    }

    /// The same data and assumptions with the built-in levers: what every
    /// scenario is compared against.
    pub fn baseline(&self) -> Scenario {
        Scenario { levers: Levers::builtin(), ..self.clone() }
    }
}

impl Levers {
    /// The built-in levers: the status quo the seed describes, from the
    /// region's data.
    pub fn builtin() -> Levers {
        builtin_levers()
    }
}

#[cfg(test)]
mod tests {
    use super::super::figure::SourceKind;
    use super::*;

    fn with(edit: impl Fn(&mut serde_json::Value)) -> Result<Region, Bilingual> {
        let mut v: serde_json::Value = serde_json::from_str(ZHEJIANG_2025_JSON).unwrap();
        edit(&mut v);
        Region::from_json(&v.to_string())
    }

    #[test]
    fn the_built_in_file_reads_and_gives_a_valid_scenario() {
        let r = Region::from_json(ZHEJIANG_2025_JSON).unwrap();
        r.scenario().validate().unwrap();
        assert_eq!(r.cities.len(), 11);
        assert_eq!(r.targets.len(), 5);
    }

    #[test]
    fn a_region_file_with_a_missing_wrong_or_extra_figure_is_refused() {
        let e = with(|v| {
            v["figures"].as_object_mut().unwrap().remove("depreciation");
        })
        .unwrap_err();
        assert!(e.en.contains("depreciation"), "{e}");
        let e = with(|v| v["figures"]["depreciation"]["unit"] = "bn_yuan".into()).unwrap_err();
        assert!(e.en.contains("unit or range"), "{e}");
        let e = with(|v| v["figures"]["depreciation"]["value"] = 0.9.into()).unwrap_err();
        assert!(e.en.contains("depreciation"), "{e}");
        let e = with(|v| v["figures"]["made_up"] = v["figures"]["depreciation"].clone()).unwrap_err();
        assert!(e.en.contains("made_up"), "{e}");
        assert!(with(|v| v["cities"] = serde_json::json!([])).is_ok(), "a region may have no cities");
    }

    #[test]
    fn every_published_or_derived_figure_cites_a_source_listed_in_docs_data_md() {
        let data = include_str!("../../../../docs/DATA.md");
        for (id, f) in &ZHEJIANG.figures {
            assert!(!f.cite_zh.trim().is_empty() && !f.cite_en.trim().is_empty(), "{id}: no citation");
            if f.confidence == Confidence::A {
                continue;
            }
            let cited: Vec<&str> = f
                .cite_en
                .split(|c: char| !c.is_ascii_alphanumeric())
                .filter(|w| w.len() >= 2 && w.starts_with('S') && w[1..].bytes().all(|b| b.is_ascii_digit()))
                .collect();
            let derived_from_model = f.source == SourceKind::Derived && f.cite_en.contains("docs/MODEL.md");
            assert!(
                !cited.is_empty() || derived_from_model,
                "{id} ({:?}) cites no source: {}",
                f.confidence,
                f.cite_en
            );
            for s in cited {
                assert!(data.contains(&format!("| {s} |")), "{id} cites {s}, which docs/DATA.md does not list");
            }
        }
    }
}
