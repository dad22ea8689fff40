#!/usr/bin/env bash
# Runs every test level: doctest unit tests (native), node:test on the built WASM
# module, and end-to-end tests in headless Chromium. Assumes scripts/build.sh ran.
set -euo pipefail
cd "$(dirname "$0")/.."

# Static checks: eslint (eslint.config.js), the type check of web/
# against its .d.ts files (tsconfig.json; the built Emscripten glue is read through
# web/emscripten-glue.d.ts), custom-elements.json regenerated from the JSDoc, and the
# C++ formatting (.clang-format; clang-format 14 from apt). Fitted weight headers are left
# as their generators write them, so a refit never fails the check.
cpp_sources() {
  find src tools tests wasm \( -name '*.cpp' -o -name '*.h' \) \
    ! -name key_point_model_data.h ! -name salience_weights.h -print0 | sort -z
}
static_checks() {
  echo "== static checks: eslint, tsc --checkJs, custom-elements.json, clang-format"
  cpp_sources | xargs -0 clang-format --dry-run --Werror
  npx --no-install eslint .
  for glue in newslens newslens-single; do cp web/emscripten-glue.d.ts "dist/$glue.d.ts"; done
  npx --no-install tsc -p tsconfig.json
  node --test tests/web/
}
if [ "${1:-}" = "--static" ]; then static_checks; exit 0; fi
static_checks

echo "== unit tests (doctest, native)"
ctest --test-dir build/native --output-on-failure

echo "== unit tests under AddressSanitizer + UndefinedBehaviorSanitizer (build/native-asan)"
# Same doctest suite, sanitized; built incrementally here (only the test binary),
# so after the first run it costs a few seconds. Any report fails the run.
[ -f build/native-asan/CMakeCache.txt ] || cmake --preset native-asan >/dev/null
cmake --build build/native-asan -j2 --target newslens_unit_tests
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1 \
UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  build/native-asan/newslens_unit_tests

echo "== Python tests (pytest: the package, batch tool, Dask on a 2-worker LocalCluster)"
# Debian's interpreter, which the extension is built for (python/CMakeLists.txt):
# a pyenv python3 earlier on PATH has neither dask nor pytest.
PYTHONPATH=build/native/pylib /usr/bin/python3 -m pytest -q python/tests

echo "== wasm tests (node:test)"
node --test tests/wasm/

echo "== end-to-end tests (playwright-core + chromium)"
node --test --test-concurrency=1 tests/e2e/
