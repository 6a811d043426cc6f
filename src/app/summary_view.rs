//! The scenario in words on the screen, below the charts, open by
//! default: the sentences of `summary::summarize` for the shown year, in the
//! shown language, each with its topic (`data-topic`).

use super::band::ShownBand;
use super::summary::{for_screen, summarize};
use crate::i18n::Lang;
use crate::model::{Projection, Scenario};
use crate::text::T;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct SummaryProps {
    pub scenario: Scenario,
    pub projection: Rc<Projection>,
    pub baseline: Rc<Projection>,
    pub year_index: usize,
    /// The scenario's band, when the worker has answered (probabilities).
    pub band: Option<ShownBand>,
    pub lang: Lang,
}

#[function_component(SummaryView)]
pub fn summary_view(props: &SummaryProps) -> Html {
    // Probabilities only from a band for the scenario on screen (not one
    // still catching up with a drag).
    let band = props.band.as_ref().filter(|b| b.current).map(|b| b.band.as_ref());
    let summary = summarize(&props.scenario, &props.projection, &props.baseline, props.year_index, band);
    let items = summary.sentences.iter().map(|s| html! { <li data-topic={s.topic.id()}>{ for_screen(s.text.get(props.lang)) }</li> });
    // The panel is the section, not the <details>: the city table and the
    // model reference stay the first and last `details.panel`.
    html! {
        <section class="in-words panel" aria-label={T::SummaryHeading.get(props.lang)}>
            <details class="summary" open=true>
                <summary>{ format!("{} · {}", T::SummaryHeading.get(props.lang), summary.year) }</summary>
                <ul class="summary-lines">{ for items }</ul>
            </details>
        </section>
    }
}
