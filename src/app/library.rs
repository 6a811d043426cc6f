//! The library tab: save the current scenario, open, rename, duplicate,
//! delete, tick for comparison; export the whole library, import a file.
//! Names are always shown as text (Yew escapes them), never as markup.

use super::state::{Action, CompareRef, LibraryAction, State, COMPARE_LIMIT};
use super::storage;
use super::text_field::{keep_typed, TextField};
use crate::text::T;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct LibraryProps {
    pub state: std::rc::Rc<State>,
    pub dispatch: Callback<Action>,
    pub on_import: Callback<web_sys::File>,
    pub on_export_library: Callback<()>,
}

/// A compare tick; `label` is shown, `name` (the scenario's) is its accessible
/// name when there is no visible label.
fn compare_box(item: CompareRef, label: String, name: String, state: &State, dispatch: &Callback<Action>) -> Html {
    let checked = state.library.compare.contains(&item);
    let full = state.library.compare.len() >= COMPARE_LIMIT && !checked;
    let dispatch = dispatch.clone();
    let onchange = Callback::from(move |_| dispatch.emit(Action::ToggleCompare(item.clone())));
    html! {
        <label class="compare-box">
            <input type="checkbox" checked={checked} disabled={full} {onchange} aria-label={name} />
            { label }
        </label>
    }
}

