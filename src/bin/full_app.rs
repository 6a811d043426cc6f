//! The full app (trunk builds it beside the first screen: index.html,
//! `data-bin="full-app"`): the same App with every part — the Library,
//! Decks and Analysis tabs, the QR dialog, the model reference, the presentation and the presenter's window. The first screen
//! (src/main.rs) loads it when one of those is asked for, or when idle, and
//! hands over its state (`app::swap`). Natively it only points elsewhere.

#[cfg(target_arch = "wasm32")]
fn main() {
    urban_rural_sim::app::full::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "full-app is the browser app's second part: serve the app with `bash scripts/serve.sh`.\n\
         For the command line run `cargo run --bin urs -- --help`."
    );
    std::process::exit(2);
}
