#!/usr/bin/env bash
# Desktop start-up beside a bare wxWidgets frame, in the same run: time from exec to the window
# on screen (median of N starts) and memory once it is there. Needs a display (xvfb-run works):
#   xvfb-run -a bash tests/bench/desktop_startup.sh build [N]
set -euo pipefail
build=${1:-build}
runs=${2:-7}
probe="$build/tests/bench/desk_probe"
cli="$build/src/cli/tokendesk-cli"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="sqlite:$work/bench.db"
key="$work/bench.key"
# A demo branch, so the home page has customers and waiting applications to show.
"$cli" --db "$db" --key-file "$key" demo >/dev/null

measure() {  # mode: prints "ms rss_kb private_dirty_kb" of the median run
    local mode=$1
    shift
    for _ in $(seq "$runs"); do
        # CLOCK_MONOTONIC, the clock the probe reports on, read just before the exec.
        local mono_start
        mono_start=$(python3 -c 'import time; print(time.monotonic_ns())')
        local out
        out=$("$probe" "$mode" "$@")
        local ready rss dirty
        ready=$(sed -n 's/.*ready_ns=\([0-9]*\).*/\1/p' <<<"$out")
        rss=$(sed -n 's/.*rss_kb=\([0-9]*\).*/\1/p' <<<"$out")
        dirty=$(sed -n 's/.*private_dirty_kb=\([0-9]*\).*/\1/p' <<<"$out")
        echo "$(((ready - mono_start) / 1000000)) $rss $dirty"
    done | sort -n | sed -n "$(((runs + 1) / 2))p"
}

read -r bare_ms bare_rss bare_dirty < <(measure bare)
read -r login_ms login_rss login_dirty < <(measure login "$db" "$key")
read -r home_ms home_rss home_dirty < <(measure home "$db" "$key" manager1 demo-manager-pw)

printf '%-28s %10s %12s %18s\n' "window (median of $runs)" "start ms" "RSS MB" "private dirty MB"
row() { printf '%-28s %10s %12.1f %18.1f\n' "$1" "$2" "$(echo "$3/1024" | bc -l)" "$(echo "$4/1024" | bc -l)"; }
row "bare wxWidgets frame" "$bare_ms" "$bare_rss" "$bare_dirty"
row "TokenDesk login window" "$login_ms" "$login_rss" "$login_dirty"
row "TokenDesk home page" "$home_ms" "$home_rss" "$home_dirty"
printf 'home RSS / bare RSS: %.2f (target <= 1.30); login window %s ms (target <= 500)\n' \
    "$(echo "$home_rss/$bare_rss" | bc -l)" "$login_ms"
