//! The first screen as the page shows it before any script has run: rendered
//! natively at build time (src/bin/first_paint.rs, Yew's server rendering)
//! into index.html, in place of the app, which replaces it as it mounts
//! (src/app/root.rs, `start`: the element `#boot` goes in the same task).
//!
//! The KPI strip and the summary are the app's own components (`KpiStrip`,
//! `SummaryView`), given the app's first state (`State::new`), so the
//! numbers and words are the ones the app shows. The page around them has the
//! app's layout and classes, so the cards stay where they are when the app
//! takes over; its controls are shown disabled (they work once the app runs).

use super::charts::legend;
use super::charts::shown::{self, Bands, View};
use super::charts::spec::XAxis;
use super::charts::specs::{Built, ChartKind};
use super::kpi::KpiStrip;
use super::store::{Layout, State};
use super::summary_view::SummaryView;
use crate::i18n::Lang;
use crate::model::MODEL_VERSION;
use crate::text::T;
use std::rc::Rc;
use yew::prelude::*;

/// How many charts the first paint shows: the first slots of the default
/// layout below 1,500 px (`Layout::for_width`). It also carries the other
/// two of the four a wider screen shows (a projector), shown there only
/// (style.css, `.wide-only`), so the charts do not move either as the app
/// takes over.
pub const CHARTS: usize = 2;

/// The size the charts are drawn at, css px: the app's canvas in a chart
/// slot at 1280 × 720 (style.css: `.chart-stack`); the SVG scales to the
/// slot's size elsewhere, keeping its proportions.
pub const PLOT: (f64, f64) = (396.0, 290.0);

#[derive(Properties)]
pub struct FirstPaintProps {
    /// The app's first state for the built-in scenario.
    pub state: Rc<State>,
}

impl PartialEq for FirstPaintProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.state, &other.state)
    }
}

/// The header: the app's title band with its controls, disabled.
fn header(state: &State) -> Html {
    let lang = state.view.lang;
    let years = state.doc.projection.years.iter().enumerate().map(|(i, y)| {
        let on = i == state.view.year_index;
        html! { <button class={classes!("seg", on.then_some("on"))} aria-pressed={on.to_string()} disabled=true>{ y.year }</button> }
    });
    // Two charts are on, four from 1,500 px (style.css swaps the look there).
    let layouts = Layout::ALL.map(|layout| {
        let n = layout.count();
        let on = n == CHARTS;
        let wide = (n == state.view.slots.len()).then_some("wide-on");
        html! {
            <button class={classes!("seg", on.then_some("on narrow-on"), wide)} aria-pressed={on.to_string()} disabled=true
                aria-label={format!("{} {n}", T::Layout.get(lang))}>{ n }</button>
        }
    });
    let tool = |class: &'static str, text: String| html! { <button class={class} disabled=true>{ text }</button> };
    html! {
        <header class="top">
            <div class="titles">
                <h1>{ T::Title.get(lang) }</h1>
                <p class="subtitle">{ crate::io::stamp::subtitle(lang) }</p>
            </div>
            <div class="controls">
                <div class="segmented" role="group" aria-label={T::Year.get(lang)}>
                    <span class="seg-label">{ T::Year.get(lang) }</span>{ for years }
                </div>
                <div class="segmented" role="group" aria-label={T::Layout.get(lang)}>
                    <span class="seg-label">{ T::Layout.get(lang) }</span>{ for layouts }
                </div>
                <button class="lang-toggle" disabled=true lang={lang.other().pick("zh-CN", "en")}>{ T::LanguageToggle.get(lang) }</button>
                <button class="tools-toggle" disabled=true aria-expanded="false">{ format!("{} ▾", T::Tools.get(lang)) }</button>
            </div>
            <div id="toolbar" class="toolbar" role="toolbar">
                { tool("undo", format!("↶ {}", T::Undo.get(lang))) }
                { tool("redo", format!("↷ {}", T::Redo.get(lang))) }
                { tool("share", T::ShareLink.get(lang).to_string()) }
                { tool("qr", T::QrCode.get(lang).to_string()) }
                { tool("export-json", T::ExportScenario.get(lang).to_string()) }
                { tool("export-csv", T::ExportCsv.get(lang).to_string()) }
                { tool("print", T::Print.get(lang).to_string()) }
                { tool("baseline-band", T::BaselineBandToggle.get(lang).to_string()) }
            </div>
        </header>
    }
}

