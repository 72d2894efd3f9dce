#!/usr/bin/env bash
# The benchmark: installs what is missing, builds the release app, makes the synthetic atlas of
# 20,000 ties, and prints sizes, load times, frame work and memory in headless Chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
cargo run -q -p atlas-compiler -- synthetic --atlas dist/atlas.json --ties 20000 --out dist/synthetic-atlas.json
node scripts/bench.mjs "${1:-5}"
