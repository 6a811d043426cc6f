//! The first paint: the built-in scenario's first screen (the header, the KPI
//! cards with their targets, the headline charts, the summary in words),
//! rendered natively with the app's own components (Yew's server rendering,
//! `app::first_paint::FirstPaint`), written to standard output as HTML.
//! Trunk's post_build hook (scripts/postbuild.mjs) runs it and puts the markup
//! in index.html in place of the `#boot` placeholder, so a slow network, a
//! phone or a browser with scripts off shows the real numbers at once; the
//! app replaces it as it mounts (src/app/root.rs, `start`).
//!
//! Run: `cargo run --features ssr --bin first-paint`.

use std::rc::Rc;
use urban_rural_sim::app::first_paint::{FirstPaint, FirstPaintProps};
use urban_rural_sim::app::store::State;
use urban_rural_sim::i18n::Lang;
use urban_rural_sim::model::Scenario;
use yew::ServerRenderer;

fn main() {
    let render = ServerRenderer::<FirstPaint>::with_props(|| FirstPaintProps {
        // The app's first state for the built-in scenario, in Chinese (the
        // page's language); the width only chooses the layout, which the
        // first paint fixes at two charts.
        state: Rc::new(State::new(Scenario::zhejiang_2025(), Lang::Zh, 0.0)),
    })
    .hydratable(false)
    .render();
    let runtime = tokio::runtime::Builder::new_current_thread().build().expect("a tokio runtime");
    println!("{}", runtime.block_on(render));
}
