//! Components in a real browser (headless Chromium via wasm-bindgen-test).
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;
use urban_rural_sim::app::kpi::{KpiProps, KpiStrip};
use urban_rural_sim::app::levers::{AllocationLever, AllocationProps};
use urban_rural_sim::app::state::Action;
use urban_rural_sim::i18n::Lang;
use urban_rural_sim::model::{project, Allocation, Pot, Scenario};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, Event, EventInit, HtmlInputElement};
use yew::{AttrValue, Callback};

wasm_bindgen_test_configure!(run_in_browser);

fn mount_point() -> Element {
    let document = gloo::utils::document();
    let div = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&div).unwrap();
    div
}

async fn settle() {
    gloo::timers::future::TimeoutFuture::new(20).await;
}

fn fire(input: &HtmlInputElement, kind: &str) {
    let init = EventInit::new();
    init.set_bubbles(true);
    input.dispatch_event(&Event::new_with_event_init_dict(kind, &init).unwrap()).unwrap();
}

/// An allocation lever of 300 bn yuan split 50 / 30 / 20, mounted in `root`.
fn mount_allocation(
    root: &web_sys::Element,
    prefix: &str,
    lang: Lang,
    on_change: Callback<Allocation>,
    on_refuse: Callback<urban_rural_sim::i18n::Bilingual>,
    on_end: Callback<()>,
) {
    let start = Allocation::from_array([0.5, 0.3, 0.2]);
    // The lever speaks in store actions; route them to what each test watches.
    let dispatch = Callback::from(move |action: Action| match action {
        Action::SetAllocation { allocation, .. } => on_change.emit(allocation),
        Action::Refuse(message) => on_refuse.emit(message),
        Action::EndStep => on_end.emit(()),
        other => panic!("unexpected action {other:?}"),
    });
    let props = AllocationProps {
        title: AttrValue::from(lang.pick("常规渠道资金分配", "allocation")),
        allocation: start,
        builtin: start,
        lang,
        pot: Pot::Plan,
        dispatch,
        id_prefix: AttrValue::from(prefix.to_string()),
        total_bn: 300.0,
    };
    yew::Renderer::<AllocationLever>::with_root_and_props(root.clone(), props).render();
}

#[wasm_bindgen_test]
async fn dragging_one_share_rebalances_the_others_to_keep_100_percent() {
    urban_rural_sim::json::install();
    let root = mount_point();
    let seen: Rc<RefCell<Option<Allocation>>> = Rc::default();
    let record = seen.clone();
    let ended: Rc<RefCell<bool>> = Rc::default();
    let ended_in_lever = ended.clone();
    mount_allocation(
        &root,
        "t1",
        Lang::Zh,
        Callback::from(move |a| *record.borrow_mut() = Some(a)),
        Callback::noop(),
        Callback::from(move |_| *ended_in_lever.borrow_mut() = true),
    );
    settle().await;

    let slider: HtmlInputElement = root.query_selector("#t1-urban").unwrap().unwrap().dyn_into().unwrap();
    assert_eq!(slider.value(), "50");
    slider.set_value("60");
    fire(&slider, "input");
    settle().await;

    let a = seen.borrow().expect("the lever reported a new allocation");
    assert!((a.urban - 0.6).abs() < 1e-9);
    assert!((a.rural - 0.24).abs() < 1e-9, "rural {}", a.rural);
    assert!((a.urban + a.rural + a.integration - 1.0).abs() < 1e-9);
    assert!(root.text_content().unwrap().contains("强城"));
    // Releasing the slider ends the step (one undo step per drag).
    assert!(!*ended.borrow());
    fire(&slider, "change");
    settle().await;
    assert!(*ended.borrow(), "releasing the slider did not end the step");
}

#[wasm_bindgen_test]
async fn a_share_typed_out_of_range_is_refused_with_a_message() {
    urban_rural_sim::json::install();
    let root = mount_point();
    let refused: Rc<RefCell<Option<String>>> = Rc::default();
    let record = refused.clone();
    mount_allocation(
        &root,
        "t2",
        Lang::En,
        Callback::from(|_| panic!("an out-of-range share must not change the allocation")),
        Callback::from(move |m: urban_rural_sim::i18n::Bilingual| *record.borrow_mut() = Some(m.en)),
        Callback::noop(),
    );
    settle().await;
    let entry: HtmlInputElement =
        root.query_selector("input.entry[aria-label*='Urban']").unwrap().unwrap().dyn_into().unwrap();
    entry.set_value("140");
    fire(&entry, "change");
    settle().await;
    let message = refused.borrow().clone().expect("refused");
    assert!(message.contains("between 0 and 100"), "{message}");
}

