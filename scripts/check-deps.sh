#!/usr/bin/env bash
# The workspace's dependency policy, checked on Cargo's own dependency graph
# (every target, so a wasm32-only dependency counts too). The model's layers
# are crates, each allowed only the crates below it (Cargo refuses a cycle, and
# this refuses a layer reaching up or sideways):
#   urs-inputs     serde and serde_json only: no crate of ours, nothing of the web;
#   urs-equations  urs-inputs, serde;
#   urs-results    urs-inputs, urs-equations, serde;
#   urs-model      the three layers only (it re-exports them);
#   urs-formats    the model and no app crate; of the web only the browser's
#                  JSON.parse and parseFloat (wasm-bindgen, js-sys, serde-wasm-bindgen);
#   urs-charts     the model, the formats, serde and plotters (no canvas), and
#                  nothing of the web but what plotters itself takes on wasm32
#                  (web-sys, for its own text measure, which the charts never call);
#   urs-cli        nothing of the web (the same exception for plotters).
# Fails with the offending crate named.
set -euo pipefail
cd "$(dirname "$0")/.."

# A layer depending on one above it is a cycle, which Cargo refuses to resolve:
# say so rather than read an empty graph as a clean one.
if ! cargo tree --workspace --target all -e normal --depth 0 >/dev/null; then
  echo "check-deps: Cargo cannot resolve the workspace's dependencies (see above)" >&2
  exit 1
fi
deps() { # the direct dependencies of package $1, on every target
  local tree
  tree=$(cargo tree -p "$1" --target all -e normal --depth 1 --prefix none) || return 1
  echo "$tree" | tail -n +2 | awk '{print $1}' | sort -u
}
fail=0
check() { # package, allowed direct dependencies (regex)
  local list bad
  list=$(deps "$1") || { echo "check-deps: cannot read the dependencies of $1" >&2; fail=1; return; }
  bad=$(echo "$list" | grep -Ev "^($2)$" || true)
  if [ -n "$bad" ]; then
    echo "check-deps: $1 must not depend on: $(echo "$bad" | tr '\n' ' ')" >&2
    fail=1
  fi
}
check urs-inputs 'serde|serde_json'
check urs-equations 'urs-inputs|serde|serde_json'
check urs-results 'urs-inputs|urs-equations|serde|serde_json'
check urs-model 'urs-inputs|urs-equations|urs-results'
check urs-formats 'urs-model|serde|serde_json|base64|wasm-bindgen|js-sys|serde-wasm-bindgen'
web='yew|web-sys|gloo|js-sys|wasm-bindgen|wasm-bindgen-futures|serde-wasm-bindgen|plotters-canvas'
if cargo tree -p urs-model --target all -e normal --prefix none | awk '{print $1}' | grep -Eqx "$web"; then
  echo "check-deps: urs-model reaches a web crate" >&2; fail=1
fi
check urs-charts 'urs-model|urs-formats|serde|plotters|plotters-backend'
# Everything a crate reaches, plotters' own wasm32 dependencies left out.
reach() { cargo tree -p "$1" --target all -e normal --prefix none --prune plotters | awk '{print $1}'; }
for pkg in urs-charts urs-cli; do
  if reach "$pkg" | grep -Eqx 'yew|web-sys|gloo|wasm-bindgen-futures|plotters-canvas'; then
    echo "check-deps: $pkg reaches a web crate" >&2; fail=1
  fi
done
if cargo tree -p urs-charts --target all -e normal --prefix none | awk '{print $1}' | grep -Eqx 'yew|gloo|plotters-canvas'; then
  echo "check-deps: urs-charts reaches a web crate" >&2; fail=1
fi
[ "$fail" = 0 ] && echo "check-deps: the dependency policy holds"
exit "$fail"
