//! `AllocationLever`: a pot's three linked shares across the strands, each
//! as a slider, a % box and an amount box, with a lock and reset.

use super::parts::{decimals, end_and_refuse, BN};
use crate::app::format::{arrow_step, clean, clean_shares, parse_entry, parse_in_unit, share_places};
use crate::app::state::Action;
use crate::i18n::Lang;
use crate::io::show::thousands;
use crate::model::{Allocation, Pot, Strand, STRANDS};
use crate::text::T;
use web_sys::HtmlInputElement;
use yew::prelude::*;


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
        // Arrow keys: 1 % point (1 % of the range).
        let on_key = {
            let (set, on_end) = (set.clone(), on_end.clone());
            Callback::from(move |e: KeyboardEvent| {
                let Some(by) = super::slider::key_step(&e.key(), arrow_step(0.0, 100.0)) else { return };
                e.prevent_default();
                // From the slider's own value, written back at once (see LeverSlider).
                let input: HtmlInputElement = e.target_unchecked_into();
                let now = parse_entry(&input.value()).unwrap_or(share * 100.0);
                let next = (now + by).clamp(0.0, 100.0);
                input.set_value(&next.to_string());
                set(next);
                on_end();
            })
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
                match parse_in_unit(&input.value(), BN, lang) {
                    Ok(v) if total > 0.0 && (0.0..=BN.to_display(total, lang) + 1e-9).contains(&v) => {
                        set(clean(BN.from_display(v, lang) / total * 100.0));
                        on_end();
                    }
                    Ok(v) => on_refuse(T::AmountOutOfRange.fill(|l| {
                        let places = decimals(BN, l);
                        vec![crate::i18n::grouped(BN.to_display(total, l), places), BN.label(l).to_string(), crate::i18n::grouped(v, places)]
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
                match parse_in_unit(&input.value(), crate::model::params::Unit::Share, lang) {
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
        let share_places = share_places(props.allocation.as_array().map(|s| s * 100.0));
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
                        value={format!("{pct:.2}")} oninput={on_slide} onchange={on_release} onkeydown={on_key}
                        disabled={is_locked}
                        aria-valuetext={format!("{pct:.2} % ({} {})", thousands(amount, places), BN.label(lang))} />
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
                        value={typed[k].clone().unwrap_or_else(|| format!("{pct:.share_places$}"))}
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
