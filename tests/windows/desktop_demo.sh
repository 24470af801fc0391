#!/usr/bin/env bash
# The Windows desktop program itself under Wine, as a teller starts it: `tokendesk.exe --demo`
# on a new database shows the demo box; Enter on it leads to the sign-in window; the demo
# teller's ID and password typed there open the desk's main window (wider than any dialog).
# In Japanese on a PC whose Windows locale is English (Wine's, from LC_ALL=C.UTF-8): the box's
# title is the translated one.
# Keys go through the X server (xdotool), windows are found by their titles; on a virtual
# display of its own (Xvfb).
#
#   tests/windows/desktop_demo.sh [PATH/tokendesk.exe]      (run by scripts/test-windows.sh)
#
# Exits 0 when the main window opened, else 1 with the windows there were.
set -euo pipefail
cd "$(dirname "$0")/../.."
exe=${1:-build-windows/src/app/tokendesk.exe}

if [ -z "${TD_DEMO_INNER:-}" ]; then
  for tool in xvfb-run xdotool; do
    command -v $tool >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -q \
      xvfb xdotool >/dev/null
  done
  TD_DEMO_INNER=1 exec xvfb-run -a -s "-screen 0 1280x800x24" bash "$0" "$exe"
fi

. scripts/wine-env.sh
export LC_ALL=C.UTF-8
data=$WINEPREFIX/drive_c/td-demo-$$
rm -rf "$data"
mkdir -p "$data"
log=$(mktemp)
cleanup() {
  [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null
  wineserver -k 2>/dev/null || true
  rm -rf "$data" "$log"
}
trap cleanup EXIT

windows() { xwininfo -root -tree 2>/dev/null | grep -o '"[^"]*": (' | sort -u | tr '\n' ' '; }
fail() { echo "desktop_demo: FAILED: $* (windows: $(windows))" >&2; sed 's/^/  /' "$log" >&2; exit 1; }
# The first visible window of that exact title at least MIN_WIDTH wide, within SECONDS.
wait_window() {
  local title=$1 min_width=$2 seconds=$3 id w
  for _ in $(seq $((seconds * 4))); do
    for id in $(xdotool search --onlyvisible --name "^$title\$" 2>/dev/null); do
      w=$(xdotool getwindowgeometry "$id" 2>/dev/null | sed -n 's/.*Geometry: \([0-9]*\)x.*/\1/p')
      [ "${w:-0}" -ge "$min_width" ] && { echo "$id"; return 0; }
    done
    sleep 0.25
  done
  return 1
}
gone() {
  for _ in $(seq $(($2 * 4))); do
    xdotool search --onlyvisible --name "^$1\$" >/dev/null 2>&1 || return 0
    sleep 0.25
  done
  return 1
}
# No window manager: the keyboard goes to the window given the X input focus.
keys_to() { xdotool windowfocus --sync "$1" 2>/dev/null || xdotool windowfocus "$1"; sleep 0.5; }

wine "$exe" --demo --db "sqlite:C:\\td-demo-$$\\demo.db" --key-file "C:\\td-demo-$$\\demo.key" \
  --lang ja >"$log" 2>&1 &
pid=$!

box=$(wait_window "TokenDesk デモ" 0 180) || fail "no demo box (in Japanese) within 180 s"
echo "desktop_demo: ok: the demo box, in Japanese"
keys_to "$box"
xdotool key Return
gone "TokenDesk デモ" 30 || fail "the demo box did not close on Enter"
sign_in=$(wait_window "TokenDesk" 0 60) || fail "no sign-in window after the demo box"
kill -0 "$pid" 2>/dev/null || fail "the program ended with the demo box"
echo "desktop_demo: ok: the sign-in window"
keys_to "$sign_in"
xdotool type --delay 50 teller1
xdotool key Tab
xdotool type --delay 50 demo-teller-pw
xdotool key Return
wait_window "TokenDesk" 900 60 >/dev/null || fail "no main window after signing in"
kill -0 "$pid" 2>/dev/null || fail "the program ended after signing in"
echo "desktop_demo: ok: the main window after signing in as teller1"
echo "desktop_demo: passed"
