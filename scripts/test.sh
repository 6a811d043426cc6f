#!/usr/bin/env bash
# Set up (skipping what is installed) and run every check and test:
# format, lints on both targets, native model/CLI tests, component tests in
# headless Chromium, the release build and its size budget, the single-file
# build made from it, and the end-to-end tests on both.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --with-browser
source scripts/env.sh

step() { printf '\n=== %s\n' "$*"; }
step "cargo fmt --check"
cargo fmt --all -- --check
step "dependency policy (scripts/check-deps.sh)"
bash scripts/check-deps.sh
step "clippy (native, with the first paint's server rendering: feature ssr)"
cargo clippy --workspace --all-targets --features urban-rural-sim/ssr -- -D warnings
step "clippy (wasm32)"
cargo clippy --workspace --target wasm32-unknown-unknown --all-targets -- -D warnings
step "native tests: model, parameter table, CLI"
cargo test
step "component tests in headless Chromium (wasm-bindgen-test)"
cargo test --target wasm32-unknown-unknown --test web
step "release build (trunk, offline)"
trunk build --release --offline
step "size budget: a first visit's wasm + JS, gzip (size-budget.json)"
node scripts/check-size.mjs
step "the single-file build (dist-single/urban-rural-sim.html, from dist/)"
node scripts/single-file.mjs
step "end-to-end tests in Chromium (playwright-core)"
node --test e2e/
