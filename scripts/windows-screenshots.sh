#!/usr/bin/env bash
# Takes docs/screenshots/windows-*.png: the desktop's screens as the Windows build draws them
# (gui_screenshots.exe on a demo database with a pinned clock, in Japanese), under Wine in a
# Wine virtual desktop (Wine draws the windows' frames and title bars as Windows does) on Xvfb.
# Not a test: run by hand after a change to the screens, then look at the pictures.
#
#   scripts/windows-screenshots.sh [OUT_DIR]     (default docs/screenshots)
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:-docs/screenshots}")
bash scripts/build-windows.sh --target gui_screenshots >/dev/null
. scripts/wine-env.sh
export LC_ALL=C.UTF-8 TOKENDESK_FONT=/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf
shots=$(mktemp -d)
trap 'rm -rf "$shots"' EXIT
xvfb-run -a -s "-screen 0 1280x800x24" bash -c '
  wine explorer /desktop=TokenDesk,1280x800 build-windows/tests/gui/shots/gui_screenshots.exe \
    "$(winepath -w "$1")" --wx-capture windows-
  wineserver -w' _ "$shots"
mkdir -p "$out"
for name in login home search intake-input intake-confirm approval approval-changes; do
  cp "$shots/windows-$name.png" "$out/"
  echo "$out/windows-$name.png"
done
