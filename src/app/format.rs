//! Numbers between the planner and the model: reading what was typed (also
//! through a Chinese IME), keeping entered values free of binary-float noise,
//! and showing a value next to its target with enough digits that the
//! comparison reads true. Web-free, tested natively.

use crate::i18n::{Bilingual, Lang};
use crate::model::params::Unit;
use crate::text::T;

/// Full-width forms a Chinese IME produces ("３０００．５", "－"), and the
/// ideographic full stop typed for "." in Chinese punctuation mode, mapped to
/// their ASCII meaning.
fn ascii_digit(c: char) -> char {
    match c {
        '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
        '．' | '。' => '.',
        '，' => ',',
        '－' | '−' => '-',
        '＋' => '+',
        'ｅ' | 'Ｅ' => 'e',
        '％' => '%',
        'ｘ' | 'Ｘ' => 'x',
        _ => c,
    }
}

/// Parse what the user typed in a number box; `Err` says why in both languages.
/// Thousands separators and surrounding (also ideographic) spaces are ignored.
pub fn parse_entry(text: &str) -> Result<f64, Bilingual> {
    let ascii: String = text.chars().map(ascii_digit).filter(|c| *c != ',' && !c.is_whitespace()).collect();
    match crate::number::parse_f64(&ascii) {
        Some(v) if v.is_finite() => Ok(v),
        _ => Err(T::NotANumber.fill(|_| vec![text.to_string()])),
    }
}

/// What was typed in a field of `unit` shown in `lang`, in the field's unit:
/// the number may carry the unit ("３７４４亿", "3,744 亿元", "38.85 %",
/// "1.2倍"; 亿 and bn convert into each other). Another unit is refused.
/// The unit words are ASCII or Chinese, so ASCII case is all there is to fold
/// (core's Unicode case tables stay out of the wasm: scripts/wasm-regressions.mjs).
pub fn parse_in_unit(text: &str, unit: Unit, lang: Lang) -> Result<f64, Bilingual> {
    let ascii: String = text
        .chars()
        .map(ascii_digit)
        .filter(|c| *c != ',' && !c.is_whitespace())
        .collect::<String>()
        .to_ascii_lowercase();
    for (word, factor) in crate::number::unit_words(unit, lang) {
        let word: String = word.chars().filter(|c| !c.is_whitespace()).collect();
        if let Some(number) = ascii.strip_suffix(word.as_str()).filter(|n| !n.is_empty()) {
            return match crate::number::parse_f64(number) {
                Some(v) if v.is_finite() => Ok(clean(v * factor)),
                _ => Err(T::NotANumber.fill(|_| vec![text.to_string()])),
            };
        }
    }
    parse_entry(text)
}

/// The step of the arrow keys on a slider over `min..=max`: 1 % of the
/// range, as a round number (1, 2 or 5 × a power of ten): 17 亿元 over
/// 1,700 亿元 is 20; PageUp and PageDown take ten of them.
pub fn arrow_step(min: f64, max: f64) -> f64 {
    let one = (max - min).abs() / 100.0;
    if !one.is_finite() || one <= 0.0 {
        return 1.0;
    }
    // The power of ten at or below `one` (no log10: libm's stays out of the wasm).
    let mut power = 1.0;
    while power > one {
        power /= 10.0;
    }
    while power * 10.0 <= one {
        power *= 10.0;
    }
    let nice =
        [1.0, 2.0, 5.0, 10.0].into_iter().min_by(|a, b| (a * power - one).abs().total_cmp(&(b * power - one).abs()));
    clean(nice.unwrap_or(1.0) * power)
}

/// The decimals that show every share (in %) as it is, so typed values add
/// up: 38.8 / 56.7 / 4.5 with one, 38.85 / 56.72 / 4.43 with two (never
/// rounded to 38.8 / 56.7 / 4.4, which add up to 99.9).
pub fn share_places(shares_pct: [f64; 3]) -> usize {
    let exact = |d: i32| shares_pct.iter().all(|v| ((v * 10f64.powi(d)).round() / 10f64.powi(d) - v).abs() < 1e-6);
    if exact(1) {
        1
    } else {
        2
    }
}

