#!/usr/bin/env bash
# Usage: check_format.sh CLANG_FORMAT ROOT
# Fails (and names the files) when any C++ source under ROOT's src/, tests/, fuzz/ or bench/
# is not formatted as .clang-format says. Lines between "// clang-format off" and "on" are kept.
set -euo pipefail
clang_format=$1
cd "$2"
mapfile -t files < <(find src tests fuzz bench -type f \( -name '*.cpp' -o -name '*.hpp' -o -name '*.h' \) \
                       -not -path '*/build/*' 2>/dev/null | sort)
bad=0
for f in "${files[@]}"; do
  if ! "$clang_format" --dry-run --Werror "$f" >/dev/null 2>&1; then
    echo "not formatted: $f (run: clang-format -i $f)" >&2
    bad=$((bad + 1))
  fi
done
echo "clang-format: ${#files[@]} files, $bad not formatted"
[ "$bad" -eq 0 ]
