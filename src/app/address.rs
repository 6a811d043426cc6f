//! The address bar and sharing: the address always holds the share link of
//! the scenario on screen and the year and layout it is seen at (`#` +
//! `io::link`), written once the scenario has rested; 分享链接 / Share link
//! copies it. The link points at the room's address when the server named one
//! (`room.json`, `room.rs`), so a phone in the room can open it.

use super::state::{Action, AppState};
use crate::i18n::{Bilingual, Lang};
use super::store::State;
use crate::io::link::{self, LinkView};
use crate::text::T;
use gloo::timers::callback::Timeout;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// How long the address bar waits for the scenario to rest before taking its
/// link: `history.replaceState` costs about 1.5 ms of the main thread, and a
/// drag would pay it on every frame.
const ADDRESS_DELAY_MS: u32 = 200;

/// What a link carries of the view: the year on screen and how many charts.
pub fn link_view(state: &State) -> LinkView {
    LinkView {
        year: state.doc.projection.years.get(state.view.year_index).map(|y| y.year),
        charts: u8::try_from(state.view.layout.count()).ok(),
    }
}

/// The fragment of a share link: the scenario, then the view.
fn fragment(state: &State) -> String {
    link::encode_with_view(&state.doc.scenario, link_view(state))
}

/// Put the share link in the address bar (no new history entry).
fn write_address(fragment: &str) {
    let url = format!("#{fragment}");
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
    }
}

thread_local! {
    /// The address phones in the room can open, once `room.json` named one.
    static ROOM: std::cell::RefCell<Option<String>> = const { std::cell::RefCell::new(None) };
}

/// Ask the server beside the page which address phones in the room can open
/// (`room.json`: `bash scripts/serve.sh --room`, or a host's own file;
/// docs/DEPLOY.md). No file, or a file that names none, leaves the page's
/// own address; `on_known` is called once it is known, to render again.
pub fn load_room(on_known: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else { return };
    // A page opened from a file has nothing to ask, unless it is the single
    // file built with the address of a hosted copy (scripts/single-file.mjs).
    if super::assets::from_file() && !super::assets::carries("room.json") {
        return;
    }
    let init = web_sys::RequestInit::new();
    init.set_cache(web_sys::RequestCache::NoStore);
    let request = window.fetch_with_str_and_init(&super::assets::url("room.json"), &init);
    wasm_bindgen_futures::spawn_local(async move {
        let text = async {
            let response: web_sys::Response = wasm_bindgen_futures::JsFuture::from(request).await.ok()?.dyn_into().ok()?;
            if !response.ok() {
                return None;
            }
            wasm_bindgen_futures::JsFuture::from(response.text().ok()?).await.ok()?.as_string()
        }
        .await;
        if let Some(url) = text.as_deref().and_then(super::room::room_url) {
            ROOM.with(|r| *r.borrow_mut() = Some(url));
            on_known();
        }
    });
}

/// The share link of `scenario`: the room's address (`load_room`) or this
/// page's, with the scenario in its #fragment.
pub fn share_url(state: &State) -> String {
    share_url_of(&fragment(state))
}

/// Who can open `link` (a share link made here): `room::link_reach` with the room's address.
pub fn share_reach(link: &str) -> super::room::Reach {
    ROOM.with(|room| super::room::link_reach(link, room.borrow().as_deref()))
}

fn share_url_of(fragment: &str) -> String {
    let href = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    ROOM.with(|room| super::room::share_link(&href, room.borrow().as_deref(), fragment))
}

/// Ask once, at mount, which address phones in the room can open
/// (`load_room`), and render again when it is known.
#[hook]
pub fn use_room_address() {
    let render = use_force_update();
    use_effect_with((), move |_| load_room(move || render.force_update()));
}

/// The address bar follows the scenario — except a refused link
/// (`refused`: the first state came with an error), which stays there until
/// the first change so the planner can see what was wrong with it.
#[hook]
pub fn use_address_sync(state: &State, refused: bool) {
    let keep_refused_link = use_mut_ref(|| refused);
    let timer = use_mut_ref(|| None::<Timeout>);
    use_effect_with((state.doc.scenario.clone(), link_view(state)), move |(scenario, view)| {
        if std::mem::take(&mut *keep_refused_link.borrow_mut()) {
            return;
        }
        // A newer change replaces (and so cancels) the waiting write; the
        // link is made when the write happens, not on every move.
        let (scenario, view) = (scenario.clone(), *view);
        *timer.borrow_mut() =
            Some(Timeout::new(ADDRESS_DELAY_MS, move || write_address(&link::encode_with_view(&scenario, view))));
    });
}

/// 分享链接: the link into the address bar and onto the clipboard.
pub fn on_share(state: &State, d: &UseReducerDispatcher<AppState>) -> Callback<MouseEvent> {
    // The link is made on the click, not on every render of the toolbar
    // (encoding checks itself by decoding: too dear for every lever move).
    let (scenario, view, d) = (state.doc.scenario.clone(), link_view(state), d.clone());
    Callback::from(move |_| {
        let Some(window) = web_sys::window() else { return };
        let fragment = link::encode_with_view(&scenario, view);
        write_address(&fragment);
        let url = share_url_of(&fragment);
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
