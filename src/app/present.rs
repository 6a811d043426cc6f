//! Presentation mode: one slide of a deck at a time, full screen, sized for
//! the back of a room. The store puts the slide's scenario in `doc.scenario`
//! (`store/deck.rs`), so the numbers are the ones the planner's screen shows;
//! this component lays them out large, drives the keys (`slide::route`,
//! `present_hooks.rs`), moves the lines from one state to the next, replays
//! the slide's change, shows its QR code, and holds the live what-if (the
//! lever panel as a drawer). The presenter's window (`presenter.rs`) follows
//! over a BroadcastChannel.
//!
//! During a replay the whole slide — title, what changed, cards, charts,
//! summary — shows one state: the one before this slide's change
//! (`State::replay_before`), labelled "before", then this slide, "after".

use super::band::ShownBand;
use super::charts::shown::{self, Bands, View};
use super::charts::ChartView;
use super::kpi::KpiStrip;
use super::panel::LeverPanel;
use super::present_hooks::{now_ms, reduced_motion, use_frame_clock, use_full_screen, use_present_keys, use_window_size};
use super::qrdialog::QrDialog;
use super::slide::{progress_for, replay_phase, slide_charts, slide_sentences, Command, ReplayPhase, HOLD_MS, SLIDE_ZOOM};
use super::slide_fit::use_fit;
use super::slide_head::{Button, SlideHead};
use super::slide_numbers::{use_slide_numbers, SlideNumbers, StrandTable};
use super::state::{Action, PresentAction, State};
use super::summary::{for_screen, summarize, Topic};
use super::{presenter, storage};
use crate::model::{Projection, Scenario};
use crate::text::T;
use std::rc::Rc;
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
/// movement (prefers-reduced-motion), the end at once after the hold;
/// `replay`: the whole slide shows `from` during the hold.
#[derive(Clone, PartialEq)]
struct Move {
    from: Rc<Projection>,
    started: f64,
    hold: f64,
    jump: bool,
    replay: bool,
}

