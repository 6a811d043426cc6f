//! The web app's entry point (trunk builds this for wasm32). Natively it only
//! points to the command line, which is the `urs` binary.

#[cfg(target_arch = "wasm32")]
fn main() {
    urban_rural_sim::app::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!(
        "urban-rural-sim is the browser app: serve it with `bash scripts/serve.sh`.\n\
         For the command line run `cargo run --bin urs -- --help`."
    );
    std::process::exit(2);
}
