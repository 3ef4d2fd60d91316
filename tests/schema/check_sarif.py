#!/usr/bin/env python3
"""`validate --format sarif` and `--format github` say what `--format json` says.

Usage: check_sarif.py CAMPAIGN_BINARY REPOSITORY_ROOT

For every folder of tests/cases/validate/ (its *.yaml files, run from that folder as the golden
cases are), the SARIF log is checked:
- against the SARIF 2.1.0 JSON Schema (tests/data/sarif-2.1.0-rtm.5.json: the OASIS standard's
  schema, as shipped in npm's @microsoft/jest-sarif 1.0.0-beta.0, MIT) with python3-jsonschema;
- against `validate --format json` on the same files: the same diagnostics in the same order
  (code, level, path as a URI, line, column, message, notes as related locations);
and the GitHub annotations have one line per diagnostic, starting with ::error/::warning/::notice
and naming the file, line and column. A Vietnamese file name is percent-encoded in the URI.

Exit status 0 when all agree, 1 otherwise (each disagreement printed), 2 when it cannot run.
"""
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import urllib.parse

try:
    import jsonschema
except ImportError:
    print("check_sarif: python3-jsonschema is missing (scripts/install-deps.sh)", file=sys.stderr)
    sys.exit(2)


def run(binary, args, cwd):
    p = subprocess.run([binary, "validate", *args], cwd=cwd, capture_output=True, text=True)
    if p.returncode not in (0, 1, 2):
        raise RuntimeError(f"{args}: exit {p.returncode}: {p.stderr}")
    return p.stdout


def main():
    binary, root = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    schema = json.load(open(os.path.join(root, "tests/data/sarif-2.1.0-rtm.5.json"), encoding="utf-8"))
    validator = jsonschema.Draft4Validator(schema)
    problems, checked, results = [], 0, 0
    workdirs = [d for d in sorted(glob.glob(os.path.join(root, "tests/cases/validate/*"))) if os.path.isdir(d)]
    tmp = tempfile.mkdtemp()
    try:
        # A file with a Vietnamese name and a space: its URI must be percent-encoded.
        viet = os.path.join(tmp, "vi")
        os.makedirs(viet)
        shutil.copy(os.path.join(root, "tests/cases/validate/bad-deadline/input.yaml"),
                    os.path.join(viet, "thông báo, 2024.yaml"))
        workdirs.append(viet)
        for d in workdirs:
            args_file = os.path.join(d, "args")
            if os.path.exists(args_file):
                args = [a.replace("@ROOT@", root) for a in open(args_file, encoding="utf-8").read().splitlines()]
                # The case's own command line, when it is a plain validate run of files.
                if not args or args[0] != "validate" or any(a.startswith("--format") or a in (
                        "-q", "--quiet", "--lenient") for a in args):
                    continue
                files = args[1:]
            else:
                files = sorted(os.path.basename(f) for f in glob.glob(os.path.join(d, "*.yaml")))
            if not files or os.path.exists(os.path.join(d, "setup")):
                continue
            out = run(binary, ["--format", "json", *files], d)
            if not out:  # could not run (a missing file the case is about): nothing to compare
                continue
            plain = json.loads(out)
            sarif = json.loads(run(binary, ["--format", "sarif", *files], d))
            github = run(binary, ["--format", "github", *files], d).splitlines()
            checked += 1
            name = os.path.relpath(d, root)
            for e in validator.iter_errors(sarif):
                problems.append(f"{name}: SARIF schema: {e.message} at {list(e.path)}")
            got = sarif["runs"][0]["results"]
            want = plain["diagnostics"]
            results += len(got)
            if len(got) != len(want):
                problems.append(f"{name}: {len(got)} SARIF results, {len(want)} JSON diagnostics")
                continue
            rules = {r["id"] for r in sarif["runs"][0]["tool"]["driver"]["rules"]}
            for r, j in zip(got, want):
                loc = r["locations"][0]["physicalLocation"]
                region = loc.get("region", {})
                path = urllib.parse.unquote(loc["artifactLocation"]["uri"]).removeprefix("file://")
                same = (r["ruleId"] == j["code"] and r["ruleId"] in rules and r["level"] == j["severity"]
                        and r["message"]["text"] == j["message"] and path == j["file"].removeprefix("./")
                        and region.get("startLine", 0) == j["line"] and region.get("startColumn", 0) == j["column"]
                        and len(r.get("relatedLocations", [])) == len(j["notes"]))
                if not same:
                    problems.append(f"{name}: SARIF {json.dumps(r, ensure_ascii=False)} != JSON {json.dumps(j, ensure_ascii=False)}")
                if not loc["artifactLocation"]["uri"].isascii():
                    problems.append(f"{name}: URI not percent-encoded: {loc['artifactLocation']['uri']}")
            heads = [line for line in github if line.startswith("::")]
            if len(heads) != len(want):
                problems.append(f"{name}: {len(heads)} GitHub annotations, {len(want)} diagnostics")
            for line, j in zip(heads, want):
                word = {"error": "error", "warning": "warning", "note": "notice"}[j["severity"]]
                prefix = f"::{word} file={j['file'].replace(':', '%3A').replace(',', '%2C')}"
                if j["line"]:
                    prefix += f",line={j['line']},col={j['column']}"
                if not line.startswith(prefix + ",title=" + j["code"] + " "):
                    problems.append(f"{name}: annotation {line!r} does not start with {prefix!r}")
    finally:
        shutil.rmtree(tmp)
    for p in problems:
        print(p)
    print(f"check_sarif: {checked} folders, {results} results, {len(problems)} problem(s)")
    return 1 if problems or checked < 10 or results < 10 else 0


if __name__ == "__main__":
    sys.exit(main())
