//! The browser app: a thin Yew layer over `crate::model`. State lives in one
//! reducer (`state`), components are small and take typed props.

pub mod chart;
pub mod kpi;
pub mod levers;
pub mod panel;
pub mod state;

use crate::i18n::Lang;
use crate::model::{Scenario, MODEL_VERSION, STRANDS};
use crate::text::T;
use chart::{ChartData, CompletionChart};
use gloo::storage::{LocalStorage, Storage};
use kpi::KpiStrip;
use panel::LeverPanel;
use state::{Action, AppState, LANG_STORAGE_KEY};
use yew::prelude::*;

pub fn start() {
    yew::Renderer::<App>::new().render();
}

/// The language the user chose last time, Chinese otherwise.
fn stored_lang() -> Lang {
    LocalStorage::get::<String>(LANG_STORAGE_KEY).ok().and_then(|code| Lang::from_code(&code)).unwrap_or_default()
}

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| AppState::new(Scenario::zhejiang_2025(), stored_lang()));
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
    let toggle_lang = {
        let dispatch = state.dispatcher();
        Callback::from(move |_| dispatch.dispatch(Action::SetLang(lang.other())))
    };
    let completion = &state.projection.completion;
    let baseline = &state.baseline.completion;
    let summary = STRANDS
        .iter()
        .map(|&s| format!("{} {:.1} %", s.name(lang), completion.strand(s).year_end_rate() * 100.0))
        .collect::<Vec<_>>()
        .join(", ");
    let legend = STRANDS.iter().map(|&s| {
        html! {
            <span class={classes!("legend-item", format!("strand-{}", s.id()))}>
                <span class="legend-line solid"></span><span class="legend-line dashed"></span>
                { s.name(lang) }
            </span>
        }
    });
    let notices = state.projection.notices.iter().map(|n| html! { <li>{ n.get(lang) }</li> });

    html! {
        <div class="app">
            <header class="top">
                <div>
                    <h1>{ T::Title.get(lang) }</h1>
                    <p class="subtitle">{ T::Subtitle.get(lang) }</p>
                </div>
                <button class="lang-toggle" onclick={toggle_lang} aria-label={T::LanguageToggleLabel.get(lang)}
                    lang={lang.other().pick("zh-CN", "en")}>
                    { T::LanguageToggle.get(lang) }
                </button>
            </header>
            <main class="layout">
                <LeverPanel scenario={state.scenario.clone()} lang={lang} dispatch={state.dispatcher()}
                    error={state.error.clone()} />
                <section class="outcomes">
                    <KpiStrip scenario={completion.clone()} baseline={baseline.clone()} lang={lang} />
                    <section class="chart-card">
                        <h2>{ T::ChartHeading.get(lang) }</h2>
                        <div class="legend" aria-label={T::Legend.get(lang)}>
                            { for legend }
                            <span class="legend-item overall">
                                <span class="legend-line solid"></span><span class="legend-line dashed"></span>
                                { T::Overall.get(lang) }
                            </span>
                            <span class="legend-key">
                                { format!("— {}  ┄ {}", T::Scenario.get(lang), T::Baseline.get(lang)) }
                            </span>
                        </div>
                        <CompletionChart data={ChartData::completion(completion, baseline)} lang={lang}
                            summary={AttrValue::from(summary)} />
                        <p class="caption">{ T::ChartCaption.get(lang) }</p>
                    </section>
                    if !state.projection.notices.is_empty() {
                        <section class="notices" aria-live="polite">
                            <h2>{ T::Notices.get(lang) }</h2>
                            <ul>{ for notices }</ul>
                        </section>
                    }
                </section>
            </main>
            <footer>
                { format!("{} {} · {}", T::ModelVersion.get(lang), MODEL_VERSION, state.scenario.name) }
            </footer>
        </div>
    }
}
