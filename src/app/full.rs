//! The full app's parts (src/bin/full_app.rs is the only user): the
//! Library, Decks and Analysis tabs, the QR dialog, the comparison table,
//! the model reference, the presentation and "keep solving". The first screen's binary (src/main.rs) never names this
//! module, so none of this code is in its wasm; it loads this app when one
//! of these parts is asked for (`swap.rs`).

use super::compare::CompareTable;
use super::decks::DecksPanel;
use super::explain::ExplainPanel;
use super::handover::{PrintWhat, Tab};
use super::library::LibraryPanel;
use super::modelref::ModelReference;
use super::present::Presentation;
use super::qrdialog::QrDialog;
use super::root::{Parts, TabArgs};
use super::seek::GoalSeekPanel;
use super::state::{self, Action, AppState};
use super::store::SeekRequest;
use crate::model::Scenario;
use super::{files, storage};
use crate::i18n::{Bilingual, Lang};
use crate::io::library::{self as libfile, Imported};
use crate::text::T;
use yew::prelude::*;

pub static PARTS: Parts = Parts {
    tab,
    qr: |link, lang, on_close| html! { <QrDialog link={link} lang={lang} on_close={on_close} /> },
    compare: |items, lang| html! { <CompareTable items={items} lang={lang} /> },
    model_ref: |lang| html! { <ModelReference lang={lang} /> },
    present: |state, direct, dispatch, band| {
        html! { <Presentation state={state} direct={direct} dispatch={dispatch} band={band} /> }
    },
    background: |state, dispatch| {
        html! { <KeepSolving kept={state.view.keep_solving.clone()} scenario={state.doc.scenario.clone()} dispatch={dispatch} /> }
    },
};

/// The full app (src/bin/full_app.rs): a presenter's window shows the
/// presenter's view; a page waits for the first screen to hand over.
pub fn start() {
    crate::json::install();
    if super::presenter::is_presenter_window() {
        yew::Renderer::<super::presenter::PresenterView>::new().render();
    } else {
        super::swap::register_full(&PARTS);
    }
}

fn tab(args: TabArgs) -> Html {
    let TabArgs { tab, state, dispatch, direct, reader, on_print } = args;
    let on_import = Callback::from(move |file: web_sys::File| {
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
                    Action::Library(state::LibraryAction::Import { entries, fresh_ids })
                }
                Ok(Imported::Deck(deck)) => Action::Deck(state::DeckAction::Import { deck, fresh_id: storage::new_id() }),
                Err(e) => Action::Refuse(e),
            };
            d.dispatch(action);
        });
        *reader.borrow_mut() = handle;
    });
    let lang = state.view.lang;
    match tab {
        Tab::Library => {
            let entries = state.library.saved.entries.clone();
            let on_export_library = Callback::from(move |_| {
                files::download_text("urban-rural-sim-library.json", "application/json", &libfile::export(&entries))
            });
            html! { <LibraryPanel state={state} dispatch={dispatch} on_import={on_import} on_export_library={on_export_library} /> }
        }
        Tab::Decks => html! {
            <DecksPanel state={state} dispatch={dispatch} on_print={on_print.reform(PrintWhat::Deck)} on_import={on_import} />
        },
        Tab::Seek => html! {
            <>
                <GoalSeekPanel scenario={state.doc.scenario.clone()} lang={lang} dispatch={dispatch}
                    kept={state.view.keep_solving.clone()} />
                <ExplainPanel scenario={state.doc.scenario.clone()} lang={lang} />
            </>
        },
        // The root shows these itself.
        Tab::Levers | Tab::Assumptions => Html::default(),
    }
}

#[derive(Properties, PartialEq)]
struct KeepSolvingProps {
    kept: Option<SeekRequest>,
    scenario: Scenario,
    dispatch: UseReducerDispatcher<AppState>,
}

/// "Keep solving": while a goal-seek question is kept, a change of the
/// assumptions solves it again from the scenario as it now is and applies
/// the answer (one undo step, with a notice). A quarter second after the
/// last change, so a drag over an assumption solves once, at its end.
#[function_component(KeepSolving)]
fn keep_solving(props: &KeepSolvingProps) -> Html {
    let timer = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    let request = props.kept.clone();
    let scenario = props.scenario.clone();
    let assumptions = (scenario.reported.clone(), scenario.start.clone(), scenario.cities.clone(), scenario.assumptions.clone());
    let first = use_mut_ref(|| true);
    let dispatch = props.dispatch.clone();
    use_effect_with(assumptions, move |_| {
        // Not on the first render, nor when nothing is kept.
        if std::mem::take(&mut *first.borrow_mut()) {
            return;
        }
        let Some(request) = request else { return };
        *timer.borrow_mut() = Some(gloo::timers::callback::Timeout::new(250, move || {
            let solution = request.solve(&scenario);
            let said = if solution.met { T::Resolved } else { T::ResolvedNotMet };
            dispatch.dispatch(Action::Load {
                scenario: Box::new(solution.scenario),
                notice: Some(Bilingual::new(said.get(Lang::Zh), said.get(Lang::En))),
            });
        }));
    });
    Html::default()
}
