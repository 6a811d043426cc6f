//! The browser app: a thin Yew layer over `crate::model`. State lives in one
//! reducer (`state`); components are small and take typed props.

pub mod charts;
pub mod citydata;
pub mod kpi;
pub mod levers;
pub mod modelref;
pub mod panel;
pub mod state;

use crate::i18n::Lang;
use crate::model::{Scenario, MODEL_VERSION};
use crate::text::T;
use charts::cities::CitiesChart;
use charts::specs::{build, ChartKind};
use charts::ChartView;
use citydata::CityTable;
use gloo::storage::{LocalStorage, Storage};
use kpi::KpiStrip;
use modelref::ModelReference;
use panel::{AssumptionsPanel, LeverPanel};
use state::{use_frame_dispatch, Action, AppState, LANG_STORAGE_KEY};
use std::rc::Rc;
use yew::prelude::*;

pub fn start() {
    yew::Renderer::<App>::new().render();
}

/// The language the user chose last time, Chinese otherwise.
fn stored_lang() -> Lang {
    LocalStorage::get::<String>(LANG_STORAGE_KEY).ok().and_then(|code| Lang::from_code(&code)).unwrap_or_default()
}

#[derive(Clone, Copy, PartialEq)]
enum Tab {
    Levers,
    Assumptions,
}

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| AppState::new(Scenario::zhejiang_2025(), stored_lang()));
    let dispatch = use_frame_dispatch(state.dispatcher());
    let tab = use_state(|| Tab::Levers);
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
    let (scen, base) = (state.projection.clone(), state.baseline.clone());

    let direct = state.dispatcher();
    let toggle_lang = {
        let d = direct.clone();
        Callback::from(move |_| d.dispatch(Action::SetLang(lang.other())))
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
        let chart = if kind == ChartKind::Cities {
            html! {
                <CitiesChart cities={state.scenario.cities.clone()} scenario={scen.cities.clone()}
                    baseline={base.cities.clone()} start_year={state.scenario.start.year} lang={lang} header={picker} />
            }
        } else {
            let built = build(kind, &scen, &base, state.year_index, lang);
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
            </header>
            <main class="layout">
                <aside class="levers" aria-label={T::LeversHeading.get(lang)}>
                    <div class="tabs" role="tablist">
                        { tab_button(Tab::Levers, T::TabLevers) }
                        { tab_button(Tab::Assumptions, T::TabAssumptions) }
                    </div>
                    if let Some(error) = &state.error {
                        <p class="error" role="alert">{ error.get(lang) }</p>
                    }
                    if *tab == Tab::Levers {
                        <LeverPanel scenario={state.scenario.clone()} lang={lang} dispatch={dispatch.clone()} />
                    } else {
                        <AssumptionsPanel scenario={state.scenario.clone()} lang={lang} dispatch={dispatch.clone()} />
                    }
                </aside>
                <section class="outcomes">
                    <KpiStrip scenario={scen.clone()} baseline={base.clone()} year_index={state.year_index} lang={lang} />
                    <div class={classes!("chart-grid", format!("layout-{}", state.layout))}>{ for slots }</div>
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
