//! The root component: it holds the store and composes the page — the skip
//! link to the charts, the header (`header.rs`), the side panel's tabs
//! (`tabs.rs`), a phone's story (`story.rs`), the KPI strip, the chart slots
//! (`chart_slots.rs`), the summary in words, the comparison,
//! the notices, the city table and the model reference; a presented deck
//! takes the whole screen. What it keeps in step with the page lives beside
//! it: the address bar (`address.rs`), undo keys (`undo_keys.rs`), print
//! (`print.rs`), the document's language (`boot.rs`). Wasm only.

use super::address::{share_url, use_address_sync, use_room_address};
use super::band::{use_band, use_band_against};
use super::chart_slots::{chart_slots, ChartInputs};
use super::citydata::CityTable;
use super::compare::CompareTable;
use super::header::{header, HeaderArgs};
use super::keep_solving::KeepSolving;
use super::kpi::KpiStrip;
use super::modelref::ModelReference;
use super::present::Presentation;
use super::print::{handout, use_print};
use super::qrdialog::QrDialog;
use super::state::{run_effects, use_frame_dispatch, Action};
use super::store::{BaselineBand, Mode};
use super::summary_view::SummaryView;
use super::story::Story;
use super::tabs::{tab_buttons, tab_panel, Tab, TabArgs};
use super::undo_keys::use_undo_keys;
use super::{boot, offline};
use crate::model::{project, MODEL_VERSION};
use crate::text::T;
use std::rc::Rc;
use yew::prelude::*;

