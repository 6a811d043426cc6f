//! Every outcome the model reports, described once: its id (the name files,
//! links and the CLI use), its name in both languages (the official wording,
//! and a short form for tight spaces), its unit, how it is rounded, which
//! way is better, whether the uncertainty band covers it and whether it can
//! be a goal. The KPI cards, the summary in words, the comparison table, the
//! CSV, the decks, the CLI, the charts and goal seek read them here.
//!
//! Adding an outcome: a variant, its row in `about` (table.rs; the match is exhaustive,
//! so the compiler asks for it), and its reading in `urs_results::read`. Its
//! targets come from the region file (`urs_results::targets`).
//!
//! A leaf of the first layer (urs-inputs): it uses only `i18n` (and serde),
//! so the region's data (its targets name an outcome) can use it, and every
//! layer above reaches it; the facade re-exports it as `urs_model::outcome`.

use crate::i18n::Lang;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The table itself: `Outcome::about`.
mod table;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Outcome {
    IncomeRatio,
    UrbanIncome,
    RuralIncome,
    AverageIncome,
    StandardsNoUrbanRuralGap,
    StandardsNoHukouGap,
    Urbanization,
    RegisteredUrbanization,
    CityIncomeGap,
    MountainRelativeIncome,
    OverallCompletion,
    UrbanCompletion,
    RuralCompletion,
    IntegrationCompletion,
}

/// Every outcome, in the order the band reports them (the band's outcomes
/// are these with `band`, in this order).
pub const OUTCOMES: [Outcome; 14] = [
    Outcome::IncomeRatio,
    Outcome::UrbanIncome,
    Outcome::RuralIncome,
    Outcome::AverageIncome,
    Outcome::StandardsNoUrbanRuralGap,
    Outcome::StandardsNoHukouGap,
    Outcome::Urbanization,
    Outcome::RegisteredUrbanization,
    Outcome::CityIncomeGap,
    Outcome::MountainRelativeIncome,
    Outcome::OverallCompletion,
    Outcome::UrbanCompletion,
    Outcome::RuralCompletion,
    Outcome::IntegrationCompletion,
];

/// What an outcome is measured in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Measure {
    /// A dimensionless ratio (1.846): no unit shown.
    Ratio,
    /// Yuan per person a year.
    Yuan,
    /// A fraction 0–1 shown as a percentage.
    Percent,
    /// Completed investment against the plan (1 = 100 %), shown as a percentage.
    PercentOfPlan,
    /// A count of basic public service standards.
    Standards,
}

impl Measure {
    /// The unit after the number ("" for a ratio).
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Measure::Ratio => "",
            Measure::Yuan => lang.pick("元", "yuan"),
            Measure::Percent | Measure::PercentOfPlan => "%",
            Measure::Standards => lang.pick("项", "standards"),
        }
    }

    /// The unit as files name it (English, for machines: the CSV's unit column).
    pub fn file_name(self) -> &'static str {
        match self {
            Measure::Ratio => "ratio",
            Measure::Yuan => "yuan",
            Measure::Percent => "%",
            Measure::PercentOfPlan => "% of plan",
            Measure::Standards => "standards",
        }
    }

    /// Shown as a percentage (a change of it is in percentage points).
    pub fn is_percent(self) -> bool {
        match self {
            Measure::Percent | Measure::PercentOfPlan => true,
            Measure::Ratio | Measure::Yuan | Measure::Standards => false,
        }
    }

    /// Model units to shown units (fractions to percent).
    pub fn scale(self) -> f64 {
        if self.is_percent() {
            100.0
        } else {
            1.0
        }
    }
}

/// One row of the outcome table.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct About {
    /// Stable id: files, links, the CLI (`income_ratio<=1.62@2030`), the band.
    pub id: &'static str,
    /// Other spellings read for it (the CLI's goal names of before).
    pub also: &'static [&'static str],
    /// The official name.
    pub zh: &'static str,
    pub en: &'static str,
    /// For tight spaces (a KPI card's title, a chart's legend, a clause).
    pub short_zh: &'static str,
    pub short_en: &'static str,
    pub unit: Measure,
    /// Decimals shown, in the shown unit (percent for fractions).
    pub places: usize,
    /// Shown as the whole number reached (a standard is closed or not).
    pub whole: bool,
    /// Lower is better (ratios, gaps); its goals are "at most".
    pub lower_is_better: bool,
    /// The uncertainty band covers it.
    pub band: bool,
    /// It can be a goal: how big a shortfall counts as one unit of the
    /// solver's penalty (None: not a goal).
    pub goal_scale: Option<f64>,
}

impl Outcome {
    /// Each strand's year-end completion, in the strands' order (`Strand::index`).
    pub const COMPLETION: [Outcome; 3] =
        [Outcome::UrbanCompletion, Outcome::RuralCompletion, Outcome::IntegrationCompletion];

