//! The goal-seek form's rules: a checkbox per published commitment (kept
//! unless ticked free) and one switch letting outcomes that are not goals
//! end worse than at the start (`model::goal_seek::Rules`).

use crate::i18n::Lang;
use crate::model::goal_seek::{commitments, Rules};
use crate::text::T;
use web_sys::HtmlInputElement;
use yew::prelude::*;

pub fn rules_html(rules: &UseStateHandle<Rules>, lang: Lang) -> Html {
    let free = commitments().map(|c| {
        let on_change = {
            let rules = rules.clone();
            Callback::from(move |e: Event| {
                let on = e.target_unchecked_into::<HtmlInputElement>().checked();
                let mut next = (*rules).clone();
                next.freed.retain(|f| f != c.id);
                if on {
                    next.freed.push(c.id.to_string());
                }
                rules.set(next);
            })
        };
        let text = T::SeekFreeCommitment.fill(|l| vec![c.name(l).to_string()]);
        html! {
            <label class="goal-free" data-commitment={c.id}>
                <input type="checkbox" checked={!rules.keeps(c.id)} onchange={on_change} />
                { text.get(lang).to_string() }
            </label>
        }
    });
    let on_worse = {
        let rules = rules.clone();
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            let next = Rules { freed: rules.freed.clone(), may_worsen: Vec::new() };
            rules.set(if on { next.all_may_worsen() } else { next });
        })
    };
    html! {
        <fieldset class="goal-rules">
            <legend>{ T::SeekRules.get(lang) }</legend>
            { for free }
            <label class="goal-allow-worse">
                <input type="checkbox" checked={!rules.may_worsen.is_empty()} onchange={on_worse} />
                { T::SeekAllowWorse.get(lang) }
            </label>
        </fieldset>
    }
}
