#!/usr/bin/env bash
# Runs a libFuzzer target over Analyzer::analyze + the JSON boundary with ASan+UBSan:
# by default fuzz/analyze_fuzzer.cpp (raw bytes, up to 4 KiB); with `large` first,
# fuzz/large_fuzzer.cpp (recipes expanded to up to 1 MiB of dense names, numbers and
# quotes: fuzz/recipe.h). Extra arguments go to libFuzzer:
#   npm run fuzz -- -max_total_time=600
#   npm run fuzz -- large -max_total_time=600
#   bash scripts/fuzz.sh -runs=0 fuzz/regressions/*      # replay inputs only
# The working corpus lives in build/fuzz/corpus (seeded from fuzz/corpus and
# fuzz/regressions); crashes land in build/fuzz/artifacts/. Copy a crash input
# into fuzz/regressions/ so the unit tests replay it forever.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=2

cxx=${CXX_FUZZ:-$(command -v clang++-14 || command -v clang++ || true)}
[ -n "$cxx" ] || { echo "fuzz: clang++ not found (scripts/setup.sh installs clang + libclang-rt-14-dev)" >&2; exit 1; }

cmake -S . -B build/fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER="$cxx" \
  -DNEWSLENS_FUZZ=ON -DNEWSLENS_SANITIZE=ON >/dev/null
target=analyze
if [ "${1:-}" = large ]; then target=large; shift; fi
cmake --build build/fuzz -j"$jobs" --target newslens_fuzz_$target
bin=build/fuzz/newslens_fuzz_$target

# Replaying given files: no corpus, just the inputs.
for arg in "$@"; do
  if [ -f "$arg" ]; then exec "$bin" "$@"; fi
done

if [ $target = large ]; then
  # Recipes are short; what they expand to is not. One run at 1 MiB under ASan takes seconds.
  mkdir -p build/fuzz/corpus-large build/fuzz/artifacts
  cp -n fuzz/corpus-large/* build/fuzz/corpus-large/ 2>/dev/null || true
  exec "$bin" -max_len=256 -timeout=120 -rss_limit_mb=4096 -artifact_prefix=build/fuzz/artifacts/large- \
    -print_final_stats=1 "$@" build/fuzz/corpus-large
fi

mkdir -p build/fuzz/corpus build/fuzz/artifacts
cp -n fuzz/corpus/* fuzz/regressions/* build/fuzz/corpus/ 2>/dev/null || true
exec "$bin" -dict=fuzz/newslens.dict -max_len=4096 -timeout=10 -rss_limit_mb=2048 \
  -artifact_prefix=build/fuzz/artifacts/ -print_final_stats=1 "$@" build/fuzz/corpus
