#!/usr/bin/env bash
# Set up (skipping what is installed) and serve the app on http://127.0.0.1:8080
# with the built-in Zhejiang 2025 scenario. Nothing is fetched at run time.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh
# No autoreload: trunk fills its script in as it serves it, so no hash made at
# build time matches, and the page's Content-Security-Policy refuses it.
exec trunk serve --release --offline --no-autoreload "$@"
