//! crates/formats/src/number.rs: the browser build reads numbers with parseFloat after
//! checking Rust's grammar itself, so the grammar must be exactly Rust's
//! `f64::from_str`: whatever one accepts the other does (checked here, natively,
//! against the real thing); the values are compared in Chromium (tests/web.rs).
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use urban_rural_sim::number::{parse_f64, syntax, Syntax};

const CASES: &[&str] = &[
    "",
    "0",
    "-0",
    "+0",
    "1",
    "12",
    "1.",
    ".5",
    "+.5",
    "-.5",
    ".",
    "-.",
    "+",
    "-",
    "1.5",
    "01.50",
    "1e5",
    "1E5",
    "1e+5",
    "1e-5",
    "1.e5",
    ".5e5",
    ".e5",
    "e5",
    "1e",
    "1e+",
    "1e-",
    "1ee5",
    "1e5.0",
    "1.5.2",
    " 1",
    "1 ",
    "1_000",
    "0x10",
    "1,5",
    "1..5",
    "--1",
    "+-1",
    "inf",
    "INF",
    "-inf",
    "+Infinity",
    "infinity",
    "infinit",
    "infx",
    "nan",
    "NaN",
    "-nan",
    "+NAN",
    "nana",
    "1e400",
    "1e-400",
    "4.9e-324",
    "1.7976931348623157e308",
    "0.388",
    "３",
    "1e99999999999999999999",
    "0.1000000000000000055511151231257827021181583404541015625",
    "123456789012345678901234567890",
];

#[test]
fn the_grammar_is_rusts_on_every_listed_case() {
    for text in CASES {
        assert_eq!(syntax(text).is_some(), text.parse::<f64>().is_ok(), "{text:?}");
        assert_eq!(parse_f64(text).map(f64::to_bits), text.parse::<f64>().ok().map(f64::to_bits), "{text:?}");
    }
    assert_eq!(syntax("-1.5e3"), Some(Syntax::Decimal));
    assert_eq!(syntax("-inf"), Some(Syntax::Infinite { negative: true }));
    assert_eq!(syntax("Infinity"), Some(Syntax::Infinite { negative: false }));
    assert_eq!(syntax("-NaN"), Some(Syntax::NaN));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(20_000))]

    /// Any text made of the characters that matter: accepted by one grammar
    /// exactly when accepted by the other.
    #[test]
    fn the_grammar_is_rusts_on_any_text(text in "[-+0-9.eEinfatyNI x_]{0,12}") {
        prop_assert_eq!(syntax(&text).is_some(), text.parse::<f64>().is_ok(), "{:?}", text);
    }

    /// Every f64 written by Rust (as the app writes them: Display, and the
    /// exponent form format::clean uses) is read by the grammar.
    #[test]
    fn every_written_float_is_read(bits in any::<u64>()) {
        let v = f64::from_bits(bits);
        for text in [format!("{v}"), format!("{v:e}"), format!("{v:.11e}")] {
            prop_assert_eq!(syntax(&text).is_some(), true, "{:?}", text);
        }
    }
}
