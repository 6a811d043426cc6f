//! Presentation mode: one slide of a deck at a time, full screen, sized for
//! the back of a room. The store puts the slide's scenario in `doc.scenario`
//! (`store/deck.rs`), so the numbers are the ones the planner's screen shows;
//! this component lays them out large, drives the keys (`slide::command_for`),
//! moves the lines from one state to the next, replays the last change, and
//! holds the live what-if (the lever panel as a drawer). The presenter's
//! window (`presenter.rs`) follows over a BroadcastChannel.

use super::band::ShownBand;
use super::charts::shown::{self, Bands, View};
use super::charts::ChartView;
use super::kpi::KpiStrip;
use super::panel::LeverPanel;
use super::slide::{
    command_for, progress_for, slide_charts, slide_sentences, Command, HOLD_MS, MIN_CHART_UNITS, SLIDE_ZOOM,
};
use super::state::{Action, PresentAction, State};
use super::summary::{for_screen, summarize, Topic};
use crate::model::project;
use super::{presenter, storage};
use crate::model::{Projection, Scenario};
use crate::text::T;
use gloo::events::EventListener;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct PresentProps {
    pub state: Rc<State>,
    /// Steps, keep, drop, leave: applied at once.
    pub direct: Callback<Action>,
    /// Lever moves of the live what-if (frame-batched, as on the planner's screen).
    pub dispatch: Callback<Action>,
    pub band: Option<ShownBand>,
}

/// A move of the lines under way: from `from`, started at `started` (ms,
/// performance.now()), after showing `from` for `hold` ms; `jump`: no
/// movement (prefers-reduced-motion), the end at once after the hold.
#[derive(Clone, PartialEq)]
struct Move {
    from: Rc<Projection>,
    started: f64,
    hold: f64,
    jump: bool,
}

fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

fn reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok().flatten())
        .is_some_and(|m| m.matches())
}

/// The window's inner size, css px, following resizes (entering full screen
/// is one): the charts' zoom and what fits on the slide depend on it.
#[hook]
fn use_window_size() -> (f64, f64) {
    let read = || {
        let w = web_sys::window();
        let get = |v: Option<Result<JsValue, JsValue>>| v.and_then(|v| v.ok()).and_then(|v| v.as_f64());
        (
            get(w.as_ref().map(|w| w.inner_width())).unwrap_or(1920.0),
            get(w.as_ref().map(|w| w.inner_height())).unwrap_or(1080.0),
        )
    };
    let size = use_state(read);
    {
        let size = size.clone();
        use_effect_with((), move |_| {
            let listener = EventListener::new(&gloo::utils::window(), "resize", move |_| size.set(read()));
            move || drop(listener)
        });
    }
    *size
}

/// A clock that ticks every animation frame while `running`.
#[hook]
fn use_frame_clock(running: bool) -> f64 {
    let now = use_state(now_ms);
    {
        let now = now.clone();
        use_effect_with((running, *now), move |(running, _)| {
            let mut handle = None;
            if *running {
                let tick = Closure::once_into_js(move || now.set(now_ms()));
                handle = web_sys::window().and_then(|w| w.request_animation_frame(tick.unchecked_ref()).ok());
            }
            move || {
                if let (Some(h), Some(w)) = (handle, web_sys::window()) {
                    let _ = w.cancel_animation_frame(h);
                }
            }
        });
    }
    *now
}

/// Full screen while presenting; leaving full screen (Esc, the browser's
/// own key) leaves the presentation.
#[hook]
fn use_full_screen(direct: Callback<Action>) {
    use_effect_with((), move |_| {
        let document = gloo::utils::document();
        if document.fullscreen_element().is_none() {
            if let Some(root) = document.document_element() {
                // Refused without a recent click (a reload): the slide shows in the window.
                let _ = root.request_fullscreen();
            }
        }
        let listener = EventListener::new(&document, "fullscreenchange", move |_| {
            if gloo::utils::document().fullscreen_element().is_none() {
                direct.emit(Action::Present(PresentAction::Leave));
            }
        });
        move || {
            drop(listener);
            let document = gloo::utils::document();
            if document.fullscreen_element().is_some() {
                document.exit_fullscreen();
            }
        }
    });
}

