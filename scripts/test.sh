#!/usr/bin/env bash
# Runs every test level: doctest unit tests (native), node:test on the built WASM
# module, and end-to-end tests in headless Chromium. Assumes scripts/build.sh ran.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== unit tests (doctest, native)"
ctest --test-dir build/native --output-on-failure

echo "== wasm tests (node:test)"
node --test tests/wasm/

echo "== end-to-end tests (playwright-core + chromium)"
node --test --test-concurrency=1 tests/e2e/
