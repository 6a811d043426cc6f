//! The presenter's view: a second window (`?presenter`) with the slide on
//! screen, its key numbers and speaker note, a preview of the next slide
//! (its title and key numbers), buttons to step, and the time since the
//! presentation began. It follows the presentation over a BroadcastChannel
//! (same origin only, so the CSP needs nothing): each message carries what the
//! presenter's window shows (so a slide just kept, or a deck storage could not
//! take, shows as presented); its keys step the slides in the presenting window.

use super::slide::{command_for, Command};
use super::state::{Action, PresentAction, State};
use crate::i18n::Lang;
use crate::text::T;
use gloo::events::EventListener;
use serde::{Deserialize, Serialize};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

const CHANNEL: &str = "urban-rural-sim-present";

/// What goes over the channel.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
enum Message {
    /// The presenting window shows slide `slide` (0-based) of `count`, in
    /// `lang` (zh/en); the presentation began at `began` (ms since 1970).
    Shown(Shown),
    /// The presentation ended.
    Ended,
    /// A presenter window opened and asks what is shown.
    Hello,
    /// A key pressed in the presenter window.
    Step(StepKind),
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
struct Shown {
    slide: usize,
    count: usize,
    title: String,
    note: String,
    /// The next slide's title; none on the last slide.
    next: Option<String>,
    /// The slide's key numbers (its cards: name, value), and the next slide's.
    numbers: Vec<(String, String)>,
    next_numbers: Vec<(String, String)>,
    began: f64,
    lang: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
enum StepKind {
    Next,
    Previous,
    First,
    Last,
}

fn channel() -> Option<web_sys::BroadcastChannel> {
    web_sys::BroadcastChannel::new(CHANNEL).ok()
}

fn post(channel: &web_sys::BroadcastChannel, message: &Message) {
    if let Ok(value) = serde_wasm_bindgen::to_value(message) {
        let _ = channel.post_message(&value);
    }
}

/// Open the presenter's window (the page itself, asked to be the presenter's view).
pub fn open_window() {
    let Some(window) = web_sys::window() else { return };
    let href = window.location().href().unwrap_or_default();
    let base = href.split(['#', '?']).next().unwrap_or_default().to_string();
    let _ = window.open_with_url_and_target_and_features(&format!("{base}?presenter"), "urs-presenter", "width=900,height=700");
}

/// Whether this window was opened as the presenter's view.
pub fn is_presenter_window() -> bool {
    web_sys::window().and_then(|w| w.location().search().ok()).is_some_and(|s| s.contains("presenter"))
}

/// In the presenting window: tell the channel what is shown (and again when a
/// presenter window says hello), and step when the presenter's window asks.
#[hook]
pub fn use_presenter_link(
    state: &State,
    direct: Callback<Action>,
    numbers: Vec<(String, String)>,
    next_numbers: Vec<(String, String)>,
) {
    let began = use_state(js_sys::Date::now);
    let shown = state.presenting().map(|(p, deck, slide)| {
        Message::Shown(Shown {
            slide: p.slide,
            count: deck.slides.len(),
            title: slide.title.clone(),
            note: slide.note.clone(),
            next: deck.slides.get(p.slide + 1).map(|s| s.title.clone()),
            numbers,
            next_numbers,
            began: *began,
            lang: state.view.lang.code().to_string(),
        })
    });
    let link = use_mut_ref(|| None::<(web_sys::BroadcastChannel, Closure<dyn FnMut(web_sys::MessageEvent)>)>);
    let last = use_mut_ref(|| None::<Message>);
    *last.borrow_mut() = shown.clone();
    {
        let (link, last) = (link.clone(), last.clone());
        use_effect_with((), move |_| {
            if let Some(channel) = channel() {
                let (reply, last) = (channel.clone(), last.clone());
                let on_message = Closure::new(move |e: web_sys::MessageEvent| {
                    match serde_wasm_bindgen::from_value::<Message>(e.data()) {
                        Ok(Message::Hello) => {
                            if let Some(m) = last.borrow().as_ref() {
                                post(&reply, m);
                            }
                        }
                        Ok(Message::Step(kind)) => direct.emit(Action::Present(match kind {
                            StepKind::Next => PresentAction::Next,
                            StepKind::Previous => PresentAction::Previous,
                            StepKind::First => PresentAction::Go(0),
                            StepKind::Last => PresentAction::Go(usize::MAX),
                        })),
                        _ => {}
                    }
                });
                channel.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
                *link.borrow_mut() = Some((channel, on_message));
            }
            move || {
                if let Some((channel, _)) = link.borrow_mut().take() {
                    post(&channel, &Message::Ended);
                    channel.close();
                }
            }
        });
    }
    let link = link.clone();
    use_effect_with(shown, move |shown| {
        if let (Some(m), Some((channel, _))) = (shown, link.borrow().as_ref()) {
            post(channel, m);
        }
    });
}

/// The presenter's window.
#[function_component(PresenterView)]
pub fn presenter_view() -> Html {
    let shown = use_state(|| None::<Shown>);
    let ended = use_state(|| false);
    let now = use_state(js_sys::Date::now);
    let channel = use_mut_ref(|| None::<(web_sys::BroadcastChannel, Closure<dyn FnMut(web_sys::MessageEvent)>)>);
    {
        let (shown, ended, channel) = (shown.clone(), ended.clone(), channel.clone());
        use_effect_with((), move |_| {
            if let Some(c) = self::channel() {
                let on_message = Closure::new(move |e: web_sys::MessageEvent| {
                    match serde_wasm_bindgen::from_value::<Message>(e.data()) {
                        Ok(Message::Shown(s)) => {
                            ended.set(false);
                            shown.set(Some(s));
                        }
                        Ok(Message::Ended) => ended.set(true),
                        _ => {}
                    }
                });
                c.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
                post(&c, &Message::Hello);
                *channel.borrow_mut() = Some((c, on_message));
            }
            move || {
                if let Some((c, _)) = channel.borrow_mut().take() {
                    c.close();
                }
            }
        });
    }
    {
        // The timer: once a second.
        let now = now.clone();
        use_effect_with((), move |_| {
            let interval = gloo::timers::callback::Interval::new(1000, move || now.set(js_sys::Date::now()));
            move || drop(interval)
        });
    }
    let send = {
        let channel = channel.clone();
        move |kind: StepKind| {
            if let Some((c, _)) = channel.borrow().as_ref() {
                post(c, &Message::Step(kind));
            }
        }
    };
    {
        let send = send.clone();
        use_effect_with((), move |_| {
            let options = gloo::events::EventListenerOptions::enable_prevent_default();
            let listener = EventListener::new_with_options(&gloo::utils::document(), "keydown", options, move |e| {
                let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else { return };
                let kind = match command_for(&e.key()) {
                    Some(Command::Next) => StepKind::Next,
                    Some(Command::Previous) => StepKind::Previous,
                    Some(Command::First) => StepKind::First,
                    Some(Command::Last) => StepKind::Last,
                    _ => return,
                };
                e.prevent_default();
                send(kind);
            });
            move || drop(listener)
        });
    }
    let lang = shown.as_ref().and_then(|s| Lang::from_code(&s.lang)).unwrap_or_default();
    let Some(shown) = shown.as_ref().filter(|_| !*ended) else {
        return html! { <div class="presenter waiting"><p>{ T::PresenterWaiting.get(lang) }</p></div> };
    };
    let elapsed = ((*now - shown.began) / 1000.0).max(0.0) as u64;
    let button = |kind: StepKind| {
        let send = send.clone();
        Callback::from(move |_| send(kind))
    };
    let numbers = |list: &[(String, String)], class: &'static str| {
        html! {
            <dl class={classes!("presenter-numbers", class)}>
                { for list.iter().map(|(name, value)| html! { <><dt>{ name.clone() }</dt><dd>{ value.clone() }</dd></> }) }
            </dl>
        }
    };
    html! {
        <div class="presenter">
            <p class="presenter-timer" aria-label={T::PresenterTimer.get(lang)}>
                { format!("{:02}:{:02}", elapsed / 60, elapsed % 60) }
            </p>
            <p class="presenter-count">{ format!("{} / {}", shown.slide + 1, shown.count) }</p>
            <nav class="presenter-steps" aria-label={T::SlideControls.get(lang)}>
                <button class="presenter-prev" onclick={button(StepKind::Previous)} disabled={shown.slide == 0}>
                    { format!("◀ {}", T::PreviousSlide.get(lang)) }
                </button>
                <button class="presenter-next-button" onclick={button(StepKind::Next)} disabled={shown.next.is_none()}>
                    { format!("{} ▶", T::NextSlide.get(lang)) }
                </button>
            </nav>
            <h1 class="presenter-title">{ shown.title.clone() }</h1>
            <h2>{ T::KeyNumbers.get(lang) }</h2>
            { numbers(&shown.numbers, "now") }
            <h2>{ T::SpeakerNote.get(lang) }</h2>
            <p class="presenter-note">
                { Some(shown.note.clone()).filter(|n| !n.trim().is_empty()).unwrap_or_else(|| T::NoNote.get(lang).to_string()) }
            </p>
            <h2>{ T::NextSlide.get(lang) }</h2>
            <section class="presenter-preview">
                <p class="presenter-next">{ shown.next.clone().unwrap_or_else(|| T::LastSlide.get(lang).to_string()) }</p>
                if !shown.next_numbers.is_empty() { { numbers(&shown.next_numbers, "next") } }
            </section>
        </div>
    }
}
