//! The analysis view (the 分析 tab): its sections one under another in a
//! panel wide enough for their tables (the side column widens while it is
//! open, `.layout.analysis-open` in static/style.css). Each section is one
//! component; to add one (a tornado, a forecast record), add it to
//! `sections` below — the container lays out whatever is listed.

use super::explain::ExplainPanel;
use super::seek::GoalSeekPanel;
use super::state::{Action, State};
use yew::prelude::*;

/// The sections of the analysis view, in order.
fn sections(state: &State, dispatch: &Callback<Action>) -> Vec<Html> {
    let (lang, scenario) = (state.view.lang, state.doc.scenario.clone());
    let year = state.doc.projection.years.get(state.view.year_index).map_or(2030, |y| y.year);
    let first_year = state.doc.projection.years.first().map_or(2025, |y| y.year);
    // The attribution's year is the year on screen, both ways.
    let on_year = dispatch.reform(move |y: i32| Action::SetYear((y - first_year).max(0) as usize));
    vec![
        html! {
            <GoalSeekPanel scenario={scenario.clone()} lang={lang} dispatch={dispatch.clone()}
                kept={state.view.keep_solving.clone()} />
        },
        super::tornado::tornado_panel(&scenario, lang),
        html! { <ExplainPanel scenario={scenario} lang={lang} year={year} on_year={on_year} /> },
    ]
}

/// The analysis view: every section in a wide panel.
pub fn analysis_view(state: &State, dispatch: &Callback<Action>) -> Html {
    html! {
        <div class="analysis">
            { for sections(state, dispatch).into_iter().map(|s| html! { <div class="analysis-section">{ s }</div> }) }
        </div>
    }
}
