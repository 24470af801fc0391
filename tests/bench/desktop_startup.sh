#!/usr/bin/env bash
# Desktop start-up beside a bare wxWidgets frame built the same way, in the same run: on Debian,
# and under Wine for the Windows build when it is there. Time from exec to the window on screen
# (median of N starts of each, taking turns, after one unmeasured start of each) and memory once it is there. Needs a
# display (xvfb-run works):
#   xvfb-run -a bash tests/bench/desktop_startup.sh [BUILD [N [WINDOWS_BUILD]]]
# BUILD: the Debian build (default build); WINDOWS_BUILD: the cross build (default build-windows;
# left out, saying so, when its desk_probe.exe is missing).
set -euo pipefail
build=${1:-build}
runs=${2:-7}
windows_build=${3:-build-windows}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The clock is the driver's: the probe prints one line when its window is up and exits, so the
# same stopwatch serves both platforms (Wine's own start is part of a Windows start-up there).
cat >"$work/time_to_line.py" <<'PY'
import subprocess, sys, time
start = time.monotonic_ns()
probe = subprocess.Popen(sys.argv[1:], stdout=subprocess.PIPE, text=True)
line = probe.stdout.readline()
ready = time.monotonic_ns()
probe.wait()
print((ready - start) // 1_000_000, line.strip())
PY

value() { sed -n "s/.*$1=\([0-9]*\).*/\1/p"; }

start_once() {  # probe command...: prints "ms resident_kb private_kb" of one start
    local out
    out=$(python3 "$work/time_to_line.py" "$@")
    [[ $out == *ready* ]] || { echo "the probe did not reach its window: $*" >&2; exit 1; }
    echo "${out%% *} $(value resident_kb <<<"$out") $(value private_kb <<<"$out")"
}

median() { sort -n "$1" | sed -n "$(((runs + 1) / 2))p"; }
spread() { sort -n "$1" | sed -n "1s/ .*//p;\$s/ .*//p" | paste -sd- -; }

mb() { echo "scale=1; $1/1024" | bc; }
ratio() { echo "scale=2; $1/$2" | bc; }

row() {  # label, mode, then its median "ms resident_kb private_kb"
    printf '  %-26s %9s %11s %12s %12s\n' "$1" "$3" "($(spread "$work/$2"))" "$(mb "$4")" "$(mb "$5")"
}

report() {  # platform, then the probe command (without mode and arguments), db, key
    local platform=$1 db=$3 key=$4
    local -a probe=()
    read -r -a probe <<<"$2"
    # The three modes take turns, so whatever else the machine does falls on all of them alike.
    local mode
    for mode in bare login home; do start_once "${probe[@]}" "$mode" "$db" "$key" manager1 \
        demo-manager-pw >/dev/null; done
    for _ in $(seq "$runs"); do
        start_once "${probe[@]}" bare >>"$work/bare"
        start_once "${probe[@]}" login "$db" "$key" >>"$work/login"
        start_once "${probe[@]}" home "$db" "$key" manager1 demo-manager-pw >>"$work/home"
    done
    local bare_ms bare_res bare_priv login_ms login_res login_priv home_ms home_res home_priv
    read -r bare_ms bare_res bare_priv < <(median "$work/bare")
    read -r login_ms login_res login_priv < <(median "$work/login")
    read -r home_ms home_res home_priv < <(median "$work/home")
    echo
    echo "$platform (median of $runs starts)"
    printf '  %-26s %9s %11s %12s %12s\n' window "start ms" "(min-max)" "resident MB" "private MB"
    row "bare wxWidgets frame" bare "$bare_ms" "$bare_res" "$bare_priv"
    row "TokenDesk sign-in window" login "$login_ms" "$login_res" "$login_priv"
    row "TokenDesk home page" home "$home_ms" "$home_res" "$home_priv"
    echo "  sign-in window time / bare frame's: $(ratio "$login_ms" "$bare_ms") (target <= 1.50)"
    rm -f "$work/bare" "$work/login" "$work/home"
    echo "  home page resident / bare frame's: $(ratio "$home_res" "$bare_res") (target <= 1.30);" \
        "private: $(ratio "$home_priv" "$bare_priv")"
}

# A demo branch, so the home page has customers and waiting applications to show.
mkdir "$work/debian"
"$build/src/cli/tokendesk-cli" --db "sqlite:$work/debian/bench.db" \
    --key-file "$work/debian/bench.key" demo >/dev/null
report "Debian" "$build/tests/bench/desk_probe" "sqlite:$work/debian/bench.db" \
    "$work/debian/bench.key"

if [ ! -f "$windows_build/tests/bench/desk_probe.exe" ]; then
    echo
    echo "Windows: left out, $windows_build/tests/bench/desk_probe.exe is not built" \
        "(bash scripts/build-windows.sh)"
    exit 0
fi
. "$(dirname "$0")/../../scripts/wine-env.sh"
mkdir "$work/windows"
win_db="sqlite:$(winepath -w "$work/windows/bench.db")"
win_key=$(winepath -w "$work/windows/bench.key")
wine "$windows_build/src/cli/tokendesk-cli.exe" --db "$win_db" --key-file "$win_key" demo \
    >/dev/null
report "Windows build under Wine $(wine --version | sed 's/^wine-//')" \
    "wine $windows_build/tests/bench/desk_probe.exe" "$win_db" "$win_key"
