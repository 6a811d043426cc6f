//! (web-free) What a presentation slide is made of and how it is driven:
//! the keys a presenter (or a clicker) presses, the charts a slide shows,
//! and the timing of "replay last change". The component is `present.rs`.

use super::charts::specs::ChartKind;
use super::summary::{Sentence, Topic};

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
    /// Show or hide the slide's QR code, full screen.
    Qr,
    /// Esc: close what is open (the QR code, a question, the levers), else leave.
    Leave,
}

impl Command {
    /// A step between slides.
    pub fn steps(self) -> bool {
        matches!(self, Command::Next | Command::Previous | Command::First | Command::Last)
    }
}

/// The command for a `KeyboardEvent.key`. Clickers send PageDown/PageUp
/// (some send arrows or space); Esc closes or leaves.
pub fn command_for(key: &str) -> Option<Command> {
    Some(match key {
        "ArrowRight" | "ArrowDown" | "PageDown" | " " | "Enter" => Command::Next,
        "ArrowLeft" | "ArrowUp" | "PageUp" | "Backspace" => Command::Previous,
        "Home" => Command::First,
        "End" => Command::Last,
        "r" | "R" => Command::Replay,
        "l" | "L" => Command::Levers,
        "q" | "Q" => Command::Qr,
        "Escape" => Command::Leave,
        _ => return None,
    })
}

/// Where a key is pressed during a presentation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum KeyPlace {
    /// On the slide, or on a control of the levers' drawer that the pointer
    /// or Tab has left: every command key is the presentation's.
    Slide,
    /// On a control of the drawer while the pointer is over it or Tab
    /// brought the focus there: arrows, space, Home and End move the control.
    Drawer,
    /// In a text box of the drawer: what is typed is the box's.
    Typing,
}

/// What a key does where it is pressed. A clicker's PageUp/PageDown and Esc
/// are the presentation's wherever the focus is (a clicker key also ends
/// the drawer's hold on the keys); R, L and Q are not typed into a slider.
pub fn route(key: &str, place: KeyPlace) -> Option<Command> {
    let command = command_for(key)?;
    let always = matches!(key, "PageUp" | "PageDown" | "Escape");
    match place {
        KeyPlace::Slide => Some(command),
        _ if always => Some(command),
        KeyPlace::Drawer => matches!(command, Command::Replay | Command::Levers | Command::Qr).then_some(command),
        KeyPlace::Typing => None,
    }
}

/// The charts on a slide: how the money is spent this year and the income
/// ratio over the years, side by side at 16:9.
pub const SLIDE_CHARTS: [ChartKind; 2] = [ChartKind::Completion, ChartKind::IncomeRatio];

/// The least height of a slide's chart, in slide units (css px of a
/// 1920 × 1080 slide): on a slide crowded by a long title and many changed
/// levers the completion chart is left out (the "all projects" KPI card still
/// says how far the money got) and the income ratio takes the room.
pub const MIN_CHART_UNITS: f64 = 160.0;

/// The charts a slide shows: both, or on a crowded slide the income ratio alone.
pub fn slide_charts(crowded: bool) -> &'static [ChartKind] {
    if crowded {
        &SLIDE_CHARTS[1..]
    } else {
        &SLIDE_CHARTS
    }
}

/// How much larger than on the planner's screen the charts draw their text
/// and lines on a slide (15 px axis labels → 21 px at 1920 × 1080).
pub const SLIDE_ZOOM: f64 = 1.4;

/// Lines move from one slide to the next in this long, ms.
pub const MOVE_MS: f64 = 650.0;
/// "Replay last change" shows the earlier state this long first, ms, so
/// the room can say what it expects.
pub const HOLD_MS: f64 = 1500.0;

/// After a replay's move, the slide still says "after" this long, ms.
pub const AFTER_MS: f64 = 1200.0;

/// What a replay shows `elapsed` ms after it began: the whole slide in the
/// state before the change (labelled "before"), then the change and the
/// state after it (labelled "after"), then the slide as it was.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReplayPhase {
    Before,
    After,
    Done,
}

pub fn replay_phase(elapsed: f64) -> ReplayPhase {
    if elapsed < HOLD_MS {
        ReplayPhase::Before
    } else if elapsed < HOLD_MS + MOVE_MS + AFTER_MS {
        ReplayPhase::After
    } else {
        ReplayPhase::Done
    }
}

/// Where a move started `elapsed` ms ago (after `hold` ms showing the
/// start) stands: 0 at the start, 1 done; eased (slow–fast–slow).
pub fn progress(elapsed: f64, hold: f64) -> f64 {
    let t = ((elapsed - hold) / MOVE_MS).clamp(0.0, 1.0);
    t * t * (3.0 - 2.0 * t)
}

/// Where a move stands `elapsed` ms after it began: eased as [`progress`],
/// or, for a viewer who asked for reduced motion, no movement at all — the
/// start for the `hold`, then at once the end.
pub fn progress_for(elapsed: f64, hold: f64, reduced_motion: bool) -> f64 {
    match reduced_motion {
        true if elapsed < hold => 0.0,
        true => 1.0,
        false => progress(elapsed, hold),
    }
}

/// Which outcome sentences of the summary a slide leaves out first when they
/// do not all fit at the room's type size: completion (its chart and KPI card
/// are on the slide), urbanization, services, regions, income; the money and
/// its cost last.
pub const LEAVE_OUT_FIRST: [Topic; 6] =
    [Topic::Completion, Topic::Urbanization, Topic::Services, Topic::Regions, Topic::Income, Topic::Cost];

/// The outcome sentences (not what changed) a slide shows when `left_out` of
/// them do not fit, in the summary's own order; at least one stays.
pub fn slide_sentences(sentences: &[Sentence], left_out: usize) -> Vec<&Sentence> {
    let outcomes: Vec<&Sentence> =
        sentences.iter().filter(|s| !matches!(s.topic, Topic::Levers | Topic::Assumptions)).collect();
    let mut out_topics: Vec<Topic> = Vec::new();
    for topic in LEAVE_OUT_FIRST {
        if out_topics.len() >= left_out.min(outcomes.len().saturating_sub(1)) {
            break;
        }
        if outcomes.iter().any(|s| s.topic == topic) {
            out_topics.push(topic);
        }
    }
    outcomes.into_iter().filter(|s| !out_topics.contains(&s.topic)).collect()
}