#[wasm_bindgen_test]
async fn a_share_can_be_typed_as_an_amount_in_yi_yuan_also_with_ime_digits() {
    urban_rural_sim::json::install();
    let root = mount_point();
    let seen: Rc<RefCell<Option<Allocation>>> = Rc::default();
    let record = seen.clone();
    mount_allocation(
        &root,
        "t3",
        Lang::Zh,
        Callback::from(move |a| *record.borrow_mut() = Some(a)),
        Callback::noop(),
        Callback::noop(),
    );
    settle().await;
    let amount: HtmlInputElement =
        root.query_selector("input.amount[aria-label*='强城']").unwrap().unwrap().dyn_into().unwrap();
    // 300 bn yuan is 3000 亿元: half of it shows as 1500.0.
    assert_eq!(amount.value(), "1500.0");
    // Typed through a Chinese IME: full-width digits.
    amount.set_value("９００");
    fire(&amount, "change");
    settle().await;
    let a = seen.borrow().expect("the amount set a share");
    assert_eq!(a.urban, 0.3, "900 of 3000 亿元 is 30 %, exactly");
    assert!((a.urban + a.rural + a.integration - 1.0).abs() < 1e-12);
}

#[wasm_bindgen_test]
async fn kpi_cards_show_year_end_completion_and_the_change_against_baseline() {
    urban_rural_sim::json::install();
    let root = mount_point();
    let base = Scenario::zhejiang_2025();
    // The built-in programme runs at its capacity: only slower work moves it.
    let mut slower = base.clone();
    slower.levers.execution_speed = 0.8;
    let props = KpiProps {
        scenario: Rc::new(project(&slower)),
        baseline: Rc::new(project(&base)),
        // 2027: money completed in 2025 comes into service over the next
        // years (model 1.2), so 2025's ratio barely moves (less than its last digit).
        year_index: 2,
        lang: Lang::En,
        band: None,
        only: None,
        unmoved: Rc::default(),
    };
    let expected = format!("{:.1} %", props.scenario.years[2].completion_rate[0] * 100.0);
    yew::Renderer::<KpiStrip>::with_root_and_props(root.clone(), props).render();
    settle().await;
    let urban = root.query_selector("[data-kpi=urban]").unwrap().unwrap().text_content().unwrap();
    assert!(urban.contains(&expected), "{urban}");
    assert!(urban.contains("▼ −"), "{urban}");
    assert!(urban.contains("vs baseline"), "{urban}");
    // Slower work builds less rural capital, so the ratio rises: shown as a bad move.
    let ratio = root.query_selector("[data-kpi=income-ratio] .kpi-delta").unwrap().unwrap();
    assert!(ratio.text_content().unwrap().starts_with('▲'), "{:?}", ratio.text_content());
    assert!(ratio.class_name().contains("bad"));
    let target = root.query_selector("[data-kpi=income-ratio] .kpi-target").unwrap().unwrap();
    assert!(target.text_content().unwrap().contains("target met < 1.9"), "{:?}", target.text_content());
}

/// A target no lever moves (model::reach) says so on its card and in the
/// list of targets, in words (issue 19, item 7).
#[wasm_bindgen_test]
async fn a_target_no_lever_moves_says_so_on_its_card() {
    urban_rural_sim::json::install();
    let root = mount_point();
    let mut s = Scenario::zhejiang_2025();
    s.assumptions.outcomes.regional_stock_effect = 0.0;
    s.assumptions.outcomes.urbanization_speed = 0.0;
    let unmoved = urban_rural_sim::model::reach::unmoved_targets(&s);
    assert!(unmoved.contains(&"city_gap_2025"), "{unmoved:?}");
    let props = KpiProps {
        scenario: Rc::new(project(&s)),
        baseline: Rc::new(project(&s)),
        year_index: 0,
        lang: Lang::En,
        band: None,
        only: None,
        unmoved: Rc::new(unmoved),
    };
    yew::Renderer::<KpiStrip>::with_root_and_props(root.clone(), props).render();
    settle().await;
    let card = root.query_selector("[data-kpi=city-gap]").unwrap().unwrap().text_content().unwrap();
    assert!(card.contains("No lever moves this figure"), "{card}");
    let ratio = root.query_selector("[data-kpi=income-ratio]").unwrap().unwrap().text_content().unwrap();
    assert!(!ratio.contains("No lever moves"), "{ratio}");
    let item = root.query_selector("[data-target=city_gap_2025]").unwrap().unwrap().text_content().unwrap();
    assert!(item.contains("No lever moves this figure"), "{item}");
}

/// The same seed gives the same band in the browser as natively: the same
/// draws kept and rejected, the same probabilities, and every quantile equal
/// to 1e-12 relative (wasm's exp and ln are not the platform's, so the
/// last bit may differ). The native run is tests/golden/band-300-seed-7.json.
#[wasm_bindgen_test]
fn the_band_in_wasm_is_the_native_band() {
    urban_rural_sim::json::install();
    let band = urban_rural_sim::model::uncertainty::uncertainty(&Scenario::zhejiang_2025(), 300, 7, 1.0);
    let golden: urban_rural_sim::model::uncertainty::Band =
        serde_json::from_str(include_str!("golden/band-300-seed-7.json")).unwrap();
    assert_eq!((band.draws, band.rejected, &band.years), (golden.draws, golden.rejected, &golden.years));
    assert_eq!(band.targets, golden.targets);
    let mut worst = 0.0f64;
    for (a, b) in band.outcomes.iter().zip(&golden.outcomes) {
        for (qa, qb) in a.quantiles.iter().zip(&b.quantiles) {
            for (x, y) in qa.iter().zip(qb) {
                worst = worst.max((x - y).abs() / y.abs().max(1.0));
            }
        }
    }
    assert!(worst <= 1e-12, "largest relative difference {worst:e}");
}

