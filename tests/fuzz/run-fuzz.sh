#!/usr/bin/env bash
# Fuzzes the PSKC reader for SECONDS (default 60) with libFuzzer, ASan and UBSan, in a clang
# build of its own (build-fuzz). Starts from the sample files; inputs that crash are kept in
# tests/fuzz/regressions/ (crash-*, or leak-*, timeout-*, oom-*), which crypto_tests replays,
# and make this script fail. Without clang it says so and succeeds.
set -euo pipefail
seconds=${1:-60}
cd "$(dirname "$0")/../.."
repo=$PWD

if ! command -v clang++ >/dev/null 2>&1; then
  echo "run-fuzz: clang++ not found; fuzzing skipped"
  exit 0
fi

build=${TD_FUZZ_BUILD_DIR:-$repo/build-fuzz}
CC=clang CXX=clang++ cmake -S "$repo" -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DTD_FUZZ=ON -DTD_BUILD_TESTS=OFF -DTD_BUILD_GUI=OFF >/dev/null
cmake --build "$build" --target pskc_fuzz -j"${CMAKE_BUILD_PARALLEL_LEVEL:-2}"

# New inputs go to a corpus in the build directory; the seeds in the repository stay as they are.
corpus=$build/pskc-corpus
regressions=$repo/tests/fuzz/regressions
mkdir -p "$corpus" "$regressions"
before=$(ls "$regressions" | wc -l)
status=0
"$build/tests/fuzz/pskc_fuzz" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2048 \
  -dict="$repo/tests/fuzz/pskc.dict" -artifact_prefix="$regressions/" -print_final_stats=1 \
  "$corpus" "$repo/tests/data/pskc" "$repo/tests/fuzz/corpus" || status=$?

if [ "$status" -ne 0 ] || [ "$(ls "$regressions" | wc -l)" -ne "$before" ]; then
  echo "run-fuzz: the PSKC fuzzer found a problem (exit $status); inputs in $regressions:" >&2
  ls -t "$regressions" >&2
  exit 1
fi
echo "run-fuzz: ${seconds}s of fuzzing found nothing"
