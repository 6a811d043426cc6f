//! The parameter table: every number the model uses, with its names, unit,
//! source label and plausible range. The UI's lever panel and the table in
//! docs/MODEL.md are both made from this one list (the CLI writes the doc's
//! table: crates/cli/src/doc.rs; crates/cli/tests/cli.rs keeps it in step), so
//! nothing is written twice by hand. Plausible ranges are not hard bounds
//! (those live in `Scenario::validate`); they are the sliders' ends and the
//! uncertainty band's draws.
//!
//! What a row is lives in `row.rs`, the rows in `rows.rs`, their units in
//! `unit.rs`, their numbers in the region file (`figure.rs`, `region.rs`);
//! this file joins a row with the built-in region's numbers.

pub use super::figure::SourceKind;
pub use super::row::{Group, Kind, PolicyLever, Role, Row};
pub use super::rows::ROWS;
pub use super::unit::Unit;

use super::figure::Confidence;
use super::region::ZHEJIANG;
use crate::i18n::Lang;
use std::sync::LazyLock;

/// A row with its numbers from the built-in region file: what the panels,
/// the docs and the band use. Reads as its row too (`spec.id`, `spec.get`).
pub struct ParamSpec {
    pub row: &'static Row,
    pub source: SourceKind,
    pub citation_zh: &'static str,
    pub citation_en: &'static str,
    /// Plausible range, model units.
    pub min: f64,
    pub max: f64,
    /// The built-in region's value.
    pub builtin: f64,
    pub confidence: Confidence,
}

impl std::ops::Deref for ParamSpec {
    type Target = Row;

    fn deref(&self) -> &Row {
        self.row
    }
}

/// The parameter table: every row with the built-in region's numbers.
pub static PARAMS: LazyLock<Vec<ParamSpec>> = LazyLock::new(|| {
    ROWS.iter()
        .map(|row| {
            let f = ZHEJIANG.figure(row.id);
            ParamSpec {
                row,
                source: f.source,
                citation_zh: &f.cite_zh,
                citation_en: &f.cite_en,
                min: f.range[0],
                max: f.range[1],
                builtin: f.value,
                confidence: f.confidence,
            }
        })
        .collect()
});

/// Parameters are identified by id (the table holds each once).
impl PartialEq for ParamSpec {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}

impl ParamSpec {
    pub fn name(&self, lang: Lang) -> &'static str {
        lang.pick(self.zh, self.en)
    }

    pub fn citation(&self, lang: Lang) -> &'static str {
        lang.pick(self.citation_zh, self.citation_en)
    }

    /// The built-in scenario's value (the baseline mark on a slider).
    pub fn builtin_value(&self) -> f64 {
        self.builtin
    }
}

pub fn find(id: &str) -> Option<&'static ParamSpec> {
    PARAMS.iter().find(|p| p.id == id)
}

#[cfg(test)]
mod tests {
    use super::super::scenario::Scenario;
    use super::*;

    #[test]
    fn ids_are_unique_and_builtin_values_lie_in_their_plausible_range() {
        let mut ids: Vec<_> = PARAMS.iter().map(|p| p.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), PARAMS.len());
        for p in PARAMS.iter() {
            let v = p.builtin_value();
            assert!(p.min <= v + 1e-12 && v <= p.max + 1e-12, "{} = {v} outside {}–{}", p.id, p.min, p.max);
        }
    }

    #[test]
    fn set_then_get_returns_the_value() {
        for p in PARAMS.iter() {
            let mut s = Scenario::zhejiang_2025();
            let v = if p.unit == Unit::Month { p.max } else { (p.min + p.max) / 2.0 };
            (p.set)(&mut s, v);
            assert!(((p.get)(&s) - v).abs() < 1e-12, "{}", p.id);
        }
    }
}
