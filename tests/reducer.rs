//! The app's reducer, natively: what a planner does (drags, undo, refusals,
//! the library) as actions, and what the state and the effects then are.

use urban_rural_sim::app::charts::specs::ChartKind;
use urban_rural_sim::app::store::{
    reduce, Action, CompareRef, Done, Effect, Layout, LibraryAction, Loaded, State, COMPARE_LIMIT,
};
use urban_rural_sim::i18n::{Bilingual, Lang};
use urban_rural_sim::io::library::Entry;
use urban_rural_sim::model::Scenario;

fn fresh() -> State {
    State::new(Scenario::zhejiang_2025(), Lang::Zh, 1280.0)
}

/// Apply the actions in turn; the effects of the last one.
fn run(state: &mut State, actions: impl IntoIterator<Item = Action>) -> Vec<Effect> {
    let mut effects = Vec::new();
    for a in actions {
        let (next, e) = reduce(state, a);
        *state = next;
        effects = e;
    }
    effects
}

fn speed(v: f64) -> Action {
    Action::SetParam { id: "execution_speed", value: v }
}

fn entry(id: &str, name: &str) -> Entry {
    let scenario = Scenario { name: name.into(), ..Scenario::zhejiang_2025() };
    Entry { id: id.into(), name: name.into(), saved_at: "2026-01-01T00:00:00.000Z".into(), scenario }
}

/// What the edge reports after writing: the library as storage now holds it.
fn stored(entries: Vec<Entry>, error: Option<Bilingual>, written: usize, done: Done) -> Action {
    Action::Stored { library: Loaded { entries, damaged: vec![] }, written, error, done }
}

#[test]
fn a_drag_is_one_undo_step_and_redo_brings_it_back() {
    let mut s = fresh();
    let start = s.doc.projection.clone();
    // One drag, frame by frame, then the release.
    run(&mut s, [speed(1.05), Action::Batch(vec![speed(1.1)]), Action::Batch(vec![speed(1.2), Action::EndStep])]);
    assert_eq!(s.doc.scenario.levers.execution_speed, 1.2);
    assert_eq!(s.doc.past.len(), 1, "the whole drag is one step");
    assert_ne!(s.doc.projection, start, "the projection follows the scenario");
    // A second drag of the same lever after the release is a step of its own.
    run(&mut s, [speed(1.3), Action::EndStep]);
    assert_eq!(s.doc.past.len(), 2);
    run(&mut s, [Action::Undo, Action::Undo]);
    assert_eq!(s.doc.scenario, Scenario::zhejiang_2025());
    assert_eq!(s.doc.projection, start);
    run(&mut s, [Action::Redo]);
    assert_eq!(s.doc.scenario.levers.execution_speed, 1.2);
    assert_eq!((s.doc.past.len(), s.doc.future.len()), (1, 1));
    // A new change after undo drops what could be redone.
    run(&mut s, [speed(1.1), Action::EndStep]);
    assert!(s.doc.future.is_empty());
    // Undo with nothing to undo changes nothing.
    let mut blank = fresh();
    let before = blank.clone();
    run(&mut blank, [Action::Undo, Action::Redo]);
    assert_eq!(blank, before);
}

#[test]
fn a_refused_change_leaves_everything_as_it_was_but_the_message() {
    let mut s = fresh();
    run(&mut s, [speed(1.1), Action::EndStep]);
    let before = s.clone();
    // A batch with one bad value in it: none of it is taken.
    let effects = run(
        &mut s,
        [Action::Batch(vec![
            Action::SetParam { id: "plan_funds_bn", value: 123.0 },
            Action::SetParam { id: "execution_speed", value: f64::NAN },
        ])],
    );
    assert!(effects.is_empty());
    assert!(s.messages.error.is_some(), "the planner is told why");
    assert_eq!(s.doc, before.doc);
    assert_eq!((s.view.clone(), s.library.clone()), (before.view.clone(), before.library.clone()));
    // Input the UI could not read is refused the same way.
    run(&mut s, [Action::Refuse(Bilingual::new("不是数字", "not a number"))]);
    assert_eq!(s.doc, before.doc);
    assert_eq!(s.messages.error.as_ref().map(|e| e.en.as_str()), Some("not a number"));
    // The next good change clears the message.
    run(&mut s, [speed(1.2)]);
    assert_eq!(s.messages.error, None);
}

