//! The browser app: a thin Yew layer over `crate::model` and `crate::io`.
//! State lives in one reducer (`state`); components are small and take typed
//! props.

pub mod band;
pub mod charts;
pub mod citydata;
pub mod compare;
pub mod explain;
pub mod files;
pub mod kpi;
pub mod levers;
pub mod library;
pub mod modelref;
pub mod panel;
pub mod seek;
pub mod state;
pub mod storage;

use crate::i18n::{Bilingual, Lang};
use crate::io::library::Imported;
use crate::io::{csv, library as libfile, link};
use crate::model::{project, Scenario, MODEL_VERSION};
use crate::text::T;
use charts::cities::CitiesChart;
use charts::specs::{build, build_compare, ChartKind};
use charts::ChartView;
use citydata::CityTable;
use compare::CompareTable;
use gloo::events::EventListener;
use gloo::storage::{LocalStorage, Storage};
use kpi::KpiStrip;
use library::LibraryPanel;
use modelref::ModelReference;
use panel::{AssumptionsPanel, LeverPanel};
use state::{use_frame_dispatch, Action, AppState, LANG_STORAGE_KEY};
use std::rc::Rc;
use wasm_bindgen::JsCast;
use yew::prelude::*;

pub fn start() {
    yew::Renderer::<App>::new().render();
}

/// The language the user chose last time, Chinese otherwise.
fn stored_lang() -> Lang {
    LocalStorage::get::<String>(LANG_STORAGE_KEY).ok().and_then(|code| Lang::from_code(&code)).unwrap_or_default()
}

/// The first state: the scenario in the address (a share link) if there is
/// one and it is valid, the built-in one otherwise (with the reason shown).
fn initial_state() -> AppState {
    let lang = stored_lang();
    let hash = web_sys::window().and_then(|w| w.location().hash().ok()).unwrap_or_default();
    let (scenario, notice, error) = if hash.len() > 1 {
        match link::decode(&hash) {
            Ok(d) => (d.scenario, d.notice, None),
            Err(e) => (Scenario::zhejiang_2025(), None, Some(e)),
        }
    } else {
        (Scenario::zhejiang_2025(), None, None)
    };
    let mut state = AppState::new(scenario, lang).with_library(storage::load());
    state.notice = notice;
    state.error = error;
    state
}

#[derive(Clone, Copy, PartialEq)]
enum Tab {
    Levers,
    Assumptions,
    Library,
    Seek,
}

/// Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y (⌘ on macOS), except while typing in a text
/// box, where the browser's own text undo applies.
#[hook]
fn use_undo_keys(dispatch: UseReducerDispatcher<AppState>) {
    use_effect_with((), move |_| {
        let options = gloo::events::EventListenerOptions::enable_prevent_default();
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
            let key = e.key().to_lowercase();
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

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(initial_state);
    let dispatch = use_frame_dispatch(state.dispatcher());
    let direct = state.dispatcher();
    let tab = use_state(|| Tab::Levers);
    let reader = use_mut_ref(|| None::<gloo::file::callbacks::FileReader>);
    use_undo_keys(state.dispatcher());
    let lang = state.lang;
    use_effect_with(lang, |lang| {
        // Remembering the language is a nicety: if storage is full or blocked
        // the app works on in the chosen language.
        let _ = LocalStorage::set(LANG_STORAGE_KEY, lang.code());
        if let Some(root) = gloo::utils::document().document_element() {
            let _ = root.set_attribute("lang", lang.pick("zh-CN", "en"));
        }
        gloo::utils::document().set_title(T::Title.get(*lang));
    });
    // The address bar always holds the share link of the current scenario —
    // except a refused link, which stays there until the first change so the
    // planner can see what was wrong with it.
    let keep_refused_link = use_mut_ref(|| state.error.is_some());
    use_effect_with(state.scenario.clone(), move |scenario| {
        if std::mem::take(&mut *keep_refused_link.borrow_mut()) {
            return;
        }
        let url = format!("#{}", link::encode(scenario));
        if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
            let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url));
        }
    });

    let (scen, base) = (state.projection.clone(), state.baseline.clone());
    // The band is for the scenario alone: compared scenarios show their lines.
    let band = band::use_band(&state.scenario);
    let compared: Vec<(String, Scenario, Rc<crate::model::Projection>)> = if state.compare.len() >= 2 {
        state.compared(lang).into_iter().map(|(name, s)| (name, s.clone(), Rc::new(project(&s)))).collect()
    } else {
        Vec::new()
    };

    let toggle_lang = {
        let d = direct.clone();
        Callback::from(move |_| d.dispatch(Action::SetLang(lang.other())))
    };
    let simple = |action: fn() -> Action| {
        let d = direct.clone();
        Callback::from(move |_| d.dispatch(action()))
    };
    let on_share = {
        let d = direct.clone();
        let scenario = state.scenario.clone();
        Callback::from(move |_| {
            let Some(window) = web_sys::window() else { return };
            let href = window.location().href().unwrap_or_default();
            let url = format!("{}#{}", href.split('#').next().unwrap_or_default(), link::encode(&scenario));
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
    };
    let on_export_scenario = {
        let scenario = state.scenario.clone();
        Callback::from(move |_| {
            files::download_text(
                &format!("{}.json", files::file_stem(&scenario.name)),
                "application/json",
                &scenario.to_json(),
            )
        })
    };
    let on_export_csv = {
        let (scen, base, name) = (scen.clone(), base.clone(), state.scenario.name.clone());
        Callback::from(move |_| {
            files::download_text(
                &format!("{}.csv", files::file_stem(&name)),
                "text/csv;charset=utf-8",
                &csv::projection_csv(&scen, &base),
            )
        })
    };
    let on_print = Callback::from(|_| {
        let _ = web_sys::window().map(|w| w.print());
    });
    let on_export_library = {
        let entries = state.library.entries.clone();
        Callback::from(move |_| {
            files::download_text("urban-rural-sim-library.json", "application/json", &libfile::export(&entries))
        })
    };
    let on_import = {
        let (d, reader) = (direct.clone(), reader.clone());
        Callback::from(move |file: web_sys::File| {
            let d = d.clone();
            let handle = files::read_text(file, move |result| {
                let action = match result.and_then(|text| libfile::import(&text)) {
                    Ok(Imported::Scenario { scenario, notice }) => Action::Load {
                        scenario,
                        notice: notice.or_else(|| {
                            Some(Bilingual::new(T::ScenarioLoaded.get(Lang::Zh), T::ScenarioLoaded.get(Lang::En)))
                        }),
                    },
                    Ok(Imported::Library(entries)) => Action::Library(state::LibraryAction::Import(entries)),
                    Err(e) => Action::Refuse(e),
                };
                d.dispatch(action);
            });
            *reader.borrow_mut() = handle;
        })
    };

    let year_buttons = scen.years.iter().enumerate().map(|(i, y)| {
        let d = direct.clone();
        let on = i == state.year_index;
        html! {
            <button class={classes!("seg", on.then_some("on"))} aria-pressed={on.to_string()}
                onclick={Callback::from(move |_| d.dispatch(Action::SetYear(i)))}>{ y.year }</button>
        }
    });
    let layout_buttons = [1usize, 2, 4].map(|n| {
        let d = direct.clone();
        let on = n == state.layout;
        html! {
            <button class={classes!("seg", on.then_some("on"))} aria-pressed={on.to_string()}
                aria-label={format!("{} {n}", T::Layout.get(lang))}
                onclick={Callback::from(move |_| d.dispatch(Action::SetLayout(n)))}>{ n }</button>
        }
    });
    let compare_items: Vec<(String, &crate::model::Projection)> =
        compared.iter().map(|(name, _, p)| (name.clone(), p.as_ref())).collect();
    let slots = (0..state.layout).map(|slot| {
        let kind = state.slots[slot];
        let d = direct.clone();
        let onchange = Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Some(k) = ChartKind::from_id(&select.value()) {
                d.dispatch(Action::SetSlot(slot, k));
            }
        });
        let options = ChartKind::ALL.map(|k| {
            html! { <option value={k.id()} selected={k == kind}>{ k.title(lang) }</option> }
        });
        // The chart's title is its picker: one line, no repetition.
        let picker = html! {
            <select class="slot-pick" aria-label={format!("{} {}", T::ChartSlot.get(lang), slot + 1)} {onchange}>
                { for options }
            </select>
        };
        let chart = if kind == ChartKind::Cities && compare_items.is_empty() {
            html! {
                <CitiesChart cities={state.scenario.cities.clone()} scenario={scen.cities.clone()}
                    baseline={base.cities.clone()} start_year={state.scenario.start.year} lang={lang} header={picker} />
            }
        } else {
            let built = if compare_items.is_empty() {
                let mut built = build(kind, &scen, &base, state.year_index, lang);
                if let Some(shown) = &band {
                    charts::specs::add_band(kind, &mut built.spec, &shown.band, lang);
                }
                built
            } else {
                build_compare(kind, &compare_items, state.year_index, lang)
            };
            html! {
                <ChartView id={format!("chart-{}", kind.id())} title={kind.title(lang)} spec={Rc::new(built.spec)}
                    lang={lang} summary={built.summary} note={built.note.map(AttrValue::from)} header={picker} />
            }
        };
        html! { <div class="slot" key={slot}>{ chart }</div> }
    });
    let notices = state.projection.notices.iter().map(|n| html! { <li>{ n.get(lang) }</li> });
    let tab_button = |t: Tab, label: T| {
        let tab = tab.clone();
        let on = *tab == t;
        html! {
            <button role="tab" class={classes!("tab", on.then_some("on"))} aria-selected={on.to_string()}
                onclick={Callback::from(move |_| tab.set(t))}>{ label.get(lang) }</button>
        }
    };

    html! {
        <div class="app">
            <header class="top">
                <div class="titles">
                    <h1>{ T::Title.get(lang) }</h1>
                    <p class="subtitle">{ T::Subtitle.get(lang) }</p>
                </div>
                <div class="controls">
                    <div class="segmented" role="group" aria-label={T::Year.get(lang)}>
                        <span class="seg-label">{ T::Year.get(lang) }</span>{ for year_buttons }
                    </div>
                    <div class="segmented" role="group" aria-label={T::Layout.get(lang)}>
                        <span class="seg-label">{ T::Layout.get(lang) }</span>{ for layout_buttons }
                    </div>
                    <button class="lang-toggle" onclick={toggle_lang} aria-label={T::LanguageToggleLabel.get(lang)}
                        lang={lang.other().pick("zh-CN", "en")}>
                        { T::LanguageToggle.get(lang) }
                    </button>
                </div>
                <div class="toolbar" role="toolbar">
                    <button class="undo" onclick={simple(|| Action::Undo)} disabled={state.past.is_empty()}
                        title={T::UndoHint.get(lang)}>{ format!("↶ {}", T::Undo.get(lang)) }</button>
                    <button class="redo" onclick={simple(|| Action::Redo)} disabled={state.future.is_empty()}
                        title={T::RedoHint.get(lang)}>{ format!("↷ {}", T::Redo.get(lang)) }</button>
                    <button class="share" onclick={on_share}>{ T::ShareLink.get(lang) }</button>
                    <button class="export-json" onclick={on_export_scenario}>{ T::ExportScenario.get(lang) }</button>
                    <button class="export-csv" onclick={on_export_csv}>{ T::ExportCsv.get(lang) }</button>
                    <button class="print" onclick={on_print}>{ T::Print.get(lang) }</button>
                </div>
            </header>
            if state.error.is_some() || state.notice.is_some() {
                <div class="messages" role="status">
                    if let Some(error) = &state.error { <p class="error" role="alert">{ error.get(lang) }</p> }
                    if let Some(notice) = &state.notice { <p class="notice">{ notice.get(lang) }</p> }
                    <button class="dismiss" onclick={simple(|| Action::Dismiss)}>{ T::Dismiss.get(lang) }</button>
                </div>
            }
            <main class="layout">
                <aside class="levers" aria-label={T::LeversHeading.get(lang)}>
                    <div class="tabs" role="tablist">
                        { tab_button(Tab::Levers, T::TabLevers) }
                        { tab_button(Tab::Assumptions, T::TabAssumptions) }
                        { tab_button(Tab::Library, T::TabLibrary) }
                        { tab_button(Tab::Seek, T::TabSeek) }
                    </div>
                    {
                        match *tab {
                            Tab::Levers => html! { <LeverPanel scenario={state.scenario.clone()} lang={lang} dispatch={dispatch.clone()} /> },
                            Tab::Assumptions => html! { <AssumptionsPanel scenario={state.scenario.clone()} lang={lang} dispatch={dispatch.clone()} /> },
                            Tab::Library => html! {
                                <LibraryPanel state={Rc::new((*state).clone())} dispatch={dispatch.clone()}
                                    on_import={on_import} on_export_library={on_export_library} />
                            },
                            Tab::Seek => html! {
                                <>
                                    <seek::GoalSeekPanel scenario={state.scenario.clone()} lang={lang} dispatch={dispatch.clone()} />
                                    <explain::ExplainPanel scenario={state.scenario.clone()} lang={lang} />
                                </>
                            },
                        }
                    }
                </aside>
                <section class="outcomes">
                    <KpiStrip scenario={scen.clone()} baseline={base.clone()} year_index={state.year_index} lang={lang}
                        band={band.clone()} />
                    <div class={classes!("chart-grid", format!("layout-{}", state.layout))}>{ for slots }</div>
                    if !compared.is_empty() {
                        <CompareTable items={compared.clone()} lang={lang} />
                    }
                    if !state.projection.notices.is_empty() {
                        <section class="notices" aria-live="polite">
                            <h2>{ T::Notices.get(lang) }</h2>
                            <ul>{ for notices }</ul>
                        </section>
                    }
                    <details class="panel">
                        <summary>{ T::TabCities.get(lang) }</summary>
                        <CityTable scenario={state.scenario.clone()} projected={scen.cities.clone()} lang={lang} dispatch={dispatch.clone()} />
                    </details>
                    <details class="panel">
                        <summary>{ T::TabModel.get(lang) }</summary>
                        <ModelReference />
                    </details>
                </section>
            </main>
            <footer>
                { format!("{} {} · {}", T::ModelVersion.get(lang), MODEL_VERSION, state.scenario.name) }
            </footer>
        </div>
    }
}
