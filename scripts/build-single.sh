#!/usr/bin/env bash
# Set up (skipping what is installed), build the release version, and write it
# as ONE self-contained HTML file that opens by double-click (file://), with no
# network and no server: dist-single/urban-rural-sim.html (scripts/single-file.mjs).
#   bash scripts/build-single.sh
#   HOSTED_URL=https://example.gov.cn/plan/sim/ bash scripts/build-single.sh
#       the file's share link and QR code open that hosted copy (phones cannot
#       open a file); docs/DEPLOY.md, "One file to carry"
#   bash scripts/build-single.sh dist other/out.html     (arguments go to single-file.mjs)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
source scripts/env.sh
trunk build --release --offline
node scripts/single-file.mjs "$@"
