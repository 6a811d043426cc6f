//! The in-app model reference: docs/MODEL.zh.md in Chinese, docs/MODEL.md in
//! English, rendered by a small Markdown subset (headings, paragraphs, lists,
//! tables, indented equation blocks, `code`, **bold**, links as their text,
//! repository paths as the file they name).
//! The same texts as the docs, so they cannot drift apart (crates/cli/tests/model_zh.rs
//! holds the Chinese one to the English one's equations and generated
//! tables). The build copies both beside the page (index.html) and the app
//! fetches the one in the page's language when the section is opened: 50 KB
//! each that the first screen does not need (docs/BENCHMARKS.md, sizes).

use crate::i18n::Lang;
use crate::text::T;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

/// The names the build gives docs/MODEL.md and docs/MODEL.zh.md, beside the
/// page (`assets.rs`; the single file inlines both).
pub const MODEL_MD_FILE: &str = "MODEL.md";
pub const MODEL_ZH_MD_FILE: &str = "MODEL.zh.md";

/// The reference's file in `lang`.
pub fn model_md_file(lang: Lang) -> &'static str {
    lang.pick(MODEL_ZH_MD_FILE, MODEL_MD_FILE)
}

/// The text at `url`, from the page's own origin.
async fn fetch_text(url: &str) -> Option<String> {
    let response = JsFuture::from(web_sys::window()?.fetch_with_str(url)).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}

#[derive(Properties, PartialEq)]
pub struct ModelReferenceProps {
    pub lang: Lang,
}

/// Fetched when first shown in a language (again when the language
/// changes); rendered once per text.
#[function_component(ModelReference)]
pub fn model_reference(props: &ModelReferenceProps) -> Html {
    // One text per language, each fetched once, when first shown in it: a
    // reply that arrives after the language changed fills its own slot.
    let zh = use_state(|| None::<Option<String>>);
    let en = use_state(|| None::<Option<String>>);
    let slot = match props.lang {
        Lang::Zh => zh,
        Lang::En => en,
    };
    {
        let slot = slot.clone();
        use_effect_with(props.lang, move |lang| {
            if slot.is_none() {
                let file = model_md_file(*lang);
                wasm_bindgen_futures::spawn_local(async move { slot.set(Some(fetch_text(&super::assets::url(file)).await)) });
            }
        });
    }
    let text = (*slot).clone();
    let doc = use_memo(text.clone(), |text| text.as_ref().and_then(|t| t.as_deref().map(super::markdown::render)));
    match (&text, &*doc) {
        (_, Some(doc)) => html! {
            <>
                <super::record_chart::RecordChart lang={props.lang} />
                { super::modelref_params::parameter_table(props.lang) }
                <p class="model-ref-lead">{ T::ModelRefEnglish.get(props.lang) }</p>
                <article class="model-ref" lang={props.lang.pick("zh", "en")}>{ doc.clone() }</article>
            </>
        },
        (None, _) => html! { <p class="model-ref loading">{ T::Loading.get(props.lang) }</p> },
        (Some(_), None) => html! { <p class="model-ref error">{ T::ModelRefUnavailable.get(props.lang) }</p> },
    }
}
