#!/usr/bin/env bash
# The sanitizer stage of the test command, in builds of their own beside build-ci:
#   build-asan  ASan + UBSan (gcc): the unit, crypto, runtime, SQLite and PostgreSQL store,
#               reports and CLI suites (ODBC too when TD_TEST_PG is set)
#   build-tsan  TSan (gcc): the race and concurrency tests on every backend the run has, and
#               the desktop's task runner (needs a display)
# Any report fails the test that met it, and so this script. Optimised lightly (-O1, line
# tables only): the point is the checks, and the builds must fit the test command's budget.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
jobs=${CMAKE_BUILD_PARALLEL_LEVEL:-2}
stage=${1:-all}
supp=$repo/tests/sanitize

configure() {  # DIR SANITIZER GUI
  cmake -S "$repo" -B "$1" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g1" -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O1 -g1" \
    -DTD_SANITIZE="$2" -DTD_BUILD_GUI="$3" -DTD_TEST_CLOCK=ON -DTD_WERROR=OFF >/dev/null
}

if [ "$stage" = all ] || [ "$stage" = address ]; then
  configure build-asan address OFF
  cmake --build build-asan -j"$jobs" --target core_tests crypto_tests runtime_tests store_tests \
    reports_tests cli_tests tokendesk-cli
  export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:halt_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1"
  export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
  export LSAN_OPTIONS="suppressions=$supp/lsan.supp:print_suppressions=0"
  labels='unit|sqlite|reports|cli'
  [ -n "${TD_TEST_PG:-}" ] && labels="$labels|postgresql|odbc"
  ctest --test-dir build-asan -L "$labels" -j"$jobs" --output-on-failure --timeout 900
fi

if [ "$stage" = all ] || [ "$stage" = thread ]; then
  configure build-tsan thread ON
  cmake --build build-tsan -j"$jobs" --target store_tests gui_tests
  export TSAN_OPTIONS="halt_on_error=1:second_deadlock_stack=1:suppressions=$supp/tsan.supp"
  backends=sqlite
  [ -n "${TD_TEST_PG:-}" ] && backends="sqlite postgresql odbc"
  for backend in $backends; do
    echo "test-sanitizers: TSan, race and concurrency tests on $backend"
    TD_TEST_DATABASES=$backend build-tsan/tests/store/store_tests \
      --gtest_filter="Databases/*Race*.*/$backend:Databases/ConcurrencyTest.*/$backend"
  done
  echo "test-sanitizers: TSan, the desktop's task runner"
  build-tsan/tests/gui/gui_tests --gtest_filter='TaskRunner.*'
fi
echo "test-sanitizers: no sanitizer report"
