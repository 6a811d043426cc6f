//! The edge between the pure store (`store.rs`) and the browser: Yew's
//! reducer hook over `store::reduce`, the effects it returns run against
//! localStorage (with the result dispatched back as `Action::Stored`), and
//! `use_frame_dispatch`: a change at once, later ones in the same frame together.

pub use super::store::{
    baseline_value, Action, CityField, CompareRef, DeckAction, Done, Effect, Layout, LibraryAction, Mode, PresentAction,
    SlideSource, State, COMPARE_LIMIT,
};
use super::storage;
use std::cell::RefCell;
use std::ops::Deref;
use std::rc::Rc;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use yew::prelude::*;

pub const LANG_STORAGE_KEY: &str = "urban-rural-sim.lang";

/// The store's state and the effects of the last action that had any; the
/// root runs them when `effects_seq` changes (an effect hook, as Yew's
/// function_todomvc keeps its storage).
#[derive(Clone, Debug, PartialEq)]
pub struct AppState {
    pub state: State,
    pub effects: Rc<Vec<Effect>>,
    pub effects_seq: u64,
}

impl AppState {
    pub fn new(state: State) -> AppState {
        AppState { state, effects: Rc::default(), effects_seq: 0 }
    }
}

impl Deref for AppState {
    type Target = State;

    fn deref(&self) -> &State {
        &self.state
    }
}

impl Reducible for AppState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let (state, effects) = super::store::reduce(&self.state, action);
        if effects.is_empty() {
            Rc::new(AppState { state, ..(*self).clone() })
        } else {
            Rc::new(AppState { state, effects: Rc::new(effects), effects_seq: self.effects_seq + 1 })
        }
    }
}

/// Run the effects against localStorage and report each back to the store.
pub fn run_effects(effects: &[Effect], dispatch: &UseReducerDispatcher<AppState>) {
    for effect in effects {
        let (written, error, done) = match effect {
            Effect::WriteDeck(deck) => {
                let error = storage::save_deck(deck).err();
                dispatch.dispatch(Action::DecksStored { decks: storage::load_decks(), error });
                continue;
            }
            Effect::RemoveDeckKey { key } => {
                storage::remove_key(key);
                dispatch.dispatch(Action::DecksStored { decks: storage::load_decks(), error: None });
                continue;
            }
            Effect::Write { entries, done } => {
                let mut written = 0;
                let mut error = None;
                for entry in entries {
                    match storage::save(entry) {
                        Ok(()) => written += 1,
                        Err(e) => {
                            error = Some(e);
                            break;
                        }
                    }
                }
                (written, error, done.clone())
            }
            Effect::RemoveEntry { id } => {
                storage::remove(id);
                (0, None, Done::Changed)
            }
            Effect::RemoveKey { key } => {
                storage::remove_key(key);
                (0, None, Done::Changed)
            }
        };
        dispatch.dispatch(Action::Stored { library: storage::load(), written, error, done });
    }
}

/// Actions waiting for the next animation frame.
#[derive(Default)]
struct Pending {
    actions: Vec<Action>,
    /// This frame already applied a change: later ones wait for its
    /// animation frame callback (which runs before the frame is painted).
    busy: bool,
}

/// Dispatch through here from inputs that fire fast (slider drags). The
/// first change of a frame is applied at once, in the input's own task, so
/// it is on screen at the very next paint (waiting for an animation frame
/// before starting would cost a whole frame). Changes that arrive while
/// that frame is still being made wait for its animation frame callback:
/// a newer value replaces an older one for the same lever ("latest wins")
/// and they are applied together, with one recompute, before the paint.
#[hook]
pub fn use_frame_dispatch(dispatch: UseReducerDispatcher<AppState>) -> Callback<Action> {
    let pending: Rc<RefCell<Pending>> = use_mut_ref(Pending::default);
    // Made once: the same callback on every render, so components that take
    // it as a prop (each lever row) are not rendered again for its sake.
    let callback = use_memo((), move |_| Callback::from(move |action: Action| {
        let mut queue = pending.borrow_mut();
        // The end of a change (a key press's `change` follows its `input` at
        // once) with nothing waiting goes in now, in the input's own task:
        // in the frame's animation frame callback it would put a render of
        // its own inside the frame that has to show the move.
        if queue.busy && queue.actions.is_empty() && matches!(action, Action::EndStep) {
            drop(queue);
            dispatch.dispatch(action);
            return;
        }
        if queue.busy {
            queue.actions.retain(|older| !action.supersedes(older));
            queue.actions.push(action);
            return;
        }
        let (pending_in_frame, dispatch_in_frame) = (pending.clone(), dispatch.clone());
        let flush = Closure::once_into_js(move || {
            let actions = {
                let mut queue = pending_in_frame.borrow_mut();
                queue.busy = false;
                std::mem::take(&mut queue.actions)
            };
            if !actions.is_empty() {
                super::charts::stamp("__ursFrameStart");
                dispatch_in_frame.dispatch(Action::Batch(actions));
            }
        });
        // No animation frames (no window): nothing to wait for.
        queue.busy = web_sys::window().and_then(|w| w.request_animation_frame(flush.unchecked_ref()).ok()).is_some();
        drop(queue);
        super::charts::stamp("__ursFrameStart");
        dispatch.dispatch(Action::Batch(vec![action]));
    }));
    (*callback).clone()
}
