//! One number of a region as its file gives it: value, unit, plausible
//! range, the kind of source and how sure it is, with its citation.

use super::unit::Unit;
use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SourceKind {
    /// Reported in the seed article.
    Seed,
    /// A published statistic.
    Statistic,
    /// Arithmetic on seed or statistics.
    Derived,
    /// The team's judgement; editable, shown as such.
    Assumption,
}

impl SourceKind {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            SourceKind::Seed => lang.pick("报道", "reported"),
            SourceKind::Statistic => lang.pick("统计", "statistic"),
            SourceKind::Derived => lang.pick("推算", "derived"),
            SourceKind::Assumption => lang.pick("假设", "assumption"),
        }
    }
}

/// How sure a figure is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Confidence {
    /// Read in the published text cited.
    V,
    /// Derived by arithmetic from read figures.
    D,
    /// An assumption, editable, with a range.
    A,
    /// Quoted, but not re-found in a primary text.
    U,
}

/// One number of the region, as its file gives it.
#[derive(Clone, Debug, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub value: f64,
    pub unit: Unit,
    /// Plausible range (model units): the slider's ends, the band's draws.
    pub range: [f64; 2],
    pub source: SourceKind,
    pub confidence: Confidence,
    pub cite_zh: String,
    pub cite_en: String,
}
