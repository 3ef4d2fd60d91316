#!/usr/bin/env python3
"""The dependency rule of the core library (docs/architecture.md, "Layers"), enforced.

Every file under src/campaign/<folder>/ may include headers of its own folder and of the folders
this table allows, nothing else of campaign. Data flows one way: files -> load -> model ->
analysis (check, schedule, targets) -> write; the CLI (src/cli/) may use anything. A new folder
must be added here, which is the point: its place in the layers is a decision.

Usage: check_layers.py REPO   (exit 0 when every include follows the rule)
"""
import os
import re
import sys

ALLOWED = {
    "i18n": set(),                                  # message catalogs (gettext): under everything
    "text": {"i18n"},                               # ICU wrappers: the bottom
    "diag": {"text", "i18n"},                               # diagnostics and the files they point into
    "calendar": {"text", "i18n"},                           # dates, phrases, periods, lunar, days off
    "model": {"calendar", "diag", "text", "i18n"},          # plain types
    "schema": {"model", "calendar", "diag", "text", "i18n"},  # the format, as data
    "load": {"schema", "model", "calendar", "diag", "text", "i18n"},
    "schedule": {"model", "calendar", "diag", "text", "i18n"},
    "targets": {"model", "calendar", "diag", "text", "i18n"},
    "import": {"load", "schema", "model", "calendar", "diag", "text", "i18n"},  # notices read into drafts (campaign import)
    "check": {"schedule", "targets", "schema", "model", "calendar", "diag", "text", "i18n"},
    "write": {"import", "schedule", "targets", "schema", "model", "calendar", "diag", "text", "i18n"},
}
INCLUDE = re.compile(r'^\s*#\s*include\s+"campaign/([a-z_]+)/', re.M)


def main():
    repo = sys.argv[1] if len(sys.argv) > 1 else "."
    core = os.path.join(repo, "src", "campaign")
    problems = []
    for folder in sorted(os.listdir(core)):
        path = os.path.join(core, folder)
        if not os.path.isdir(path):
            continue
        if folder not in ALLOWED:
            problems.append(f"src/campaign/{folder}/: a folder the layer table does not know; add it to {__file__}")
            continue
        for dirpath, _, files in os.walk(path):
            for name in sorted(files):
                if not name.endswith((".hpp", ".cpp")):
                    continue
                file = os.path.join(dirpath, name)
                text = open(file, encoding="utf-8").read()
                for used in sorted(set(INCLUDE.findall(text))):
                    if used != folder and used not in ALLOWED[folder]:
                        rel = os.path.relpath(file, repo)
                        problems.append(f"{rel}: includes campaign/{used}/, which {folder}/ may not use "
                                        f"(allowed: {', '.join(sorted(ALLOWED[folder])) or 'nothing'})")
    for p in problems:
        print(p)
    print(f"{len(problems)} include(s) break the layers" if problems else "every include follows the layers")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
