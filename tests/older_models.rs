//! Files, links and decks saved by model 1.0.x / 1.1.x (today's format,
//! every value stored, before model 1.2's infrastructure depreciation and
//! time to build): a value left as that model's built-in one takes today's,
//! an edit is mapped or listed as not carried over, in both languages
//! (crates/model/inputs/src/scenario_v2.rs). The fixtures are what those
//! versions wrote: `urs --print-builtin zhejiang-2025` built at b80f10a
//! (model 1.1.0) and at 5403fb8^ (model 1.0.0, starting at 2024), edited
//! where the test says.

use urban_rural_sim::io::library::{self, Imported};
use urban_rural_sim::io::link;
use urban_rural_sim::model::Scenario;

const BUILT_IN_1_1: &str = include_str!("fixtures/scenario-model-1.1.0.json");

fn open(text: &str) -> (Scenario, String, String) {
    let Ok(Imported::Scenario { scenario, notice }) = library::import(text) else { panic!("refused") };
    let notice = notice.expect("a notice");
    (*scenario, notice.zh, notice.en)
}

/// A model 1.1.0 export left as built in opens as today's built-in scenario
/// (not as a planner who chose 9.6 % depreciation), and says what changed.
#[test]
fn a_model_1_1_file_left_as_built_in_opens_as_todays_built_in() {
    let (s, zh, en) = open(BUILT_IN_1_1);
    assert_eq!(s, Scenario::zhejiang_2025());
    assert!(zh.starts_with("此文件由模型 1.0/1.1 保存"), "{zh}");
    assert!(en.starts_with("Saved by model 1.0/1.1"), "{en}");
    assert!(zh.contains("已更新：depreciation：0.096 → 0.024（旧模型的内置值）"), "{zh}");
    assert!(en.contains("updated: depreciation: 0.096 → 0.024 (the older model's built-in value)"), "{en}");
    assert!(zh.contains("已更新：gestation_years：— → 2（模型 1.2 新增：投资见效平均时滞（年））"), "{zh}");
    assert!(en.contains("updated: gestation_years: — → 2 (new in model 1.2: time to build (years))"), "{en}");
    // 1.1.0's city gap (1.64 in 2020) and city ratios give way to today's figures.
    assert!(en.contains("updated: start_city_income_gap: 1.64"), "{en}");
    assert!(!en.contains("cities: the file's values kept"), "{en}");
}

/// An edited depreciation keeps its distance from the built-in value (half
/// of 9.6 % is half of 2.4 %), and the note says it lies below today's range;
/// an unchanged lever stays as the planner set it.
#[test]
fn an_edited_depreciation_is_mapped_with_a_note() {
    let (s, zh, en) = open(include_str!("fixtures/scenario-model-1.1.0-depreciation.json"));
    assert!((s.assumptions.outcomes.depreciation - 0.012).abs() < 1e-12, "{}", s.assumptions.outcomes.depreciation);
    assert_eq!(s.assumptions.outcomes.gestation_years, 2.0);
    assert_eq!(s.levers.hukou_reform, 1.6);
    assert!(zh.contains("已换算：depreciation：0.048 → 0.012（相对内置值同比例；超出合理范围 0.015–0.033）"), "{zh}");
    assert!(en.contains("mapped: depreciation: 0.048 → 0.012 (same factor against the built-in value; outside the plausible range 0.015–0.033)"), "{en}");
}

/// A model 1.0.0 file started at 2024: its untouched 2024 data take 2025's,
/// its edited 2024 income is not carried over (2025's published figure
/// replaces it), an edited trend of unchanged meaning is kept.
#[test]
fn a_model_1_0_file_moves_to_the_2025_start() {
    let (s, zh, en) = open(include_str!("fixtures/scenario-model-1.0.0.json"));
    let builtin = Scenario::zhejiang_2025();
    assert_eq!((s.start.year, s.start.urban_income, s.start.urbanization), (2025, 81616.0, 0.76));
    assert_eq!(s.cities, builtin.cities);
    assert_eq!(s.assumptions.outcomes.urban_income_growth, 0.05);
    assert_eq!(s.assumptions.outcomes.income_ratio_decline, builtin.assumptions.outcomes.income_ratio_decline);
    assert_eq!(s.levers.plan_funds_bn, 360.0);
    assert!(
        zh.contains("未转入：start_urban_income：79000 → 81616")
            && zh.contains("已换算：urban_income_growth：0.05 → 0.05（含义未变）"),
        "{zh}"
    );
    assert!(
        en.contains("not carried over: start_urban_income: 79000 → 81616 (later published data replace that year's)")
            && en.contains("mapped: urban_income_growth: 0.05 → 0.05 (same meaning)"),
        "{en}"
    );
    assert!(en.contains("updated: start_rural_income: 42786 → 45139"), "{en}");
}

