#!/usr/bin/env bash
# Builds the libFuzzer targets (preset `fuzz`) and runs each for a bounded time, one after the other.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
#
# SECONDS_PER_TARGET defaults to 600; TARGET is load, deadline, number, csv or import (or fuzz_load, …),
# default all four. Installs clang and libFuzzer's runtime when missing (Debian: clang,
# libclang-rt-N-dev), builds in build/fuzz with -j2, writes the seed corpus of each target to
# build/fuzz/corpus/<target>/ (fuzz/seeds.py; the corpus grows from run to run), then runs it
# with -max_total_time=SECONDS -timeout=10 -rss_limit_mb=2048. A crash (or timeout, leak, out
# of memory) is copied to tests/fuzz-regressions/<target>/, where the unit tests replay it, and
# the script exits with status 1 after the summary. docs/fuzzing.md explains the rest.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-600}
[[ "$seconds" =~ ^[0-9]+$ ]] || { echo "usage: scripts/fuzz.sh [SECONDS_PER_TARGET] [load|deadline|number|csv|import...]" >&2; exit 2; }
shift $(( $# > 0 ? 1 : 0 ))
targets=()
for t in "${@:-load deadline number csv import}"; do
  for name in $t; do
    name=${name#fuzz_}
    case "$name" in
      load | deadline | number | csv | import) targets+=("fuzz_$name") ;;
      *) echo "fuzz: unknown target '$name'; the targets are load, deadline, number, csv, import" >&2; exit 2 ;;
    esac
  done
done

# Packages: the build's own, then clang and the compiler-rt of its version (libFuzzer, sanitizers).
bash scripts/install-deps.sh
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }
if ! installed clang; then
  echo "fuzz: installing clang"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends clang
fi
rt="libclang-rt-$(clang -dumpversion | cut -d. -f1)-dev"
if ! installed "$rt"; then
  echo "fuzz: installing $rt"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$rt"
fi

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j2

out=build/fuzz
python3 fuzz/seeds.py "$out/corpus"
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}"

summary=()
failed=0
for target in "${targets[@]}"; do
  corpus="$out/corpus/$target"
  artifacts="$out/artifacts/$target"
  log="$out/logs/$target.log"
  mkdir -p "$corpus" "$artifacts" "$(dirname "$log")"
  rm -f "$artifacts"/*
  options=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
           -artifact_prefix="$artifacts/")
  dict="fuzz/${target#fuzz_}.dict"
  [ -f "$dict" ] && options+=(-dict="$dict")
  echo "fuzz: running $target for $seconds s (log: $log)"
  start=$(date +%s)
  status=0
  "$out/fuzz/$target" "${options[@]}" "$corpus" >"$log" 2>&1 || status=$?
  elapsed=$(( $(date +%s) - start ))
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  runs=${runs:-$(sed -n 's/^Done \([0-9]*\) runs.*/\1/p' "$log" | tail -1)}
  runs=${runs:-0}
  # Corpus: the inputs libFuzzer kept (its final "corp:"), else the files of the corpus folder.
  files=$(sed -n 's/.*DONE .* corp: \([0-9]*\)\/.*/\1/p' "$log" | tail -1)
  files=${files:-$(find "$corpus" -type f | wc -l)}
  found=0
  for artifact in "$artifacts"/*; do
    [ -f "$artifact" ] || continue
    found=$(( found + 1 ))
    mkdir -p "tests/fuzz-regressions/$target"
    cp "$artifact" "tests/fuzz-regressions/$target/"
    echo "fuzz: $target: $(basename "$artifact") -> tests/fuzz-regressions/$target/$(basename "$artifact")" >&2
  done
  if [ "$status" -ne 0 ] || [ "$found" -gt 0 ]; then
    failed=1
    echo "fuzz: $target FAILED (exit status $status); the report is in $log:" >&2
    grep -m1 -E "ERROR: |runtime error|==ERROR|terminate called|Test unit written" "$log" >&2 || tail -5 "$log" >&2
  fi
  summary+=("$(printf '%-14s %8s %12s %10s %8s %8s' "$target" "$elapsed" "$runs" "$(( runs / (elapsed > 0 ? elapsed : 1) ))" "$files" "$found")")
done

echo
printf '%-14s %8s %12s %10s %8s %8s\n' target seconds executions exec/s corpus crashes
printf '%s\n' "${summary[@]}"
if [ "$failed" -ne 0 ]; then
  echo "fuzz: crashes were found; each is now a file under tests/fuzz-regressions/ (replayed by the unit" >&2
  echo "fuzz: tests): fix the bug, then run 'ctest --preset asan -R fuzz' and this script again" >&2
  exit 1
fi
