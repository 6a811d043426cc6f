//! "这个结果取决于什么 / What this answer depends on": the analysis tab's
//! sensitivity (tornado) tables of the headline outcomes in the horizon's
//! last year (`model::sensitivity`, docs/MODEL.md "Sensitivity"), each in a
//! `<details>` (the income ratio's open): horizontal bars about the
//! scenario's value, largest swing first, each input with its source (a
//! return θ says 假设 / assumption). When the scenario differs from its
//! baseline, the tables of the change against the baseline follow: what the
//! returns, the time to build and depreciation decide. About 250
//! projections (natively about 1 ms on an idle machine), on the main thread,
//! once per scenario and language while the tab is open
//! (`benches/projection.rs` and `tests/wasm_bench.rs`: sensitivity/…).

use crate::i18n::Lang;
use crate::io::show::outcome_text;
use crate::model::params::SourceKind;
use crate::model::sensitivity::{tornadoes, Of, Tornado, HEADLINE};
use crate::model::{Outcome, Scenario};
use crate::text::T;
use std::cell::RefCell;
use yew::prelude::*;
use yew::virtual_dom::AttrValue;

/// Bars shown of each table; the rest are counted.
const SHOWN: usize = 8;

/// A value with one decimal more than the outcome table's (yuan stay whole);
/// a change signed.
fn value(o: Outcome, v: f64, of: Of, lang: Lang) -> String {
    let places = o.places() + usize::from(o.unit() != crate::model::outcome::Measure::Yuan);
    let sign = if v < 0.0 {
        "−"
    } else if of == Of::Change && v > 0.0 {
        "+"
    } else {
        ""
    };
    sign.to_string() + &outcome_text(o, v.abs(), places, lang)
}

/// One tornado as HTML text: the intro, the table of bars, the rest counted.
/// Written as one string (inserted as is): Yew nodes cost the first visit's
/// wasm more than it has to spare. Every word in it comes from the text
/// table, the parameter table or the outcome table, none from the user, so
/// nothing needs escaping.
fn table(t: &Tornado, lang: Lang) -> String {
    let o = t.outcome;
    let mut bars = Vec::with_capacity(SHOWN);
    for b in t.bars.iter().filter(|b| b.swing() > 0.0) {
        if bars.len() == SHOWN {
            break;
        }
        bars.push(b);
    }
    let rest = t.bars.len() - bars.len();
    // Bars about the scenario's value, scaled to the longest reach.
    let reach = bars
        .iter()
        .map(|b| (b.at_low - t.central).abs().max((b.at_high - t.central).abs()))
        .fold(1e-300, f64::max);
    let intro = match t.of {
        Of::Level => T::TornadoIntro,
        Of::Change => T::TornadoChangeIntro,
    }
    .get(lang);
    let mut html = format!(
        r#"<p class="intro">{}</p><table class="tornado"><thead><tr><th>{}</th><th colspan="3" class="num">{}</th></tr></thead><tbody>"#,
        intro,
        value(o, t.central, t.of, lang),
        T::TornadoEnds.get(lang),
    );
    for b in bars {
        let (lo, hi) = (b.at_low.min(b.at_high), b.at_low.max(b.at_high));
        let left = 50.0 + (lo - t.central) / reach * 50.0;
        let width = ((hi - lo) / reach * 50.0).max(0.5);
        let source = b.input.source();
        html += &format!(
            r#"<tr class="tornado-row"><td class="tornado-input">{}<span class="source{}">{}</span></td><td class="num">{}</td><td class="tornado-track" aria-hidden="true"><span class="tornado-bar" style="left: {left:.1}%; width: {width:.1}%"></span></td><td class="num">{}</td></tr>"#,
            b.input.name(lang),
            if source == SourceKind::Assumption { " assumption" } else { "" },
            source.label(lang),
            value(o, b.at_low, t.of, lang),
            value(o, b.at_high, t.of, lang),
        );
    }
    html += "</tbody></table>";
    if rest > 0 {
        html += &format!(r#"<p class="muted">{rest} {}</p>"#, T::TornadoMore.get(lang));
    }
    html
}

/// The whole panel as HTML text: each headline outcome's table in a
/// `<details>` (the income ratio's open), and the change's tables when the
/// levers differ from the baseline.
fn panel(s: &Scenario, lang: Lang) -> String {
    let year = s.start.year.max(s.reported.year) + crate::model::HORIZON_YEARS as i32 - 1;
    let mut html = String::new();
    let mut section = |heading: T, of: Of| {
        html += &format!("<h3>{}</h3>", heading.get(lang));
        for (i, t) in tornadoes(s, &HEADLINE, year, of).unwrap_or_default().iter().enumerate() {
            html += &format!(
                r#"<details class="tornado-outcome"{}><summary>{}</summary>{}</details>"#,
                if i == 0 { " open" } else { "" },
                t.outcome.name(lang),
                table(t, lang)
            );
        }
    };
    section(T::TornadoHeading, Of::Level);
    if *s != s.baseline() {
        section(T::TornadoChangeHeading, Of::Change);
    }
    html
}

thread_local! {
    /// The last panel made, with what it was made for: the analysis tab
    /// renders again on unrelated changes (a worker's answer), and the tables
    /// cost about 250 projections.
    static LAST: RefCell<Option<(Scenario, Lang, AttrValue)>> = const { RefCell::new(None) };
}

/// The panel for the analysis tab (a function, not a component: a component
/// of its own costs the first visit's wasm more than it has to spare).
pub fn tornado_panel(scenario: &Scenario, lang: Lang) -> Html {
    let html = LAST.with(|last| {
        let mut last = last.borrow_mut();
        match &*last {
            Some((s, l, html)) if s == scenario && *l == lang => html.clone(),
            _ => {
                let html = AttrValue::from(format!(
                    r#"<section class="tornado-panel">{}</section>"#,
                    panel(scenario, lang)
                ));
                *last = Some((scenario.clone(), lang, html.clone()));
                html
            }
        }
    });
    Html::from_html_unchecked(html)
}