/// In the browser, JSON is read by the browser's `JSON.parse` (crates/formats/src/json.rs,
/// so serde_json's parser is not in the wasm): the same files give the same
/// typed, validated values as serde_json's parser natively, floats to the
/// last bit, and bad JSON is still refused with a message.
#[wasm_bindgen_test]
fn json_read_by_the_browser_gives_what_serde_json_gives() {
    urban_rural_sim::json::install();
    use urban_rural_sim::io::library::{import, Entry, Imported};
    use urban_rural_sim::model::region::{Region, ZHEJIANG_2025_JSON};

    // The region file: the whole built-in scenario comes from it.
    let web = Region::from_json(ZHEJIANG_2025_JSON).expect("the region file reads");
    let native: Region = serde_json::from_str(ZHEJIANG_2025_JSON).unwrap();
    assert!(web == native, "the region read by JSON.parse differs from serde_json's");

    // A scenario file round trip, and with a changed lever.
    let mut changed = Scenario::zhejiang_2025();
    changed.name = "试验 \"引号\" \\ 😀".to_string();
    changed.levers.execution_speed = 0.388;
    for s in [Scenario::zhejiang_2025(), changed] {
        assert_eq!(Scenario::from_json(&s.to_json()).unwrap(), s);
        let entry = Entry {
            id: "a1".into(),
            name: s.name.clone(),
            saved_at: "2026-01-01T00:00:00Z".into(),
            scenario: s.clone(),
        };
        assert_eq!(Entry::from_json(&entry.to_json()).unwrap().scenario, s);
        assert!(matches!(import(&s.to_json()), Ok(Imported::Scenario { .. })));
    }

    // Floats exactly as Rust reads them, escapes, integers written as 3.0.
    let text = r#"[0.1, 0.388, 1e-7, 123456.789, 5e-324, 1.7976931348623157e308, 3.0, -0.0, 2030, "a\"b\\c\u00e9\ud83d\ude00\n"]"#;
    let value = urban_rural_sim::json::parse(text).unwrap();
    let floats: Vec<f64> = value.as_array().unwrap()[..9].iter().map(|v| v.as_f64().unwrap()).collect();
    assert_eq!(floats, [0.1, 0.388, 1e-7, 123456.789, 5e-324, f64::MAX, 3.0, 0.0, 2030.0]);
    assert_eq!(value[9].as_str(), Some("a\"b\\cé😀\n"));

    // Bad JSON: refused, with the browser's reason in the message.
    let error = Scenario::from_json("{\"format_version\": 2,").unwrap_err();
    assert!(error.en.starts_with("not valid JSON: ") && error.en.len() > "not valid JSON: ".len(), "{}", error.en);
    assert!(urban_rural_sim::json::parse("[1, 2").is_err());
    assert!(urban_rural_sim::json::parse("").is_err());
}

/// In the browser numbers are read with parseFloat after Rust's grammar
/// (crates/formats/src/number.rs, so core's float-parsing tables are not in the wasm): the
/// same f64, bit for bit, as Rust's own `from_str`, for typed, linked and
/// written numbers, halfway cases and the extremes.
#[wasm_bindgen_test]
fn numbers_read_by_the_browser_are_rusts_to_the_bit() {
    urban_rural_sim::json::install();
    use urban_rural_sim::number::parse_f64;
    let mut texts: Vec<String> = [
        "0",
        "-0",
        "1.",
        ".5",
        "+.5",
        "0.388",
        "38.8",
        "3000",
        "1e-7",
        "1E5",
        "2.5e+3",
        "inf",
        "-Infinity",
        "NaN",
        "4.9e-324",
        "2.4703282292062327e-324",
        "2.4703282292062328e-324",
        "1.7976931348623157e308",
        "1.7976931348623158e308",
        "1.7976931348623159e308",
        "1e400",
        "1e-400",
        "9007199254740993",
        "0.1000000000000000055511151231257827021181583404541015625",
        "123456789012345678901234567890.5",
        "",
        ".",
        "1e",
        "0x10",
        " 1",
        "1 ",
        "1_0",
        "Infinity!",
        "--1",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    // Pseudo-random floats as the app writes them.
    let mut x = 0x9e37_79b9_7f4a_7c15u64;
    for _ in 0..3000 {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let v = f64::from_bits(x);
        texts.extend([
            format!("{v}"),
            format!("{v:e}"),
            format!("{v:.11e}"),
            format!("{:.3}", (x % 100_000) as f64 / 7.0),
        ]);
    }
    for text in &texts {
        let rust = text.parse::<f64>().ok();
        let web = parse_f64(text);
        assert_eq!(web.map(|v| v.is_nan()), rust.map(|v| v.is_nan()), "{text:?}");
        if rust.is_some_and(|v| !v.is_nan()) {
            assert_eq!(web.map(f64::to_bits), rust.map(f64::to_bits), "{text:?}");
        }
    }
}
