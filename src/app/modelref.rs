//! The in-app model reference: docs/MODEL.md itself, rendered by a small
//! Markdown subset (headings, paragraphs, lists, tables, indented equation
//! blocks, `code`, **bold**). One text for the docs and the app, so they
//! cannot drift apart. The build copies the file beside the page
//! (index.html) and the app fetches it when the section is first opened:
//! 50 KB the first screen does not need (docs/BENCHMARKS.md, sizes).

use crate::i18n::Lang;
use crate::text::T;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

/// The name the build gives docs/MODEL.md, beside the page (`assets.rs`).
pub const MODEL_MD_FILE: &str = "MODEL.md";

/// The text at `url`, from the page's own origin.
async fn fetch_text(url: &str) -> Option<String> {
    let response = JsFuture::from(web_sys::window()?.fetch_with_str(url)).await.ok()?;
    let response: web_sys::Response = response.dyn_into().ok()?;
    if !response.ok() {
        return None;
    }
    JsFuture::from(response.text().ok()?).await.ok()?.as_string()
}

/// Inline markup: `code` and **bold**; everything else is text (never HTML).
fn inline(text: &str) -> Html {
    let mut out = Vec::new();
    let mut rest = text;
    while !rest.is_empty() {
        let code = rest.find('`');
        let bold = rest.find("**");
        match (code, bold) {
            (Some(c), b) if b.is_none_or(|b| c < b) => {
                out.push(html! { { rest[..c].to_string() } });
                let after = &rest[c + 1..];
                let end = after.find('`').unwrap_or(after.len());
                out.push(html! { <code>{ after[..end].to_string() }</code> });
                rest = after.get(end + 1..).unwrap_or("");
            }
            (_, Some(b)) => {
                out.push(html! { { rest[..b].to_string() } });
                let after = &rest[b + 2..];
                let end = after.find("**").unwrap_or(after.len());
                out.push(html! { <strong>{ after[..end].to_string() }</strong> });
                rest = after.get(end + 2..).unwrap_or("");
            }
            _ => {
                out.push(html! { { rest.to_string() } });
                rest = "";
            }
        }
    }
    out.into_iter().collect::<Html>()
}

/// Join wrapped source lines: a space between Latin words, none next to
/// Chinese (where a space would show as a gap).
fn join(acc: &mut String, next: &str) {
    let wide = |c: Option<char>| c.is_some_and(|c| !c.is_ascii());
    if !acc.is_empty() && !wide(acc.chars().last()) && !wide(next.chars().next()) {
        acc.push(' ');
    }
    acc.push_str(next);
}

fn cells(line: &str) -> Vec<&str> {
    line.trim().trim_matches('|').split('|').map(str::trim).collect()
}

pub fn render(md: &str) -> Html {
    let lines: Vec<&str> = md.lines().collect();
    let mut blocks = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let line = lines[i];
        if line.trim().is_empty() || line.trim_start().starts_with("<!--") {
            i += 1;
        } else if let Some(h) = line.strip_prefix("## ") {
            blocks.push(html! { <h3>{ inline(h) }</h3> });
            i += 1;
        } else if let Some(h) = line.strip_prefix("# ") {
            blocks.push(html! { <h2>{ inline(h) }</h2> });
            i += 1;
        } else if line.starts_with("    ") || line.starts_with("```") {
            let fenced = line.starts_with("```");
            let mut body = Vec::new();
            i += usize::from(fenced);
            while i < lines.len() {
                let l = lines[i];
                if fenced && l.starts_with("```") {
                    i += 1;
                    break;
                }
                if !(fenced || l.starts_with("    ") || l.trim().is_empty()) {
                    break;
                }
                body.push(if fenced { l } else { l.get(4..).unwrap_or("") });
                i += 1;
            }
            blocks.push(html! { <pre>{ body.join("\n").trim_end().to_string() }</pre> });
        } else if line.starts_with('|') {
            let header = cells(line);
            let mut rows = Vec::new();
            i += 2; // header and separator
            while i < lines.len() && lines[i].starts_with('|') {
                rows.push(cells(lines[i]));
                i += 1;
            }
            blocks.push(html! {
                <div class="table-wrap"><table>
                    <thead><tr>{ for header.iter().map(|c| html! { <th>{ inline(c) }</th> }) }</tr></thead>
                    <tbody>{ for rows.iter().map(|r| html! { <tr>{ for r.iter().map(|c| html! { <td>{ inline(c) }</td> }) }</tr> }) }</tbody>
                </table></div>
            });
        } else if line.starts_with("- ") {
            let mut items = Vec::new();
            while i < lines.len() && (lines[i].starts_with("- ") || lines[i].starts_with("  ")) {
                if let Some(item) = lines[i].strip_prefix("- ") {
                    items.push(item.to_string());
                } else if let Some(last) = items.last_mut() {
                    join(last, lines[i].trim());
                }
                i += 1;
            }
            blocks.push(html! { <ul>{ for items.iter().map(|t| html! { <li>{ inline(t) }</li> }) }</ul> });
        } else {
            let mut para = String::new();
            while i < lines.len()
                && !lines[i].trim().is_empty()
                && !lines[i].starts_with(['#', '|', '-'])
                && !lines[i].starts_with("    ")
            {
                join(&mut para, lines[i].trim());
                i += 1;
            }
            if para.is_empty() {
                i += 1;
                continue;
            }
            blocks.push(html! { <p>{ inline(&para) }</p> });
        }
    }
    blocks.into_iter().collect::<Html>()
}

#[derive(Properties, PartialEq)]
pub struct ModelReferenceProps {
    pub lang: Lang,
}

/// Fetched once, when first shown; rendered once.
#[function_component(ModelReference)]
pub fn model_reference(props: &ModelReferenceProps) -> Html {
    let text = use_state(|| None::<Option<String>>);
    {
        let text = text.clone();
        use_effect_with((), move |_| {
            wasm_bindgen_futures::spawn_local(async move { text.set(Some(fetch_text(&super::assets::url(MODEL_MD_FILE)).await)) });
        });
    }
    let doc = use_memo((*text).clone(), |text| text.as_ref().and_then(|t| t.as_deref().map(render)));
    match (&*text, &*doc) {
        (_, Some(doc)) => html! {
            <>
                <super::record_chart::RecordChart lang={props.lang} />
                { super::modelref_params::parameter_table(props.lang) }
                <p class="model-ref-lead">{ T::ModelRefEnglish.get(props.lang) }</p>
                <article class="model-ref" lang="en">{ doc.clone() }</article>
            </>
        },
        (None, _) => html! { <p class="model-ref loading">{ T::Loading.get(props.lang) }</p> },
        (Some(_), None) => html! { <p class="model-ref error">{ T::ModelRefUnavailable.get(props.lang) }</p> },
    }
}
