#!/usr/bin/env bash
# Cross-builds TokenDesk for 64-bit Windows into build-windows/ (tokendesk.exe,
# tokendesk-cli.exe and the test programs), after building or finding the Windows libraries
# (scripts/build-windows-deps.sh). Extra arguments go to cmake --build (e.g. --target).
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=$(bash scripts/build-windows-deps.sh | tail -1)
# Tests set the clock (TD_TEST_CLOCK); no debug information, which only slows the link and
# the run under Wine.
cmake -S . -B build-windows -DCMAKE_TOOLCHAIN_FILE=cmake/toolchains/mingw-w64.cmake \
  -DTD_WINDOWS_DEPS="$prefix" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O2 -DNDEBUG" -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O2 -DNDEBUG" \
  -DTD_WERROR=ON -DTD_TEST_CLOCK=ON
cmake --build build-windows -j"${TD_JOBS:-2}" "$@"
