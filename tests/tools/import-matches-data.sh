#!/usr/bin/env bash
# Checks that an imported notice (IMPORTED, a YAML file that names its registry) gives the same
# answers as the hand-encoded data/127-TB-BCD-2024.yaml: check-deadlines as of 2024-10-05 without
# and with examples/submissions-2024.yaml, targets, and the same directives (numbers, lead texts,
# responsible bodies) and tasks (texts, due, report). Run by tests/cases/import/*/check.
#
#   CAMPAIGN_BIN=... CAMPAIGN_ROOT=... tests/tools/import-matches-data.sh IMPORTED
set -u
imported=$1
bin=${CAMPAIGN_BIN:?} root=${CAMPAIGN_ROOT:?}
data=$root/data/127-TB-BCD-2024.yaml
fail=0
same() {  # same LABEL -- ARGS...: the command's output on data/ and on the import are identical
  local label=$1
  shift
  # --wide, and without the task headings of check-deadlines ("KEY — label (via …)"): a task's
  # short label is the clerk's `label:` in data/, which an import cannot know (it derives one).
  local headings='^[^ ]+#[0-9.]+ — '
  if ! diff -u <("$bin" "$@" --wide "$data" 2>&1 | grep -Ev "$headings") \
    <("$bin" "$@" --wide "$imported" --root "$(dirname "$imported")" 2>&1 | grep -Ev "$headings"); then
    echo "import-matches-data: $label differs" >&2
    fail=1
  fi
}
same "check-deadlines" check-deadlines --as-of 2024-10-05
same "check-deadlines with submissions" check-deadlines --as-of 2024-10-05 "$root/examples/submissions-2024.yaml"
same "targets" targets
/usr/bin/python3 - "$data" "$imported" <<'PY' || fail=1
import sys, yaml
def shape(path):
    d = yaml.safe_load(open(path, encoding="utf-8"))
    out = []
    for dr in d["directives"]:
        out.append(("directive", dr["number"], dr.get("text"), dr.get("responsible")))
        for t in dr.get("tasks", []):
            out.append(("task", t["text"], t.get("due"), t.get("report"), t.get("references")))
    return out
a, b = shape(sys.argv[1]), shape(sys.argv[2])
for x, y in zip(a, b):
    if x != y:
        print("import-matches-data: data has", x, file=sys.stderr)
        print("import-matches-data: import has", y, file=sys.stderr)
        sys.exit(1)
if len(a) != len(b):
    print(f"import-matches-data: {len(a)} directives and tasks in data, {len(b)} imported", file=sys.stderr)
    sys.exit(1)
PY
exit $fail
