//! Files out of and into the browser: downloads (JSON, CSV, PNG) and reading
//! a file the user picked. Nothing here changes state; callers dispatch.

use crate::i18n::Bilingual;
use crate::text::T;
use gloo::file::callbacks::FileReader;
use gloo::file::{Blob, File, ObjectUrl};
use wasm_bindgen::JsCast;

/// Offer `content` as a file download named `name`.
pub fn download_text(name: &str, mime: &str, content: &str) {
    let blob = Blob::new_with_options(content, Some(mime));
    download_url(name, &ObjectUrl::from(blob));
}

fn download_url(name: &str, url: &str) {
    let document = gloo::utils::document();
    if let Some(a) = document.create_element("a").ok().and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok()) {
        a.set_href(url);
        a.set_download(name);
        let _ = document.body().map(|b| b.append_child(&a));
        a.click();
        a.remove();
    }
}

/// Offer a data URL (a PNG from a canvas) as a download.
pub fn download_data_url(name: &str, data_url: &str) {
    download_url(name, data_url);
}

/// The `change` handler of a file input: hands the picked file on and
/// clears the input, so picking the same file again reads it again.
pub fn on_file_picked(on_file: yew::Callback<web_sys::File>) -> yew::Callback<yew::Event> {
    yew::Callback::from(move |e: yew::Event| {
        use yew::TargetCast;
        let input: web_sys::HtmlInputElement = e.target_unchecked_into();
        if let Some(file) = input.files().and_then(|f| f.get(0)) {
            on_file.emit(file);
        }
        input.set_value("");
    })
}

/// Read a picked file as text. Files over the library limit are refused
/// before reading. Keep the returned reader alive until it calls back.
pub fn read_text(file: web_sys::File, done: impl FnOnce(Result<String, Bilingual>) + 'static) -> Option<FileReader> {
    let file = File::from(file);
    if file.size() > crate::io::library::MAX_LIBRARY_BYTES as u64 {
        done(Err(Bilingual::new(
            T::FileTooLarge.get(crate::i18n::Lang::Zh),
            T::FileTooLarge.get(crate::i18n::Lang::En),
        )));
        return None;
    }
    Some(gloo::file::callbacks::read_as_text(&file, move |result| {
        done(result.map_err(|_| {
            Bilingual::new(T::FileUnreadable.get(crate::i18n::Lang::Zh), T::FileUnreadable.get(crate::i18n::Lang::En))
        }))
    }))
}

/// A file name from the scenario name: keeps letters (any script), digits and
/// dashes, so it is safe on every system.
pub fn file_stem(name: &str) -> String {
    let stem: String = name.chars().map(|c| if c.is_alphanumeric() || c == '-' { c } else { '-' }).take(60).collect();
    let stem = stem.trim_matches('-').to_string();
    if stem.is_empty() {
        "scenario".into()
    } else {
        stem
    }
}
