#!/usr/bin/env bash
# The thread-sanitizer stage of the test command, in a build of its own (build-tsan): the race
# and concurrency store tests on SQLite, and on PostgreSQL when TD_TEST_PG is set, the
# desktop's task runner (needs a display), and tokendesk-server's suite on SQLite (its workers,
# sessions, stop and mail courier are threads). Only those three test programs are built. A report
# fails the test that met it, and so this script.
# (AddressSanitizer and UBSan need no stage of their own: the test command's main build,
# build-ci, is instrumented with them and every suite runs in it.)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
jobs=${CMAKE_BUILD_PARALLEL_LEVEL:-2}

# Lightly optimised, line tables only: the point is the checks, and the build must fit the
# test command's time.
cmake -S "$repo" -B build-tsan -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O1 -g1" \
  -DTD_SANITIZE=thread -DTD_TEST_CLOCK=ON -DTD_WERROR=ON >/dev/null
cmake --build build-tsan -j"$jobs" --target store_tests task_runner_tests server_tests

export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:suppressions=$repo/tests/sanitize/tsan.supp"
# SQLite and PostgreSQL through libpq. Not ODBC: its driver manager and driver are as
# uninstrumented as libpq, so TSan would see no more of our code there, and the ODBC race tests
# take over six minutes under it (they run under ASan in the main build instead).
backends=sqlite
[ -n "${TD_TEST_PG:-}" ] && backends="sqlite postgresql"
for backend in $backends; do
  echo "test-thread-sanitizer: race and concurrency tests on $backend"
  TD_TEST_DATABASES=$backend build-tsan/tests/store/store_tests \
    --gtest_filter="Databases/*Race*.*/$backend:Databases/ConcurrencyTest.*/$backend"
done
echo "test-thread-sanitizer: the desktop's task runner"
build-tsan/tests/gui/task_runner_tests
echo "test-thread-sanitizer: tokendesk-server on SQLite"
TD_SERVER_TEST_BACKEND=sqlite build-tsan/tests/server/server_tests
echo "test-thread-sanitizer: no report"
