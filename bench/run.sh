#!/usr/bin/env bash
# Benchmark of campaign on generated province corpora (issue 6; docs/performance.md).
#
# Usage: bench/run.sh [--build-dir DIR] [--corpus-dir DIR] [--runs N] [--peer-runs N] [--seed N]
#                     [--as-of DATE] [--timeout SECONDS] [--no-build] [SIZES_MB...]
#
#   SIZES_MB       corpus sizes to measure, in MB of YAML (10^6 bytes); default: 10 30 100. 1000 (a
#                  national roll-up, issue 18) works too: generated on demand like the others (about
#                  1 GB of disk), never in CI; yamllint is left out above 100 MB (hours)
#   --build-dir    the CMake build directory holding src/campaign and bench/campaign_bench_floor
#                  (default: build, as scripts/build.sh makes it); configured with the release
#                  preset and built unless --no-build
#   --corpus-dir   where the corpora are generated, one folder per size (default: build/bench-corpus);
#                  a corpus is reused when its manifest has the same seed, size and generator hash
#   --runs         runs of each measurement; the best (lowest) wall time is reported (default 3)
#   --peer-runs    runs of yamllint, the slowest by far (default 1; 0 leaves it out)
#   --seed         seed of bench/gen_corpus.py (default 6)
#   --as-of        the date for check-deadlines and targets (default 2026-09-30: the third year)
#   --timeout      stop a command after this many seconds and report it as such (default: none)
#
# For each size it times, on the same files, with /usr/bin/time (wall time and peak RSS):
#   floor read       campaign_bench_floor read DIR     read every file's bytes (physical floor)
#   floor parse      campaign_bench_floor parse DIR    YAML::Load each file, nothing else (parser floor)
#   floor events     campaign_bench_floor events DIR   yaml-cpp's event parser over each file (event floor)
#   validate         campaign validate DIR
#   validate -j1     campaign validate --jobs 1 DIR    (only when `campaign validate --help` lists --jobs)
#   check-deadlines  campaign check-deadlines DIR --format json --as-of DATE   (stdout to /dev/null)
#   targets          campaign targets DIR --format csv --as-of DATE             (stdout to /dev/null)
#   yamllint         yamllint -d relaxed DIR                                     (stdout to /dev/null)
# and prints a table per size, then the time per MB of each command across sizes. Caches are not
# dropped: every measurement is warm (the files were just generated or read by the previous one).
# The runs go in rounds (each command once per round) so that a busy spell on a shared machine
# does not fall on one command only.
# Every campaign command must exit 0 on the (valid) corpus; the script fails otherwise. The limits
# that a national corpus passes (--max-file-size: a quarter of submissions is about 46 MB at
# 1000 MB; --max-obligations: about 16 million, 1.65 million at 100 MB) are raised for every size alike.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

build_dir=build
corpus_dir=build/bench-corpus
runs=3
peer_runs=1
seed=6
as_of=2026-09-30
timeout_s=0
build=1
sizes=()
while [ $# -gt 0 ]; do
  case "$1" in
    --build-dir) build_dir=$2; shift 2 ;;
    --corpus-dir) corpus_dir=$2; shift 2 ;;
    --runs) runs=$2; shift 2 ;;
    --peer-runs) peer_runs=$2; shift 2 ;;
    --seed) seed=$2; shift 2 ;;
    --as-of) as_of=$2; shift 2 ;;
    --timeout) timeout_s=$2; shift 2 ;;
    --no-build) build=0; shift ;;
    -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    -*) echo "run.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    *) sizes+=("$1"); shift ;;
  esac
