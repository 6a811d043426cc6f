//! The QR code of the current scenario's share link, large, in a modal
//! `<dialog>` (toolbar button): drawn as SVG from `qr::Qr`, the link written
//! under it, closed by its button or Esc (the dialog's own cancel).

use super::qr::Qr;
use crate::i18n::Lang;
use crate::text::T;
use gloo::events::EventListener;
use web_sys::HtmlDialogElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub link: AttrValue,
    pub lang: Lang,
    /// The dialog closed (button or Esc): the parent unmounts it.
    pub on_close: Callback<()>,
}

#[function_component(QrDialog)]
pub fn qr_dialog(props: &Props) -> Html {
    let dialog = use_node_ref();
    {
        let (dialog, on_close) = (dialog.clone(), props.on_close.clone());
        use_effect_with((), move |_| {
            let el = dialog.cast::<HtmlDialogElement>();
            let listener = el.as_ref().map(|el| EventListener::new(el, "close", move |_| on_close.emit(())));
            if let Some(el) = &el {
                let _ = el.show_modal();
            }
            move || drop(listener)
        });
    }
    let qr = use_memo(props.link.clone(), |link| Qr::new(link));
    let close = {
        let dialog = dialog.clone();
        Callback::from(move |_| {
            if let Some(el) = dialog.cast::<HtmlDialogElement>() {
                el.close();
            }
        })
    };
    let lang = props.lang;
    let code = match &*qr {
        Some(qr) => {
            let side = qr.side();
            html! {
                <svg class="qr-code" viewBox={format!("0 0 {side} {side}")} role="img" aria-label={T::QrLabel.get(lang)}
                    data-modules={qr.width.to_string()} shape-rendering="crispEdges" xmlns="http://www.w3.org/2000/svg">
                    <rect width={side.to_string()} height={side.to_string()} fill="#fff" />
                    <path d={qr.svg_path()} fill="#000" />
                </svg>
            }
        }
        None => html! { <p class="error" role="alert">{ T::QrTooLong.get(lang) }</p> },
    };
    html! {
        <dialog class="qr-dialog" ref={dialog} aria-label={T::QrCode.get(lang)}>
            <p class="qr-hint">{ T::QrHint.get(lang) }</p>
            { code }
            <p class="qr-link">{ props.link.clone() }</p>
            <button class="qr-close" onclick={close}>{ T::Close.get(lang) }</button>
        </dialog>
    }
}
