//! The QR code of the current scenario's share link, large, in a modal
//! `<dialog>` (toolbar button): drawn as SVG from `qr::Qr`, the link written
//! under it, closed by its button or Esc (the dialog's own cancel). The code
//! itself is made by a small worker (`src/bin/qr_worker.rs`, `qr::Qr`),
//! started when the dialog opens, so the encoder is not in the first
//! screen's wasm (issue 10); it answers within a frame or two.

use super::room::Reach;
use crate::i18n::Lang;
use crate::text::T;
use gloo::events::EventListener;
use js_sys::Reflect;
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlDialogElement;
use yew::prelude::*;

/// The loader Trunk writes beside the page for the QR worker
/// (`data-loader-shim` in index.html; `assets.rs` finds it, also in the
/// single-file build).
pub const QR_WORKER_FILE: &str = "qr-worker_loader.js";

/// The worker's answer for a link: its module count (0: too long for a QR
/// code) and the SVG path of its dark modules (`qr::Qr::svg_path`).
#[derive(Clone, PartialEq)]
struct Code {
    link: String,
    width: usize,
    path: String,
}

#[derive(Default)]
struct QrWorker {
    worker: Option<web_sys::Worker>,
    ready: bool,
    /// The link to ask for once the worker is ready.
    link: String,
    on_message: Option<Closure<dyn FnMut(web_sys::MessageEvent)>>,
}

/// The code of `link`, from a worker that lives as long as the component;
/// None until it answers.
#[hook]
fn use_qr(link: &AttrValue) -> Option<Code> {
    let state = use_mut_ref(QrWorker::default);
    let code = use_state(|| None::<Code>);
    {
        let (state, code) = (state.clone(), code.setter());
        use_effect_with(link.clone(), move |link| {
            let mut s = state.borrow_mut();
            s.link = link.to_string();
            if s.worker.is_none() {
                s.worker = web_sys::Worker::new(&super::assets::url(QR_WORKER_FILE)).ok();
                let on_message = on_message(state.clone(), code);
                if let Some(w) = &s.worker {
                    w.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
                }
                s.on_message = Some(on_message);
            } else if s.ready {
                if let Some(w) = &s.worker {
                    let _ = w.post_message(&JsValue::from_str(link));
                }
            }
        });
    }
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            move || {
                let mut s = state.borrow_mut();
                if let Some(w) = s.worker.take() {
                    w.terminate();
                }
                s.on_message.take();
            }
        });
    }
    (*code).clone().filter(|c| c.link == link.as_str())
}

fn on_message(state: Rc<RefCell<QrWorker>>, code: UseStateSetter<Option<Code>>) -> Closure<dyn FnMut(web_sys::MessageEvent)> {
    Closure::new(move |e: web_sys::MessageEvent| {
        let data = e.data();
        let field = |name: &str| Reflect::get(&data, &JsValue::from_str(name)).unwrap_or(JsValue::UNDEFINED);
        let mut s = state.borrow_mut();
        if field("ready").is_truthy() {
            s.ready = true;
            if let Some(w) = &s.worker {
                let _ = w.post_message(&JsValue::from_str(&s.link));
            }
        } else if let (Some(link), Some(width), Some(path)) =
            (field("link").as_string(), field("width").as_f64(), field("path").as_string())
        {
            code.set(Some(Code { link, width: width as usize, path }));
        }
    })
}

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
    let qr = use_qr(&props.link);
    let close = {
        let dialog = dialog.clone();
        Callback::from(move |_| {
            if let Some(el) = dialog.cast::<HtmlDialogElement>() {
                el.close();
            }
        })
    };
    let lang = props.lang;
    let code = match qr {
        Some(Code { width, path, .. }) if width > 0 => {
            let side = width + 2 * super::qr::QUIET;
            html! {
                <svg class="qr-code" viewBox={format!("0 0 {side} {side}")} role="img" aria-label={T::QrLabel.get(lang)}
                    data-modules={width.to_string()} shape-rendering="crispEdges" xmlns="http://www.w3.org/2000/svg">
                    <rect width={side.to_string()} height={side.to_string()} fill="#fff" />
                    <path d={path} fill="#000" />
                </svg>
            }
        }
        Some(_) => html! { <p class="error" role="alert">{ T::QrTooLong.get(lang) }</p> },
        // The worker is still loading: keep the code's place.
        None => html! { <div class="qr-code qr-pending" aria-busy="true"></div> },
    };
    // Who can open the link: a loopback address or a file is no use to a phone;
    // a file built with a hosted copy's address (scripts/single-file.mjs) links there.
    let hint = match super::address::share_reach(&props.link) {
        Reach::Network if super::assets::from_file() => {
            html! { <p class="qr-hint qr-warning" role="alert">{ T::QrHostedCopy.get(lang) }</p> }
        }
        Reach::Network => html! { <p class="qr-hint">{ T::QrHint.get(lang) }</p> },
        Reach::ThisComputer => html! { <p class="qr-hint qr-warning" role="alert">{ T::QrThisComputer.get(lang) }</p> },
        Reach::ThisFile => html! { <p class="qr-hint qr-warning" role="alert">{ T::QrThisFile.get(lang) }</p> },
    };
    html! {
        <dialog class="qr-dialog" ref={dialog} aria-label={T::QrCode.get(lang)}>
            { hint }
            { code }
            <p class="qr-link">{ props.link.clone() }</p>
            <button class="qr-close" onclick={close}>{ T::Close.get(lang) }</button>
        </dialog>
    }
}