done
[ ${#sizes[@]} -gt 0 ] || sizes=(10 30 100)

# --- tools: only what is missing, as scripts/install-deps.sh does --------------------------------
packages=(time yamllint python3)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "run.sh: installing ${missing[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# --- build ----------------------------------------------------------------------------------------
if [ "$build" -eq 1 ]; then
  bash scripts/install-deps.sh >&2
  cmake --preset release -B "$build_dir" >/dev/null
  cmake --build "$build_dir" -j2 --target campaign campaign_bench_floor >&2
fi
campaign=$build_dir/src/campaign
floor=$build_dir/bench/campaign_bench_floor
for exe in "$campaign" "$floor"; do
  [ -x "$exe" ] || { echo "run.sh: $exe not found; build it or drop --no-build" >&2; exit 2; }
done
has_jobs=0
"$campaign" validate --help 2>/dev/null | grep -q -- '--jobs' && has_jobs=1

# --- corpora --------------------------------------------------------------------------------------
generator_hash=$(sha256sum bench/gen_corpus.py | cut -d' ' -f1)
corpus_for() {  # generates the corpus of $1 MB unless an identical one is there
  local dir=$corpus_dir/$1 manifest=$corpus_dir/$1/corpus-manifest.txt
  if [ -f "$manifest" ] && grep -qx "generator: bench/gen_corpus.py sha256 $generator_hash" "$manifest" &&
     grep -qx "seed: $seed" "$manifest" && grep -qx "size_mb: $1" "$manifest"; then
    echo "run.sh: reusing $dir" >&2
  else
    python3 bench/gen_corpus.py --out "$dir" --seed "$seed" --size-mb "$1" >&2
  fi
}

# --- measuring ------------------------------------------------------------------------------------
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# run_once NAME STRICT CMD...: one run of a command (output to /dev/null) into $wall, $rss_kb and
# $status ("ok", "exit N", "timeout"); with STRICT, a non-zero exit status ends the script.
run_once() {
  local name=$1 strict=$2 rc=0
  shift 2
  status=ok
  if [ "$timeout_s" -gt 0 ]; then
    timeout "$timeout_s" /usr/bin/time -f '%e %M' -o "$tmp/time" "$@" >/dev/null 2>"$tmp/stderr" || rc=$?
  else
    /usr/bin/time -f '%e %M' -o "$tmp/time" "$@" >/dev/null 2>"$tmp/stderr" || rc=$?
  fi
  if [ "$rc" -eq 124 ] && [ "$timeout_s" -gt 0 ]; then
    status=timeout wall=$timeout_s rss_kb=0
    return 0
  fi
  if [ "$rc" -ne 0 ]; then
    status="exit $rc"
    if [ "$strict" -eq 1 ]; then
      echo "run.sh: $name: '$*' exited with status $rc on a corpus that must be valid:" >&2
      head -n 20 "$tmp/stderr" >&2
      exit 1
    fi
  fi
  read -r wall rss_kb < <(tail -n 1 "$tmp/time")
}

echo "# campaign benchmark, $(date -u +%Y-%m-%dT%H:%MZ)"
if [ -f COMMIT ]; then  # a tree exported with `git archive` (see docs/performance.md)
  echo "# commit $(head -n 1 COMMIT) (exported tree $root)"
else
  changes=$(git diff --quiet HEAD -- src || echo ' + uncommitted changes in src/')
  echo "# commit $(git rev-parse --short=12 HEAD)$changes"
fi
cpu=$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')
echo "# $(nproc) CPUs: $cpu; RAM $(free -g | awk '/^Mem:/ {print $2}') GiB"
yaml_cpp=$(dpkg-query -W -f='${Version}' libyaml-cpp-dev 2>/dev/null || echo '?')
os=$(. /etc/os-release && echo "$PRETTY_NAME")
echo "# $os; $(c++ --version | head -n 1); yaml-cpp $yaml_cpp; $(yamllint --version)"
echo "# load average at start: $(cut -d' ' -f1-3 /proc/loadavg) (other work on the machine slows every figure alike)"
echo "# best wall time of $runs rounds (yamllint: $peer_runs), warm cache; peak RSS: the highest of the runs"
echo "# MB = 10^6 bytes of YAML; ×parse = wall time / wall time of the parser floor (YAML::Load);"
echo "# ×event = wall time / wall time of the event floor (yaml-cpp's event parser, no node tree)"
[ "$has_jobs" -eq 1 ] || echo "# 'validate --jobs 1' skipped: this campaign has no --jobs option yet"

names=("floor read" "floor parse" "floor events" "validate")
[ "$has_jobs" -eq 1 ] && names+=("validate --jobs 1")
names+=("check-deadlines json" "targets csv")
[ "$peer_runs" -gt 0 ] && names+=("yamllint relaxed")
declare -A per_mb
limits=(--max-file-size 1000000000)

for size in "${sizes[@]}"; do
  corpus_for "$size"
  dir=$corpus_dir/$size
  bytes=$(find "$dir" -type f \( -name '*.yaml' -o -name '*.yml' \) -printf '%s\n' | awk '{s += $1} END {print s}')
  files=$(find "$dir" -type f \( -name '*.yaml' -o -name '*.yml' \) | wc -l)
  mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1e6 }')
  echo
  echo "## ${mb} MB, $files files ($dir)"
  printf '%-22s %9s %9s %10s %8s %8s\n' command "wall s" "MB/s" "RSS MiB" "×parse" "×event"
  # Rounds: every command once per round, so that a busy spell on the machine falls on all of them.
  declare -A best=() peak=() state=()
  for ((round = 0; round < runs; round++)); do
    for name in "${names[@]}"; do
      [ "${state[$name]:-ok}" = timeout ] && continue
      case "$name" in
        "floor read") run_once "$name" 1 "$floor" read "$dir" ;;
        "floor parse") run_once "$name" 1 "$floor" parse "$dir" ;;
        "floor events") run_once "$name" 1 "$floor" events "$dir" ;;
        "validate") run_once "$name" 1 "$campaign" validate "${limits[@]}" "$dir" ;;
        "validate --jobs 1") run_once "$name" 1 "$campaign" validate "${limits[@]}" --jobs 1 "$dir" ;;
        "check-deadlines json")
          run_once "$name" 1 "$campaign" check-deadlines "${limits[@]}" --max-obligations 100000000 "$dir" \
            --format json --as-of "$as_of" ;;
        "targets csv") run_once "$name" 1 "$campaign" targets "${limits[@]}" "$dir" --format csv --as-of "$as_of" ;;
        "yamllint relaxed")
          [ "$round" -lt "$peer_runs" ] && awk -v s="$size" 'BEGIN { exit !(s <= 100) }' || continue
          run_once "$name" 0 yamllint -d relaxed "$dir" ;;
      esac
      if [ -z "${best[$name]:-}" ] || awk -v a="$wall" -v b="${best[$name]}" 'BEGIN { exit !(a < b) }'; then
        best[$name]=$wall
      fi
      [ "$rss_kb" -gt "${peak[$name]:-0}" ] && peak[$name]=$rss_kb
      [ "$status" = ok ] || state[$name]=$status
    done
  done
  parse_wall=${best["floor parse"]}
  event_wall=${best["floor events"]}
  for name in "${names[@]}"; do
    status=${state[$name]:-ok}
    note=""
    [ "$status" = ok ] || note=$status
    [ "$name" = "yamllint relaxed" ] && [ "$status" = "exit 1" ] && note="exit 1 (found problems)"
    [ -n "${best[$name]:-}" ] || continue  # yamllint above 100 MB
    awk -v n="$name" -v w="${best[$name]}" -v b="$bytes" -v k="${peak[$name]}" -v p="$parse_wall" \
      -v e="$event_wall" -v note="$note" '
    BEGIN {
      ratio = (p > 0) ? sprintf("%.2f", w / p) : "-"
      eratio = (e > 0) ? sprintf("%.2f", w / e) : "-"
      mbs = (w > 0) ? sprintf("%.1f", b / 1e6 / w) : "-"
      line = sprintf("%-22s %9.2f %9s %10.0f %8s %8s", n, w, mbs, k / 1024, ratio, eratio)
      print (note == "") ? line : line "  " note
    }'
    per_mb["$name,$size"]=$(awk -v w="${best[$name]}" -v b="$bytes" -v s="$status" \
      'BEGIN { if (s == "timeout") print "timeout"; else printf "%.4f\n", w / (b / 1e6) }')
  done
  unset best peak state
done

echo
echo "## Time per MB (s/MB) across sizes; spread = (max - min) / mean"
printf '%-22s' command
for size in "${sizes[@]}"; do printf ' %9s' "${size} MB"; done
printf ' %8s\n' spread
for name in "${names[@]}"; do
  printf '%-22s' "$name"
  values=()
  for size in "${sizes[@]}"; do
    v=${per_mb["$name,$size"]:-skipped}
    printf ' %9s' "$v"
    values+=("$v")
  done
  printf '%s\n' "${values[@]}" | awk '
    $1 != "timeout" && $1 != "skipped" { n++; s += $1; if (n == 1 || $1 < lo) lo = $1; if ($1 > hi) hi = $1 }
    END { if (n > 1 && s > 0) printf " %7.0f%%\n", (hi - lo) / (s / n) * 100; else printf " %8s\n", "-" }'
done
echo
echo "# load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
