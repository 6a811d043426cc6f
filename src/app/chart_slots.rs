//! Where the screen composes its charts: which lines every chart shows
//! (`shown_lines`: the scenario and its baseline, the built-in scenario
//! when the assumptions differ, or the compared scenarios), the bands under
//! them, and one slot per chart with its picker. The one place the screen
//! decides what a chart draws.

use super::band::ShownBand;
use super::charts::cities::{CitiesChart, CityLines};
use super::charts::frame::XAxis;
use super::charts::specs::{self, build, BandOf, ChartKind, Role, Shown};
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
    /// The built-in scenario's projection, drawn when the assumptions differ.
    pub builtin: &'a Projection,
    pub assumptions_changed: bool,
    /// Two to four scenarios compared, or none.
    pub compared: &'a Compared,
    pub band: &'a Option<ShownBand>,
    pub baseline_band: &'a Option<ShownBand>,
}

/// Which lines every chart shows: the scenario and its baseline (and the
/// built-in scenario when the assumptions differ from it), or the compared
/// scenarios.
pub fn shown_lines<'a>(inputs: &ChartInputs<'a>, lang: Lang) -> Vec<Shown<'a>> {
    if inputs.compared.is_empty() {
        vec![
            Shown { name: T::Current.get(lang).to_string(), projection: inputs.scen, role: Role::Scenario },
            Shown { name: T::Baseline.get(lang).to_string(), projection: inputs.base, role: Role::Baseline },
        ]
        .into_iter()
        .chain(inputs.assumptions_changed.then(|| Shown {
            name: T::BuiltinReference.get(lang).to_string(),
            projection: inputs.builtin,
            role: Role::Builtin,
        }))
        .collect()
    } else {
        inputs
            .compared
            .iter()
            .enumerate()
            .map(|(i, (name, _, p))| Shown { name: name.clone(), projection: p, role: Role::Compared(i) })
            .collect()
    }
}

/// The chart slots of the layout on screen.
pub fn chart_slots(inputs: &ChartInputs, direct: &UseReducerDispatcher<AppState>) -> Html {
    let state = inputs.state;
    let lang = state.view.lang;
    let shown = shown_lines(inputs, lang);
    // Whose lines the charts show, for the PNG: the scenario, or the compared ones.
    let shown_names = if inputs.compared.is_empty() {
        state.doc.scenario.name.clone()
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
        let mut built = build(kind, &shown, state.view.year_index, lang);
        // The band goes under the scenario's line when the scenario is shown
        // with its baseline (compared scenarios show their lines only).
        if let (Some(b), true) = (built.as_mut(), inputs.compared.is_empty()) {
            if let Some(shown_band) = inputs.baseline_band {
                specs::add_band(kind, &mut b.spec, &shown_band.band, BandOf::Baseline, lang);
            }
            if let Some(shown_band) = inputs.band {
                specs::add_band(kind, &mut b.spec, &shown_band.band, BandOf::Scenario, lang);
            }
        }
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
                    <CitiesChart cities={state.doc.scenario.cities.clone()} lines={lines}
                        start_year={state.doc.scenario.start.year} lang={lang} header={picker} />
                }
            }
            Some(built) => html! {
                <ChartView id={format!("chart-{}", kind.id())} title={kind.title(lang)} spec={Rc::new(built.spec)}
                    subtitle={format!("{} · {period}", shown_names)}
                    lang={lang} summary={built.summary} note={built.note.map(AttrValue::from)} header={picker} />
            },
        };
        html! { <div class="slot" key={slot}>{ chart }</div> }
    });
    html! {
        <div class={classes!("chart-grid", format!("layout-{}", state.view.layout.count()))}>{ for slots }</div>
    }
}