#[function_component(LibraryPanel)]
pub fn library_panel(props: &LibraryProps) -> Html {
    let state = &props.state;
    let lang = state.view.lang;
    let name_ref = use_node_ref();
    // What the planner is typing as the name: kept in state, because the
    // panel re-renders under the cursor (the band arrives from its worker)
    // and a re-render must not put the default name back.
    let typed_name = use_state(|| None::<String>);
    let renaming = use_state(|| None::<String>);
    let confirming = use_state(|| None::<String>);
    let dispatch = props.dispatch.clone();

    let on_save = {
        let (dispatch, name_ref, typed_name) = (dispatch.clone(), name_ref.clone(), typed_name.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if let Some(input) = name_ref.cast::<HtmlInputElement>() {
                // The id and the time are made here, at the edge; the store stays pure.
                let (id, at) = (storage::new_id(), storage::now_iso());
                dispatch.emit(Action::Library(LibraryAction::Save { name: input.value(), id, at }));
                typed_name.set(None);
            }
        })
    };
    let on_file = super::files::on_file_picked(props.on_import.clone());
    let export = {
        let cb = props.on_export_library.clone();
        Callback::from(move |_| cb.emit(()))
    };

    let entries = state.library.saved.entries.iter().map(|entry| {
        let id = entry.id.clone();
        let act = |op: fn(String) -> LibraryAction| {
            let (dispatch, id) = (dispatch.clone(), id.clone());
            Callback::from(move |_| dispatch.emit(Action::Library(op(id.clone()))))
        };
        // Each button says which scenario it acts on: "打开 方案 A", its
        // visible word first so speech input ("click 打开") still finds it.
        let named = |action: T| format!("{} {}", action.get(lang), entry.name);
        let is_renaming = renaming.as_ref() == Some(&id);
        let is_confirming = confirming.as_ref() == Some(&id);
        let name_cell = if is_renaming {
            let (dispatch, renaming, id) = (dispatch.clone(), renaming.clone(), id.clone());
            let onchange = Callback::from(move |name: String| {
                dispatch.emit(Action::Library(LibraryAction::Rename { id: id.clone(), name }));
                renaming.set(None);
            });
            html! { <TextField class="rename" maxlength={120} value={entry.name.clone()} {onchange}
                aria_label={named(T::Rename)} /> }
        } else {
            html! { <span class="entry-name">{ entry.name.clone() }</span> }
        };
        let start_rename = {
            let (renaming, id) = (renaming.clone(), id.clone());
            Callback::from(move |_| renaming.set(Some(id.clone())))
        };
        let delete = if is_confirming {
            let (dispatch, confirming, id) = (dispatch.clone(), confirming.clone(), id.clone());
            Callback::from(move |_| {
                dispatch.emit(Action::Library(LibraryAction::Delete(id.clone())));
                confirming.set(None);
            })
        } else {
            let (confirming, id) = (confirming.clone(), id.clone());
            Callback::from(move |_| confirming.set(Some(id.clone())))
        };
        html! {
            <li class="lib-entry" key={id.clone()} data-entry={id.clone()}>
                <div class="entry-head">
                    { compare_box(CompareRef::Saved(id.clone()), String::new(), named(T::Compare), state, &dispatch) }
                    { name_cell }
                </div>
                <div class="entry-meta">{ format!("{} {}", T::SavedAt.get(lang), entry.saved_at.get(..16).unwrap_or(&entry.saved_at).replace('T', " ")) }</div>
                <div class="entry-actions">
                    <button onclick={act(LibraryAction::Open)} aria-label={named(T::Open)}>{ T::Open.get(lang) }</button>
                    <button onclick={start_rename} aria-label={named(T::Rename)}>{ T::Rename.get(lang) }</button>
                    <button onclick={act(|id| LibraryAction::Duplicate { id, new_id: storage::new_id(), at: storage::now_iso() })} aria-label={named(T::Duplicate)}>{ T::Duplicate.get(lang) }</button>
                    <button class={classes!(is_confirming.then_some("danger"))} onclick={delete}
                        aria-label={named(if is_confirming { T::ConfirmDelete } else { T::Delete })}>
                        { if is_confirming { T::ConfirmDelete.get(lang) } else { T::Delete.get(lang) } }
                    </button>
                </div>
            </li>
        }
    });
    let damaged = state.library.saved.damaged.iter().map(|(key, problem)| {
        let (dispatch, key_owned) = (dispatch.clone(), key.clone());
        let remove =
            Callback::from(move |_| dispatch.emit(Action::Library(LibraryAction::DeleteDamaged(key_owned.clone()))));
        html! {
            <li>
                <code>{ key.clone() }</code>{ format!(" — {} ", problem.get(lang)) }
                <button onclick={remove}>{ T::Delete.get(lang) }</button>
            </li>
        }
    });
    let default_name = if state.doc.scenario.name == crate::model::Scenario::zhejiang_2025().name {
        T::MyScenario.get(lang).to_string()
    } else {
        state.doc.scenario.name.clone()
    };
    html! {
        <div class="library">
            <form class="save-form" onsubmit={on_save}>
                <label for="save-name">{ T::SaveAs.get(lang) }</label>
                <div class="row">
                    <input id="save-name" ref={name_ref} type="text" maxlength="120"
                        value={(*typed_name).clone().unwrap_or(default_name)}
                        oninput={keep_typed(&typed_name)} />
                    <button type="submit">{ T::Save.get(lang) }</button>
                </div>
            </form>
            <h3>{ T::Compare.get(lang) }</h3>
            <p class="intro">{ T::CompareHint.get(lang) }</p>
            <div class="compare-fixed">
                { compare_box(CompareRef::Baseline, T::Baseline.get(lang).to_string(), format!("{} {}", T::Compare.get(lang), T::Baseline.get(lang)), state, &dispatch) }
                { compare_box(CompareRef::Current, T::Current.get(lang).to_string(), format!("{} {}", T::Compare.get(lang), T::Current.get(lang)), state, &dispatch) }
            </div>
            <h3>{ T::TabLibrary.get(lang) }</h3>
            if state.library.saved.entries.is_empty() {
                <p class="intro">{ T::EmptyLibrary.get(lang) }</p>
            }
            <ul class="entries">{ for entries }</ul>
            if !state.library.saved.damaged.is_empty() {
                <div class="damaged" role="alert">
                    <strong>{ T::Damaged.get(lang) }</strong>
                    <ul>{ for damaged }</ul>
                </div>
            }
            <div class="file-actions">
                <button onclick={export}>{ T::ExportLibrary.get(lang) }</button>
                <label class="file-button">
                    { T::Import.get(lang) }
                    <input type="file" accept=".json,application/json" onchange={on_file} aria-label={T::ImportHint.get(lang)} />
                </label>
            </div>
            <p class="intro">{ T::ImportHint.get(lang) }</p>
        </div>
    }
}
