//! The library in the browser's localStorage: one key per scenario, so a
//! damaged entry is reported on its own and the others load. Every write can
//! fail (storage full, blocked): the caller gets a message and keeps its state.
//! Decks are stored the same way, one key each.

use crate::i18n::Bilingual;
pub use super::store::Loaded;
use super::store::deck::{deck_key, LoadedDecks, DECK_KEY_PREFIX};
use crate::io::deck::Deck;
use crate::io::library::Entry;
use crate::text::T;
use gloo::storage::{LocalStorage, Storage};

const PREFIX: &str = "urban-rural-sim.scenario.";

/// Stable sort by `order`: an insertion sort. The lists here are what one
/// browser has stored (tens of items); std's `sort_by` would compile its own
/// quicksort and driftsort (about 2.5 KB each) into the wasm for every list
/// and order (issue 10).
fn sort_small<T>(items: &mut [T], order: impl Fn(&T, &T) -> std::cmp::Ordering) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && order(&items[j], &items[j - 1]).is_lt() {
            items.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// A string stored under `key` as JSON (`"zh"`, as gloo's `LocalStorage::set`
/// wrote it), read through `crate::json` rather than gloo's
/// `LocalStorage::get`, which would compile serde_json's parser into the wasm
/// for this one string (issue 10).
pub fn get_string(key: &str) -> Option<String> {
    let text = LocalStorage::raw().get_item(key).ok()??;
    crate::json::parse(&text).ok()?.as_str().map(String::from)
}

/// Store a string under `key` as JSON (what [`get_string`] reads back). Can
/// fail like every write: storage full or blocked.
pub fn set_string(key: &str, value: &str) -> Result<(), Bilingual> {
    let text = serde_json::Value::from(value).to_string();
    LocalStorage::raw().set_item(key, &text).map_err(|_| T::StorageFull.fill(|_| vec![]))
}

pub fn load() -> Loaded {
    let storage = LocalStorage::raw();
    let mut loaded = Loaded::default();
    let count = storage.length().unwrap_or(0);
    for i in 0..count {
        let Some(key) = storage.key(i).ok().flatten() else { continue };
        if !key.starts_with(PREFIX) {
            continue;
        }
        match storage.get_item(&key).ok().flatten().map(|text| Entry::from_json(&text)) {
            Some(Ok(entry)) if key == format!("{PREFIX}{}", entry.id) => loaded.entries.push(entry),
            Some(Ok(_)) => {
                loaded.damaged.push((key, T::IdNotKey.fill(|_| vec![])))
            }
            Some(Err(e)) => loaded.damaged.push((key, e)),
            None => {}
        }
    }
    sort_small(&mut loaded.entries, |a, b| b.saved_at.cmp(&a.saved_at).then(a.name.cmp(&b.name)));
    sort_small(&mut loaded.damaged, |a, b| a.0.cmp(&b.0));
    loaded
}

/// The decks, one key each (`store::deck::DECK_KEY_PREFIX`), newest first.
pub fn load_decks() -> LoadedDecks {
    let storage = LocalStorage::raw();
    let mut loaded = LoadedDecks::default();
    for i in 0..storage.length().unwrap_or(0) {
        let Some(key) = storage.key(i).ok().flatten() else { continue };
        if !key.starts_with(DECK_KEY_PREFIX) {
            continue;
        }
        match storage.get_item(&key).ok().flatten().map(|text| Deck::from_json(&text)) {
            Some(Ok(deck)) if key == deck_key(&deck.id) => loaded.decks.push(deck),
            Some(Ok(_)) => loaded.damaged.push((key, T::IdNotKey.fill(|_| vec![]))),
            Some(Err(e)) => loaded.damaged.push((key, e)),
            None => {}
        }
    }
    sort_small(&mut loaded.decks, |a, b| b.saved_at.cmp(&a.saved_at).then(a.title.cmp(&b.title)));
    sort_small(&mut loaded.damaged, |a, b| a.0.cmp(&b.0));
    loaded
}

pub fn save_deck(deck: &Deck) -> Result<(), Bilingual> {
    LocalStorage::raw().set_item(&deck_key(&deck.id), &deck.to_json()).map_err(|_| T::StorageFull.fill(|_| vec![]))
}

pub fn save(entry: &Entry) -> Result<(), Bilingual> {
    LocalStorage::raw()
        .set_item(&format!("{PREFIX}{}", entry.id), &entry.to_json())
        .map_err(|_| T::StorageFull.fill(|_| vec![]))
}

pub fn remove_key(key: &str) {
    LocalStorage::raw().remove_item(key).ok();
}

pub fn remove(id: &str) {
    remove_key(&format!("{PREFIX}{id}"));
}

/// A new id: time plus randomness, [a-z0-9-].
pub fn new_id() -> String {
    let now = js_sys::Date::now() as u64;
    let random = (js_sys::Math::random() * 1e9) as u64;
    format!("s{}-{}", radix36(now), radix36(random))
}

fn radix36(mut n: u64) -> String {
    let digits = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(digits[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

pub fn now_iso() -> String {
    js_sys::Date::new_0().to_iso_string().as_string().unwrap_or_default()
}

/// The local date and time to the minute, `2025-07-05 14:03`: the stamp on exports.
pub fn now_local() -> String {
    let d = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02} {:02}:{:02}",
        d.get_full_year(),
        d.get_month() + 1,
        d.get_date(),
        d.get_hours(),
        d.get_minutes()
    )
}
