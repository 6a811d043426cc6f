//! The scenario in words on the screen, below the charts, open by
//! default: the sentences of `summary::summarize` for the shown year, in the
//! shown language, each with its topic (`data-topic`).

use super::shown_band::ShownBand;
use super::summary::{for_screen, summarize_with};
use crate::i18n::Lang;
use crate::model::paired::Differences;
use crate::model::uncertainty::Band;
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

/// While levers move in quick succession the words wait this long for them
/// to rest: they sit below the charts, and writing them (about 0.6 ms, then
/// the page's layout) on every frame of a drag would take the time the
/// charts need to show the move in the next frame.
const REST_MS: f64 = 150.0;

/// What the sentences are made from.
#[derive(Clone)]
struct Said {
    scenario: Scenario,
    projection: Rc<Projection>,
    baseline: Rc<Projection>,
    year_index: usize,
    band: Option<Rc<Band>>,
    /// The change against the baseline on the band's draws (same identity rule).
    differences: Option<Rc<Differences>>,
}

/// Compared on every render of a drag (here and by the memo): the
/// projections and the band by identity (the store makes a new one for each
/// change), not figure by figure.
impl PartialEq for Said {
    fn eq(&self, other: &Said) -> bool {
        let same_band = match (&self.band, &other.band) {
            (Some(a), Some(b)) => Rc::ptr_eq(a, b),
            (None, None) => true,
            _ => false,
        };
        Rc::ptr_eq(&self.projection, &other.projection)
            && Rc::ptr_eq(&self.baseline, &other.baseline)
            && same_band
            && match (&self.differences, &other.differences) {
                (Some(a), Some(b)) => Rc::ptr_eq(a, b),
                (None, None) => true,
                _ => false,
            }
            && self.year_index == other.year_index
            && self.scenario == other.scenario
    }
}

fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

/// The words of the last state that came to rest: a change after a quiet
/// moment shows at once; a change that follows another within `REST_MS`
/// waits until none has come for `REST_MS`.
#[hook]
fn use_rested(said: Said) -> Said {
    let shown = use_mut_ref(|| said.clone());
    let last_change = use_mut_ref(|| f64::NEG_INFINITY);
    let timer = use_mut_ref(|| None::<gloo::timers::callback::Timeout>);
    let redraw = use_force_update();
    if *shown.borrow() != said {
        let now = now_ms();
        let quiet = now - std::mem::replace(&mut *last_change.borrow_mut(), now) >= REST_MS;
        // The year is a click, not a drag: never held back.
        if quiet || shown.borrow().year_index != said.year_index {
            *shown.borrow_mut() = said;
            timer.borrow_mut().take();
        } else {
            let (shown, waiting) = (shown.clone(), said);
            *timer.borrow_mut() = Some(gloo::timers::callback::Timeout::new(REST_MS as u32, move || {
                *shown.borrow_mut() = waiting;
                redraw.force_update();
            }));
        }
    }
    let said = shown.borrow().clone();
    said
}

#[function_component(SummaryView)]
pub fn summary_view(props: &SummaryProps) -> Html {
    // Probabilities only from a band for the scenario on screen (not one
    // still catching up with a drag).
    let current = props.band.as_ref().filter(|b| b.current);
    let band = current.map(|b| b.band.clone());
    let differences = current.and_then(|b| b.differences.clone());
    let said = use_rested(Said {
        scenario: props.scenario.clone(),
        projection: props.projection.clone(),
        baseline: props.baseline.clone(),
        year_index: props.year_index,
        band,
        differences,
    });
    let summary = use_memo(said, |s| {
        summarize_with(&s.scenario, &s.projection, &s.baseline, s.year_index, s.band.as_deref(), s.differences.as_deref())
    });
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
