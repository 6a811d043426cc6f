//! A number from text: `f64`'s own `from_str` natively; in the browser
//! (wasm32) the same grammar checked here and the value from the browser's
//! `parseFloat`, so core's decimal-to-float tables (over 11 KB of
//! incompressible powers of five) are not compiled into the wasm (issue 10).
//! Both round correctly to the nearest f64, so the value is the same bit for
//! bit (tests/number.rs checks the grammar natively, tests/web.rs the values
//! in Chromium).

use urs_model::i18n::Lang;
use urs_model::params::Unit;

/// What a text is to Rust's `f64::from_str`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Syntax {
    /// Digits, an optional point and an optional exponent (`-1.5e3`, `.5`, `1.`).
    Decimal,
    /// `inf` or `infinity`, any case, with its sign.
    Infinite { negative: bool },
    /// `nan`, any case, with or without a sign.
    NaN,
}

/// The grammar of Rust's `f64::from_str`: an optional sign, then `inf`,
/// `infinity` or `nan` (any case), or digits with at most one point (at least
/// one digit on either side of it) and an optional `e`/`E` exponent with an
/// optional sign and at least one digit. No spaces, no `_`, no hex. `None` for
/// anything else.
pub fn syntax(text: &str) -> Option<Syntax> {
    let bytes = text.as_bytes();
    let (negative, rest) = match bytes.first() {
        Some(b'-') => (true, &bytes[1..]),
        Some(b'+') => (false, &bytes[1..]),
        _ => (false, bytes),
    };
    if rest.eq_ignore_ascii_case(b"inf") || rest.eq_ignore_ascii_case(b"infinity") {
        return Some(Syntax::Infinite { negative });
    }
    if rest.eq_ignore_ascii_case(b"nan") {
        return Some(Syntax::NaN);
    }
    let digits = |from: usize| rest[from..].iter().take_while(|b| b.is_ascii_digit()).count();
    let whole = digits(0);
    let mut at = whole;
    let mut fraction = 0;
    if rest.get(at) == Some(&b'.') {
        fraction = digits(at + 1);
        at += 1 + fraction;
    }
    if whole + fraction == 0 {
        return None;
    }
    if matches!(rest.get(at), Some(b'e' | b'E')) {
        at += 1;
        if matches!(rest.get(at), Some(b'+' | b'-')) {
            at += 1;
        }
        let exponent = digits(at);
        if exponent == 0 {
            return None;
        }
        at += exponent;
    }
    (at == rest.len()).then_some(Syntax::Decimal)
}

/// `text` as an f64, exactly as `text.parse::<f64>().ok()` gives it.
#[cfg(not(target_arch = "wasm32"))]
pub fn parse_f64(text: &str) -> Option<f64> {
    text.parse().ok()
}

/// `text` as an f64, exactly as `text.parse::<f64>().ok()` gives it.
#[cfg(target_arch = "wasm32")]
pub fn parse_f64(text: &str) -> Option<f64> {
    match syntax(text)? {
        // The grammar above is a subset of what parseFloat reads in full, and
        // both round to nearest, ties to even.
        Syntax::Decimal => Some(js_sys::Number::parse_float(text)),
        Syntax::Infinite { negative: false } => Some(f64::INFINITY),
        Syntax::Infinite { negative: true } => Some(f64::NEG_INFINITY),
        Syntax::NaN => Some(f64::NAN),
    }
}

/// How many decimals to show `value` with (at least `places`) so that the
/// shown number compares with `threshold` the way the value does: 1.5499
/// against "< 1.55" shows as 1.5499, not as a 1.550 that looks like a miss.
pub fn honest_places(value: f64, threshold: f64, places: usize) -> usize {
    (places..=places + 8)
        .find(|&p| {
            let shown = parse_f64(&format!("{value:.p$}")).unwrap_or(value);
            (shown < threshold) == (value < threshold)
        })
        .unwrap_or(places + 8)
}

/// What a planner may type after a number in a field of `unit` shown in
/// `lang`, and what it multiplies the number by to give the field's unit
/// (a Chinese screen shows 亿元: "374.4 bn" is 3744 亿元).
pub fn unit_words(unit: Unit, lang: Lang) -> Vec<(&'static str, f64)> {
    match unit {
        Unit::BnYuan => {
            let (yi, bn) = lang.pick((1.0, 10.0), (0.1, 1.0));
            vec![("亿元", yi), ("亿", yi), ("bnyuan", bn), ("billionyuan", bn), ("billion", bn), ("bn", bn)]
        }
        Unit::Share => vec![("%", 1.0)],
        Unit::Multiplier | Unit::Ratio => vec![("倍", 1.0), ("×", 1.0), ("x", 1.0)],
        Unit::Years => vec![("年", 1.0), ("years", 1.0), ("year", 1.0)],
        Unit::Yuan => vec![("元", 1.0), ("yuan", 1.0)],
        Unit::Month => vec![("月", 1.0), ("months", 1.0), ("month", 1.0)],
        u => vec![(u.label(Lang::Zh), 1.0), (u.label(Lang::En), 1.0)],
    }
}
