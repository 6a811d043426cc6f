//! The address bar and sharing: the address always holds the share link of
//! the scenario on screen (`#` + `io::link`), written once the scenario has
//! rested; 分享链接 / Share link copies it.

use super::state::{Action, AppState};
use crate::i18n::{Bilingual, Lang};
use crate::io::link;
use crate::model::Scenario;
use crate::text::T;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// How long the address bar waits for the scenario to rest before taking its
/// link: `history.replaceState` costs about 1.5 ms of the main thread, and a
/// drag would pay it on every frame.
const ADDRESS_DELAY_MS: u32 = 200;

/// Put the scenario's share link in the address bar (no new history entry).
pub fn write_address(scenario: &Scenario) {
    let url = format!("#{}", link::encode(scenario));
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

/// The share link of `scenario`: this page's address with the scenario in
/// its #fragment, as the address bar holds it.
pub fn share_url(scenario: &Scenario) -> String {
    let href = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    format!("{}#{}", href.split('#').next().unwrap_or_default(), link::encode(scenario))
}

/// The address bar follows the scenario — except a refused link
/// (`refused`: the first state came with an error), which stays there until
/// the first change so the planner can see what was wrong with it.
#[hook]
pub fn use_address_sync(scenario: &Scenario, refused: bool) {
    let keep_refused_link = use_mut_ref(|| refused);
    let timer = use_mut_ref(|| None::<Timeout>);
    use_effect_with(scenario.clone(), move |scenario| {
        if std::mem::take(&mut *keep_refused_link.borrow_mut()) {
            return;
        }
        // A newer change replaces (and so cancels) the waiting write.
        let scenario = scenario.clone();
        *timer.borrow_mut() = Some(Timeout::new(ADDRESS_DELAY_MS, move || write_address(&scenario)));
    });
}

/// 分享链接: the link into the address bar and onto the clipboard.
pub fn on_share(scenario: &Scenario, d: &UseReducerDispatcher<AppState>) -> Callback<MouseEvent> {
    let (scenario, d) = (scenario.clone(), d.clone());
    Callback::from(move |_| {
        let Some(window) = web_sys::window() else { return };
        write_address(&scenario);
        let url = share_url(&scenario);
        // The clipboard may be refused (permissions, no focus): the link is in
        // the address bar either way, and the message says which happened.
        let inform = |text: T, d: UseReducerDispatcher<AppState>| {
            wasm_bindgen::closure::Closure::once_into_js(move |_: wasm_bindgen::JsValue| {
                d.dispatch(Action::Inform(Bilingual::new(text.get(Lang::Zh), text.get(Lang::En))))
            })
        };
        let copied = inform(T::LinkCopied, d.clone());
        let refused = inform(T::LinkInAddressBar, d.clone());
        // promise.then(copied, refused), with closures that free themselves.
        let promise = window.navigator().clipboard().write_text(&url);
        if let Ok(then) = js_sys::Reflect::get(&promise, &"then".into()) {
            let _ = then.unchecked_into::<js_sys::Function>().call2(&promise, &copied, &refused);
        }
    })
}