/// What the page shows beside the store's state: the open tab, the QR
/// dialog, the model reference (opened once, then kept mounted), the
/// toolbar unfolded (a phone folds it).
#[derive(Clone, Copy, Debug, PartialEq)]
struct Showing {
    tab: Tab,
    qr: bool,
    model: bool,
    tools: bool,
}

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(boot::initial_state);
    let dispatch = use_frame_dispatch(state.dispatcher());
    let direct = state.dispatcher();
    let showing = use_state(|| Showing { tab: Tab::Levers, qr: false, model: false, tools: false });
    let reader = use_mut_ref(|| None::<gloo::file::callbacks::FileReader>);
    use_undo_keys(state.dispatcher());
    {
        let d = state.dispatcher();
        offline::use_service_worker(Callback::from(move |_| d.dispatch(Action::UpdateReady)));
    }
    // Writes the store asked for (saving, deleting, importing) run here, once
    // per action that made any; each reports back with `Action::Stored`.
    {
        let (effects, d) = (state.effects.clone(), state.dispatcher());
        use_effect_with(state.effects_seq, move |_| run_effects(&effects, &d));
    }
    let lang = state.view.lang;
    boot::use_document_lang(lang);
    use_address_sync(&state, state.messages.error.is_some());
    use_room_address();

    let (scen, base) = (state.doc.projection.clone(), state.doc.baseline.clone());
    // The band is for the scenario alone: compared scenarios show their lines.
    // With the change against the baseline on the same draws (`model::paired`).
    let own_baseline = state.doc.scenario.baseline();
    let band = use_band_against(Some(&state.doc.scenario), Some(&own_baseline));
    // The baseline's band, on request, from a worker of its own (started the
    // first time it is asked for; it reruns only when the assumptions change).
    let baseline_scenario = (state.view.baseline_band == BaselineBand::Shown && state.library.compare.len() < 2)
        .then(|| state.doc.scenario.baseline());
    let baseline_band = use_band(baseline_scenario.as_ref());
    // Compared scenarios are projected once per change of what is compared,
    // not on every render (a lever move re-renders, but changes only "current").
    let to_compare = if state.library.compare.len() >= 2 { state.compared() } else { Vec::new() };
    let compared = use_memo(to_compare, |items| {
        items.iter().map(|(name, s)| (name.clone(), s.clone(), Rc::new(project(s)))).collect::<Vec<_>>()
    });
    let print = use_print(&state, &band, &direct);
    // Targets no lever moves: from the model, once per change of data or
    // assumptions (the levers set to the built-in ones), not on a lever move.
    let reach_key = crate::model::Scenario { levers: crate::model::Levers::builtin(), ..state.doc.scenario.clone() };
    let unmoved = use_memo(reach_key, crate::model::reach::unmoved_targets);
    let unmoved = Rc::new((*unmoved).clone());

    // Presenting a deck: the slide takes the whole screen.
    if let Mode::Present(_) = &state.view.mode {
        let d = direct.clone();
        let direct = Callback::from(move |a| d.dispatch(a));
        return html! {
            <Presentation state={Rc::new(state.state.clone())} direct={direct} dispatch={dispatch} band={band} />
        };
    }

    fn show<E>(showing: &UseStateHandle<Showing>, f: fn(&mut Showing)) -> Callback<E> {
        let showing = showing.clone();
        Callback::from(move |_| {
            let mut next = *showing;
            f(&mut next);
            showing.set(next);
        })
    }
    let on_tab = {
        let showing = showing.clone();
        Callback::from(move |tab| showing.set(Showing { tab, ..*showing }))
    };
    // The model reference: mounted when first opened, then kept.
    let on_model_toggle = {
        let showing = showing.clone();
        Callback::from(move |e: Event| {
            if e.target_unchecked_into::<web_sys::HtmlDetailsElement>().open() && !showing.model {
                showing.set(Showing { model: true, ..*showing });
            }
        })
    };
    let charts = ChartInputs {
        state: &state,
        scen: &scen,
        base: &base,
        compared: &compared,
        band: &band,
        baseline_band: &baseline_band,
    };
    let args = HeaderArgs {
        scen: &scen,
        base: &base,
        band: &band,
        direct: &direct,
        on_qr: show(&showing, |s| s.qr = true),
        on_print: &print.on_print,
        tools_open: showing.tools,
        on_tools: show(&showing, |s| s.tools = !s.tools),
    };
    let tab = TabArgs { dispatch: &dispatch, direct: &direct, reader: &reader, on_print: &print.on_print };
    // The notices of the year on screen, under the cards they concern.
    let year_notices = state.doc.projection.notices_in(state.view.year_index);
    let notices = year_notices.iter().map(|n| html! { <li>{ n.get(lang) }</li> });
    let baseline_name = T::Baseline.get(lang);
    let baseline_column = compared.iter().position(|(name, ..)| name == baseline_name);
    let notice_year = state.doc.projection.years.get(state.view.year_index).map_or(0, |y| y.year);

    html! {
        <div class={classes!("app", print.job.is_some().then_some("printing"))}>
            // The first Tab stop, shown when focused: past the header and the
            // side panel's controls, straight to the charts.
            <a class="skip-link" href="#charts" onclick={Callback::from(skip_to_charts)}>{ T::SkipToCharts.get(lang) }</a>
            <KeepSolving kept={state.view.keep_solving.clone()} scenario={state.doc.scenario.clone()} dispatch={direct.clone()} />
            if let Some(job) = &print.job { { handout(job, &state) } }
            { header(&state, args) }
            if showing.qr {
                <QrDialog link={AttrValue::from(share_url(&state))} lang={lang} on_close={show(&showing, |s| s.qr = false)} />
            }
            { messages(&state, &direct) }
            <main class={classes!("layout", (showing.tab == super::tabs::Tab::Seek).then_some("analysis-open"))}>
                <aside class="levers" aria-label={T::LeversHeading.get(lang)}>
                    { tab_buttons(showing.tab, &state, &on_tab) }
                    { tab_panel(showing.tab, &state, tab) }
                </aside>
                <section class="outcomes">
                    // A phone starts with the scenario's name and what changed (style.css
                    // shows it at ≤ 600 px), then the KPIs.
                    <Story scenario={state.doc.scenario.clone()} lang={lang} />
                    <KpiStrip scenario={scen.clone()} baseline={base.clone()} year_index={state.view.year_index} lang={lang}
                        band={band.clone()} unmoved={unmoved.clone()} />
                    if !year_notices.is_empty() {
                        <section class="notices" aria-live="polite">
                            <h2>{ T::NoticesIn.fill(|_| vec![notice_year.to_string()]).get(lang).to_string() }</h2>
                            <ul>{ for notices }</ul>
                        </section>
                    }
                    // Compared scenarios: the table right under the cards, on
                    // the first screen, before the charts that overlay them.
                    if !compared.is_empty() {
                        <CompareTable items={(*compared).clone()} lang={lang} baseline={baseline_column} />
                    }
                    <div id="charts" class="charts-region" tabindex="-1" role="region" aria-label={T::ChartsRegion.get(lang)}>
                        { chart_slots(&charts, &direct) }
                    </div>
                    // Below the charts, so the charts keep the first screen.
                    <SummaryView scenario={state.doc.scenario.clone()} projection={scen.clone()} baseline={base.clone()}
                        year_index={state.view.year_index} band={band.clone()} lang={lang} />
                    <details class="panel">
                        <summary>{ T::TabCities.get(lang) }</summary>
                        <CityTable scenario={state.doc.scenario.clone()} projected={scen.cities.clone()} lang={lang} dispatch={dispatch.clone()} />
                    </details>
                    <details class="panel" id="model-ref" open={showing.model} ontoggle={on_model_toggle}>
                        <summary>{ T::TabModel.get(lang) }</summary>
                        if showing.model { <ModelReference lang={lang} /> }
                    </details>
                </section>
            </main>
            <footer>
                { format!("{} {} · {}", T::ModelVersion.get(lang), MODEL_VERSION, state.doc.scenario.name) }
            </footer>
        </div>
    }
}

/// The skip link moves the focus to the charts itself: following `#charts`
/// would put it in the address bar, where the share link lives.
fn skip_to_charts(e: MouseEvent) {
    e.prevent_default();
    let charts = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id("charts"));
    if let Some(charts) = charts.and_then(|c| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(c).ok()) {
        let _ = charts.focus();
    }
}

/// The messages line: an error, a notice, "a new version is ready".
fn messages(state: &super::state::State, direct: &UseReducerDispatcher<super::state::AppState>) -> Html {
    let lang = state.view.lang;
    let m = &state.messages;
    if m.error.is_none() && m.notice.is_none() && !m.update_ready {
        return Html::default();
    }
    let d = direct.clone();
    html! {
        <div class="messages" role="status">
            if let Some(error) = &m.error { <p class="error" role="alert">{ error.get(lang) }</p> }
            if let Some(notice) = &m.notice { <p class="notice">{ notice.get(lang) }</p> }
            if m.update_ready {
                <p class="update notice">
                    { T::UpdateHint.get(lang) }{ " " }
                    <button class="update-reload" onclick={Callback::from(|_| offline::reload_into_update())}>
                        { T::UpdateReload.get(lang) }
                    </button>
                </p>
            }
            <button class="dismiss" onclick={Callback::from(move |_| d.dispatch(Action::Dismiss))}>{ T::Dismiss.get(lang) }</button>
        </div>
    }
}
