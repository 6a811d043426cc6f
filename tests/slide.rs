//! Presentation slides, natively: the keys a presenter or a clicker sends,
//! the easing of a move, and lines moving from one slide's chart to the next.

use urban_rural_sim::app::charts::spec::{ChartSpec, Layer};
use urban_rural_sim::app::charts::specs::{build, ChartKind, Role, Shown};
use urban_rural_sim::app::slide::{
    command_for, progress, progress_for, replay_phase, route, slide_charts, slide_sentences, Command, KeyPlace,
    ReplayPhase, AFTER_MS, HOLD_MS, LEAVE_OUT_FIRST, MOVE_MS, SLIDE_CHARTS,
};
use urban_rural_sim::app::slide_cards::{choose_cards, moved, DEFAULT_CARDS, SLIDE_CARDS};
use urban_rural_sim::app::summary::{summarize, Topic};
use urban_rural_sim::i18n::Lang;
use urban_rural_sim::model::{project, Projection, Scenario};

#[test]
fn clicker_and_keyboard_keys_step_and_typing_keys_do_nothing() {
    for key in ["ArrowRight", "ArrowDown", "PageDown", " "] {
        assert_eq!(command_for(key), Some(Command::Next), "{key}");
    }
    for key in ["ArrowLeft", "ArrowUp", "PageUp"] {
        assert_eq!(command_for(key), Some(Command::Previous), "{key}");
    }
    assert_eq!(command_for("Escape"), Some(Command::Leave));
    assert_eq!(command_for("Home"), Some(Command::First));
    assert_eq!(command_for("End"), Some(Command::Last));
    assert_eq!(command_for("r"), Some(Command::Replay));
    assert_eq!(command_for("L"), Some(Command::Levers));
    assert_eq!(command_for("q"), Some(Command::Qr));
    for key in ["a", "1", "Tab", "Shift", "F5"] {
        assert_eq!(command_for(key), None, "{key}");
    }
}

#[test]
fn a_move_holds_then_eases_from_start_to_end() {
    assert_eq!(progress(0.0, 0.0), 0.0);
    assert_eq!(progress(MOVE_MS, 0.0), 1.0);
    assert_eq!(progress(MOVE_MS * 3.0, 0.0), 1.0);
    assert!((progress(MOVE_MS / 2.0, 0.0) - 0.5).abs() < 1e-12);
    // Slow at both ends: a quarter of the time covers less than a quarter of the way.
    assert!(progress(MOVE_MS / 4.0, 0.0) < 0.25);
    // Replay: nothing moves during the hold.
    assert_eq!(progress(HOLD_MS - 1.0, HOLD_MS), 0.0);
    assert!(progress(HOLD_MS + MOVE_MS / 2.0, HOLD_MS) > 0.4);
}

fn income_chart(p: &Projection, base: &Projection) -> ChartSpec {
    let shown = [
        Shown { name: "scenario".into(), projection: p, role: Role::Scenario },
        Shown { name: "baseline".into(), projection: base, role: Role::Baseline },
    ];
    build(ChartKind::IncomeRatio, &shown, 0, Lang::Zh).expect("a line chart").spec
}

#[test]
fn lines_move_from_the_last_slide_to_this_one_and_nothing_else_does() {
    let a = Scenario::zhejiang_2025();
    let mut b = a.clone();
    b.levers.plan_funds_bn = 380.0;
    let base = project(&a.baseline());
    let (from, to) = (income_chart(&project(&a), &base), income_chart(&project(&b), &base));
    let line = |s: &ChartSpec| s.series.iter().find(|x| x.layer == Layer::Scenario).unwrap().points.clone();
    assert_ne!(line(&from), line(&to), "more money moves the income ratio");
    assert_eq!(line(&ChartSpec::tween(&from, &to, 0.0)), line(&from));
    assert_eq!(ChartSpec::tween(&from, &to, 1.0), to);
    let half = ChartSpec::tween(&from, &to, 0.5);
    for ((h, f), t) in line(&half).iter().zip(line(&from)).zip(line(&to)) {
        assert_eq!(h.0, t.0, "the years stay");
        assert!((h.1 - (f.1 + t.1) / 2.0).abs() < 1e-12);
    }
    // The axes, targets and the back canvas are the new slide's throughout.
    assert_eq!(half.back_key(), to.back_key());
}

#[test]
fn with_reduced_motion_a_replay_holds_then_jumps() {
    assert_eq!(progress_for(HOLD_MS - 1.0, HOLD_MS, true), 0.0, "the earlier state for the pause");
    assert_eq!(progress_for(HOLD_MS, HOLD_MS, true), 1.0, "then the change at once, no movement");
    assert_eq!(progress_for(0.0, 0.0, true), 1.0, "a step between slides does not move at all");
    assert_eq!(progress_for(HOLD_MS + MOVE_MS / 2.0, HOLD_MS, false), progress(HOLD_MS + MOVE_MS / 2.0, HOLD_MS));
}

