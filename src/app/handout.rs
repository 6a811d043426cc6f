//! The printed handout: one A4 landscape page per slide, each with its
//! title, the scenario's name, the year and the date, the summary in words,
//! the changed settings with both values, the charts and the version stamp.
//! Hidden on screen; while it is mounted, printing shows it alone
//! (static/style.css, `@media print`).
//!
//! The charts are drawn for print: off-screen at 3 device pixels per css
//! pixel, 1.35 times the css size they are printed at (≈ 400 dpi on paper),
//! as images — never the screen's canvases scaled up.
//!
//! Takes any list of slides: the toolbar prints the scenario on screen
//! (`print_menu.rs`), a deck prints one slide per page (`PrintSlide::deck`).
//! `on_ready` fires once every chart image has loaded: then print.

use super::band::ShownBand;
use super::charts::frame;
use super::charts::shown::{self, Bands, View};
use super::charts::specs::ChartKind;
use super::charts::spec::XAxis;
use super::summary::summarize;
use crate::i18n::{Bilingual, Lang};
use crate::io::deck::Deck;
use crate::io::export::changed_settings;
use crate::io::stamp::{scenario_name, Stamp};
use crate::model::{project, Projection, Scenario};
use crate::text::T;
use std::rc::Rc;
use yew::prelude::*;

/// One page: a title, a scenario and the year it is about.
#[derive(Clone, PartialEq)]
pub struct PrintSlide {
    pub title: String,
    /// What the page is named for, as every export says it (`io::stamp::export_name`).
    pub name: Bilingual,
    pub scenario: Scenario,
    /// 0 = the first projected year (2025), as the KPI strip's year.
    pub year_index: usize,
    /// The scenario's band, when known (the summary then gives probabilities).
    pub band: Option<ShownBand>,
}

impl PrintSlide {
    /// A deck's slides, in order.
    pub fn deck(deck: &Deck) -> Vec<PrintSlide> {
        deck.slides
            .iter()
            .map(|s| PrintSlide {
                title: s.title.clone(),
                name: scenario_name(&s.scenario.name),
                scenario: s.scenario.clone(),
                year_index: s.year_index,
                band: None,
            })
            .collect()
    }
}

/// What to print: the slides, and when the print was asked for (the stamp's time).
#[derive(Clone, PartialEq)]
pub struct PrintJob {
    pub slides: Vec<PrintSlide>,
    pub made_at: String,
    /// Open the browser's print once drawn (false when the browser is printing already).
    pub then_print: bool,
}

#[derive(Properties, PartialEq)]
pub struct HandoutProps {
    pub job: Rc<PrintJob>,
    /// The charts of each page (the screen's slots; the city small multiples are left out).
    pub charts: Vec<ChartKind>,
    pub lang: Lang,
    pub on_ready: Callback<()>,
}

/// Chart sizes on paper (mm): one chart fills the column; two stack; three
/// or four make a 2 × 2 grid.
fn chart_mm(count: usize) -> (f64, f64) {
    match count {
        0 | 1 => (165.0, 142.0),
        2 => (165.0, 66.0),
        _ => (80.0, 66.0),
    }
}

const CSS_PX_PER_MM: f64 = 96.0 / 25.4;

struct Page {
    summary: Vec<String>,
    year: i32,
    charts: Vec<(ChartKind, String, Html, String)>,
}

fn page(slide: &PrintSlide, charts: &[ChartKind], lang: Lang) -> Page {
    let (scen, base): (Projection, Projection) = (project(&slide.scenario), project(&slide.scenario.baseline()));
    let band = slide.band.as_ref().map(|b| b.band.as_ref());
    let summary = summarize(&slide.scenario, &scen, &base, slide.year_index, band);
    // The lines of the screen's charts (`charts::shown`): the scenario, its
    // baseline, the built-in scenario when the assumptions differ, the band.
    let view = View::Alone { scenario: &slide.scenario, projection: &scen, baseline: &base };
    let lines = shown::lines(view, lang);
    let bands = Bands { scenario: band, baseline: None };
    let (w_mm, h_mm) = chart_mm(charts.len());
    let (css_w, css_h) = (w_mm * CSS_PX_PER_MM * 1.35, h_mm * CSS_PX_PER_MM * 1.35);
    let charts = charts
        .iter()
        .filter_map(|&kind| {
            let built = shown::chart(kind, &lines, bands, slide.year_index, lang)?;
            let period = match built.spec.x {
                XAxis::Years(a, b) => format!("{a}–{b}"),
                XAxis::Months => summary.year.to_string(),
            };
            let image = frame::chart_png(&built.spec, lang, css_w, css_h, 3.0).ok()?;
            Some((kind, period, super::charts::legend(&built.spec, lang), image))
        })
        .collect();
    Page { summary: summary.lines(lang).into_iter().map(String::from).collect(), year: summary.year, charts }
}

