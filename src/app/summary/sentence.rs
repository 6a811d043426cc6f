//! A sentence of the summary and what sentences are made of: its `Topic`
//! (the `data-topic` on the screen), bilingual joins of parts, a text-table
//! key in both languages, money that never prints as zero, and an outcome's
//! name as it reads inside a sentence.

use crate::i18n::{format_money_places, Bilingual, Lang};
use crate::model::Outcome;
use crate::text::T;
use serde::Serialize;

/// What a sentence is about (its `data-topic` on the screen).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Topic {
    /// The levers that differ from the baseline (money, then policy), or none.
    Levers,
    /// Assumptions and data that differ from the built-in scenario.
    Assumptions,
    Completion,
    Income,
    Services,
    Urbanization,
    Regions,
    /// Money over the horizon against the baseline, and the policy costs.
    Cost,
}

impl Topic {
    pub fn id(self) -> &'static str {
        match self {
            Topic::Levers => "levers",
            Topic::Assumptions => "assumptions",
            Topic::Completion => "completion",
            Topic::Income => "income",
            Topic::Services => "services",
            Topic::Urbanization => "urbanization",
            Topic::Regions => "regions",
            Topic::Cost => "cost",
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Sentence {
    pub topic: Topic,
    pub text: Bilingual,
}

/// Parts joined per language by the separator `sep`.
pub(super) fn join(parts: &[Bilingual], sep: T) -> Bilingual {
    let one = |lang: Lang| parts.iter().map(|p| p.get(lang)).collect::<Vec<_>>().join(sep.get(lang));
    Bilingual::new(one(Lang::Zh), one(Lang::En))
}

pub(super) fn concat(parts: &[Bilingual]) -> Bilingual {
    let one = |lang: Lang| parts.iter().map(|p| p.get(lang)).collect::<String>();
    Bilingual::new(one(Lang::Zh), one(Lang::En))
}

pub(super) fn text(key: T) -> Bilingual {
    Bilingual::new(key.get(Lang::Zh), key.get(Lang::En))
}

/// The same text in both languages (a number without a unit).
pub(super) fn same(s: String) -> Bilingual {
    Bilingual::new(s.clone(), s)
}

/// Money that is not zero never prints as zero: up to three more decimals.
pub(super) fn nonzero_money(bn: f64, lang: Lang) -> String {
    let shows_nonzero = |s: &String| s.split(' ').next().and_then(crate::number::parse_f64).is_some_and(|x| x != 0.0);
    (1..=4)
        .map(|p| format_money_places(bn, lang, p))
        .find(shows_nonzero)
        .unwrap_or_else(|| format_money_places(bn, lang, 4))
}

/// An outcome's name inside a sentence: the table's wording, English
/// lower-cased at its start ("the urban–rural income ratio").
pub(super) fn in_sentence(name: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => name.to_string(),
        Lang::En => {
            let mut chars = name.chars();
            chars.next().map_or(String::new(), |c| std::iter::once(c.to_ascii_lowercase()).chain(chars).collect())
        }
    }
}

/// An outcome's short name inside a sentence (`in_sentence`).
pub(super) fn short_in_sentence(o: Outcome, lang: Lang) -> String {
    in_sentence(o.short(lang), lang)
}