    pub fn id(self) -> &'static str {
        self.about().id
    }

    /// The outcome of an id, or of one of its other spellings.
    pub fn from_id(id: &str) -> Option<Outcome> {
        OUTCOMES.into_iter().find(|o| o.id() == id || o.about().also.contains(&id))
    }

    /// The official name.
    pub fn name(self, lang: Lang) -> &'static str {
        lang.pick(self.about().zh, self.about().en)
    }

    /// The name for tight spaces.
    pub fn short(self, lang: Lang) -> &'static str {
        lang.pick(self.about().short_zh, self.about().short_en)
    }

    pub fn unit(self) -> Measure {
        self.about().unit
    }

    /// Decimals shown (in the shown unit).
    pub fn places(self) -> usize {
        self.about().places
    }

    pub fn lower_is_better(self) -> bool {
        self.about().lower_is_better
    }

    /// The uncertainty band covers it.
    pub fn has_band(self) -> bool {
        self.about().band
    }

    /// It can be a goal.
    pub fn can_be_goal(self) -> bool {
        self.about().goal_scale.is_some()
    }

    /// A model value in the shown unit: a percentage for fractions, the
    /// whole number reached for counted standards.
    pub fn shown(self, v: f64) -> f64 {
        let v = v * self.unit().scale();
        if self.about().whole {
            v.floor()
        } else {
            v
        }
    }

    /// The number as shown, `places` decimals, without its unit ("-0.0" is "0.0").
    pub fn number(self, v: f64, places: usize) -> String {
        let s = format!("{:.places$}", self.shown(v));
        if s.starts_with('-') && s[1..].chars().all(|c| c == '0' || c == '.') {
            s[1..].to_string()
        } else {
            s
        }
    }

    /// The number with the table's decimals and its unit ("1.846", "73.5 %", "64 项").
    pub fn format(self, v: f64, lang: Lang) -> String {
        self.with_unit(self.number(v, self.places()), lang)
    }

    /// A number already written, with the outcome's unit after it.
    pub fn with_unit(self, number: String, lang: Lang) -> String {
        match self.unit().label(lang) {
            "" => number,
            unit => format!("{number} {unit}"),
        }
    }

    /// The outcomes the uncertainty band covers, in the band's order.
    pub fn banded() -> impl Iterator<Item = Outcome> {
        OUTCOMES.into_iter().filter(|o| o.has_band())
    }
}

impl Serialize for Outcome {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

impl<'de> Deserialize<'de> for Outcome {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Outcome, D::Error> {
        let id = String::deserialize(d)?;
        Outcome::from_id(&id).ok_or_else(|| {
            let known: Vec<&str> = OUTCOMES.iter().map(|o| o.id()).collect();
            serde::de::Error::custom(format!("unknown outcome “{id}” (known: {})", known.join(", ")))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_outcome_is_described_in_full() {
        for o in OUTCOMES {
            let a = o.about();
            for text in [a.id, a.zh, a.en, a.short_zh, a.short_en] {
                assert!(!text.trim().is_empty(), "{o:?}: an empty name or id");
            }
            let chinese = |s: &str| s.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
            assert!(chinese(a.zh) && chinese(a.short_zh), "{o:?}: the Chinese names are Chinese");
            assert!(!chinese(a.en) && !chinese(a.short_en), "{o:?}: the English names are English");
            assert!(a.places <= 3, "{o:?}: {} decimals", a.places);
            assert!(a.goal_scale.is_none_or(|s| s > 0.0), "{o:?}: a goal's scale is positive");
            assert!(a.id.bytes().all(|b| b.is_ascii_lowercase() || b == b'_'), "{o:?}: id {}", a.id);
        }
    }

    #[test]
    fn ids_and_names_are_unique_and_read_back() {
        for (i, a) in OUTCOMES.iter().enumerate() {
            assert_eq!(Outcome::from_id(a.id()), Some(*a));
            for alias in a.about().also {
                assert_eq!(Outcome::from_id(alias), Some(*a));
            }
            for b in &OUTCOMES[i + 1..] {
                for lang in [Lang::Zh, Lang::En] {
                    assert_ne!(a.name(lang), b.name(lang));
                    assert_ne!(a.short(lang), b.short(lang));
                }
                assert_ne!(a.id(), b.id());
                assert!(!b.about().also.contains(&a.id()), "{b:?} reads {a:?}'s id");
            }
        }
        assert_eq!(Outcome::from_id("no_such_outcome"), None);
    }

    #[test]
    fn an_outcome_is_written_as_its_id_and_read_from_it_or_an_old_spelling() {
        assert_eq!(serde_json::to_string(&Outcome::CityIncomeGap).unwrap(), "\"city_income_gap\"");
        assert_eq!(serde_json::from_str::<Outcome>("\"city_gap\"").unwrap(), Outcome::CityIncomeGap);
        assert!(serde_json::from_str::<Outcome>("\"gdp\"").unwrap_err().to_string().contains("unknown outcome"));
    }

    #[test]
    fn values_are_shown_in_their_unit_with_the_tables_decimals() {
        assert_eq!(Outcome::IncomeRatio.format(1.84567, Lang::Zh), "1.846");
        assert_eq!(Outcome::MountainRelativeIncome.format(0.7349, Lang::En), "73.5 %");
        assert_eq!(Outcome::StandardsNoHukouGap.format(63.9, Lang::Zh), "63 项");
        assert_eq!(Outcome::AverageIncome.format(85_000.4, Lang::En), "85000 yuan");
        assert_eq!(Outcome::IncomeRatio.number(-0.0001, 3), "0.000");
    }
}
