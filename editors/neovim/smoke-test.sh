#!/usr/bin/env sh
# Drives the Journey language server from a real LSP client, headless Neovim (0.7 or later),
# with the set-up of lua/journey.lua: opens a copy of the paintings example (plus the shared
# library it imports) with one unused segment added, and checks that diagnostics, hover and
# completion arrive. Needs nvim on the PATH and the jar (mvn -B -DskipTests package).
set -eu
repo=$(cd "$(dirname "$0")/../.." && pwd)
command -v nvim >/dev/null || { echo "smoke-test: nvim is not installed (apt-get install neovim)" >&2; exit 2; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/.git"
cp "$repo/examples/shared/library.journey" "$work/library.journey"
cp "$repo/examples/paintings/paintings-webshop.journey" "$work/shop.journey"
printf '\nsegment Nobody "Nobody at all"\n' >> "$work/shop.journey"
line=$(wc -l < "$work/shop.journey")
JOURNEY_COMMAND="$repo/journey" JOURNEY_MODEL="$work/shop.journey" \
  JOURNEY_EXPECTED_DIAGNOSTIC="$line:journey.unused-segment" \
  nvim --headless --clean -u "$repo/editors/neovim/smoke-test.lua"