#[test]
fn a_crowded_slide_leaves_out_completion_first_and_the_cost_last_and_never_everything() {
    let mut s = Scenario::zhejiang_2025();
    s.levers.plan_funds_bn = 380.0;
    s.levers.hukou_reform = 1.5;
    let summary = summarize(&s, &project(&s), &project(&s.baseline()), 2, None);
    let topics = |n| slide_sentences(&summary.sentences, n).iter().map(|x| x.topic).collect::<Vec<_>>();
    let all = topics(0);
    assert!(!all.contains(&Topic::Levers), "what changed has its own line on the slide");
    assert_eq!(all.len(), LEAVE_OUT_FIRST.len(), "every outcome when all fit: {all:?}");
    assert_eq!(all.first(), Some(&Topic::Completion), "in the summary's own order");
    assert!(!topics(1).contains(&Topic::Completion), "its chart and KPI card are on the slide");
    assert_eq!(topics(1).len(), all.len() - 1);
    assert_eq!(topics(5), vec![Topic::Cost], "the money and its cost stay longest");
    assert_eq!(topics(99), vec![Topic::Cost], "one sentence always stays");
}

#[test]
fn a_crowded_slide_keeps_the_income_ratio_chart() {
    assert_eq!(slide_charts(false), &SLIDE_CHARTS[..]);
    assert_eq!(
        slide_charts(false),
        &[ChartKind::Completion, ChartKind::IncomeRatio][..],
        "side by side: completion, income"
    );
    assert_eq!(slide_charts(true), &[ChartKind::IncomeRatio][..], "the headline target stays");
}

#[test]
fn a_clicker_key_turns_the_slide_wherever_the_focus_is() {
    for place in [KeyPlace::Slide, KeyPlace::Drawer, KeyPlace::Typing] {
        assert_eq!(route("PageDown", place), Some(Command::Next), "{place:?}");
        assert_eq!(route("PageUp", place), Some(Command::Previous), "{place:?}");
        assert_eq!(route("Escape", place), Some(Command::Leave), "{place:?}");
    }
    // On the slide (or a drawer's control the pointer and Tab have left) every key steps.
    for key in ["ArrowRight", " ", "Home", "End"] {
        assert!(route(key, KeyPlace::Slide).is_some_and(Command::steps), "{key}");
    }
    // A control the pointer or Tab is in keeps its arrows, space, Home and End; a text box all it types.
    for key in ["ArrowRight", "ArrowLeft", " ", "Home", "End", "Enter"] {
        assert_eq!(route(key, KeyPlace::Drawer), None, "{key}");
        assert_eq!(route(key, KeyPlace::Typing), None, "{key}");
    }
    assert_eq!(route("q", KeyPlace::Drawer), Some(Command::Qr));
    assert_eq!(route("q", KeyPlace::Typing), None, "typed, not the QR code");
    assert_eq!(route("r", KeyPlace::Typing), None);
}

#[test]
fn a_replay_shows_before_then_after_then_the_slide() {
    assert_eq!(replay_phase(0.0), ReplayPhase::Before);
    assert_eq!(replay_phase(HOLD_MS - 1.0), ReplayPhase::Before);
    assert_eq!(replay_phase(HOLD_MS), ReplayPhase::After, "after, as the lines start to move");
    assert_eq!(replay_phase(HOLD_MS + MOVE_MS + AFTER_MS - 1.0), ReplayPhase::After, "and a moment after they arrive");
    assert_eq!(replay_phase(HOLD_MS + MOVE_MS + AFTER_MS), ReplayPhase::Done);
}

fn year(s: &Scenario, i: usize) -> urban_rural_sim::model::YearOutcome {
    project(s).years[i].clone()
}

#[test]
fn a_slide_shows_the_figures_its_change_moves_most() {
    let base = Scenario::zhejiang_2025();
    // More money: completion moves by many points, the income ratio a little.
    let mut money = base.clone();
    money.levers.plan_funds_bn = 380.0;
    let (now, before) = (year(&money, 2), year(&base, 2));
    let cards = choose_cards(&now, &before, &[]);
    assert_eq!(cards.len(), SLIDE_CARDS);
    let first = cards[0];
    assert!(moved(first, &now, &before) >= moved("income-ratio", &now, &before), "{cards:?}");
    assert!(["overall", "urban", "rural", "integration"].contains(&first), "money moves completion most: {cards:?}");
    // Closing public service gaps faster: the standards card comes first.
    let mut standards = base.clone();
    standards.levers.standards_effort = 1.5;
    let (now, before) = (year(&standards, 5), year(&base, 5));
    assert!(moved("standards", &now, &before) >= 1.0, "one standard or more");
    let cards = choose_cards(&now, &before, &[]);
    assert_eq!(cards[0], "standards", "{cards:?}");
    // Nothing changed: the headline figures.
    assert_eq!(choose_cards(&before, &before, &[]), DEFAULT_CARDS.to_vec());
    // Pinned figures come first, each once; unknown ids are ignored; never more than four.
    let pins: Vec<String> = ["city-gap", "nonsense", "city-gap", "rural"].map(String::from).to_vec();
    let cards = choose_cards(&now, &before, &pins);
    assert_eq!(&cards[..3], &["city-gap", "rural", "standards"], "{cards:?}");
    assert_eq!(cards.len(), SLIDE_CARDS);
    let many: Vec<String> = ["urban", "rural", "integration", "overall", "city-gap"].map(String::from).to_vec();
    assert_eq!(choose_cards(&now, &before, &many), vec!["urban", "rural", "integration", "overall"]);
}
