//! The first screen's handover to the full app (app/handover.rs), natively:
//! the state survives the trip through serde (the browser takes it through
//! a JS object, serde-wasm-bindgen; JSON here) with its undo and redo
//! history, view and messages, over the library the full app read itself.

use urban_rural_sim::app::charts::specs::ChartKind;
use urban_rural_sim::app::handover::{Handover, Shown, Tab};
use urban_rural_sim::app::store::{reduce, Action, BaselineBand, Layout, State};
use urban_rural_sim::i18n::{Bilingual, Lang};
use urban_rural_sim::model::Scenario;

fn run(state: State, actions: impl IntoIterator<Item = Action>) -> State {
    actions.into_iter().fold(state, |s, a| reduce(&s, a).0)
}

#[test]
fn scenario_history_view_and_messages_survive_the_handover() {
    let start = State::new(Scenario::zhejiang_2025(), Lang::Zh, 1280.0);
    let state = run(
        start,
        [
            Action::SetParam { id: "execution_speed", value: 1.1 },
            Action::SetParam { id: "plan_funds_bn", value: 340.0 },
            Action::SetParam { id: "hukou_reform", value: 1.6 },
            Action::Undo,
            Action::SetLang(Lang::En),
            Action::SetYear(3),
            Action::SetLayout(Layout::Four),
            Action::SetSlot(1, ChartKind::Urbanization),
            Action::SetBaselineBand(BaselineBand::Shown),
            Action::Inform(Bilingual::new("已保存", "Saved")),
        ],
    );
    assert_eq!((state.doc.past.len(), state.doc.future.len()), (2, 1));
    let shown = Shown { tab: Tab::Library, ..Shown::default() };
    assert!(shown.needs_full() && !Shown::default().needs_full());

    let handover = Handover::of(&state, shown.clone());
    let text = serde_json::to_string(&handover).unwrap();
    let back: Handover = serde_json::from_str(&text).unwrap();
    assert_eq!(back, handover);

    // The full app's own start (its library from storage), then the handover.
    let full = back.apply(State::new(Scenario::zhejiang_2025(), Lang::Zh, 1920.0));
    assert_eq!(full.doc, state.doc);
    assert_eq!(full.view, state.view);
    assert_eq!(full.messages, state.messages);
    assert_eq!(back.shown, shown);

    // Undo and redo go on from where the first screen was.
    let redone = run(full.clone(), [Action::Redo]);
    assert_eq!(redone.doc.scenario, run(state.clone(), [Action::Redo]).doc.scenario);
    let undone = run(full, [Action::Undo, Action::Undo]);
    assert_eq!(undone.doc.scenario, Scenario::zhejiang_2025());
}

#[test]
fn an_unknown_chart_id_keeps_the_slot() {
    let state = State::new(Scenario::zhejiang_2025(), Lang::Zh, 1280.0);
    let mut handover = Handover::of(&state, Shown::default());
    handover.slots[0] = "no-such-chart".into();
    let full = handover.apply(State::new(Scenario::zhejiang_2025(), Lang::Zh, 1280.0));
    assert_eq!(full.view.slots, state.view.slots);
}