/// What each command does; `levers` toggles the drawer, `replay` the replay.
fn on_command(command: Command, direct: &Callback<Action>, levers: &UseStateHandle<bool>, replay: &Callback<()>) {
    let step = |a| direct.emit(Action::Present(a));
    match command {
        Command::Next => step(PresentAction::Next),
        Command::Previous => step(PresentAction::Previous),
        Command::First => step(PresentAction::Go(0)),
        Command::Last => step(PresentAction::Go(usize::MAX)),
        Command::Leave => step(PresentAction::Leave),
        Command::Levers => levers.set(!**levers),
        Command::Replay => replay.emit(()),
    }
}

#[function_component(Presentation)]
pub fn presentation(props: &PresentProps) -> Html {
    let state = &props.state;
    let lang = state.view.lang;
    let levers_open = use_state(|| false);
    // The state shown before the last change (another slide, or the slide
    // before a live lever move), for the move and for "replay".
    let before = use_mut_ref(|| None::<(Scenario, Rc<Projection>)>);
    let shown_last = use_mut_ref(|| None::<(Scenario, Rc<Projection>)>);
    let moving = use_state(|| None::<Move>);
    use_full_screen(props.direct.clone());
    let (width, height) = use_window_size();

    // What does not fit at the room's type size is left out, never shrunk:
    // on a crowded slide the completion chart (`slide::slide_charts`), then
    // the summary's sentences one at a time (`slide::LEAVE_OUT_FIRST`). All is
    // tried again when the slide, its scenario, year, language or the window
    // changes.
    let summary_ref = use_node_ref();
    let charts_ref = use_node_ref();
    let left_out = use_state(|| 0usize);
    let crowded = use_state(|| false);
    {
        let fit_key = use_mut_ref(|| None);
        let key = (state.doc.scenario.clone(), state.view.year_index, lang, width.to_bits(), height.to_bits());
        let (left_out, crowded, summary_ref, charts_ref) =
            (left_out.clone(), crowded.clone(), summary_ref.clone(), charts_ref.clone());
        let unit = (width / 1920.0).min(height / 1080.0);
        use_effect(move || {
            if fit_key.borrow().as_ref() != Some(&key) {
                *fit_key.borrow_mut() = Some(key);
                if *left_out != 0 || *crowded {
                    left_out.set(0);
                    crowded.set(false);
                    return;
                }
            }
            let chart = charts_ref.cast::<web_sys::Element>().and_then(|c| c.query_selector(".chart-stack").ok().flatten());
            if !*crowded && chart.is_some_and(|c| f64::from(c.client_height()) < MIN_CHART_UNITS * unit) {
                crowded.set(true);
                return;
            }
            let overflowing =
                summary_ref.cast::<web_sys::Element>().is_some_and(|list| list.scroll_height() > list.client_height() + 1);
            if overflowing && *left_out < super::slide::LEAVE_OUT_FIRST.len() {
                left_out.set(*left_out + 1);
            }
        });
    }

    // A new scenario on screen: remember the old one and move the lines from it.
    {
        let (before, shown_last, moving) = (before.clone(), shown_last.clone(), moving.clone());
        let current = (state.doc.scenario.clone(), state.doc.projection.clone());
        use_effect_with(current, move |current| {
            let previous = shown_last.borrow_mut().replace(current.clone());
            if let Some(previous) = previous.filter(|p| p.0 != current.0) {
                if !reduced_motion() {
                    moving.set(Some(Move { from: previous.1.clone(), started: now_ms(), hold: 0.0, jump: false }));
                }
                *before.borrow_mut() = Some(previous);
            }
        });
    }
    // The state before the last change: before a live change, the slide as it
    // was before the last lever step (a whole drag is one step of the undo
    // history); else the slide shown before this one.
    let replay = {
        let (before, moving) = (before.clone(), moving.clone());
        let live_before = state.live_change().then(|| state.doc.past.last().cloned()).flatten();
        Callback::from(move |_| {
            let from = match &live_before {
                Some(scenario) => Some(Rc::new(project(scenario))),
                None => before.borrow().as_ref().map(|(_, p)| p.clone()),
            };
            if let Some(from) = from {
                moving.set(Some(Move { from, started: now_ms(), hold: HOLD_MS, jump: reduced_motion() }));
            }
        })
    };
    let now = use_frame_clock(moving.is_some());
    let t = moving.as_ref().map_or(1.0, |m| progress_for(now - m.started, m.hold, m.jump));
    if t >= 1.0 && moving.is_some() {
        moving.set(None);
    }
    // Only a replay holds. The clock may still read the last frame's time
    // just after a move started (before it ticks): that is no hold.
    let holding = moving.as_ref().is_some_and(|m| m.hold > 0.0 && now - m.started < m.hold);

    // Keys: clickers' PageUp/PageDown, arrows, space, Home/End, R, L, Esc —
    // not while typing in a lever's number box.
    {
        let (direct, levers_open, replay) = (props.direct.clone(), levers_open.clone(), replay.clone());
        use_effect_with(*levers_open, move |_| {
            let options = gloo::events::EventListenerOptions::enable_prevent_default();
            let listener = EventListener::new_with_options(&gloo::utils::document(), "keydown", options, move |e| {
                let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else { return };
                let typing = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|el| {
                    matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT") || el.closest(".live-levers").ok().flatten().is_some()
                });
                if typing || e.ctrl_key() || e.meta_key() || e.alt_key() {
                    return;
                }
                if let Some(command) = command_for(&e.key()) {
                    e.prevent_default();
                    on_command(command, &direct, &levers_open, &replay);
                }
            });
            move || drop(listener)
        });
    }
    presenter::use_presenter_link(state, props.direct.clone());

    let Some((p, deck, slide)) = state.presenting() else { return html! {} };
    let year_index = state.view.year_index;
    let scen = state.doc.projection.clone();
    let base = state.doc.baseline.clone();
    let from = moving.as_ref().map(|m| m.from.clone());
    // During a replay's pause the KPIs show the state before the change too.
    let kpi_scenario = if holding { from.clone().unwrap_or_else(|| scen.clone()) } else { scen.clone() };
    let band = props.band.clone().filter(|b| b.current && moving.is_none());
    let zoom = SLIDE_ZOOM * (width / 1920.0).min(height / 1080.0);
    // The lines of the screen's charts (`charts::shown`): the scenario, its
    // baseline, the built-in scenario when the assumptions differ, the band.
    let spec_of = |kind, projection: &Projection, bands: Bands| {
        let view = View::Alone { scenario: &state.doc.scenario, projection, baseline: &base };
        shown::chart(kind, &shown::lines(view, lang), bands, year_index, lang)
    };
    let charts = slide_charts(*crowded).iter().map(|&kind| {
        let bands = Bands { scenario: band.as_ref().map(|b| b.band.as_ref()), baseline: None };
        let Some(built) = spec_of(kind, &scen, bands) else { return html! {} };
        // Built again from the earlier state only while the lines move.
        let mut spec = match from.as_ref().and_then(|from| spec_of(kind, from, Bands::default())) {
            Some(start) => super::charts::spec::ChartSpec::tween(&start.spec, &built.spec, t),
            None => built.spec,
        };
        spec.zoom = zoom;
        html! {
            <ChartView key={kind.id()} id={format!("slide-chart-{}", kind.id())} title={kind.title(lang)} spec={Rc::new(spec)}
                lang={lang} summary={built.summary} note={built.note.map(AttrValue::from)} />
        }
    });

    let summary = summarize(&state.doc.scenario, &scen, &base, year_index, band.as_ref().map(|b| b.band.as_ref()));
    let changed = summary.sentences.iter().filter(|s| matches!(s.topic, Topic::Levers | Topic::Assumptions));
    let outcomes = slide_sentences(&summary.sentences, *left_out);
    let year = scen.years.get(year_index).map_or(2025, |y| y.year);
    let live = state.live_change();
    let step = |a: PresentAction| {
        let d = props.direct.clone();
        Callback::from(move |_| d.emit(Action::Present(a.clone())))
    };
    let keep = {
        let d = props.direct.clone();
        Callback::from(move |_| d.emit(Action::Present(PresentAction::Keep { at: storage::now_iso() })))
    };
    let toggle_levers = {
        let levers_open = levers_open.clone();
        Callback::from(move |_| levers_open.set(!*levers_open))
    };
    // The same stamp as every export (`io::stamp`), to the minute.
    let stamp = crate::io::stamp::Stamp::new(&storage::now_local()).text(lang);

    html! {
        <div class={classes!("presentation", (*levers_open).then_some("with-levers"))} data-slide={p.slide.to_string()}>
            <header class="slide-head">
                <div class="slide-titles">
                    <h1 class="slide-title">{ slide.title.clone() }</h1>
                    <p class="slide-meta">
                        <span class="slide-scenario">{ state.doc.scenario.name.clone() }</span>{ " · " }
                        <span class="slide-year">{ year }</span>{ " · " }
                        <span class="slide-count">{ format!("{} / {}", p.slide + 1, deck.slides.len()) }</span>
                        if live {
                            { " · " }<span class="live-badge">{ T::LiveChange.get(lang) }</span>
                            <span class="live-actions">
                                <button class="live-keep" onclick={keep}>{ T::KeepAsSlide.get(lang) }</button>
                                <button class="live-drop" onclick={step(PresentAction::Drop)}>{ T::DropLive.get(lang) }</button>
                            </span>
                        }
                        if holding { { " · " }<span class="replay-badge">{ T::ReplayBefore.get(lang) }</span> }
                    </p>
                </div>
                <nav class="slide-controls" aria-label={T::SlideControls.get(lang)}>
                    <button class="slide-prev" onclick={step(PresentAction::Previous)} disabled={p.slide == 0}
                        aria-label={T::PreviousSlide.get(lang)}>{ "◀" }</button>
                    <button class="slide-next" onclick={step(PresentAction::Next)} disabled={p.slide + 1 >= deck.slides.len()}
                        aria-label={T::NextSlide.get(lang)}>{ "▶" }</button>
                    <button class="slide-replay" onclick={replay.reform(|_| ())}>{ T::Replay.get(lang) }</button>
                    <button class="slide-levers" aria-pressed={levers_open.to_string()} onclick={toggle_levers.clone()}>{ T::LiveLevers.get(lang) }</button>
                    <button class="slide-presenter" onclick={Callback::from(|_| presenter::open_window())}>{ T::PresenterView.get(lang) }</button>
                    <button class="slide-leave" onclick={step(PresentAction::Leave)}>{ T::LeavePresentation.get(lang) }</button>
                    <p class="slide-stamp">{ stamp }</p>
                </nav>
            </header>
            if let Some(notice) = &state.messages.notice {
                <p class="slide-notice">{ notice.get(lang) }</p>
            }
            if let Some(error) = &state.messages.error {
                <p class="slide-notice error" role="alert">{ error.get(lang) }</p>
            }
            <p class="slide-changed">{ for changed.map(|s| html! { <span data-topic={s.topic.id()}>{ for_screen(s.text.get(lang)) }</span> }) }</p>
            <div class="slide-body">
                <KpiStrip scenario={kpi_scenario} baseline={base.clone()} year_index={year_index} lang={lang}
                    band={band.clone()} only={Some(SLIDE_KPIS)} />
                <div class={classes!("slide-charts", (*crowded).then_some("one"))} ref={charts_ref}>{ for charts }</div>
                <ul class="slide-summary" ref={summary_ref} aria-label={T::SummaryHeading.get(lang)}>
                    { for outcomes.iter().map(|s| html! { <li data-topic={s.topic.id()}>{ for_screen(s.text.get(lang)) }</li> }) }
                </ul>
            </div>
            if *levers_open {
                <div class="live-levers">
                    <button class="live-close" onclick={toggle_levers.clone()}>{ T::Close.get(lang) }</button>
                    <LeverPanel scenario={state.doc.scenario.clone()} lang={lang} dispatch={props.dispatch.clone()} />
                </div>
            }
        </div>
    }
}

/// The KPI cards a slide shows: all projects' completion, the income ratio,
/// the standards and the city gap (the strands are on the completion chart).
pub const SLIDE_KPIS: &[&str] = &["overall", "income-ratio", "standards", "city-gap"];
