//! Issue 23, item 10: entry as a planner types it — the unit with the number
//! (亿, 亿元, %, 倍, full-width digits), arrow steps sized to the range, and
//! shares shown to the precision that makes typed values add up.
#![cfg(not(target_arch = "wasm32"))]

use urban_rural_sim::app::format::{arrow_step, parse_in_unit, share_places};
use urban_rural_sim::i18n::Lang;
use urban_rural_sim::model::params::{find, Unit};

#[test]
fn a_number_typed_with_its_unit_is_taken() {
    // Before: "３７４４亿" was refused ("不是数字").
    assert_eq!(parse_in_unit("３７４４亿", Unit::BnYuan, Lang::Zh).unwrap(), 3744.0);
    assert_eq!(parse_in_unit("3,744 亿元", Unit::BnYuan, Lang::Zh).unwrap(), 3744.0);
    assert_eq!(parse_in_unit("374.4 bn", Unit::BnYuan, Lang::Zh).unwrap(), 3744.0);
    assert_eq!(parse_in_unit("374.4 BN", Unit::BnYuan, Lang::Zh).unwrap(), 3744.0, "the unit in any case");
    assert_eq!(parse_in_unit("3744亿元", Unit::BnYuan, Lang::En).unwrap(), 374.4);
    assert_eq!(parse_in_unit("374.4", Unit::BnYuan, Lang::En).unwrap(), 374.4);
    assert_eq!(parse_in_unit("38.85 %", Unit::Share, Lang::Zh).unwrap(), 38.85);
    assert_eq!(parse_in_unit("３８．８５％", Unit::Share, Lang::Zh).unwrap(), 38.85);
    assert_eq!(parse_in_unit("1.2倍", Unit::Multiplier, Lang::Zh).unwrap(), 1.2);
    assert_eq!(parse_in_unit("1.2×", Unit::Multiplier, Lang::En).unwrap(), 1.2);
    // Another unit, or none that is one, is refused with the text quoted.
    for bad in ["12 %", "3744 元", "亿", "abc亿"] {
        let e = parse_in_unit(bad, Unit::BnYuan, Lang::Zh).unwrap_err();
        assert!(e.zh.contains(bad) && !e.en.is_empty(), "{bad}: {}", e.zh);
    }
}

#[test]
fn arrow_keys_step_one_percent_of_the_range_and_shares_show_what_they_are() {
    // Before: 0.1 亿元 per arrow over 1,700 亿元 while PageUp jumped 170.
    let funds = find("plan_funds_bn").unwrap();
    let (min, max) = (funds.unit.to_display(funds.min, Lang::Zh), funds.unit.to_display(funds.max, Lang::Zh));
    let step = arrow_step(min, max);
    let one = (max - min) / 100.0;
    assert!(step >= one / 2.5 && step <= one * 2.5, "{step} for a range of {}", max - min);
    assert_eq!(arrow_step(0.0, 100.0), 1.0);
    assert_eq!(arrow_step(2300.0, 4000.0), 20.0);
    assert_eq!(arrow_step(0.8, 1.3), 0.005);
    // Before: 38.85 / 56.72 / 4.43 shown as 38.8 / 56.7 / 4.4 (99.9 in all).
    assert_eq!(share_places([38.85, 56.72, 4.43]), 2);
    assert_eq!(share_places([40.0, 50.5, 9.5]), 1);
    let shown: f64 = [38.85f64, 56.72, 4.43].iter().map(|v| format!("{v:.2}").parse::<f64>().unwrap()).sum();
    assert!((shown - 100.0).abs() < 1e-9);
}
