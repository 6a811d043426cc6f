//! Undo and redo from the keyboard: Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y (⌘ on
//! macOS), except while typing in a text box, where the browser's own text
//! undo applies.

use super::state::{Action, AppState};
use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use yew::prelude::*;

#[hook]
pub fn use_undo_keys(dispatch: UseReducerDispatcher<AppState>) {
    use_effect_with((), move |_| {
        let options = EventListenerOptions::enable_prevent_default();
        let listener = EventListener::new_with_options(&gloo::utils::document(), "keydown", options, move |e| {
            let Some(e) = e.dyn_ref::<web_sys::KeyboardEvent>() else { return };
            if !(e.ctrl_key() || e.meta_key()) {
                return;
            }
            let typing = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
                .is_some_and(|i| i.type_() == "text");
            if typing {
                return;
            }
            let key = e.key().to_ascii_lowercase();
            let action = match (key.as_str(), e.shift_key()) {
                ("z", false) => Action::Undo,
                ("z", true) | ("y", _) => Action::Redo,
                _ => return,
            };
            e.prevent_default();
            dispatch.dispatch(action);
        });
        move || drop(listener)
    });
}
