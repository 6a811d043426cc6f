//! Boot: the app's first state (the share link in the address, else the
//! built-in scenario, in the language chosen last time) and the document
//! following the language. `start.rs` mounts the app.

use super::state::{AppState, State, LANG_STORAGE_KEY};
use super::storage;
use crate::i18n::Lang;
use crate::io::link::{self, LinkView};
use crate::model::Scenario;

/// The language the user chose last time, Chinese otherwise.
fn stored_lang() -> Lang {
    storage::get_string(LANG_STORAGE_KEY).and_then(|code| Lang::from_code(&code)).unwrap_or_default()
}

/// The first state: the scenario in the address (a share link) if there is
/// one and it is valid, the built-in one otherwise (with the reason shown).
pub fn initial_state() -> AppState {
    let lang = stored_lang();
    let hash = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
    let (scenario, notice, error, view) = if hash.len() > 1 {
        match link::decode(&hash) {
            Ok(d) => (d.scenario, d.notice, None, d.view),
            Err(e) => (Scenario::zhejiang_2025(), None, Some(e), LinkView::default()),
        }
    } else {
        (Scenario::zhejiang_2025(), None, None, LinkView::default())
    };
    let width = web_sys::window().and_then(|w| w.inner_width().ok()).and_then(|w| w.as_f64()).unwrap_or(0.0);
    let mut state = State::new(scenario, lang, width).with_library(storage::load()).with_decks(storage::load_decks());
    state.messages.notice = notice;
    state.messages.error = error;
    state.show_link_view(view);
    AppState::new(state)
}

/// The document follows the language: remembered for the next visit, the
/// `lang` attribute (screen readers, fonts) and the window's title.
#[yew::hook]
pub fn use_document_lang(lang: Lang) {
    yew::use_effect_with(lang, |lang| {
        // Remembering the language is a nicety: if storage is full or blocked
        // the app works on in the chosen language.
        let _ = storage::set_string(LANG_STORAGE_KEY, lang.code());
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = root.set_attribute("lang", lang.pick("zh-CN", "en"));
        }
        gloo::utils::document().set_title(crate::text::T::Title.get(*lang));
    });
}
