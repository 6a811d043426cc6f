//! The units of the parameter table, their names in both languages, and the
//! scale a number is shown at (亿元 for bn yuan in Chinese, % for a share).

use crate::i18n::Lang;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    /// Billions of yuan (shown as 亿元 in Chinese: 1 bn = 10 亿).
    BnYuan,
    /// A fraction 0–1 shown as %.
    Share,
    /// A dimensionless multiplier (1 = as usual).
    Multiplier,
    /// A month of the year, 1–12.
    Month,
    /// Years (a duration).
    Years,
    /// Yuan per person (per-capita income).
    Yuan,
    /// A count (of standards).
    Count,
    /// A dimensionless ratio such as 1.64 (highest ÷ lowest).
    Ratio,
    /// 10,000 yuan (万元), per person.
    TenThousandYuan,
    /// Yuan of yearly household income per yuan of capital.
    YuanPerYuan,
    /// Millions of people.
    MillionPeople,
}

impl Unit {
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            Unit::BnYuan => lang.pick("亿元", "bn yuan"),
            Unit::Share => "%",
            Unit::Multiplier => "×",
            Unit::Month => lang.pick("月", "month"),
            Unit::Years => lang.pick("年", "years"),
            Unit::Yuan => lang.pick("元", "yuan"),
            Unit::Count => lang.pick("项", "standards"),
            Unit::Ratio => lang.pick("倍", "×"),
            Unit::TenThousandYuan => lang.pick("万元/人", "10k yuan/person"),
            Unit::YuanPerYuan => lang.pick("元/元·年", "yuan/yuan·yr"),
            Unit::MillionPeople => lang.pick("百万人", "million"),
        }
    }

    /// Model value → the number shown to the user in `lang`.
    pub fn to_display(self, value: f64, lang: Lang) -> f64 {
        match (self, lang) {
            (Unit::BnYuan, Lang::Zh) => value * 10.0,
            (Unit::Share, _) => value * 100.0,
            _ => value,
        }
    }

    /// The number the user typed in `lang` → model value.
    pub fn from_display(self, shown: f64, lang: Lang) -> f64 {
        match (self, lang) {
            (Unit::BnYuan, Lang::Zh) => shown / 10.0,
            (Unit::Share, _) => shown / 100.0,
            _ => shown,
        }
    }
}