#[test]
fn saving_writes_first_and_takes_the_name_only_once_storage_has_it() {
    let mut s = fresh();
    run(&mut s, [speed(1.2), Action::EndStep]);
    let save = LibraryAction::Save { name: " 方案 A ".into(), id: "s1".into(), at: "2026-01-02T00:00:00Z".into() };
    let effects = run(&mut s, [Action::Library(save)]);
    let [Effect::Write { entries, done }] = effects.as_slice() else { panic!("one write: {effects:?}") };
    assert_eq!((entries[0].id.as_str(), entries[0].name.as_str()), ("s1", "方案 A"));
    assert_eq!(entries[0].scenario.levers.execution_speed, 1.2, "the current scenario is what is saved");
    assert_eq!(*done, Done::Saved("方案 A".into()));
    assert!(s.library.saved.entries.is_empty(), "nothing changes before storage has it");

    // Storage full: the library stays as storage holds it, and the planner is told.
    let full = Bilingual::new("存储已满", "storage full");
    let mut failed = s.clone();
    run(&mut failed, [stored(vec![], Some(full.clone()), 0, done.clone())]);
    assert!(failed.library.saved.entries.is_empty());
    assert_eq!(failed.messages.error, Some(full));
    assert_ne!(failed.doc.scenario.name, "方案 A");

    run(&mut s, [stored(entries.clone(), None, 1, done.clone())]);
    assert_eq!(s.library.saved.entries.len(), 1);
    assert_eq!(s.doc.scenario.name, "方案 A");
    assert!(s.messages.notice.as_ref().is_some_and(|n| n.zh.contains("方案 A")));
}

#[test]
fn a_bad_name_is_refused_before_anything_is_written() {
    let mut s = fresh();
    let before = s.clone();
    let effects =
        run(&mut s, [Action::Library(LibraryAction::Save { name: "   ".into(), id: "s1".into(), at: "t".into() })]);
    assert!(effects.is_empty());
    assert!(s.messages.error.is_some());
    assert_eq!(s.doc, before.doc);
}

#[test]
fn open_rename_duplicate_and_delete_act_on_the_library_as_stored() {
    let mut s = fresh().with_library(Loaded { entries: vec![entry("a", "方案 A")], damaged: vec![] });
    // Open is an undoable change of the scenario.
    run(&mut s, [Action::Library(LibraryAction::Open("a".into()))]);
    assert_eq!(s.doc.scenario.name, "方案 A");
    assert_eq!(s.doc.past.len(), 1);
    let effects = run(&mut s, [Action::Library(LibraryAction::Rename { id: "a".into(), name: "方案 B".into() })]);
    assert!(
        matches!(&effects[..], [Effect::Write { entries, .. }] if entries[0].name == "方案 B" && entries[0].id == "a")
    );
    let effects =
        run(&mut s, [Action::Library(LibraryAction::Duplicate { id: "a".into(), new_id: "b".into(), at: "t".into() })]);
    assert!(
        matches!(&effects[..], [Effect::Write { entries, .. }] if entries[0].name == "方案 A（副本）" && entries[0].id == "b")
    );
    // Deleting a compared scenario also frees its compare slot once storage no longer has it.
    run(&mut s, [Action::ToggleCompare(CompareRef::Saved("a".into())), Action::ToggleCompare(CompareRef::Current)]);
    assert_eq!(s.compared().len(), 2);
    let effects = run(&mut s, [Action::Library(LibraryAction::Delete("a".into()))]);
    assert_eq!(effects, vec![Effect::RemoveEntry { id: "a".into() }]);
    run(&mut s, [stored(vec![], None, 0, Done::Changed)]);
    assert_eq!(s.library.compare, vec![CompareRef::Current]);
    // An entry another window deleted cannot be opened.
    let before = s.doc.clone();
    run(&mut s, [Action::Library(LibraryAction::Open("a".into()))]);
    assert!(s.messages.error.is_some());
    assert_eq!(s.doc, before);
}

