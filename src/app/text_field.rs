//! `TextField`: a name or a note the planner types and that is saved when
//! they finish (the change event: Enter, or leaving the field).
//!
//! What is typed but not yet saved is held here, because yew 0.23 puts an
//! input's value back to the one it renders whenever the component renders
//! again (`Value::apply_diff` compares with the DOM). A render for any other
//! reason while the planner types (the band's answer, a message clearing,
//! another tab's storage) would otherwise put the old text back under their
//! cursor and lose what they typed.

use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

/// One line (an `<input>`) or a text area of so many rows.
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum Lines {
    One,
    Many(u32),
}

#[derive(Properties, PartialEq)]
pub struct TextFieldProps {
    /// The saved text.
    pub value: AttrValue,
    /// The text as finished; the field then shows `value` again.
    pub onchange: Callback<String>,
    pub maxlength: u32,
    #[prop_or(Lines::One)]
    pub lines: Lines,
    #[prop_or_default]
    pub class: Classes,
    #[prop_or_default]
    pub aria_label: Option<AttrValue>,
    #[prop_or_default]
    pub placeholder: Option<AttrValue>,
}

/// The text of the field an event came from.
fn text_of(e: &Event) -> String {
    let Some(target) = e.target() else { return String::new() };
    match target.dyn_into::<HtmlInputElement>() {
        Ok(input) => input.value(),
        Err(other) => other.dyn_into::<HtmlTextAreaElement>().map(|t| t.value()).unwrap_or_default(),
    }
}

/// Keep what is typed in `typed` (a field shows it over its saved or
/// default text until it is saved or sent): `TextField`'s own input, and the
/// forms' fields that are read when the form is sent (the library's name for
/// a new scenario, the decks tab's title for a new deck).
pub fn keep_typed(typed: &UseStateHandle<Option<String>>) -> Callback<InputEvent> {
    let typed = typed.clone();
    Callback::from(move |e: InputEvent| typed.set(Some(text_of(&e))))
}

#[function_component(TextField)]
pub fn text_field(props: &TextFieldProps) -> Html {
    let typed = use_state(|| None::<String>);
    let shown = (*typed).clone().map_or_else(|| props.value.clone(), AttrValue::from);
    let oninput = keep_typed(&typed);
    let onchange = {
        let (typed, finished) = (typed.clone(), props.onchange.clone());
        Callback::from(move |e: Event| {
            finished.emit(text_of(&e));
            typed.set(None);
        })
    };
    let (class, label, placeholder) = (props.class.clone(), props.aria_label.clone(), props.placeholder.clone());
    let maxlength = props.maxlength.to_string();
    match props.lines {
        Lines::One => html! {
            <input type="text" {class} {maxlength} value={shown} {oninput} {onchange} aria-label={label} {placeholder} />
        },
        Lines::Many(rows) => html! {
            <textarea {class} rows={rows.to_string()} {maxlength} value={shown} {oninput} {onchange}
                aria-label={label} {placeholder} />
        },
    }
}
