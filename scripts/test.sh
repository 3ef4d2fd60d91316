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
# Static analysis (.clang-tidy) is scripts/tidy.sh, run by hand before a release: on this
# 2-core machine it takes about 30 s per source file, too long for every CI run.
