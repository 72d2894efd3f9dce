#!/usr/bin/env bash
# The README's second command: install what is missing, then run every check and test: Rust
# formatting, JavaScript formatting and lints (Biome), Rust lints and API docs (native and wasm),
# unit and compiler tests, the build, browser tests, and the kiosk soak check.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
bash scripts/setup.sh

say "formatting (Rust)"
cargo fmt --all -- --check
say "formatting and lints (JavaScript)"
npx --no-install biome ci .
say "lints (native)"
cargo clippy -q --workspace --all-targets -- -D warnings
say "lints (wasm app)"
# In the release profile: the build scripts and macros it compiles for this machine are the ones
# the release build below uses again, instead of a second set for the dev profile.
cargo clippy -q --release -p partner-atlas --target wasm32-unknown-unknown -- -D warnings
say "API docs (native and wasm app): no broken links, no warnings"
RUSTDOCFLAGS="-D warnings" cargo doc -q --no-deps --workspace
RUSTDOCFLAGS="-D warnings" cargo doc -q --no-deps --release -p partner-atlas --target wasm32-unknown-unknown
say "unit and compiler tests"
cargo test -q --workspace
say "building the app"
bash scripts/build.sh
say "browser tests in headless Chromium"
node --test --test-concurrency=1 tests/browser/
say "soak check: an accelerated kiosk day, 600 tour steps and 10 visitors (fails past its memory bounds)"
node scripts/soak.mjs 600 10
