//! The presentation's hooks on the browser: the window's size, a frame
//! clock for moves and replays, full screen (with Esc kept for the page
//! where the browser allows it), and the keys (`slide::route` decides what
//! a key does where it is pressed).

use super::slide::{route, Command, KeyPlace};
use gloo::events::{EventListener, EventListenerOptions, EventListenerPhase};
use std::cell::{Cell, RefCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

pub fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

pub fn reduced_motion() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-reduced-motion: reduce)").ok().flatten())
        .is_some_and(|m| m.matches())
}

/// The window's inner size, css px, following resizes (entering full screen
/// is one): the charts' zoom and what fits on the slide depend on it.
#[hook]
pub fn use_window_size() -> (f64, f64) {
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
pub fn use_frame_clock(running: bool) -> f64 {
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

/// Ask the browser to pass a short Esc to the page in full screen (holding
/// Esc still leaves full screen): Chromium's keyboard lock. Elsewhere the
/// browser leaves full screen on Esc, and `use_full_screen` treats that as Esc.
fn keep_escape() {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else { return };
    let Ok(keyboard) = js_sys::Reflect::get(&navigator, &"keyboard".into()) else { return };
    let Ok(lock) = js_sys::Reflect::get(&keyboard, &"lock".into()) else { return };
    let Some(lock) = lock.dyn_ref::<js_sys::Function>() else { return };
    let keys = js_sys::Array::of1(&"Escape".into());
    if let Ok(promise) = lock.call1(&keyboard, &keys) {
        if let Ok(promise) = promise.dyn_into::<js_sys::Promise>() {
            // Refused (not in full screen, another browser): Esc leaves full screen then.
            let ignore = Closure::<dyn FnMut(JsValue)>::new(|_| {});
            let _ = promise.catch(&ignore);
            ignore.forget(); // once per presentation
        }
    }
}

/// Full screen while presenting. When the browser leaves full screen itself
/// (its Esc, when the page did not get the key), that is Esc on the page
/// too, unless the page just had one (one Esc is not handled twice).
#[hook]
pub fn use_full_screen(hold: KeyHold) {
    use_effect_with((), move |_| {
        let document = gloo::utils::document();
        if document.fullscreen_element().is_none() {
            if let Some(root) = document.document_element() {
                // Refused without a recent click (a reload): the slide shows in the window.
                if root.request_fullscreen().is_ok() {
                    keep_escape();
                }
            }
        }
        let listener = EventListener::new(&document, "fullscreenchange", move |_| {
            if gloo::utils::document().fullscreen_element().is_none() && now_ms() - hold.escape_at.get() > 1000.0 {
                let command = hold.command.borrow().clone();
                command.emit(Command::Leave);
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

/// A text box (what is typed is its own), not a slider or a button.
fn is_text(el: &web_sys::Element) -> bool {
    match el.tag_name().as_str() {
        "TEXTAREA" | "SELECT" => true,
        "INPUT" => !matches!(el.get_attribute("type").as_deref(), Some("range" | "checkbox" | "radio" | "button")),
        _ => false,
    }
}

/// What the keys need: whether the pointer or Tab holds the levers' drawer,
/// when the page last had an Esc (performance.now()), and the latest
/// handler of commands.
#[derive(Clone)]
pub struct KeyHold {
    pub drawer: Rc<Cell<bool>>,
    pub escape_at: Rc<Cell<f64>>,
    pub command: Rc<RefCell<Callback<Command, bool>>>,
}

/// The presentation's keys, on the window before anything on the page sees
/// them. `on_command` answers whether it took the command (its default is
/// then prevented). A step also ends the drawer's hold on the keys and takes
/// the focus off the drawer's control, so the next key is the slides' too.
#[hook]
pub fn use_present_keys(on_command: Callback<Command, bool>) -> KeyHold {
    let hold = use_memo((), |_| KeyHold {
        drawer: Rc::default(),
        escape_at: Rc::new(Cell::new(f64::NEG_INFINITY)),
        command: Rc::new(RefCell::new(on_command.clone())),
    });
    *hold.command.borrow_mut() = on_command;
    {
        let hold = (*hold).clone();
        use_effect_with((), move |_| {
            let options = EventListenerOptions { phase: EventListenerPhase::Capture, passive: false };
            let listener = EventListener::new_with_options(&gloo::utils::window(), "keydown", options, move |e| {
                let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else { return };
                if e.ctrl_key() || e.meta_key() || e.alt_key() {
                    return;
                }
                let key = e.key();
                if key == "Tab" {
                    hold.drawer.set(true);
                    return;
                }
                let target = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok());
                let in_drawer = target.filter(|el| el.closest(".live-levers").ok().flatten().is_some());
                let place = match &in_drawer {
                    Some(el) if is_text(el) => KeyPlace::Typing,
                    Some(_) if hold.drawer.get() => KeyPlace::Drawer,
                    _ => KeyPlace::Slide,
                };
                let Some(command) = route(&key, place) else { return };
                // A held key repeats: a step may, a toggle or Esc once (holding
                // Esc is how a browser with keyboard lock leaves full screen).
                if e.repeat() && !command.steps() {
                    e.prevent_default();
                    return;
                }
                if command == Command::Leave {
                    hold.escape_at.set(now_ms());
                }
                let handler = hold.command.borrow().clone();
                if !handler.emit(command) {
                    return;
                }
                e.prevent_default();
                if command.steps() {
                    hold.drawer.set(false);
                    if let Some(el) = in_drawer.and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok()) {
                        let _ = el.blur();
                    }
                }
            });
            move || drop(listener)
        });
    }
    (*hold).clone()
}