/// One chart slot as the app lays it out (a `ChartView` card: the title,
/// the years, the legend and its buttons), with the chart drawn as SVG
/// (urs-charts, the code that draws the app's canvas) where the canvas goes.
fn chart_slot(kind: ChartKind, built: Option<Built>, year: i32, wide_only: bool, lang: Lang) -> Html {
    let period = match built.as_ref().map(|b| b.spec.x) {
        Some(XAxis::Years(a, b)) => format!("{a}–{b}"),
        Some(XAxis::Months) | None => format!("{year}"),
    };
    let title = kind.title(lang);
    let drawn = built.as_ref().map(|b| {
        let svg = urs_charts::svg::plot(&b.spec, lang, PLOT.0, PLOT.1, &urs_charts::estimate_width)
            .unwrap_or_else(|e| panic!("first paint: the chart {} cannot be drawn: {e}", kind.id()));
        // Scaled to the slot (style.css) with its proportions, from the top
        // where the app's canvas starts.
        Html::from_html_unchecked(svg.replacen("<svg ", r#"<svg preserveAspectRatio="xMidYMin meet" "#, 1).into())
    });
    let button = |class: &'static str, label: T| {
        html! { <button class={class} disabled=true title={label.get(lang)} aria-label={format!("{} {title}", label.get(lang))}>{ class.to_ascii_uppercase() }</button> }
    };
    html! {
        <div class={classes!("slot", wide_only.then_some("wide-only"))}>
            <figure class="chart-card" id={format!("chart-{}", kind.id())}>
                <figcaption>
                    <div class="slot-title">
                        <h2>{ title }<span class="chev" aria-hidden="true">{ " ▾" }</span></h2>
                    </div>
                    <span class="chart-years">{ period }</span>
                </figcaption>
                <div class="legend">
                    if let Some(b) = &built { { legend(&b.spec, lang) } }
                    <span class="export-buttons">{ button("png", T::Png) }{ button("svg", T::Svg) }</span>
                </div>
                <div class="chart-stack">
                    <div class="chart plot" role="img" aria-label={built.as_ref().map(|b| b.summary.clone())}>{ drawn.unwrap_or_default() }</div>
                </div>
                if let Some(note) = built.as_ref().and_then(|b| b.note) { <p class="caption">{ note }</p> }
            </figure>
        </div>
    }
}

#[function_component(FirstPaint)]
pub fn first_paint(props: &FirstPaintProps) -> Html {
    let state = &*props.state;
    let lang = state.view.lang;
    let (scen, base) = (&state.doc.projection, &state.doc.baseline);
    let lines = shown::lines(View::Alone { scenario: &state.doc.scenario, projection: scen, baseline: base }, lang);
    let year = scen.years.get(state.view.year_index).map_or(state.doc.scenario.start.year, |y| y.year);
    let slots = state.view.slots.iter().enumerate().map(|(i, &kind)| {
        let built = shown::chart(kind, &lines, Bands::default(), state.view.year_index, lang);
        chart_slot(kind, built, year, i >= CHARTS, lang)
    });
    let tabs = [T::TabLevers, T::TabAssumptions, T::TabLibrary, T::TabDecks, T::TabSeek].map(|t| {
        let on = t == T::TabLevers;
        html! { <button role="tab" class={classes!("tab", on.then_some("on"))} aria-selected={on.to_string()} disabled=true>{ t.get(lang) }</button> }
    });
    html! {
        <div id="boot" class="app first-paint">
            { header(state) }
            <main class="layout">
                <aside class="levers" aria-label={T::LeversHeading.get(lang)}>
                    <div class="tabs" role="tablist">{ for tabs }</div>
                    <div class="levers-scroll"><p class="loading" role="status">{ T::Loading.get(lang) }</p></div>
                </aside>
                <section class="outcomes">
                    <KpiStrip scenario={scen.clone()} baseline={base.clone()} year_index={state.view.year_index} lang={lang} />
                    <div class={classes!("chart-grid", format!("layout-{CHARTS}"))}>{ for slots }</div>
                    <SummaryView scenario={state.doc.scenario.clone()} projection={scen.clone()} baseline={base.clone()}
                        year_index={state.view.year_index} band={None} lang={lang} />
                </section>
            </main>
            <footer>{ format!("{} {} · {}", T::ModelVersion.get(lang), MODEL_VERSION, state.doc.scenario.name) }</footer>
        </div>
    }
}
