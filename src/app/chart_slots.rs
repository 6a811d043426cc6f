//! Where the screen composes its charts: one slot per chart with its
//! picker. Which lines every chart shows (the scenario and its baseline, the
//! built-in scenario when the assumptions differ, or the compared
//! scenarios) and the bands under them are decided by `charts::shown`, the
//! one place the screen, the slides and the handout ask.

use super::band::ShownBand;
use super::charts::cities::{CitiesChart, CityLines};
use super::charts::frame::XAxis;
use super::charts::shown::{self, Bands, View};
use super::charts::specs::{ChartKind, Shown};
use super::charts::ChartView;
use super::state::{Action, AppState, State};
use crate::i18n::Lang;
use crate::model::{Projection, Scenario};
use crate::text::T;
use std::rc::Rc;
use yew::prelude::*;

/// Scenarios compared: name, scenario, projection.
pub type Compared = Vec<(String, Scenario, Rc<Projection>)>;

/// What the charts are drawn from.
pub struct ChartInputs<'a> {
    pub state: &'a State,
    /// The scenario's projection and its baseline's.
    pub scen: &'a Rc<Projection>,
    pub base: &'a Rc<Projection>,
    /// Two to four scenarios compared, or none.
    pub compared: &'a Compared,
    pub band: &'a Option<ShownBand>,
    pub baseline_band: &'a Option<ShownBand>,
}

/// Which lines every chart shows (`charts::shown`, as on slides and the handout).
pub fn shown_lines<'a>(inputs: &ChartInputs<'a>, lang: Lang) -> Vec<Shown<'a>> {
    let view = if inputs.compared.is_empty() {
        let scenario = &inputs.state.doc.scenario;
        View::Alone { scenario, projection: inputs.scen, baseline: inputs.base }
    } else {
        View::Compared(inputs.compared.iter().map(|(name, _, p)| (name.clone(), p.as_ref())).collect())
    };
    shown::lines(view, lang)
}

/// The chart slots of the layout on screen.
pub fn chart_slots(inputs: &ChartInputs, direct: &UseReducerDispatcher<AppState>) -> Html {
    let state = inputs.state;
    let lang = state.view.lang;
    let shown = shown_lines(inputs, lang);
    // Whose lines the charts show, for the PNG: the scenario, or the compared ones.
    let shown_names = if inputs.compared.is_empty() {
        super::exports::export_name(state).get(lang).to_string()
    } else {
        inputs.compared.iter().map(|(name, ..)| name.as_str()).collect::<Vec<_>>().join(" / ")
    };
    let slots = (0..state.view.layout.count()).map(|slot| {
        let kind = state.view.slots[slot];
        let d = direct.clone();
        let onchange = Callback::from(move |e: Event| {
            let select: web_sys::HtmlSelectElement = e.target_unchecked_into();
            if let Some(k) = ChartKind::from_id(&select.value()) {
                d.dispatch(Action::SetSlot(slot, k));
            }
        });
        let options = ChartKind::ALL.iter().map(|&k| {
            html! { <option value={k.id()} selected={k == kind}>{ k.title(lang) }</option> }
        });
        let year = inputs.scen.years.get(state.view.year_index).map_or(2025, |y| y.year);
        let bands = Bands {
            scenario: inputs.band.as_ref().map(|b| b.band.as_ref()),
            baseline: inputs.baseline_band.as_ref().map(|b| b.band.as_ref()),
        };
        let built = shown::chart(kind, &shown, bands, state.view.year_index, lang);
        // Which year(s) the chart shows, next to its title.
        let period = match built.as_ref().map(|b| b.spec.x) {
            Some(XAxis::Years(a, b)) => format!("{a}–{b}"),
            Some(XAxis::Months) => format!("{year}"),
            None => format!("{}–{}", state.doc.scenario.start.year, inputs.scen.years.last().map_or(2030, |y| y.year)),
        };
        // The chart's title is its picker: a heading that wraps however long
        // the title, with the native select laid invisibly over it (a select
        // cannot wrap its text, so it would cut a long English title off).
        let picker = html! {
            <>
                <div class="slot-title">
                    <h2>{ kind.title(lang) }<span class="chev" aria-hidden="true">{ " ▾" }</span></h2>
                    <select class="slot-pick" aria-label={format!("{} {}", T::ChartSlot.get(lang), slot + 1)} {onchange}>
                        { for options }
                    </select>
                </div>
                <span class="chart-years">{ period.clone() }</span>
            </>
        };
        let chart = match built {
            // The small multiples (`build` gives no line chart for them).
            None => {
                let lines = shown
                    .iter()
                    .map(|s| CityLines { name: s.name.clone(), role: s.role, cities: s.projection.cities.clone() })
                    .collect::<Vec<_>>();
                html! {
                    <CitiesChart cities={state.doc.scenario.cities.clone()} lines={lines} name={shown_names.clone()}
                        start_year={state.doc.scenario.start.year} lang={lang} header={picker} />
                }
            }
            Some(built) => html! {
                <ChartView id={format!("chart-{}", kind.id())} title={kind.title(lang)} spec={Rc::new(built.spec)}
                    name={shown_names.clone()} period={period.clone()}
                    lang={lang} summary={built.summary} note={built.note.map(AttrValue::from)} header={picker} />
            },
        };
        html! { <div class="slot" key={slot}>{ chart }</div> }
    });
    html! {
        <div class={classes!("chart-grid", format!("layout-{}", state.view.layout.count()))}>{ for slots }</div>
    }
}
