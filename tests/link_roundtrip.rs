//! Share links are never lossy: any valid scenario comes back identical,
//! whether it travels in the compact form or whole (`j=`).
#![cfg(not(target_arch = "wasm32"))]

use proptest::prelude::*;
use urban_rural_sim::io::link;
use urban_rural_sim::model::params::PARAMS;
use urban_rural_sim::model::Scenario;

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    #[test]
    fn any_valid_scenario_round_trips(
        picks in proptest::collection::vec((0usize..PARAMS.len(), 0.0..=1.0f64), 0..12),
        city in 0usize..11,
        ratio in 1.0..3.0f64,
        name in "[a-zA-Z0-9 ;=%&#,.\\u{4e00}-\\u{4e80}]{1,40}",
        whole in proptest::bool::ANY,
    ) {
        let mut s = Scenario::zhejiang_2025();
        for (i, t) in picks {
            let p = &PARAMS[i];
            (p.set)(&mut s, p.min + t * (p.max - p.min));
        }
        s.cities[city].income_ratio = ratio;
        let trimmed = name.trim().to_string();
        if !trimmed.is_empty() {
            s.name = trimmed;
        }
        if whole {
            // A field no control edits: forces the j= form.
            s.start.city_income_gap_year = 2020;
        }
        prop_assume!(s.validate().is_ok());
        let encoded = link::encode(&s);
        prop_assert_eq!(encoded.contains(";j="), whole, "{}", encoded);
        let back = link::decode(&encoded).map_err(|e| TestCaseError::fail(e.en))?;
        prop_assert_eq!(back.scenario, s);
    }
}

/// A link carries the year and layout it was made at, after the scenario,
/// in either form; older links carry none; bad values are refused with a
/// message that quotes them shortened.
#[test]
fn the_view_travels_with_the_scenario() {
    use link::LinkView;
    let mut s = Scenario::zhejiang_2025();
    s.levers.execution_speed = 1.2;
    let view = LinkView { year: Some(2027), charts: Some(2) };
    let text = link::encode_with_view(&s, view);
    assert!(text.ends_with(";y=2027;k=2"), "{text}");
    let back = link::decode(&text).unwrap();
    assert_eq!((back.scenario, back.view), (s.clone(), view));
    assert_eq!(link::decode(&link::encode(&s)).unwrap().view, LinkView::default(), "older links: no view");
    // The whole-scenario form too.
    s.name = "x".repeat(40);
    let back = link::decode(&link::encode_with_view(&s, view)).unwrap();
    assert_eq!(back.view, view);
    for (bad, says) in [
        ("y=20x7", "the year “20x7” is not valid"),
        ("y=1999", "the year “1999” is not valid"),
        ("y=+2027", "the year “+2027” is not valid"),
        ("y=2027202720272027", "the year “202720272027…” is not valid"),
        ("k=3", "the number of charts “3” is not valid (1, 2 or 4)"),
    ] {
        let e = link::decode(&format!("v=1;{bad}")).unwrap_err();
        assert!(e.en.contains(says), "{bad}: {}", e.en);
        assert!(!e.zh.is_empty());
    }
}