#[test]
fn an_import_gives_taken_ids_fresh_ones_and_says_how_far_a_full_storage_let_it_get() {
    let mut s = fresh().with_library(Loaded { entries: vec![entry("a", "旧的")], damaged: vec![] });
    let import = LibraryAction::Import {
        entries: vec![entry("a", "新的 1"), entry("c", "新的 2")],
        fresh_ids: vec!["x1".into(), "x2".into()],
    };
    let effects = run(&mut s, [Action::Library(import)]);
    let [Effect::Write { entries, done }] = effects.as_slice() else { panic!("{effects:?}") };
    let ids: Vec<&str> = entries.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["x1", "c"], "a taken id gets a fresh one, a free one is kept");
    assert_eq!(*done, Done::Imported(2));
    let mut partial = s.clone();
    let kept = vec![entry("a", "旧的"), entries[0].clone()];
    run(&mut partial, [stored(kept, Some(Bilingual::new("满", "full")), 1, done.clone())]);
    assert_eq!(partial.library.saved.entries.len(), 2, "what was written stays and is listed");
    assert!(partial.messages.error.as_ref().is_some_and(|e| e.en.starts_with("Stopped after importing 1 of 2")));
}

#[test]
fn reset_all_takes_the_built_in_levers_and_name() {
    let mut s = fresh().with_library(Loaded { entries: vec![entry("a", "方案 A")], damaged: vec![] });
    run(&mut s, [Action::Library(LibraryAction::Open("a".into())), speed(1.3), Action::EndStep, Action::ResetAll]);
    assert_eq!(s.doc.scenario, Scenario::zhejiang_2025());
}

#[test]
fn view_settings_are_typed_and_bounded() {
    let mut s = fresh();
    assert_eq!(s.view.layout, Layout::Two, "two charts at 1280 px");
    assert_eq!(State::new(Scenario::zhejiang_2025(), Lang::Zh, 1920.0).view.layout, Layout::Four);
    run(&mut s, [Action::SetLayout(Layout::One), Action::SetYear(99), Action::SetSlot(3, ChartKind::Cities)]);
    assert_eq!(s.view.layout.count(), 1);
    assert_eq!(s.view.year_index, 5, "the last year of the horizon");
    assert_eq!(s.view.slots[3], ChartKind::Cities);
    run(&mut s, [Action::SetSlot(9, ChartKind::Mountain), Action::SetLang(Lang::En)]);
    assert_eq!(s.view.lang, Lang::En);
    assert!(s.doc.past.is_empty(), "view settings are not undo steps");
}

#[test]
fn at_most_four_scenarios_are_compared() {
    let entries = (0..4).map(|i| entry(&format!("e{i}"), &format!("方案 {i}"))).collect();
    let mut s = fresh().with_library(Loaded { entries, damaged: vec![] });
    run(&mut s, (0..4).map(|i| Action::ToggleCompare(CompareRef::Saved(format!("e{i}")))));
    assert_eq!(s.library.compare.len(), COMPARE_LIMIT);
    run(&mut s, [Action::ToggleCompare(CompareRef::Baseline)]);
    assert_eq!(s.library.compare.len(), COMPARE_LIMIT);
    assert!(s.messages.error.is_some());
    run(&mut s, [Action::ToggleCompare(CompareRef::Saved("e0".into())), Action::ToggleCompare(CompareRef::Baseline)]);
    assert_eq!(s.compared().first().map(|c| c.0.as_str()), Some("方案 1"));
    assert_eq!(s.compared().last().map(|c| c.0.as_str()), Some("基准"));
}

#[test]
fn the_baseline_band_and_a_kept_question_are_view_settings_not_undo_steps() {
    use urban_rural_sim::app::store::{BaselineBand, SeekRequest};
    use urban_rural_sim::model::goal_seek::{Freedom, Goal, Objective};
    use urban_rural_sim::model::Outcome;
    let mut s = fresh();
    assert_eq!(s.view.baseline_band, BaselineBand::Hidden, "the baseline's band is on request");
    let kept = SeekRequest {
        goals: vec![Goal::new(Outcome::IncomeRatio, 2030, 1.62).unwrap()],
        freedom: Freedom::SharesOnly,
        objective: Objective::LeastChange,
        rules: Default::default(),
        likely: None,
    };
    run(&mut s, [Action::SetBaselineBand(BaselineBand::Shown), Action::KeepSolving(Some(kept.clone()))]);
    assert_eq!(s.view.baseline_band, BaselineBand::Shown);
    assert_eq!(s.view.keep_solving, Some(kept));
    assert!(s.doc.past.is_empty());
    run(&mut s, [Action::KeepSolving(None)]);
    assert_eq!(s.view.keep_solving, None);
}