/// Out of today's hard bounds is refused with a message, never mapped
/// into bounds in silence.
#[test]
fn a_value_outside_the_hard_bounds_is_refused() {
    let mut v: serde_json::Value = serde_json::from_str(BUILT_IN_1_1).unwrap();
    v["assumptions"]["outcomes"]["depreciation"] = serde_json::json!(0.7);
    let Err(e) = library::import(&v.to_string()) else { panic!("depreciation 0.7 was accepted") };
    assert!(e.zh.contains("折旧率") && e.en.contains("depreciation"), "{e}");
}

/// Today's own file has no notice, and an opened older file saved again
/// reads back the same (nothing is mapped twice).
#[test]
fn a_file_of_today_is_read_as_it_is() {
    let (s, _, _) = open(include_str!("fixtures/scenario-model-1.1.0-depreciation.json"));
    let Ok(Imported::Scenario { scenario, notice }) = library::import(&s.to_json()) else { panic!("refused") };
    assert_eq!((*scenario, notice), (s, None));
}

/// A model 1.1.0 share link: what it left out takes today's built-in values
/// (the notice says the depreciation and time to build were updated); the
/// depreciation it carries is mapped as a file's is.
#[test]
fn a_model_1_1_link_is_mapped_like_a_file() {
    let d = link::decode("v=1;m=1.1.0;hukou_reform=1.6").unwrap();
    let builtin = Scenario::zhejiang_2025();
    assert_eq!(d.scenario.assumptions, builtin.assumptions);
    assert_eq!(d.scenario.levers.hukou_reform, 1.6);
    let n = d.notice.expect("a notice");
    assert!(n.zh.contains("模型版本 1.1.0") && n.zh.contains("已更新：depreciation：0.096 → 0.024"), "{}", n.zh);
    assert!(n.en.contains("model version 1.1.0") && n.en.contains("updated: gestation_years: — → 2"), "{}", n.en);

    let d = link::decode("v=1;m=1.1.0;depreciation=0.12").unwrap();
    assert!((d.scenario.assumptions.outcomes.depreciation - 0.03).abs() < 1e-12);
    let n = d.notice.expect("a notice");
    assert!(n.en.contains("mapped: depreciation: 0.12 → 0.03 (same factor"), "{}", n.en);
    assert!(n.zh.contains("已换算：depreciation：0.12 → 0.03（相对内置值同比例）"), "{}", n.zh);

    // A model 1.0.0 link's 2024 income is data 2025's figure replaces.
    let d = link::decode("v=1;m=1.0.0;start_urban_income=79000").unwrap();
    assert_eq!(d.scenario.start.urban_income, builtin.start.urban_income);
    assert!(d.notice.expect("a notice").en.contains("not carried over: start_urban_income: 79000 → 81616"));
}

/// A deck made under model 1.1.0: each slide's scenario is read as a file of
/// that model (the built-in slide is today's built-in, the edited one keeps
/// its factor), and the deck says which model made it.
#[test]
fn a_model_1_1_deck_maps_its_slides() {
    let Ok(Imported::Deck(deck)) = library::import(include_str!("fixtures/deck-model-1.1.0.json")) else {
        panic!("refused")
    };
    assert_eq!(deck.slides[0].scenario, Scenario::zhejiang_2025());
    let d = deck.slides[1].scenario.assumptions.outcomes.depreciation;
    assert!((d - 0.03).abs() < 1e-12, "{d}");
    let n = deck.version_notice(0, None).expect("a notice");
    assert!(n.zh.contains("模型版本 1.1.0") && n.en.contains("model version 1.1.0"), "{n}");
    assert!(
        n.zh.contains("\n• 已更新：depreciation：0.096 → 0.024") && n.en.contains("\n• updated: gestation_years"),
        "{n}"
    );
    let n = deck.version_notice(1, None).expect("a notice");
    assert!(
        n.zh.contains("已换算：depreciation：0.12 → 0.03") && n.en.contains("mapped: depreciation: 0.12 → 0.03"),
        "{n}"
    );
}
