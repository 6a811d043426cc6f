#!/usr/bin/env bash
# Install what building, serving and testing need, skipping what is present.
#   bash scripts/setup.sh                 toolchain for building and serving
#   bash scripts/setup.sh --with-browser  also Chromium, ChromeDriver, Firefox ESR, CJK fonts, poppler (tests)
# Everything comes from the Rust, npm and Debian registries; nothing else is
# downloaded, and trunk is told never to fetch a tool (Trunk.toml: offline).
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# wasm-bindgen-cli must be exactly the version Cargo.lock pins.
WASM_BINDGEN_VERSION=$(grep -A1 '^name = "wasm-bindgen"$' Cargo.lock | sed -n 's/^version = "\(.*\)"$/\1/p')
export PATH="$HOME/.cargo/bin:$PATH"

say() { printf '[setup] %s\n' "$*"; }

for component in rustfmt clippy; do
  rustup component list --installed 2>/dev/null | grep -q "^$component" || rustup component add "$component"
done
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi
if [ "$(trunk --version 2>/dev/null || true)" != "trunk $TRUNK_VERSION" ]; then
  say "installing trunk $TRUNK_VERSION (about 15 minutes on 2 cores, once)"
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi
if [ "$(wasm-bindgen --version 2>/dev/null || true)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  say "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (about 6 minutes, once)"
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --locked
fi
# wasm-opt from npm's binaryen (Debian's is too old for what rustc emits) and
# playwright-core (drives the system Chromium; it downloads no browser) and
# jsqr (the e2e test scans the app's QR code with it).
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ] || [ ! -d node_modules/jsqr ]; then
  say "installing npm build and test tools"
  npm ci --no-audit --no-fund
fi

if [ "${1:-}" = "--with-browser" ]; then
  missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v chromedriver >/dev/null || missing+=(chromium-driver)
  fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || missing+=(fonts-noto-cjk)
  # pdftotext, pdfinfo, pdfimages, pdftoppm: e2e/handout.test.mjs reads the printed PDF.
  command -v pdftotext >/dev/null || missing+=(poppler-utils)
  # e2e/single-file-firefox.test.mjs opens the single file in Firefox too.
  command -v firefox-esr >/dev/null || missing+=(firefox-esr)
  if [ ${#missing[@]} -gt 0 ]; then
    say "installing ${missing[*]} from Debian"
    sudo_cmd=""
    [ "$(id -u)" -eq 0 ] || sudo_cmd="sudo"
    $sudo_cmd apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -q "${missing[@]}"
  fi
fi
say "ready"
