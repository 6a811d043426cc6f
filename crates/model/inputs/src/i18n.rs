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
        Lang::Zh => format!("{:.places$} 亿元", bn * 10.0),
        Lang::En => format!("{bn:.places$} bn"),
    }
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
        assert_eq!(format_money_bn(169.68, Lang::Zh), "1696.8 亿元");
        assert_eq!(format_money_bn(169.68, Lang::En), "169.7 bn");
        assert_eq!(format_pct(0.591), "59.1 %");
    }
}
