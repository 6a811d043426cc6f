//! A chart's legend as the screen shows it: HTML beside the canvas (the PNG
//! and the SVG exports draw the same entries). Compiled natively too under
//! the feature `ssr`: the first paint (app/first_paint.rs) shows it.

use crate::i18n::Lang;
use urs_charts::spec::ChartSpec;
use yew::prelude::*;

/// The spec's legend entries, then the key (solid scenario, dashed baseline).
pub fn legend(spec: &ChartSpec, lang: Lang) -> Html {
    legend_html(&urs_charts::Legend::of(spec, lang))
}

/// A legend as the screen shows it (the PNG and the SVG draw the same).
pub fn legend_html(legend: &urs_charts::Legend) -> Html {
    let items = legend.entries.iter().map(|e| {
        let color = format!("--c: rgb({}, {}, {})", e.color.0, e.color.1, e.color.2);
        html! {
            <span class="legend-item" style={color}>
                if e.solid { <span class="legend-line solid"></span> }
                if e.dashed { <span class="legend-line dashed"></span> }
                if e.dot { <span class="legend-dot"></span> }
                if e.area { <span class="legend-area"></span> }
                { e.label.clone() }
            </span>
        }
    });
    html! {
        <>
            { for items }
            if let Some(key) = &legend.key {
                <span class="legend-key">{ key.clone() }</span>
            }
        </>
    }
}
