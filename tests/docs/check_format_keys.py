#!/usr/bin/env python3
"""The key tables of docs/format.md list the keys of the schema table, required as it says.

Usage: check_format_keys.py BINARY REPO

The schema table (src/campaign/load/schema.cpp) is read through `campaign schema`, whose
records are the table's (tests/unit/write/json_schema_test.cpp checks that every field is
exported, required as in the table). Each record is documented by the first table with a
`key` column after its heading in docs/format.md (and after a label line such as
"Directive:" where one section documents two records), as RECORDS maps them. A row's key is
its first cell (`name`); it is required when its `required` cell starts with "yes".

Exit status 0 when every record's keys and required keys are those of its table, 1 otherwise
(each difference is listed), 2 when the check cannot run.
"""
import json
import re
import subprocess
import sys

# Record of the schema table -> (heading of its section in docs/format.md, label line before
# its table or None).
RECORDS = {
    "file": ("## Top level", None),
    "area": ("## `area`", None),
    "unit": ("## `units`", None),
    "unit_set": ("### Unit sets (`unit_sets`) / Nhóm đơn vị", None),
    "change": ("## `changes`", None),
    "body": ("## `bodies`", None),
    "document": ("## `document`", None),
    "signer": ("### `signer`", None),
    "reference": ("### `references`", None),
    "directive": ("## `directives` and tasks", "Directive:"),
    "task": ("## `directives` and tasks", "Task:"),
    "cancellation": ("### `cancelled`", None),
    "report": ("## Recurring reports (`report`)", None),
    "indicator": ("## `indicators`", None),
    "amendment": ("### `amends`", None),
    "submission": ("## `submissions` and `completions`", "Submission (a report received for one period):"),
    "completion": ("## `submissions` and `completions`", "Completion (a one-off task done):"),
    "result": ("## `results`", None),
    "fraction": ("### `{numerator, denominator}`", None),
    "event": ("### Deadlines tied to an event (`after`, `events`)", None),
    "calendar_year": ("## `calendar`", None),
    "tet_days": ("### `tet`", None),
    "national_day": ("### `national_day`", None),
    "day_off": ("### `days_off`", None),
    "make_up_day": ("### `make_up_days`", None),
}


def table_after(lines, heading, label):
    """{key: required} of the first key table after `heading` (and `label`), or an error string."""
    try:
        at = lines.index(heading)
    except ValueError:
        return f"no heading '{heading}'"
    if label is not None:
        try:
            at = lines.index(label, at)
        except ValueError:
            return f"no line '{label}' after '{heading}'"
    for i in range(at + 1, len(lines)):
        if lines[i].startswith("#") and i > at + 1 and lines[i].split(" ")[0].count("#") <= heading.split(" ")[0].count("#"):
            break  # the next section of the same level: no table in this one
        if re.match(r"^\|\s*key\s*\|", lines[i]):
            header = [c.strip() for c in lines[i].strip("|").split("|")]
            required_column = header.index("required")
            rows = {}
            for row in lines[i + 2:]:
                if not row.startswith("|"):
                    break
                cells = [c.strip() for c in row.strip().strip("|").split("|")]
                key = re.fullmatch(r"`([^`]+)`", cells[0])
                if not key:
                    return f"row '{row}' does not start with a `key`"
                rows[key.group(1)] = cells[required_column].replace("*", "").startswith("yes")
            return rows
    return f"no key table after '{heading}'" + (f" / '{label}'" if label else "")


def main(argv):
    if len(argv) != 3:
        print(__doc__)
        return 2
    binary, repo = argv[1], argv[2]
    run = subprocess.run([binary, "schema"], capture_output=True, text=True, check=False)
    if run.returncode != 0:
        print(f"check_format_keys: campaign schema exits {run.returncode}")
        return 2
    schema = json.loads(run.stdout)
    records = {"file": schema, **{name: d for name, d in schema["$defs"].items() if "properties" in d}}
    with open(f"{repo}/docs/format.md", encoding="utf-8") as f:
        lines = f.read().split("\n")
    problems = [f"record '{name}' of the schema table has no entry in RECORDS" for name in records if name not in RECORDS]
    problems += [f"RECORDS names '{name}', which the schema table does not have" for name in RECORDS if name not in records]
    for name, (heading, label) in RECORDS.items():
        if name not in records:
            continue
        documented = table_after(lines, heading, label)
        if isinstance(documented, str):
            problems.append(f"{name}: {documented}")
            continue
        keys = records[name]["properties"]
        required = set(records[name].get("required", []))
        for key in keys:
            if key not in documented:
                problems.append(f"{name}: key '{key}' is not in the table of docs/format.md '{heading}'")
            elif documented[key] != (key in required):
                problems.append(f"{name}: '{key}' is {'required' if key in required else 'optional'} in the "
                                f"schema but {'required' if documented[key] else 'optional'} in docs/format.md")
        for key in documented:
            if key not in keys:
                problems.append(f"{name}: docs/format.md '{heading}' lists '{key}', which the schema does not have")
    for p in problems:
        print(p)
    print(f"check_format_keys: {len(RECORDS)} records, {len(problems)} differences")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
