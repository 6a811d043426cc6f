//! `LeverSlider`: one lever of the parameter table as a slider with
//! numeric entry, its baseline tick, reset, range, cost and effect.

use super::parts::{decimals, end_and_refuse, position_pct, source_badge, step};
use crate::app::format::{arrow_step, clean, parse_entry, parse_in_unit};
use crate::app::state::Action;
use crate::i18n::{grouped, Lang};
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

/// How far an arrow key moves a slider whose arrow step is `arrow` (None:
/// another key; PageUp and PageDown keep the browser's own tenth of the
/// range, and a presentation's clicker, which sends them, turns the slide).
pub fn key_step(key: &str, arrow: f64) -> Option<f64> {
    match key {
        "ArrowLeft" | "ArrowDown" => Some(-arrow),
        "ArrowRight" | "ArrowUp" => Some(arrow),
        _ => None,
    }
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
    // The arrow keys move 1 % of the range (a round number); the slider's
    // own step stays fine for a drag.
    let on_key = {
        let (on_set, on_end) = (on_set.clone(), on_end.clone());
        let arrow = arrow_step(min, max);
        Callback::from(move |e: KeyboardEvent| {
            let Some(by) = key_step(&e.key(), arrow) else { return };
            e.prevent_default();
            // From the slider's own value, written back at once: presses
            // faster than a render each count.
            let input: HtmlInputElement = e.target_unchecked_into();
            let now = parse_entry(&input.value()).unwrap_or(shown);
            let next = (((now + by) / arrow).round() * arrow).clamp(min, max);
            input.set_value(&next.to_string());
            on_set(clean(unit.from_display(next, lang)));
            on_end();
        })
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
            match parse_in_unit(&input.value(), unit, lang) {
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
                        aria-valuetext={format!("{} {}", grouped(shown, places), unit.label(lang))}
                        oninput={on_slide} onchange={on_release} onkeydown={on_key} />
                    <span class="baseline-tick" style={format!("left: {:.2}%", position_pct(builtin, min, max))}
                        title={format!("{} {}", T::BaselineMark.get(lang), grouped(builtin, places))}></span>
                </div>
                <input type="text" inputmode="decimal" class="entry"
                    value={(*typed).clone().unwrap_or_else(|| format!("{shown:.places$}"))}
                    oninput={on_typing} onchange={on_entry}
                    aria-label={format!("{} ({})", spec.name(lang), unit.label(lang))} />
                <span class="unit">{ unit.label(lang) }</span>
            </div>
            <div class="lever-foot">
                <span>{ format!("{} {} {}", T::BaselineMark.get(lang), grouped(builtin, places), unit.label(lang)) }</span>
                <span>{ format!("{} {}–{}", T::Range.get(lang), grouped(min, places), grouped(max, places)) }</span>
                if outside { <span class="warn">{ T::OutsidePlausible.get(lang) }</span> }
            </div>
            if let Some(cost) = props.cost_bn.filter(|c| c.abs() >= 0.005) {
                <p class="lever-cost">
                    { format!("{} {}", T::CostPerYear.get(lang),
                        crate::i18n::format_money_bn(cost.abs(), lang)) }
                </p>
            }
            if let Some(effect) = &props.effect { <p class="lever-effect">{ effect }</p> }
            <p class="lever-note">
                { crate::io::show::screen_citation(spec.citation(lang), lang) }{ " " }
                <button class="link to-model-ref" onclick={Callback::from(|_| super::parts::open_model_reference())}>
                    { T::SeeModelReference.get(lang) }
                </button>
            </p>
        </div>
    }
}
