#!/usr/bin/env bash
# The README's first command: install what is missing, build, and serve the app on localhost.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build.sh
port=${PORT:-8080}
printf '\n  Partner Atlas: http://localhost:%s/\n\n' "$port"
exec python3 -m http.server "$port" --bind 127.0.0.1 --directory dist
