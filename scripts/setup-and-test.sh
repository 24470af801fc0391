#!/usr/bin/env bash
# Installs what is missing, builds everything with warnings as errors and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
# The test build is instrumented with AddressSanitizer and UBSan: every suite below runs under
# them, so a memory or undefined-behaviour error fails the test that met it. Lightly optimised
# with line tables only, which keeps the build and the run inside CI's time.
cmake -S . -B build-ci -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTD_WERROR=ON -DTD_TEST_CLOCK=ON \
  -DTD_SANITIZE=address \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O1 -g1"
cmake --build build-ci -j2
. scripts/sanitizer-options.sh
# A throwaway PostgreSQL on 127.0.0.1:55432 for the postgresql and odbc store tests; stopped
# and removed whatever happens.
pg_dir=$(mktemp -d /tmp/tokendesk-pg.XXXXXX)
trap 'bash scripts/test-postgres.sh stop "$pg_dir" >/dev/null 2>&1 || true; rm -rf "$pg_dir"' EXIT
eval "$(bash scripts/test-postgres.sh start "$pg_dir")"

# The GUI tests need a display: a virtual X server for the whole run (the others ignore it).
xvfb-run -a -s "-screen 0 1280x800x24" ctest --test-dir build-ci -j2 --output-on-failure

# ThreadSanitizer over the race and concurrency tests (SQLite, PostgreSQL) and the task runner,
# in a build of its own.
xvfb-run -a -s "-screen 0 1280x800x24" bash scripts/test-thread-sanitizer.sh

# Half a minute of fuzzing for each target (a clang build of its own in build-fuzz; skipped without
# clang): the PSKC reader, the text validators, tokendesk.conf, database URLs and report
# templates. Inputs that fail are kept in tests/fuzz/regressions/NAME/ and fail the run.
bash tests/fuzz/run-fuzz.sh 30

# The Windows stage: the cross build and the Windows test programs under Wine (PostgreSQL
# included), when this machine has the Windows libraries built. Building them takes about 40
# minutes on 2 cores, more than CI's budget leaves beside the rest, so it is done once, outside
# this command; without them the stage is skipped and the last line says so.
if bash scripts/build-windows-deps.sh --check; then
  xvfb-run -a -s "-screen 0 1280x800x24" bash scripts/test-windows.sh
  echo "setup-and-test: Windows stage passed"
else
  echo "setup-and-test: Windows stage SKIPPED: the Windows libraries are not built on this" \
    "machine; build them once with: bash scripts/build-windows-deps.sh"
fi
