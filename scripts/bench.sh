#!/usr/bin/env bash
# The benchmark: installs what is missing, builds the release app, makes the synthetic atlas of
# 20,000 ties, builds the Leaflet reference from both atlases (from the team's shared folder,
# `LEAFLET_REF` or ../shared/bench/leaflet-ref), and prints sizes, load times, frame work and
# memory in headless Chromium, ours beside the reference's, with the ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
cargo run -q -p atlas-compiler -- synthetic --atlas dist/atlas.json --ties 20000 --out dist/synthetic-atlas.json
reference="${LEAFLET_REF:-../shared/bench/leaflet-ref}"
if [ -f "$reference/build.mjs" ]; then
  node "$reference/build.mjs" dist/atlas.json target/leaflet-ref
  node "$reference/build.mjs" dist/synthetic-atlas.json target/leaflet-ref-20k
else
  echo "no Leaflet reference at $reference: the figures come without its column" >&2
  rm -rf target/leaflet-ref target/leaflet-ref-20k
fi
node scripts/bench.mjs "${1:-5}"
