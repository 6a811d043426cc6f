//! What the loaded region's file means for its results (issue 22): a short
//! history gives a wider band (said under the KPI cards and in the region
//! panel), and the figures taken from the province, not the region's own,
//! are listed in the region panel. Nothing shows for the built-in region.

use crate::i18n::Lang;
use crate::io::stamp::{builtin_region, filled};
use crate::model::region::ZHEJIANG;
use crate::model::region_parts::short_history;
use crate::text::T;
use yew::prelude::*;

/// "嘉兴 2025：历史数据只有 3 年 … 不确定区间更宽。", when the loaded region's
/// history is long enough for a trend but short.
pub fn short_history_note(lang: Lang) -> Html {
    let n = ZHEJIANG.series.income_ratio.len();
    if builtin_region() || short_history(n).is_none() {
        return Html::default();
    }
    let text = filled(T::RegionShortHistory, &|l| vec![ZHEJIANG.name_in(l).to_string(), n.to_string()]);
    html! { <p class="region-history-note">{ text.get(lang).to_string() }</p> }
}

/// The short-history note and the list of figures from the province.
pub fn notes(lang: Lang) -> Html {
    if builtin_region() {
        return Html::default();
    }
    let rows = ZHEJIANG.province_figures();
    let names = rows.iter().map(|r| html! { <li data-id={r.id}>{ lang.pick(r.zh, r.en) }</li> });
    html! {
        <>
            { short_history_note(lang) }
            if !rows.is_empty() {
                <details class="region-fallbacks">
                    <summary>{ filled(T::RegionFallbacks, &|_| vec![rows.len().to_string()]).get(lang).to_string() }</summary>
                    <ul>{ for names }</ul>
                </details>
            }
        </>
    }
}
