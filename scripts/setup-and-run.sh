#!/usr/bin/env bash
# Installs what is missing, builds a release TokenDesk and starts it on the embedded SQLite
# database with a guided demo of a software token's life.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake -S . -B build-release -DCMAKE_BUILD_TYPE=Release -DTD_BUILD_TESTS=OFF
cmake --build build-release -j2 --target tokendesk-cli

data_dir="${XDG_DATA_HOME:-$HOME/.local/share}/tokendesk"
mkdir -p "$data_dir"
demo_db="sqlite:$data_dir/demo-$(date +%Y%m%d-%H%M%S).db"
./build-release/src/cli/tokendesk-cli --db "$demo_db" demo
echo
echo "tokendesk-cli is at $(pwd)/build-release/src/cli/tokendesk-cli (see docs/cli.md)."
