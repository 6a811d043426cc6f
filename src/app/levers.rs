//! The lever panel: one slider with numeric entry per lever of the parameter
//! table, and linked sliders for each pot's allocation across the strands.

use super::format::{clean, clean_shares, parse_entry};
use super::state::Action;
use crate::i18n::{Bilingual, Lang};
use crate::model::params::{ParamSpec, Unit};

/// The unit allocations can be typed in besides %: 亿元 in Chinese, bn in English.
const BN: Unit = Unit::BnYuan;
use crate::model::{Allocation, Pot, Strand, STRANDS};
use crate::text::T;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Decimals shown for a unit in a language (what the number box displays).
fn decimals(unit: Unit, lang: Lang) -> usize {
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
fn step(unit: Unit, lang: Lang) -> f64 {
    10f64.powi(-(decimals(unit, lang) as i32))
}

/// Where `value` sits along [min, max], in percent, for the baseline tick.
fn position_pct(value: f64, min: f64, max: f64) -> f64 {
    if max > min {
        ((value - min) / (max - min)).clamp(0.0, 1.0) * 100.0
    } else {
        0.0
    }
}

fn source_badge(spec: &ParamSpec, lang: Lang) -> Html {
    let kind = format!("{:?}", spec.source).to_ascii_lowercase();
    html! {
        <span class={classes!("source", format!("source-{kind}"))} title={spec.citation(lang)}>
            { spec.source.label(lang) }
        </span>
    }
}

/// What every lever sends besides its value: the end of a change (slider
/// released, entry committed: one undo step) and a refused entry's message.
fn end_and_refuse(dispatch: &Callback<Action>) -> (impl Fn() + Clone, impl Fn(Bilingual) + Clone) {
    let (end, refuse) = (dispatch.clone(), dispatch.clone());
    (move || end.emit(Action::EndStep), move |message: Bilingual| refuse.emit(Action::Refuse(message)))
}

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

#[derive(Properties, PartialEq)]
pub struct AllocationProps {
    pub title: AttrValue,
    pub allocation: Allocation,
    pub builtin: Allocation,
    pub lang: Lang,
    /// The pot whose shares these are.
    pub pot: Pot,
    /// The frame-batched dispatcher, the same on every render (see LeverProps).
    pub dispatch: Callback<Action>,
    /// Id prefix for the inputs (`alloc-plan-urban` …), for tests and labels.
    pub id_prefix: AttrValue,
    /// The pot's money in its first year, bn yuan: each share can also be
    /// typed as an amount (亿元 / bn), which is how plans are written.
    pub total_bn: f64,
}

/// Three linked shares: moving one rebalances the others in proportion, a
/// locked one stays fixed. The total is 100 % by construction.
#[function_component(AllocationLever)]
pub fn allocation_lever(props: &AllocationProps) -> Html {
    let lock = use_state(|| None::<Strand>);
    // What is being typed in each share box, until committed (see LeverSlider).
    let typed = use_state(|| [None::<String>, None, None, None, None, None]);
    let lang = props.lang;
    let changed = props.allocation != props.builtin;
    let pot = props.pot;
    let on_change = {
        let dispatch = props.dispatch.clone();
        move |allocation: Allocation| dispatch.emit(Action::SetAllocation { pot, allocation })
    };
    let (on_end, on_refuse) = end_and_refuse(&props.dispatch);
    let rows = STRANDS.map(|strand| {
        let share = props.allocation.share(strand);
        let set = {
            let on_change = on_change.clone();
            let allocation = props.allocation;
            let locked = *lock;
            move |pct: f64| {
                let set = allocation.set_share(strand, pct / 100.0, locked);
                on_change(Allocation::from_array(clean_shares(set.as_array())))
            }
        };
        let on_release = {
            let on_end = on_end.clone();
            Callback::from(move |_: Event| on_end())
        };
        let on_slide = {
            let set = set.clone();
            Callback::from(move |e: InputEvent| {
                let input: HtmlInputElement = e.target_unchecked_into();
                if let Ok(v) = parse_entry(&input.value()) {
                    set(v);
                }
            })
        };
        let k = strand.index();
        // Typing in box `i` (0–2 the shares in %, 3–5 the amounts) is kept
        // until committed, so a re-render does not overwrite it.
        let on_typing = |i: usize| {
            let typed = typed.clone();
            Callback::from(move |e: InputEvent| {
                let input: HtmlInputElement = e.target_unchecked_into();
                let mut next = (*typed).clone();
                next[i] = Some(input.value());
                typed.set(next);
            })
        };
        let forget_typed = {
            let typed = typed.clone();
            move |i: usize| {
                let mut next = (*typed).clone();
                next[i] = None;
                typed.set(next);
            }
        };
        let on_amount = {
            let (on_refuse, on_end, set) = (on_refuse.clone(), on_end.clone(), set.clone());
            let total = props.total_bn;
            let forget_typed = forget_typed.clone();
            Callback::from(move |e: Event| {
                let input: HtmlInputElement = e.target_unchecked_into();
                forget_typed(k + 3);
                match parse_entry(&input.value()) {
                    Ok(v) if total > 0.0 && (0.0..=BN.to_display(total, lang) + 1e-9).contains(&v) => {
                        set(clean(BN.from_display(v, lang) / total * 100.0));
                        on_end();
                    }
                    Ok(v) => on_refuse(T::AmountOutOfRange.fill(|l| {
                        let places = decimals(BN, l);
                        vec![format!("{:.places$}", BN.to_display(total, l)), BN.label(l).to_string(), v.to_string()]
                    })),
                    Err(message) => on_refuse(message),
                }
            })
        };
        let on_entry = {
            let (on_refuse, on_end) = (on_refuse.clone(), on_end.clone());
            Callback::from(move |e: Event| {
                let input: HtmlInputElement = e.target_unchecked_into();
                forget_typed(k);
                match parse_entry(&input.value()) {
                    Ok(v) if (0.0..=100.0).contains(&v) => {
                        set(v);
                        on_end();
                    }
                    Ok(v) => on_refuse(T::ShareOutOfRange.fill(|_| vec![v.to_string()])),
                    Err(message) => on_refuse(message),
                }
            })
        };
        let is_locked = *lock == Some(strand);
        let toggle_lock = {
            let lock = lock.clone();
            Callback::from(move |_| lock.set(if is_locked { None } else { Some(strand) }))
        };
        let id = format!("{}-{}", props.id_prefix, strand.id());
        let pct = share * 100.0;
        let amount = BN.to_display(share * props.total_bn, lang);
        let places = decimals(BN, lang);
        // The accessible name starts with the visible word (锁定 / 解锁).
        let lock_word = if is_locked { T::Unlock } else { T::Lock };
        html! {
            <div class={classes!("share-row", format!("strand-{}", strand.id()))}>
                <label for={id.clone()} class="share-label">
                    <span class="swatch"></span>{ strand.short(lang) }
                </label>
                <div class="slider-wrap">
                    <input type="range" id={id.clone()} min="0" max="100" step="0.1"
                        value={format!("{pct:.1}")} oninput={on_slide} onchange={on_release} disabled={is_locked} />
                    <span class="baseline-tick" style={format!("left: {:.2}%", props.builtin.share(strand) * 100.0)}></span>
                </div>
                <button class={classes!("lock", is_locked.then_some("on"))} onclick={toggle_lock}
                    aria-pressed={is_locked.to_string()}
                    aria-label={format!("{} {}", lock_word.get(lang), strand.name(lang))}>
                    { lock_word.get(lang) }
                </button>
                // The share as % and as money, on a line of their own under the slider.
                <div class="share-entries">
                    <input type="text" inputmode="decimal" class="entry"
                        value={typed[k].clone().unwrap_or_else(|| format!("{pct:.1}"))}
                        oninput={on_typing(k)} onchange={on_entry} disabled={is_locked}
                        aria-label={format!("{} {} (%)", props.title, strand.name(lang))} />
                    <span class="unit">{ "%" }</span>
                    <input type="text" inputmode="decimal" class="entry amount"
                        value={typed[k + 3].clone().unwrap_or_else(|| format!("{amount:.places$}"))}
                        oninput={on_typing(k + 3)} onchange={on_amount} disabled={is_locked}
                        aria-label={format!("{} {} ({})", props.title, strand.name(lang), BN.label(lang))} />
                    <span class="unit">{ BN.label(lang) }</span>
                </div>
            </div>
        }
    });
    let on_reset = {
        let builtin = props.builtin;
        Callback::from(move |_| on_change(builtin))
    };
    let bar = STRANDS.map(|strand| {
        html! {
            <span class={classes!("bar-part", format!("strand-{}", strand.id()))}
                style={format!("width: {:.2}%", props.allocation.share(strand) * 100.0)}></span>
        }
    });
    html! {
        <fieldset class={classes!("allocation", changed.then_some("changed"))} id={props.id_prefix.clone()}>
            <legend>{ props.title.clone() }</legend>
            <div class="share-bar" aria-hidden="true">{ for bar }</div>
            { for rows }
            <div class="lever-foot">
                <span>{ T::SharesSum.get(lang) }</span>
                <button class="reset" onclick={on_reset} disabled={!changed}>{ T::Reset.get(lang) }</button>
            </div>
        </fieldset>
    }
}
