//! The web app's start (src/main.rs): the whole app is one wasm, mounted
//! into the page's body; a presenter's window (`?presenter`) shows the
//! presenter's view instead.

use super::root::App;

/// Mount the app (or the presenter's view) into the page's body.
pub fn start() {
    crate::json::install();
    // index.html's "loading" placeholder goes as the app mounts, in the same task.
    if let Some(boot) = gloo::utils::document().get_element_by_id("boot") {
        boot.remove();
    }
    if super::presenter::is_presenter_window() {
        yew::Renderer::<super::presenter::PresenterView>::new().render();
        return;
    }
    yew::Renderer::<App>::new().render();
    // Yew's scheduler yields to the browser once a run has taken 16 ms
    // (yew 0.23 scheduler.rs, YIELD_DEADLINE_MS), and the first render takes
    // longer: the effects (the charts' first draw among them) would wait for
    // a later task, after the browser has laid out and painted a first frame
    // without charts. `flush` (yew's "test" feature: nothing else of it is
    // used; Cargo.toml) runs what is left at once, in the same task, so the
    // first frame has the charts (docs/BENCHMARKS.md, cold start).
    wasm_bindgen_futures::spawn_local(yew::scheduler::flush());
}
