//! Where the build's other files are (the app's worker, the QR code's
//! worker, the model reference, `room.json`). Served, they sit beside the
//! page (`./worker.js`: any sub-path works). In the single-file build
//! (`scripts/single-file.mjs`) nothing sits beside the page: its loader makes
//! `blob:` URLs of the copies inlined in the file and hands them over as
//! `window.ursFiles` (name → URL) before the app starts.

use wasm_bindgen::JsValue;

/// The single file's URLs, if the page is the single file.
fn inlined() -> Option<JsValue> {
    let window = web_sys::window()?;
    let files = js_sys::Reflect::get(&window, &JsValue::from_str("ursFiles")).ok()?;
    files.is_object().then_some(files)
}

/// The URL of the build's file `name`: the single file's copy, or the file
/// beside the page.
pub fn url(name: &str) -> String {
    inlined()
        .and_then(|files| js_sys::Reflect::get(&files, &JsValue::from_str(name)).ok())
        .and_then(|u| u.as_string())
        .unwrap_or_else(|| format!("./{name}"))
}

/// Whether the single file carries its own copy of `name`.
pub fn carries(name: &str) -> bool {
    inlined().is_some_and(|files| js_sys::Reflect::has(&files, &JsValue::from_str(name)).unwrap_or(false))
}

/// The page is the single-file build: no files beside it, no service worker,
/// and its workers are classic scripts (Chromium loads no module worker
/// from a `blob:` URL of a page opened from a file).
pub fn single_file() -> bool {
    inlined().is_some()
}

/// The page was opened from a file (`file://`), single or not.
pub fn from_file() -> bool {
    web_sys::window().and_then(|w| w.location().protocol().ok()).as_deref() == Some("file:")
}
