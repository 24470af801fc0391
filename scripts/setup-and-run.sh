#!/usr/bin/env bash
# Installs what is missing, builds a release TokenDesk and starts the desktop on the embedded
# SQLite database (the user's data directory, or tokendesk.conf's database). A first start
# without a database asks to create it (and its key file), then shows the first-run wizard; pass
# --demo to create it with a demo branch, staff and customers instead. Other options go to the program (tokendesk --help).
#
# Without a display (an SSH session, a server) it runs the narrated command-line demo instead.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release -DTD_BUILD_TESTS=OFF
cmake --build build-release -j2 --target tokendesk tokendesk-cli

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
    echo "No display: running the command-line demo (the desktop is build-release/src/app/tokendesk)."
    data_dir="${XDG_DATA_HOME:-$HOME/.local/share}/tokendesk"
    mkdir -p "$data_dir"
    ./build-release/src/cli/tokendesk-cli --db "sqlite:$data_dir/demo-$(date +%Y%m%d-%H%M%S).db" demo
    exit 0
fi
exec ./build-release/src/app/tokendesk "$@"