#[function_component(Presentation)]
pub fn presentation(props: &PresentProps) -> Html {
    let state = &props.state;
    let lang = state.view.lang;
    let levers_open = use_state(|| false);
    let qr_open = use_state(|| false);
    let asking = use_state(|| false);
    let shown_last = use_mut_ref(|| None::<(Scenario, Rc<Projection>)>);
    let moving = use_state(|| None::<Move>);
    let (width, height) = use_window_size();

    let year_index = state.view.year_index;
    let live = state.live_change();
    let before_of = state.replay_before();
    let SlideNumbers { card_ids, before } = use_slide_numbers(state, props.direct.clone());
    let base = state.doc.baseline.clone();

    // A new scenario on screen: move the lines from the one shown before.
    {
        let (shown_last, moving) = (shown_last.clone(), moving.clone());
        let current = (state.doc.scenario.clone(), state.doc.projection.clone());
        use_effect_with(current, move |current| {
            let previous = shown_last.borrow_mut().replace(current.clone());
            if let Some(previous) = previous.filter(|p| p.0 != current.0) {
                if !reduced_motion() {
                    let from = previous.1.clone();
                    moving.set(Some(Move { from, started: now_ms(), hold: 0.0, jump: false, replay: false }));
                }
            }
        });
    }
    let replay = {
        let (before, moving) = (before.clone(), moving.clone());
        Callback::from(move |_: ()| {
            if let Some(from) = before.clone() {
                moving.set(Some(Move { from, started: now_ms(), hold: HOLD_MS, jump: reduced_motion(), replay: true }));
            }
        })
    };
    let now = use_frame_clock(moving.is_some());
    let elapsed = moving.as_ref().map(|m| now - m.started);
    let phase = moving.as_ref().filter(|m| m.replay).map_or(ReplayPhase::Done, |m| replay_phase(now - m.started));
    let t = moving.as_ref().map_or(1.0, |m| progress_for(elapsed.unwrap_or(0.0), m.hold, m.jump));
    if moving.as_ref().is_some_and(|m| t >= 1.0 && (!m.replay || phase == ReplayPhase::Done)) {
        moving.set(None);
    }
    let showing_before = phase == ReplayPhase::Before;

    // Esc: the QR code, the question, the drawer, in that order; then leave,
    // asking first when a live change is not kept.
    let leave = {
        let direct = props.direct.clone();
        Callback::from(move |drop: bool| {
            direct.emit(Action::Present(PresentAction::Leave { at: storage::now_iso(), drop }))
        })
    };
    let leave_or_ask = {
        let (asking, leave) = (asking.clone(), leave.clone());
        Callback::from(move |_: ()| if live { asking.set(true) } else { leave.emit(false) })
    };
    let escape = {
        let (qr_open, asking, levers_open, leave_or_ask) =
            (qr_open.clone(), asking.clone(), levers_open.clone(), leave_or_ask.clone());
        Callback::from(move |_: ()| {
            if *qr_open {
                qr_open.set(false);
            } else if *asking {
                asking.set(false);
            } else if *levers_open {
                levers_open.set(false);
            } else {
                leave_or_ask.emit(());
            }
        })
    };
    let on_command = {
        let (direct, levers_open, qr_open, asking) = (props.direct.clone(), levers_open.clone(), qr_open.clone(), asking.clone());
        let (replay, escape) = (replay.clone(), escape.clone());
        Callback::from(move |command: Command| {
            let step = |a| direct.emit(Action::Present(a));
            match command {
                Command::Leave => escape.emit(()),
                // While the question is open its buttons take the keys.
                _ if *asking => return false,
                Command::Next => step(PresentAction::Next),
                Command::Previous => step(PresentAction::Previous),
                Command::First => step(PresentAction::Go(0)),
                Command::Last => step(PresentAction::Go(usize::MAX)),
                Command::Levers => levers_open.set(!*levers_open),
                Command::Replay => replay.emit(()),
                Command::Qr => qr_open.set(!*qr_open),
            }
            true
        })
    };
    let hold = use_present_keys(on_command);
    use_full_screen(hold.clone());

    let fit_key = (state.doc.scenario.clone(), showing_before, year_index, lang, width.to_bits(), height.to_bits());
    let fit = use_fit(fit_key, (width, height));
    let Some((p, deck, slide)) = state.presenting() else { return html! {} };

    // What the slide shows: the state before the change during a replay's first part.
    let (title, scenario, projection) = match (showing_before, &before_of, &before) {
        (true, Some((title, scenario)), Some(projection)) => (
            title.clone().unwrap_or_else(|| T::BaselineSlide.get(lang).to_string()),
            scenario.clone(),
            projection.clone(),
        ),
        _ => (slide.title.clone(), state.doc.scenario.clone(), state.doc.projection.clone()),
    };
    let scenario_name = match (showing_before, &before_of) {
        (true, Some((None, _))) => T::Baseline.get(lang).to_string(),
        _ => scenario.name.clone(),
    };
    let band = props.band.clone().filter(|b| b.current && moving.is_none());

    let scen = state.doc.projection.clone();
    let from = moving.as_ref().map(|m| m.from.clone());
    let zoom = SLIDE_ZOOM * (width / 1920.0).min(height / 1080.0);
    // The lines of the screen's charts (`charts::shown`): the scenario, its
    // baseline, the built-in scenario when the assumptions differ, the band.
    let spec_of = |kind, projection: &Projection, bands: Bands| {
        let view = View::Alone { scenario: &state.doc.scenario, projection, baseline: &base };
        shown::chart(kind, &shown::lines(view, lang), bands, year_index, lang)
    };
    let charts = slide_charts(fit.crowded).iter().map(|&kind| {
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

    let summary = summarize(&scenario, &projection, &base, year_index, band.as_ref().map(|b| b.band.as_ref()));
    let changed = summary.sentences.iter().filter(|s| matches!(s.topic, Topic::Levers | Topic::Assumptions));
    let outcomes = slide_sentences(&summary.sentences, fit.left_out);
    let year = projection.years.get(year_index).map_or(2025, |y| y.year);

    let on_button = {
        let (direct, levers_open, qr_open) = (props.direct.clone(), levers_open.clone(), qr_open.clone());
        let (replay, leave_or_ask) = (replay.clone(), leave_or_ask.clone());
        Callback::from(move |button: Button| {
            let step = |a| direct.emit(Action::Present(a));
            match button {
                Button::Previous => step(PresentAction::Previous),
                Button::Next => step(PresentAction::Next),
                Button::Replay => replay.emit(()),
                Button::Levers => levers_open.set(!*levers_open),
                Button::Qr => qr_open.set(!*qr_open),
                Button::Presenter => presenter::open_window(),
                Button::Leave => leave_or_ask.emit(()),
                Button::Keep => step(PresentAction::Keep { at: storage::now_iso() }),
                Button::Drop => step(PresentAction::Drop),
            }
        })
    };
    let toggle = |flag: &UseStateHandle<bool>| {
        let flag = flag.clone();
        Callback::from(move |_| flag.set(!*flag))
    };
    let drawer_hold = |on: bool| {
        let drawer = hold.drawer.clone();
        Callback::from(move |_: PointerEvent| drawer.set(on))
    };
    // The same stamp as every export (`io::stamp`), to the minute.
    let stamp = crate::io::stamp::Stamp::new(&storage::now_local()).text(lang);
    let replay_state = match phase {
        ReplayPhase::Before => Some("before"),
        ReplayPhase::After => Some("after"),
        ReplayPhase::Done => None,
    };

    html! {
        <div class={classes!("presentation", (*levers_open).then_some("with-levers"))} data-slide={p.slide.to_string()}
            data-replay={replay_state} data-moving={moving.is_some().then_some("true")}>
            <SlideHead title={title} scenario_name={scenario_name} year={year} slide={p.slide} count={deck.slides.len()}
                live={live && !showing_before} replay={replay_state} levers_open={*levers_open} lang={lang} on={on_button} />
            if let Some(notice) = &state.messages.notice {
                <p class="slide-notice">{ notice.get(lang) }</p>
            }
            if let Some(error) = &state.messages.error {
                <p class="slide-notice error" role="alert">{ error.get(lang) }</p>
            }
            <p class="slide-changed">{ for changed.map(|s| html! { <span data-topic={s.topic.id()}>{ for_screen(s.text.get(lang)) }</span> }) }</p>
            <div class="slide-body">
                <KpiStrip scenario={projection.clone()} baseline={base.clone()} year_index={year_index} lang={lang}
                    band={band.clone()} only={Some(card_ids.clone())} />
                <div class={classes!("slide-charts", fit.crowded.then_some("one"))} ref={fit.charts.clone()}>{ for charts }</div>
                <div class="slide-side">
                    <StrandTable projection={projection.clone()} baseline={base.clone()} year_index={year_index} lang={lang} cards={card_ids} />
                    <ul class="slide-summary" ref={fit.summary.clone()} aria-label={T::SummaryHeading.get(lang)}>
                        { for outcomes.iter().map(|s| html! { <li data-topic={s.topic.id()}>{ for_screen(s.text.get(lang)) }</li> }) }
                    </ul>
                </div>
            </div>
            <footer class="slide-foot"><p class="slide-stamp">{ stamp }</p></footer>
            if *levers_open {
                <div class="live-levers" onpointerenter={drawer_hold(true)} onpointermove={drawer_hold(true)} onpointerleave={drawer_hold(false)}>
                    <button class="live-close" onclick={toggle(&levers_open)}>{ T::Close.get(lang) }</button>
                    <LeverPanel scenario={state.doc.scenario.clone()} lang={lang} dispatch={props.dispatch.clone()} />
                </div>
            }
            if *asking {
                <div class="leave-ask" role="alertdialog" aria-label={T::LeavePresentation.get(lang)}>
                    <p>{ T::LeaveAsk.get(lang) }</p>
                    <button class="leave-keep" onclick={leave.reform(|_| false)}>{ T::LeaveKeep.get(lang) }</button>
                    <button class="leave-drop" onclick={leave.reform(|_| true)}>{ T::LeaveDrop.get(lang) }</button>
                    <button class="leave-stay" onclick={toggle(&asking)}>{ T::StayPresenting.get(lang) }</button>
                </div>
            }
            if *qr_open {
                <div class="slide-qr-full">
                    <QrDialog link={AttrValue::from(super::address::share_url(state))} lang={lang}
                        on_close={Callback::from({ let q = qr_open.clone(); move |_| q.set(false) })} />
                </div>
            }
        </div>
    }
}
