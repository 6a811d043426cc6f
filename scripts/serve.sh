#!/usr/bin/env bash
# Set up (skipping what is installed) and serve the app with the built-in
# Zhejiang 2025 scenario. Nothing is fetched at run time.
#   bash scripts/serve.sh                  http://127.0.0.1:8080, this machine only (trunk serve)
#   bash scripts/serve.sh --room [ADDR]    the release build on the room's network: every
#                                          network address (or ADDR only), port 8080 (PORT=…);
#                                          prints the address(es) a phone can open, and the
#                                          app's QR code and share link use them (docs/DEPLOY.md)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh
if [ "${1:-}" = "--room" ]; then
  address="${2:-0.0.0.0}"
  trunk build --release --offline
  exec node scripts/room-server.mjs --address "$address" --port "${PORT:-8080}"
fi
# No autoreload: trunk fills its script in as it serves it, so no hash made at
# build time matches, and the page's Content-Security-Policy refuses it.
exec trunk serve --release --offline --no-autoreload "$@"
