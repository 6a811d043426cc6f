//! Files in and out: the scenario as JSON and the summary with its table as
//! CSV (the toolbar), the library as JSON, and imports of a scenario, a
//! library or a deck (the Library and Decks tabs).

use super::band::ShownBand;
use super::state::{Action, AppState, DeckAction, LibraryAction, State};
use super::{files, storage};
use crate::i18n::{Bilingual, Lang};
use crate::io::library::{self as libfile, Entry, Imported};
use crate::io::stamp::{self, Stamp};
use crate::io::{csv, export};
use crate::model::Projection;
use crate::text::T;
use gloo::file::callbacks::FileReader;
use std::cell::RefCell;
use std::rc::Rc;
use yew::prelude::*;

/// What the exports of the scenario on screen are named for (`State::export_name`).
pub fn export_name(state: &State) -> Bilingual {
    state.export_name()
}

/// The year on screen, as file names and subtitles give it.
fn year_on_screen(scen: &Projection, year_index: usize) -> String {
    scen.years.get(year_index).map_or(String::new(), |y| y.year.to_string())
}

/// 导出情景: the scenario as a JSON file, named for what it holds.
pub fn on_export_scenario(state: &State) -> Callback<MouseEvent> {
    let (scenario, name, lang) = (state.doc.scenario.clone(), export_name(state), state.view.lang);
    let year = year_on_screen(&state.doc.projection, state.view.year_index);
    Callback::from(move |_| {
        let made_at = storage::now_local();
        files::download_text(
            &stamp::file_name(name.get(lang), &year, "scenario", &made_at, "json"),
            "application/json",
            &export::scenario_file(&scenario, name.get(lang), &Stamp::new(&made_at)),
        )
    })
}

/// 导出 CSV: the summary in words above the table, with the name, the date
/// and the model.
pub fn on_export_csv(
    state: &State,
    scen: &Rc<Projection>,
    base: &Rc<Projection>,
    band: &Option<ShownBand>,
) -> Callback<MouseEvent> {
    let (scen, base, scenario, band) = (scen.clone(), base.clone(), state.doc.scenario.clone(), band.clone());
    let (name, lang, year_index) = (export_name(state), state.view.lang, state.view.year_index);
    let year = year_on_screen(scen.as_ref(), year_index);
    Callback::from(move |_| {
        let made_at = storage::now_local();
        // A band still catching up with a drag is not this scenario's: no probabilities from it.
        let band = band.as_ref().filter(|b| b.current).map(|b| b.band.as_ref());
        let summary = super::summary::summarize(&scenario, &scen, &base, year_index, band);
        let header = csv::CsvHeader {
            name: name.get(lang).to_string(),
            lang,
            stamp: Stamp::new(&made_at),
            changed: export::changed_settings(&scenario),
            lines: summary.sentences.into_iter().map(|s| s.text).collect(),
        };
        files::download_text(
            &stamp::file_name(name.get(lang), &year, "table", &made_at, "csv"),
            "text/csv;charset=utf-8",
            &csv::summary_csv(&header, &scen, &base),
        )
    })
}

/// The library as one JSON file.
pub fn on_export_library(entries: &[Entry]) -> Callback<()> {
    let entries = entries.to_vec();
    Callback::from(move |_| {
        files::download_text("urban-rural-sim-library.json", "application/json", &libfile::export(&entries))
    })
}

/// Read a chosen file: a scenario is loaded, a library's entries and a deck
/// are added, anything else is refused with the reason. `reader` holds the
/// read while it runs.
pub fn on_import(direct: &UseReducerDispatcher<AppState>, reader: &Rc<RefCell<Option<FileReader>>>) -> Callback<web_sys::File> {
    let (direct, reader) = (direct.clone(), reader.clone());
    Callback::from(move |file: web_sys::File| {
        let d = direct.clone();
        let handle = files::read_text(file, move |result| {
            let action = match result.and_then(|text| libfile::import(&text)) {
                Ok(Imported::Scenario { scenario, notice }) => Action::Load {
                    scenario,
                    notice: notice
                        .or_else(|| Some(Bilingual::new(T::ScenarioLoaded.get(Lang::Zh), T::ScenarioLoaded.get(Lang::En)))),
                },
                Ok(Imported::Library(entries)) => {
                    let fresh_ids = entries.iter().map(|_| storage::new_id()).collect();
                    Action::Library(LibraryAction::Import { entries, fresh_ids })
                }
                Ok(Imported::Deck(deck)) => Action::Deck(DeckAction::Import { deck, fresh_id: storage::new_id() }),
                Err(e) => Action::Refuse(e),
            };
            d.dispatch(action);
        });
        *reader.borrow_mut() = handle;
    })
}
