//! Issue 23, item 12: one number format per unit, messages included. A
//! refused value is quoted in the screen's unit and short; amounts in 亿元
//! are grouped by thousands as 元 are.
#![cfg(not(target_arch = "wasm32"))]

use urban_rural_sim::i18n::{format_money_bn, Lang};
use urban_rural_sim::io::link;

#[test]
fn a_refused_link_speaks_the_screens_unit_and_quotes_short() {
    // Before: "常规渠道资金（十亿元）必须在 0 到 100000 之间，实际为 1000…(309 digits)".
    let e = link::decode("v=1;plan_funds_bn=1e308").unwrap_err();
    assert!(e.zh.contains("亿元") && !e.zh.contains("十亿元"), "{}", e.zh);
    assert!(e.zh.contains("1.0e309 亿元") && e.en.contains("1.0e308 bn yuan"), "{} / {}", e.zh, e.en);
    assert!(e.zh.chars().count() < 80 && e.en.len() < 140, "{} / {}", e.zh, e.en);
    let e = link::decode("v=1;plan_funds_bn=-5").unwrap_err();
    assert!(e.zh.contains("实际为 -50 亿元"), "{}", e.zh);
}

#[test]
fn money_in_yi_and_in_yuan_are_grouped_alike() {
    // Before: "23623.5 亿元" beside "70,536 元".
    assert_eq!(format_money_bn(2362.35, Lang::Zh), "23,623.5 亿元");
    assert_eq!(format_money_bn(2362.35, Lang::En), "2,362.3 bn");
    assert_eq!(urban_rural_sim::io::show::thousands(70536.2, 0), "70,536");
}

#[test]
fn counts_agree_with_their_noun_and_levers_of_a_kind_say_it_alike() {
    use urban_rural_sim::model::params::{Unit, PARAMS};
    use urban_rural_sim::text::T;
    // Before: "1 slides".
    assert_eq!(T::count(1, T::SlideCountOne, T::SlideCountMany).en, "1 slide");
    assert_eq!(T::count(2, T::SlideCountOne, T::SlideCountMany).en, "2 slides");
    assert_eq!(T::count(1, T::SlideCountOne, T::SlideCountMany).zh, "1 张");
    // Before: "常规渠道资金（全年）" beside "专项政策资金（每年）".
    let money: Vec<_> = PARAMS.iter().filter(|p| p.unit == Unit::BnYuan && p.zh.contains('（')).collect();
    assert!(money.len() >= 3);
    for p in money.iter().filter(|p| p.zh.contains("年）")) {
        assert!(p.zh.contains("（每年）") && p.en.contains("(per year)"), "{} / {}", p.zh, p.en);
    }
}
