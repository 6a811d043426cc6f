//! `Story`: what a phone shows first when a scenario differs from its
//! baseline — the scenario's name and what changed (the summary's own
//! sentences, `summary::what_changed`), above the KPI cards. style.css shows
//! it on narrow screens only (≤ 600 px); wider screens have the side panel
//! and the summary beside the charts. Nothing when the scenario is its
//! baseline.

use super::summary::{for_screen, what_changed};
use crate::i18n::Lang;
use crate::model::Scenario;
use crate::text::T;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StoryProps {
    pub scenario: Scenario,
    pub lang: Lang,
}

#[function_component(Story)]
pub fn story(props: &StoryProps) -> Html {
    let lang = props.lang;
    // Made again only when the scenario changes (the language picks from both).
    let said = use_memo(props.scenario.clone(), |scenario| {
        let builtin = Scenario::zhejiang_2025().name;
        // A link or an edit that kept the built-in name is not that scenario.
        // The built-in name is written "浙江 2025 / Zhejiang 2025": each language its half.
        let name = if scenario.name == builtin {
            let (zh, en) = builtin.split_once(" / ").unwrap_or((&builtin, &builtin));
            T::StoryUnsaved.fill(|lang| vec![lang.pick(zh, en).to_string()])
        } else {
            crate::i18n::Bilingual::new(scenario.name.clone(), scenario.name.clone())
        };
        (name, what_changed(scenario))
    });
    let (name, sentences) = &*said;
    if sentences.is_empty() {
        return Html::default();
    }
    let items = sentences.iter().map(|s| html! { <li data-topic={s.topic.id()}>{ for_screen(s.text.get(lang)) }</li> });
    html! {
        <section class="story" aria-labelledby="story-name">
            <h2 id="story-name">{ name.get(lang) }</h2>
            <p class="story-what">{ T::StoryChanged.get(lang) }</p>
            <ul class="summary-lines">{ for items }</ul>
        </section>
    }
}
