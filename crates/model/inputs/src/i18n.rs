//! The two languages of the product. 中文 comes first everywhere.
//! Kept free of web dependencies so model messages (errors, notices) can be
//! bilingual too.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    pub fn from_code(code: &str) -> Option<Lang> {
        match code {
            "zh" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }

    pub fn pick<T>(self, zh: T, en: T) -> T {
        match self {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }

    pub fn other(self) -> Lang {
        self.pick(Lang::En, Lang::Zh)
    }
}

/// A message in both languages, for text built at run time (errors, notices).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Bilingual {
    pub zh: String,
    pub en: String,
}

impl Bilingual {
    pub fn new(zh: impl Into<String>, en: impl Into<String>) -> Self {
        Bilingual { zh: zh.into(), en: en.into() }
    }

    pub fn get(&self, lang: Lang) -> &str {
        lang.pick(&self.zh, &self.en)
    }
}

impl std::fmt::Display for Bilingual {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} / {}", self.zh, self.en)
    }
}

/// Money for display: the model counts in bn yuan; Chinese readers expect 亿元
/// (1 bn = 10 亿). English says "bn" for billion yuan, as the KPI cards do.
pub fn format_money_bn(bn: f64, lang: Lang) -> String {
    format_money_places(bn, lang, 1)
}

/// Money with `places` decimals in the unit shown (`format_money_bn` is one):
/// for two amounts that would otherwise print alike.
pub fn format_money_places(bn: f64, lang: Lang, places: usize) -> String {
    match lang {
        Lang::Zh => format!("{} 亿元", grouped(bn * 10.0, places)),
        Lang::En => format!("{} bn", grouped(bn, places)),
    }
}

/// A number grouped by thousands, as every amount on screen and in exports
/// is written (亿元 and 元 alike): 23623.46 → "23,623.5" with one place.
/// Negative numbers take the minus sign (−), and "−0.0" is "0.0".
pub fn grouped(v: f64, places: usize) -> String {
    let text = format!("{:.places$}", v.abs());
    let (int, frac) = text.split_once('.').map_or((text.as_str(), None), |(a, b)| (a, Some(b)));
    let mut out = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    let zero = text.chars().all(|c| c == '0' || c == '.');
    let sign = if v < 0.0 && !zero { "−" } else { "" };
    format!("{sign}{out}{}", frac.map_or(String::new(), |f| format!(".{f}")))
}

/// A share or rate (0.591) as a percentage ("59.1 %").
pub fn format_pct(fraction: f64) -> String {
    format!("{:.1} %", fraction * 100.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn money_is_shown_in_yi_for_chinese_and_bn_for_english() {
        assert_eq!(format_money_bn(169.68, Lang::Zh), "1,696.8 亿元");
        assert_eq!(format_money_bn(2362.346, Lang::Zh), "23,623.5 亿元");
        assert_eq!(format_money_bn(-0.001, Lang::Zh), "0.0 亿元");
        assert_eq!(grouped(-1234.6, 0), "−1,235");
        assert_eq!(format_money_bn(169.68, Lang::En), "169.7 bn");
        assert_eq!(format_pct(0.591), "59.1 %");
    }
}
