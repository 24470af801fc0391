#!/usr/bin/env bash
# Installs what is missing, builds everything with warnings as errors and runs every test.
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/install-deps.sh
cmake -S . -B build-ci -DCMAKE_BUILD_TYPE=RelWithDebInfo -DTD_WERROR=ON -DTD_TEST_CLOCK=ON
cmake --build build-ci -j2
# A throwaway PostgreSQL on 127.0.0.1:55432 for the postgresql and odbc store tests; stopped
# and removed whatever happens.
pg_dir=$(mktemp -d /tmp/tokendesk-pg.XXXXXX)
trap 'bash scripts/test-postgres.sh stop "$pg_dir" >/dev/null 2>&1 || true; rm -rf "$pg_dir"' EXIT
eval "$(bash scripts/test-postgres.sh start "$pg_dir")"

# The GUI tests need a display: a virtual X server for the whole run (the others ignore it).
xvfb-run -a -s "-screen 0 1280x800x24" ctest --test-dir build-ci -j2 --output-on-failure

# Sanitizers (ASan + UBSan over the unit, store, reports and CLI suites; TSan over the race
# tests and the desktop's task runner) run in builds of their own when TD_SANITIZERS=1: their
# time within CI's budget is still being measured. By hand: bash scripts/test-sanitizers.sh.
if [ "${TD_SANITIZERS:-0}" = 1 ]; then
  xvfb-run -a -s "-screen 0 1280x800x24" bash scripts/test-sanitizers.sh
fi

# A minute of fuzzing for each target (a clang build of its own in build-fuzz; skipped without
# clang): the PSKC reader, the text validators, tokendesk.conf, database URLs and report
# templates. Inputs that fail are kept in tests/fuzz/regressions/NAME/ and fail the run.
bash tests/fuzz/run-fuzz.sh 60
