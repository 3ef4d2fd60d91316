#!/usr/bin/env bash
# Installs the dependencies, builds with warnings as errors, and runs every test through ctest.
# Usage: scripts/test.sh [PRESET]   (default: ci; "asan" runs the suite under ASan+UBSan)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
preset=${1:-ci}
cmake --preset "$preset"
cmake --build --preset "$preset" -j "$(nproc)"
ctest --preset "$preset"
# Static analysis once, on the optimised build's compile commands (.clang-tidy).
if [ "$preset" = ci ]; then bash scripts/tidy.sh "build/$preset"; fi
