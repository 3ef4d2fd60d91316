#!/usr/bin/env bash
# Runs one golden end-to-end case: tests/run-case.sh BINARY CASE_DIR
#
# CASE_DIR holds:
#   args     the arguments, one per line (paths relative to CASE_DIR; the run's cwd is a copy of it;
#            @ROOT@ is the repository root, and is written back as @ROOT@ in the outputs; the
#            copy's own path is written back as @CASE@; the copy's parent holds an empty .git)
#   stdout   the exact expected standard output (optional: absent means "must be empty")
#   stderr   the exact expected standard error (optional: absent means "not compared")
#   status   the expected exit status (optional: absent means 0)
#   stdin    fed to standard input when present
#   setup    optional executable, run in the copy before the binary (for what git cannot store,
#            e.g. `chmod 000 input.yaml`); the case fails if it fails
#   check    optional executable, run in the copy after the binary; the case fails unless it exits
#            0 (e.g. to prove that no output file was written, or that an input is unchanged)
#   cleanup  optional executable, run in the copy when the case ends, however it ends (also with
#            UPDATE_GOLDEN=1, which skips check): undoes what setup did outside the copy (a mount)
#   unprivileged  optional marker file: when the suite runs as root, the binary runs as user
#            nobody (setpriv from util-linux), so that file permissions apply as for a clerk
#   limits   optional resource ceilings of the run, prlimit (util-linux) options one per line,
#            e.g. --cpu=60 and --as=1073741824: a run that passes one is killed or fails its
#            allocations, and the case fails (its status is not the expected one). Under
#            AddressSanitizer (which reserves terabytes of address space) --as is left out.
#   not-under-asan  optional marker file saying why the case cannot run under AddressSanitizer
#            (e.g. ASan ends the process where the real allocator would throw std::bad_alloc): the
#            case is skipped (exit status 77) with the ASan binary.
# setup and check find the binary in $CAMPAIGN_BIN (e.g. to run it in the background and signal
# it), the repository in $CAMPAIGN_ROOT (e.g. for tests/tools/), and CAMPAIGN_ASAN=1 when the
# binary has AddressSanitizer (detected, or said by the asan test preset: CAMPAIGN_SANITIZED=1).
# Set UPDATE_GOLDEN=1 to rewrite the expected files from the actual run (then review the diff).
set -u
bin=$(realpath "$1")
case_dir=$(realpath "$2")
root=$(cd "$(dirname "$0")/.." && pwd)
# The copy is CASE inside a scratch folder that holds an empty .git: the search for a project
# file (campaign.yaml, docs/project-file.md) stops there, so that none above /tmp can leak in.
scratch=$(realpath "$(mktemp -d)")
mkdir "$scratch/.git" "$scratch/case"
work="$scratch/case"
trap '[ -x "$work/cleanup" ] && (cd "$work" && ./cleanup); chmod -R u+rwX "$scratch" 2>/dev/null; rm -rf "$scratch"' EXIT
cp -a "$case_dir"/. "$work"/
cd "$work" || exit 2
asan=${CAMPAIGN_SANITIZED:-0}
grep -q __asan_init "$bin" && asan=1
if [ -e not-under-asan ] && [ "$asan" = 1 ]; then echo "skipped under ASan: $(cat not-under-asan)"; exit 77; fi
export CAMPAIGN_BIN="$bin" CAMPAIGN_ROOT="$root" CAMPAIGN_ASAN="$asan"
run=("$bin")
if [ -e unprivileged ] && [ "$(id -u)" = 0 ]; then
  chmod 755 "$scratch" "$work"  # mktemp -d makes it private to root; before setup, which may narrow it
  run=(setpriv --reuid=65534 --regid=65534 --clear-groups "$bin")
fi
if [ -x setup ] && ! ./setup; then echo "setup failed"; exit 1; fi
ceilings=()
if [ -f limits ]; then
  leave_out='^$'
  [ "$asan" = 1 ] && leave_out='^--as='
  mapfile -t ceilings < <(grep -v -e '^#' -e '^$' -e "$leave_out" limits)
  [ ${#ceilings[@]} -eq 0 ] || run=(prlimit "${ceilings[@]}" "${run[@]}")
fi
mapfile -t args < <(grep -v '^#' args | sed "s|@ROOT@|$root|g")
export NO_COLOR=1 COLUMNS=100 LC_ALL=C.UTF-8 TZ=UTC LANGUAGE=en  # English messages unless args say --lang vi
input=/dev/null
[ -f stdin ] && input=stdin
"${run[@]}" "${args[@]}" <"$input" >actual.stdout 2>actual.stderr
status=$?
# Paths under the repository (from @ROOT@ arguments) are written back as @ROOT@, so that
# expected outputs do not depend on where the repository is checked out.
# The copy's own path is written as @CASE@ (campaign config prints the project file's path).
sed -i -e "s|$root|@ROOT@|g" -e "s|$work|@CASE@|g" actual.stdout actual.stderr
expected_status=0
[ -f status ] && expected_status=$(cat status)
fail=0
if [ "${UPDATE_GOLDEN:-0}" = 1 ]; then
  cp actual.stdout "$case_dir/stdout"
  [ -f "$case_dir/stderr" ] && cp actual.stderr "$case_dir/stderr"
  echo "$status" >"$case_dir/status"
  exit 0
fi
if [ -f stdout ]; then
  diff -u stdout actual.stdout || fail=1
else
  diff -u /dev/null actual.stdout || fail=1
fi
if [ -f stderr ]; then
  diff -u stderr actual.stderr || fail=1
fi
if [ -x check ] && ! ./check; then
  echo "check failed"; fail=1
fi
if [ "$status" != "$expected_status" ]; then
  echo "exit status $status, expected $expected_status"; fail=1
  [ -f limits ] && [ "$status" -gt 128 ] && echo "killed by signal $((status - 128)): a ceiling of 'limits' (${ceilings[*]}) was passed?"
  echo "--- stderr:"; cat actual.stderr
fi
exit $fail
