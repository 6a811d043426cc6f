//! `LeverSlider`: one lever of the parameter table as a slider with
//! numeric entry, its baseline tick, reset, range, cost and effect.

use super::parts::{decimals, end_and_refuse, position_pct, source_badge, step};
use crate::app::format::{clean, parse_entry};
use crate::app::state::Action;
use crate::i18n::Lang;
use crate::io::show::thousands;
use crate::model::params::ParamSpec;
use crate::text::T;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LeverProps {
    pub spec: &'static ParamSpec,
    /// Current value, model units.
    pub value: f64,
    /// The baseline's value (the tick on the slider, what reset returns to).
    pub baseline: f64,
    pub lang: Lang,
    /// The frame-batched dispatcher (`use_frame_dispatch`), the same
    /// callback on every render: a row whose value, baseline, cost and
    /// effect did not change is not rendered again when another lever moves.
    pub dispatch: Callback<Action>,
    /// What the lever costs a year at its value, bn yuan (policy levers).
    #[prop_or_default]
    pub cost_bn: Option<f64>,
    /// The lever's own effect on what it is for (`panel::own_effect`).
    #[prop_or_default]
    pub effect: Option<String>,
}

#[function_component(LeverSlider)]
pub fn lever_slider(props: &LeverProps) -> Html {
    let LeverProps { spec, value, lang, .. } = props;
    let (lang, value) = (*lang, *value);
    let unit = spec.unit;
    let shown = unit.to_display(value, lang);
    let min = unit.to_display(spec.min, lang);
    let max = unit.to_display(spec.max, lang);
    let builtin = unit.to_display(props.baseline, lang);
    let places = decimals(unit, lang);
    let input_id = format!("lever-{}", spec.id);

    let id = spec.id;
    let on_set = {
        let dispatch = props.dispatch.clone();
        move |value: f64| dispatch.emit(Action::SetParam { id, value })
    };
    let (on_end, on_refuse) = end_and_refuse(&props.dispatch);
    let on_slide = {
        let on_set = on_set.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Ok(v) = parse_entry(&input.value()) {
                on_set(clean(unit.from_display(v, lang)));
            }
        })
    };
    let on_release = {
        let on_end = on_end.clone();
        Callback::from(move |_: Event| on_end())
    };
    // What the planner is typing, kept until it is committed: a re-render
    // meanwhile (the band arriving from its worker) must not put the old
    // number back under the cursor.
    let typed = use_state(|| None::<String>);
    let on_typing = {
        let typed = typed.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            typed.set(Some(input.value()));
        })
    };
    let on_entry = {
        let spec = *spec;
        let typed = typed.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            typed.set(None);
            match parse_entry(&input.value()) {
                // Caught here so the message speaks the user's unit (亿元),
                // not the model's; `Scenario::validate` stays the backstop.
                Ok(v) if v < 0.0 && spec.min >= 0.0 => on_refuse(
                    T::NegativeEntry.fill(|l| vec![spec.name(l).to_string(), v.to_string(), unit.label(l).to_string()]),
                ),
                Ok(v) => {
                    on_set(clean(unit.from_display(v, lang)));
                    on_end();
                }
                Err(message) => on_refuse(message),
            }
        })
    };
    let on_reset = {
        let dispatch = props.dispatch.clone();
        Callback::from(move |_| dispatch.emit(Action::ResetParam { id }))
    };
    let outside = value < spec.min - 1e-9 || value > spec.max + 1e-9;
    let changed = (shown - builtin).abs() > step(unit, lang) / 2.0;

    html! {
        <div class={classes!("lever", changed.then_some("changed"))} data-param={spec.id}>
            <div class="lever-head">
                <label for={input_id.clone()}>{ spec.name(lang) }</label>
                { source_badge(spec, lang) }
                <button class="reset" onclick={on_reset} disabled={!changed}
                    aria-label={format!("{} {}", T::Reset.get(lang), spec.name(lang))}>
                    { T::Reset.get(lang) }
                </button>
            </div>
            <div class="lever-row">
                <div class="slider-wrap">
                    <input type="range" id={input_id} min={min.to_string()} max={max.to_string()}
                        step={step(unit, lang).to_string()} value={format!("{shown:.places$}")}
                        aria-valuetext={format!("{} {}", thousands(shown, places), unit.label(lang))}
                        oninput={on_slide} onchange={on_release} />
                    <span class="baseline-tick" style={format!("left: {:.2}%", position_pct(builtin, min, max))}
                        title={format!("{} {builtin:.places$}", T::BaselineMark.get(lang))}></span>
                </div>
                <input type="text" inputmode="decimal" class="entry"
                    value={(*typed).clone().unwrap_or_else(|| format!("{shown:.places$}"))}
                    oninput={on_typing} onchange={on_entry}
                    aria-label={format!("{} ({})", spec.name(lang), unit.label(lang))} />
                <span class="unit">{ unit.label(lang) }</span>
            </div>
            <div class="lever-foot">
                <span>{ format!("{} {builtin:.places$} {}", T::BaselineMark.get(lang), unit.label(lang)) }</span>
                <span>{ format!("{} {min:.places$}–{max:.places$}", T::Range.get(lang)) }</span>
                if outside { <span class="warn">{ T::OutsidePlausible.get(lang) }</span> }
            </div>
            if let Some(cost) = props.cost_bn.filter(|c| c.abs() >= 0.005) {
                <p class="lever-cost">
                    { format!("{} {}", T::CostPerYear.get(lang),
                        crate::i18n::format_money_bn(cost.abs(), lang)) }
                </p>
            }
            if let Some(effect) = &props.effect { <p class="lever-effect">{ effect }</p> }
            <p class="lever-note">{ spec.citation(lang) }</p>
        </div>
    }
}
