#!/usr/bin/env bash
# Installs what is missing, builds everything with warnings as errors and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake -S . -B build-ci -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTD_WERROR=ON -DTD_TEST_CLOCK=ON
cmake --build build-ci -j2
# The GUI tests need a display: a virtual X server for the whole run (the others ignore it).
xvfb-run -a -s "-screen 0 1280x800x24" ctest --test-dir build-ci -j2 --output-on-failure
