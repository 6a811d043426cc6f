//! The QR code's Web Worker: receives a share link (a string), answers with
//! its code (`app::qr::Qr`: the module count and the SVG path of the dark
//! modules) as `{ width, path }`, or `{ width: 0 }` when the link is too long
//! for any QR code. It is its own small wasm, fetched when the QR dialog
//! first opens, so the `qrcode` encoder is not in the first screen's wasm
//! (issue 10). Its first message, `{ ready: true }`, says it has loaded
//! (messages posted before that are lost).
//! Natively this binary does nothing.

#[cfg(target_arch = "wasm32")]
fn main() {
    use js_sys::{Object, Reflect};
    use urban_rural_sim::app::qr::Qr;
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;

    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |e: web_sys::MessageEvent| {
        let Some(link) = e.data().as_string() else { return };
        let reply = Object::new();
        let (width, path) = Qr::new(&link).map(|qr| (qr.width, qr.svg_path())).unwrap_or_default();
        let _ = Reflect::set(&reply, &"link".into(), &link.into());
        let _ = Reflect::set(&reply, &"width".into(), &(width as f64).into());
        let _ = Reflect::set(&reply, &"path".into(), &path.into());
        let _ = reply_to.post_message(&reply);
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let ready = Object::new();
    let _ = Reflect::set(&ready, &"ready".into(), &true.into());
    let _ = scope.post_message(&ready);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {}