#[function_component(Handout)]
pub fn handout(props: &HandoutProps) -> Html {
    let lang = props.lang;
    // Drawn once per job, language and choice of charts.
    let pages = use_memo((props.job.clone(), props.charts.clone(), lang), |(job, charts, lang)| {
        job.slides.iter().map(|s| page(s, charts, *lang)).collect::<Vec<_>>()
    });
    let images: usize = pages.iter().map(|p| p.charts.len()).sum();
    let loaded = use_mut_ref(|| 0usize);
    let ready = use_state(|| false);
    {
        // A job without images is ready at once.
        let (on_ready, ready) = (props.on_ready.clone(), ready.clone());
        let loaded = loaded.clone();
        use_effect_with((props.job.clone(), props.charts.clone(), lang, images), move |(.., images)| {
            *loaded.borrow_mut() = 0;
            if *images == 0 {
                ready.set(true);
                on_ready.emit(());
            }
        });
    }
    let on_load = {
        let (on_ready, ready, loaded) = (props.on_ready.clone(), ready.clone(), loaded.clone());
        Callback::from(move |_: Event| {
            let mut n = loaded.borrow_mut();
            *n += 1;
            if *n == images {
                ready.set(true);
                on_ready.emit(());
            }
        })
    };
    let stamp = Stamp::new(&props.job.made_at).text(lang);
    let total = pages.len();
    let layout = format!("charts-{}", props.charts.len().clamp(1, 4));
    let sheets = props.job.slides.iter().zip(pages.iter()).enumerate().map(|(i, (slide, page))| {
        let changed = changed_settings(&slide.scenario);
        let rows = changed.iter().map(|c| {
            let (from, to) = c.shown(lang);
            html! { <tr><td>{ c.name(lang) }</td><td class="num">{ from }</td><td class="num">{ to }</td></tr> }
        });
        let figures = page.charts.iter().map(|(kind, period, legend, image)| {
            html! {
                <figure class="handout-chart">
                    <figcaption><strong>{ kind.title(lang) }</strong>{ format!(" · {period}") }</figcaption>
                    <div class="legend">{ legend.clone() }</div>
                    <img src={image.clone()} alt={kind.title(lang)} onload={on_load.clone()} onerror={on_load.clone()} />
                </figure>
            }
        });
        html! {
            <section class="handout-page">
                <header>
                    <h1>{ if slide.title.is_empty() { slide.name.get(lang) } else { slide.title.as_str() } }</h1>
                    <p class="handout-meta">
                        { T::HandoutMeta.fill(|_| vec![slide.name.get(lang).to_string(), page.year.to_string(), props.job.made_at.clone()]).get(lang).to_string() }
                    </p>
                </header>
                <div class="handout-body">
                    <div class="handout-text">
                        <h2>{ format!("{} · {}", T::SummaryHeading.get(lang), page.year) }</h2>
                        <ul class="handout-summary">{ for page.summary.iter().map(|l| html! { <li>{ l }</li> }) }</ul>
                        <h2>{ T::ChangedSettings.get(lang) }</h2>
                        if changed.is_empty() {
                            <p>{ T::NoSettingChanged.get(lang) }</p>
                        } else {
                            <table class="handout-changes">
                                <thead><tr>
                                    <th>{ T::Setting.get(lang) }</th>
                                    <th class="num">{ T::Baseline.get(lang) }</th>
                                    <th class="num">{ T::ScenarioColumn.get(lang) }</th>
                                </tr></thead>
                                <tbody>{ for rows }</tbody>
                            </table>
                        }
                    </div>
                    <div class={classes!("handout-charts", layout.clone())}>{ for figures }</div>
                </div>
                <footer class="handout-stamp">{ format!("{stamp} · {}/{total}", i + 1) }</footer>
            </section>
        }
    });
    html! {
        <div class="handout" data-ready={ready.to_string()} data-pages={total.to_string()}>{ for sheets }</div>
    }
}
