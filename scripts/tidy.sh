#!/usr/bin/env bash
# Runs clang-tidy (checks of .clang-tidy, every finding an error) over the sources of src/,
# with the compile commands of a configured build. Usage: scripts/tidy.sh [BUILD_DIR]
# (default build/ci). Prints the number of files and the time it took.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/ci}
[ -f "$build/compile_commands.json" ] || { echo "tidy: $build/compile_commands.json missing: configure first" >&2; exit 2; }
runner=$(command -v run-clang-tidy || command -v run-clang-tidy-14 || true)
[ -n "$runner" ] || { echo "tidy: run-clang-tidy not found: run scripts/install-deps.sh" >&2; exit 2; }
start=$(date +%s)
files=$(find src -name '*.cpp' | sort)
"$runner" -p "$build" -j "$(nproc)" -quiet $files > "$build/tidy.log" 2>&1 || status=$?
status=${status:-0}
grep -E "(warning|error): " "$build/tidy.log" | sort -u || true
echo "tidy: $(echo "$files" | wc -l) files in $(( $(date +%s) - start )) s, status $status (log: $build/tidy.log)"
exit "$status"
