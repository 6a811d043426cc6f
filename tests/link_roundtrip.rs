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
            s.start.city_income_gap_year = 2021;
        }
        prop_assume!(s.validate().is_ok());
        let encoded = link::encode(&s);
        prop_assert_eq!(encoded.contains(";j="), whole, "{}", encoded);
        let back = link::decode(&encoded).map_err(|e| TestCaseError::fail(e.en))?;
        prop_assert_eq!(back.scenario, s);
    }
}
