//! The two checks every input uses: a number within hard bounds, and a name a
//! person typed. The lowest file of the inputs: it uses nothing of them.

use crate::i18n::Bilingual;

/// Longest scenario name accepted (characters).
pub const MAX_NAME_CHARS: usize = 120;

/// A name a person typed: trimmed, 1–120 characters, no control characters.
/// Markup is allowed and harmless: the UI always shows names as text.
pub fn check_name(name: &str) -> Result<String, Bilingual> {
    let trimmed = name.trim();
    if trimmed.is_empty() {
        return Err(Bilingual::new("名称不能为空", "the name cannot be empty"));
    }
    let chars = trimmed.chars().count();
    if chars > MAX_NAME_CHARS {
        return Err(Bilingual::new(
            format!("名称过长（{chars} 个字符，上限 {MAX_NAME_CHARS}）"),
            format!("the name is too long ({chars} characters, limit {MAX_NAME_CHARS})"),
        ));
    }
    if trimmed.chars().any(char::is_control) {
        return Err(Bilingual::new("名称含有控制字符", "the name contains control characters"));
    }
    Ok(trimmed.to_string())
}

/// A number quoted in a message, short whatever it is: 1e308 is "1.0e308",
/// never 309 digits; 0.10000000000000002 is "0.1"; at most 6 significant
/// digits otherwise.
pub fn quote(v: f64) -> String {
    if !v.is_finite() {
        return format!("{v}");
    }
    let a = v.abs();
    if a != 0.0 && !(1e-4..1e9).contains(&a) {
        return format!("{v:.1e}");
    }
    // Six significant digits: the decimals after the integer digits (no
    // log10, which would bring libm's into the wasm).
    let mut magnitude = 0i32;
    let mut x = a;
    while x >= 10.0 {
        x /= 10.0;
        magnitude += 1;
    }
    while x != 0.0 && x < 1.0 {
        x *= 10.0;
        magnitude -= 1;
    }
    let digits = if a == 0.0 { 0 } else { (5 - magnitude).clamp(0, 10) as usize };
    let text = format!("{v:.digits$}");
    let text = if text.contains('.') { text.trim_end_matches('0').trim_end_matches('.').to_string() } else { text };
    if text == "-0" {
        return "0".into();
    }
    // Grouped by thousands, as amounts are on screen (100,000).
    let (sign, rest) = text.strip_prefix('-').map_or(("", text.as_str()), |r| ("-", r));
    let (int, frac) = rest.split_once('.').map_or((rest, None), |(a, b)| (a, Some(b)));
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    format!("{sign}{grouped}{}", frac.map_or(String::new(), |f| format!(".{f}")))
}

/// `v` × 10 quoted (bn yuan as 亿元), even where the product overflows.
fn quote_tenfold(v: f64) -> String {
    if (v * 10.0).is_finite() {
        return quote(v * 10.0);
    }
    let text = format!("{v:.1e}");
    match text.split_once('e').and_then(|(m, e)| Some((m, e.parse::<i32>().ok()?))) {
        Some((m, e)) => format!("{m}e{}", e + 1),
        None => text,
    }
}

/// `value` is finite and within `min..=max`, or a message naming it (中文, English).
pub(crate) fn check(value: f64, min: f64, max: f64, zh: &str, en: &str) -> Result<(), Bilingual> {
    if value.is_finite() && (min..=max).contains(&value) {
        Ok(())
    } else {
        let (lo, hi, v) = (quote(min), quote(max), quote(value));
        Err(Bilingual::new(
            format!("{zh}必须在 {lo} 到 {hi} 之间，实际为 {v}"),
            format!("{en} must be between {lo} and {hi}, got {v}"),
        ))
    }
}

/// An amount of money (model units: bn yuan) within `min..=max`, or a
/// message in the screen's units: 亿元 in Chinese (`zh` names it "（亿元）"),
/// bn yuan in English.
pub(crate) fn check_money(value: f64, min: f64, max: f64, zh: &str, en: &str) -> Result<(), Bilingual> {
    check(value, min, max, zh, en).map_err(|_| {
        let (lo, hi, v) = (quote_tenfold(min), quote_tenfold(max), quote_tenfold(value));
        let (lo_en, hi_en, v_en) = (quote(min), quote(max), quote(value));
        Bilingual::new(
            format!("{zh}必须在 {lo} 到 {hi} 亿元之间，实际为 {v} 亿元"),
            format!("{en} must be between {lo_en} and {hi_en} bn yuan, got {v_en} bn yuan"),
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 23, item 12: a refused value is quoted short, in the screen's unit.
    #[test]
    fn a_refused_value_is_quoted_short_and_money_in_yi() {
        assert_eq!(quote(1e308), "1.0e308");
        assert_eq!(quote(0.10000000000000002), "0.1");
        assert_eq!(quote(100000.0), "100,000");
        assert_eq!(quote(-0.0), "0");
        assert_eq!(quote(1.1448028308076046), "1.1448");
        let e = check_money(1e308, 0.0, 1e5, "常规渠道资金", "ordinary funds").unwrap_err();
        assert_eq!(e.zh, "常规渠道资金必须在 0 到 1,000,000 亿元之间，实际为 1.0e309 亿元");
        assert!(e.en.contains("between 0 and 100,000 bn yuan, got 1.0e308 bn yuan"), "{}", e.en);
        assert!(e.zh.chars().count() < 60 && e.en.len() < 100);
    }
}
