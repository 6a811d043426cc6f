//! (web-free) What a presentation slide is made of and how it is driven:
//! the keys a presenter (or a clicker) presses, the charts a slide shows,
//! and the timing of "replay last change". The component is `present.rs`.

use super::charts::specs::ChartKind;

/// What a key does during a presentation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Command {
    Next,
    Previous,
    First,
    Last,
    /// Show the state before the last change, pause, then the change again.
    Replay,
    /// Open or close the levers for a live what-if.
    Levers,
    Leave,
}

/// The command for a `KeyboardEvent.key`. Clickers send PageDown/PageUp
/// (some send arrows or space); Esc leaves.
pub fn command_for(key: &str) -> Option<Command> {
    Some(match key {
        "ArrowRight" | "ArrowDown" | "PageDown" | " " | "Enter" => Command::Next,
        "ArrowLeft" | "ArrowUp" | "PageUp" | "Backspace" => Command::Previous,
        "Home" => Command::First,
        "End" => Command::Last,
        "r" | "R" => Command::Replay,
        "l" | "L" => Command::Levers,
        "Escape" => Command::Leave,
        _ => return None,
    })
}

/// The charts on a slide: how the money is spent this year and the income
/// ratio over the years, side by side at 16:9.
pub const SLIDE_CHARTS: [ChartKind; 2] = [ChartKind::Completion, ChartKind::IncomeRatio];

/// How much larger than on the planner's screen the charts draw their text
/// and lines on a slide (15 px axis labels → 21 px at 1920 × 1080).
pub const SLIDE_ZOOM: f64 = 1.4;

/// Lines move from one slide to the next in this long, ms.
pub const MOVE_MS: f64 = 650.0;
/// "Replay last change" shows the earlier state this long first, ms, so
/// the room can say what it expects.
pub const HOLD_MS: f64 = 1500.0;

/// Where a move started `elapsed` ms ago (after `hold` ms showing the
/// start) stands: 0 at the start, 1 done; eased (slow–fast–slow).
pub fn progress(elapsed: f64, hold: f64) -> f64 {
    let t = ((elapsed - hold) / MOVE_MS).clamp(0.0, 1.0);
    t * t * (3.0 - 2.0 * t)
}
