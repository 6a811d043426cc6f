//! "这个结果取决于什么 / What this answer depends on": the analysis tab's
//! sensitivity (tornado) table of a headline outcome in the horizon's last
//! year (`model::sensitivity`, docs/MODEL.md "Sensitivity"), horizontal bars
//! about the scenario's value, largest swing first, each input with its
//! source (a return θ says 假设 / assumption). When the levers differ from the
//! baseline, the table of the change against the baseline follows: what the
//! returns, the time to build and depreciation decide. About 250
//! projections (a few ms), on the main thread, once per scenario while the
//! tab is open.

use crate::i18n::Lang;
use crate::io::show::outcome_text;
use crate::model::sensitivity::{tornadoes, Of, Tornado, HEADLINE};
use crate::model::{Outcome, Scenario};
use crate::text::T;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

/// Bars shown of each table; the rest are counted.
const SHOWN: usize = 8;

#[derive(Properties, PartialEq)]
pub struct TornadoProps {
    pub scenario: Scenario,
    pub lang: Lang,
}

/// A value with one decimal more than the outcome table's (yuan stay whole);
/// a change signed.
fn value(o: Outcome, v: f64, of: Of, lang: Lang) -> String {
    let places = o.places() + usize::from(o.unit() != crate::model::outcome::Measure::Yuan);
    let text = outcome_text(o, v.abs(), places, lang);
    match of {
        Of::Change if v > 0.0 => format!("+{text}"),
        Of::Change if v < 0.0 => format!("−{text}"),
        _ if v < 0.0 => format!("−{text}"),
        _ => text,
    }
}

fn table(t: &Tornado, lang: Lang) -> Html {
    let o = t.outcome;
    let bars: Vec<_> = t.bars.iter().filter(|b| b.swing() > 0.0).take(SHOWN).collect();
    let rest = t.bars.len() - bars.len();
    // Bars about the scenario's value, scaled to the longest reach.
    let reach = bars
        .iter()
        .map(|b| (b.at_low - t.central).abs().max((b.at_high - t.central).abs()))
        .fold(1e-300, f64::max);
    let rows = bars.iter().map(|b| {
        let (lo, hi) = (b.at_low.min(b.at_high), b.at_low.max(b.at_high));
        let left = 50.0 + (lo - t.central) / reach * 50.0;
        let width = ((hi - lo) / reach * 50.0).max(0.5);
        html! {
            <tr class="tornado-row">
                <td class="tornado-input">
                    { b.input.name(lang) }
                    <span class={classes!("source", format!("{:?}", b.input.source()).to_ascii_lowercase())}>
                        { b.input.source().label(lang) }
                    </span>
                </td>
                <td class="num">{ value(o, b.at_low, t.of, lang) }</td>
                <td class="tornado-track" aria-hidden="true">
                    <span class="tornado-bar" style={format!("left: {left:.1}%; width: {width:.1}%")}></span>
                </td>
                <td class="num">{ value(o, b.at_high, t.of, lang) }</td>
            </tr>
        }
    });
    let (year, name) = (t.year.to_string(), o.name(lang).to_string());
    let intro = match t.of {
        Of::Level => T::TornadoIntro,
        Of::Change => T::TornadoChangeIntro,
    }
    .fill(|l| match l {
        Lang::Zh => vec![year.clone(), name.clone()],
        Lang::En => vec![format!("the {}", o.name(l).to_ascii_lowercase()), format!("in {year}")],
    });
    html! {
        <>
            <p class="intro">{ intro.get(lang) }</p>
            <table class="tornado">
                <thead><tr>
                    <th>{ value(o, t.central, t.of, lang) }</th>
                    <th class="num">{ T::TornadoAtLow.get(lang) }</th><th></th><th class="num">{ T::TornadoAtHigh.get(lang) }</th>
                </tr></thead>
                <tbody>{ for rows }</tbody>
            </table>
            if rest > 0 {
                <p class="muted">{ T::TornadoMore.fill(|_| vec![rest.to_string()]).get(lang) }</p>
            }
        </>
    }
}

#[function_component(TornadoPanel)]
pub fn tornado_panel(props: &TornadoProps) -> Html {
    let lang = props.lang;
    let pick = use_state(|| 0usize);
    let tables = use_memo(props.scenario.clone(), |s| {
        let year = s.start.year.max(s.reported.year) + crate::model::HORIZON_YEARS as i32 - 1;
        let changed = *s != s.baseline();
        let level = tornadoes(s, &HEADLINE, year, Of::Level).unwrap_or_default();
        let change = if changed { tornadoes(s, &HEADLINE, year, Of::Change).unwrap_or_default() } else { Vec::new() };
        (level, change)
    });
    let i = (*pick).min(HEADLINE.len() - 1);
    let on_pick = {
        let pick = pick.clone();
        Callback::from(move |e: Event| {
            let select: HtmlSelectElement = e.target_unchecked_into();
            pick.set(select.value().parse().unwrap_or(0));
        })
    };
    html! {
        <section class="tornado-panel" aria-label={T::TornadoHeading.get(lang)}>
            <h3>{ T::TornadoHeading.get(lang) }</h3>
            <select class="tornado-outcome" onchange={on_pick} aria-label={T::Outcome.get(lang)}>
                { for HEADLINE.iter().enumerate().map(|(j, o)| html! { <option value={j.to_string()} selected={j == i}>{ o.name(lang) }</option> }) }
            </select>
            { for tables.0.get(i).map(|t| table(t, lang)) }
            if let Some(t) = tables.1.get(i) {
                <h3>{ T::TornadoChangeHeading.get(lang) }</h3>
                { table(t, lang) }
            }
        </section>
    }
}
