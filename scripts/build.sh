#!/usr/bin/env bash
# Installs the dependencies and builds campaign in build/ (CMake preset "release", or the preset given).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
preset=${1:-release}
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j "$(nproc)"