#[test]
fn a_new_build_is_offered_until_dismissed_and_survives_other_messages() {
    let mut s = fresh();
    assert!(!s.messages.update_ready);
    let before = s.clone();
    run(&mut s, [Action::UpdateReady]);
    assert!(s.messages.update_ready);
    assert_eq!(s.doc, before.doc, "nothing else changes");
    // A refused input and a good change leave the offer standing.
    run(&mut s, [Action::Refuse(Bilingual::new("不是数字", "not a number")), speed(1.1)]);
    assert!(s.messages.update_ready);
    run(&mut s, [Action::Dismiss]);
    assert!(!s.messages.update_ready);
}

/// A share link's year and layout are shown as the planner left them; a year
/// outside the projection keeps the first and says so.
#[test]
fn a_links_year_and_layout_are_shown_and_a_year_outside_the_horizon_is_said() {
    use urban_rural_sim::app::store::Layout;
    use urban_rural_sim::io::link::LinkView;
    let mut s = fresh();
    s.show_link_view(LinkView { year: Some(2027), charts: Some(1) });
    assert_eq!(s.doc.projection.years[s.view.year_index].year, 2027);
    assert_eq!(s.view.layout, Layout::One);
    assert!(s.messages.notice.is_none());
    let mut s = fresh();
    s.show_link_view(LinkView { year: Some(2099), charts: None });
    assert_eq!(s.view.year_index, 0);
    let notice = s.messages.notice.expect("a notice");
    assert!(notice.zh.contains("2099") && notice.en.contains("outside the projection"), "{notice:?}");
}

/// A value a setting cannot hold (a reporting month of 13, a share of
/// 140 %) is refused with a message in both languages, never clamped; the
/// scenario stays as it was (issue 19, item 8).
#[test]
fn a_value_outside_the_hard_bounds_is_refused_not_clamped() {
    for (id, value) in [("calibration_month", 13.0), ("calibration_month", 0.0), ("plan_share_rural", 1.4)] {
        let state = fresh();
        let (next, _) = reduce(&state, Action::SetParam { id, value });
        assert_eq!(next.doc.scenario, state.doc.scenario, "{id} = {value}");
        let error = next.messages.error.clone().expect("a message");
        assert!(error.en.contains("outside its hard bounds") && error.zh.contains("超出其硬性范围"), "{error}");
    }
}

/// Issue 23, item 4: exports are named for what the screen holds — the
/// scenario's name as it came or was saved, "未保存的情景（基于 …）" once
/// changed (before: a changed scenario exported as "浙江 2025 / Zhejiang 2025").
#[test]
fn the_export_name_says_when_the_scenario_is_an_unsaved_change() {
    let mut s = fresh();
    assert_eq!(s.export_name().zh, "浙江 2025");
    run(&mut s, [speed(1.2)]);
    assert_eq!(s.export_name().zh, "未保存的情景（基于 浙江 2025）");
    assert_eq!(s.export_name().en, "Unsaved scenario (based on Zhejiang 2025)");
    run(&mut s, [speed(Scenario::zhejiang_2025().levers.execution_speed)]);
    assert_eq!(s.export_name().zh, "浙江 2025", "moved back: as it was");
    // A file under its own name is named by it, until it is changed.
    let mut file = Scenario::zhejiang_2025();
    file.name = "县域方案".into();
    file.levers.execution_speed = 1.1;
    run(&mut s, [Action::Load { scenario: Box::new(file.clone()), notice: None }]);
    assert_eq!(s.export_name().zh, "县域方案");
    run(&mut s, [speed(0.9)]);
    assert_eq!(s.export_name().zh, "未保存的情景（基于 县域方案）");
    // An answer of goal seek applied (same name) is a change.
    let mut answer = file.clone();
    answer.levers.execution_speed = 1.3;
    run(&mut s, [Action::Load { scenario: Box::new(answer), notice: None }]);
    assert_eq!(s.export_name().zh, "未保存的情景（基于 县域方案）");
    // Saved in the library: its name again.
    let saved =
        Entry { id: "k1".into(), name: "县域方案".into(), saved_at: "t".into(), scenario: s.doc.scenario.clone() };
    let s = s.with_library(Loaded { entries: vec![saved], damaged: vec![] });
    assert_eq!(s.export_name().zh, "县域方案");
}
