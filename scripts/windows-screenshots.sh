#!/usr/bin/env bash
# Takes docs/screenshots/windows-*.png: the desktop's screens as the Windows build draws them
# (gui_screenshots.exe on a demo database with a pinned clock, in Japanese on a PC whose
# Windows locale is English), under Wine in a Wine virtual desktop (Wine draws the frames and
# title bars as Windows does) on Xvfb. The program asks for each shot with the window's place;
# ImageMagick's import takes it from the X server. Not a test: run by hand after a change to
# the screens, then look at the pictures.
#
#   scripts/windows-screenshots.sh [OUT_DIR]     (default docs/screenshots)
set -euo pipefail
cd "$(dirname "$0")/.."
out=$(realpath -m "${1:-docs/screenshots}")
if [ -z "${TD_SHOTS_INNER:-}" ]; then
  bash scripts/build-windows.sh --target gui_screenshots >/dev/null
  TD_SHOTS_INNER=1 exec xvfb-run -a -s "-screen 0 1280x800x24" bash "$0" "$out"
fi
export WINEPREFIX=$PWD/build-windows/wine-shots
rm -rf "$WINEPREFIX"
. scripts/wine-env.sh
export LC_ALL=C.UTF-8 TOKENDESK_FONT=/usr/share/fonts/opentype/ipaexfont-mincho/ipaexm.ttf
# Every window inside one virtual desktop the size of the screen, at the screen's origin.
wine reg add 'HKCU\Software\Wine\Explorer' /v Desktop /t REG_SZ /d Default /f >/dev/null 2>&1
wine reg add 'HKCU\Software\Wine\Explorer\Desktops' /v Default /t REG_SZ /d 1280x800 /f \
  >/dev/null 2>&1
wineserver -w
shots=$(mktemp -d)
trap 'rm -rf "$shots"' EXIT
coproc SHOTS { wine build-windows/tests/gui/shots/gui_screenshots.exe 'C:\shots' --ask windows- 2>/dev/null; }
while read -r word name x y w h <&"${SHOTS[0]}"; do
  [ "${word%$'\r'}" = done ] && break
  [ "$word" = shot ] || continue
  h=${h%$'\r'}
  import -silent -window root -crop "${w}x${h}+${x}+${y}" +repage "$shots/$name"
  echo >&"${SHOTS[1]}"
done
wineserver -k 2>/dev/null || true
# The manual's screens, as Windows draws them.
mkdir -p "$out"
for name in login home search intake-input intake-confirm approval approval-changes; do
  cp "$shots/windows-$name.png" "$out/"
  echo "$out/windows-$name.png"
done
