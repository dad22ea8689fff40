#!/usr/bin/env bash
# Builds the native core, unit tests and tools (build/native) and the WASM module
# (build/wasm → dist/). Incremental: only what changed is rebuilt.
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)

cmake -S . -B build/native -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build/native -j"$jobs"

# Emscripten 3.1.6 from Debian: its JS optimizer needs Debian's acorn.
export NODE_PATH=/usr/share/nodejs${NODE_PATH:+:$NODE_PATH}
emcmake cmake -S . -B build/wasm -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build/wasm -j"$jobs"

# The offline demo: one HTML file with everything inlined (needs the npm dev dependencies).
node scripts/build-offline.mjs