/// `v` rounded to 12 significant digits. A value the planner entered in
/// display units (38.8 %, 3000 亿元) becomes 0.388 in model units, not
/// 0.38799999999999996: links and files then carry the short decimal. Twelve
/// digits is far below anything shown and far above float noise.
pub fn clean(v: f64) -> f64 {
    if !v.is_finite() || v == 0.0 {
        return v;
    }
    crate::number::parse_f64(&format!("{v:.11e}")).unwrap_or(v)
}

/// Shares after a rebalance, rounded to a millionth (0.0001 %, far below
/// the 0.1 % shown) so a link reads `a.plan=0.388,0.5,0.112`; whatever the
/// rounding takes from the total goes to the largest share, so they still
/// add up to 1.
pub fn clean_shares(shares: [f64; 3]) -> [f64; 3] {
    let mut out = shares.map(|s| clean((s * 1e6).round() / 1e6));
    let largest = (0..3).max_by(|&a, &b| out[a].total_cmp(&out[b])).unwrap_or(0);
    let others: f64 = (0..3).filter(|&i| i != largest).map(|i| out[i]).sum();
    out[largest] = clean(1.0 - others);
    out
}

/// How many decimals a value needs beside its threshold (in `number`, where
/// the charts crate reads it too).
pub use crate::number::honest_places;

/// Outcomes and amounts as text, in `urs_formats::show` (the charts crate
/// writes target labels with them too).
pub use crate::io::show::{honest_outcome_places, outcome_text, outcome_usual, thousands, threshold_text};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn full_width_ime_digits_and_separators_are_read_as_numbers() {
        assert_eq!(parse_entry("３０００").unwrap(), 3000.0);
        assert_eq!(parse_entry("３，０００．５").unwrap(), 3000.5);
        assert_eq!(parse_entry("　１２。５　").unwrap(), 12.5);
        assert_eq!(parse_entry("－５").unwrap(), -5.0);
        assert_eq!(parse_entry(" 1,234.5 ").unwrap(), 1234.5);
        assert!(parse_entry("三千").is_err());
        assert!(parse_entry("NaN").is_err());
        assert!(parse_entry("").is_err());
    }

    #[test]
    fn entered_values_carry_the_short_decimal() {
        assert_eq!(format!("{}", 38.8 / 100.0), "0.38799999999999996");
        assert_eq!(format!("{}", clean(38.8 / 100.0)), "0.388");
        assert_eq!(format!("{}", clean(0.1 + 0.2)), "0.3");
        assert_eq!(clean(300.0), 300.0);
        assert_eq!(clean(-1.7e-5), -1.7e-5);
    }

    #[test]
    fn rebalanced_shares_are_short_decimals_that_still_add_up_to_one() {
        let s = clean_shares([0.388, 0.612 * 0.51 / 0.6, 0.612 * 0.09 / 0.6]);
        assert_eq!(s.map(|v| format!("{v}")), ["0.388", "0.5202", "0.0918"]);
        assert!((s.iter().sum::<f64>() - 1.0).abs() < 1e-12);
        let thirds = clean_shares([1.0 / 3.0; 3]);
        assert!((thirds.iter().sum::<f64>() - 1.0).abs() < 1e-12);
        assert!(thirds.iter().all(|v| format!("{v}").len() <= 8));
    }

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(thousands(85_000.0, 0), "85,000");
        assert_eq!(thousands(84_999.6, 1), "84,999.6");
        assert_eq!(thousands(999.0, 0), "999");
        assert_eq!(thousands(-1234.0, 0), "−1,234");
    }

    #[test]
    fn a_value_just_under_its_target_never_shows_as_the_target() {
        let show = |v: f64, t: f64| format!("{v:.*}", honest_places(v, t, 3));
        assert_eq!(show(1.5499, 1.55), "1.5499");
        assert_eq!(show(1.549_999_7, 1.55), "1.5499997");
        assert_eq!(show(1.5, 1.55), "1.500");
        assert_eq!(show(1.55, 1.55), "1.550", "exactly the threshold is not below it");
        assert_eq!(show(1.8981, 1.9), "1.898");
        // An "at least" target in percent: 74.996 % is not 75 %.
        assert_eq!(format!("{:.*}", honest_places(74.996, 75.0, 1), 74.996), "74.996");
    }
}
