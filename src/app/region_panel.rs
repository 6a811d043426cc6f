//! The region the app plans for (issue 22), at the top of the assumptions
//! tab: download the spreadsheet template (pre-filled with the built-in
//! region), load a filled file (CSV or JSON), see every problem at once, or
//! go back to the built-in region. The file is read and checked by its own
//! small worker (src/bin/region_worker.rs: the checker stays out of the
//! first screen's wasm). A file that passes comes back complete; it is kept
//! in localStorage and the page starts again on it (every table of the model
//! is made from the region once: `model::region::install_region`). A file
//! that does not pass changes nothing. Saved scenarios and decks stay.

use super::files;
use crate::i18n::{Bilingual, Lang};
use crate::io::stamp::DATA_ID;
use crate::model::region::{install_region, Region, ZHEJIANG};
use crate::text::T;
use gloo::storage::{LocalStorage, Storage};
use js_sys::Reflect;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Where the loaded region file is kept (complete: `Region::from_json` reads it).
const KEY: &str = "urban-rural-sim.region";
const WORKER_URL: &str = "./region-worker_loader.js";

/// At start, before anything reads the region: the region file this browser
/// loaded, if any (one that no longer reads is dropped: the built-in one).
pub fn install_stored() {
    let Some(text) = super::storage::get_string(KEY) else { return };
    match Region::from_json(&text) {
        Ok(region) => drop(install_region(region)),
        Err(_) => drop(LocalStorage::raw().remove_item(KEY)),
    }
}

/// The loaded region file's text, when the region in use is not the built-in
/// one (the jobs' worker is given it before its first job: `worker.rs`).
pub fn stored() -> Option<String> {
    if ZHEJIANG.id == DATA_ID {
        return None;
    }
    super::storage::get_string(KEY)
}

/// Start the page again without the address's scenario (a link of the
/// region left behind would be refused).
fn restart() {
    let location = gloo::utils::window().location();
    let (path, search) = (location.pathname().unwrap_or_default(), location.search().unwrap_or_default());
    let _ = location.set_href(&format!("{path}{search}"));
}

type Listener = Closure<dyn FnMut(web_sys::MessageEvent)>;

/// Ask the region worker once: start it, post `message` when it is ready,
/// hand its answer to `done`, end it. `slot` keeps it alive meanwhile.
fn ask(slot: &Rc<RefCell<Option<(web_sys::Worker, Listener)>>>, message: JsValue, done: impl FnOnce(JsValue) + 'static) {
    let Ok(worker) = web_sys::Worker::new(WORKER_URL) else { return };
    let (slot2, mut done, to) = (slot.clone(), Some(done), worker.clone());
    let listener = Listener::new(move |e: web_sys::MessageEvent| {
        if Reflect::get(&e.data(), &"ready".into()).ok().and_then(|r| r.as_bool()) == Some(true) {
            let _ = to.post_message(&message);
        } else if let Some(done) = done.take() {
            to.terminate();
            done(e.data());
            // Dropped after this call returns: the worker has ended.
            let slot = slot2.clone();
            wasm_bindgen_futures::spawn_local(async move { drop(slot.borrow_mut().take()) });
        }
    });
    worker.set_onmessage(Some(listener.as_ref().unchecked_ref()));
    *slot.borrow_mut() = Some((worker, listener));
}

#[derive(Properties, PartialEq)]
pub struct RegionProps {
    pub lang: Lang,
}

#[function_component(RegionPanel)]
pub fn region_panel(props: &RegionProps) -> Html {
    let lang = props.lang;
    // Every problem of the refused file, one a line, in both languages.
    let problems = use_state(|| None::<Bilingual>);
    let worker = use_mut_ref(|| None::<(web_sys::Worker, Listener)>);
    let on_file = {
        let (problems, worker) = (problems.clone(), worker.clone());
        Callback::from(move |file: web_sys::File| {
            let problems = problems.clone();
            // The worker reads the file itself (bytes, so a file that is not UTF-8 is told).
            ask(&worker, file.into(), move |answer| {
                let answer = answer.as_string().unwrap_or_default();
                let found = match answer.split_once('\n') {
                    Some(("ok", json)) => match super::storage::set_string(KEY, json) {
                        Ok(()) => return restart(),
                        Err(e) => e,
                    },
                    Some((_, list)) => {
                        let (zh, en) = list.split_once('\u{1}').unwrap_or((list, list));
                        Bilingual::new(zh, en)
                    }
                    None => Bilingual::new(T::FileUnreadable.get(Lang::Zh), T::FileUnreadable.get(Lang::En)),
                };
                problems.set(Some(found));
            });
        })
    };
    let download = {
        let worker = worker.clone();
        Callback::from(move |_| {
            ask(&worker, JsValue::from_str("template"), |answer| {
                let csv = answer.as_string().unwrap_or_default();
                files::download_text("region-template.csv", "text/csv;charset=utf-8", &csv);
            });
        })
    };
    let builtin = Callback::from(|_| {
        let _ = LocalStorage::raw().remove_item(KEY);
        restart();
    });
    let custom = ZHEJIANG.id != DATA_ID;
    let lines: Vec<String> = problems.as_ref().map_or(Vec::new(), |p| p.get(lang).lines().map(String::from).collect());
    html! {
        <section class="region-file">
            <h3>{ T::RegionHeading.get(lang) }</h3>
            <p>{ T::RegionInUse.get(lang) }<b class="region-name">{ ZHEJIANG.name.clone() }</b></p>
            <button class="region-template" onclick={download}>{ T::RegionTemplate.get(lang) }</button>
            <label class="file-button region-load">{ T::RegionLoad.get(lang) }
                <input type="file" accept=".csv,.json,text/csv,application/json" onchange={files::on_file_picked(on_file)} />
            </label>
            if custom {
                <button class="region-builtin" onclick={builtin}>{ T::RegionBuiltin.get(lang) }</button>
            }
            if !lines.is_empty() {
                <div class="region-problems" role="alert">
                    <p>{ T::RegionRefused.fill(|_| vec![lines.len().to_string()]).get(lang).to_string() }</p>
                    <ul>{ for lines.into_iter().map(|l| html! { <li>{ l }</li> }) }</ul>
                </div>
            }
        </section>
    }
}
