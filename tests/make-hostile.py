#!/usr/bin/env python3
"""Writes the large hostile inputs of issue 11 into the current folder (never committed).

The end-to-end cases that need them (tests/cases/limits/*) call this script from their `setup`
(run in the case's scratch copy, with CAMPAIGN_ROOT set by tests/run-case.sh):

    python3 "$CAMPAIGN_ROOT/tests/make-hostile.py" KIND [ARGS]

Kinds (each deterministic; sizes are those the issue measured):

  deadlines UNITS TASKS FROM
                           registry.yaml with UNITS units and one per-unit body, notice.yaml
                           with TASKS monthly reports from FROM (a date) by that body
                           (150 100 1900-01-01: 10 kB; ~22 million obligations as of 2024)
  alias-bytes MIB ALIASES  aliases.yaml: one MIB MiB anchored scalar repeated by ALIASES
                           aliases in a task's `responsible` (1 x 20000: 1.2 MB, ~21 GB read out)
  long-line ITEMS          long-line.yaml: a notice whose `recipients` flow list holds ITEMS
                           items on one line (100000: 1.2 MB)
  registry-chain FILES     chain-0.yaml ... chain-(FILES-1).yaml, each a notice (with its
                           issuer) whose `registry:` names the next one; the last is a registry
"""

import sys
from pathlib import Path

HEADER = "format: campaign/1\n"


def write(name, text):
    Path(name).write_text(text, encoding="utf-8")


def deadlines(units, tasks, start):
    lines = [HEADER, "units:\n"]
    lines += [f"  - {{id: u{i}, name: Xã {i}, kind: commune}}\n" for i in range(int(units))]
    lines.append("bodies:\n  - {id: bcd-xa, name: BCĐ xã, per_unit: true}\n  - {id: ubnd, name: UBND huyện}\n")
    write("registry.yaml", "".join(lines))
    lines = [HEADER, "document: {number: 1-TB/BCĐ, kind: notice, issued: 2024-07-11, issuer: ubnd,",
             " title: Báo cáo tháng, registry: registry.yaml}\n",
             "directives:\n  - number: 1\n    responsible: [bcd-xa]\n    tasks:\n"]
    lines += [f"      - {{text: t{i}, report: {{every: month, from: {start}}}}}\n" for i in range(int(tasks))]
    write("notice.yaml", "".join(lines))


def alias_bytes(mib, aliases):
    big = "x" * (int(mib) << 20)
    text = (HEADER + "bodies:\n  - {id: ubnd, name: &big " + big + "}\n"
            "document: {number: 1-TB/BCĐ, kind: notice, issued: 2024-07-11, issuer: ubnd, title: t}\n"
            "directives:\n  - number: 1\n    tasks:\n      - text: t\n        responsible: ["
            + ", ".join(["*big"] * int(aliases)) + "]\n")
    write("aliases.yaml", text)


def long_line(items):
    recipients = ", ".join(f"ubnd-{i}" for i in range(int(items)))
    text = (HEADER + "bodies:\n  - {id: ubnd, name: UBND huyện}\n"
            "document:\n  number: 1-TB/BCĐ\n  kind: notice\n  issued: 2024-07-11\n  issuer: ubnd\n"
            "  title: Thông báo\n  recipients: [" + recipients + "]\n")
    write("long-line.yaml", text)


def registry_chain(files):
    files = int(files)
    for i in range(files - 1):  # each valid alone: its own issuer
        write(f"chain-{i}.yaml",
              HEADER + f"bodies: [{{id: b{i}, name: B{i}}}]\n"
              f"document: {{number: {i}-TB/BCĐ, kind: notice, issued: 2024-07-11, issuer: b{i}, "
              f"title: t, registry: chain-{i + 1}.yaml}}\n")
    write(f"chain-{files - 1}.yaml", HEADER + "bodies:\n  - {id: ubnd, name: UBND huyện}\n")


KINDS = {"deadlines": deadlines, "alias-bytes": alias_bytes, "long-line": long_line,
         "registry-chain": registry_chain}

if __name__ == "__main__":
    if len(sys.argv) < 2 or sys.argv[1] not in KINDS:
        sys.exit(__doc__)
    KINDS[sys.argv[1]](*sys.argv[2:])
