#!/usr/bin/env bash
# Installs what NewsLens needs on a Debian 12 machine, only what is missing:
# the toolchain and libraries from apt, the dev dependencies from npm.
set -euo pipefail
cd "$(dirname "$0")/.."

apt_packages=(cmake make g++ clang clang-format libclang-rt-14-dev emscripten nlohmann-json3-dev doctest-dev chromium gzip)
# The Python package (python/) and its tests: Debian's python3 with dask, pytest, venv/pip.
apt_packages+=(python3-dev pybind11-dev python3-pytest python3-distributed python3-pandas python3-venv python3-pip)
missing=()
for pkg in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# npm dev dependencies: install when node_modules is missing or older than the lock file.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: installing npm dev dependencies"
  # Not `npm ci`: it refuses a lock that lacks optional dependencies this registry
  # does not serve (vite's Windows-only helper), while `npm install` honours the lock.
  npm install --no-audit --no-fund
fi
