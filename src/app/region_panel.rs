//! The region the app plans for (issue 22), at the top of the assumptions
//! tab: download the spreadsheet template (pre-filled with the built-in
//! region), load a filled file (CSV or JSON), see every problem at once, or
//! go back to the built-in region. A region file that passes is kept in
//! localStorage and the page starts again on it (every table of the model is
//! made from the region once: `model::region::install_region`); a file that
//! does not pass changes nothing. Saved scenarios and decks stay as they are.

use super::files;
use crate::i18n::{Bilingual, Lang};
use crate::io::region_read::read_region;
use crate::io::stamp::DATA_ID;
use crate::model::region::{install_region, ZHEJIANG};
use crate::model::region_check::Problem;
use crate::text::T;
use gloo::file::callbacks::FileReader;
use gloo::storage::{LocalStorage, Storage};
use yew::prelude::*;

/// Where the loaded region file is kept.
const KEY: &str = "urban-rural-sim.region";

/// At start, before anything reads the region: the region file this browser
/// loaded, if any (one that no longer reads is dropped: the built-in one).
pub fn install_stored() {
    let Some(text) = super::storage::get_string(KEY) else { return };
    match read_region(text.as_bytes()) {
        Ok(c) => drop(install_region(c.region)),
        Err(_) => drop(LocalStorage::raw().remove_item(KEY)),
    }
}

/// The loaded region file's text, when the region in use is not the built-in
/// one (the worker is given it before its first job: `worker.rs`).
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

#[derive(Properties, PartialEq)]
pub struct RegionProps {
    pub lang: Lang,
}

#[function_component(RegionPanel)]
pub fn region_panel(props: &RegionProps) -> Html {
    let lang = props.lang;
    let problems = use_state(Vec::<Problem>::new);
    let reader = use_mut_ref(|| None::<FileReader>);
    let on_file = {
        let (problems, reader) = (problems.clone(), reader.clone());
        Callback::from(move |file: web_sys::File| {
            let problems = problems.clone();
            let handle = gloo::file::callbacks::read_as_bytes(&gloo::file::File::from(file), move |result| {
                let unreadable = || Problem {
                    at: String::new(),
                    message: Bilingual::new(T::FileUnreadable.get(Lang::Zh), T::FileUnreadable.get(Lang::En)),
                };
                let checked = result.map_err(|_| vec![unreadable()]).and_then(|bytes| {
                    read_region(&bytes)?;
                    // It read, so it is UTF-8.
                    let text = String::from_utf8_lossy(&bytes).into_owned();
                    super::storage::set_string(KEY, &text).map_err(|e| vec![Problem { at: String::new(), message: e }])
                });
                match checked {
                    Ok(()) => restart(),
                    Err(found) => problems.set(found),
                }
            });
            *reader.borrow_mut() = Some(handle);
        })
    };
    let download = Callback::from(|_| {
        let csv = crate::io::region_csv::builtin_template();
        files::download_text("region-template.csv", "text/csv;charset=utf-8", &csv);
    });
    let builtin = Callback::from(|_| {
        let _ = LocalStorage::raw().remove_item(KEY);
        restart();
    });
    let custom = ZHEJIANG.id != DATA_ID;
    let fallbacks = ZHEJIANG.figures.values().filter(|f| f.cite_en.starts_with("not given for this region")).count();
    let list = problems.iter().map(|p| {
        html! { <li><code>{ p.at.clone() }</code>{ " " }{ p.message.get(lang).to_string() }</li> }
    });
    html! {
        <section class="region-file">
            <h3>{ T::RegionHeading.get(lang) }</h3>
            <p>{ T::RegionInUse.get(lang) }<b class="region-name">{ ZHEJIANG.name.clone() }</b></p>
            if fallbacks > 0 {
                <p class="region-fallbacks">{ T::RegionFallbacks.fill(|_| vec![fallbacks.to_string()]).get(lang).to_string() }</p>
            }
            <p class="intro">{ T::RegionHelp.get(lang) }</p>
            <button class="region-template" onclick={download}>{ T::RegionTemplate.get(lang) }</button>
            <label class="file-button region-load">{ T::RegionLoad.get(lang) }
                <input type="file" accept=".csv,.json,text/csv,application/json" onchange={files::on_file_picked(on_file)} />
            </label>
            if custom {
                <button class="region-builtin" onclick={builtin}>{ T::RegionBuiltin.get(lang) }</button>
            }
            if !problems.is_empty() {
                <div class="region-problems" role="alert">
                    <p>{ T::RegionRefused.fill(|_| vec![problems.len().to_string()]).get(lang).to_string() }</p>
                    <ul>{ for list }</ul>
                </div>
            }
        </section>
    }
}
