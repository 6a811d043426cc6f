//! A slide's head: its title, the scenario, year and place in the deck, the
//! live-change and replay badges, and the presenter's buttons. What each
//! button does is the presentation's (`present.rs`).

use crate::i18n::Lang;
use crate::text::T;
use yew::prelude::*;

/// A button of the slide's head.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Button {
    Previous,
    Next,
    Replay,
    Levers,
    Qr,
    Presenter,
    Leave,
    /// Keep the live change as a new slide, or drop it.
    Keep,
    Drop,
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub title: String,
    pub scenario_name: String,
    pub year: i32,
    /// The slide (0-based) and the deck's length.
    pub slide: usize,
    pub count: usize,
    /// A live change is on screen (keep or drop it).
    pub live: bool,
    /// During a replay: "before" or "after".
    pub replay: Option<&'static str>,
    pub levers_open: bool,
    pub lang: Lang,
    pub on: Callback<Button>,
}

#[function_component(SlideHead)]
pub fn slide_head(props: &Props) -> Html {
    let lang = props.lang;
    let press = |b: Button| props.on.reform(move |_: MouseEvent| b);
    html! {
        <header class="slide-head">
            <div class="slide-titles">
                <h1 class="slide-title">{ props.title.clone() }</h1>
                <p class="slide-meta">
                    <span class="slide-scenario">{ props.scenario_name.clone() }</span>{ " · " }
                    <span class="slide-year">{ props.year }</span>{ " · " }
                    <span class="slide-count">{ format!("{} / {}", props.slide + 1, props.count) }</span>
                    if props.live {
                        { " · " }<span class="live-badge">{ T::LiveChange.get(lang) }</span>
                        <span class="live-actions">
                            <button class="live-keep" onclick={press(Button::Keep)}>{ T::KeepAsSlide.get(lang) }</button>
                            <button class="live-drop" onclick={press(Button::Drop)}>{ T::DropLive.get(lang) }</button>
                        </span>
                    }
                    if let Some(phase) = props.replay {
                        { " · " }<span class="replay-badge" data-phase={phase}>
                            { if phase == "before" { T::ReplayBefore.get(lang) } else { T::ReplayAfter.get(lang) } }
                        </span>
                    }
                </p>
            </div>
            <nav class="slide-controls" aria-label={T::SlideControls.get(lang)}>
                <button class="slide-prev" onclick={press(Button::Previous)} disabled={props.slide == 0}
                    aria-label={T::PreviousSlide.get(lang)}>{ "◀" }</button>
                <button class="slide-next" onclick={press(Button::Next)} disabled={props.slide + 1 >= props.count}
                    aria-label={T::NextSlide.get(lang)}>{ "▶" }</button>
                <button class="slide-replay" onclick={press(Button::Replay)}>{ T::Replay.get(lang) }</button>
                <button class="slide-levers" aria-pressed={props.levers_open.to_string()} onclick={press(Button::Levers)}>
                    { T::LiveLevers.get(lang) }
                </button>
                <button class="slide-qr" aria-haspopup="dialog" onclick={press(Button::Qr)}>{ T::ShowQr.get(lang) }</button>
                <button class="slide-presenter" onclick={press(Button::Presenter)}>{ T::PresenterView.get(lang) }</button>
                <button class="slide-leave" onclick={press(Button::Leave)}>{ T::LeavePresentation.get(lang) }</button>
            </nav>
        </header>
    }
}
