#!/usr/bin/env bash
# Fuzzes each libFuzzer target for SECONDS (default 30) with ASan and UBSan, in a clang build of
# its own (build-fuzz): pskc (the PSKC reader), text (core's validators and normalisers),
# settings (tokendesk.conf), database_url (postgresql:// URLs against libpq's own parser) and
# template (report templates). Name targets after SECONDS to run only those. Each starts from its
# seeds (tests/fuzz/corpus/NAME/, plus real files: PSKC samples, the shipped templates); inputs
# that fail are kept in tests/fuzz/regressions/NAME/ (crash-*, leak-*, timeout-*, oom-*), which
# the test suites replay, and make this script fail. Without clang it says so and succeeds.
set -euo pipefail
seconds=${1:-30}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(pskc text settings database_url template)
cd "$(dirname "$0")/../.."
repo=$PWD

if ! command -v clang++ >/dev/null 2>&1; then
  echo "run-fuzz: clang++ not found; fuzzing skipped"
  exit 0
fi

build=${TD_FUZZ_BUILD_DIR:-$repo/build-fuzz}
CC=clang CXX=clang++ cmake -S "$repo" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DTD_FUZZ=ON -DTD_BUILD_TESTS=OFF -DTD_BUILD_GUI=OFF >/dev/null
cmake --build "$build" -j"${CMAKE_BUILD_PARALLEL_LEVEL:-2}" \
  --target "${targets[@]/%/_fuzz}"

failed=()
for name in "${targets[@]}"; do
  # New inputs go to a corpus in the build directory; the seeds in the repository stay as
  # they are.
  corpus=$build/$name-corpus
  regressions=$repo/tests/fuzz/regressions/$name
  mkdir -p "$corpus" "$regressions"
  seeds=("$repo/tests/fuzz/corpus/$name")
  extra=()
  case $name in
    pskc) seeds+=("$repo/tests/data/pskc"); extra=(-dict="$repo/tests/fuzz/pskc.dict") ;;
    template) seeds+=("$repo/reports/templates") ;;
  esac
  before=$(ls "$regressions" | wc -l)
  status=0
  "$build/tests/fuzz/${name}_fuzz" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2048 \
    "${extra[@]}" -artifact_prefix="$regressions/" -print_final_stats=1 \
    "$corpus" "${seeds[@]}" 2>"$build/$name-fuzz.log" || status=$?
  grep -E '^(stat::number_of_executed_units|stat::average_exec_per_sec|#[0-9]+ +DONE)' \
    "$build/$name-fuzz.log" | sed "s/^/run-fuzz: $name: /" || true
  if [ "$status" -ne 0 ] || [ "$(ls "$regressions" | wc -l)" -ne "$before" ]; then
    tail -40 "$build/$name-fuzz.log" >&2
    echo "run-fuzz: the $name fuzzer found a problem (exit $status); inputs in $regressions:" >&2
    ls -t "$regressions" >&2
    failed+=("$name")
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "run-fuzz: findings in: ${failed[*]}" >&2
  exit 1
fi
echo "run-fuzz: ${seconds}s each of ${targets[*]} found nothing"
