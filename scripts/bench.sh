#!/usr/bin/env bash
# Every figure in docs/BENCHMARKS.md, one command, and the file rewritten:
#   bash scripts/bench.sh [moves=200]
# Release build if dist/ is older than the sources; criterion natively; the
# same workloads in wasm in headless Chromium; then e2e/bench/run.mjs:
# interaction (the app and a bare-slider floor), heap, cold start, band,
# bundle sizes, and the rewrite. Times are reported, not asserted.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --with-browser
source scripts/env.sh
export BENCH_STARTED=$(date +%s)
step() { printf '\n=== %s\n' "$*"; }

step "release build (trunk), if needed"
if [ ! -f dist/index.html ] || [ -n "$(find src crates static data index.html Trunk.toml Cargo.toml Cargo.lock -newer dist/index.html -print -quit)" ]; then
  trunk build --release --offline
else
  echo "dist/ is newer than the sources: kept"
fi

step "native: criterion (benches/projection.rs)"
cargo bench --bench projection -- --warm-up-time 1 --measurement-time 3

step "wasm in headless Chromium: the same workloads (tests/wasm_bench.rs, release profile)"
mkdir -p target/bench
cargo test --release --target wasm32-unknown-unknown --test wasm_bench -- --nocapture | tee target/bench/wasm-bench.txt

step "the release build in headless Chromium; docs/BENCHMARKS.md rewritten"
node e2e/bench/run.mjs target/bench/wasm-bench.txt "${1:-200}"
echo "bench: $(( ($(date +%s) - BENCH_STARTED) / 60 )) min $(( ($(date +%s) - BENCH_STARTED) % 60 )) s in all"
