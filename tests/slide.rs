//! Presentation slides, natively: the keys a presenter or a clicker sends,
//! the easing of a move, and lines moving from one slide's chart to the next.

use urban_rural_sim::app::charts::spec::{ChartSpec, Layer};
use urban_rural_sim::app::charts::specs::{build, ChartKind, Role, Shown};
use urban_rural_sim::app::slide::{command_for, progress, Command, HOLD_MS, MOVE_MS};
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
