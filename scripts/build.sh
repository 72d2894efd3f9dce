#!/usr/bin/env bash
# Builds the whole static site into dist/: compiled atlas, basemap, optimised wasm app, page.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
mkdir -p dist/pkg

say "compiling the atlas from data/"
cargo run -q -p atlas-compiler -- atlas --data data --seeds seeds --out dist/atlas.json

say "preparing the basemaps (Natural Earth 1:110m for the wide view, 1:50m for close zooms)"
cargo run -q -p atlas-compiler -- basemap --topojson node_modules/world-atlas/countries-110m.json --out dist/basemap.json
cargo run -q -p atlas-compiler -- basemap --topojson node_modules/world-atlas/countries-50m.json --out dist/basemap-50m.json

say "building the app for WebAssembly"
cargo build -q --release --target wasm32-unknown-unknown -p partner-atlas
wasm-bindgen --target web --no-typescript --out-dir dist/pkg \
  target/wasm32-unknown-unknown/release/partner-atlas.wasm
node_modules/.bin/wasm-opt -Oz --enable-bulk-memory --enable-nontrapping-float-to-int \
  --enable-sign-ext --enable-reference-types --enable-multivalue \
  dist/pkg/partner-atlas_bg.wasm -o dist/pkg/partner-atlas_bg.wasm

cp index.html dist/
# Other origins the host serves its atlas from (see index.html); checked here, so that the
# setting can only ever hold origins and never break out of its attribute.
sources="${PARTNER_ATLAS_SOURCES:-}"
if [[ -n "$sources" ]]; then
  origins='^[][A-Za-z0-9:/., -]+$'
  if [[ ! "$sources" =~ $origins ]]; then
    say "PARTNER_ATLAS_SOURCES may hold only origins such as https://daten.stadt.de, spaces and commas"
    exit 1
  fi
  sed -i "s|<meta name=\"partner-atlas-sources\" content=\"\">|<meta name=\"partner-atlas-sources\" content=\"$sources\">|" dist/index.html
  grep -qF "content=\"$sources\"" dist/index.html || { say "dist/index.html has no partner-atlas-sources meta to fill"; exit 1; }
fi
cp -r public/. dist/

say "listing the files a kiosk keeps offline, and their version, in dist/sw.js"
# Every file of dist/ but the worker itself and the benchmark's synthetic atlas; the version is
# a hash of their names and contents, so that any change gives the worker a new cache.
mapfile -t shipped < <(cd dist && find . -type f ! -name sw.js ! -name synthetic-atlas.json -printf '%P\n' | LC_ALL=C sort)
version=$(cd dist && sha256sum -- "${shipped[@]}" sw.js | sha256sum | cut -c1-16)
precache=$(printf '"%s", ' "${shipped[@]}")
sed -i -e "s|^const VERSION = 'unbuilt';|const VERSION = '$version';|" \
  -e "s|^const PRECACHE = \[/\* precache list \*/\];|const PRECACHE = [${precache%, }];|" dist/sw.js
if ! grep -q "^const VERSION = '$version';" dist/sw.js || grep -qF '[/* precache list */]' dist/sw.js; then
  say "dist/sw.js was not filled in: public/sw.js lacks its VERSION and PRECACHE lines"
  exit 1
fi
say "built dist/ ($(du -sh dist | cut -f1))"
