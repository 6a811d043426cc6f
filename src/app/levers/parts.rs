//! What both kinds of lever are made of: decimals and slider step of a
//! unit, where the baseline tick sits, the source badge, the callbacks for
//! the end of a change and a refused entry, and the unit allocations can be
//! typed in besides %.

use crate::app::state::Action;
use crate::i18n::{Bilingual, Lang};
use crate::model::params::{ParamSpec, Unit};
use yew::prelude::*;

/// The unit allocations can be typed in besides %: 亿元 in Chinese, bn in English.
pub(super) const BN: Unit = Unit::BnYuan;

/// Decimals shown for a unit in a language (what the number box displays).
pub(crate) fn decimals(unit: Unit, lang: Lang) -> usize {
    match (unit, lang) {
        (Unit::BnYuan, Lang::Zh) => 1,
        (Unit::BnYuan, Lang::En) => 2,
        (Unit::Share, _) => 1,
        (Unit::Multiplier, _) => 2,
        (Unit::Month | Unit::Yuan | Unit::Count, _) => 0,
        (Unit::Years, _) => 1,
        (Unit::Ratio | Unit::YuanPerYuan, _) => 3,
        (Unit::TenThousandYuan | Unit::MillionPeople, _) => 2,
    }
}

/// Slider step in display units.
pub(super) fn step(unit: Unit, lang: Lang) -> f64 {
    10f64.powi(-(decimals(unit, lang) as i32))
}

/// Where `value` sits along [min, max], in percent, for the baseline tick.
pub(super) fn position_pct(value: f64, min: f64, max: f64) -> f64 {
    if max > min {
        ((value - min) / (max - min)).clamp(0.0, 1.0) * 100.0
    } else {
        0.0
    }
}

pub(super) fn source_badge(spec: &ParamSpec, lang: Lang) -> Html {
    let kind = format!("{:?}", spec.source).to_ascii_lowercase();
    html! {
        <span class={classes!("source", format!("source-{kind}"))} title={crate::io::show::screen_citation(spec.citation(lang), lang)}>
            { spec.source.label(lang) }
        </span>
    }
}

/// What every lever sends besides its value: the end of a change (slider
/// released, entry committed: one undo step) and a refused entry's message.
pub(super) fn end_and_refuse(dispatch: &Callback<Action>) -> (impl Fn() + Clone, impl Fn(Bilingual) + Clone) {
    let (end, refuse) = (dispatch.clone(), dispatch.clone());
    (move || end.emit(Action::EndStep), move |message: Bilingual| refuse.emit(Action::Refuse(message)))
}

/// Opens the model reference (its `<details id="model-ref">` under the
/// charts) and scrolls to it: where a note's sources are explained.
pub(super) fn open_model_reference() {
    use wasm_bindgen::JsCast;
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    if let Some(details) = doc.get_element_by_id("model-ref").and_then(|e| e.dyn_into::<web_sys::HtmlDetailsElement>().ok()) {
        details.set_open(true);
        details.scroll_into_view();
    }
}
